// SPDX-License-Identifier: GPL-3.0-or-later
// Weight stability for TOPSIS and VIKOR: the scores are not linear in t, so the predicates are
// evaluated on a grid of step StabilityGridStep from w_k outwards and located by bisection in
// the first cell where they fail. Both methods are evaluated in O(m) per point from per
// criterion columns computed once.
#include "escale/model/errors.h"
#include "stability_internal.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace escale::mcda::detail {

namespace {

/**
 * TOPSIS. The normalised matrix does not depend on the weights and the ideals are the weighted
 * best and worst normalised values, so with u+_ij = (r_ij - r+_j)^2 and w(t) = (1 - t) c + t e_k,
 *     D+_i(t)^2 = t^2 u+_ik + (1 - t)^2 sum_j c_j^2 u+_ij,
 * and the same for D-. The second sums are one matrix product for every k at once. As in
 * topsis(), r - r+ = (x - x+)/scale with scale the column norm (vector) or range (min-max), and
 * a column with scale 0 contributes nothing.
 */
class TopsisCurves final : public CurveModel
{
public:
    TopsisCurves(const Problem &problem, Normalization normalization, const Eigen::MatrixXd &shares)
    {
        if (normalization != Normalization::Vector && normalization != Normalization::MinMax)
            throw InputError("normalization", "TOPSIS uses vector or minmax normalisation");
        const Eigen::MatrixXd &x = problem.values;
        const Eigen::Index m = x.rows();
        const Eigen::Index n = x.cols();
        m_plus.resize(m, n);
        m_minus.resize(m, n);
        for (Eigen::Index j = 0; j < n; ++j) {
            const auto col = x.col(j);
            const bool cost = problem.criteria[static_cast<std::size_t>(j)].direction
                              == Direction::Cost;
            const double lo = col.minCoeff();
            const double hi = col.maxCoeff();
            double scale = hi - lo;
            if (normalization == Normalization::Vector) {
                const double sumSquares = col.squaredNorm();
                scale = sumSquares > 1e-200 ? std::sqrt(sumSquares) : col.stableNorm();
            }
            if (!(scale > 0.0)) {
                m_plus.col(j).setZero();
                m_minus.col(j).setZero();
                continue;
            }
            const double plus = cost ? lo : hi;
            const double minus = cost ? hi : lo;
            m_plus.col(j) = ((col.array() - plus) / scale).square().matrix();
            m_minus.col(j) = ((col.array() - minus) / scale).square().matrix();
            if (!m_plus.col(j).allFinite() || !m_minus.col(j).allFinite())
                throw InputError("criteria[" + std::to_string(j) + "]",
                                 "values are too close to each other or to 0 to normalise");
        }
        const Eigen::MatrixXd squares = shares.cwiseAbs2();
        m_plusOthers = m_plus * squares;
        m_minusOthers = m_minus * squares;
        m_dPlus.resize(m);
        m_dMinus.resize(m);
    }

    void select(Eigen::Index criterion) override { m_k = criterion; }

    void evaluate(double t, Eigen::VectorXd &out) override
    {
        const double own = t * t;
        const double others = (1.0 - t) * (1.0 - t);
        m_dPlus = (own * m_plus.col(m_k).array() + others * m_plusOthers.col(m_k).array()).sqrt();
        m_dMinus
            = (own * m_minus.col(m_k).array() + others * m_minusOthers.col(m_k).array()).sqrt();
        const auto sum = m_dPlus + m_dMinus;
        // D+ + D- = 0: the alternative sits on both ideals, C = 0.5 as in topsis().
        out = (sum > 0.0).select(m_dMinus / sum, 0.5).matrix();
    }

    /**
     * Only alternatives with C_i >= c = C_ref - CandidateMargin can be or tie with the best,
     * and C_i >= c <=> (1 - c)^2 D-_i^2 >= c^2 D+_i^2 (c > 0), which needs no square root.
     * The closeness is then computed, as evaluate() does, for those few only.
     */
    int bestAt(double t, int reference) override
    {
        const double own = t * t;
        const double others = (1.0 - t) * (1.0 - t);
        const double *up = m_plus.col(m_k).data();
        const double *upOthers = m_plusOthers.col(m_k).data();
        const double *um = m_minus.col(m_k).data();
        const double *umOthers = m_minusOthers.col(m_k).data();
        const auto closeness = [&](Eigen::Index i) {
            const double dPlus = std::sqrt(own * up[i] + others * upOthers[i]);
            const double dMinus = std::sqrt(own * um[i] + others * umOthers[i]);
            const double sum = dPlus + dMinus;
            return sum > 0.0 ? dMinus / sum : 0.5;
        };
        const double c = closeness(reference) - CandidateMargin;
        if (!(c > 0.0))
            return CurveModel::bestAt(t, reference);
        const double alpha = (1.0 - c) * (1.0 - c);
        const double beta = c * c;
        m_candidates.clear();
        const Eigen::Index m = m_plus.rows();
        for (Eigen::Index i = 0; i < m; ++i) {
            const double plus = own * up[i] + others * upOthers[i];
            const double minus = own * um[i] + others * umOthers[i];
            if (alpha * minus >= beta * plus)
                m_candidates.push_back(i);
        }
        m_closeness.resize(m_candidates.size());
        double top = 0.0;
        for (std::size_t r = 0; r < m_candidates.size(); ++r) {
            m_closeness[r] = closeness(m_candidates[r]);
            top = std::max(top, m_closeness[r]);
        }
        for (std::size_t r = 0; r < m_candidates.size(); ++r) {
            if (ties(top, m_closeness[r]))
                return static_cast<int>(m_candidates[r]);
        }
        return reference;
    }

private:
    /** Far above the tie tolerance and the rounding of the products above. */
    static constexpr double CandidateMargin = 1e-9;

