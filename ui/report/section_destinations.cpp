// SPDX-License-Identifier: GPL-3.0-or-later
// Destinations compared: the key figures per site, each with its numbered source and date.
#include "report_sections.h"
#include "report_style.h"
#include "report_table.h"
#include "report_text.h"

#include "core/destination_columns.h"
#include "core/formatting.h"

#include <vector>

namespace escale::ui::report {

namespace {

using M = DestinationColumns;

/** Sources numbered in order of first use; the same source and date share a number. */
class SourceList
{
public:
    int number(const Provenance &p)
    {
        for (std::size_t i = 0; i < m_sources.size(); ++i) {
            if (m_sources[i].source == p.source && m_sources[i].asOf == p.asOf
                && m_sources[i].estimate == p.estimate)
                return int(i) + 1;
        }
        m_sources.push_back(p);
        return int(m_sources.size());
    }
    const std::vector<Provenance> &sources() const { return m_sources; }

private:
    std::vector<Provenance> m_sources;
};

TextRuns figureCell(const DestinationProfile &p, int column, SourceList &sources)
{
    const std::optional<double> value = DestinationColumns::valueOf(p, column);
    if (!value)
        return {TextRun{QStringLiteral("—")}};
    TextRuns runs;
    const bool estimate = DestinationColumns::isEstimate(p, column);
    if (estimate)
        runs << TextRun{M::estimateMarker() + QChar(0x2009), false, false, ReportStyle::accent()};
    runs << TextRun{DestinationColumns::formatValue(p, column, *value), false, estimate, {}};
    if (const Figure *figure = DestinationColumns::figureOf(p, column))
        runs << TextRun{QChar(0x00A0)
                            + QStringLiteral("[%1]").arg(sources.number(figure->provenance)),
                        false, false, ReportStyle::muted()};
    return runs;
}

} // namespace

const std::vector<int> &keyFigureColumns()
{
    // The figures a reader compares first, in the order of the table.
    static const std::vector<int> columns{
        M::TypicalWageColumn,   M::BilledRateColumn,         M::EmployerChargesColumn,
        M::WeeklyHoursColumn,   M::FrenchFullColumn,         M::AttritionColumn,
        M::SeatCostColumn,      M::SectorJobsColumn,         M::MaturityColumn,
        M::PoliticalRiskColumn, M::InfrastructureRiskColumn, M::WageInflationColumn};
    return columns;
}

void writeDestinations(SectionContext &c)
{
    ReportLayout &layout = c.layout;
    const Results &results = c.results;
    const Evaluation &ev = results.evaluation;
    layout.heading1(c.number, reportSectionTitle(ReportSection::Destinations));
    layout.paragraph(Report::tr("The figures below drive the staffing, the costs and the scores. "
                                "Each carries the number of its source, listed under the table "
                                "with its date; %1 marks an estimate, a figure no published "
                                "source backs, to be checked before a final decision.")
                         .arg(M::estimateMarker()),
                     pt(10.0));

    SourceList sources;
    ReportTable table;
    table.caption = Report::tr("Key figures per destination");
    table.fontSize = 8.0;
    table.columns << TableColumn{Report::tr("Figure"), 1.3, Qt::AlignLeft};
    for (std::size_t i = 0; i < ev.sites.size(); ++i)
        table.columns << TableColumn{siteName(results, int(i)), 1.0, Qt::AlignRight};
    for (const int column : keyFigureColumns()) {
        QList<TextRuns> cells;
        const QString unit = DestinationColumns::unit(column);
        cells << TextRuns{{DestinationColumns::label(column), true, false, {}},
                          {unit.isEmpty() ? QString() : QStringLiteral(", ") + unit, false, false,
                           ReportStyle::muted()}};
        for (std::size_t i = 0; i < ev.sites.size(); ++i) {
            const DestinationProfile *p = siteProfile(results, int(i));
            cells << (p ? figureCell(*p, column, sources) : TextRuns{TextRun{QStringLiteral("—")}});
        }
        table.addRow(cells);
    }
    addTable(layout, table);
    layout.note(Report::tr("Pay is monthly gross for a full-time agent. Every other figure of "
                           "the profiles, with its source, is listed in the appendix."));

    layout.heading2(Report::tr("Sources of the key figures"));
    ReportTable list;
    list.header = false;
    list.zebra = false;
    list.fontSize = 7.5;
    list.columns = {{QString(), 0.0, Qt::AlignRight}, {QString(), 1.0, Qt::AlignLeft}};
    for (std::size_t i = 0; i < sources.sources().size(); ++i)
        list.addRow(QList<TextRuns>{
            TextRuns{{QStringLiteral("[%1]").arg(i + 1), false, false, ReportStyle::muted()}},
            TextRuns{TextRun{provenanceText(sources.sources()[i])}}});
    addTable(layout, list);
}

} // namespace escale::ui::report
