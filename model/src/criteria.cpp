// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/criteria.h"

#include "escale/model/errors.h"

#include <algorithm>
#include <cmath>

namespace escale {

const char *criterionKey(Criterion c)
{
    switch (c) {
    case Criterion::Cost:
        return "cost";
    case Criterion::Language:
        return "language";
    case Criterion::Quality:
        return "quality";
    case Criterion::Capacity:
        return "capacity";
    case Criterion::Coverage:
        return "coverage";
    case Criterion::Risk:
        return "risk";
    }
    return "cost";
}

std::optional<Criterion> criterionFromKey(std::string_view key)
{
    for (Criterion c : AllCriteria) {
        if (key == criterionKey(c))
            return c;
    }
    return std::nullopt;
}

Weights Weights::normalized() const
{
    double sum = 0.0;
    for (Criterion c : AllCriteria) {
        const double w = (*this)[c];
        if (!std::isfinite(w) || w < 0.0)
            throw InputError(std::string("weights.") + criterionKey(c),
                             "a weight must be a finite number >= 0");
        sum += w;
    }
    if (sum <= 0.0)
        throw InputError("weights", "at least one weight must be greater than 0");
    Weights out = *this;
    for (double &w : out.values)
        w /= sum;
    return out;
}

Weights Weights::withWeight(Criterion c, double value) const
{
    const Weights base = normalized();
    const double target = std::clamp(value, 0.0, 1.0);
    const double othersBefore = 1.0 - base[c];
    Weights out = base;
    for (Criterion other : AllCriteria) {
        if (other == c)
            continue;
        out[other] = othersBefore > 1e-12 ? base[other] * (1.0 - target) / othersBefore
                                          : (1.0 - target) / double(CriterionCount - 1);
    }
    out[c] = target;
    return out;
}

} // namespace escale
