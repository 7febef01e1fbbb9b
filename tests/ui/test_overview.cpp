// SPDX-License-Identifier: GPL-3.0-or-later
// The overview page says who wins and why, follows the engine, shows failures in a banner; its
// results table model is sound and sorts on raw values.
#include "ui_test_support.h"

#include "charts/chart_panel.h"
#include "core/engine_runner.h"
#include "core/formatting.h"
#include "core/recommendation_text.h"
#include "models/results_table_model.h"
#include "pages/overview_page.h"

#include <QChart>
#include <QLabel>
#include <QSortFilterProxyModel>

#include <algorithm>

using namespace escale;
using escale::ui::EngineRunner;
using escale::ui::OverviewPage;
using escale::ui::Results;
using escale::ui::ResultsPtr;
using escale::ui::ResultsTableModel;

namespace {

ResultsPtr evaluated(const std::string &name)
{
    auto document = test::shippedDocument(name);
    auto results = ui::computeResults(document->scenario());
    return results;
}

QString labelText(const QWidget &page, const char *name)
{
    const auto *label = page.findChild<QLabel *>(QString::fromLatin1(name));
    EXPECT_NE(label, nullptr) << name;
    return label ? label->text() : QString();
}

QString winnerName(const Results &results)
{
    const int best = results.evaluation.recommendation.best;
    const std::string &id = results.evaluation.sites[std::size_t(best)].id;
    for (const DestinationProfile &p : results.scenario.destinations) {
        if (p.id == id)
            return ui::Formatter::destinationName(p);
    }
    return {};
}

} // namespace

TEST(OverviewPage, FollowsTheEngineAndNamesTheWinnerAndVerdict)
{
    auto document = test::shippedDocument("ecommerce-multichannel");
    EngineRunner engine;
    OverviewPage page(document.get(), &engine);
    EXPECT_EQ(page.results(), nullptr);
    engine.request(document->scenario());
    engine.waitForIdle();
    ASSERT_TRUE(page.results());
    EXPECT_EQ(page.results(), engine.latest());

    const Results &results = *page.results();
    const QString winner = winnerName(results);
    ASSERT_FALSE(winner.isEmpty());
    const QString verdict = labelText(page, "verdict");
    EXPECT_TRUE(verdict.contains(winner)) << verdict.toStdString();
    EXPECT_TRUE(
        verdict.contains(ui::Formatter::verdictName(results.evaluation.recommendation.verdict)));
    const ui::RecommendationText text(results);
    EXPECT_EQ(labelText(page, "headline"), text.headline());
    EXPECT_TRUE(labelText(page, "headline").contains(winner));
    EXPECT_EQ(labelText(page, "margin"), text.margin());
    EXPECT_EQ(labelText(page, "saving"), text.saving());
    EXPECT_EQ(labelText(page, "agreement"), text.methodAgreement());
    const QString subtitle = labelText(page, "subtitle");
    EXPECT_TRUE(subtitle.contains(QString::fromStdString(results.scenario.client)));
    EXPECT_TRUE(subtitle.contains(ui::Formatter::costViewName(results.evaluation.view)));
    EXPECT_EQ(page.tableModel()->rowCount(), int(results.evaluation.sites.size()));

    // A weight change re-scores synchronously and the page follows at once.
    Scenario languageFirst = document->scenario();
    languageFirst.weights.values = {0.1, 0.6, 0.1, 0.05, 0.05, 0.1};
    engine.request(languageFirst);
    EXPECT_EQ(page.results(), engine.latest());
    EXPECT_TRUE(labelText(page, "verdict").contains(winnerName(*engine.latest())));
}

TEST(OverviewPage, ListsExcludedSitesWithTheirReasons)
{
    auto document = test::shippedDocument("bank-evenings-sundays");
    EngineRunner engine;
    OverviewPage page(document.get(), &engine);
    page.setResults(evaluated("bank-evenings-sundays"));
    const auto *exclusions = page.findChild<QLabel *>(QStringLiteral("exclusions"));
    ASSERT_NE(exclusions, nullptr);
    EXPECT_TRUE(exclusions->isVisibleTo(&page));
    EXPECT_TRUE(exclusions->text().contains(QStringLiteral("Madagascar is excluded")))
        << exclusions->text().toStdString();
    EXPECT_TRUE(exclusions->textInteractionFlags() & Qt::TextSelectableByMouse);
}

