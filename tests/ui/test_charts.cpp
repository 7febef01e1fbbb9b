// SPDX-License-Identifier: GPL-3.0-or-later
// The result charts hold exactly the result values: scores, cost components, utilities and
// cumulative costs, with the winner in the accent colour and excluded sites without a bar.
#include "ui_test_support.h"

#include "charts/chart_theme.h"
#include "charts/chart_view_adapter.h"
#include "core/formatting.h"
#include "plot/result_plots.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QStackedBarSeries>

#include <cmath>

using namespace escale;
using escale::ui::Results;
namespace charts = escale::ui::charts;
namespace plot = escale::ui::plot;

namespace {

std::shared_ptr<Results> resultsFor(const std::string &name,
                                    std::optional<CostView> view = std::nullopt)
{
    auto document = test::shippedDocument(name);
    Scenario scenario = document->scenario();
    if (view)
        scenario.cost.view = *view;
    auto results = ui::computeResults(scenario);
    return results;
}

int siteIndex(const Results &results, const std::string &id)
{
    const auto &sites = results.evaluation.sites;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (sites[i].id == id)
            return int(i);
    }
    return -1;
}

template<typename T>
T *findSeries(const QChart &chart, const QString &objectName)
{
    const QList<QAbstractSeries *> all = chart.series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == objectName)
            return qobject_cast<T *>(series);
    }
    return nullptr;
}

QBarSet *findSet(const QAbstractBarSeries &series, const QString &objectName)
{
    const QList<QBarSet *> sets = series.barSets();
    for (QBarSet *set : sets) {
        if (set->objectName() == objectName)
            return set;
    }
    return nullptr;
}

QBarCategoryAxis *categoryAxis(const QChart &chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart.axes(orientation);
    return axes.isEmpty() ? nullptr : qobject_cast<QBarCategoryAxis *>(axes.first());
}

QString siteKey(int site)
{
    return QStringLiteral("site:%1").arg(site);
}

} // namespace

TEST(RankingChart, BarsHoldTheScoresBestOnTopWinnerInAccent)
{
    const auto results = resultsFor("ecommerce-multichannel");
    const Evaluation &ev = results->evaluation;
    QChart chart;
    charts::showChart(&chart, plot::rankingPlot(*results));

    auto *series = findSeries<QHorizontalStackedBarSeries>(chart, QStringLiteral("scores"));
    ASSERT_NE(series, nullptr);
    QBarCategoryAxis *axis = categoryAxis(chart, Qt::Vertical);
    ASSERT_NE(axis, nullptr);
    const QStringList categories = axis->categories();
    ASSERT_EQ(categories.size(), int(ev.sites.size()));
    EXPECT_EQ(series->count(), int(ev.eligible().size()));

    for (const int site : ev.eligible()) {
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        QBarSet *set = findSet(*series, siteKey(site));
        ASSERT_NE(set, nullptr) << s.id;
        ASSERT_EQ(set->count(), categories.size());
        // Exactly one bar, equal to the score, at the category named after the site.
        int bars = 0;
        for (int c = 0; c < set->count(); ++c) {
            if (set->at(c) == 0.0)
                continue;
            ++bars;
            EXPECT_DOUBLE_EQ(set->at(c), s.score) << s.id;
            EXPECT_TRUE(categories[c].startsWith(set->label())) << categories[c].toStdString();
            // Rank 1 is the top category (the last one, as categories run from the bottom).
            EXPECT_EQ(c, int(categories.size()) - s.rank) << s.id;
        }
        EXPECT_EQ(bars, 1) << s.id;
        const QColor expected = site == ev.recommendation.best
                                    ? charts::ChartTheme::accent()
                                    : charts::ChartTheme::siteColor(site);
        EXPECT_EQ(set->color(), expected) << s.id;
    }
    QBarSet *winner = findSet(*series, siteKey(ev.recommendation.best));
    ASSERT_NE(winner, nullptr);
    EXPECT_EQ(winner->color(), charts::ChartTheme::accent());
    EXPECT_DOUBLE_EQ(winner->at(int(categories.size()) - 1),
                     ev.sites[std::size_t(ev.recommendation.best)].score);
}

