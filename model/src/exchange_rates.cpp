// SPDX-License-Identifier: GPL-3.0-or-later
#include "escale/model/exchange_rates.h"

#include "escale/model/errors.h"

namespace escale {

const ExchangeRate *ExchangeRates::find(const std::string &currency) const
{
    for (const ExchangeRate &rate : rates) {
        if (rate.currency == currency)
            return &rate;
    }
    return nullptr;
}

double ExchangeRates::toEur(double amount, const std::string &currency) const
{
    if (currency == "EUR")
        return amount;
    const ExchangeRate *rate = find(currency);
    if (!rate)
        throw InputError("exchange_rates." + currency,
                         "no EUR exchange rate for currency '" + currency + "'");
    return amount * rate->eurPerUnit.value;
}

} // namespace escale
