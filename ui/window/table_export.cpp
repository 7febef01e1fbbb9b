// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_export.h"

#include "export_tables.h"
#include "xlsx_export.h"

#include "core/formatting.h"

#include "escale/data/atomic_file.h"

#include <QFileInfo>

namespace escale::ui {

namespace {

/** One table as CSV text: texts quoted, numbers bare with their decimals, CRLF line ends. */
class CsvWriter
{
public:
    CsvWriter()
        : m_french(Formatter::french())
    {}

    void text(const QString &text)
    {
        separate();
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        m_text += QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    void number(double value, int decimals)
    {
        separate();
        QString text = QString::number(value, 'f', decimals);
        if (m_french)
            text.replace(QLatin1Char('.'), QLatin1Char(','));
        m_text += text;
    }
    void cell(const ExportCell &cell)
    {
        if (cell.kind == ExportCell::Kind::Number)
            number(cell.number, cell.decimals);
        else
            text(cell.text); // an empty cell is an empty quoted text
    }
    void endRow()
    {
        m_text += QStringLiteral("\r\n");
        m_rowStarted = false;
    }
    Status write(const QString &path) const
    {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
        const data::Status written = data::writeFileAtomically(path.toStdString(),
                                                               bytes.toStdString());
        if (!written)
            return QString::fromStdString(written.error());
        return Status::success();
    }

private:
    void separate()
    {
        if (m_rowStarted)
            m_text += m_french ? QLatin1Char(';') : QLatin1Char(',');
        m_rowStarted = true;
    }

    bool m_french;
    bool m_rowStarted = false;
    QString m_text;
};

Status writeCsv(const ExportTable &table, const QString &path)
{
    CsvWriter csv;
    for (const QString &title : table.header)
        csv.text(title);
    csv.endRow();
    for (const std::vector<ExportCell> &row : table.rows) {
        for (const ExportCell &cell : row)
            csv.cell(cell);
        csv.endRow();
    }
    return csv.write(path);
}

} // namespace

Status exportResultsCsv(const Results &results, const QString &path, QStringList *written)
{
    const QFileInfo info(path);
    const QString stem = info.path() + QLatin1Char('/') + info.completeBaseName();
    const std::vector<ExportTable> tables = buildExportTables(results);
    QStringList paths;
    for (const ExportTable &table : tables) {
        // The first table takes the chosen name, the others "<stem>-<id>.csv" beside it.
        const QString file = paths.isEmpty()
                                 ? path
                                 : stem + QLatin1Char('-') + table.id + QStringLiteral(".csv");
        if (Status status = writeCsv(table, file); !status)
            return status;
        paths << file;
    }
    if (written)
        *written = paths;
    return Status::success();
}

Status exportResultsXlsx(const Results &results, const QString &path)
{
    return writeXlsxWorkbook(buildExportTables(results), path);
}

} // namespace escale::ui
