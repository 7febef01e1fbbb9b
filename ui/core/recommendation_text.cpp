// SPDX-License-Identifier: GPL-3.0-or-later
#include "recommendation_text.h"

#include "formatting.h"

#include "escale/model/recommendation.h"

#include <cmath>

namespace escale::ui {

RecommendationText::RecommendationText(const Results &results)
    : m_results(results)
{}

QString RecommendationText::siteName(int index) const
{
    return ui::siteName(m_results, index);
}

QString RecommendationText::headline() const
{
    const Recommendation &r = m_results.evaluation.recommendation;
    switch (r.verdict) {
    case Verdict::Onshore:
        return tr("Stay onshore in %1.").arg(siteName(r.best));
    case Verdict::Offshore:
        return tr("Move offshore to %1.").arg(siteName(r.best));
    case Verdict::Split:
        return tr("Split the work: %1 of the volume to %2, which its sector can absorb, the rest "
                  "to %3.")
            .arg(Formatter::percent(r.split->primaryShare, 0), siteName(r.split->primary),
                 siteName(r.split->secondary));
    case Verdict::NoEligibleSite:
        return tr("No destination meets the constraints: relax a constraint to get a "
                  "recommendation.");
    }
    return {};
}

QString RecommendationText::margin() const
{
    const Recommendation &r = m_results.evaluation.recommendation;
    if (r.best < 0)
        return {};
    // The method's score among the compared sites: for a split the lead site is excluded from
    // ranking alone, and its SiteEvaluation::score is 0.
    const double score = r.bestScore;
    if (r.runnerUp < 0)
        return tr("%1 is the only eligible destination (score %2).")
            .arg(siteName(r.best), Formatter::number(score, 3));
    // A relative margin only means something for scores on a 0..1 scale.
    const bool unitScale = r.method.method == mcda::Method::Wsm
                           || r.method.method == mcda::Method::Topsis
                           || r.method.method == mcda::Method::Vikor;
    if (!unitScale)
        return tr("%1 scores %2, %3 points ahead of %4 under %5.")
            .arg(siteName(r.best), Formatter::number(score, 3), Formatter::number(r.margin, 3),
                 siteName(r.runnerUp), Formatter::methodName(r.method.method));
    return tr("%1 scores %2, %3 points (%4) ahead of %5 under %6.")
        .arg(siteName(r.best), Formatter::number(score, 3), Formatter::number(r.margin, 3),
             Formatter::percent(r.marginShare), siteName(r.runnerUp),
             Formatter::methodName(r.method.method));
}

QString RecommendationText::saving() const
{
    const Evaluation &ev = m_results.evaluation;
    const Recommendation &r = ev.recommendation;
    if (r.best < 0)
        return {};
    if (r.split)
        return splitSaving();
    const SiteEvaluation &best = ev.sites[std::size_t(r.best)];
    if (best.onshore)
        return {};
    const SiteCost &c = best.cost(ev.view);
    const int months = m_results.scenario.horizonMonths;
    if (c.savingVsOnshore <= 0.0)
        return tr("It costs %1 more than onshore over %2 months: it wins on the other criteria.")
            .arg(Formatter::money(-c.savingVsOnshore), QString::number(months));
    QString text = tr("It saves %1 (%2) against onshore over %3 months")
                       .arg(Formatter::money(c.savingVsOnshore), Formatter::percent(c.savingShare),
                            QString::number(months));
    if (c.breakEvenMonth)
        text += tr(", transition included, and breaks even in month %1.").arg(*c.breakEvenMonth);
    else
        text += tr(", but does not break even within the horizon.");
    return text;
}

QString RecommendationText::splitParts() const
{
    const Recommendation &r = m_results.evaluation.recommendation;
    if (!r.split)
        return {};
    const SplitPlan &split = *r.split;
    return tr("%1 takes %2 of the volume (%3 FTE, %4) and %5 takes %6 (%7 FTE, %8): %9 in all "
              "over %10 months.")
        .arg(siteName(split.primary), Formatter::percent(split.primaryShare, 0),
             Formatter::number(split.primaryFte, 1), Formatter::money(split.primaryTco),
             siteName(split.secondary), Formatter::percent(split.secondaryShare(), 0),
             Formatter::number(split.secondaryFte, 1), Formatter::money(split.secondaryTco),
             Formatter::money(split.tco))
        .arg(m_results.scenario.horizonMonths);
}

QString RecommendationText::splitSaving() const
{
    const SplitPlan &split = *m_results.evaluation.recommendation.split;
    QString text = splitParts();
    if (split.onshore < 0)
        return text;
    const SiteCost &c = split.cost;
    const QString onshore = siteName(split.onshore);
    if (c.savingVsOnshore <= 0.0)
        return text + QLatin1Char(' ')
               + tr("The split costs %1 more than putting all the work in %2: it wins on the other "
                    "criteria.")
                     .arg(Formatter::money(-c.savingVsOnshore), onshore);
    QString saving = tr("The split saves %1 (%2) against putting all the work in %3")
                         .arg(Formatter::money(c.savingVsOnshore),
                              Formatter::percent(c.savingShare), onshore);
    if (c.breakEvenMonth)
        saving += tr(", transition included, and breaks even in month %1.").arg(*c.breakEvenMonth);
    else
        saving += tr(", but does not break even within the horizon.");
    return text + QLatin1Char(' ') + saving;
}

QString RecommendationText::decidingCriteria() const
{
    QString text = criteriaSentence();
    if (const QString how = decompositionNote(); !text.isEmpty() && !how.isEmpty())
        text += QLatin1Char(' ') + how;
    return text;
}

QString RecommendationText::criteriaSentence() const
{
    const Recommendation &r = m_results.evaluation.recommendation;
    if (r.runnerUp < 0 || r.contributions.empty())
        return {};
    QStringList favour, against;
    for (const Contribution &c : byMarginContribution(r)) {
        const double part = c.marginContribution;
        if (std::abs(part) < 0.0005)
            continue;
        const QString item = QStringLiteral("%1 (%2%3)")
                                 .arg(Formatter::criterionName(c.criterion).toLower(),
                                      part > 0 ? QStringLiteral("+") : QString(),
                                      Formatter::number(part, 3));
        (part > 0 ? favour : against).append(item);
    }
    QString text;
    if (!favour.isEmpty())
        text = tr("Against %1 it wins on %2").arg(siteName(r.runnerUp), favour.join(tr(", ")));
    if (!against.isEmpty())
        text += (text.isEmpty() ? tr("It loses on %1").arg(against.join(tr(", ")))
                                : tr(" and loses on %1").arg(against.join(tr(", "))));
    return text.isEmpty() ? QString() : text + QLatin1Char('.');
}

QString RecommendationText::decompositionNote() const
{
    const Recommendation &r = m_results.evaluation.recommendation;
    const QString method = Formatter::methodName(r.method.method);
    switch (r.decomposition) {
    case mcda::MarginDecomposition::WeightedSum:
        if (r.method.normalization == mcda::Normalization::None)
            return {}; // weight x utility gap: what the figures plainly read as
        return tr("Each figure is the criterion's weight times the gap between the two "
                  "normalised utilities (%1 normalisation).")
            .arg(Formatter::normalizationName(r.method.normalization));
    case mcda::MarginDecomposition::NetFlow:
        return tr("Each figure is the criterion's weight times the gap between the two net flows "
                  "on it; they add up to the %1-point %2 lead.")
            .arg(Formatter::number(r.margin, 3), method);
    case mcda::MarginDecomposition::Shapley:
        return tr("%1 does not add up criterion by criterion: each figure is the criterion's "
                  "Shapley share of the %2-point lead, and they add up to it.")
            .arg(method, Formatter::number(r.margin, 3));
    }
    return {};
}

QString RecommendationText::methodAgreement() const
{
    const Recommendation &r = m_results.evaluation.recommendation;
    if (r.methods.empty())
        return {};
    if (r.methodsAgree)
        return tr("WSM, TOPSIS, VIKOR and PROMETHEE II all pick %1.").arg(siteName(r.best));
    QStringList parts;
    for (const MethodOutcome &m : r.methods)
        parts << tr("%1: %2", "method: winner")
                     .arg(Formatter::methodName(m.method.method), siteName(m.winner));
    return tr("The methods disagree (%1): treat the choice as close.").arg(parts.join(tr(", ")));
}

QStringList RecommendationText::exclusions() const
{
    QStringList lines;
    const Evaluation &ev = m_results.evaluation;
    for (std::size_t i = 0; i < ev.sites.size(); ++i) {
        if (!ev.sites[i].excluded())
            continue;
        QStringList reasons;
        for (const Exclusion &e : ev.sites[i].exclusions)
            reasons << Formatter::exclusionText(e);
        lines << tr("%1 is excluded: %2.").arg(siteName(int(i)), reasons.join(tr("; ")));
    }
    return lines;
}

QString RecommendationText::summary() const
{
    QStringList parts{headline(), margin(), saving(), decidingCriteria(), methodAgreement()};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace escale::ui