    std::vector<Eigen::Index> m_candidates;
    std::vector<double> m_closeness;
    Eigen::MatrixXd m_plus, m_minus; ///< u+ and u-, m x n
    Eigen::MatrixXd m_plusOthers, m_minusOthers; ///< column k: sum_j c^(k)_j^2 u_ij
    Eigen::ArrayXd m_dPlus, m_dMinus;
    Eigen::Index m_k = 0;
};

/**
 * VIKOR. d_ij does not depend on the weights, so S_i(t) = (1 - t) sum_j c_j d_ij + t d_ik and
 * R_i(t) = max((1 - t) max_j c_j d_ij, t d_ik). Scores are -Q, as vikor() ranks by Q ascending.
 */
class VikorCurves final : public CurveModel
{
public:
    VikorCurves(const Problem &problem, double v, const Eigen::MatrixXd &shares)
        : m_v(v)
    {
        const Eigen::MatrixXd &x = problem.values;
        const Eigen::Index m = x.rows();
        const Eigen::Index n = x.cols();
        m_d = Eigen::MatrixXd::Zero(m, n);
        for (Eigen::Index j = 0; j < n; ++j) {
            const auto col = x.col(j);
            const bool cost = problem.criteria[static_cast<std::size_t>(j)].direction
                              == Direction::Cost;
            const double fBest = cost ? col.minCoeff() : col.maxCoeff();
            const double fWorst = cost ? col.maxCoeff() : col.minCoeff();
            if (fBest == fWorst)
                continue;
            const double half = std::isfinite(fBest - fWorst) ? 1.0 : 0.5;
            const double range = half * fBest - half * fWorst;
            m_d.col(j) = ((half * fBest - half * col.array()) / range).matrix();
        }
        m_sumOthers = m_d * shares;
        m_maxOthers = Eigen::MatrixXd::Zero(m, n);
        for (Eigen::Index k = 0; k < n; ++k) {
            for (Eigen::Index j = 0; j < n; ++j) {
                if (shares(j, k) > 0.0)
                    m_maxOthers.col(k) = m_maxOthers.col(k).cwiseMax(shares(j, k) * m_d.col(j));
            }
        }
        m_s.resize(m);
        m_r.resize(m);
    }

    void select(Eigen::Index criterion) override { m_k = criterion; }

    void evaluate(double t, Eigen::VectorXd &out) override
    {
        const auto own = m_d.col(m_k).array();
        m_s = (1.0 - t) * m_sumOthers.col(m_k).array() + t * own;
        m_r = ((1.0 - t) * m_maxOthers.col(m_k).array()).max(t * own);
        const double sBest = m_s.minCoeff();
        const double sWorst = m_s.maxCoeff();
        const double rBest = m_r.minCoeff();
        const double rWorst = m_r.maxCoeff();
        // Q as vikor() forms it; a term whose range is empty counts as 0.
        out.resize(m_s.size());
        out.setZero();
        if (sWorst > sBest)
            out.array() -= m_v * ((m_s - sBest) / (sWorst - sBest));
        if (rWorst > rBest)
            out.array() -= (1.0 - m_v) * ((m_r - rBest) / (rWorst - rBest));
    }

private:
    double m_v = 0.5;
    Eigen::MatrixXd m_d; ///< d_ij, m x n
    Eigen::MatrixXd m_sumOthers; ///< column k: sum_j c^(k)_j d_ij
    Eigen::MatrixXd m_maxOthers; ///< column k: max_j c^(k)_j d_ij
    Eigen::ArrayXd m_s, m_r;
    Eigen::Index m_k = 0;
};

/**
 * "The ranks vector is unchanged". When the current ranks are all distinct this is an O(m)
 * walk along the current order: every neighbour pair must still be strictly ordered and not
 * tied. With ties it falls back to competitionRanks().
 */
class RankCheck
{
public:
    explicit RankCheck(const std::vector<int> &ranks)
        : m_ranks(ranks)
    {
        std::vector<int> order(ranks.size(), -1);
        for (std::size_t i = 0; i < ranks.size(); ++i) {
            const int r = ranks[i];
            if (r < 1 || r > static_cast<int>(ranks.size())
                || order[static_cast<std::size_t>(r - 1)] >= 0)
                return; // tied ranks
            order[static_cast<std::size_t>(r - 1)] = static_cast<int>(i);
        }
        m_order = std::move(order);
    }

