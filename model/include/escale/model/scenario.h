// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/business_case.h"
#include "escale/model/criteria.h"
#include "escale/model/destination.h"
#include "escale/model/exchange_rates.h"
#include "escale/model/methods.h"
#include "escale/model/workload.h"

#include <optional>
#include <string>
#include <vector>

namespace escale {

/** How a site's cost is counted. Both are always computed; the view chooses the cost criterion. */
enum class CostView {
    Vendor, ///< an outsourcer bills productive hours (all-in rate)
    InHouse ///< the client runs the site: pay, charges, supervision, seats, attrition
};

/** A support role costed at `payMultiple` x the agent's loaded pay, one per `agentsPerRole` FTE. */
struct SupportRole
{
    std::string role;
    double agentsPerRole = 12.0;
    double payMultiple = 1.5;

    bool operator==(const SupportRole &) const = default;
};

/** Scenario-wide cost assumptions ([E] defaults from the project's domain notes). */
struct CostAssumptions
{
    CostView view = CostView::Vendor;
    double transitionMonths = 3.0; ///< one-off transition cost in months of run-rate, for a move
    double seatSpareRatio = 0.10; ///< spare workstations over the peak on-floor headcount
    double nestingWeeks = 2.0; ///< weeks a new agent works at reduced productivity
    double nestingProductivityLoss = 0.5;
    std::vector<SupportRole> supportRoles{{"team_leader", 13.0, 1.5},
                                          {"quality_analyst", 45.0, 1.3},
                                          {"trainer", 65.0, 1.3},
                                          {"workforce_planner", 90.0, 1.5}};

    bool operator==(const CostAssumptions &) const = default;
};

/** Hard constraints: a site failing one is excluded with a stated reason, not ranked. */
struct Constraints
{
    std::optional<double> minFrenchFullShare; ///< share of full French speakers, 0..1
    std::optional<double> maxRisk; ///< mean political/infrastructure risk, 1..5
    double maxSectorShare = 0.10; ///< the site's FTE as a share of the sector's jobs
    std::optional<double> minCoverage; ///< coverage criterion, 0..1

    bool operator==(const Constraints &) const = default;
};

/** A decision case: the client's workload, the candidates and how to weigh them. */
struct Scenario
{
    std::string name;
    std::string client;
    std::string description;
    int horizonMonths = 36;
    std::string startMonth = "2027-01"; ///< first month of the contract, YYYY-MM
    std::string incumbent; ///< id of the site the work runs at today, may be empty

    Workload workload;
    Weights weights;
    Constraints constraints;
    CostAssumptions cost;
    BusinessCase business;
    mcda::MethodSpec method{mcda::Method::Wsm, mcda::Normalization::None, 0.5};

    std::vector<DestinationProfile> destinations;
    ExchangeRates exchangeRates;

    bool operator==(const Scenario &) const = default;
};

} // namespace escale
