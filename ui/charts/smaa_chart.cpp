// SPDX-License-Identifier: GPL-3.0-or-later
#include "smaa_chart.h"

#include "chart_theme.h"

#include "core/formatting.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace escale::ui::charts {

namespace {

class SmaaChart
{
    Q_DECLARE_TR_FUNCTIONS(SmaaChart)

public:
    static QColor rankColor(int rank, int ranks);
};

/** Rank 1 in the accent colour, later ranks mixed towards a pale grey. */
QColor SmaaChart::rankColor(int rank, int ranks)
{
    const QColor dark = ChartTheme::accent().darker(115);
    const QColor pale = QColor::fromRgb(0xD3DDD8);
    const double t = ranks > 1 ? double(rank) / double(ranks - 1) : 0.0;
    auto mix = [t](int a, int b) { return int(a + (b - a) * t + 0.5); };
    return QColor(mix(dark.red(), pale.red()), mix(dark.green(), pale.green()),
                  mix(dark.blue(), pale.blue()));
}

} // namespace

void buildSmaaChart(QChart *chart, const mcda::SmaaResult &smaa, const QStringList &alternatives)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartTheme::apply(chart);
    const auto m = int(smaa.rankAcceptability.rows());
    if (m == 0 || smaa.samples == 0) {
        chart->setTitle(SmaaChart::tr("No uncertainty analysis yet"));
        chart->legend()->setVisible(false);
        return;
    }
    chart->setTitle(smaa.cancelled
                        ? SmaaChart::tr("Rank acceptability (stopped after %1 samples)")
                              .arg(Formatter::number(double(smaa.samples)))
                        : SmaaChart::tr("Rank acceptability (%1 samples)")
                              .arg(Formatter::number(double(smaa.samples))));
    chart->legend()->setVisible(true);

    auto *series = new QStackedBarSeries;
    const auto ranks = int(smaa.rankAcceptability.cols());
    for (int r = 0; r < ranks; ++r) {
        auto *set = new QBarSet(SmaaChart::tr("Rank %1").arg(r + 1));
        for (int i = 0; i < m; ++i)
            set->append(smaa.rankAcceptability(i, r) * 100.0);
        const QColor color = SmaaChart::rankColor(r, ranks);
        set->setColor(color);
        set->setBorderColor(color);
        series->append(set);
    }
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    QStringList names;
    for (int i = 0; i < m; ++i)
        names << (i < alternatives.size() ? alternatives[i] : QString::number(i + 1));
    x->append(names);
    ChartTheme::styleAxis(x);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setRange(0.0, 100.0);
    y->setTickCount(6);
    y->setLabelFormat(Formatter::french() ? QStringLiteral("%.0f %%")
                                          : QStringLiteral("%.0f%%"));
    y->setTitleText(SmaaChart::tr("Share of samples"));
    ChartTheme::styleAxis(y);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace escale::ui::charts