TEST(RankingChart, ExcludedSitesAreListedWithoutABar)
{
    const auto results = resultsFor("bank-evenings-sundays");
    const int madagascar = siteIndex(*results, "madagascar");
    ASSERT_GE(madagascar, 0);
    ASSERT_TRUE(results->evaluation.sites[std::size_t(madagascar)].excluded());
    QChart chart;
    charts::showChart(&chart, plot::rankingPlot(*results));

    auto *series = findSeries<QHorizontalStackedBarSeries>(chart, QStringLiteral("scores"));
    ASSERT_NE(series, nullptr);
    EXPECT_EQ(findSet(*series, siteKey(madagascar)), nullptr);
    const QStringList categories = categoryAxis(chart, Qt::Vertical)->categories();
    const int row = int(categories.indexOf(QStringLiteral("Madagascar (excluded)")));
    ASSERT_GE(row, 0) << categories.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(row, 0); // excluded sites come last, at the bottom
    const QList<QBarSet *> sets = series->barSets();
    for (const QBarSet *set : sets)
        EXPECT_EQ(set->at(row), 0.0) << set->label().toStdString();
}

TEST(CostBreakdownChart, SegmentsAreTheHorizonComponentsAndAddUpToTheTco)
{
    for (const CostView view : {CostView::Vendor, CostView::InHouse}) {
        const auto results = resultsFor("ecommerce-multichannel", view);
        const Evaluation &ev = results->evaluation;
        ASSERT_EQ(ev.view, view);
        QChart chart;
        charts::showChart(&chart, plot::costBreakdownPlot(*results));
        auto *series = findSeries<QStackedBarSeries>(chart, QStringLiteral("costs"));
        ASSERT_NE(series, nullptr);

        std::vector<double> totals(ev.sites.size(), 0.0);
        int previous = -1;
        for (int component = 0; component < ui::CostComponentCount; ++component) {
            QBarSet *set = findSet(*series, QStringLiteral("component:%1").arg(component));
            bool nonZero = false;
            for (const SiteEvaluation &s : ev.sites)
                nonZero = nonZero || ui::costComponent(s.cost(view).horizon, component) != 0.0;
            if (!nonZero) {
                EXPECT_EQ(set, nullptr) << "component " << component << " is zero everywhere";
                continue;
            }
            ASSERT_NE(set, nullptr) << "component " << component;
            EXPECT_EQ(set->label(), ui::Formatter::costComponentName(component));
            // Sets follow the CostComponent order.
            const int position = int(series->barSets().indexOf(set));
            EXPECT_GT(position, previous);
            previous = position;
            ASSERT_EQ(set->count(), int(ev.sites.size()));
            for (std::size_t i = 0; i < ev.sites.size(); ++i) {
                const double value = ui::costComponent(ev.sites[i].cost(view).horizon, component);
                EXPECT_EQ(set->at(int(i)), value);
                totals[i] += set->at(int(i));
            }
        }
        for (std::size_t i = 0; i < ev.sites.size(); ++i)
            EXPECT_NEAR(totals[i], ev.sites[i].cost(view).tco, 1e-6 * ev.sites[i].cost(view).tco);
        // The money axis reaches the largest TCO and is labelled in money.
        const QList<QAbstractAxis *> axes = chart.axes(Qt::Vertical);
        ASSERT_EQ(axes.size(), 1);
        auto *money = qobject_cast<QCategoryAxis *>(axes.first());
        ASSERT_NE(money, nullptr);
        for (const SiteEvaluation &s : ev.sites)
            EXPECT_GE(money->max(), s.cost(view).tco);
        EXPECT_TRUE(money->categoriesLabels().join(QString()).contains(QStringLiteral("M€")));
    }
}

