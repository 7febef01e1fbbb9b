// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_chart.h"

#include "chart_painter.h"
#include "report_layout.h"
#include "report_style.h"
#include "report_text.h"

#include <QPainter>

#include <algorithm>
#include <memory>

namespace escale::ui::report {

void addChart(ReportLayout &layout, const ReportChart &chart)
{
    const QString label = Report::tr("Figure %1").arg(layout.nextFigureNumber());
    TextBlock caption = layout.caption(label, chart.caption);
    layout.ensureSpace(caption.height() + pt(6.0) + chart.height);
    layout.text(std::move(caption), pt(6.0));
    const auto spec = std::make_shared<const plot::ChartSpec>(chart.spec);
    layout.place(chart.height, [spec](QPainter &p, const QRectF &r) { paintChart(p, r, *spec); });
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
    const auto leftSpec = std::make_shared<const plot::ChartSpec>(left.spec);
    const auto rightSpec = std::make_shared<const plot::ChartSpec>(right.spec);
    layout.place(captionHeight + chartHeight, [=](QPainter &p, const QRectF &r) {
        leftCaption->draw(p, r.topLeft());
        rightCaption->draw(p, r.topLeft() + QPointF(width + gap, 0.0));
        const qreal top = r.top() + captionHeight;
        paintChart(p, QRectF(r.left(), top, width, chartHeight), *leftSpec);
        paintChart(p, QRectF(r.left() + width + gap, top, width, chartHeight), *rightSpec);
    });
    layout.skip(pt(12.0));
}

} // namespace escale::ui::report
