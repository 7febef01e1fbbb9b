// SPDX-License-Identifier: GPL-3.0-or-later
// Method appendix, second part: every figure with its source, exchange rates, cost assumptions
// and what is needed to reproduce the report.
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/destination_columns.h"
#include "core/formatting.h"

#include <QFileInfo>

namespace escale::ui::report {

namespace {

using M = DestinationColumns;

TextRuns valueCell(const DestinationProfile &p, int column)
{
    const std::optional<double> value = DestinationColumns::valueOf(p, column);
    if (!value)
        return {TextRun{QStringLiteral("—")}};
    const bool estimate = DestinationColumns::isEstimate(p, column);
    TextRuns runs;
    if (estimate)
        runs << TextRun{M::estimateMarker() + QChar(0x2009), false, false, ReportStyle::accent()};
    runs << TextRun{DestinationColumns::formatValue(p, column, *value), false, estimate, {}};
    return runs;
}

QString sourceCell(const DestinationProfile &p, int column)
{
    if (column == M::BonusMonthsColumn) {
        QStringList parts;
        for (const Bonus &bonus : p.bonuses)
            parts << Report::tr("%1: %2", "bonus: source")
                         .arg(QString::fromStdString(bonus.name),
                              provenanceText(bonus.monthsPerYear.provenance));
        return parts.isEmpty() ? Report::tr("no bonus recorded") : parts.join(Report::tr("; "));
    }
    const Figure *figure = DestinationColumns::figureOf(p, column);
    return figure ? provenanceText(figure->provenance) : Report::tr("not in the profile");
}

void addProfile(ReportLayout &layout, const DestinationProfile &p)
{
    ReportTable table;
    table.caption = Report::tr("Figures and sources: %1").arg(Formatter::destinationName(p));
    table.fontSize = 7.5;
    table.columns = {{Report::tr("Figure"), 0.0, Qt::AlignLeft},
                     {Report::tr("Value"), 0.0, Qt::AlignRight},
                     {Report::tr("Source, date"), 1.0, Qt::AlignLeft}};
    for (int column = M::TypicalWageColumn; column < M::ColumnCount; ++column) {
        const QString unit = DestinationColumns::unit(column);
        table.addRow(
            QList<TextRuns>{TextRuns{{DestinationColumns::label(column), true, false, {}},
                                     {unit.isEmpty() ? QString() : QStringLiteral(", ") + unit,
                                      false, false, ReportStyle::muted()}},
                            valueCell(p, column), TextRuns{TextRun{sourceCell(p, column)}}});
    }
    addTable(layout, table);
}

void addExchangeRates(ReportLayout &layout, const Scenario &s)
{
    if (s.exchangeRates.rates.empty())
        return;
    ReportTable table;
    table.caption = Report::tr("Exchange rates");
    table.fontSize = 7.5;
    table.columns = {{Report::tr("Currency"), 0.0, Qt::AlignLeft},
                     {Report::tr("EUR per unit"), 0.0, Qt::AlignRight},
                     {Report::tr("Source, date"), 1.0, Qt::AlignLeft}};
    for (const ExchangeRate &rate : s.exchangeRates.rates)
        table.addRow({QString::fromStdString(rate.currency),
                      Formatter::number(rate.eurPerUnit.value, 5),
                      provenanceText(rate.eurPerUnit.provenance)});
    addTable(layout, table);
}

void addCostAssumptions(ReportLayout &layout, const Scenario &s)
{
    ReportTable table;
    table.caption = Report::tr("Scenario cost assumptions");
    table.fontSize = 7.5;
    table.columns = {{Report::tr("Assumption"), 1.0, Qt::AlignLeft},
                     {Report::tr("Value"), 0.0, Qt::AlignRight}};
    table.addRow({Report::tr("Transition, months of run rate"),
                  Formatter::number(s.cost.transitionMonths, 1)});
    table.addRow(
        {Report::tr("Spare seats over the peak"), Formatter::percent(s.cost.seatSpareRatio, 0)});
    table.addRow({Report::tr("Nesting: weeks at reduced productivity"),
                  Formatter::number(s.cost.nestingWeeks, 1)});
    table.addRow({Report::tr("Nesting: productivity lost"),
                  Formatter::percent(s.cost.nestingProductivityLoss, 0)});
    addTable(layout, table);
    if (!s.cost.supportRoles.empty()) {
        ReportTable roles;
        roles.caption = Report::tr("Support roles");
        roles.fontSize = 7.5;
        roles.columns = {{Report::tr("Role"), 1.0, Qt::AlignLeft},
                         {Report::tr("One per … agent FTE"), 0.0, Qt::AlignRight},
                         {Report::tr("Pay, × agent pay"), 0.0, Qt::AlignRight}};
        for (const SupportRole &role : s.cost.supportRoles)
            roles.addRow(
                {QString::fromStdString(role.role).replace(QLatin1Char('_'), QLatin1Char(' ')),
                 Formatter::number(role.agentsPerRole, 0), Formatter::number(role.payMultiple, 2)});
        addTable(layout, roles);
    }
    layout.note(Report::tr("Escale's defaults unless the scenario sets them; they are estimates "
                           "and count in the in-house view only, apart from the transition."));
}

void addReproduction(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    layout.heading2(Report::tr("Reproducing this report"), mm(50.0));
    const QString file = c.data.scenarioFile.isEmpty() ? QStringLiteral("SCENARIO.yaml")
                                                       : QFileInfo(c.data.scenarioFile).fileName();
    ReportTable table;
    table.header = false;
    table.fontSize = 8.5;
    table.columns = {{QString(), 0.0, Qt::AlignLeft}, {QString(), 1.0, Qt::AlignLeft}};
    const auto row = [&table](const QString &key, const QString &value) {
        table.addRow(QList<TextRuns>{TextRuns{{key, true, false, {}}}, TextRuns{TextRun{value}}});
    };
    row(Report::tr("Scenario file"), c.data.scenarioFile.isEmpty()
                                         ? Report::tr("unsaved scenario: the checksum is that of "
                                                      "its YAML as Escale writes it")
                                         : file);
    row(Report::tr("SHA-256 of the file"), c.data.checksum());
    row(Report::tr("Escale version"), QStringLiteral(ESCALE_VERSION));
    row(Report::tr("Uncertainty analysis"),
        Report::tr("%1 samples, seed %2, %3 threads")
            .arg(Formatter::number(double(c.options.smaaSamples)))
            .arg(c.options.smaaSeed)
            .arg(c.options.smaaThreads));
    QStringList sections;
    for (const ReportSection section : c.options.sections)
        sections << reportSectionKey(section);
    row(Report::tr("Command"),
        QStringLiteral("escale-cli report %1 -o report.pdf --lang %2 --sections %3")
            .arg(file, c.options.language, sections.join(QLatin1Char(','))));
    addTable(layout, table);
    layout.note(Report::tr("The same scenario file, Escale version and options give the same "
                           "content; only the date on the report changes."));
}

} // namespace

void writeAppendixSources(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    const Results &results = c.results;
    layout.heading2(Report::tr("Data sources"), mm(60.0));
    layout.paragraph(Report::tr("Every figure of the destination profiles used here, with its "
                                "source and the date of that source. %1 marks an estimate: no "
                                "published source backs it.")
                         .arg(M::estimateMarker()));
    for (std::size_t i = 0; i < results.evaluation.sites.size(); ++i) {
        if (const DestinationProfile *p = siteProfile(results, int(i)))
            addProfile(layout, *p);
    }
    addExchangeRates(layout, results.scenario);
    addCostAssumptions(layout, results.scenario);
    addReproduction(c);
}

} // namespace escale::ui::report
