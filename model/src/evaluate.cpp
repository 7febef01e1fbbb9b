// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/evaluation.h"

#include "escale/model/cost.h"
#include "escale/model/errors.h"
#include "escale/model/scoring.h"
#include "escale/model/site_metrics.h"

#include <algorithm>
#include <cmath>
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

namespace {

double voiceMinutes(const Workload &workload, double ahtMultiplier)
{
    double minutes = 0.0;
    for (const ChannelLoad &channel : workload.channels) {
        if (channel.channel == Channel::Voice || channel.channel == Channel::Outbound)
            minutes += channel.monthlyVolume * channel.ahtSeconds * ahtMultiplier / 60.0;
    }
    return minutes;
}

/** The loaded agent pay governance is costed on: the incumbent's, else the onshore site's. */
double referenceLoadedPay(const Scenario &scenario, const DestinationProfile &site)
{
    const DestinationProfile *reference = incumbentProfile(scenario);
    for (const DestinationProfile &p : scenario.destinations) {
        if (!reference && p.onshore)
            reference = &p;
    }
    return loadedPayEur(reference ? *reference : site, scenario.exchangeRates);
}

} // namespace

namespace {

/**
 * One site, with `current` the incumbent evaluated at the same volume (null when the site is
 * the incumbent or there is none): its cost is the parallel run and its size the exit.
 */
SiteEvaluation evaluateAgainst(const Scenario &scenario, const DestinationProfile &profile,
                               double volumeScale, const SiteEvaluation *current)
{
    const DestinationProfile *incumbent = incumbentProfile(scenario);
    const bool isIncumbent = !scenario.incumbent.empty() && scenario.incumbent == profile.id;

    Workload workload = scenario.workload;
    if (!workload.shrinkage)
        workload.shrinkage = profile.business.shrinkage.value;
    for (ChannelLoad &channel : workload.channels)
        channel.monthlyVolume *= volumeScale;
    const double repeatRate = profile.business.repeatRate.value;
    Workload repeated = workload;
    for (ChannelLoad &channel : repeated.channels)
        channel.monthlyVolume *= 1.0 + repeatRate;
    const double aht = profile.ahtMultiplier.value;

    SiteEvaluation site;
    site.id = profile.id;
    site.name = profile.name;
    site.onshore = profile.onshore;
    site.staffing = staff(repeated, aht);
    const SiteSizing size = sizeSite(site.staffing, profile, scenario.cost);
    site.fte = size.agentFte;
    site.supportFte = size.supportFte;
    site.seats = size.seats;
    site.productiveHoursPerMonth = size.productiveHoursPerMonth;
    site.coverage = coverage(site.staffing, profile);

    std::optional<StaffingPlan> withoutRepeats;
    if (repeatRate > 0.0)
        withoutRepeats = staff(workload, aht);
    std::vector<RampStaffing> ramp;
    if (!isIncumbent) {
        const int last = scenario.business.rampUp.empty() ? 0
                                                          : scenario.business.rampUp.back().month;
        for (int month = 1; month <= std::min(last, scenario.horizonMonths); ++month) {
            const double factor = scenario.business.rampFactor(month);
            if (factor > 1.0 + 1e-12)
                ramp.push_back({month, staff(repeated, aht * factor)});
        }
    }

    CostInputs inputs;
    inputs.profile = &profile;
    inputs.staffing = &site.staffing;
    inputs.withoutRepeats = withoutRepeats ? &*withoutRepeats : nullptr;
    inputs.ramp = &ramp;
    inputs.coverage = site.coverage;
    inputs.assumptions = scenario.cost;
    inputs.business = &scenario.business;
    inputs.rates = &scenario.exchangeRates;
    inputs.horizonMonths = scenario.horizonMonths;
    inputs.incumbent = isIncumbent;
    inputs.monthlyContacts = monthlyContacts(workload);
    inputs.voiceMinutesPerMonth = voiceMinutes(repeated, aht);
    inputs.referenceLoadedPay = referenceLoadedPay(scenario, profile);
    if (current) {
        const SiteSizing incumbentSize{current->fte, current->supportFte, current->seats,
                                       current->productiveHoursPerMonth};
        inputs.exit = exitCost(scenario.business, *incumbent, incumbentSize, scenario.cost,
                               current->inHouse, current->vendor, scenario.exchangeRates);
    }
    inputs.parallelRun = current ? &current->inHouse : nullptr;
    site.inHouse = priceSite(inputs, CostView::InHouse);
    inputs.parallelRun = current ? &current->vendor : nullptr;
    site.vendor = priceSite(inputs, CostView::Vendor);
    // The same site at the reference productivity, for the saving bridge.
    std::optional<StaffingPlan> referencePlan;
    if (std::abs(aht - 1.0) > 1e-12)
        referencePlan = staff(workload, 1.0);
    CostInputs reference = inputs;
    reference.staffing = referencePlan ? &*referencePlan
                                       : (withoutRepeats ? &*withoutRepeats : &site.staffing);
    reference.withoutRepeats = nullptr;
    reference.ramp = nullptr;
    reference.parallelRun = current ? &current->inHouse : nullptr;
    site.inHouse.atReferenceProductivity = priceSite(reference, CostView::InHouse).horizon;
    reference.parallelRun = current ? &current->vendor : nullptr;
    site.vendor.atReferenceProductivity = priceSite(reference, CostView::Vendor).horizon;
    site.inHouse.details = describeLines(inputs, CostView::InHouse);
    site.vendor.details = describeLines(inputs, CostView::Vendor);

    site.languageFit = languageFit(scenario.workload.languages, profile);
    site.quality = qualityScore(profile);
    site.risk = riskScore(profile);
    site.sectorShare = profile.sectorJobs.value > 0.0 ? site.fte / profile.sectorJobs.value
                                                      : std::numeric_limits<double>::infinity();
    return site;
}

} // namespace

SiteEvaluation evaluateSite(const Scenario &scenario, const DestinationProfile &profile,
                            double volumeScale)
{
    const DestinationProfile *incumbent = incumbentProfile(scenario);
    if (!incumbent || incumbent->id == profile.id)
        return evaluateAgainst(scenario, profile, volumeScale, nullptr);
    const SiteEvaluation current = evaluateAgainst(scenario, *incumbent, volumeScale, nullptr);
    return evaluateAgainst(scenario, profile, volumeScale, &current);
}

Evaluation evaluate(const Scenario &scenario)
{
    if (scenario.destinations.empty())
        throw InputError("destinations", "the scenario has no destination to compare");

    Evaluation evaluation;
    evaluation.monthlyContacts = monthlyContacts(scenario.workload);
    evaluation.sites.reserve(scenario.destinations.size());
    // The incumbent is evaluated once: every other site's parallel run and exit come from it.
    const DestinationProfile *incumbent = incumbentProfile(scenario);
    std::optional<SiteEvaluation> current;
    if (incumbent)
        current = evaluateAgainst(scenario, *incumbent, 1.0, nullptr);
    for (const DestinationProfile &profile : scenario.destinations) {
        if (current && &profile == incumbent)
            evaluation.sites.push_back(*current);
        else
            evaluation.sites.push_back(
                evaluateAgainst(scenario, profile, 1.0, current ? &*current : nullptr));
    }

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
