// SPDX-License-Identifier: GPL-3.0-or-later
#include "result_chart_support.h"

#include "chart_theme.h"

#include "core/formatting.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLocale>

#include <cmath>

namespace escale::ui::charts {

void prepareResultChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartTheme::apply(chart);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

QString elideLabel(const QString &text, int maxChars)
{
    if (text.size() <= maxChars || maxChars < 2)
        return text;
    return QString(text.left(maxChars - 1).trimmed() + QChar(0x2026));
}

QCategoryAxis *createMoneyAxis(double min, double max, int targetTicks)
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
    const double low = std::floor(min / step) * step;
    const double high = std::ceil(max / step) * step;

    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(low);
    axis->setRange(low, high);
    const auto ticks = int(std::lround((high - low) / step));
    for (int i = 0; i <= ticks; ++i) {
        const double value = low + i * step;
        const QString label = Formatter::moneyShort(std::abs(value) < step / 2 ? 0.0 : value);
        if (!axis->categoriesLabels().contains(label)) // labels must be unique
            axis->append(label, value);
    }
    ChartTheme::styleAxis(axis);
    return axis;
}

} // namespace escale::ui::charts
