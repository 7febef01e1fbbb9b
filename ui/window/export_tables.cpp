// SPDX-License-Identifier: GPL-3.0-or-later
#include "export_tables.h"

#include "core/formatting.h"

#include <QCoreApplication>

#include <utility>

namespace escale::ui {

namespace {

/** Appends cells to a row, in the order of the columns. */
class RowBuilder
{
public:
    RowBuilder &text(const QString &value)
    {
        m_cells.push_back(ExportCell::ofText(value));
        return *this;
    }
    RowBuilder &number(double value, int decimals = 2)
    {
        m_cells.push_back(ExportCell::ofNumber(value, decimals));
        return *this;
    }
    RowBuilder &empty()
    {
        m_cells.push_back(ExportCell::empty());
        return *this;
    }
    std::vector<ExportCell> take() { return std::exchange(m_cells, {}); }

private:
    std::vector<ExportCell> m_cells;
};

ExportTable resultsTable(const Results &r)
{
    ExportTable table;
    table.id = QStringLiteral("results");
    table.name = QCoreApplication::translate("Export", "Results");
    for (const char *title :
         {QT_TRANSLATE_NOOP("Export", "Destination"), QT_TRANSLATE_NOOP("Export", "Excluded"),
          QT_TRANSLATE_NOOP("Export", "Rank"), QT_TRANSLATE_NOOP("Export", "Score"),
          QT_TRANSLATE_NOOP("Export", "FTE"), QT_TRANSLATE_NOOP("Export", "Peak agents"),
          QT_TRANSLATE_NOOP("Export", "Monthly cost (EUR)"),
          QT_TRANSLATE_NOOP("Export", "TCO (EUR)"),
          QT_TRANSLATE_NOOP("Export", "Cost per contact (EUR)"),
          QT_TRANSLATE_NOOP("Export", "Saving vs onshore (EUR)"),
          QT_TRANSLATE_NOOP("Export", "Break-even month")})
        table.header << QCoreApplication::translate("Export", title);
    for (Criterion c : AllCriteria)
        table.header << QCoreApplication::translate("Export", "Utility: %1")
                            .arg(Formatter::criterionName(c));

    const Evaluation &ev = r.evaluation;
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteEvaluation &s = ev.sites[i];
        const SiteCost &c = s.cost(ev.view);
        QStringList reasons;
        for (const Exclusion &e : s.exclusions)
            reasons << Formatter::exclusionText(e);
        RowBuilder row;
        row.text(siteName(r, int(i)))
            .text(reasons.join(QCoreApplication::translate("Export", "; ")));
        if (s.excluded())
            row.empty().empty();
        else
            row.number(s.rank, 0).number(s.score, 4);
        row.number(s.fte, 1)
            .number(s.staffing.peakAgents, 0)
            .number(c.monthly.total())
            .number(c.tco)
            .number(c.costPerContact);
        if (s.onshore) {
            row.empty().empty();
        } else {
            row.number(c.savingVsOnshore);
            if (c.breakEvenMonth)
                row.number(*c.breakEvenMonth, 0);
            else
                row.empty();
        }
        for (Criterion crit : AllCriteria)
            row.number(s.utility[index(crit)], 4);
        table.rows.push_back(row.take());
    }
    return table;
}

ExportTable destinationsTable(const Results &r)
{
    ExportTable table;
    table.id = QStringLiteral("destinations");
    table.name = QCoreApplication::translate("Export", "Destination figures");
    for (const char *title :
         {QT_TRANSLATE_NOOP("Export", "Destination"), QT_TRANSLATE_NOOP("Export", "Figure"),
          QT_TRANSLATE_NOOP("Export", "Value"), QT_TRANSLATE_NOOP("Export", "Source"),
          QT_TRANSLATE_NOOP("Export", "As of"), QT_TRANSLATE_NOOP("Export", "Estimate")})
        table.header << QCoreApplication::translate("Export", title);
    for (const DestinationProfile &p : r.scenario.destinations) {
        for (const auto &[key, figure] : p.figures()) {
            RowBuilder row;
            row.text(Formatter::destinationName(p))
                .text(QString::fromStdString(key))
                .number(figure->value, 4)
                .text(QString::fromStdString(figure->provenance.source))
                .text(QString::fromStdString(figure->provenance.asOf))
                .text(figure->provenance.estimate ? QCoreApplication::translate("Export", "yes")
                                                  : QString());
            table.rows.push_back(row.take());
        }
    }
    return table;
}

ExportTable methodsTable(const Results &r)
{
    ExportTable table;
    table.id = QStringLiteral("methods");
    table.name = QCoreApplication::translate("Export", "Ranks by method");
    table.header << QCoreApplication::translate("Export", "Destination");
    for (const MethodOutcome &m : r.methods())
        table.header << QCoreApplication::translate("Export", "Rank: %1")
                            .arg(Formatter::methodName(m.method.method));
    for (std::size_t i = 0; i < r.rows().size(); ++i) {
        RowBuilder row;
        row.text(siteName(r, r.rows()[i]));
        for (const MethodOutcome &m : r.methods())
            row.number(m.ranking.ranks[i], 0);
        table.rows.push_back(row.take());
    }
    return table;
}

} // namespace

std::vector<ExportTable> buildExportTables(const Results &results)
{
    std::vector<ExportTable> tables;
    tables.push_back(resultsTable(results));
    tables.push_back(destinationsTable(results));
    tables.push_back(methodsTable(results));
    return tables;
}

} // namespace escale::ui
