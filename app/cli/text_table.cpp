// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace escale::cli {

std::size_t displayWidth(const std::string &text)
{
    std::size_t width = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80)
            ++width;
    }
    return width;
}

void TextTable::addColumn(std::string header, Align align)
{
    m_headers.push_back(std::move(header));
    m_aligns.push_back(align);
}

void TextTable::addRow(std::vector<std::string> cells)
{
    cells.resize(m_headers.size());
    m_rows.push_back(std::move(cells));
}

void TextTable::print(std::ostream &out, const std::string &indent) const
{
    std::vector<std::size_t> widths(m_headers.size());
    for (std::size_t c = 0; c < m_headers.size(); ++c) {
        widths[c] = displayWidth(m_headers[c]);
        for (const auto &row : m_rows)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    }
    auto line = [&](const std::vector<std::string> &cells) {
        std::string text = indent;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const std::string pad(widths[c] - displayWidth(cells[c]), ' ');
            text += m_aligns[c] == Align::Right ? pad + cells[c] : cells[c] + pad;
            if (c + 1 < cells.size())
                text += "  ";
        }
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        out << text << '\n';
    };
    line(m_headers);
    std::vector<std::string> rule;
    for (std::size_t w : widths)
        rule.push_back(std::string(w, '-'));
    line(rule);
    for (const auto &row : m_rows)
        line(row);
}

std::string groupedNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return "n/a";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, std::abs(value));
    std::string digits(buffer);
    const std::size_t dot = digits.find('.');
    std::string integer = digits.substr(0, dot);
    const std::string fraction = dot == std::string::npos ? "" : digits.substr(dot);
    std::string grouped;
    for (std::size_t i = 0; i < integer.size(); ++i) {
        if (i > 0 && (integer.size() - i) % 3 == 0)
            grouped += ',';
        grouped += integer[i];
    }
    const bool negative = value < 0 && std::stod(buffer) != 0.0;
    return (negative ? "-" : "") + grouped + fraction;
}

std::string percent(double share, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f%%", decimals, share * 100.0);
    return buffer;
}

} // namespace escale::cli
