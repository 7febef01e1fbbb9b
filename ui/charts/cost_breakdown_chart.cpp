// SPDX-License-Identifier: GPL-3.0-or-later
#include "cost_breakdown_chart.h"

#include "chart_theme.h"
#include "result_chart_support.h"

#include "core/formatting.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>

#include <cmath>

namespace escale::ui::charts {

namespace {

/** Below a cent a component counts as absent. */
constexpr double ZeroCost = 0.005;

void showTooltipOnHover(QBarSet *set, const QStringList &texts)
{
    QObject::connect(set, &QBarSet::hovered, set, [texts](bool status, int index) {
        if (status && index >= 0 && index < texts.size())
            QToolTip::showText(QCursor::pos(), texts.at(index));
        else
            QToolTip::hideText();
    });
}

} // namespace

void buildCostBreakdownChart(QChart *chart, const Results &results)
{
    prepareResultChart(chart);

    const Evaluation &ev = results.evaluation;
    chart->setTitle(QCoreApplication::translate("Charts", "Cost over %1 months, %2")
                        .arg(QString::number(results.scenario.horizonMonths),
                             Formatter::costViewName(ev.view).toLower()));
    if (ev.sites.empty()) {
        chart->legend()->setVisible(false);
        return;
    }
    chart->legend()->setVisible(true);

    QStringList categories;
    double highest = 0.0;
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        categories << elideLabel(siteName(results, int(i)), 14);
        highest = std::max(highest, ev.sites[i].cost(ev.view).horizon.total());
    }

    auto *series = new QStackedBarSeries;
    series->setObjectName(QStringLiteral("costs"));
    series->setBarWidth(0.6);
    for (int component = 0; component < CostComponentCount; ++component) {
        bool present = false;
        for (const SiteEvaluation &s : ev.sites) {
            const double value = costComponent(s.cost(ev.view).horizon, component);
            present = present || std::abs(value) > ZeroCost;
        }
        if (!present)
            continue;
        auto *set = new QBarSet(Formatter::costComponentName(component));
        set->setObjectName(QStringLiteral("component:%1").arg(component));
        QStringList tips;
        for (std::size_t i = 0; i < ev.sites.size(); ++i) {
            const CostBreakdown &horizon = ev.sites[i].cost(ev.view).horizon;
            const double value = costComponent(horizon, component);
            set->append(value);
            tips << QCoreApplication::translate("Charts", "%1, %2: %3 (%4 of %5)")
                        .arg(siteName(results, int(i)), set->label(),
                             Formatter::money(value), Formatter::percent(value / horizon.total()),
                             Formatter::money(horizon.total()));
        }
        const QColor color = ChartTheme::seriesColor(component);
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        showTooltipOnHover(set, tips);
        series->append(set);
    }
    chart->addSeries(series);
    // A long legend goes to the right; a short one leaves the width to the bars and names.
    chart->legend()->setAlignment(series->count() > 4 ? Qt::AlignRight : Qt::AlignBottom);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setGridLineVisible(false);
    axisX->setTruncateLabels(false); // names are short; Qt would cut "Madagascar" at 1280 px
    ChartTheme::styleAxis(axisX);
    QCategoryAxis *axisY = createMoneyAxis(0.0, highest, 6);
    axisY->setTitleText(QCoreApplication::translate("Charts", "Total cost"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

} // namespace escale::ui::charts
