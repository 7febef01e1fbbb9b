// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Eigen/Core>
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

namespace escale::test {

/** Element-wise |a - b| <= tol, with a readable message naming the first offending entry. */
template<typename A, typename B>
::testing::AssertionResult eigenNear(const char *aExpr, const char *bExpr, const char *,
                                     const Eigen::MatrixBase<A> &a, const Eigen::MatrixBase<B> &b,
                                     double tol)
{
    if (a.rows() != b.rows() || a.cols() != b.cols()) {
        return ::testing::AssertionFailure()
               << aExpr << " is " << a.rows() << "x" << a.cols() << " but " << bExpr << " is "
               << b.rows() << "x" << b.cols();
    }
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
        for (Eigen::Index j = 0; j < a.cols(); ++j) {
            const double x = double(a(i, j));
            const double y = double(b(i, j));
            if (!(std::abs(x - y) <= tol)) {
                std::ostringstream os;
                os.precision(12);
                os << aExpr << "(" << i << "," << j << ") = " << x << " but " << bExpr << "(" << i
                   << "," << j << ") = " << y << ", difference " << std::abs(x - y) << " exceeds "
                   << tol;
                return ::testing::AssertionFailure() << os.str();
            }
        }
    }
    return ::testing::AssertionSuccess();
}

} // namespace escale::test

#define EXPECT_EIGEN_NEAR(a, b, tol) EXPECT_PRED_FORMAT3(::escale::test::eigenNear, a, b, tol)
#define ASSERT_EIGEN_NEAR(a, b, tol) ASSERT_PRED_FORMAT3(::escale::test::eigenNear, a, b, tol)
