// SPDX-License-Identifier: GPL-3.0-or-later
#include "poppler.h"

#include "process.h"

#include <gtest/gtest.h>

#include <regex>
#include <sstream>
#include <stdexcept>

namespace escale::test {

namespace {

std::string run(const char *tool, const std::vector<std::string> &args)
{
    const ProcessResult result = runProcess(tool, args);
    if (result.exitCode != 0)
        throw std::runtime_error(std::string(tool) + " failed: " + result.err);
    return result.out;
}

} // namespace

bool havePoppler()
{
    // find_program() leaves "<VAR>-NOTFOUND" when a tool is missing.
    const auto found = [](const char *path) { return path[0] == '/'; };
    return found(ESCALE_PDFINFO) && found(ESCALE_PDFTOTEXT) && found(ESCALE_PDFFONTS);
}

PdfInfo pdfInfo(const std::string &pdf)
{
    const std::string text = run(ESCALE_PDFINFO, {pdf});
    PdfInfo info;
    std::smatch m;
    if (std::regex_search(text, m, std::regex(R"(Pages:\s+(\d+))")))
        info.pages = std::stoi(m[1]);
    if (std::regex_search(text, m, std::regex(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)"))) {
        info.width = std::stod(m[1]);
        info.height = std::stod(m[2]);
    }
    // A pdfinfo whose output no longer parses must fail the test that asked, not pass on zeros.
    EXPECT_GT(info.pages, 0) << "pdfinfo printed no page count:\n" << text;
    EXPECT_GT(info.width, 0.0) << "pdfinfo printed no page size:\n" << text;
    return info;
}

std::string pdfText(const std::string &pdf)
{
    return run(ESCALE_PDFTOTEXT, {"-enc", "UTF-8", pdf, "-"});
}

std::string squeezed(const std::string &text)
{
    // Non-breaking, narrow non-breaking and thin spaces count as spaces.
    const std::regex spaces("(\\s|\xC2\xA0|\xE2\x80\xAF|\xE2\x80\x89)+");
    return std::regex_replace(text, spaces, " ");
}

std::vector<PdfFont> pdfFonts(const std::string &pdf)
{
    std::istringstream lines(run(ESCALE_PDFFONTS, {pdf}));
    std::vector<PdfFont> fonts;
    std::string line;
    int row = 0;
    while (std::getline(lines, line)) {
        if (++row <= 2 || line.empty()) // header and dashes
            continue;
        // name, type (may hold spaces), encoding, emb, sub, uni, object, id: read from the end.
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string word; words >> word;)
            w.push_back(word);
        if (w.size() < 7)
            continue;
        fonts.push_back(PdfFont{w.front(), w[w.size() - 5] == "yes"});
    }
    EXPECT_FALSE(fonts.empty()) << "pdffonts listed no font:\n" << lines.str();
    return fonts;
}

} // namespace escale::test
