// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace escale::cli {

/** A plain-text table with a header row; numbers right-aligned, text left-aligned. */
class TextTable
{
public:
    enum class Align { Left, Right };

    void addColumn(std::string header, Align align);
    void addRow(std::vector<std::string> cells);
    void print(std::ostream &out, const std::string &indent = "") const;

private:
    std::vector<std::string> m_headers;
    std::vector<Align> m_aligns;
    std::vector<std::vector<std::string>> m_rows;
};

/** "1,234,567" with `decimals` decimals. */
std::string groupedNumber(double value, int decimals = 0);
/** "61.2%" */
std::string percent(double share, int decimals = 1);
/** Display width of UTF-8 text (code points). */
std::size_t displayWidth(const std::string &text);

} // namespace escale::cli
