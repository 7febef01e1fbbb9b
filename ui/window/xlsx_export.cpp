// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsx_export.h"

#include "escale/data/atomic_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace escale::ui {

namespace {

constexpr int SheetNameMax = 31; // Excel's limit, in characters
constexpr double MinColumnWidth = 6.0;
constexpr double MaxColumnWidth = 60.0;

QString workbookError(const QString &path, const QString &cause)
{
    return QCoreApplication::translate("Export", "Cannot write the workbook %1: %2")
        .arg(QDir::toNativeSeparators(path), cause);
}

/** Cell formats of one workbook: bold header, and one number format per number of decimals. */
class Formats
{
public:
    explicit Formats(lxw_workbook *workbook)
        : m_workbook(workbook)
        , m_header(workbook_add_format(workbook))
    {
        format_set_bold(m_header);
    }
    lxw_format *header() const { return m_header; }
    lxw_format *number(int decimals)
    {
        decimals = std::clamp(decimals, 0, 10);
        auto found = m_numbers.find(decimals);
        if (found != m_numbers.end())
            return found->second;
        // "#,##0.00": thousands grouped, `decimals` places; each spreadsheet shows the grouping
        // and the decimal mark of its own locale.
        QByteArray code("#,##0");
        if (decimals > 0)
            code += '.' + QByteArray(decimals, '0');
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_num_format(format, code.constData());
        m_numbers.emplace(decimals, format);
        return format;
    }

private:
    lxw_workbook *m_workbook;
    lxw_format *m_header;
    std::map<int, lxw_format *> m_numbers;
};

/** About how many characters `cell` takes on screen (numbers with their grouping). */
int displayLength(const ExportCell &cell)
{
    switch (cell.kind) {
    case ExportCell::Kind::Empty:
        return 0;
    case ExportCell::Kind::Text: {
        int longest = 0;
        for (const QString &line : cell.text.split(QLatin1Char('\n')))
            longest = std::max(longest, int(line.size()));
        return longest;
    }
    case ExportCell::Kind::Number: {
        const QString text = QString::number(std::abs(cell.number), 'f', cell.decimals);
        const int integerDigits = int(
            text.indexOf(QLatin1Char('.')) < 0 ? text.size() : text.indexOf(QLatin1Char('.')));
        return int(text.size()) + (integerDigits - 1) / 3 + (cell.number < 0 ? 1 : 0);
    }
    }
    return 0;
}

/** Writes one table to `sheet`; returns the first libxlsxwriter error, or LXW_NO_ERROR. */
lxw_error writeSheet(lxw_worksheet *sheet, const ExportTable &table, Formats &formats)
{
    lxw_error first = LXW_NO_ERROR;
    const auto keep = [&first](lxw_error error) {
        if (first == LXW_NO_ERROR)
            first = error;
    };
    const auto columns = lxw_col_t(table.header.size());
    std::vector<int> widths(columns, 0);
    for (lxw_col_t col = 0; col < columns; ++col) {
        const QString &title = table.header[qsizetype(col)];
        keep(worksheet_write_string(sheet, 0, col, title.toUtf8().constData(), formats.header()));
        widths[col] = int(title.size()) + 1; // bold is wider
    }
    lxw_row_t row = 1;
    for (const std::vector<ExportCell> &cells : table.rows) {
        for (lxw_col_t col = 0; col < lxw_col_t(cells.size()); ++col) {
            const ExportCell &cell = cells[col];
            if (col < columns)
                widths[col] = std::max(widths[col], displayLength(cell));
            if (cell.kind == ExportCell::Kind::Text && !cell.text.isEmpty())
                keep(worksheet_write_string(sheet, row, col, cell.text.toUtf8().constData(),
                                            nullptr));
            else if (cell.kind == ExportCell::Kind::Number && std::isfinite(cell.number))
                keep(worksheet_write_number(sheet, row, col, cell.number,
                                            formats.number(cell.decimals)));
        }
        ++row;
    }
    for (lxw_col_t col = 0; col < columns; ++col) {
        const double width = std::clamp(widths[col] + 2.0, MinColumnWidth, MaxColumnWidth);
        keep(worksheet_set_column(sheet, col, col, width, nullptr));
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (columns > 0)
        keep(worksheet_autofilter(sheet, 0, 0, row - 1, columns - 1));
    return first;
}

/** A sheet name not used yet in the workbook (Excel compares them case-insensitively). */
QString uniqueSheetName(const QString &name, QStringList &used)
{
    QString candidate = xlsxSheetName(name);
    for (int n = 2; used.contains(candidate, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = xlsxSheetName(name.left(SheetNameMax - suffix.size()) + suffix);
    }
    used << candidate;
    return candidate;
}

} // namespace

QString xlsxSheetName(const QString &name)
{
    QString result;
    for (const QChar c : name)
        result += QStringLiteral("[]:*?/\\").contains(c) ? QLatin1Char('-') : c;
    result = result.simplified();
    if (result.size() > SheetNameMax) {
        result.truncate(SheetNameMax);
        if (result.back().isHighSurrogate())
            result.chop(1);
    }
    // A name may not start or end with an apostrophe.
    while (result.startsWith(QLatin1Char('\'')))
        result.remove(0, 1);
    while (result.endsWith(QLatin1Char('\'')))
        result.chop(1);
    return result.isEmpty() ? QStringLiteral("Sheet") : result;
}

Status writeXlsxWorkbook(const std::vector<ExportTable> &tables, const QString &path)
{
    // libxlsxwriter writes a file by name; it builds the workbook in a temporary file, whose
    // bytes then replace `path` atomically.
    QTemporaryFile temporary(QDir::tempPath() + QStringLiteral("/escale-XXXXXX.xlsx"));
    if (!temporary.open())
        return workbookError(path, temporary.errorString());
    temporary.close();

    lxw_workbook *workbook = workbook_new(QFile::encodeName(temporary.fileName()).constData());
    if (!workbook)
        return workbookError(path, QString::fromUtf8(lxw_strerror(LXW_ERROR_CREATING_XLSX_FILE)));
    Formats formats(workbook);
    lxw_error error = LXW_NO_ERROR;
    QStringList used;
    for (const ExportTable &table : tables) {
        const QByteArray name = uniqueSheetName(table.name, used).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
        error = sheet ? writeSheet(sheet, table, formats) : LXW_ERROR_PARAMETER_VALIDATION;
        if (error != LXW_NO_ERROR)
            break;
    }
    if (error != LXW_NO_ERROR) {
        lxw_workbook_free(workbook);
        return workbookError(path, QString::fromUtf8(lxw_strerror(error)));
    }
    error = workbook_close(workbook); // writes the file and frees the workbook
    if (error != LXW_NO_ERROR)
        return workbookError(path, QString::fromUtf8(lxw_strerror(error)));

    QFile built(temporary.fileName());
    if (!built.open(QIODevice::ReadOnly))
        return workbookError(path, built.errorString());
    const QByteArray bytes = built.readAll();
    built.close();
    const data::Status written = data::writeFileAtomically(path.toStdString(), bytes.toStdString());
    if (!written)
        return QString::fromStdString(written.error());
    return Status::success();
}

} // namespace escale::ui
