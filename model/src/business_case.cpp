// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/business_case.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>

namespace escale {

double BusinessCase::rampFactor(int monthOfOperation) const
{
    if (rampUp.empty() || monthOfOperation > rampUp.back().month)
        return 1.0;
    if (monthOfOperation <= rampUp.front().month)
        return rampUp.front().ahtFactor;
    for (std::size_t i = 1; i < rampUp.size(); ++i) {
        const RampPoint &a = rampUp[i - 1];
        const RampPoint &b = rampUp[i];
        if (monthOfOperation <= b.month) {
            const double t = double(monthOfOperation - a.month) / double(b.month - a.month);
            return a.ahtFactor + t * (b.ahtFactor - a.ahtFactor);
        }
    }
    return 1.0;
}

double frenchLegalSeverance(double monthlyReferencePay, double seniorityYears)
{
    if (!std::isfinite(seniorityYears) || seniorityYears < 0.0)
        throw InputError("business_case.exit.seniority_years", "must be 0 or more");
    if (!std::isfinite(monthlyReferencePay) || monthlyReferencePay < 0.0)
        throw InputError("reference_pay", "must be 0 or more");
    const double upToTen = std::min(seniorityYears, 10.0);
    const double beyondTen = std::max(seniorityYears - 10.0, 0.0);
    return monthlyReferencePay * (upToTen / 4.0 + beyondTen / 3.0);
}

} // namespace escale
