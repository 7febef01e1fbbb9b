// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking_chart.h"

#include "chart_theme.h"
#include "result_chart_support.h"

#include "core/formatting.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace escale::ui::charts {

namespace {

void showTooltipOnHover(QBarSet *set, const QString &text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text](bool status, int) {
        if (status)
            QToolTip::showText(QCursor::pos(), text);
        else
            QToolTip::hideText();
    });
}

} // namespace

void buildRankingChart(QChart *chart, const Results &results)
{
    prepareResultChart(chart);
    chart->legend()->setVisible(false);

    const Evaluation &ev = results.evaluation;
    const Recommendation &rec = ev.recommendation;
    chart->setTitle(QCoreApplication::translate("Charts", "Score by destination under %1")
                        .arg(Formatter::methodName(rec.method.method)));
    if (ev.sites.empty())
        return;

    const std::vector<int> order = sitesByRank(ev);
    const int n = int(order.size());
    // Category c (from the bottom) shows order[n - 1 - c]: the best site is at the top.
    QStringList categories;
    double low = 0.0;
    double high = 0.0;
    bool unitRange = true; // every score in [0, 1]
    for (int c = 0; c < n; ++c) {
        const int site = order[std::size_t(n - 1 - c)];
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        const QString name = elideLabel(siteName(results, site));
        if (s.excluded()) {
            categories << QCoreApplication::translate("Charts", "%1 (excluded)").arg(name);
            continue;
        }
        categories << QCoreApplication::translate("Charts", "%1 (%2)")
                          .arg(name, Formatter::number(s.score, 3));
        low = std::min(low, s.score);
        high = std::max(high, s.score);
        unitRange = unitRange && s.score >= 0.0 && s.score <= 1.0;
    }

    auto *series = new QHorizontalStackedBarSeries;
    series->setObjectName(QStringLiteral("scores"));
    series->setBarWidth(0.6);
    for (int c = n - 1; c >= 0; --c) {
        const int site = order[std::size_t(n - 1 - c)];
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        if (s.excluded())
            continue;
        auto *set = new QBarSet(siteName(results, site));
        set->setObjectName(QStringLiteral("site:%1").arg(site));
        for (int k = 0; k < n; ++k)
            set->append(k == c ? s.score : 0.0);
        const QColor color = site == rec.best ? ChartTheme::accent() : ChartTheme::siteColor(site);
        set->setColor(color);
        set->setBorderColor(color);
        showTooltipOnHover(set, QCoreApplication::translate("Charts", "%1: score %2, rank %3")
                                    .arg(set->label(), Formatter::number(s.score, 3),
                                         QString::number(s.rank)));
        series->append(set);
    }
    chart->addSeries(series);

    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    ChartTheme::styleAxis(axisY);
    // 0..1 for scores in that range; PROMETHEE II net flows (-1..1) get a tighter range.
    // Tick labels written by Formatter at exact multiples of the step (no "-0.0").
    int first = unitRange ? 0 : int(std::floor(low * 10.0 + 1e-9)); // in tenths
    int last = unitRange ? 10 : std::max(1, int(std::ceil(high * 10.0 - 1e-9)));
    const int every = last - first <= 5 ? 1 : last - first <= 10 ? 2 : 5;
    first = int(std::floor(double(first) / every)) * every;
    last = int(std::ceil(double(last) / every)) * every;
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setStartValue(first / 10.0);
    axisX->setRange(first / 10.0, last / 10.0);
    for (int tenth = first; tenth <= last; ++tenth) {
        if (tenth % every == 0)
            axisX->append(Formatter::number(tenth / 10.0, 1), tenth / 10.0);
    }
    axisX->setTitleText(QCoreApplication::translate("Charts", "Score (higher is better)"));
    ChartTheme::styleAxis(axisX);
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
}

} // namespace escale::ui::charts
