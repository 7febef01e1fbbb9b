// SPDX-License-Identifier: GPL-3.0-or-later
#include "destination_yaml.h"

#include "escale/model/workload.h"
#include "number_format.h"

#include <set>

namespace escale::data::detail {

namespace {

WageRange readWage(Reader &r, const YAML::Node &map, const std::string &field)
{
    WageRange w;
    const YAML::Node node = r.child(map, "agent_wage", field, true);
    const std::string path = join(field, "agent_wage");
    if (!node.IsDefined() || !r.expectMap(node, path))
        return w;
    r.checkKeys(node, path, {"currency", "basis", "period", "min", "typical", "max"});
    w.currency = r.string(node, "currency", path).value_or("EUR");
    w.basis = r.choice(node, "basis", path, {"gross", "net"}).value_or("gross") == "net"
                  ? PayBasis::Net
                  : PayBasis::Gross;
    r.choice(node, "period", path, {"month"});
    w.min = r.figure(node, "min", path, Range::of(limits::Wage));
    w.typical = r.figure(node, "typical", path, Range::of(limits::Wage));
    w.max = r.figure(node, "max", path, Range::of(limits::Wage));
    if (!r.failed() && (w.min.value > w.typical.value || w.typical.value > w.max.value))
        r.error(node["typical"], join(path, "typical"),
                "must satisfy min <= typical <= max (got " + formatNumber(w.min.value) + " <= "
                    + formatNumber(w.typical.value) + " <= " + formatNumber(w.max.value) + ")");
    return w;
}

std::vector<Bonus> readBonuses(Reader &r, const YAML::Node &map, const std::string &field)
{
    std::vector<Bonus> bonuses;
    const YAML::Node list = r.child(map, "bonuses", field, true);
    const std::string path = join(field, "bonuses");
    if (!list.IsDefined() || !r.expectSequence(list, path))
        return bonuses;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = item(path, i);
        if (!r.expectMap(list[i], at))
            continue;
        r.checkKeys(list[i], at, {"name", "months_per_year"});
        Bonus b;
        b.name = r.string(list[i], "name", at).value_or("");
        b.monthsPerYear = r.figure(list[i], "months_per_year", at,
                                   Range::of(limits::BonusMonthsPerYear));
        bonuses.push_back(b);
    }
    return bonuses;
}

std::vector<LanguageSkill> readLanguages(Reader &r, const YAML::Node &map, const std::string &field)
{
    std::vector<LanguageSkill> skills;
    const YAML::Node list = r.child(map, "languages", field, true);
    const std::string path = join(field, "languages");
    if (!list.IsDefined() || !r.expectSequence(list, path))
        return skills;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = item(path, i);
        if (!r.expectMap(list[i], at))
            continue;
        r.checkKeys(list[i], at, {"code", "full", "partial"});
        LanguageSkill s;
        s.code = r.string(list[i], "code", at).value_or("");
        if (!s.code.empty() && !seen.insert(s.code).second)
            r.error(list[i]["code"], join(at, "code"), "language '" + s.code + "' is listed twice");
        s.fullShare = r.figure(list[i], "full", at, Range::of(limits::LanguageShare));
        s.partialShare = r.figure(list[i], "partial", at, Range::of(limits::LanguageShare));
        if (s.fullShare.value + s.partialShare.value > 1.0 + 1e-9)
            r.error(list[i]["partial"], join(at, "partial"),
                    "full + partial must not exceed 1 (got "
                        + formatNumber(roundedForDisplay(s.fullShare.value + s.partialShare.value))
                        + ")");
        skills.push_back(s);
    }
    return skills;
}

std::vector<SourcedNote> readNotes(Reader &r, const YAML::Node &map, const std::string &field)
{
    std::vector<SourcedNote> notes;
    const YAML::Node list = r.child(map, "notes", field, false);
    const std::string path = join(field, "notes");
    if (!list.IsDefined() || !r.expectSequence(list, path))
        return notes;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = item(path, i);
        if (!r.expectMap(list[i], at))
            continue;
        r.checkKeys(list[i], at, {"topic", "text", "source", "as_of", "estimate", "note"});
        SourcedNote n;
        n.topic = r.string(list[i], "topic", at).value_or("");
        n.text = r.string(list[i], "text", at).value_or("");
        n.provenance = r.provenance(list[i], at);
        notes.push_back(n);
    }
    return notes;
}

