// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export tables: the CSV files keep their format (BOM, separator, decimals per
// language); the workbook is a real .xlsx whose numbers are numeric cells, written atomically;
// the window picks the format from the chosen file's extension.
#include "ui_test_support.h"

#include "core/engine_runner.h"
#include "core/language.h"
#include "dialogs/dialogs.h"
#include "window/main_window.h"
#include "window/table_export.h"
#include "window/xlsx_export.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace escale;
using namespace escale::ui;

namespace {

std::shared_ptr<Results> evaluated(const std::string &name = "ecommerce-multichannel")
{
    auto document = test::shippedDocument(name);
    auto results = computeResults(document->scenario());
    return results;
}

const SiteEvaluation *franceSite(const Results &results)
{
    for (const SiteEvaluation &s : results.evaluation.sites) {
        if (s.id == "france")
            return &s;
    }
    ADD_FAILURE() << "no France in the scenario";
    return nullptr;
}

/** France's TCO as the Results hold it (what the export must write). */
double franceTco(const Results &results)
{
    const SiteEvaluation *france = franceSite(results);
    return france ? france->cost(results.evaluation.view).tco : 0.0;
}

/**
 * France's TCO computed here with the escalator of cost.h rather than read from the engine's
 * total: France is the incumbent (no transition, ramp-up or exit), so TCO = sum over months m
 * of run rate x (1 + g)^floor((m - 1) / 12), with the run rate the sum of its monthly lines and
 * g = (1 + wage inflation)(1 + FX drift) - 1.
 */
double franceTcoByHand(const Results &results)
{
    const Scenario &scenario = results.scenario;
    EXPECT_EQ(scenario.incumbent, "france") << "the formula assumes no transition";
    const SiteEvaluation *france = franceSite(results);
    const auto profile = std::find_if(scenario.destinations.begin(), scenario.destinations.end(),
                                      [](const DestinationProfile &p) { return p.id == "france"; });
    if (!france || profile == scenario.destinations.end())
        return 0.0;
    const CostBreakdown &monthly = france->cost(results.evaluation.view).monthly;
    double runRate = 0.0;
    for (CostLine line : AllCostLines)
        runRate += monthly[line];
    const double g = (1.0 + profile->wageInflation.value) * (1.0 + profile->fxDrift.value) - 1.0;
    double tco = 0.0;
    for (int month = 1; month <= scenario.horizonMonths; ++month)
        tco += runRate * std::pow(1.0 + g, (month - 1) / 12);
    return tco;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/** One member of a zip archive, read with unzip or python3's zipfile; null if neither runs. */
QByteArray zipMember(const QString &archive, const QString &member)
{
    QProcess process;
    if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
        process.start(QStringLiteral("unzip"), {QStringLiteral("-p"), archive, member});
    } else if (!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty()) {
        process.start(QStringLiteral("python3"),
                      {QStringLiteral("-c"),
                       QStringLiteral("import sys, zipfile; sys.stdout.buffer.write("
                                      "zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))"),
                       archive, member});
    } else {
        return {};
    }
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        ADD_FAILURE() << "cannot read " << member.toStdString() << " from " << archive.toStdString()
                      << ": " << process.readAllStandardError().data();
        return QByteArray("");
    }
    return process.readAllStandardOutput();
}

} // namespace

TEST(TableExportCsv, EnglishUsesCommasAndPointsWithAByteOrderMark)
{
    const auto results = evaluated();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.csv"));
    QStringList written;
    ASSERT_TRUE(exportResultsCsv(*results, path, &written).ok());
    EXPECT_EQ(written, (QStringList{path, dir.filePath(QStringLiteral("shop-destinations.csv")),
                                    dir.filePath(QStringLiteral("shop-methods.csv"))}));
    for (const QString &file : written)
        EXPECT_TRUE(readAll(file).startsWith("\xEF\xBB\xBF")) << file.toStdString();

    const QString text = QString::fromUtf8(readAll(path).mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral("\"Destination\",\"Excluded\",\"Rank\",\"Score\"")));
    EXPECT_TRUE(text.endsWith(QStringLiteral("\r\n")));
    // The exported cell is the Results value formatted, and that value is the hand formula's.
    const double tco = franceTco(*results);
    EXPECT_NEAR(tco, franceTcoByHand(*results), 1e-6);
    EXPECT_TRUE(text.contains(QLatin1Char(',') + QString::number(tco, 'f', 2) + QLatin1Char(',')));
    const QString methods = QString::fromUtf8(readAll(written[2]).mid(3));
    EXPECT_TRUE(methods.startsWith(QStringLiteral("\"Destination\",\"Rank: ")));
}

TEST(TableExportCsv, FrenchUsesSemicolonsAndDecimalCommas)
{
    const auto results = evaluated();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("boutique.csv"));
    {
        LanguageScope french(QStringLiteral("fr"));
        ASSERT_TRUE(exportResultsCsv(*results, path).ok());
    }
    const QString text = QString::fromUtf8(readAll(path).mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral("\"Destination\";\"Exclue\";\"Rang\";")))
        << text.left(200).toStdString();
    const QString tco
        = QString::number(franceTco(*results), 'f', 2).replace(QLatin1Char('.'), QLatin1Char(','));
    EXPECT_TRUE(text.contains(QLatin1Char(';') + tco + QLatin1Char(';'))) << tco.toStdString();
}

