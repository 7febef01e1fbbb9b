// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria_radar_chart.h"

#include "chart_theme.h"
#include "result_chart_support.h"

#include "core/formatting.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QLegend>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

#include <algorithm>

namespace escale::ui::charts {

void buildCriteriaRadarChart(QChart *chart, const Results &results)
{
    prepareResultChart(chart);
    chart->setTitle(QCoreApplication::translate("Charts", "Criteria utilities (1 = best)"));

    auto *polar = qobject_cast<QPolarChart *>(chart);
    const Evaluation &ev = results.evaluation;
    const std::vector<int> eligible = ev.eligible();
    if (!polar || eligible.empty()) {
        chart->legend()->setVisible(false);
        return;
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignRight); // the radar is round: spare width, not height

    const auto count = int(CriterionCount);
    auto *angular = new QCategoryAxis;
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setStartValue(0.0);
    angular->setRange(0.0, count);
    for (int k = 0; k < count; ++k)
        angular->append(Formatter::criterionName(AllCriteria[std::size_t(k)]), k);
    ChartTheme::styleAxis(angular);
    auto *radial = new QValueAxis;
    radial->setRange(0.0, 1.0);
    radial->setTickCount(3); // labels at 0, 0.5 and 1 only: they sit on the cost spoke
    radial->setMinorTickCount(1);
    radial->setLabelFormat(QStringLiteral("%.1f"));
    ChartTheme::styleAxis(radial);
    polar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    polar->addAxis(radial, QPolarChart::PolarOrientationRadial);

    const int best = ev.recommendation.best;
    // The recommended site last, so it is drawn on top.
    std::vector<int> sites = eligible;
    std::stable_partition(sites.begin(), sites.end(), [best](int site) { return site != best; });
    for (const int site : sites) {
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        auto *series = new QLineSeries;
        series->setName(siteName(results, site));
        series->setObjectName(QStringLiteral("site:%1").arg(site));
        for (int k = 0; k < count; ++k)
            series->append(k, s.utility[std::size_t(k)]);
        series->append(count, s.utility[0]);
        QPen pen(site == best ? ChartTheme::accent() : ChartTheme::siteColor(site));
        pen.setWidthF(site == best ? 3.0 : 1.6);
        series->setPen(pen);
        polar->addSeries(series);
        series->attachAxis(angular);
        series->attachAxis(radial);
    }
}

} // namespace escale::ui::charts
