// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_chart.h"

#include "report_layout.h"
#include "report_style.h"
#include "report_text.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QPolarChart>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <memory>

namespace escale::ui::report {

namespace {

/** Dots per scene unit: the scene is laid out in half points. */
constexpr qreal SceneScale = 6.0;
/** The application font size in the chart theme maps to this size in the report. */
constexpr qreal BaseChartPoints = 9.0;

QFont reportFont(const QFont &font)
{
    const qreal appPoints = QApplication::font().pointSizeF() > 0
                                ? QApplication::font().pointSizeF()
                                : 9.0;
    const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : appPoints;
    QFont out = ReportStyle::font(1.0, font.bold(), font.italic());
    out.setPixelSize(int(std::lround(points / appPoints * BaseChartPoints * pt(1.0) / SceneScale)));
    return out;
}

void adaptFonts(QChart *chart)
{
    chart->setTitleFont(reportFont(chart->titleFont()));
    chart->legend()->setFont(reportFont(chart->legend()->font()));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(reportFont(axis->labelsFont()));
        axis->setTitleFont(reportFont(axis->titleFont()));
    }
    const QList<QAbstractSeries *> series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            const QList<QBarSet *> sets = bars->barSets();
            for (QBarSet *set : sets)
                set->setLabelFont(reportFont(set->labelFont()));
        } else if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            xy->setPointLabelsFont(reportFont(xy->pointLabelsFont()));
        }
    }
}

} // namespace

void paintChart(QPainter &painter, const QRectF &target, const ChartBuilder &build, bool polar)
{
    const QSizeF size(target.width() / SceneScale, target.height() / SceneScale);
    {
        QGraphicsScene scene;
        QChart *chart = polar ? new QPolarChart : new QChart;
        scene.addItem(chart); // the scene owns and deletes the chart
        build(chart);
        chart->setTitle(QString()); // the report's caption names the figure
        chart->setDropShadowEnabled(false);
        chart->setBackgroundRoundness(0);
        chart->setBackgroundBrush(Qt::white);
        chart->setBackgroundPen(Qt::NoPen);
        chart->setMargins(QMargins(0, 0, 0, 0));
        chart->legend()->setAlignment(polar ? Qt::AlignRight : Qt::AlignBottom);
        adaptFonts(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
        painter.restore();
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void addChart(ReportLayout &layout, const ReportChart &chart)
{
    const QString label = Report::tr("Figure %1").arg(layout.nextFigureNumber());
    TextBlock caption = layout.caption(label, chart.caption);
    layout.ensureSpace(caption.height() + pt(6.0) + chart.height);
    layout.text(std::move(caption), pt(6.0));
    const ChartBuilder build = chart.build;
    const bool polar = chart.polar;
    layout.place(chart.height, [build, polar](QPainter &p, const QRectF &r) {
        paintChart(p, r, build, polar);
    });
    layout.skip(pt(4.0));
    if (!chart.note.isEmpty())
        layout.note(chart.note);
    layout.skip(pt(8.0));
}

void addChartRow(ReportLayout &layout, const ReportChart &left, const ReportChart &right)
{
    const qreal gap = mm(8.0);
    const qreal width = (layout.width() - gap) / 2.0;
    auto leftCaption = std::make_shared<TextBlock>(layout.caption(
        Report::tr("Figure %1").arg(layout.nextFigureNumber()), left.caption, width));
    auto rightCaption = std::make_shared<TextBlock>(layout.caption(
        Report::tr("Figure %1").arg(layout.nextFigureNumber()), right.caption, width));
    const qreal captionHeight = std::max(leftCaption->height(), rightCaption->height()) + pt(6.0);
    const qreal chartHeight = std::max(left.height, right.height);
    layout.place(captionHeight + chartHeight, [=](QPainter &p, const QRectF &r) {
        leftCaption->draw(p, r.topLeft());
        rightCaption->draw(p, r.topLeft() + QPointF(width + gap, 0.0));
        const qreal top = r.top() + captionHeight;
        paintChart(p, QRectF(r.left(), top, width, chartHeight), left.build, left.polar);
        paintChart(p, QRectF(r.left() + width + gap, top, width, chartHeight), right.build,
                   right.polar);
    });
    layout.skip(pt(12.0));
}

} // namespace escale::ui::report
