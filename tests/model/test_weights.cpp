// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/criteria.h"
#include "escale/model/errors.h"

#include <gtest/gtest.h>

#include <numeric>

using namespace escale;

namespace {
double sum(const Weights &w)
{
    return std::accumulate(w.values.begin(), w.values.end(), 0.0);
}
} // namespace

TEST(Weights, NormalizedSumsToOne)
{
    Weights w;
    w.values = {4, 3, 3, 0, 0, 0};
    const Weights n = w.normalized();
    EXPECT_NEAR(sum(n), 1.0, 1e-15);
    EXPECT_DOUBLE_EQ(n[Criterion::Cost], 0.4);
    EXPECT_DOUBLE_EQ(n[Criterion::Language], 0.3);
}

TEST(Weights, RejectsAllZeroAndNegative)
{
    Weights zero;
    zero.values = {0, 0, 0, 0, 0, 0};
    EXPECT_THROW((void)zero.normalized(), InputError);
    Weights negative;
    negative.values = {0.5, -0.1, 0.6, 0, 0, 0};
    EXPECT_THROW((void)negative.normalized(), InputError);
}

TEST(Weights, MovingOneRescalesOthersProportionally)
{
    Weights w;
    w.values = {0.4, 0.2, 0.2, 0.1, 0.05, 0.05};
    const Weights moved = w.withWeight(Criterion::Cost, 0.7);
    EXPECT_NEAR(sum(moved), 1.0, 1e-15);
    EXPECT_DOUBLE_EQ(moved[Criterion::Cost], 0.7);
    // The others keep their ratios: 0.2 / 0.6 of the remaining 0.3 = 0.1.
    EXPECT_NEAR(moved[Criterion::Language], 0.1, 1e-15);
    EXPECT_NEAR(moved[Criterion::Capacity], 0.05, 1e-15);
    EXPECT_NEAR(moved[Criterion::Risk], 0.025, 1e-15);
}

TEST(Weights, MovingTheOnlyNonZeroWeightSharesTheRestEqually)
{
    Weights w;
    w.values = {1, 0, 0, 0, 0, 0};
    const Weights moved = w.withWeight(Criterion::Cost, 0.5);
    EXPECT_NEAR(moved[Criterion::Risk], 0.1, 1e-15);
    EXPECT_NEAR(sum(moved), 1.0, 1e-15);
}