YAML::Node section(Reader &r, const YAML::Node &map, const char *key, const std::string &field,
                   std::initializer_list<std::string_view> keys)
{
    const YAML::Node node = r.child(map, key, field, true);
    if (!node.IsDefined() || !r.expectMap(node, join(field, key)))
        return YAML::Node(YAML::NodeType::Undefined);
    r.checkKeys(node, join(field, key), keys);
    return node;
}

/** A figure a profile without a business_case section lacks: stated, never silent. */
Figure notGiven(double value, const char *what)
{
    Figure f;
    f.value = value;
    f.provenance.source = std::string("Not in the profile: ") + what;
    f.provenance.estimate = true;
    return f;
}

SiteFigures readSiteFigures(Reader &r, const YAML::Node &map, const std::string &field)
{
    SiteFigures f;
    const YAML::Node node = r.child(map, "business_case", field, false);
    const std::string path = join(field, "business_case");
    if (!node.IsDefined()) {
        f.shrinkage = notGiven(DefaultShrinkage, "Escale's default shrinkage");
        const char *none = "the line is not counted";
        f.travelCostPerTrip = notGiven(0.0, none);
        f.telecomSitePerMonth = notGiven(0.0, none);
        f.telecomPerSeatPerMonth = notGiven(0.0, none);
        f.voiceRoutingPerMinute = notGiven(0.0, none);
        f.repeatRate = notGiven(0.0, none);
        f.siteFixedPerMonth = notGiven(0.0, none);
        f.vendorSetupFee = notGiven(0.0, none);
        f.vendorMinimumFte = notGiven(0.0, none);
        return f;
    }
    if (!r.expectMap(node, path))
        return f;
    r.checkKeys(node, path,
                {"shrinkage", "travel_cost_per_trip", "telecom_site_per_month",
                 "telecom_per_seat_per_month", "voice_routing_per_minute", "repeat_rate",
                 "site_fixed_per_month", "vendor_setup_fee", "vendor_minimum_fte"});
    f.shrinkage = r.figure(node, "shrinkage", path, Range::of(limits::SiteShrinkage));
    f.travelCostPerTrip = r.figure(node, "travel_cost_per_trip", path,
                                   Range::of(limits::TravelCostPerTrip));
    f.telecomSitePerMonth = r.figure(node, "telecom_site_per_month", path,
                                     Range::of(limits::TelecomPerMonth));
    f.telecomPerSeatPerMonth = r.figure(node, "telecom_per_seat_per_month", path,
                                        Range::of(limits::TelecomPerMonth));
    f.voiceRoutingPerMinute = r.figure(node, "voice_routing_per_minute", path,
                                       Range::of(limits::VoiceRoutingPerMinute));
    f.repeatRate = r.figure(node, "repeat_rate", path, Range::of(limits::RepeatRate));
    f.siteFixedPerMonth = r.figure(node, "site_fixed_per_month", path,
                                   Range::of(limits::SiteFixedPerMonth));
    f.vendorSetupFee = r.figure(node, "vendor_setup_fee", path, Range::of(limits::VendorSetupFee));
    f.vendorMinimumFte = r.figure(node, "vendor_minimum_fte", path,
                                  Range::of(limits::VendorMinimumFte));
    return f;
}

} // namespace

