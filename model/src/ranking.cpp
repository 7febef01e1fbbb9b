// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/errors.h"
#include "escale/model/methods.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

namespace escale::mcda {

namespace {

struct Keyed
{
    std::uint64_t key;
    int index;
};

/** An unsigned key that orders like the double (-0.0 just below +0.0; NaN is rejected before). */
std::uint64_t orderKey(double x)
{
    const auto bits = std::bit_cast<std::uint64_t>(x);
    return (bits >> 63) != 0 ? ~bits : bits | (std::uint64_t{1} << 63);
}

bool keyBefore(const Keyed &a, const Keyed &b)
{
    return a.key != b.key ? a.key < b.key : a.index < b.index;
}

void insertionSort(Keyed *items, std::size_t n)
{
    for (std::size_t i = 1; i < n; ++i) {
        const Keyed item = items[i];
        std::size_t k = i;
        for (; k > 0 && keyBefore(item, items[k - 1]); --k)
            items[k] = items[k - 1];
        items[k] = item;
    }
}

/**
 * Sorts by (key, index) with one bucket pass over the span of the keys, then insertion sort of
 * the small buckets (recursing into large ones, std::sort past a depth limit). Ten thousand
 * scores sort in a small fraction of the time std::sort takes, which matters for the
 * interactive TOPSIS path.
 */
void bucketSort(Keyed *items, Keyed *scratch, std::size_t n, int depth)
{
    constexpr std::size_t SmallBucket = 32;
    if (n <= SmallBucket) {
        insertionSort(items, n);
        return;
    }
    if (depth > 6) {
        std::sort(items, items + n, keyBefore);
        return;
    }
    std::uint64_t lo = items[0].key;
    std::uint64_t hi = lo;
    for (std::size_t i = 1; i < n; ++i) {
        lo = std::min(lo, items[i].key);
        hi = std::max(hi, items[i].key);
    }
    if (lo == hi)
        return; // equal keys, already in index order
    const int bits = std::clamp(static_cast<int>(std::bit_width(n)) - 1, 8, 12);
    const int shift = std::max(0, static_cast<int>(std::bit_width(hi - lo)) - bits);
    const std::size_t buckets = static_cast<std::size_t>((hi - lo) >> shift) + 1;
    std::vector<std::size_t> offsets(buckets + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++offsets[((items[i].key - lo) >> shift) + 1];
    for (std::size_t b = 1; b <= buckets; ++b)
        offsets[b] += offsets[b - 1];
    std::vector<std::size_t> next(offsets.begin(), offsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        scratch[next[(items[i].key - lo) >> shift]++] = items[i]; // stable
    std::copy(scratch, scratch + n, items);
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::size_t size = offsets[b + 1] - offsets[b];
        if (size > 1)
            bucketSort(items + offsets[b], scratch, size, depth + 1);
    }
}

/**
 * Tie test of competitionRanks(): |a - b| <= TieTolerance * max(|a|, |b|, 1). An infinite
 * score ties only with an equal one.
 */
bool ties(double leader, double score)
{
    if (leader == score)
        return true;
    if (!std::isfinite(leader) || !std::isfinite(score))
        return false;
    return leader - score <= TieTolerance * std::max({std::abs(leader), std::abs(score), 1.0});
}

std::string number(double value)
{
    std::ostringstream os;
    os << value;
    return os.str();
}

} // namespace

std::vector<int> competitionRanks(const Eigen::VectorXd &scores)
{
    const std::size_t n = static_cast<std::size_t>(scores.size());
    std::vector<Keyed> items(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double score = scores[static_cast<Eigen::Index>(i)];
        if (std::isnan(score))
            throw InputError("scores", "cannot rank a NaN score");
        items[i] = {orderKey(score), static_cast<int>(i)};
    }
    std::vector<Keyed> scratch(n);
    bucketSort(items.data(), scratch.data(), n, 0);

    // Walk from the highest score down; each tie group takes the rank of its first member.
    std::vector<int> ranks(n);
    double leader = 0.0;
    int leaderRank = 0;
    for (std::size_t position = 0; position < n; ++position) {
        const int index = items[n - 1 - position].index;
        const double score = scores[index];
        if (position == 0 || !ties(leader, score)) {
            leader = score;
            leaderRank = static_cast<int>(position) + 1;
        }
        ranks[static_cast<std::size_t>(index)] = leaderRank;
    }
    return ranks;
}

int Ranking::best() const
{
    if (ranks.empty())
        return -1;
    return static_cast<int>(std::min_element(ranks.begin(), ranks.end()) - ranks.begin());
}

Ranking rank(const Problem &problem, const MethodSpec &spec)
{
    switch (spec.method) {
    case Method::Wsm:
        return wsm(problem, spec.normalization);
    case Method::Wpm:
        return wpm(problem, spec.normalization);
    case Method::Topsis:
        return topsis(problem, spec.normalization);
    case Method::Vikor:
        return vikor(problem, spec.v);
    case Method::Promethee2:
        return promethee2(problem);
    }
    throw InputError("method", "unknown decision method");
}

MethodSpec MethodSpec::defaults(Method method)
{
    MethodSpec spec;
    spec.method = method;
    switch (method) {
    case Method::Wsm:
    case Method::Vikor:
        spec.normalization = Normalization::MinMax;
        break;
    case Method::Wpm:
    case Method::Promethee2:
        spec.normalization = Normalization::None;
        break;
    case Method::Topsis:
        spec.normalization = Normalization::Vector;
        break;
    }
    return spec;
}

const char *methodKey(Method method)
{
    switch (method) {
    case Method::Wsm:
        return "wsm";
    case Method::Wpm:
        return "wpm";
    case Method::Topsis:
        return "topsis";
    case Method::Vikor:
        return "vikor";
    case Method::Promethee2:
        return "promethee2";
    }
    return "wsm";
}

std::optional<Method> methodFromKey(std::string_view key)
{
    for (Method m : {Method::Wsm, Method::Wpm, Method::Topsis, Method::Vikor, Method::Promethee2}) {
        if (key == methodKey(m))
            return m;
    }
    return std::nullopt;
}

const char *normalizationKey(Normalization n)
{
    switch (n) {
    case Normalization::None:
        return "none";
    case Normalization::Max:
        return "max";
    case Normalization::Sum:
        return "sum";
    case Normalization::MinMax:
        return "minmax";
    case Normalization::Vector:
        return "vector";
    }
    return "none";
}

std::optional<Normalization> normalizationFromKey(std::string_view key)
{
    for (Normalization n : {Normalization::None, Normalization::Max, Normalization::Sum,
                            Normalization::MinMax, Normalization::Vector}) {
        if (key == normalizationKey(n))
            return n;
    }
    return std::nullopt;
}

const char *preferenceKey(PreferenceFunction f)
{
    switch (f) {
    case PreferenceFunction::Usual:
        return "usual";
    case PreferenceFunction::UShape:
        return "ushape";
    case PreferenceFunction::VShape:
        return "vshape";
    case PreferenceFunction::Level:
        return "level";
    case PreferenceFunction::Linear:
        return "linear";
    case PreferenceFunction::Gaussian:
        return "gaussian";
    }
    return "usual";
}

std::optional<PreferenceFunction> preferenceFromKey(std::string_view key)
{
    for (PreferenceFunction f :
         {PreferenceFunction::Usual, PreferenceFunction::UShape, PreferenceFunction::VShape,
          PreferenceFunction::Level, PreferenceFunction::Linear, PreferenceFunction::Gaussian}) {
        if (key == preferenceKey(f))
            return f;
    }
    return std::nullopt;
}

namespace {

const char *const RanksSentence
    = " Weights are normalised to sum to 1. Ranks use competition ranking: 1 is best, scores"
      " within 1e-12 of each other (relative, absolute below 1) share the best rank and the next"
      " rank is skipped, so scores 22, 22, 21.5 rank 1, 1, 3.";

/** The normalisation sentence for WSM (`product` false) or WPM (`product` true). */
std::string normalisationSentence(Normalization n, bool product)
{
    const std::string keptCost = product ? " cost criteria enter with the exponent -w_j."
                                         : " cost criteria enter with a minus sign.";
    switch (n) {
    case Normalization::None:
        return " No normalisation: raw values are used, and" + keptCost;
    case Normalization::Max:
        return " Max normalisation: r = x/max(x) on benefit criteria and r = min(x)/x on cost"
               " criteria (cost values must be > 0).";
    case Normalization::Sum:
        return " Sum normalisation: r = x/sum(x) on benefit criteria and"
               " r = (1/x)/sum(1/x) on cost criteria (cost values must be > 0).";
    case Normalization::MinMax:
        return " Min-max normalisation: r = (x - min)/(max - min) on benefit criteria and"
               " r = (max - x)/(max - min) on cost criteria; a constant criterion gives r = 1.";
    case Normalization::Vector:
        return " Vector normalisation: r = x/sqrt(sum x^2) (a criterion of zeros gives r = 0);"
               " the direction is kept, so"
               + keptCost;
    }
    return {};
}

std::string describeTopsis(Normalization n)
{
    std::string text = "TOPSIS (Hwang & Yoon 1981): v_ij = w_j r_ij.";
    if (n == Normalization::Vector)
        text += " Vector normalisation r = x/sqrt(sum x^2), as in Hwang & Yoon; the cost"
                " direction is handled at the ideal: the positive ideal solution (PIS) takes the"
                " largest v on benefit and the smallest v on cost criteria, the negative ideal"
                " (NIS) the reverse.";
    else if (n == Normalization::MinMax)
        text += " Min-max normalisation r = (x - min)/(max - min) on benefit and"
                " (max - x)/(max - min) on cost criteria (a constant criterion gives r = 1),"
                " after which every criterion is a benefit: PIS = max v, NIS = min v.";
    else
        text += std::string(" The ") + normalizationKey(n)
                + " normalisation is not defined for TOPSIS; use vector or minmax.";
    text += " D+ and D- are the Euclidean distances to the PIS and the NIS, and the score is the"
            " relative closeness C = D-/(D+ + D-), between 0 and 1, higher is better (C = 0.5"
            " when D+ + D- = 0). Vector and min-max normalisation can order alternatives"
            " differently (on Hwang & Yoon's aircraft data they swap A2 and A4); pymcdm's TOPSIS"
            " defaults to min-max.";
    return text;
}

} // namespace

std::string describe(const MethodSpec &spec)
{
    std::string text;
    switch (spec.method) {
    case Method::Wsm:
        text = "Weighted sum model (WSM): score_i = sum_j w_j r_ij, higher is better."
               + normalisationSentence(spec.normalization, false);
        break;
    case Method::Wpm:
        text = "Weighted product model (WPM): score_i = prod_j r_ij^w_j, computed as"
               " exp(sum_j w_j ln r_ij), higher is better; r must be positive on every criterion"
               " with a positive weight. Equivalently A_k is at least as good as A_l when"
               " prod_j (r_kj/r_lj)^w_j >= 1."
               + normalisationSentence(spec.normalization, true);
        break;
    case Method::Topsis:
        text = describeTopsis(spec.normalization);
        break;
    case Method::Vikor:
        text = "VIKOR (Opricovic & Tzeng 2004): on each criterion f* is the best and f- the worst"
               " value (max and min on benefit, min and max on cost criteria) and"
               " d_ij = (f*_j - x_ij)/(f*_j - f-_j), 0 on a constant criterion. Group utility"
               " S_i = sum_j w_j d_ij, individual regret R_i = max_j w_j d_ij, and"
               " Q_i = v (S_i - S*)/(S- - S*) + (1 - v)(R_i - R*)/(R- - R*) with v = "
               + number(spec.v)
               + "; a term whose denominator is 0 counts as 0. Alternatives are ranked by Q"
                 " ascending (the score shown is 1 - Q, higher is better). With a1 and a2 the"
                 " first and second by Q, C1 (acceptable advantage) holds when"
                 " Q(a2) - Q(a1) >= DQ = 1/(m - 1) for m alternatives, and C2 (acceptable"
                 " stability) when a1 is also first by S or by R. The compromise set is {a1} if"
                 " C1 and C2 hold, {a1, a2} if only C1 holds, otherwise every alternative with"
                 " Q - Q(a1) < DQ. A single alternative is its own compromise.";
        break;
    case Method::Promethee2:
        text = "PROMETHEE II (Brans & Vincke 1985, Brans & Mareschal): for each ordered pair of"
               " alternatives and each criterion, d = g(a) - g(b) on benefit and g(b) - g(a) on"
               " cost criteria, and the criterion's preference function gives P(d) between 0"
               " and 1, 0 for d <= 0: usual 1; U-shape 0 up to q, then 1; V-shape d/p up to p,"
               " then 1; level 0 up to q, 1/2 for q < d <= p, 1 above p; linear 0 up to q,"
               " (d - q)/(p - q) up to p, then 1; Gaussian 1 - exp(-d^2/(2 s^2)). The step at q"
               " is strict (it happens for d > q) and P = 1 at d = p. The preference index is"
               " pi(a, b) = sum_j w_j P_j(a, b); the leaving flow phi+(a) and the entering flow"
               " phi-(a) are the sums of pi(a, .) and pi(., a) divided by n - 1 (the 1986 paper"
               " prints plain sums), and the net flow phi = phi+ - phi-, between -1 and 1, is"
               " the score, higher is better. A single alternative has zero flows. No"
               " normalisation: thresholds are in the units of each criterion.";
        break;
    }
    return text + RanksSentence;
}

} // namespace escale::mcda
