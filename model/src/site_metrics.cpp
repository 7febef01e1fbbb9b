// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/site_metrics.h"

#include <algorithm>
#include <cmath>

namespace escale {

namespace {

constexpr int MinutesPerWeek = 7 * 24 * 60;

bool inBand(double hour, double start, double end)
{
    if (start == end)
        return false;
    if (start < end)
        return hour >= start && hour < end;
    return hour >= start || hour < end; // band wraps past midnight
}

struct Tally
{
    double weight = 0.0;
    double availability = 0.0;
    double night = 0.0;
    double sunday = 0.0;
};

Tally tally(const StaffingPlan &plan, const DestinationProfile &profile, double shiftHours)
{
    const WorkingTimeRules &rules = profile.rules;
    const double nightPenalty = rules.nightRestricted.value > 0.5 ? NightPenaltyRestricted
                                                                  : NightPenaltyAllowed;
    const double sundayPenalty = rules.sundayRestricted.value > 0.5 ? SundayPenaltyRestricted : 0.0;
    const int step = plan.intervalMinutes;
    const int shift = int(std::lround(shiftHours * 60.0));

    Tally t;
    for (std::size_t k = 0; k < plan.scheduledHours.size(); ++k) {
        const double hours = plan.scheduledHours[k];
        if (hours <= 0.0)
            continue;
        const int mid = int(k) * step + step / 2 + shift;
        const int local = ((mid % MinutesPerWeek) + MinutesPerWeek) % MinutesPerWeek;
        const int day = local / 1440; // 0 = Monday
        const double hour = (local % 1440) / 60.0;
        const bool night = inBand(hour, rules.nightStartHour.value, rules.nightEndHour.value);
        const bool sunday = day == 6;
        double availability = 1.0;
        if (night)
            availability -= nightPenalty;
        if (sunday)
            availability -= sundayPenalty;
        t.weight += hours;
        t.availability += hours * std::max(0.0, availability);
        t.night += night ? hours : 0.0;
        t.sunday += sunday ? hours : 0.0;
    }
    return t;
}

} // namespace

CoverageDetail coverage(const StaffingPlan &plan, const DestinationProfile &profile)
{
    CoverageDetail detail;
    detail.shiftWinterHours = profile.timeZone.utcOffsetWinter.value - ClientUtcOffsetWinter;
    detail.shiftSummerHours = profile.timeZone.utcOffsetSummer.value - ClientUtcOffsetSummer;

    const Tally winter = tally(plan, profile, detail.shiftWinterHours);
    const Tally summer = tally(plan, profile, detail.shiftSummerHours);
    if (winter.weight <= 0.0)
        return detail;

    const double ws = 1.0 - SummerShareOfYear;
    const double ss = SummerShareOfYear;
    // Both tallies weigh the same plan, so their totals are equal.
    detail.score = (ws * winter.availability + ss * summer.availability) / winter.weight;
    detail.nightShare = (ws * winter.night + ss * summer.night) / winter.weight;
    detail.sundayShare = (ws * winter.sunday + ss * summer.sunday) / winter.weight;
    return detail;
}

double languageFit(const std::vector<LanguageRequirement> &required,
                   const DestinationProfile &profile)
{
    double totalShare = 0.0;
    for (const LanguageRequirement &req : required)
        totalShare += std::max(0.0, req.share);
    if (required.empty() || totalShare <= 0.0)
        return 1.0;

    double fit = 0.0;
    for (const LanguageRequirement &req : required) {
        const LanguageSkill *skill = profile.language(req.code);
        if (!skill)
            continue;
        const double partialCredit = req.level == LanguageLevel::Full ? LanguagePartialCredit : 1.0;
        const double proficiency = std::min(1.0, skill->fullShare.value
                                                     + partialCredit * skill->partialShare.value);
        fit += std::max(0.0, req.share) / totalShare * proficiency;
    }
    return fit;
}

double qualityScore(const DestinationProfile &profile)
{
    const double maturity = std::clamp((profile.sectorMaturity.value - MaturityScaleMin)
                                           / (MaturityScaleMax - MaturityScaleMin),
                                       0.0, 1.0);
    const double retention = 1.0 - std::clamp(profile.attritionRate.value, 0.0, 1.0);
    return QualityMaturityWeight * maturity + (1.0 - QualityMaturityWeight) * retention;
}

double riskScore(const DestinationProfile &profile)
{
    return RiskPoliticalWeight * profile.politicalRisk.value
           + (1.0 - RiskPoliticalWeight) * profile.infrastructureRisk.value;
}

double riskUtility(double risk)
{
    return std::clamp((RiskScaleMax - risk) / (RiskScaleMax - RiskScaleMin), 0.0, 1.0);
}

} // namespace escale
