// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

namespace escale::limits {

/**
 * The accepted values of every input figure, in one table: the YAML loaders refuse a value
 * outside it (with the interval in the message) and the editing tables of the app refuse the
 * same values, so a file the app saves always loads again. Shares are fractions (0.25 = 25 %).
 * The ranges are documented field by field in data/README.md.
 */
struct Interval
{
    double lo;
    double hi;
    bool loOpen; ///< lo itself is refused
    bool hiOpen; ///< hi itself is refused (always so for an unbounded end)

    constexpr bool contains(double v) const
    {
        return (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi);
    }
    constexpr bool unboundedAbove() const { return hi == std::numeric_limits<double>::infinity(); }
};

inline constexpr double Infinity = std::numeric_limits<double>::infinity();

constexpr Interval closed(double lo, double hi)
{
    return {lo, hi, false, false};
}
constexpr Interval leftOpen(double lo, double hi)
{
    return {lo, hi, true, false};
}
constexpr Interval open(double lo, double hi)
{
    return {lo, hi, true, true};
}
constexpr Interval atLeast(double lo)
{
    return {lo, Infinity, false, true};
}
constexpr Interval above(double lo)
{
    return {lo, Infinity, true, true};
}

inline constexpr Interval Share = closed(0, 1);

// Destination profile
inline constexpr Interval Wage = above(0); ///< monthly, any currency
inline constexpr Interval EmployerChargeRate = closed(0, 1);
inline constexpr Interval EmployeeContributionRate = closed(0, 0.9);
inline constexpr Interval BonusMonthsPerYear = closed(0, 12);
inline constexpr Interval WeeklyHours = leftOpen(0, 80);
inline constexpr Interval PaidHoursPerMonth = leftOpen(0, 400);
inline constexpr Interval LanguageShare = Share;
inline constexpr Interval SectorJobs = atLeast(0);
inline constexpr Interval ContactCentres = atLeast(0);
inline constexpr Interval Maturity = closed(1, 5);
inline constexpr Interval UtcOffset = closed(-12, 14);
inline constexpr Interval HourOfDay = closed(0, 24);
inline constexpr Interval Premium = closed(0, 3); ///< share of pay, 0.25 = +25 %
inline constexpr Interval Restricted = closed(0, 1); ///< 0 or 1, as a figure
inline constexpr Interval SeatCostPerMonth = atLeast(0);
inline constexpr Interval BilledRatePerHour = above(0);
inline constexpr Interval RecruitingCostPerHire = atLeast(0);
inline constexpr Interval TrainingWeeks = closed(0, 26);
inline constexpr Interval AttritionRate = closed(0, 3); ///< leavers per year per FTE
inline constexpr Interval AhtMultiplier = leftOpen(0, 3);
inline constexpr Interval Risk = closed(1, 5);
inline constexpr Interval WageInflation = closed(-0.5, 1);
inline constexpr Interval FxDrift = closed(-0.5, 0.5);
inline constexpr Interval SiteShrinkage = closed(0, 0.9);
inline constexpr Interval TravelCostPerTrip = atLeast(0);
inline constexpr Interval TelecomPerMonth = atLeast(0); ///< per site or per seat, EUR
inline constexpr Interval VoiceRoutingPerMinute = closed(0, 10);
inline constexpr Interval RepeatRate = closed(0, 2); ///< extra contacts per contact
inline constexpr Interval SiteFixedPerMonth = atLeast(0);
inline constexpr Interval VendorSetupFee = atLeast(0);
inline constexpr Interval VendorMinimumFte = closed(0, 10000);

// Business case (data/business_case.yaml and the scenario's business_case section)
inline constexpr Interval GovernanceFtePerAgent = closed(0, 1);
inline constexpr Interval VisitsPerYear = closed(0, 365);
inline constexpr Interval ReviewedShare = Share;
inline constexpr Interval CostPerReview = atLeast(0);
inline constexpr Interval QualityFixedPerMonth = atLeast(0);
inline constexpr Interval RampMonth = closed(1, 60);
inline constexpr Interval RampAhtFactor = closed(1, 5); ///< a new team is never faster
inline constexpr Interval SeniorityYears = closed(0, 50);
inline constexpr Interval NoticeMonths = closed(0, 12);
inline constexpr Interval SocialPlanPerEmployee = atLeast(0);
inline constexpr Interval LeaseExitMonths = closed(0, 120);
inline constexpr Interval ContractExitFeeMonths = closed(0, 36);
inline constexpr Interval RealisedSaving = closed(-1, 1);

// Workload
inline constexpr Interval MonthlyVolume = atLeast(0);
inline constexpr Interval HandleTimeSeconds = leftOpen(0, 86400);
inline constexpr Interval ServiceLevelTarget = open(0, 1);
inline constexpr Interval AnswerSeconds = closed(0, 86400);
inline constexpr Interval PatienceSeconds = leftOpen(0, 86400);
inline constexpr Interval MaxOccupancy = leftOpen(0, 1);
inline constexpr Interval ChatConcurrency = closed(1, 10);
inline constexpr Interval DeadlineHours = leftOpen(0, 24 * 30);
inline constexpr Interval TargetOccupancy = leftOpen(0, 1);
inline constexpr Interval Shrinkage = closed(0, 0.9);
inline constexpr Interval ArrivalWeight = atLeast(0);

// Scenario
inline constexpr Interval Weight = atLeast(0);
inline constexpr Interval MaxRisk = Risk;
inline constexpr Interval MaxSectorShare = leftOpen(0, 1);
inline constexpr Interval TransitionMonths = closed(0, 24);
inline constexpr Interval SeatSpareRatio = closed(0, 1);
inline constexpr Interval NestingWeeks = closed(0, 26);
inline constexpr Interval AgentsPerRole = leftOpen(0, 1000);
inline constexpr Interval PayMultiple = leftOpen(0, 20);
inline constexpr Interval VikorV = closed(0, 1);

} // namespace escale::limits
