// SPDX-License-Identifier: GPL-3.0-or-later
// escale-cli report on bad input: exit code 2, one line naming the file (file:line:col: field:
// message) or the option, and no output file left behind.
#include "process.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

using namespace escale;

namespace {

class ReportErrors : public ::testing::Test
{
protected:
    std::string path(const char *name) const
    {
        return m_dir.filePath(QLatin1String(name)).toStdString();
    }

    /** Runs the report into `output` and checks the exit code and that nothing was written. */
    test::ProcessResult runFailing(std::vector<std::string> args, const std::string &output)
    {
        args.insert(args.begin(), "report");
        args.insert(args.end(), {"-o", output});
        test::ProcessResult result = test::runCli(args);
        EXPECT_EQ(result.exitCode, 2) << result.err;
        EXPECT_FALSE(QFile::exists(QString::fromStdString(output)));
        EXPECT_TRUE(
            QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral(".pdf")).isEmpty());
        return result;
    }

    void write(const std::string &file, const char *text) const
    {
        QFile f(QString::fromStdString(file));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    static long lines(const std::string &text)
    {
        return std::count(text.begin(), text.end(), '\n');
    }

    QTemporaryDir m_dir;
    const std::string m_scenario = test::sourcePath("data/scenarios/ecommerce-multichannel.yaml");
};

TEST_F(ReportErrors, MissingScenarioFile)
{
    const test::ProcessResult r = runFailing({path("missing.yaml")}, path("out.pdf"));
    EXPECT_EQ(lines(r.err), 1);
    EXPECT_NE(r.err.find(path("missing.yaml") + ": "), std::string::npos) << r.err;
}

TEST_F(ReportErrors, InvalidYamlNamesLineAndColumn)
{
    write(path("broken.yaml"), "schema: 1\nkind: scenario\nname: [unclosed\n");
    const test::ProcessResult r = runFailing({path("broken.yaml")}, path("out.pdf"));
    EXPECT_EQ(lines(r.err), 1) << r.err;
    EXPECT_TRUE(std::regex_search(r.err, std::regex("broken\\.yaml:[0-9]+:[0-9]+: "))) << r.err;
}

TEST_F(ReportErrors, InvalidValueNamesTheField)
{
    const std::string text = test::sourcePath("data/scenarios/ecommerce-multichannel.yaml");
    QFile source(QString::fromStdString(text));
    ASSERT_TRUE(source.open(QIODevice::ReadOnly));
    QByteArray yaml = source.readAll();
    yaml.replace("monthly_volume: 30000", "monthly_volume: -5");
    write(path("negative.yaml"), yaml.constData());
    const test::ProcessResult r = runFailing({path("negative.yaml")}, path("out.pdf"));
    EXPECT_TRUE(std::regex_search(
        r.err,
        std::regex("negative\\.yaml:[0-9]+:[0-9]+: workload\\.channels\\[0\\]\\.monthly_volume: ")))
        << r.err;
}

TEST_F(ReportErrors, UnknownSection)
{
    const test::ProcessResult r = runFailing({m_scenario, "--sections", "summary,chapter9"},
                                             path("out.pdf"));
    EXPECT_EQ(lines(r.err), 1);
    EXPECT_NE(r.err.find("--sections: unknown section 'chapter9'"), std::string::npos) << r.err;
}

TEST_F(ReportErrors, BadLanguage)
{
    const test::ProcessResult r = runFailing({m_scenario, "--lang", "de"}, path("out.pdf"));
    EXPECT_EQ(lines(r.err), 1);
    EXPECT_NE(r.err.find("--lang: must be fr or en"), std::string::npos) << r.err;
}

TEST_F(ReportErrors, UnwritableOutputLeavesNothing)
{
    const std::string output = path("no-such-folder/out.pdf");
    const test::ProcessResult r = runFailing({m_scenario}, output);
    EXPECT_NE(r.err.find("Cannot write"), std::string::npos) << r.err;
}

TEST_F(ReportErrors, MissingOutputIsAUsageError)
{
    const test::ProcessResult r = test::runCli({"report", m_scenario});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("-o REPORT.pdf"), std::string::npos) << r.err;
}

} // namespace
