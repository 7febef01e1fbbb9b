// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace escale::ui {

/**
 * How a number cell is edited: the editor shows `raw * scale` with `decimals` and `suffix`
 * (a share 0.2109 is edited as "21.09 %"). The range is deliberately wide: limits are the
 * model's business, so that `setData` can refuse a value with a message naming the limit.
 */
struct NumberSpec
{
    double scale = 1.0;
    int decimals = 2;
    double step = 1.0;
    QString suffix;
};

} // namespace escale::ui

Q_DECLARE_METATYPE(escale::ui::NumberSpec)
