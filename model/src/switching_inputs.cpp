// SPDX-License-Identifier: GPL-3.0-or-later
// The inputs the switching-value search moves: one row per input (see switching_values.h).
#include "escale/model/switching_values.h"

namespace escale {

namespace {

/** A row for a figure of DestinationProfile: get and set its value on scenario.destinations. */
SwitchingInput siteFigure(std::string key, std::string label, std::string unit, bool percentage,
                          BracketKind bracket, limits::Interval range,
                          Figure DestinationProfile::*member)
{
    SwitchingInput input;
    input.key = std::move(key);
    input.label = std::move(label);
    input.unit = std::move(unit);
    input.percentage = percentage;
    input.perSite = true;
    input.bracket = bracket;
    input.range = range;
    input.get = [member](const Scenario &s, int site) {
        return (s.destinations[std::size_t(site)].*member).value;
    };
    input.set = [member](Scenario &s, int site, double value) {
        (s.destinations[std::size_t(site)].*member).value = value;
    };
    return input;
}

/** The total volume as a factor on every channel's monthly volume (now 1). */
SwitchingInput volumeFactor()
{
    SwitchingInput input;
    input.key = "workload.volume_factor";
    input.label = "total volume";
    input.unit = "x";
    input.perSite = false;
    input.bracket = BracketKind::Multiplicative;
    input.range = limits::above(0.0);
    input.get = [](const Scenario &, int) { return 1.0; };
    input.set = [](Scenario &s, int, double factor) {
        for (ChannelLoad &channel : s.workload.channels)
            channel.monthlyVolume *= factor;
    };
    return input;
}

} // namespace

const std::vector<SwitchingInput> &switchingInputs()
{
    static const std::vector<SwitchingInput> inputs{
        siteFigure("costs.billed_rate_per_hour", "billed rate", "EUR/h", false,
                   BracketKind::Multiplicative, limits::BilledRatePerHour,
                   &DestinationProfile::billedRatePerHour),
        siteFigure("aht_multiplier", "AHT multiplier", "x", false, BracketKind::Multiplicative,
                   limits::AhtMultiplier, &DestinationProfile::ahtMultiplier),
        siteFigure("attrition_rate", "attrition rate", "per year", true, BracketKind::Additive,
                   limits::AttritionRate, &DestinationProfile::attritionRate),
        siteFigure("escalators.wage_inflation", "wage inflation", "per year", true,
                   BracketKind::Additive, limits::WageInflation,
                   &DestinationProfile::wageInflation),
        volumeFactor(),
    };
    return inputs;
}

} // namespace escale
