// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "number_spec.h"

#include "escale/model/destination.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace escale::ui {

/**
 * The figures of a destination profile as columns (DestinationTableModel, the report's
 * tables): each column's name, unit and meaning, which figure of the profile it reads, how its
 * value is formatted and which values are valid (the ranges of data/README.md). Kept apart
 * from the model so the model stays about Qt's mechanics and the report can use it.
 */
class DestinationColumns
{
    Q_DECLARE_TR_FUNCTIONS(DestinationColumns)

public:
    enum Column {
        NameColumn,
        TypicalWageColumn,
        MinWageColumn,
        MaxWageColumn,
        EmployerChargesColumn,
        EmployeeContributionsColumn,
        BonusMonthsColumn,
        WeeklyHoursColumn,
        FrenchFullColumn,
        FrenchPartialColumn,
        EnglishFullColumn,
        SectorJobsColumn,
        MaturityColumn,
        UtcWinterColumn,
        UtcSummerColumn,
        NightPremiumColumn,
        SundayPremiumColumn,
        SeatCostColumn,
        BilledRateColumn,
        RecruitingCostColumn,
        TrainingWeeksColumn,
        AttritionColumn,
        AhtMultiplierColumn,
        PoliticalRiskColumn,
        InfrastructureRiskColumn,
        WageInflationColumn,
        FxDriftColumn,
        ColumnCount
    };

    /** The marker put before an estimate ("≈"); the page's legend explains it. */
    static QString estimateMarker();

    static QString label(int column);
    static QString unit(int column);
    static QString hint(int column);

    /** The figure behind a cell; null for the name, a missing language or several bonuses. */
    static const Figure *figureOf(const DestinationProfile &profile, int column);
    /** The figure to write, created when missing (a language, a first bonus); null if none. */
    static Figure *editableFigure(DestinationProfile &profile, int column);
    /** The cell's number: the figure's value, the bonuses' sum; empty when missing. */
    static std::optional<double> valueOf(const DestinationProfile &profile, int column);
    static bool isEstimate(const DestinationProfile &profile, int column);

    /** The value as shown in the cell, without the estimate marker. */
    static QString formatValue(const DestinationProfile &profile, int column, double value);
    /** Empty, or why `value` is outside the column's range (naming the limit). */
    static QString rangeError(const DestinationProfile &profile, int column, double value);
    static NumberSpec numberSpec(int column);
    static QString tooltip(const DestinationProfile &profile, int column);
};

} // namespace escale::ui