DestinationProfile readDestination(Reader &r, const YAML::Node &map, const std::string &field,
                                   bool inlineProfile)
{
    DestinationProfile p;
    // clang-format off: a packed list of keys reads better than one key per line
    const std::initializer_list<std::string_view> keys = {"schema",
                                                          "kind",
                                                          "id",
                                                          "name",
                                                          "name_fr",
                                                          "country",
                                                          "onshore",
                                                          "agent_wage",
                                                          "minimum_wage",
                                                          "employer_charge_rate",
                                                          "employee_contribution_rate",
                                                          "bonuses",
                                                          "weekly_hours",
                                                          "paid_hours_per_month",
                                                          "languages",
                                                          "sector",
                                                          "time_zone",
                                                          "working_time",
                                                          "costs",
                                                          "attrition_rate",
                                                          "aht_multiplier",
                                                          "risk",
                                                          "escalators",
                                                          "business_case",
                                                          "notes"};
    // clang-format on
    r.checkKeys(map, field, keys);
    if (inlineProfile && map.IsMap()) {
        for (const char *header : {"schema", "kind"}) {
            if (map[header].IsDefined())
                r.error(map[header], join(field, header),
                        "an inline profile has no schema or kind key");
        }
    }

    p.id = r.string(map, "id", field).value_or("");
    p.name = r.string(map, "name", field).value_or("");
    p.nameFr = r.string(map, "name_fr", field).value_or("");
    p.countryCode = r.string(map, "country", field).value_or("");
    p.onshore = r.boolean(map, "onshore", field).value_or(false);

    p.agentWage = readWage(r, map, field);
    p.minimumWage = r.money(map, "minimum_wage", field, Range::of(limits::Wage));
    p.employerChargeRate = r.figure(map, "employer_charge_rate", field,
                                    Range::of(limits::EmployerChargeRate));
    p.employeeContributionRate = r.figure(map, "employee_contribution_rate", field,
                                          Range::of(limits::EmployeeContributionRate));
    p.bonuses = readBonuses(r, map, field);
    p.weeklyHours = r.figure(map, "weekly_hours", field, Range::of(limits::WeeklyHours));
    p.paidHoursPerMonth = r.figure(map, "paid_hours_per_month", field,
                                   Range::of(limits::PaidHoursPerMonth));
    p.languages = readLanguages(r, map, field);

    const std::string sectorPath = join(field, "sector");
    if (YAML::Node s = section(r, map, "sector", field, {"jobs", "centres", "maturity"});
        s.IsDefined()) {
        p.sectorJobs = r.figure(s, "jobs", sectorPath, Range::of(limits::SectorJobs));
        p.contactCentres = r.figure(s, "centres", sectorPath, Range::of(limits::ContactCentres));
        p.sectorMaturity = r.figure(s, "maturity", sectorPath, Range::of(limits::Maturity));
    }

    const std::string tzPath = join(field, "time_zone");
    if (YAML::Node tz = section(r, map, "time_zone", field,
                                {"iana", "utc_offset_winter", "utc_offset_summer"});
        tz.IsDefined()) {
        p.timeZone.iana = r.string(tz, "iana", tzPath).value_or("");
        p.timeZone.utcOffsetWinter = r.figure(tz, "utc_offset_winter", tzPath,
                                              Range::of(limits::UtcOffset));
        p.timeZone.utcOffsetSummer = r.figure(tz, "utc_offset_summer", tzPath,
                                              Range::of(limits::UtcOffset));
    }

    const std::string wtPath = join(field, "working_time");
    if (YAML::Node wt = section(r, map, "working_time", field,
                                {"night_start_hour", "night_end_hour", "night_premium",
                                 "night_restricted", "sunday_premium", "sunday_restricted"});
        wt.IsDefined()) {
        p.rules.nightStartHour = r.figure(wt, "night_start_hour", wtPath,
                                          Range::of(limits::HourOfDay));
        p.rules.nightEndHour = r.figure(wt, "night_end_hour", wtPath, Range::of(limits::HourOfDay));
        p.rules.nightPremium = r.figure(wt, "night_premium", wtPath, Range::of(limits::Premium));
        p.rules.nightRestricted = r.figure(wt, "night_restricted", wtPath,
                                           Range::of(limits::Restricted));
        p.rules.sundayPremium = r.figure(wt, "sunday_premium", wtPath, Range::of(limits::Premium));
        p.rules.sundayRestricted = r.figure(wt, "sunday_restricted", wtPath,
                                            Range::of(limits::Restricted));
    }

    const std::string costPath = join(field, "costs");
    if (YAML::Node c = section(
            r, map, "costs", field,
            {"seat_per_month", "billed_rate_per_hour", "recruiting_per_hire", "training_weeks"});
        c.IsDefined()) {
        p.seatCostPerMonth = r.figure(c, "seat_per_month", costPath,
                                      Range::of(limits::SeatCostPerMonth));
        p.billedRatePerHour = r.figure(c, "billed_rate_per_hour", costPath,
                                       Range::of(limits::BilledRatePerHour));
        p.recruitingCostPerHire = r.figure(c, "recruiting_per_hire", costPath,
                                           Range::of(limits::RecruitingCostPerHire));
        p.trainingWeeks = r.figure(c, "training_weeks", costPath, Range::of(limits::TrainingWeeks));
    }

    p.attritionRate = r.figure(map, "attrition_rate", field, Range::of(limits::AttritionRate));
    p.ahtMultiplier = r.figure(map, "aht_multiplier", field, Range::of(limits::AhtMultiplier));

    const std::string riskPath = join(field, "risk");
    if (YAML::Node risk = section(r, map, "risk", field, {"political", "infrastructure"});
        risk.IsDefined()) {
        p.politicalRisk = r.figure(risk, "political", riskPath, Range::of(limits::Risk));
        p.infrastructureRisk = r.figure(risk, "infrastructure", riskPath, Range::of(limits::Risk));
    }

    const std::string escPath = join(field, "escalators");
    if (YAML::Node esc = section(r, map, "escalators", field, {"wage_inflation", "fx_drift"});
        esc.IsDefined()) {
        p.wageInflation = r.figure(esc, "wage_inflation", escPath,
                                   Range::of(limits::WageInflation));
        p.fxDrift = r.figure(esc, "fx_drift", escPath, Range::of(limits::FxDrift));
    }

    p.business = readSiteFigures(r, map, field);
    p.notes = readNotes(r, map, field);
    return p;
}

