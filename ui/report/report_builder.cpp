// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_builder.h"

#include "report_sections.h"
#include "report_text.h"

#include "core/language.h"

namespace escale::ui {

using namespace report;

ReportDocument buildReport(const ReportData &data, const ReportOptions &options)
{
    const LanguageScope language(options.language);
    ReportLayout layout;
    int number = 0;
    for (const ReportSection section : options.sections) {
        SectionContext context{data, options, *data.results, layout, QString()};
        if (section != ReportSection::Cover)
            context.number = QString::number(++number);
        switch (section) {
        case ReportSection::Cover:
            writeCover(context);
            break;
        case ReportSection::Summary:
            writeSummary(context);
            break;
        case ReportSection::Question:
            writeQuestion(context);
            break;
        case ReportSection::Destinations:
            writeDestinations(context);
            break;
        case ReportSection::Staffing:
            writeStaffing(context);
            break;
        case ReportSection::Scores:
            writeScores(context);
            break;
        case ReportSection::Robustness:
            writeRobustness(context);
            break;
        case ReportSection::Appendix:
            writeAppendix(context);
            break;
        }
    }

    const Scenario &scenario = data.results->scenario;
    ReportDocument::Info info;
    info.language = options.language;
    info.title = scenario.name.empty() ? Report::tr("Untitled scenario")
                                       : QString::fromStdString(scenario.name);
    QStringList footer;
    if (!scenario.client.empty())
        footer << QString::fromStdString(scenario.client);
    footer << longDate(options.date);
    info.footer = footer.join(QStringLiteral(" · "));
    return ReportDocument(layout.takePages(), info);
}

} // namespace escale::ui
