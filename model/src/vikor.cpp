// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace escale::mcda {

namespace {

/** Allowance for rounding in C1 and in the compromise set (Q lies in [0, 1]). */
constexpr double AdvantageSlack = 1e-12;

/** (value - best)/(worst - best), or 0 when the range is empty. */
double scaled(double value, double best, double worst)
{
    return worst > best ? (value - best) / (worst - best) : 0.0;
}

} // namespace

Ranking vikor(const Problem &problem, double v)
{
    if (!(v >= 0.0 && v <= 1.0))
        throw InputError("v", "the VIKOR weight v must lie in [0, 1]");
    problem.validate();
    const Eigen::VectorXd w = problem.normalizedWeights();
    const Eigen::MatrixXd &x = problem.values;
    const Eigen::Index m = x.rows();

    Eigen::VectorXd S = Eigen::VectorXd::Zero(m);
    Eigen::VectorXd R = Eigen::VectorXd::Zero(m);
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        const auto col = x.col(j);
        const bool cost = problem.criteria[static_cast<std::size_t>(j)].direction
                          == Direction::Cost;
        const double hi = col.maxCoeff();
        const double lo = col.minCoeff();
        const double fBest = cost ? lo : hi;
        const double fWorst = cost ? hi : lo;
        if (fBest == fWorst || w[j] == 0.0)
            continue; // f* = f-: d = 0 for every alternative
        // Halving keeps f* - f- finite for values near the double range.
        const double half = std::isfinite(fBest - fWorst) ? 1.0 : 0.5;
        const double range = half * fBest - half * fWorst;
        for (Eigen::Index i = 0; i < m; ++i) {
            const double term = w[j] * ((half * fBest - half * col[i]) / range);
            S[i] += term;
            R[i] = std::max(R[i], term);
        }
    }

    const double sBest = S.minCoeff();
    const double sWorst = S.maxCoeff();
    const double rBest = R.minCoeff();
    const double rWorst = R.maxCoeff();
    Eigen::VectorXd Q(m);
    for (Eigen::Index i = 0; i < m; ++i)
        Q[i] = v * scaled(S[i], sBest, sWorst) + (1.0 - v) * scaled(R[i], rBest, rWorst);

    Ranking out;
    out.method = Method::Vikor;
    out.scores = (1.0 - Q.array()).matrix();
    out.ranks = competitionRanks(-Q);
    out.ranksByS = competitionRanks(-S);
    out.ranksByR = competitionRanks(-R);

    std::vector<int> order(static_cast<std::size_t>(m));
    std::iota(order.begin(), order.end(), 0);
    // Order by Q rank (ties within the rank tolerance keep input order), consistent with best().
    const std::vector<int> &byQ = out.ranks;
    std::stable_sort(order.begin(), order.end(), [&byQ](int a, int b) {
        return byQ[static_cast<std::size_t>(a)] < byQ[static_cast<std::size_t>(b)];
    });
    const int a1 = order.front();
    if (m == 1) {
        out.acceptableAdvantage = true;
        out.acceptableStability = true;
        out.compromiseSet = {a1};
    } else {
        const double dq = 1.0 / static_cast<double>(m - 1);
        const int a2 = order[1];
        out.acceptableAdvantage = Q[a2] - Q[a1] >= dq - AdvantageSlack;
        out.acceptableStability = out.ranksByS[static_cast<std::size_t>(a1)] == 1
                                  || out.ranksByR[static_cast<std::size_t>(a1)] == 1;
        if (out.acceptableAdvantage && out.acceptableStability) {
            out.compromiseSet = {a1};
        } else if (out.acceptableAdvantage) {
            out.compromiseSet = {a1, a2};
        } else {
            for (int a : order) {
                if (Q[a] - Q[a1] < dq - AdvantageSlack)
                    out.compromiseSet.push_back(a);
            }
        }
    }
    out.S = std::move(S);
    out.R = std::move(R);
    out.Q = std::move(Q);
    return out;
}

} // namespace escale::mcda
