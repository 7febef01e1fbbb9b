// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/destination.h"

namespace escale {

const LanguageSkill *DestinationProfile::language(const std::string &code) const
{
    for (const LanguageSkill &skill : languages) {
        if (skill.code == code)
            return &skill;
    }
    return nullptr;
}

std::vector<std::pair<std::string, const Figure *>> DestinationProfile::figures() const
{
    std::vector<std::pair<std::string, const Figure *>> out{
        {"agent_wage.min", &agentWage.min},
        {"agent_wage.typical", &agentWage.typical},
        {"agent_wage.max", &agentWage.max},
        {"employer_charge_rate", &employerChargeRate},
        {"employee_contribution_rate", &employeeContributionRate},
        {"weekly_hours", &weeklyHours},
        {"paid_hours_per_month", &paidHoursPerMonth}};
    for (std::size_t i = 0; i < bonuses.size(); ++i)
        out.emplace_back("bonuses[" + std::to_string(i) + "].months_per_year",
                         &bonuses[i].monthsPerYear);
    for (const LanguageSkill &skill : languages) {
        out.emplace_back("languages." + skill.code + ".full", &skill.fullShare);
        out.emplace_back("languages." + skill.code + ".partial", &skill.partialShare);
    }
    const std::pair<const char *, const Figure *> rest[] = {
        {"sector.jobs", &sectorJobs},
        {"sector.centres", &contactCentres},
        {"sector.maturity", &sectorMaturity},
        {"time_zone.utc_offset_winter", &timeZone.utcOffsetWinter},
        {"time_zone.utc_offset_summer", &timeZone.utcOffsetSummer},
        {"working_time.night_start_hour", &rules.nightStartHour},
        {"working_time.night_end_hour", &rules.nightEndHour},
        {"working_time.night_premium", &rules.nightPremium},
        {"working_time.night_restricted", &rules.nightRestricted},
        {"working_time.sunday_premium", &rules.sundayPremium},
        {"working_time.sunday_restricted", &rules.sundayRestricted},
        {"costs.seat_per_month", &seatCostPerMonth},
        {"costs.billed_rate_per_hour", &billedRatePerHour},
        {"costs.recruiting_per_hire", &recruitingCostPerHire},
        {"costs.training_weeks", &trainingWeeks},
        {"attrition_rate", &attritionRate},
        {"aht_multiplier", &ahtMultiplier},
        {"risk.political", &politicalRisk},
        {"risk.infrastructure", &infrastructureRisk},
        {"escalators.wage_inflation", &wageInflation},
        {"escalators.fx_drift", &fxDrift},
        {"business_case.shrinkage", &business.shrinkage},
        {"business_case.travel_cost_per_trip", &business.travelCostPerTrip},
        {"business_case.telecom_site_per_month", &business.telecomSitePerMonth},
        {"business_case.telecom_per_seat_per_month", &business.telecomPerSeatPerMonth},
        {"business_case.voice_routing_per_minute", &business.voiceRoutingPerMinute},
        {"business_case.repeat_rate", &business.repeatRate},
        {"business_case.site_fixed_per_month", &business.siteFixedPerMonth},
        {"business_case.vendor_setup_fee", &business.vendorSetupFee},
        {"business_case.vendor_minimum_fte", &business.vendorMinimumFte}};
    for (const auto &[key, figure] : rest)
        out.emplace_back(key, figure);
    return out;
}

double DestinationProfile::typicalGrossWage() const
{
    if (agentWage.basis == PayBasis::Gross)
        return agentWage.typical.value;
    return agentWage.typical.value / (1.0 - employeeContributionRate.value);
}

} // namespace escale
