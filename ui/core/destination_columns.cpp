// SPDX-License-Identifier: GPL-3.0-or-later
#include "destination_columns.h"

#include "core/formatting.h"

#include <QLocale>

#include <array>
#include <cmath>
#include <limits>
#include <utility>

namespace escale::ui {

QString DestinationColumns::estimateMarker()
{
    return QStringLiteral("≈");
}

namespace {

using M = DestinationColumns;

enum class Kind { Text, Wage, Share, SignedShare, Number, Offset };

/**
 * How a column is shown and edited: display decimals are a maximum (trailing zeros dropped);
 * the accepted values are the loader's (limits.h).
 */
struct Spec
{
    Kind kind;
    int decimals;
    limits::Interval range;
    double step; ///< spin box step, in shown units
};

constexpr limits::Interval NotANumber = limits::closed(0, 0);

constexpr std::array<Spec, M::ColumnCount> Specs{{
    {Kind::Text, 0, NotANumber, 0}, // name
    {Kind::Wage, 0, limits::Wage, 10}, // typical wage
    {Kind::Wage, 0, limits::Wage, 10}, // lowest wage
    {Kind::Wage, 0, limits::Wage, 10}, // highest wage
    {Kind::Share, 2, limits::EmployerChargeRate, 0.5}, // employer charges
    {Kind::Share, 2, limits::EmployeeContributionRate, 0.5}, // employee contributions
    {Kind::Number, 2, limits::BonusMonthsPerYear, 0.5}, // bonus months
    {Kind::Number, 1, limits::WeeklyHours, 1}, // weekly hours
    {Kind::Share, 1, limits::LanguageShare, 1}, // French full
    {Kind::Share, 1, limits::LanguageShare, 1}, // French partial
    {Kind::Share, 1, limits::LanguageShare, 1}, // English full
    {Kind::Number, 0, limits::SectorJobs, 1000}, // sector jobs
    {Kind::Number, 1, limits::Maturity, 0.5}, // maturity
    {Kind::Offset, 2, limits::UtcOffset, 1}, // UTC winter
    {Kind::Offset, 2, limits::UtcOffset, 1}, // UTC summer
    {Kind::Share, 0, limits::Premium, 5}, // night premium
    {Kind::Share, 0, limits::Premium, 5}, // Sunday premium
    {Kind::Number, 0, limits::SeatCostPerMonth, 10}, // seat cost
    {Kind::Number, 2, limits::BilledRatePerHour, 0.5}, // billed rate
    {Kind::Number, 0, limits::RecruitingCostPerHire, 50}, // recruiting
    {Kind::Number, 1, limits::TrainingWeeks, 1}, // training weeks
    {Kind::Share, 1, limits::AttritionRate, 1}, // attrition
    {Kind::Number, 2, limits::AhtMultiplier, 0.05}, // AHT multiplier
    {Kind::Number, 1, limits::Risk, 0.5}, // political risk
    {Kind::Number, 1, limits::Risk, 0.5}, // infrastructure risk
    {Kind::SignedShare, 1, limits::WageInflation, 0.5}, // wage inflation
    {Kind::SignedShare, 1, limits::FxDrift, 0.5}, // FX drift
}};

const Spec &specOf(int column)
{
    return Specs[std::size_t(column)];
}

double scaleOf(Kind kind)
{
    return kind == Kind::Share || kind == Kind::SignedShare ? 100.0 : 1.0;
}

QString withSign(double value, const QString &text)
{
    return value > 0.0 ? QLocale().positiveSign() + text : text;
}

} // namespace

const Figure *DestinationColumns::figureOf(const DestinationProfile &p, int column)
{
    auto language = [&p](const char *code, bool full) -> const Figure * {
        const LanguageSkill *skill = p.language(code);
        return skill ? (full ? &skill->fullShare : &skill->partialShare) : nullptr;
    };
    switch (column) {
    case M::TypicalWageColumn:
        return &p.agentWage.typical;
    case M::MinWageColumn:
        return &p.agentWage.min;
    case M::MaxWageColumn:
        return &p.agentWage.max;
    case M::EmployerChargesColumn:
        return &p.employerChargeRate;
    case M::EmployeeContributionsColumn:
        return &p.employeeContributionRate;
    case M::BonusMonthsColumn:
        return p.bonuses.size() == 1 ? &p.bonuses.front().monthsPerYear : nullptr;
    case M::WeeklyHoursColumn:
        return &p.weeklyHours;
    case M::FrenchFullColumn:
        return language("fr", true);
    case M::FrenchPartialColumn:
        return language("fr", false);
    case M::EnglishFullColumn:
        return language("en", true);
    case M::SectorJobsColumn:
        return &p.sectorJobs;
    case M::MaturityColumn:
        return &p.sectorMaturity;
    case M::UtcWinterColumn:
        return &p.timeZone.utcOffsetWinter;
    case M::UtcSummerColumn:
        return &p.timeZone.utcOffsetSummer;
    case M::NightPremiumColumn:
        return &p.rules.nightPremium;
    case M::SundayPremiumColumn:
        return &p.rules.sundayPremium;
    case M::SeatCostColumn:
        return &p.seatCostPerMonth;
    case M::BilledRateColumn:
        return &p.billedRatePerHour;
    case M::RecruitingCostColumn:
        return &p.recruitingCostPerHire;
    case M::TrainingWeeksColumn:
        return &p.trainingWeeks;
    case M::AttritionColumn:
        return &p.attritionRate;
    case M::AhtMultiplierColumn:
        return &p.ahtMultiplier;
    case M::PoliticalRiskColumn:
        return &p.politicalRisk;
    case M::InfrastructureRiskColumn:
        return &p.infrastructureRisk;
    case M::WageInflationColumn:
        return &p.wageInflation;
    case M::FxDriftColumn:
        return &p.fxDrift;
    default:
        return nullptr;
    }
}

Figure *DestinationColumns::editableFigure(DestinationProfile &p, int column)
{
    if (column == M::BonusMonthsColumn && p.bonuses.empty())
        p.bonuses.push_back(Bonus{"Bonus", {}});
    if (column == M::FrenchFullColumn || column == M::FrenchPartialColumn
        || column == M::EnglishFullColumn) {
        const std::string code = column == M::EnglishFullColumn ? "en" : "fr";
        if (!p.language(code))
            p.languages.push_back(LanguageSkill{code, {}, {}});
    }
    return const_cast<Figure *>(figureOf(std::as_const(p), column));
}

std::optional<double> DestinationColumns::valueOf(const DestinationProfile &p, int column)
{
    if (column == M::BonusMonthsColumn) {
        double months = 0.0;
        for (const Bonus &bonus : p.bonuses)
            months += bonus.monthsPerYear.value;
        return months;
    }
    if (const Figure *figure = figureOf(p, column))
        return figure->value;
    return std::nullopt;
}

bool DestinationColumns::isEstimate(const DestinationProfile &p, int column)
{
    if (column == M::BonusMonthsColumn) {
        for (const Bonus &bonus : p.bonuses) {
            if (bonus.monthsPerYear.provenance.estimate)
                return true;
        }
        return false;
    }
    const Figure *figure = figureOf(p, column);
    return figure && figure->provenance.estimate;
}

QString DestinationColumns::formatValue(const DestinationProfile &p, int column, double value)
{
    const Spec &spec = specOf(column);
    switch (spec.kind) {
    case Kind::Text:
        return {};
    case Kind::Wage:
        if (p.agentWage.currency == "EUR")
            return Formatter::money(value, Formatter::neededDecimals(value, 2) == 0 ? 0 : 2);
        return tr("%1 %2").arg(Formatter::number(value, Formatter::neededDecimals(value, 2)),
                               QString::fromStdString(p.agentWage.currency));
    case Kind::Share:
        return Formatter::percent(value, Formatter::neededDecimals(value * 100.0, spec.decimals));
    case Kind::SignedShare:
        return withSign(value, Formatter::percent(
                                   value, Formatter::neededDecimals(value * 100.0, spec.decimals)));
    case Kind::Number:
        return Formatter::number(value, Formatter::neededDecimals(value, spec.decimals));
    case Kind::Offset:
        return withSign(value,
                        Formatter::number(value, Formatter::neededDecimals(value, spec.decimals)));
    }
    return {};
}

QString DestinationColumns::rangeError(const DestinationProfile &p, int column, double v)
{
    return Formatter::rangeError(label(column), specOf(column).range, v,
                                 [&p, column](double x) { return formatValue(p, column, x); });
}

NumberSpec DestinationColumns::numberSpec(int column)
{
    const Spec &s = specOf(column);
    NumberSpec spec;
    spec.scale = scaleOf(s.kind);
    spec.decimals = s.kind == Kind::Wage ? 2 : std::max(s.decimals, 2);
    spec.step = s.step;
    if (spec.scale != 1.0)
        spec.suffix = tr(" %");
    return spec;
}

QString DestinationColumns::tooltip(const DestinationProfile &p, int column)
{
    if (column == M::NameColumn) {
        return tr("%1 (%2, id “%3”), %4")
            .arg(Formatter::destinationName(p), QString::fromStdString(p.countryCode),
                 QString::fromStdString(p.id), p.onshore ? tr("onshore") : tr("offshore"));
    }
    if (column == M::BonusMonthsColumn) {
        if (p.bonuses.empty())
            return tr("No statutory or customary bonus recorded. Enter a number of months "
                      "to add one.");
        QStringList parts;
        for (const Bonus &bonus : p.bonuses) {
            parts << tr("<b>%1</b>: %2 month(s)<br>%3")
                         .arg(QString::fromStdString(bonus.name).toHtmlEscaped(),
                              Formatter::number(bonus.monthsPerYear.value, 2),
                              Formatter::provenanceTooltip(bonus.monthsPerYear.provenance));
        }
        return parts.join(QStringLiteral("<hr>"));
    }
    const Figure *figure = figureOf(p, column);
    if (!figure)
        return tr("Not in this profile. Enter a value to add it.");
    QString text = Formatter::provenanceTooltip(figure->provenance);
    if (column == M::EnglishFullColumn) {
        if (const LanguageSkill *en = p.language("en"))
            text += tr("<br>Partial English speakers: %1")
                        .arg(Formatter::percent(en->partialShare.value));
    }
    return text;
}

QString DestinationColumns::label(int column)
{
    switch (column) {
    case M::NameColumn:
        return tr("Destination");
    case M::TypicalWageColumn:
        return tr("Typical wage");
    case M::MinWageColumn:
        return tr("Lowest wage");
    case M::MaxWageColumn:
        return tr("Highest wage");
    case M::EmployerChargesColumn:
        return tr("Employer charges");
    case M::EmployeeContributionsColumn:
        return tr("Employee contrib.");
    case M::BonusMonthsColumn:
        return tr("Bonuses");
    case M::WeeklyHoursColumn:
        return tr("Weekly hours");
    case M::FrenchFullColumn:
        return tr("French, full");
    case M::FrenchPartialColumn:
        return tr("French, partial");
    case M::EnglishFullColumn:
        return tr("English, full");
    case M::SectorJobsColumn:
        return tr("Sector jobs");
    case M::MaturityColumn:
        return tr("Maturity");
    case M::UtcWinterColumn:
        return tr("UTC offset, winter");
    case M::UtcSummerColumn:
        return tr("UTC offset, summer");
    case M::NightPremiumColumn:
        return tr("Night premium");
    case M::SundayPremiumColumn:
        return tr("Sunday premium");
    case M::SeatCostColumn:
        return tr("Seat cost");
    case M::BilledRateColumn:
        return tr("Billed rate");
    case M::RecruitingCostColumn:
        return tr("Recruiting");
    case M::TrainingWeeksColumn:
        return tr("Training");
    case M::AttritionColumn:
        return tr("Attrition");
    case M::AhtMultiplierColumn:
        return tr("AHT multiplier");
    case M::PoliticalRiskColumn:
        return tr("Political risk");
    case M::InfrastructureRiskColumn:
        return tr("Infrastructure risk");
    case M::WageInflationColumn:
        return tr("Wage inflation");
    case M::FxDriftColumn:
        return tr("FX drift");
    default:
        return {};
    }
}

QString DestinationColumns::unit(int column)
{
    switch (column) {
    case M::TypicalWageColumn:
    case M::MinWageColumn:
    case M::MaxWageColumn:
        return tr("per month");
    case M::EmployerChargesColumn:
    case M::EmployeeContributionsColumn:
        return tr("% of gross");
    case M::BonusMonthsColumn:
        return tr("months/year");
    case M::WeeklyHoursColumn:
        return tr("h");
    case M::FrenchFullColumn:
    case M::FrenchPartialColumn:
    case M::EnglishFullColumn:
        return tr("% of people");
    case M::SectorJobsColumn:
        return tr("jobs");
    case M::MaturityColumn:
    case M::PoliticalRiskColumn:
    case M::InfrastructureRiskColumn:
        return tr("1–5");
    case M::UtcWinterColumn:
    case M::UtcSummerColumn:
        return tr("h");
    case M::NightPremiumColumn:
    case M::SundayPremiumColumn:
        return tr("% extra pay");
    case M::SeatCostColumn:
        return tr("€/month");
    case M::BilledRateColumn:
        return tr("€/h");
    case M::RecruitingCostColumn:
        return tr("€/hire");
    case M::TrainingWeeksColumn:
        return tr("weeks");
    case M::AttritionColumn:
        return tr("%/year");
    case M::AhtMultiplierColumn:
        return tr("× onshore");
    case M::WageInflationColumn:
    case M::FxDriftColumn:
        return tr("%/year");
    default:
        return {};
    }
}

QString DestinationColumns::hint(int column)
{
    switch (column) {
    case M::NameColumn:
        return tr("The destination; bold: onshore (the client's country).");
    case M::TypicalWageColumn:
        return tr("Monthly pay of a full-time agent, in the profile's currency and pay basis; "
                  "the figure the in-house cost uses.");
    case M::MinWageColumn:
        return tr("Low end of the agent pay range (not the legal minimum).");
    case M::MaxWageColumn:
        return tr("High end of the agent pay range.");
    case M::EmployerChargesColumn:
        return tr("Employer social charges on gross pay.");
    case M::EmployeeContributionsColumn:
        return tr("Employee contributions; net pay is grossed up as net / (1 − rate).");
    case M::BonusMonthsColumn:
        return tr("Statutory or customary bonuses (13th month = 1).");
    case M::WeeklyHoursColumn:
        return tr("Contractual full-time hours per week.");
    case M::FrenchFullColumn:
        return tr("Share of the population fluent in French.");
    case M::FrenchPartialColumn:
        return tr("Share with a working knowledge of French.");
    case M::EnglishFullColumn:
        return tr("Share of the population fluent in English.");
    case M::SectorJobsColumn:
        return tr("Contact-centre / BPO jobs in the country.");
    case M::MaturityColumn:
        return tr("1 nascent … 5 large, experienced, mature.");
    case M::UtcWinterColumn:
        return tr("Local offset from UTC while Paris is on UTC+1.");
    case M::UtcSummerColumn:
        return tr("Local offset from UTC while Paris is on UTC+2.");
    case M::NightPremiumColumn:
        return tr("Extra pay rate for night hours (25 % = +25 %).");
    case M::SundayPremiumColumn:
        return tr("Extra pay rate for Sunday hours.");
    case M::SeatCostColumn:
        return tr("Workstation, facility, IT and telecom per seat.");
    case M::BilledRateColumn:
        return tr("Vendor price per productive (logged) hour.");
    case M::RecruitingCostColumn:
        return tr("Cost of recruiting one agent.");
    case M::TrainingWeeksColumn:
        return tr("Initial training before taking contacts.");
    case M::AttritionColumn:
        return tr("Annual agent attrition (100 % = all staff replaced).");
    case M::AhtMultiplierColumn:
        return tr("Handle time relative to the onshore reference.");
    case M::PoliticalRiskColumn:
        return tr("Political, macro and security risk: 1 low … 5 high.");
    case M::InfrastructureRiskColumn:
        return tr("Power, telecom, connectivity: 1 low … 5 high.");
    case M::WageInflationColumn:
        return tr("Expected yearly wage growth.");
    case M::FxDriftColumn:
        return tr("Expected yearly change of the local currency's value in euros.");
    default:
        return {};
    }
}

} // namespace escale::ui