void writeFigure(YAML::Emitter &out, const char *key, const Figure &figure)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "value" << YAML::Value << formatNumber(figure.value);
    if (figure.min)
        out << YAML::Key << "min" << YAML::Value << formatNumber(*figure.min);
    if (figure.max)
        out << YAML::Key << "max" << YAML::Value << formatNumber(*figure.max);
    out << YAML::Key << "source" << YAML::Value << YAML::DoubleQuoted << figure.provenance.source;
    out << YAML::Key << "as_of" << YAML::Value << YAML::DoubleQuoted << figure.provenance.asOf;
    if (figure.provenance.estimate)
        out << YAML::Key << "estimate" << YAML::Value << true;
    if (!figure.provenance.note.empty())
        out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted << figure.provenance.note;
    out << YAML::EndMap;
}

namespace {

void writeMoney(YAML::Emitter &out, const char *key, const MoneyFigure &m)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginMap;
    out << YAML::Key << "value" << YAML::Value << formatNumber(m.amount);
    out << YAML::Key << "currency" << YAML::Value << m.currency;
    out << YAML::Key << "source" << YAML::Value << YAML::DoubleQuoted << m.provenance.source;
    out << YAML::Key << "as_of" << YAML::Value << YAML::DoubleQuoted << m.provenance.asOf;
    if (m.provenance.estimate)
        out << YAML::Key << "estimate" << YAML::Value << true;
    if (!m.provenance.note.empty())
        out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted << m.provenance.note;
    out << YAML::EndMap;
}

void text(YAML::Emitter &out, const char *key, const std::string &value)
{
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
}

} // namespace

