// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/destination.h"
#include "escale/model/scenario.h"
#include "escale/model/staffing.h"

namespace escale::test {

/** A figure with a test provenance. */
inline Figure fig(double value)
{
    Figure f;
    f.value = value;
    f.provenance = Provenance{"test fixture", "2026", false, ""};
    return f;
}

/**
 * A destination with round numbers so costs can be checked by hand: 1,000 EUR gross, 20%
 * charges, a 13th month, 35 h weeks, night 21-6 (restricted, +25%), Sunday restricted (+50%),
 * seats 300, attrition 24%, recruiting 500, 2 training weeks, billed 20 EUR/h, UTC+1/+2.
 */
inline DestinationProfile roundProfile(const std::string &id)
{
    DestinationProfile p;
    p.id = id;
    p.name = id;
    p.nameFr = id;
    p.countryCode = "XX";
    p.agentWage.min = fig(900);
    p.agentWage.typical = fig(1000);
    p.agentWage.max = fig(1100);
    p.minimumWage = MoneyFigure{800, "EUR", {}};
    p.employerChargeRate = fig(0.2);
    p.employeeContributionRate = fig(0.1);
    p.bonuses = {Bonus{"13th month", fig(1)}};
    p.weeklyHours = fig(35);
    p.paidHoursPerMonth = fig(151.67);
    p.languages = {LanguageSkill{"fr", fig(0.5), fig(0.2)}};
    p.sectorJobs = fig(10000);
    p.contactCentres = fig(50);
    p.sectorMaturity = fig(3);
    p.timeZone = TimeZoneInfo{"Europe/Paris", fig(1), fig(2)};
    p.rules = WorkingTimeRules{fig(21), fig(6), fig(0.25), fig(0.5), fig(1), fig(1)};
    p.seatCostPerMonth = fig(300);
    p.attritionRate = fig(0.24);
    p.billedRatePerHour = fig(20);
    p.recruitingCostPerHire = fig(500);
    p.trainingWeeks = fig(2);
    p.ahtMultiplier = fig(1);
    p.politicalRisk = fig(2);
    p.infrastructureRisk = fig(2);
    p.wageInflation = fig(0.1);
    p.fxDrift = fig(0);
    return p;
}

/** Opening hours with the same hours every listed day. */
inline OpeningHours hours(int openHour, int closeHour, int days)
{
    OpeningHours h;
    for (int d = 0; d < days; ++d)
        h.days[std::size_t(d)] = DayHours::between(openHour * 60, closeHour * 60);
    return h;
}

/** A plan of hourly intervals with `scheduled` agents in the given (day, hour) slots. */
inline StaffingPlan hourlyPlan(const std::vector<std::pair<int, int>> &slots, double scheduled)
{
    StaffingPlan plan;
    plan.intervalMinutes = 60;
    plan.agents.assign(168, 0.0);
    plan.scheduled.assign(168, 0.0);
    plan.scheduledHours.assign(168, 0.0);
    for (const auto &[day, hour] : slots) {
        plan.scheduled[std::size_t(day * 24 + hour)] = scheduled;
        plan.scheduledHours[std::size_t(day * 24 + hour)] = scheduled; // one open hour
        plan.agents[std::size_t(day * 24 + hour)] = scheduled * 0.7;
    }
    plan.weeklyScheduledHours = scheduled * double(slots.size());
    plan.weeklyAgentHours = plan.weeklyScheduledHours * 0.7;
    plan.peakScheduled = scheduled;
    plan.peakAgents = scheduled * 0.7;
    return plan;
}

} // namespace escale::test
