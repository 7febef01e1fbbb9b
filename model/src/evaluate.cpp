// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/evaluation.h"

#include "escale/model/cost.h"
#include "escale/model/errors.h"
#include "escale/model/scoring.h"
#include "escale/model/site_metrics.h"

#include <algorithm>
#include <limits>

namespace escale {

namespace {

double monthlyContacts(const Workload &workload)
{
    double total = 0.0;
    for (const ChannelLoad &channel : workload.channels)
        total += channel.monthlyVolume;
    return total;
}

const DestinationProfile *incumbentProfile(const Scenario &scenario)
{
    for (const DestinationProfile &p : scenario.destinations) {
        if (!scenario.incumbent.empty() && p.id == scenario.incumbent)
            return &p;
    }
    return nullptr;
}

} // namespace

SiteEvaluation evaluateSite(const Scenario &scenario, const DestinationProfile &profile,
                            double volumeScale)
{
    const DestinationProfile *incumbent = incumbentProfile(scenario);
    std::optional<SiteEvaluation> current;
    if (incumbent && incumbent->id != profile.id)
        current = evaluateSite(scenario, *incumbent, volumeScale);

    Workload workload = scenario.workload;
    for (ChannelLoad &channel : workload.channels)
        channel.monthlyVolume *= volumeScale;

    SiteEvaluation site;
    site.id = profile.id;
    site.name = profile.name;
    site.onshore = profile.onshore;
    site.staffing = staff(workload, profile.ahtMultiplier.value);
    const SiteSizing size = sizeSite(site.staffing, profile, scenario.cost);
    site.fte = size.agentFte;
    site.supportFte = size.supportFte;
    site.seats = size.seats;
    site.productiveHoursPerMonth = size.productiveHoursPerMonth;
    site.coverage = coverage(site.staffing, profile);

    CostInputs inputs;
    inputs.profile = &profile;
    inputs.staffing = &site.staffing;
    inputs.coverage = site.coverage;
    inputs.assumptions = scenario.cost;
    inputs.rates = &scenario.exchangeRates;
    inputs.horizonMonths = scenario.horizonMonths;
    inputs.incumbent = !scenario.incumbent.empty() && scenario.incumbent == profile.id;
    inputs.monthlyContacts = monthlyContacts(workload);
    inputs.parallelRun = current ? &current->inHouse : nullptr;
    site.inHouse = priceSite(inputs, CostView::InHouse);
    inputs.parallelRun = current ? &current->vendor : nullptr;
    site.vendor = priceSite(inputs, CostView::Vendor);

    site.languageFit = languageFit(scenario.workload.languages, profile);
    site.quality = qualityScore(profile);
    site.risk = riskScore(profile);
    site.sectorShare = profile.sectorJobs.value > 0.0 ? site.fte / profile.sectorJobs.value
                                                      : std::numeric_limits<double>::infinity();
    return site;
}

Evaluation evaluate(const Scenario &scenario)
{
    if (scenario.destinations.empty())
        throw InputError("destinations", "the scenario has no destination to compare");

    Evaluation evaluation;
    evaluation.monthlyContacts = monthlyContacts(scenario.workload);
    evaluation.sites.reserve(scenario.destinations.size());
    for (const DestinationProfile &profile : scenario.destinations)
        evaluation.sites.push_back(evaluateSite(scenario, profile));

    const auto onshore = std::find_if(evaluation.sites.begin(), evaluation.sites.end(),
                                      [](const SiteEvaluation &s) { return s.onshore; });
    if (onshore != evaluation.sites.end()) {
        for (SiteEvaluation &site : evaluation.sites) {
            if (&site == &*onshore)
                continue;
            compareToOnshore(site.inHouse, onshore->inHouse);
            compareToOnshore(site.vendor, onshore->vendor);
        }
    }
    scoreAndRecommend(evaluation, scenario);
    return evaluation;
}

Evaluation rescore(const Evaluation &previous, const Scenario &scenario)
{
    Evaluation next = previous;
    scoreAndRecommend(next, scenario);
    return next;
}

std::vector<int> Evaluation::eligible() const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (!sites[i].excluded())
            out.push_back(int(i));
    }
    return out;
}

bool rescoreSuffices(const Scenario &before, const Scenario &after)
{
    Scenario aligned = before;
    aligned.weights = after.weights;
    aligned.method = after.method;
    aligned.constraints = after.constraints;
    aligned.cost.view = after.cost.view;
    aligned.name = after.name;
    aligned.client = after.client;
    aligned.description = after.description;
    return aligned == after;
}

const char *verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Onshore:
        return "onshore";
    case Verdict::Offshore:
        return "offshore";
    case Verdict::Split:
        return "split";
    case Verdict::NoEligibleSite:
        return "none";
    }
    return "none";
}

const char *exclusionKey(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::LanguageBelowMinimum:
        return "language";
    case ExclusionReason::RiskAboveMaximum:
        return "risk";
    case ExclusionReason::CapacityExceeded:
        return "capacity";
    case ExclusionReason::CoverageBelowMinimum:
        return "coverage";
    }
    return "capacity";
}

const char *costViewKey(CostView view)
{
    return view == CostView::Vendor ? "vendor" : "inhouse";
}

} // namespace escale
