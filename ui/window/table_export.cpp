// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_export.h"

#include "core/formatting.h"

#include "escale/data/atomic_file.h"

#include <QFileInfo>
#include <QLocale>

namespace escale::ui {

namespace {

class CsvWriter
{
public:
    CsvWriter()
        : m_french(Formatter::french())
    {}

    CsvWriter &cell(const QString &text)
    {
        if (!m_row.isEmpty())
            m_row += m_french ? QLatin1Char(';') : QLatin1Char(',');
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        m_row += QLatin1Char('"') + quoted + QLatin1Char('"');
        return *this;
    }
    CsvWriter &number(double value, int decimals = 2)
    {
        if (!m_row.isEmpty())
            m_row += m_french ? QLatin1Char(';') : QLatin1Char(',');
        QString text = QString::number(value, 'f', decimals);
        if (m_french)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        m_row += text;
        return *this;
    }
    CsvWriter &empty() { return cell(QString()); }
    void endRow()
    {
        m_text += m_row + QStringLiteral("\r\n");
        m_row.clear();
    }
    QString write(const QString &path) const
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
        const std::string error =
            data::writeFileAtomically(path.toStdString(), bytes.toStdString());
        return QString::fromStdString(error);
    }

private:
    bool m_french;
    QString m_row;
    QString m_text;
};

QString siteName(const Results &r, std::size_t i)
{
    for (const DestinationProfile &p : r.scenario.destinations) {
        if (p.id == r.evaluation.sites[i].id)
            return Formatter::destinationName(p);
    }
    return QString::fromStdString(r.evaluation.sites[i].name);
}

QString resultsTable(const Results &r, const QString &path)
{
    const Evaluation &ev = r.evaluation;
    CsvWriter csv;
    csv.cell(QCoreApplication::translate("Export", "Destination"))
        .cell(QCoreApplication::translate("Export", "Excluded"))
        .cell(QCoreApplication::translate("Export", "Rank"))
        .cell(QCoreApplication::translate("Export", "Score"))
        .cell(QCoreApplication::translate("Export", "FTE"))
        .cell(QCoreApplication::translate("Export", "Peak agents"))
        .cell(QCoreApplication::translate("Export", "Monthly cost (EUR)"))
        .cell(QCoreApplication::translate("Export", "TCO (EUR)"))
        .cell(QCoreApplication::translate("Export", "Cost per contact (EUR)"))
        .cell(QCoreApplication::translate("Export", "Saving vs onshore (EUR)"))
        .cell(QCoreApplication::translate("Export", "Break-even month"));
    for (Criterion c : AllCriteria)
        csv.cell(QCoreApplication::translate("Export", "Utility: %1")
                     .arg(Formatter::criterionName(c)));
    csv.endRow();
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        const SiteEvaluation &s = ev.sites[i];
        const SiteCost &c = s.cost(ev.view);
        QStringList reasons;
        for (const Exclusion &e : s.exclusions)
            reasons << Formatter::exclusionText(e);
        csv.cell(siteName(r, i)).cell(reasons.join(QStringLiteral("; ")));
        if (s.excluded())
            csv.empty().empty();
        else
            csv.number(s.rank, 0).number(s.score, 4);
        csv.number(s.fte, 1).number(s.staffing.peakAgents, 0).number(c.monthly.total())
            .number(c.tco).number(c.costPerContact);
        if (s.onshore)
            csv.empty().empty();
        else {
            csv.number(c.savingVsOnshore);
            if (c.breakEvenMonth)
                csv.number(*c.breakEvenMonth, 0);
            else
                csv.empty();
        }
        for (Criterion crit : AllCriteria)
            csv.number(s.utility[index(crit)], 4);
        csv.endRow();
    }
    return csv.write(path);
}

QString destinationsTable(const Results &r, const QString &path)
{
    CsvWriter csv;
    csv.cell(QCoreApplication::translate("Export", "Destination"))
        .cell(QCoreApplication::translate("Export", "Figure"))
        .cell(QCoreApplication::translate("Export", "Value"))
        .cell(QCoreApplication::translate("Export", "Source"))
        .cell(QCoreApplication::translate("Export", "As of"))
        .cell(QCoreApplication::translate("Export", "Estimate"));
    csv.endRow();
    for (const DestinationProfile &p : r.scenario.destinations) {
        for (const auto &[key, figure] : p.figures()) {
            csv.cell(Formatter::destinationName(p))
                .cell(QString::fromStdString(key))
                .number(figure->value, 4)
                .cell(QString::fromStdString(figure->provenance.source))
                .cell(QString::fromStdString(figure->provenance.asOf))
                .cell(figure->provenance.estimate ? QCoreApplication::translate("Export", "yes")
                                                  : QString());
            csv.endRow();
        }
    }
    return csv.write(path);
}

QString methodsTable(const Results &r, const QString &path)
{
    CsvWriter csv;
    csv.cell(QCoreApplication::translate("Export", "Destination"));
    for (const mcda::MethodSpec &m : r.methods)
        csv.cell(QCoreApplication::translate("Export", "Rank: %1")
                     .arg(Formatter::methodName(m.method)));
    csv.endRow();
    for (std::size_t row = 0; row < r.rows.size(); ++row) {
        csv.cell(siteName(r, std::size_t(r.rows[row])));
        for (const mcda::Ranking &ranking : r.rankings)
            csv.number(ranking.ranks[row], 0);
        csv.endRow();
    }
    return csv.write(path);
}

} // namespace

QString exportResultsCsv(const Results &results, const QString &path, QStringList *written)
{
    const QFileInfo info(path);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    const QStringList paths{path, stem + QStringLiteral("-destinations.csv"),
                            stem + QStringLiteral("-methods.csv")};
    QString error = resultsTable(results, paths[0]);
    if (error.isEmpty())
        error = destinationsTable(results, paths[1]);
    if (error.isEmpty())
        error = methodsTable(results, paths[2]);
    if (written && error.isEmpty())
        *written = paths;
    return error;
}

} // namespace escale::ui
