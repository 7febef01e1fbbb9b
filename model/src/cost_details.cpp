// SPDX-License-Identifier: GPL-3.0-or-later
// The formula and the sourced inputs of every cost line, for the JSON, the tooltips and the report.
#include "escale/model/cost.h"

namespace escale {

namespace {

LineInput input(std::string name, const Figure &figure, std::string unit)
{
    return {std::move(name), figure.value, std::move(unit), figure.provenance};
}

LineInput computed(std::string name, double value, std::string unit, std::string how)
{
    Provenance p;
    p.source = std::move(how);
    return {std::move(name), value, std::move(unit), p};
}

} // namespace

std::vector<LineDetail> describeLines(const CostInputs &in, CostView view)
{
    const DestinationProfile &p = *in.profile;
    const SiteFigures &f = p.business;
    const SiteSizing size = sizeSite(*in.staffing, p, in.assumptions);
    const LineInput fte = computed("agent_fte", size.agentFte, "FTE",
                                   "Staffing: scheduled weekly hours / contract weekly hours");
    const LineInput hours = computed("productive_hours_per_month", size.productiveHoursPerMonth,
                                     "h", "Staffing: on-floor agent hours per week x 52/12");
    const LineInput seats = computed("seats", size.seats, "seats",
                                     "ceil(peak agents x (1 + spare)) + ceil(support FTE)");
    const LineInput wage = input("agent_wage.typical", p.agentWage.typical,
                                 p.agentWage.currency + "/month");
    const LineInput charges = input("employer_charge_rate", p.employerChargeRate, "share");

    std::vector<LineDetail> out;
    auto add = [&](CostLine line, std::string formula, std::vector<LineInput> inputs) {
        out.push_back({line, std::move(formula), std::move(inputs)});
    };
    if (view == CostView::InHouse) {
        add(CostLine::Labour, "FTE x W x (1 + bonus months / 12)", {fte, wage});
        add(CostLine::Premiums,
            "FTE x W x (night share x night premium + Sunday share x Sunday "
            "premium)",
            {fte, wage, input("working_time.night_premium", p.rules.nightPremium, "share"),
             input("working_time.sunday_premium", p.rules.sundayPremium, "share")});
        add(CostLine::Charges, "(labour + premiums) x employer charge rate", {charges});
        add(CostLine::Supervision,
            "sum over roles of FTE / agents per role x pay multiple x loaded pay", {fte});
        add(CostLine::Seats, "seats x seat cost per month",
            {seats, input("costs.seat_per_month", p.seatCostPerMonth, "EUR/month")});
        add(CostLine::Attrition,
            "FTE x attrition / 12 x (recruiting + (training + nesting weeks x loss) x weekly "
            "loaded pay)",
            {fte, input("attrition_rate", p.attritionRate, "per year"),
             input("costs.recruiting_per_hire", p.recruitingCostPerHire, "EUR"),
             input("costs.training_weeks", p.trainingWeeks, "weeks")});
        add(CostLine::Telecom,
            "site links + telephony per seat x seats + voice routing x voice minutes",
            {input("business_case.telecom_site_per_month", f.telecomSitePerMonth, "EUR/month"),
             input("business_case.telecom_per_seat_per_month", f.telecomPerSeatPerMonth,
                   "EUR/month"),
             seats,
             input("business_case.voice_routing_per_minute", f.voiceRoutingPerMinute, "EUR/min"),
             computed("voice_minutes_per_month", in.voiceMinutesPerMonth, "min",
                      "Workload: voice and outbound volume x AHT x AHT multiplier")});
        add(CostLine::Fixed, "site management and local entity per month",
            {input("business_case.site_fixed_per_month", f.siteFixedPerMonth, "EUR/month")});
    } else {
        add(CostLine::VendorFees, "billed rate x productive hours",
            {input("costs.billed_rate_per_hour", p.billedRatePerHour, "EUR/h"), hours});
        add(CostLine::Premiums,
            "vendor fees x (night share x night premium + Sunday share x Sunday premium) x pay "
            "share of the site's in-house cost",
            {input("working_time.night_premium", p.rules.nightPremium, "share"),
             input("working_time.sunday_premium", p.rules.sundayPremium, "share")});
        add(CostLine::Telecom, "site links + voice routing x voice minutes",
            {input("business_case.telecom_site_per_month", f.telecomSitePerMonth, "EUR/month"),
             input("business_case.voice_routing_per_minute", f.voiceRoutingPerMinute, "EUR/min"),
             computed("voice_minutes_per_month", in.voiceMinutesPerMonth, "min",
                      "Workload: voice and outbound volume x AHT x AHT multiplier")});
        add(CostLine::Fixed,
            "billed rate x max(0, minimum FTE x productive hours per FTE - productive hours), "
            "plus the set-up fee in month 1",
            {input("business_case.vendor_minimum_fte", f.vendorMinimumFte, "FTE"),
             input("business_case.vendor_setup_fee", f.vendorSetupFee, "EUR"), hours});
    }
    if (in.business) {
        const BusinessCase &b = *in.business;
        add(CostLine::Governance,
            "governance FTE per agent x FTE x pay multiple x reference loaded pay (none on the "
            "client's own onshore in-house site)",
            {input("business_case.governance.fte_per_agent", b.governanceFtePerAgent, "FTE/FTE"),
             input("business_case.governance.pay_multiple", b.governancePayMultiple, "x"), fte,
             computed("reference_loaded_pay", in.referenceLoadedPay, "EUR/month",
                      "The incumbent's (else the onshore site's) loaded agent pay")});
        add(CostLine::Travel, "visits per year x cost per trip / 12",
            {input("business_case.travel.visits_per_year", b.visitsPerYear, "trips/year"),
             input("business_case.travel_cost_per_trip", f.travelCostPerTrip, "EUR")});
        add(CostLine::QualityMonitoring,
            "reviewed share x contacts x cost per review + fixed quality cost",
            {input("business_case.quality_monitoring.reviewed_share", b.reviewedShare, "share"),
             input("business_case.quality_monitoring.cost_per_review", b.costPerReview, "EUR"),
             input("business_case.quality_monitoring.fixed_per_month", b.qualityFixedPerMonth,
                   "EUR/month")});
        Provenance ramp = b.rampProvenance;
        add(CostLine::RampUp,
            "sum over the ramp months of (run rate at AHT x ramp factor - steady run rate)",
            {{"ramp_up.curve", double(b.rampUp.size()), "points", ramp}});
        add(CostLine::Exit,
            b.incumbentMode == IncumbentMode::InHouse
                ? "heads x R1234-2 severance + notice months x loaded pay + social plan (from 10 "
                  "heads) + lease exit months x seat cost"
                : "contract exit fee months x the incumbent's monthly invoice",
            {input("business_case.exit.seniority_years", b.seniorityYears, "years"),
             input("business_case.exit.notice_months", b.noticeMonths, "months"),
             input("business_case.exit.social_plan_per_employee", b.socialPlanPerEmployee, "EUR"),
             input("business_case.exit.lease_exit_months", b.leaseExitMonths, "months"),
             input("business_case.exit.contract_exit_fee", b.contractExitFeeMonths, "months")});
    }
    add(CostLine::RepeatContacts,
        "run rate at volume x (1 + repeat rate) - run rate at the scenario's volume",
        {input("business_case.repeat_rate", f.repeatRate, "per contact")});
    add(CostLine::Transition,
        "transition months x year-1 run rate, plus the incumbent's cost during the parallel run",
        {computed("transition_months", in.assumptions.transitionMonths, "months",
                  "Scenario: cost.transition_months")});
    return out;
}

} // namespace escale
