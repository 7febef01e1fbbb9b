// SPDX-License-Identifier: GPL-3.0-or-later
#include "style.h"

#include <array>

namespace escale::ui::style {

namespace {
// Colour-blind-friendly site colours (Okabe-Ito blue, vermillion, orange, sky, plus purple,
// brown, grey); none is green, which is kept for the recommended site (accent).
constexpr std::array<QRgb, 8> SitePalette{0x0072B2, 0xD55E00, 0x7B3294, 0xE69F00,
                                          0x56B4E9, 0xCC79A7, 0x8C6D1F, 0x6A6A6A};
// Series colours in dark/light pairs, one per cost line (sixteen), so that no two lines share one.
constexpr std::array<QRgb, 16> SeriesPalette{
    0x1F4E79, 0x7F9FBF, 0x2E8B57, 0xA9CBA4, 0xB8860B, 0xE3C16F, 0x8B3A3A, 0xBFBFBF,
    0x4B2E83, 0xB39DDB, 0x00838F, 0x80CBC4, 0x6D4C41, 0xBCAAA4, 0xC2185B, 0xF48FB1};
} // namespace

QColor siteColor(int index)
{
    return QColor::fromRgb(SitePalette[std::size_t(index) % SitePalette.size()]);
}

QColor seriesColor(int index)
{
    return QColor::fromRgb(SeriesPalette[std::size_t(index) % SeriesPalette.size()]);
}

QColor accent()
{
    return QColor::fromRgb(0x0B6E4F);
}

QColor muted()
{
    return QColor::fromRgb(0xB0B0B0);
}

QColor text()
{
    return QColor::fromRgb(0x222222);
}

QColor grid()
{
    return QColor::fromRgb(0xE4E4E4);
}

QColor error()
{
    return QColor::fromRgb(0xB00020);
}

QPalette withTextColor(const QPalette &base, const QColor &color)
{
    QPalette palette = base;
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color); // selectable label text is drawn in this role
    return palette;
}

} // namespace escale::ui::style
