// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/destination.h"
#include "escale/model/evaluation.h"
#include "escale/model/staffing.h"
#include "escale/model/workload.h"

namespace escale {

/** Client time is Europe/Paris: UTC+1 in winter, UTC+2 in summer (7 of 12 months). */
inline constexpr double ClientUtcOffsetWinter = 1.0;
inline constexpr double ClientUtcOffsetSummer = 2.0;
inline constexpr double SummerShareOfYear = 7.0 / 12.0;

/** Coverage: availability lost by an hour in the local night band, where night work is restricted. */
inline constexpr double NightPenaltyRestricted = 0.5;
/** Coverage: availability lost by a night hour where night work is allowed (premiums, fatigue). */
inline constexpr double NightPenaltyAllowed = 0.25;
/** Coverage: availability lost by an hour on a local Sunday, where Sunday work is restricted. */
inline constexpr double SundayPenaltyRestricted = 0.5;

/** Language: the weight of partial speakers when a language is required at full level. */
inline constexpr double LanguagePartialCredit = 0.25;

/** Quality: weight of the sector's maturity; retention (1 - attrition) has the rest. */
inline constexpr double QualityMaturityWeight = 0.5;
/** Quality: the sector-maturity scale. */
inline constexpr double MaturityScaleMin = 1.0;
inline constexpr double MaturityScaleMax = 5.0;

/** Risk: weight of political risk in the site's risk; infrastructure risk has the rest. */
inline constexpr double RiskPoliticalWeight = 0.5;
/** Risk: the scale of both risk figures (1 lowest, 5 highest). */
inline constexpr double RiskScaleMin = 1.0;
inline constexpr double RiskScaleMax = 5.0;

/**
 * Coverage of the scheduled hours at a site. Each interval of the plan is placed in the site's
 * local time (winter and summer offsets, weighted 5/12 and 7/12) and given an availability:
 * 1, minus NightPenaltyRestricted (0.5) in the local night band if night work is restricted
 * there (NightPenaltyAllowed, 0.25, if it is not), minus SundayPenaltyRestricted (0.5) on a local
 * Sunday if Sunday work is restricted (0 otherwise), floored at 0.
 * The score is the mean availability weighted by scheduled agent-hours (the plan's
 * `scheduledHours`: each channel over the open minutes of its own hours); night and Sunday
 * shares are the shares of scheduled hours falling in those bands (they drive the premiums).
 * An empty plan covers fully.
 */
CoverageDetail coverage(const StaffingPlan &plan, const DestinationProfile &profile);

/**
 * Language fit: Σ_l share_l · proficiency_l over the required languages (shares rescaled to sum
 * 1), where proficiency = full + LanguagePartialCredit (0.25) · partial for a full-level
 * requirement and full + partial
 * for a partial-level one, capped at 1. A language the profile lacks counts 0; no requirement
 * gives 1.
 */
double languageFit(const std::vector<LanguageRequirement> &required,
                   const DestinationProfile &profile);

/**
 * Quality: m · (maturity - 1)/4 + (1 - m) · (1 - min(attrition, 1)), in [0, 1], with
 * m = QualityMaturityWeight (0.5) and maturity on 1..5.
 */
double qualityScore(const DestinationProfile &profile);

/** Risk on 1..5: r · political + (1 - r) · infrastructure, r = RiskPoliticalWeight (0.5). */
double riskScore(const DestinationProfile &profile);

/** Risk utility: (RiskScaleMax - risk) / (RiskScaleMax - RiskScaleMin), within [0, 1]. */
double riskUtility(double risk);

} // namespace escale
