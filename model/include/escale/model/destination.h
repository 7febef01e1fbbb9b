// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/business_case.h"
#include "escale/model/provenance.h"

#include <string>
#include <utility>
#include <vector>

namespace escale {

enum class PayBasis { Gross, Net };

/** Monthly agent pay for a full-time contract at the destination. */
struct WageRange
{
    Figure min;
    Figure typical; ///< the figure the cost model uses
    Figure max;
    std::string currency = "EUR";
    PayBasis basis = PayBasis::Gross;

    bool operator==(const WageRange &) const = default;
};

/** A statutory or customary bonus, expressed in months of pay per year (13th month = 1). */
struct Bonus
{
    std::string name;
    Figure monthsPerYear;

    bool operator==(const Bonus &) const = default;
};

/** Share of the working-age population that speaks a language fully or partially. */
struct LanguageSkill
{
    std::string code; ///< ISO 639-1
    Figure fullShare;
    Figure partialShare;

    bool operator==(const LanguageSkill &) const = default;
};

/** Offsets from UTC in hours for the destination, in the client's winter and summer. */
struct TimeZoneInfo
{
    std::string iana; ///< e.g. "Indian/Antananarivo"
    Figure utcOffsetWinter;
    Figure utcOffsetSummer;

    bool operator==(const TimeZoneInfo &) const = default;
};

/** Local labour rules that make some hours dearer or harder to staff. */
struct WorkingTimeRules
{
    Figure nightStartHour; ///< local hour the night band starts (e.g. 21)
    Figure nightEndHour; ///< local hour it ends (e.g. 6)
    Figure nightPremium; ///< extra pay rate for night hours (0.25 = +25%)
    Figure sundayPremium; ///< extra pay rate for Sunday hours
    Figure sundayRestricted; ///< 1 when Sunday work needs a derogation or agreement, else 0
    Figure nightRestricted; ///< 1 when night work needs an agreement, else 0

    bool operator==(const WorkingTimeRules &) const = default;
};

/** A dated note (risk, infrastructure, incentives) shown next to the figures. */
struct SourcedNote
{
    std::string topic; ///< "risk", "infrastructure", "incentives", "language", ...
    std::string text;
    Provenance provenance;

    bool operator==(const SourcedNote &) const = default;
};

/** Everything Escale knows about one destination country. */
struct DestinationProfile
{
    std::string id; ///< file stem, e.g. "morocco"
    std::string name; ///< English display name
    std::string nameFr; ///< French display name
    std::string countryCode; ///< ISO 3166-1 alpha-2
    bool onshore = false; ///< true for the client's own country

    WageRange agentWage;
    MoneyFigure minimumWage; ///< legal monthly minimum, local currency
    Figure employerChargeRate; ///< employer social charges on gross pay, 0..1
    Figure employeeContributionRate; ///< employee contributions, 0..1: gross = net / (1 - rate)
    std::vector<Bonus> bonuses;
    Figure weeklyHours; ///< contractual full-time hours per week
    Figure paidHoursPerMonth;

    std::vector<LanguageSkill> languages;

    Figure sectorJobs; ///< contact-centre / BPO jobs in the country
    Figure contactCentres; ///< number of centres or operators

    TimeZoneInfo timeZone;
    WorkingTimeRules rules;

    Figure seatCostPerMonth; ///< EUR per workstation per month (facility, IT, telecom)
    Figure attritionRate; ///< annual agent attrition, 0..1
    Figure billedRatePerHour; ///< EUR a vendor bills per productive hour
    Figure recruitingCostPerHire; ///< EUR
    Figure trainingWeeks; ///< initial training before taking contacts
    Figure ahtMultiplier; ///< handle time relative to the onshore reference (1 = same)

    Figure sectorMaturity; ///< 1 (nascent) .. 5 (mature, large, experienced)
    Figure politicalRisk; ///< 1 (low) .. 5 (high): political, macro, security
    Figure infrastructureRisk; ///< 1 (low) .. 5 (high): power, telecom, connectivity

    Figure wageInflation; ///< expected yearly wage growth, 0.03 = +3%/year
    Figure fxDrift; ///< expected yearly change of the local currency against EUR (-0.02 = loses 2%)

    SiteFigures business; ///< shrinkage, travel, telecom, repeat contacts, fixed costs

    std::vector<SourcedNote> notes;

    const LanguageSkill *language(const std::string &code) const;
    /** Every figure of the profile with its YAML path ("agent_wage.typical", ...). */
    std::vector<std::pair<std::string, const Figure *>> figures() const;
    /** Typical monthly gross pay in the wage currency (net figures are grossed up). */
    double typicalGrossWage() const;
    bool operator==(const DestinationProfile &) const = default;
};

} // namespace escale
