// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace escale::test {

/** True when pdfinfo, pdftotext and pdffonts were found at configure time. */
bool havePoppler();

struct PdfInfo
{
    int pages = 0;
    double width = 0.0; ///< points
    double height = 0.0;
};

PdfInfo pdfInfo(const std::string &pdf);
/** The text of the PDF (pdftotext, reading order). */
std::string pdfText(const std::string &pdf);
/** The text with every run of white space (non-breaking spaces included) as one space. */
std::string squeezed(const std::string &text);

struct PdfFont
{
    std::string name;
    bool embedded = false;
};
std::vector<PdfFont> pdfFonts(const std::string &pdf);

} // namespace escale::test
