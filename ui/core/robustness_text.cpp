// SPDX-License-Identifier: GPL-3.0-or-later
#include "robustness_text.h"

#include "core/formatting.h"

#include <algorithm>
#include <cmath>

namespace escale::ui {

QString RobustnessText::stabilitySentence(const Results &results, const mcda::WeightStability &s)
{
    const QString winner = rowName(results, results.winnerRow());
    const QString criterion
        = Formatter::criterionName(AllCriteria[std::size_t(s.criterion)]).toLower();
    if (s.topLow <= 0.0 && s.topHigh >= 1.0 && !s.takesOverBelow && !s.takesOverAbove)
        return tr("%1 stays first whatever the %2 weight.").arg(winner, criterion);
    // Whole percents, unless a bound would then read like the current weight.
    const auto points = [](double share) { return std::lround(share * 100.0); };
    const int decimals
        = points(s.topLow) == points(s.weight) || points(s.topHigh) == points(s.weight) ? 1 : 0;
    QString text = tr("%1 stays first while the %2 weight is between %3 and %4 (now %5)")
                       .arg(winner, criterion, Formatter::percent(s.topLow, decimals),
                            Formatter::percent(s.topHigh, decimals),
                            Formatter::percent(s.weight, decimals));
    if (s.takesOverBelow && s.takesOverAbove)
        text += tr("; below, %1 takes over; above, %2.")
                    .arg(rowName(results, *s.takesOverBelow), rowName(results, *s.takesOverAbove));
    else if (s.takesOverBelow)
        text += tr("; below, %1 takes over.").arg(rowName(results, *s.takesOverBelow));
    else if (s.takesOverAbove)
        text += tr("; above, %1 takes over.").arg(rowName(results, *s.takesOverAbove));
    else
        text += QLatin1Char('.');
    return text;
}

QString RobustnessText::mostSensitiveSentence(const Results &results)
{
    if (results.stability.empty())
        return tr("The stability of the ranking needs at least two eligible destinations.");
    const auto slack = [](const mcda::WeightStability &s) {
        const double below = s.takesOverBelow ? s.weight - s.topLow : 1.0;
        const double above = s.takesOverAbove ? s.topHigh - s.weight : 1.0;
        return std::min(below, above);
    };
    const auto tightest = std::min_element(
        results.stability.begin(), results.stability.end(),
        [&](const mcda::WeightStability &a, const mcda::WeightStability &b) {
            return slack(a) < slack(b);
        });
    return stabilitySentence(results, *tightest);
}

QString RobustnessText::winningChangeSentence(const Results &results, const mcda::WinningChange &c)
{
    const QString name = rowName(results, c.alternative);
    if (c.alreadyBest)
        return tr("%1 already ranks first.").arg(name);
    if (!c.possible)
        return tr("No change of a single weight makes %1 first: several criteria would have to "
                  "change together.")
            .arg(name);
    const QString criterion
        = Formatter::criterionName(AllCriteria[std::size_t(c.criterion)]).toLower();
    const double points = std::abs(c.change()) * 100.0;
    return tr("%1 would rank first if the %2 weight went from %3 to %4 (%5 points %6), the "
              "other weights rescaled in proportion.")
        .arg(name, criterion, Formatter::percent(c.fromWeight), Formatter::percent(c.toWeight),
             Formatter::number(points, 1), c.change() > 0 ? tr("up") : tr("down"));
}

} // namespace escale::ui
