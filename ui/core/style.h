// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace escale::ui::style {

/**
 * The colours of Escale, in one place for the pages, the charts on screen and the PDF report:
 * a sober palette where each destination keeps its colour everywhere, the recommended site is
 * drawn in the accent colour (a green no destination uses), and errors in one red.
 */

/** Colour of destination number `index` (scenario order); stable across charts. */
QColor siteColor(int index);
/** Colour for series that are not destinations (cost components, ...). */
QColor seriesColor(int index);
QColor accent(); ///< the recommended site, headings of the report
QColor muted(); ///< excluded sites
QColor text(); ///< chart text
QColor grid(); ///< chart grid lines
QColor error(); ///< a refused value, an inconsistent judgement, a total that is off

/** `base` with its text roles (WindowText and Text) in `color`. */
QPalette withTextColor(const QPalette &base, const QColor &color);

} // namespace escale::ui::style
