// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSizeF>

namespace escale::ui::report {

/**
 * Units and look of the PDF report. Layout is done in dots of 1/720 inch (0.1 pt), which are
 * the PDF's device pixels (the writer runs at 720 dpi), so nothing depends on the screen.
 * Fonts are set in pixels (dots), so a preview painted at another resolution only scales.
 */
inline constexpr int Dpi = 720;
constexpr qreal pt(qreal points)
{
    return points * Dpi / 72.0;
}
constexpr qreal mm(qreal millimetres)
{
    return millimetres * Dpi / 25.4;
}

struct ReportStyle
{
    /** A4 portrait in dots. */
    static QSizeF pageSize() { return {mm(210.0), mm(297.0)}; }
    /** The text area: 20 mm margins, a little more at the top and bottom for header and footer. */
    static QRectF contentRect()
    {
        return QRectF(mm(20.0), mm(24.0), mm(170.0), mm(297.0 - 24.0 - 22.0));
    }

    /** Carlito with DejaVu Sans as fallback, at `points` (pixel-sized in dots). */
    static QFont font(qreal points, bool bold = false, bool italic = false);

    static QColor accent(); ///< ChartTheme::accent(): headings, rules, the winner
    static QColor accentPale(); ///< light tint of the accent for highlighted cells
    static QColor text();
    static QColor muted(); ///< captions, notes, header and footer
    static QColor rule(); ///< thin table rules
    static QColor shade(); ///< alternate table rows

    static constexpr qreal BodySize = 10.0;
    static constexpr qreal SmallSize = 8.5;
    static constexpr qreal TableSize = 8.5;
};

} // namespace escale::ui::report