TEST(CostBreakdownChart, InHouseShowsMoreComponentsThanVendor)
{
    QChart vendor;
    charts::showChart(
        &vendor, plot::costBreakdownPlot(*resultsFor("ecommerce-multichannel", CostView::Vendor)));
    QChart inHouse;
    charts::showChart(&inHouse, plot::costBreakdownPlot(
                                    *resultsFor("ecommerce-multichannel", CostView::InHouse)));
    const auto count = [](const QChart &chart) {
        return findSeries<QStackedBarSeries>(chart, QStringLiteral("costs"))->count();
    };
    EXPECT_GT(count(inHouse), count(vendor));
    EXPECT_EQ(findSet(*findSeries<QStackedBarSeries>(vendor, QStringLiteral("costs")),
                      QStringLiteral("component:%1").arg(ui::LabourComponent)),
              nullptr);
}

TEST(CriteriaRadarChart, OneClosedLinePerEligibleSiteOverTheUtilities)
{
    const auto results = resultsFor("bank-evenings-sundays");
    const Evaluation &ev = results->evaluation;
    QPolarChart chart;
    charts::showChart(&chart, plot::criteriaRadarPlot(*results));
    EXPECT_EQ(chart.series().size(), int(ev.eligible().size()));
    EXPECT_EQ(findSeries<QLineSeries>(chart, siteKey(siteIndex(*results, "madagascar"))), nullptr);
    for (const int site : ev.eligible()) {
        const SiteEvaluation &s = ev.sites[std::size_t(site)];
        auto *series = findSeries<QLineSeries>(chart, siteKey(site));
        ASSERT_NE(series, nullptr) << s.id;
        const QList<QPointF> points = series->points();
        ASSERT_EQ(points.size(), int(CriterionCount) + 1);
        for (std::size_t k = 0; k < CriterionCount; ++k) {
            EXPECT_EQ(points[int(k)].x(), double(k));
            EXPECT_EQ(points[int(k)].y(), s.utility[k]) << s.id << " criterion " << k;
        }
        EXPECT_EQ(points.last().y(), points.first().y()); // closed
        EXPECT_EQ(series->pen().color(), site == ev.recommendation.best
                                             ? charts::ChartTheme::accent()
                                             : charts::ChartTheme::siteColor(site));
    }
    const QList<QAbstractAxis *> angular = chart.axes(QPolarChart::PolarOrientationAngular);
    ASSERT_EQ(angular.size(), 1);
    const QStringList labels = qobject_cast<QCategoryAxis *>(angular.first())->categoriesLabels();
    ASSERT_EQ(labels.size(), int(CriterionCount));
    EXPECT_EQ(labels.first(), ui::Formatter::criterionName(Criterion::Cost));
}

TEST(MonthlyCostChart, CumulativeLinesEndAtTheTcoAndBreakEvenIsMarked)
{
    const auto results = resultsFor("outbound-campaign");
    const Evaluation &ev = results->evaluation;
    QChart chart;
    charts::showChart(&chart, plot::monthlyCostPlot(*results));
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteCost &cost = ev.sites[i].cost(ev.view);
        auto *series = findSeries<QLineSeries>(chart, siteKey(int(i)));
        ASSERT_NE(series, nullptr) << ev.sites[i].id;
        const QList<QPointF> points = series->points();
        ASSERT_EQ(points.size(), int(cost.monthlySeries.size()) + 1);
        EXPECT_EQ(points.first(), QPointF(0.0, 0.0));
        EXPECT_EQ(points.last().x(), double(results->scenario.horizonMonths));
        EXPECT_NEAR(points.last().y(), cost.tco, 1e-9 * cost.tco) << ev.sites[i].id;
        EXPECT_DOUBLE_EQ(points[1].y(), cost.monthlySeries[0]);
    }

    const SiteEvaluation &best = ev.sites[std::size_t(ev.recommendation.best)];
    ASSERT_FALSE(best.onshore) << "the outbound scenario should recommend moving offshore";
    const std::optional<int> month = best.cost(ev.view).breakEvenMonth;
    ASSERT_TRUE(month.has_value());
    auto *point = findSeries<QScatterSeries>(chart, QStringLiteral("breakEven"));
    ASSERT_NE(point, nullptr);
    ASSERT_EQ(point->count(), 1);
    const auto *line = findSeries<QLineSeries>(chart, siteKey(ev.recommendation.best));
    EXPECT_EQ(point->at(0), line->at(*month));
    EXPECT_EQ(point->at(0).x(), double(*month));
    EXPECT_TRUE(point->name().contains(QString::number(*month)));
    EXPECT_NE(findSeries<QLineSeries>(chart, QStringLiteral("breakEvenLine")), nullptr);
}