TEST(OverviewPage, ShowsFailuresInABannerUntilTheNextResults)
{
    auto document = test::shippedDocument();
    EngineRunner engine;
    OverviewPage page(document.get(), &engine);
    const ResultsPtr results = evaluated("ecommerce-multichannel");
    page.setResults(results);
    const auto *banner = page.findChild<QLabel *>(QStringLiteral("banner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisibleTo(&page));

    emit engine.failed(QStringLiteral("The scenario cannot be evaluated: no channel"));
    EXPECT_TRUE(banner->isVisibleTo(&page));
    EXPECT_TRUE(banner->text().contains(QStringLiteral("no channel")));
    EXPECT_EQ(page.results(), results); // the last good results stay

    page.setResults(results);
    EXPECT_FALSE(banner->isVisibleTo(&page));
}

TEST(OverviewPage, BuildsTheChartsWhenShown)
{
    auto document = test::shippedDocument();
    EngineRunner engine;
    OverviewPage page(document.get(), &engine);
    page.setResults(evaluated("ecommerce-multichannel"));
    const auto *ranking = page.findChild<ui::charts::ChartPanel *>(QStringLiteral("rankingChart"));
    ASSERT_NE(ranking, nullptr);
    EXPECT_TRUE(ranking->chart()->series().isEmpty()); // hidden: charts wait
    page.resize(1280, 800);
    page.show();
    for (const char *name : {"rankingChart", "costChart", "radarChart", "monthlyChart"}) {
        const auto *panel = page.findChild<ui::charts::ChartPanel *>(QString::fromLatin1(name));
        ASSERT_NE(panel, nullptr) << name;
        EXPECT_FALSE(panel->chart()->series().isEmpty()) << name;
    }
    page.setResults(nullptr);
    EXPECT_TRUE(ranking->chart()->series().isEmpty());
    EXPECT_EQ(labelText(page, "verdict"), OverviewPage::tr("No results yet"));
}

TEST(OverviewPage, SaysSoWhenNoDestinationIsEligible)
{
    auto document = test::shippedDocument();
    EngineRunner engine;
    OverviewPage page(document.get(), &engine);
    page.resize(1280, 800);
    page.show();
    Scenario strict = document->scenario();
    strict.constraints.maxRisk = 0.5; // every site's risk is at least 1
    engine.request(strict);
    engine.waitForIdle();
    ASSERT_TRUE(page.results());
    ASSERT_EQ(page.results()->evaluation.recommendation.verdict, Verdict::NoEligibleSite);
    EXPECT_EQ(labelText(page, "verdict"), ui::Formatter::verdictName(Verdict::NoEligibleSite));
    EXPECT_EQ(labelText(page, "headline"), ui::RecommendationText(*page.results()).headline());
    EXPECT_EQ(labelText(page, "exclusions").count(QLatin1Char('\n')),
              int(page.results()->evaluation.sites.size()) - 1);
    const auto *radar = page.findChild<ui::charts::ChartPanel *>(QStringLiteral("radarChart"));
    EXPECT_TRUE(radar->chart()->series().isEmpty());
}

TEST(ResultsTableModel, PassesTheModelTester)
{
    ResultsTableModel model;
    test::ModelTesterGuard guard(&model);
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.columnCount(), ResultsTableModel::ColumnCount);
    model.setResults(evaluated("ecommerce-multichannel"));
    model.setResults(evaluated("bank-evenings-sundays"));
    EXPECT_EQ(model.rowCount(), 5);
    model.setResults(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(ResultsTableModel, RawRoleHoldsTheResultValues)
{
    const ResultsPtr results = evaluated("bank-evenings-sundays");
    ResultsTableModel model;
    model.setResults(results);
    const Evaluation &ev = results->evaluation;
    const auto raw = [&model](int row, int column) {
        return model.index(row, column).data(ResultsTableModel::RawValueRole);
    };
    EXPECT_EQ(int(ResultsTableModel::RawValueRole), int(Qt::UserRole));
    for (int row = 0; row < model.rowCount(); ++row) {
        const SiteEvaluation &s = ev.sites[std::size_t(row)];
        const SiteCost &cost = s.cost(ev.view);
        EXPECT_EQ(raw(row, ResultsTableModel::FteColumn).toDouble(), s.fte);
        EXPECT_EQ(raw(row, ResultsTableModel::MonthlyCostColumn).toDouble(), cost.monthly.total());
        EXPECT_EQ(raw(row, ResultsTableModel::TcoColumn).toDouble(), cost.tco);
        EXPECT_EQ(raw(row, ResultsTableModel::CostPerContactColumn).toDouble(),
                  cost.costPerContact);
        EXPECT_EQ(model.index(row, ResultsTableModel::TcoColumn).data().toString(),
                  ui::Formatter::money(cost.tco));
        if (s.excluded()) {
            EXPECT_FALSE(raw(row, ResultsTableModel::RankColumn).isValid());
            EXPECT_FALSE(raw(row, ResultsTableModel::ScoreColumn).isValid());
        } else {
            EXPECT_EQ(raw(row, ResultsTableModel::RankColumn).toInt(), s.rank);
            EXPECT_EQ(raw(row, ResultsTableModel::ScoreColumn).toDouble(), s.score);
        }
        EXPECT_FALSE(model.index(row, ResultsTableModel::TcoColumn)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .isEmpty());
    }
}

TEST(ResultsTableModel, SortsOnTheRawRole)
{
    const ResultsPtr results = evaluated("bank-evenings-sundays");
    ResultsTableModel model;
    model.setResults(results);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    test::ModelTesterGuard guard(&proxy);

    // By total cost: the raw numbers, not the text ("€9,…" would sort after "€10,…").
    proxy.sort(ResultsTableModel::TcoColumn, Qt::AscendingOrder);
    std::vector<double> tcos;
    for (int row = 0; row < proxy.rowCount(); ++row)
        tcos.push_back(
            proxy.index(row, ResultsTableModel::TcoColumn).data(Qt::UserRole).toDouble());
    EXPECT_TRUE(std::is_sorted(tcos.begin(), tcos.end()));
    std::vector<double> expected;
    for (const SiteEvaluation &s : results->evaluation.sites)
        expected.push_back(s.cost(results->evaluation.view).tco);
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(tcos, expected);

    // By rank: 1, 2, … then the excluded site last.
    proxy.sort(ResultsTableModel::RankColumn, Qt::AscendingOrder);
    const int best = results->evaluation.recommendation.best;
    EXPECT_EQ(proxy.index(0, 0).data(ResultsTableModel::SiteIndexRole).toInt(), best);
    const QModelIndex last = proxy.index(proxy.rowCount() - 1, ResultsTableModel::RankColumn);
    EXPECT_EQ(last.data().toString(), ResultsTableModel::tr("excluded"));
    for (int row = 0; row + 1 < proxy.rowCount() - 1; ++row)
        EXPECT_LT(proxy.index(row, ResultsTableModel::RankColumn).data(Qt::UserRole).toInt(),
                  proxy.index(row + 1, ResultsTableModel::RankColumn).data(Qt::UserRole).toInt());
}

namespace {

/** The default scenario with a sector-share limit Tunisia (0.21 %) exceeds: a split. */
ResultsPtr splitResults()
{
    Scenario scenario = test::shippedDocument()->scenario();
    // Cost first, so that Tunisia ranks first; its 0.21 % of the sector's jobs exceeds the limit.
    scenario.weights.values = {0.60, 0.15, 0.10, 0.05, 0.05, 0.05};
    scenario.constraints.maxSectorShare = 0.0015;
    return ui::computeResults(scenario);
}

} // namespace

TEST(OverviewPage, SplitShowsTheSplitsOwnScoreCostAndSaving)
{
    const ResultsPtr results = splitResults();
    const Recommendation &r = results->evaluation.recommendation;
    ASSERT_EQ(r.verdict, Verdict::Split);
    ASSERT_TRUE(r.split);
    const SplitPlan &split = *r.split;
    const ui::RecommendationText text(*results);

    // The lead site's method score among the compared sites, not its excluded 0.
    ASSERT_GT(r.bestScore, 0.5);
    EXPECT_TRUE(text.margin().contains(ui::Formatter::number(r.bestScore, 3)))
        << text.margin().toStdString();
    EXPECT_FALSE(text.margin().contains(ui::Formatter::number(0.0, 3)))
        << text.margin().toStdString();

    // Both parts with share, FTE and TCO, and the split's saving against France.
    const QString saving = text.saving();
    for (const QString &figure :
         {ui::Formatter::percent(split.primaryShare, 0), ui::Formatter::number(split.primaryFte, 1),
          ui::Formatter::money(split.primaryTco), ui::Formatter::percent(split.secondaryShare(), 0),
          ui::Formatter::number(split.secondaryFte, 1), ui::Formatter::money(split.secondaryTco),
          ui::Formatter::money(split.tco), ui::Formatter::money(split.cost.savingVsOnshore),
          ui::Formatter::percent(split.cost.savingShare)})
        EXPECT_TRUE(saving.contains(figure))
            << figure.toStdString() << " in " << saving.toStdString();
    const SiteCost &whole = results->evaluation.sites[std::size_t(split.primary)].cost(
        results->evaluation.view);
    EXPECT_FALSE(saving.contains(ui::Formatter::money(whole.savingVsOnshore)))
        << "the saving of Tunisia taking all the work is not the split's: " << saving.toStdString();
    ASSERT_TRUE(split.cost.breakEvenMonth);
    EXPECT_TRUE(saving.contains(QString::number(*split.cost.breakEvenMonth)));

    auto document = test::shippedDocument();
    EngineRunner engine;
    OverviewPage page(document.get(), &engine);
    page.setResults(results);
    EXPECT_EQ(labelText(page, "margin"), text.margin());
    EXPECT_EQ(labelText(page, "saving"), saving);
}

TEST(RecommendationText, WhySentenceGivesThePartsOfTheMethodsMargin)
{
    // The bank scenario ranks with TOPSIS: the parts are Shapley values, said in a note.
    const ResultsPtr results = evaluated("bank-evenings-sundays");
    const Recommendation &r = results->evaluation.recommendation;
    ASSERT_EQ(r.decomposition, mcda::MarginDecomposition::Shapley);
    const ui::RecommendationText text(*results);
    const QString why = text.decidingCriteria();
    double sum = 0.0;
    for (const Contribution &c : r.contributions) {
        sum += c.marginContribution;
        if (std::abs(c.marginContribution) < 0.0005)
            continue;
        const QString part = QStringLiteral("%1 (%2%3)")
                                 .arg(ui::Formatter::criterionName(c.criterion).toLower(),
                                      c.marginContribution > 0 ? QStringLiteral("+") : QString(),
                                      ui::Formatter::number(c.marginContribution, 3));
        EXPECT_TRUE(why.contains(part)) << part.toStdString() << " in " << why.toStdString();
    }
    EXPECT_NEAR(sum, r.margin, 1e-12);
    EXPECT_TRUE(why.endsWith(text.decompositionNote())) << why.toStdString();
    EXPECT_TRUE(text.decompositionNote().contains(QStringLiteral("Shapley")));
    EXPECT_TRUE(text.decompositionNote().contains(ui::Formatter::number(r.margin, 3)));
    EXPECT_EQ(text.criteriaSentence() + QLatin1Char(' ') + text.decompositionNote(), why);

    // Under the plain weighted sum the figures need no note.
    const ResultsPtr wsm = evaluated("ecommerce-multichannel");
    EXPECT_TRUE(ui::RecommendationText(*wsm).decompositionNote().isEmpty());
}