    bool unchanged(const Eigen::VectorXd &scores) const
    {
        if (m_order.empty())
            return competitionRanks(scores) == m_ranks;
        for (std::size_t r = 0; r + 1 < m_order.size(); ++r) {
            const double above = scores[m_order[r]];
            const double below = scores[m_order[r + 1]];
            if (!(above > below) || ties(above, below))
                return false;
        }
        return true;
    }

private:
    std::vector<int> m_ranks;
    std::vector<int> m_order; ///< alternatives best first; empty when some ranks tie
};

/** Points t = w_k + direction * u for one criterion. */
struct Walk
{
    double weight;
    int direction;
    double limit;

    double at(double u) const { return pointAt(weight, direction, u, limit); }

    /** Shrinks [lo, hi] (holds(lo), !holds(hi)) below StabilityBisectionWidth. */
    template<typename Holds>
    static void bisect(double &lo, double &hi, Holds holds)
    {
        while (hi - lo > StabilityBisectionWidth) {
            const double mid = 0.5 * (lo + hi);
            (holds(mid) ? lo : hi) = mid;
        }
    }
};

} // namespace

std::unique_ptr<CurveModel> curveModel(const Problem &problem, const MethodSpec &spec,
                                       const Eigen::MatrixXd &shares)
{
    if (spec.method == Method::Topsis)
        return std::make_unique<TopsisCurves>(problem, spec.normalization, shares);
    if (spec.method == Method::Vikor)
        return std::make_unique<VikorCurves>(problem, spec.v, shares);
    throw InputError("method", "the grid analysis is for TOPSIS and VIKOR");
}

void gridStability(CurveModel &model, int best, const std::vector<int> &ranks, WeightStability &out)
{
    const RankCheck check(ranks);
    Eigen::VectorXd scores(static_cast<Eigen::Index>(ranks.size()));
    for (int direction : {-1, 1}) {
        const Walk walk{out.weight, direction, rangeLimit(out.weight, direction)};
        const auto topHolds = [&](double u) { return model.bestAt(walk.at(u), best) == best; };
        const auto rankingHolds = [&](double u) {
            model.evaluate(walk.at(u), scores);
            return check.unchanged(scores);
        };
        Side top{direction > 0 ? 1.0 : 0.0, std::nullopt};
        double ranking = top.bound;
        bool topOpen = true;
        bool rankingOpen = true;
        double previous = 0.0;
        for (int step = 1; (topOpen || rankingOpen) && previous < walk.limit; ++step) {
            const double u = std::min(step * StabilityGridStep, walk.limit);
            bool topFails = false;
            if (rankingOpen) {
                // A new best is a new ranking, so the ranking closes first (or together).
                const bool unchanged = rankingHolds(u);
                topFails = topOpen && bestOf(scores) != best;
                if (!unchanged) {
                    double lo = previous, hi = u;
                    Walk::bisect(lo, hi, rankingHolds);
                    ranking = walk.at(lo);
                    rankingOpen = false;
                }
            } else {
                topFails = !topHolds(u);
            }
            if (topFails) {
                double lo = previous, hi = u;
                Walk::bisect(lo, hi, topHolds);
                top.bound = walk.at(lo);
                top.takesOver = model.bestAt(walk.at(hi), best);
                topOpen = false;
            }
            previous = u;
        }
        if (direction < 0) {
            out.topLow = top.bound;
            out.takesOverBelow = top.takesOver;
            out.rankingLow = ranking;
        } else {
            out.topHigh = top.bound;
            out.takesOverAbove = top.takesOver;
            out.rankingHigh = ranking;
        }
    }
}

std::optional<WinCandidate> gridWin(CurveModel &model, int criterion, double weight, int direction,
                                    int alternative, double maxDistance)
{
    const Walk walk{weight, direction, rangeLimit(weight, direction)};
    const auto loses = [&](double u) {
        return model.bestAt(walk.at(u), alternative) != alternative;
    };
    double previous = 0.0;
    for (int step = 1; previous < walk.limit && previous < maxDistance; ++step) {
        const double u = std::min(step * StabilityGridStep, walk.limit);
        if (!loses(u)) {
            // hi ends just inside the winning region.
            double lo = previous, hi = u;
            Walk::bisect(lo, hi, loses);
            WinCandidate c;
            c.criterion = criterion;
            c.distance = hi;
            c.edge = walk.at(hi);
            c.inside = direction;
            c.depth = u - hi;
            return c;
        }
        previous = u;
    }
    return std::nullopt;
}

} // namespace escale::mcda::detail
