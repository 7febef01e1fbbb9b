// SPDX-License-Identifier: GPL-3.0-or-later
// escale-cli report: the PDF report of a scenario, rendered headless (built with the UI only).
#include "commands.h"

#include "inputs.h"

#include "core/language.h"
#include "core/results.h"
#include "report/report_builder.h"
#include "report/report_data.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <ostream>

namespace escale::cli {

namespace {

/** Keeps Qt's start-up chatter (no XDG_RUNTIME_DIR in a container...) off the command's stderr. */
void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg
        || (type == QtWarningMsg && !message.startsWith(QLatin1String("QStandardPaths"))))
        std::fprintf(stderr, "escale-cli report: %s\n", qPrintable(message));
}

/** A QGuiApplication for the Qt painting (no widgets), offscreen unless the caller chose a platform. */
class HeadlessApp
{
public:
    HeadlessApp()
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        m_previous = qInstallMessageHandler(&quietMessages);
        m_app = std::make_unique<QGuiApplication>(m_argc, m_argv);
    }
    ~HeadlessApp()
    {
        m_app.reset();
        qInstallMessageHandler(m_previous);
    }
    HeadlessApp(const HeadlessApp &) = delete;
    HeadlessApp &operator=(const HeadlessApp &) = delete;

private:
    char m_name[11] = "escale-cli";
    char *m_argv[2] = {m_name, nullptr};
    int m_argc = 1;
    std::unique_ptr<QGuiApplication> m_app;
    QtMessageHandler m_previous = nullptr;
};

/** A bad option value: one line naming the option, exit code 2. */
int badOption(std::ostream &err, const std::string &option, const std::string &message)
{
    err << "escale-cli report: " << option << ": " << message << '\n';
    return BadInput;
}

} // namespace

int reportCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    const Options options(args, {"output", "lang", "sections", "author", "profiles", "date"}, {});
    if (options.positionals().size() != 1)
        throw UsageError("report takes exactly one scenario file");
    const std::optional<std::string> output = options.value("output");
    if (!output || output->empty())
        throw UsageError("report needs an output file: -o REPORT.pdf");

    ui::ReportOptions report;
    report.language = QString::fromStdString(options.value("lang", "en"));
    if (report.language != QLatin1String("fr") && report.language != QLatin1String("en"))
        return badOption(err, "--lang",
                         "must be fr or en (got '" + options.value("lang", "") + "')");
    if (const std::optional<std::string> sections = options.value("sections")) {
        QString bad;
        const auto parsed = ui::parseReportSections(QString::fromStdString(*sections), &bad);
        if (!parsed)
            return badOption(err, "--sections",
                             "unknown section '" + bad.toStdString()
                                 + "' (expected a comma-separated list of cover, summary, "
                                   "question, destinations, staffing, scores, robustness, "
                                   "appendix)");
        report.sections = *parsed;
    }
    report.author = QString::fromStdString(options.value("author", ""));
    if (const std::optional<std::string> date = options.value("date")) {
        report.date = QDate::fromString(QString::fromStdString(*date), Qt::ISODate);
        if (!report.date.isValid())
            return badOption(err, "--date", "must be a date YYYY-MM-DD (got '" + *date + "')");
    }

    const std::optional<data::ProfileLibrary> library = loadProfiles(options, err);
    if (!library)
        return BadInput;
    const std::string &path = options.positionals().front();
    const std::optional<Scenario> scenario = loadScenarioFile(path, *library, err);
    if (!scenario)
        return BadInput;
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot read the file again: " << file.errorString().toStdString() << '\n';
        return BadInput;
    }

    ui::ReportData data;
    data.scenarioFile = QString::fromStdString(path);
    data.scenarioYaml = file.readAll();
    data.results = ui::computeResults(*scenario);
    data.smaa = ui::runReportSmaa(*data.results, report);
    data.switching = ui::runReportSwitching(*data.results);

    const HeadlessApp app;
    // The report's locale, not the process's: without this an English report would format
    // money and dates after the system locale (C in a container: "2,383,124€").
    ui::Language::install(report.language);
    const ui::ReportDocument document = ui::buildReport(data, report);
    const ui::Status saved = document.savePdf(QString::fromStdString(*output));
    if (!saved) {
        err << "escale-cli report: " << saved.error().toStdString() << '\n';
        return BadInput;
    }
    out << *output << ": " << document.pageCount() << " pages\n";
    return Success;
}

} // namespace escale::cli
