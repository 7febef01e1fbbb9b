// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report_data.h"
#include "report_layout.h"
#include "report_options.h"

#include "escale/model/provenance.h"

#include <QString>

#include <vector>

namespace escale::ui::report {

/** What every section writer gets: the data, the options and the flow to write into. */
struct SectionContext
{
    const ReportData &data;
    const ReportOptions &options;
    const Results &results;
    ReportLayout &layout;
    QString number; ///< "3" for the third numbered section
};

void writeCover(SectionContext &context);
void writeSummary(SectionContext &context);
void writeQuestion(SectionContext &context);
void writeDestinations(SectionContext &context);
void writeStaffing(SectionContext &context);
void writeScores(SectionContext &context);
void writeRobustness(SectionContext &context);
void writeAppendix(SectionContext &context);
/** The appendix's data sources, exchange rates, cost assumptions and reproduction details. */
void writeAppendixSources(SectionContext &context);

// Shared wording.

/** The profile of site `site`, or null. */
const DestinationProfile *siteProfile(const Results &results, int site);
/** "36 months from January 2027". */
QString horizonText(const Scenario &scenario);
/** The date in the report's language ("23 November 2026", "23 novembre 2026"). */
QString longDate(const QDate &date);
/** "Source, as of 2024-09", with ", estimate" when no published source backs it. */
QString provenanceText(const Provenance &provenance);
/** Weekly opening hours in one line: "Mon–Sat 08:00–20:00; Sun closed". */
QString openingHoursText(const OpeningHours &hours);
/** The DestinationTableModel columns of the key-figure table, in its order. */
const std::vector<int> &keyFigureColumns();
/** Site index of the problem row ranked first by the scenario's method in `results`, or -1. */
int winnerSite(const Results &results);
/** Rank-1 acceptability of site `site` in the report's SMAA run, or -1 when not run. */
double rankOneAcceptability(const ReportData &data, int site);

} // namespace escale::ui::report