TEST(ResultCharts, CumulativeCostOfASplitFollowsBothParts)
{
    auto document = test::shippedDocument();
    Scenario scenario = document->scenario();
    // Cost first, so that Tunisia ranks first; its 0.21 % of the sector's jobs exceeds the limit.
    scenario.weights.values = {0.60, 0.15, 0.10, 0.05, 0.05, 0.05};
    scenario.constraints.maxSectorShare = 0.0015;
    const auto results = ui::computeResults(scenario);
    const Evaluation &ev = results->evaluation;
    ASSERT_TRUE(ev.recommendation.split);
    const SplitPlan &split = *ev.recommendation.split;
    QChart chart;
    charts::showChart(&chart, plot::monthlyCostPlot(*results));
    auto *line = findSeries<QLineSeries>(chart, QStringLiteral("split"));
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->count(), int(split.cost.monthlySeries.size()) + 1);
    EXPECT_NEAR(line->at(line->count() - 1).y(), split.tco, 1e-9 * split.tco);
    ASSERT_TRUE(split.cost.breakEvenMonth);
    const int month = *split.cost.breakEvenMonth;
    auto *point = findSeries<QScatterSeries>(chart, QStringLiteral("breakEven"));
    ASSERT_NE(point, nullptr);
    EXPECT_EQ(point->at(0), line->at(month));
}

TEST(ResultCharts, RebuildInPlaceReplacesSeriesAndAxes)
{
    const auto results = resultsFor("ecommerce-multichannel");
    QChart ranking, costs, monthly;
    QPolarChart radar;
    for (int pass = 0; pass < 3; ++pass) {
        charts::showChart(&ranking, plot::rankingPlot(*results));
        charts::showChart(&costs, plot::costBreakdownPlot(*results));
        charts::showChart(&radar, plot::criteriaRadarPlot(*results));
        charts::showChart(&monthly, plot::monthlyCostPlot(*results));
    }
    EXPECT_EQ(ranking.series().size(), 1);
    EXPECT_EQ(ranking.axes().size(), 2);
    EXPECT_EQ(costs.series().size(), 1);
    EXPECT_EQ(costs.axes().size(), 2);
    EXPECT_EQ(radar.series().size(), int(results->evaluation.eligible().size()));
    EXPECT_EQ(radar.axes().size(), 2);
    EXPECT_EQ(monthly.axes().size(), 2);
    EXPECT_EQ(ranking.animationOptions(), QChart::NoAnimation);

    // No results at all: empty charts, no crash.
    const Results empty;
    charts::showChart(&ranking, plot::rankingPlot(empty));
    charts::showChart(&costs, plot::costBreakdownPlot(empty));
    charts::showChart(&radar, plot::criteriaRadarPlot(empty));
    charts::showChart(&monthly, plot::monthlyCostPlot(empty));
    EXPECT_TRUE(ranking.series().isEmpty());
    EXPECT_TRUE(costs.series().isEmpty());
    EXPECT_TRUE(radar.series().isEmpty());
    EXPECT_TRUE(monthly.series().isEmpty());
}
