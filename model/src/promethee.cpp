// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace escale::mcda {

namespace {

std::string preferenceField(Eigen::Index j, const char *parameter)
{
    return "criteria[" + std::to_string(j) + "].preference." + parameter;
}

void checkParameter(bool ok, Eigen::Index j, const char *parameter, const char *message)
{
    if (!ok)
        throw InputError(preferenceField(j, parameter), message);
}

/** The parameters a preference function uses must be finite and ordered (Brans & Mareschal). */
void validatePreference(const Preference &f, Eigen::Index j)
{
    const bool usesQ = f.function == PreferenceFunction::UShape
                       || f.function == PreferenceFunction::Level
                       || f.function == PreferenceFunction::Linear;
    const bool usesP = f.function == PreferenceFunction::VShape
                       || f.function == PreferenceFunction::Level
                       || f.function == PreferenceFunction::Linear;
    if (usesQ)
        checkParameter(std::isfinite(f.q) && f.q >= 0.0, j, "q",
                       "the indifference threshold q must be a finite number >= 0");
    if (usesP)
        checkParameter(std::isfinite(f.p) && f.p > 0.0, j, "p",
                       "the preference threshold p must be a finite number > 0");
    if (usesQ && usesP)
        checkParameter(f.p > f.q, j, "p", "the preference threshold p must be greater than q");
    if (f.function == PreferenceFunction::Gaussian)
        checkParameter(std::isfinite(f.s) && f.s > 0.0, j, "s",
                       "the Gaussian parameter s must be a finite number > 0");
}

/**
 * pi(a, b) += weight * P(g_a - g_b) for every ordered pair, with P = 0 for differences <= 0.
 * Each unordered pair is visited once: `prefer` maps |d| > 0 to P(|d|) and the share goes to
 * the pair's winner. The selects keep the loop free of unpredictable branches.
 */
template<typename Prefer>
void accumulate(Eigen::MatrixXd &pi, const Eigen::VectorXd &g, double weight, Prefer prefer)
{
    const Eigen::Index n = g.size();
    for (Eigen::Index b = 0; b < n; ++b) {
        for (Eigen::Index a = b + 1; a < n; ++a) {
            const double d = g[a] - g[b];
            const double share = weight * prefer(std::abs(d));
            pi(a, b) += d > 0.0 ? share : 0.0;
            pi(b, a) += d < 0.0 ? share : 0.0;
        }
    }
}

void addCriterion(Eigen::MatrixXd &pi, const Eigen::VectorXd &g, double weight, const Preference &f)
{
    const double q = f.q;
    const double p = f.p;
    // Each lambda gives P(d) for d >= 0 (the value at d = 0 is never used).
    switch (f.function) {
    case PreferenceFunction::Usual:
        accumulate(pi, g, weight, [](double) { return 1.0; });
        break;
    case PreferenceFunction::UShape:
        accumulate(pi, g, weight, [q](double d) { return d > q ? 1.0 : 0.0; });
        break;
    case PreferenceFunction::VShape:
        accumulate(pi, g, weight, [p](double d) { return std::min(d / p, 1.0); });
        break;
    case PreferenceFunction::Level:
        accumulate(pi, g, weight,
                   [q, p](double d) { return (d > q ? 0.5 : 0.0) + (d > p ? 0.5 : 0.0); });
        break;
    case PreferenceFunction::Linear:
        accumulate(pi, g, weight,
                   [q, p](double d) { return std::clamp((d - q) / (p - q), 0.0, 1.0); });
        break;
    case PreferenceFunction::Gaussian: {
        // 1 - exp(-x) rather than -expm1(-x): the same absolute accuracy, which is what pi
        // needs, at less than half the cost.
        const double twoS2 = 2.0 * f.s * f.s;
        accumulate(pi, g, weight, [twoS2](double d) { return 1.0 - std::exp(-d * d / twoS2); });
        break;
    }
    }
}

} // namespace

Ranking promethee2(const Problem &problem)
{
    problem.validate();
    const Eigen::VectorXd w = problem.normalizedWeights();
    const Eigen::MatrixXd &x = problem.values;
    const Eigen::Index n = x.rows();
    for (Eigen::Index j = 0; j < x.cols(); ++j)
        validatePreference(problem.criteria[static_cast<std::size_t>(j)].preference, j);

    Eigen::MatrixXd pi = Eigen::MatrixXd::Zero(n, n);
    Eigen::VectorXd g(n);
    for (Eigen::Index j = 0; j < x.cols(); ++j) {
        if (w[j] == 0.0)
            continue;
        const CriterionSpec &criterion = problem.criteria[static_cast<std::size_t>(j)];
        // d_j(a, b) = g(a) - g(b) with g = x on benefit and -x on cost criteria.
        g = criterion.direction == Direction::Cost ? Eigen::VectorXd(-x.col(j))
                                                   : Eigen::VectorXd(x.col(j));
        addCriterion(pi, g, w[j], criterion.preference);
    }
    if (!pi.allFinite())
        throw InputError("matrix", "values are too extreme for PROMETHEE");

    Ranking out;
    out.method = Method::Promethee2;
    if (n > 1) {
        const double others = static_cast<double>(n - 1);
        out.phiPlus = pi.rowwise().sum() / others;
        out.phiMinus = pi.colwise().sum().transpose() / others;
    } else {
        out.phiPlus = Eigen::VectorXd::Zero(n);
        out.phiMinus = Eigen::VectorXd::Zero(n);
    }
    out.phiNet = out.phiPlus - out.phiMinus;
    out.scores = out.phiNet;
    out.ranks = competitionRanks(out.scores);
    out.pi = std::move(pi);
    return out;
}

} // namespace escale::mcda
