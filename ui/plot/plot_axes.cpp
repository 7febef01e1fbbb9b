// SPDX-License-Identifier: GPL-3.0-or-later
#include "result_plots.h"

#include "core/formatting.h"

#include <algorithm>
#include <cmath>

namespace escale::ui::plot {

Axis moneyAxis(double min, double max, int targetTicks)
{
    if (!(max > min)) // also catches NaN
        max = min + 1.0;
    const double raw = (max - min) / std::max(1, targetTicks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10.0 * magnitude;
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw) {
            step = factor * magnitude;
            break;
        }
    }
    Axis axis;
    axis.min = std::floor(min / step) * step;
    axis.max = std::ceil(max / step) * step;
    const auto ticks = int(std::lround((axis.max - axis.min) / step));
    QStringList seen;
    for (int i = 0; i <= ticks; ++i) {
        const double value = axis.min + i * step;
        const QString label = Formatter::moneyShort(std::abs(value) < step / 2 ? 0.0 : value);
        if (seen.contains(label)) // labels must be unique on a category axis
            continue;
        seen << label;
        axis.ticks.push_back({value, label});
    }
    return axis;
}

Axis percentAxis()
{
    Axis axis;
    axis.min = 0.0;
    axis.max = 100.0;
    for (int v = 0; v <= 100; v += 20)
        axis.ticks.push_back({double(v), Formatter::percent(v / 100.0, 0)});
    return axis;
}

QString elideLabel(const QString &text, int maxChars)
{
    if (text.size() <= maxChars || maxChars < 2)
        return text;
    return QString(text.left(maxChars - 1).trimmed() + QChar(0x2026));
}

} // namespace escale::ui::plot
