// SPDX-License-Identifier: GPL-3.0-or-later
// escale-cli report on every shipped scenario, in French and in English: A4 pages in expected
// numbers, the recommendation, the five destinations, the sources, the conventions and the
// scenario's checksum in the text, every font embedded, and the same text on every run.
#include "poppler.h"
#include "process.h"

#include "core/formatting.h"
#include "core/language.h"
#include "core/recommendation_text.h"
#include "core/switching_text.h"
#include "report/report_data.h"

#include "escale/data/profile_library.h"
#include "escale/data/scenario_io.h"
#include "escale/model/conventions.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

using namespace escale;

namespace {

struct Case
{
    std::string scenario; ///< file stem in data/scenarios
    std::string language;
};

void PrintTo(const Case &c, std::ostream *out)
{
    *out << c.scenario << " (" << c.language << ")";
}

std::string scenarioPath(const std::string &stem)
{
    return test::sourcePath("data/scenarios/" + stem + ".yaml");
}

/** The headline the report must carry, computed as the app computes it. */
std::string expectedHeadline(const Case &c)
{
    auto library = data::loadLibrary(data::defaultProfilesDirectory());
    EXPECT_TRUE(library.ok());
    auto scenario = data::loadScenario(scenarioPath(c.scenario), library.value());
    EXPECT_TRUE(scenario.ok());
    const auto results = ui::computeResults(scenario.value());
    const ui::LanguageScope language(QString::fromStdString(c.language));
    return ui::RecommendationText(*results).headline().toStdString();
}

std::string sha256(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

class ReportCli : public ::testing::TestWithParam<Case>
{
protected:
    void SetUp() override
    {
        // scripts/deps.sh test installs poppler-utils: a missing tool is a failure, not a skip.
        ASSERT_TRUE(test::havePoppler())
            << "poppler-utils (pdfinfo, pdftotext, pdffonts) not found";
        ASSERT_TRUE(m_dir.isValid());
        m_pdf = m_dir.filePath(QStringLiteral("report.pdf")).toStdString();
        const test::ProcessResult run = test::runCli({"report", scenarioPath(GetParam().scenario),
                                                      "-o", m_pdf, "--lang", GetParam().language,
                                                      "--author", "Test Author"});
        ASSERT_EQ(run.exitCode, 0) << run.err;
    }

    bool contains(const std::string &needle) const
    {
        if (m_text.empty())
            m_text = test::squeezed(test::pdfText(m_pdf));
        return m_text.find(test::squeezed(needle)) != std::string::npos;
    }

    QTemporaryDir m_dir;
    std::string m_pdf;
    mutable std::string m_text;
};

TEST_P(ReportCli, HasA4PagesInExpectedNumber)
{
    const test::PdfInfo info = test::pdfInfo(m_pdf);
    EXPECT_GE(info.pages, 12);
    EXPECT_LE(info.pages, 24);
    EXPECT_NEAR(info.width, 595.3, 0.5);
    EXPECT_NEAR(info.height, 841.9, 0.5);
    EXPECT_TRUE(contains("Page 2 / " + std::to_string(info.pages)));
}

TEST_P(ReportCli, StatesTheRecommendationAndNamesEveryDestination)
{
    EXPECT_TRUE(contains(expectedHeadline(GetParam()))) << expectedHeadline(GetParam());
    const bool french = GetParam().language == "fr";
    for (const char *name : {"France", "Madagascar", french ? "Maurice" : "Mauritius",
                             french ? "Maroc" : "Morocco", french ? "Tunisie" : "Tunisia"})
        EXPECT_TRUE(contains(name)) << name;
    EXPECT_TRUE(contains("Test Author"));
}

TEST_P(ReportCli, CarriesSourcesConventionsAndChecksum)
{
    EXPECT_TRUE(contains("CLEISS")); // a published source
    EXPECT_TRUE(contains("callofsuccess.com")); // the vendor price source
    EXPECT_TRUE(contains("as of 2024") || contains("2024-09-09"));
    const auto library = data::loadLibrary(data::defaultProfilesDirectory());
    const auto scenario = data::loadScenario(scenarioPath(GetParam().scenario), library.value());
    // A long sentence may continue on the next page, after the running footer and header.
    for (const std::string &sentence : conventions(scenario.value())) {
        EXPECT_TRUE(contains(sentence.substr(0, 80))) << sentence;
        EXPECT_TRUE(
            contains(sentence.substr(sentence.size() - std::min<std::size_t>(sentence.size(), 40))))
            << sentence;
    }
    EXPECT_TRUE(contains(sha256(scenarioPath(GetParam().scenario))));
    EXPECT_TRUE(contains("€"));
    if (GetParam().language == "fr") {
        EXPECT_TRUE(contains("é"));
    }
}

TEST_P(ReportCli, PrintsAChannelsOwnHours)
{
    const bool outbound = GetParam().scenario == "outbound-campaign";
    const bool english = GetParam().language == "en"; // French: once the translation is in
    if (english) {
        EXPECT_EQ(contains("Opening hours (Outbound)"), outbound);
    }
    if (outbound) {
        EXPECT_TRUE(contains("10:00–13:00, 14:00–20:00"));
    }
    EXPECT_TRUE(contains(outbound ? "10:00–20:00" : "08:00–"));
}

TEST_P(ReportCli, EmbedsEveryFont)
{
    const std::vector<test::PdfFont> fonts = test::pdfFonts(m_pdf);
    ASSERT_FALSE(fonts.empty());
    bool carlito = false;
    for (const test::PdfFont &font : fonts) {
        EXPECT_TRUE(font.embedded) << font.name;
        carlito = carlito || font.name.find("Carlito") != std::string::npos;
    }
    EXPECT_TRUE(carlito);
}

INSTANTIATE_TEST_SUITE_P(
    ShippedScenarios, ReportCli,
    ::testing::Values(Case{"ecommerce-multichannel", "en"}, Case{"ecommerce-multichannel", "fr"},
                      Case{"bank-evenings-sundays", "en"}, Case{"bank-evenings-sundays", "fr"},
                      Case{"outbound-campaign", "en"}, Case{"outbound-campaign", "fr"}),
    [](const ::testing::TestParamInfo<Case> &param) {
        std::string name = param.param.scenario + "_" + param.param.language;
        for (char &c : name)
            c = c == '-' ? '_' : c;
        return name;
    });

TEST(ReportCliRuns, TwiceGiveTheSameText)
{
    ASSERT_TRUE(test::havePoppler()) << "poppler-utils not found";
    QTemporaryDir dir;
    std::string texts[2];
    for (int i = 0; i < 2; ++i) {
        const std::string pdf = dir.filePath(QStringLiteral("r%1.pdf").arg(i)).toStdString();
        const test::ProcessResult run = test::runCli(
            {"report", scenarioPath("bank-evenings-sundays"), "-o", pdf, "--lang", "fr"});
        ASSERT_EQ(run.exitCode, 0) << run.err;
        texts[i] = test::pdfText(pdf);
    }
    EXPECT_FALSE(texts[0].empty());
    EXPECT_EQ(texts[0], texts[1]);
}

TEST(ReportCliRuns, SectionsChooseWhatIsPrinted)
{
    ASSERT_TRUE(test::havePoppler()) << "poppler-utils not found";
    QTemporaryDir dir;
    const std::string pdf = dir.filePath(QStringLiteral("summary.pdf")).toStdString();
    const test::ProcessResult run = test::runCli({"report", scenarioPath("ecommerce-multichannel"),
                                                  "-o", pdf, "--sections", "summary,robustness",
                                                  "--date", "2026-11-23"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_LE(test::pdfInfo(pdf).pages, 4);
    const std::string text = test::squeezed(test::pdfText(pdf));
    EXPECT_NE(text.find("1 Executive summary"), std::string::npos);
    EXPECT_NE(text.find("2 Robustness"), std::string::npos);
    EXPECT_EQ(text.find("Method appendix"), std::string::npos);
    EXPECT_EQ(text.find("Decision report"), std::string::npos); // no cover
    EXPECT_NE(text.find("23 November 2026"), std::string::npos);
}

TEST(ReportCliRuns, RobustnessGivesTheSwitchingValuesOfTheKeyInputs)
{
    ASSERT_TRUE(test::havePoppler()) << "poppler-utils not found";
    QTemporaryDir dir;
    const std::string pdf = dir.filePath(QStringLiteral("robustness.pdf")).toStdString();
    const test::ProcessResult run = test::runCli({"report", scenarioPath("ecommerce-multichannel"),
                                                  "-o", pdf, "--sections", "summary,robustness",
                                                  "--lang", "en"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string text = test::squeezed(test::pdfText(pdf));
    const auto library = data::loadLibrary(data::defaultProfilesDirectory());
    const auto results = ui::computeResults(
        data::loadScenario(scenarioPath("ecommerce-multichannel"), library.value()).value());
    const SwitchingAnalysis analysis = ui::runReportSwitching(*results);
    ASSERT_EQ(analysis.values.size(), 9u);
    const auto has = [&text](const QString &needle) {
        return text.find(test::squeezed(needle.toStdString())) != std::string::npos;
    };
    EXPECT_TRUE(has(QStringLiteral("Switching values of the key inputs")));
    // Every row's figures (pdftotext does not keep the reading order of the table's rows).
    for (const SwitchingValue &row : analysis.values) {
        const SwitchingInput &input = switchingInputs()[row.input];
        const std::optional<SwitchingPoint> &point = row.nearest();
        const QStringList cells{
            ui::SwitchingText::label(input), ui::SwitchingText::value(input, row.current),
            point ? ui::SwitchingText::value(input, point->value) : ui::SwitchingText::noFlip(row),
            point ? ui::SwitchingText::change(row, point->value) : QStringLiteral("—")};
        for (const QString &cell : cells)
            EXPECT_TRUE(has(cell)) << cell.toStdString();
    }
    const SwitchingValue *nearest = ui::SwitchingText::nearestSwitch(analysis);
    ASSERT_NE(nearest, nullptr);
    const QString sentence = ui::SwitchingText::sentence(*results, *nearest);
    EXPECT_TRUE(has(QStringLiteral("Nearest switch: ") + sentence)) << sentence.toStdString();
    EXPECT_TRUE(has(QStringLiteral("Nearest switch of an input: ") + sentence)); // summary
}

TEST(ReportCliRuns, WhyTheWinnerWinsGivesThePartsOfTheTopsisLead)
{
    ASSERT_TRUE(test::havePoppler()) << "poppler-utils not found";
    QTemporaryDir dir;
    const std::string pdf = dir.filePath(QStringLiteral("scores.pdf")).toStdString();
    const test::ProcessResult run = test::runCli({"report", scenarioPath("bank-evenings-sundays"),
                                                  "-o", pdf, "--sections", "scores", "--lang",
                                                  "en"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string text = test::squeezed(test::pdfText(pdf));
    const auto library = data::loadLibrary(data::defaultProfilesDirectory());
    const auto results = ui::computeResults(
        data::loadScenario(scenarioPath("bank-evenings-sundays"), library.value()).value());
    const Recommendation &r = results->evaluation.recommendation;
    ASSERT_EQ(r.decomposition, mcda::MarginDecomposition::Shapley);
    EXPECT_NE(text.find("its Shapley value"), std::string::npos) << text;
    // The total row is the TOPSIS lead, and each criterion row ends with its part.
    EXPECT_NE(text.find("Lead +" + ui::Formatter::number(r.margin, 3).toStdString()),
              std::string::npos)
        << text;
    for (const Contribution &c : r.contributions) {
        if (std::abs(c.marginContribution) < 0.0005)
            continue;
        // Criterion, weight, the two utilities, the part (signed).
        const QString row = QStringLiteral("%1 %2 %3 %4 %5%6")
                                .arg(ui::Formatter::criterionName(c.criterion),
                                     ui::Formatter::percent(c.weight, 0),
                                     ui::Formatter::number(c.winnerUtility, 3),
                                     ui::Formatter::number(c.runnerUpUtility, 3),
                                     c.marginContribution > 0 ? QStringLiteral("+") : QString(),
                                     ui::Formatter::number(c.marginContribution, 3));
        EXPECT_NE(text.find(test::squeezed(row.toStdString())), std::string::npos)
            << row.toStdString() << "\n"
            << text;
    }
}

TEST(ReportCliRuns, SplitSummaryPrintsTheSplitsOwnFigures)
{
    ASSERT_TRUE(test::havePoppler()) << "poppler-utils not found";
    // Tunisia would take 0.21 % of its sector's jobs, above the limit: it splits the work.
    const std::string path = test::splitScenario();
    QTemporaryDir dir;
    const std::string pdf = dir.filePath(QStringLiteral("split.pdf")).toStdString();
    const test::ProcessResult run = test::runCli(
        {"report", path, "-o", pdf, "--sections", "summary", "--lang", "en"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const std::string text = test::squeezed(test::pdfText(pdf));

    const auto library = data::loadLibrary(data::defaultProfilesDirectory());
    const auto scenario = data::loadScenario(path, library.value());
    ASSERT_TRUE(scenario.ok());
    const auto results = ui::computeResults(scenario.value());
    const Recommendation &r = results->evaluation.recommendation;
    ASSERT_TRUE(r.split);
    const ui::LanguageScope language(QStringLiteral("en"));
    const ui::RecommendationText words(*results);
    const auto has = [&text](const QString &needle) {
        return text.find(test::squeezed(needle.toStdString())) != std::string::npos;
    };
    EXPECT_TRUE(has(words.margin())) << words.margin().toStdString();
    EXPECT_TRUE(has(ui::Formatter::number(r.bestScore, 3)));
    EXPECT_FALSE(has(QStringLiteral("Tunisia scores 0.000")));
    EXPECT_TRUE(has(words.splitParts())) << words.splitParts().toStdString();
    // The saving tile is the split's, not that of Tunisia taking all the work (pdftotext reads
    // the tiles' values first, then their labels).
    const QString tiles = ui::Formatter::money(r.split->cost.savingVsOnshore) + QLatin1Char(' ')
                          + ui::Formatter::number(r.margin, 3);
    EXPECT_TRUE(has(tiles)) << tiles.toStdString() << "\n" << text;
    EXPECT_TRUE(has(QStringLiteral("saved by the split against France over 36 months (%1)")
                        .arg(ui::Formatter::percent(r.split->cost.savingShare))))
        << text;
    // The parts table: share, FTE and cost of each part.
    EXPECT_TRUE(has(QStringLiteral("How the work splits")));
    EXPECT_TRUE(has(QStringLiteral("Tunisia %1 %2 %3")
                        .arg(ui::Formatter::percent(r.split->primaryShare, 0),
                             ui::Formatter::number(r.split->primaryFte, 1),
                             ui::Formatter::money(r.split->primaryTco))))
        << text;
    const QString secondary = QString::fromStdString(
        results->evaluation.sites[std::size_t(r.split->secondary)].name);
    EXPECT_TRUE(has(QStringLiteral("%1 %2 %3 %4")
                        .arg(secondary, ui::Formatter::percent(r.split->secondaryShare(), 0),
                             ui::Formatter::number(r.split->secondaryFte, 1),
                             ui::Formatter::money(r.split->secondaryTco))))
        << text;
}

} // namespace
