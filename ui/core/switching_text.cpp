// SPDX-License-Identifier: GPL-3.0-or-later
#include "switching_text.h"

#include "formatting.h"

#include <algorithm>
#include <cmath>

namespace escale::ui {

namespace {

/** Four significant digits, as few decimals as that needs (at most 4). */
QString significant(double value)
{
    const double a = std::abs(value);
    const int magnitude = a > 0.0 ? int(std::floor(std::log10(a))) : 0;
    const int decimals = std::clamp(3 - magnitude, 0, 4);
    const double shown = std::round(value * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
    return Formatter::number(shown, Formatter::neededDecimals(shown, decimals));
}

} // namespace

QString SwitchingText::label(const SwitchingInput &input)
{
    const std::string &key = input.key;
    if (key == "costs.billed_rate_per_hour")
        return tr("Billed rate");
    if (key == "aht_multiplier")
        return tr("AHT multiplier");
    if (key == "attrition_rate")
        return tr("Attrition rate");
    if (key == "escalators.wage_inflation")
        return tr("Wage inflation");
    if (key == "workload.volume_factor")
        return tr("Total volume");
    return QString::fromStdString(input.label);
}

QString SwitchingText::value(const SwitchingInput &input, double value)
{
    if (input.percentage) {
        const QString share = Formatter::percent(value, Formatter::neededDecimals(value * 100, 2));
        return input.unit == "per year" ? tr("%1 per year").arg(share) : share;
    }
    if (input.unit == "EUR/h")
        return tr("%1 €/h").arg(significant(value));
    if (input.unit == "x")
        return tr("%1×").arg(significant(value));
    return input.unit.empty()
               ? significant(value)
               : significant(value) + QLatin1Char(' ') + QString::fromStdString(input.unit);
}

QString SwitchingText::change(const SwitchingValue &row, double value)
{
    const SwitchingInput &input = switchingInputs()[row.input];
    const QString sign = value >= row.current ? QStringLiteral("+") : QString();
    if (input.percentage)
        return tr("%1%2 pts", "percentage points")
            .arg(sign, Formatter::number((value - row.current) * 100.0, 1));
    if (row.current == 0.0)
        return QStringLiteral("—");
    return sign + Formatter::percent(value / row.current - 1.0, 1);
}

QString SwitchingText::site(const Results &results, const SwitchingValue &row)
{
    return row.site >= 0 ? siteName(results, row.site) : tr("all");
}

QString SwitchingText::outcome(const Results &results, const SwitchingPoint &point)
{
    if (point.winner < 0)
        return tr("none eligible");
    if (point.verdict == Verdict::Split)
        return tr("%1 (split)").arg(siteName(results, point.winner));
    return siteName(results, point.winner);
}

QString SwitchingText::noFlip(const SwitchingValue &row)
{
    SwitchingInput bare = switchingInputs()[row.input];
    if (bare.percentage)
        bare.unit.clear(); // "[0%, 300%]", not "per year" twice
    return tr("no flip within [%1, %2]").arg(value(bare, row.low), value(bare, row.high));
}

QString SwitchingText::sentence(const Results &results, const SwitchingValue &row)
{
    const std::optional<SwitchingPoint> &point = row.nearest();
    if (!point)
        return noFlip(row);
    const SwitchingInput &input = switchingInputs()[row.input];
    const QString then = value(input, point->value);
    const QString now = value(input, row.current);
    const QString name = label(input).toLower();
    const bool up = point->value > row.current;
    QString who;
    if (point->winner < 0)
        who = tr("No destination stays eligible");
    else if (point->verdict == Verdict::Split)
        who = tr("A split led by %1 is recommended").arg(siteName(results, point->winner));
    else
        who = tr("%1 wins").arg(siteName(results, point->winner));
    if (row.site < 0)
        return up ? tr("%1 if the %2 rises above %3 (now %4).").arg(who, name, then, now)
                  : tr("%1 if the %2 falls below %3 (now %4).").arg(who, name, then, now);
    const QString site = siteName(results, row.site);
    return up ? tr("%1 if %2's %3 rises above %4 (now %5).").arg(who, site, name, then, now)
              : tr("%1 if %2's %3 falls below %4 (now %5).").arg(who, site, name, then, now);
}

const SwitchingValue *SwitchingText::nearestSwitch(const SwitchingAnalysis &analysis)
{
    const SwitchingValue *best = nullptr;
    for (const SwitchingValue &row : analysis.values) {
        if (!row.nearest() || row.current == 0.0)
            continue;
        if (!best || std::abs(row.change()) < std::abs(best->change()))
            best = &row;
    }
    return best;
}

} // namespace escale::ui
