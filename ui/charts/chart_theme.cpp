// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_theme.h"

#include "core/style.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>

#include <array>

namespace escale::ui::charts {

QColor ChartTheme::siteColor(int index)
{
    return style::siteColor(index);
}

QColor ChartTheme::seriesColor(int index)
{
    return style::seriesColor(index);
}

QColor ChartTheme::accent()
{
    return style::accent();
}

QColor ChartTheme::muted()
{
    return style::muted();
}

QColor ChartTheme::text()
{
    return style::text();
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
    axis->setGridLineColor(style::grid());
}

} // namespace escale::ui::charts
