// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/destination.h"

namespace escale {

const LanguageSkill *DestinationProfile::language(const std::string &code) const
{
    for (const LanguageSkill &skill : languages) {
        if (skill.code == code)
            return &skill;
    }
    return nullptr;
}

double DestinationProfile::typicalGrossWage() const
{
    if (agentWage.basis == PayBasis::Gross)
        return agentWage.typical.value;
    return agentWage.typical.value / (1.0 - employeeContributionRate.value);
}

} // namespace escale
