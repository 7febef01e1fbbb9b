// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/evaluation.h"

#include <iosfwd>

namespace escale::cli {

/** The terminal report of `escale-cli evaluate` (format table). */
void printEvaluationTable(std::ostream &out, const Scenario &scenario, const Evaluation &ev);

/** One CSV row per destination (format csv), RFC 4180 quoting, '.' decimals. */
void printEvaluationCsv(std::ostream &out, const Scenario &scenario, const Evaluation &ev);

} // namespace escale::cli