TEST(TableExportXlsx, WritesOneWorkbookWithNumericCells)
{
    const auto results = evaluated();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.xlsx"));
    ASSERT_TRUE(exportResultsXlsx(*results, path).ok());
    EXPECT_TRUE(readAll(path).startsWith("PK")); // a zip archive
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("shop.xlsx")});

    const QByteArray sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isNull())
        GTEST_SKIP() << "neither unzip nor python3 to look inside the workbook";
    // France's TCO is a number cell (no t="s"), in column H, with its full precision: one of
    // the column's numbers equals the hand formula's TCO.
    const double tco = franceTcoByHand(*results);
    const QRegularExpression numberCell(
        QStringLiteral(R"(<c r="H\d+"(?: s="\d+")?><v>([-0-9.eE+]+)</v>)"));
    QStringList column;
    bool found = false;
    for (const QRegularExpressionMatch &m : numberCell.globalMatch(QString::fromUtf8(sheet))) {
        column << m.captured(1);
        found = found || std::abs(m.captured(1).toDouble() - tco) <= 1e-6;
    }
    EXPECT_TRUE(found) << "no H cell holds " << QString::number(tco, 'f', 6).toStdString()
                       << "; column H: " << column.join(QStringLiteral(" ")).toStdString();
    EXPECT_TRUE(sheet.contains("<pane ySplit=\"1\"")) << "header row frozen";
    EXPECT_TRUE(sheet.contains("<autoFilter ref=\"A1:"));

    const QByteArray strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    for (const char *name : {"France", "Madagascar", "Mauritius", "Morocco", "Tunisia"})
        EXPECT_TRUE(strings.contains(QByteArray(QByteArray("<t>") + name + "</t>"))) << name;
    EXPECT_TRUE(strings.contains("<t>TCO (EUR)</t>"));

    const QByteArray workbook = zipMember(path, QStringLiteral("xl/workbook.xml"));
    for (const char *name : {"Results", "Destination figures", "Ranks by method"})
        EXPECT_TRUE(workbook.contains(QByteArray(QByteArray("<sheet name=\"") + name + '"')))
            << name;
    const QByteArray styles = zipMember(path, QStringLiteral("xl/styles.xml"));
    EXPECT_TRUE(styles.contains("formatCode=\"#,##0.00\""));
    EXPECT_TRUE(styles.contains("formatCode=\"#,##0.0000\""));
    EXPECT_TRUE(styles.contains("<b/>")) << "bold header";
}

TEST(TableExportXlsx, ReplacesAnExistingFileAndFailsCleanly)
{
    const auto results = evaluated();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.xlsx"));
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    ASSERT_TRUE(exportResultsXlsx(*results, path).ok());
    EXPECT_TRUE(readAll(path).startsWith("PK"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("shop.xlsx")});

    const QString missing = dir.filePath(QStringLiteral("no-such-folder/shop.xlsx"));
    const ui::Status status = exportResultsXlsx(*results, missing);
    ASSERT_FALSE(status.ok());
    const QString &error = status.error();
    EXPECT_TRUE(error.contains(QStringLiteral("no-such-folder"))) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no-such-folder"))));
}

TEST(TableExportXlsx, SheetNamesAreMadeAcceptable)
{
    EXPECT_EQ(xlsxSheetName(QStringLiteral("Results")), QStringLiteral("Results"));
    EXPECT_EQ(xlsxSheetName(QStringLiteral("Ranks [by] method: a/b\\c?*")),
              QStringLiteral("Ranks -by- method- a-b-c--"));
    EXPECT_EQ(xlsxSheetName(QStringLiteral("'Quoted'")), QStringLiteral("Quoted"));
    EXPECT_EQ(xlsxSheetName(QString()), QStringLiteral("Sheet"));
    EXPECT_EQ(xlsxSheetName(QString(40, QLatin1Char('x'))).size(), 31);
}

TEST(TableExportWindow, TheChosenExtensionPicksTheFormat)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ScenarioDocument document(test::shippedLibrary());
    EngineRunner engine;
    MainWindow window(&document, &engine, &store);
    window.openInitial(
        QString::fromStdString(test::dataDir() + "/scenarios/ecommerce-multichannel.yaml"));
    engine.waitForIdle();
    QAction *exportTables = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Export &tables…"))
            exportTables = action;
    }
    ASSERT_NE(exportTables, nullptr);

    Dialogs::setNextFileName(dir.filePath(QStringLiteral("tables"))); // no extension: workbook
    exportTables->trigger();
    EXPECT_TRUE(readAll(dir.filePath(QStringLiteral("tables.xlsx"))).startsWith("PK"));

    Dialogs::setNextFileName(dir.filePath(QStringLiteral("tables.csv")));
    exportTables->trigger();
    for (const char *name : {"tables.csv", "tables-destinations.csv", "tables-methods.csv"})
        EXPECT_TRUE(readAll(dir.filePath(QString::fromLatin1(name))).startsWith("\xEF\xBB\xBF"))
            << name;
    EXPECT_TRUE(Dialogs::takeWarnings().isEmpty());
}