void writeDestination(YAML::Emitter &out, const DestinationProfile &p)
{
    out << YAML::Key << "id" << YAML::Value << p.id;
    text(out, "name", p.name);
    text(out, "name_fr", p.nameFr);
    out << YAML::Key << "country" << YAML::Value << p.countryCode;
    out << YAML::Key << "onshore" << YAML::Value << p.onshore;

    out << YAML::Key << "agent_wage" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "currency" << YAML::Value << p.agentWage.currency;
    out << YAML::Key << "basis" << YAML::Value
        << (p.agentWage.basis == PayBasis::Net ? "net" : "gross");
    out << YAML::Key << "period" << YAML::Value << "month";
    writeFigure(out, "min", p.agentWage.min);
    writeFigure(out, "typical", p.agentWage.typical);
    writeFigure(out, "max", p.agentWage.max);
    out << YAML::EndMap;

    writeMoney(out, "minimum_wage", p.minimumWage);
    writeFigure(out, "employer_charge_rate", p.employerChargeRate);
    writeFigure(out, "employee_contribution_rate", p.employeeContributionRate);
    out << YAML::Key << "bonuses" << YAML::Value << YAML::BeginSeq;
    for (const Bonus &b : p.bonuses) {
        out << YAML::BeginMap;
        text(out, "name", b.name);
        writeFigure(out, "months_per_year", b.monthsPerYear);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
    writeFigure(out, "weekly_hours", p.weeklyHours);
    writeFigure(out, "paid_hours_per_month", p.paidHoursPerMonth);

    out << YAML::Key << "languages" << YAML::Value << YAML::BeginSeq;
    for (const LanguageSkill &s : p.languages) {
        out << YAML::BeginMap << YAML::Key << "code" << YAML::Value << s.code;
        writeFigure(out, "full", s.fullShare);
        writeFigure(out, "partial", s.partialShare);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;

    out << YAML::Key << "sector" << YAML::Value << YAML::BeginMap;
    writeFigure(out, "jobs", p.sectorJobs);
    writeFigure(out, "centres", p.contactCentres);
    writeFigure(out, "maturity", p.sectorMaturity);
    out << YAML::EndMap;

    out << YAML::Key << "time_zone" << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "iana" << YAML::Value << p.timeZone.iana;
    writeFigure(out, "utc_offset_winter", p.timeZone.utcOffsetWinter);
    writeFigure(out, "utc_offset_summer", p.timeZone.utcOffsetSummer);
    out << YAML::EndMap;

    out << YAML::Key << "working_time" << YAML::Value << YAML::BeginMap;
    writeFigure(out, "night_start_hour", p.rules.nightStartHour);
    writeFigure(out, "night_end_hour", p.rules.nightEndHour);
    writeFigure(out, "night_premium", p.rules.nightPremium);
    writeFigure(out, "night_restricted", p.rules.nightRestricted);
    writeFigure(out, "sunday_premium", p.rules.sundayPremium);
    writeFigure(out, "sunday_restricted", p.rules.sundayRestricted);
    out << YAML::EndMap;

    out << YAML::Key << "costs" << YAML::Value << YAML::BeginMap;
    writeFigure(out, "seat_per_month", p.seatCostPerMonth);
    writeFigure(out, "billed_rate_per_hour", p.billedRatePerHour);
    writeFigure(out, "recruiting_per_hire", p.recruitingCostPerHire);
    writeFigure(out, "training_weeks", p.trainingWeeks);
    out << YAML::EndMap;

    writeFigure(out, "attrition_rate", p.attritionRate);
    writeFigure(out, "aht_multiplier", p.ahtMultiplier);

    out << YAML::Key << "risk" << YAML::Value << YAML::BeginMap;
    writeFigure(out, "political", p.politicalRisk);
    writeFigure(out, "infrastructure", p.infrastructureRisk);
    out << YAML::EndMap;

    out << YAML::Key << "escalators" << YAML::Value << YAML::BeginMap;
    writeFigure(out, "wage_inflation", p.wageInflation);
    writeFigure(out, "fx_drift", p.fxDrift);
    out << YAML::EndMap;

    const SiteFigures &f = p.business;
    out << YAML::Key << "business_case" << YAML::Value << YAML::BeginMap;
    writeFigure(out, "shrinkage", f.shrinkage);
    writeFigure(out, "travel_cost_per_trip", f.travelCostPerTrip);
    writeFigure(out, "telecom_site_per_month", f.telecomSitePerMonth);
    writeFigure(out, "telecom_per_seat_per_month", f.telecomPerSeatPerMonth);
    writeFigure(out, "voice_routing_per_minute", f.voiceRoutingPerMinute);
    writeFigure(out, "repeat_rate", f.repeatRate);
    writeFigure(out, "site_fixed_per_month", f.siteFixedPerMonth);
    writeFigure(out, "vendor_setup_fee", f.vendorSetupFee);
    writeFigure(out, "vendor_minimum_fte", f.vendorMinimumFte);
    out << YAML::EndMap;

    out << YAML::Key << "notes" << YAML::Value << YAML::BeginSeq;
    for (const SourcedNote &n : p.notes) {
        out << YAML::BeginMap;
        text(out, "topic", n.topic);
        text(out, "text", n.text);
        text(out, "source", n.provenance.source);
        text(out, "as_of", n.provenance.asOf);
        if (n.provenance.estimate)
            out << YAML::Key << "estimate" << YAML::Value << true;
        if (!n.provenance.note.empty())
            text(out, "note", n.provenance.note);
        out << YAML::EndMap;
    }
    out << YAML::EndSeq;
}

} // namespace escale::data::detail
