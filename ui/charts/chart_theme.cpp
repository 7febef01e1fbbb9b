// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>

#include <array>

namespace escale::ui::charts {

namespace {
// Colour-blind-friendly site colours (Okabe-Ito blue, vermillion, orange, sky, plus purple,
// brown, grey); none is green, which is kept for the recommended site (accent).
constexpr std::array<QRgb, 8> Palette{0x0072B2, 0xD55E00, 0x7B3294, 0xE69F00,
                                      0x56B4E9, 0xCC79A7, 0x8C6D1F, 0x6A6A6A};
} // namespace

QColor ChartTheme::siteColor(int index)
{
    return QColor::fromRgb(Palette[std::size_t(index) % Palette.size()]);
}

QColor ChartTheme::seriesColor(int index)
{
    static constexpr std::array<QRgb, 8> Components{0x1F4E79, 0x7F9FBF, 0x2E8B57, 0xA9CBA4,
                                                    0xB8860B, 0xE3C16F, 0x8B3A3A, 0xBFBFBF};
    return QColor::fromRgb(Components[std::size_t(index) % Components.size()]);
}

QColor ChartTheme::accent()
{
    return QColor::fromRgb(0x0B6E4F);
}

QColor ChartTheme::muted()
{
    return QColor::fromRgb(0xB0B0B0);
}

QColor ChartTheme::text()
{
    return QColor::fromRgb(0x222222);
}

QFont ChartTheme::titleFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setBold(true);
    return font;
}

QFont ChartTheme::labelFont()
{
    QFont font = QApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

void ChartTheme::apply(QChart *chart)
{
    chart->setTheme(QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation); // live updates must not lag
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(text());
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(text());
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChartTheme::styleAxis(QAbstractAxis *axis)
{
    axis->setLabelsFont(labelFont());
    axis->setLabelsColor(text());
    axis->setTitleFont(labelFont());
    axis->setTitleBrush(text());
    axis->setGridLineColor(QColor::fromRgb(0xE4E4E4));
}

} // namespace escale::ui::charts
