// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include <cmath>
#include <string>

namespace escale::mcda {

namespace {

/** None and Vector keep the cost direction of the raw values; the others turn it into benefit. */
bool keepsCostDirection(Normalization normalization)
{
    return normalization == Normalization::None || normalization == Normalization::Vector;
}

/** w_j, negated for cost columns whose direction the normalisation kept. */
Eigen::VectorXd signedWeights(const Problem &problem, Normalization normalization)
{
    Eigen::VectorXd w = problem.normalizedWeights();
    if (keepsCostDirection(normalization)) {
        for (Eigen::Index j = 0; j < w.size(); ++j) {
            if (problem.criteria[static_cast<std::size_t>(j)].direction == Direction::Cost)
                w[j] = -w[j];
        }
    }
    return w;
}

} // namespace

Ranking wsm(const Problem &problem, Normalization normalization)
{
    const Eigen::MatrixXd r = normalize(problem, normalization);
    Ranking out;
    out.method = Method::Wsm;
    out.scores = r * signedWeights(problem, normalization);
    if (!out.scores.allFinite())
        throw InputError("matrix", "values are too large for a weighted sum");
    out.ranks = competitionRanks(out.scores);
    return out;
}

Ranking wpm(const Problem &problem, Normalization normalization)
{
    const Eigen::MatrixXd r = normalize(problem, normalization);
    const Eigen::VectorXd e = signedWeights(problem, normalization);
    Eigen::VectorXd logScore = Eigen::VectorXd::Zero(r.rows());
    for (Eigen::Index j = 0; j < r.cols(); ++j) {
        if (e[j] == 0.0)
            continue; // x^0 = 1, whatever x is
        for (Eigen::Index i = 0; i < r.rows(); ++i) {
            if (!(r(i, j) > 0.0)) {
                std::string message = "the weighted product needs values > 0";
                if (normalization == Normalization::MinMax)
                    message += "; min-max normalisation maps the worst value to 0, use none,"
                               " max or sum normalisation with WPM";
                else if (normalization != Normalization::None)
                    message += " after normalisation";
                throw InputError("matrix[" + std::to_string(i) + "][" + std::to_string(j) + "]",
                                 message);
            }
            logScore[i] += e[j] * std::log(r(i, j));
        }
    }
    Ranking out;
    out.method = Method::Wpm;
    out.scores = logScore.array().exp().matrix();
    if (!out.scores.allFinite())
        throw InputError("matrix", "values are too extreme for a weighted product");
    out.ranks = competitionRanks(out.scores);
    return out;
}

} // namespace escale::mcda
