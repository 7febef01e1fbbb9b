// SPDX-License-Identifier: GPL-3.0-or-later
// SMAA-2: the paragraph that states the sampling scheme and conventions of a run.
#include "escale/model/smaa.h"

#include <sstream>
#include <string>

namespace escale::mcda {

namespace {

std::string methodName(const MethodSpec &spec)
{
    switch (spec.method) {
    case Method::Wsm:
        return std::string("the weighted sum model (") + normalizationKey(spec.normalization)
               + " normalisation)";
    case Method::Wpm:
        return std::string("the weighted product model (") + normalizationKey(spec.normalization)
               + " normalisation)";
    case Method::Topsis:
        return std::string("TOPSIS (") + normalizationKey(spec.normalization) + " normalisation)";
    case Method::Vikor: {
        std::ostringstream os;
        os << "VIKOR (v = " << spec.v << ", ranked by Q)";
        return os.str();
    }
    case Method::Promethee2:
        return "PROMETHEE II (net flow, each criterion's preference function)";
    }
    return methodKey(spec.method);
}

std::string weightSentence(const SmaaOptions &options)
{
    const std::string simplex
        = "uniformly on the simplex, i.e. Dirichlet(1, ..., 1), as independent Exp(1) draws"
          " (ziggurat method) divided by their sum (not normalised independent uniforms, which"
          " are not uniform on the simplex)";
    switch (options.weights) {
    case WeightMode::Uniform:
        return " Weights are drawn " + simplex + ".";
    case WeightMode::Fixed:
        return " Weights are fixed at the problem's weights, normalised to sum to 1; only the"
               " criterion values vary.";
    case WeightMode::Ordinal:
        return " Weights follow the stated order of importance: a weight vector drawn " + simplex
               + " is sorted in decreasing order and assigned from the most to the least"
                 " important criterion, which is uniform on the weights consistent with that"
                 " order.";
    case WeightMode::Bounded:
        return " Weights are uniform on the weight vectors summing to 1 within the stated"
               " [lower, upper] bounds: a vector u drawn "
               + simplex
               + " gives w = lower + (1 - sum of lower bounds) u, redrawn while some weight"
                 " exceeds its upper bound (rejection sampling).";
    }
    return {};
}

} // namespace

std::string describe(const SmaaOptions &options)
{
    std::ostringstream text;
    text << "SMAA-2 stochastic multicriteria acceptability analysis (Lahdelma & Salminen 2001)"
            " with "
         << options.samples << " Monte Carlo samples and seed " << options.seed
         << "; each sample is ranked by " << methodName(options.method) << ".";
    text << weightSentence(options);
    text << " Uncertain criterion values are drawn independently for each cell and sample:"
            " uniform between the stated minimum and maximum, or normal with the stated mean"
            " and standard deviation, truncated to mean +/- "
         << SmaaNormalTruncation
         << " standard deviations by redrawing (and to values > 0 on a criterion whose base"
            " values are all positive); other values stay fixed.";
    text << " Each sample is ranked with competition ranking (1 is best, tied alternatives"
            " share the best rank). The rank acceptability b_i^r is the share of samples in"
            " which alternative i has rank r; the central weight vector of i is the mean"
            " weight vector over the samples in which i ranks first (zero if it never does);"
            " the confidence factor of i is the share of value samples in which i ranks first"
            " with the weights fixed at its central weights (0 or 1 when values are fixed,"
            " otherwise estimated over the value draws of the first "
         << SmaaConfidenceSamples
         << " samples at most); the pairwise winning index of (i, k) is the share of samples"
            " in which i ranks strictly better than k.";
    text << " Samples are processed in chunks of " << SmaaChunkSize
         << ", each with its own xoshiro256** generator seeded by SplitMix64 from the seed and"
            " the chunk number, and combined in chunk order, so the same seed gives the same"
            " result whatever the number of threads.";
    return text.str();
}

} // namespace escale::mcda
