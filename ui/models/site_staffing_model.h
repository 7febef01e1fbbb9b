// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "table_model_base.h"

namespace escale::ui {

/**
 * Read-only staffing of every destination in the latest results, for the Workload page: peak
 * on-floor agents, agent FTE at the site's contract hours, weekly productive (on-floor) hours
 * and the service level achieved (volume-weighted over the channels; email and outbound count
 * the share handled within their deadline). RawValueRole holds the numbers for sorting.
 */
class SiteStaffingModel : public ResultTableModel
{
    Q_OBJECT

public:
    enum Column {
        DestinationColumn,
        PeakAgentsColumn,
        FteColumn,
        WeeklyHoursColumn,
        ServiceLevelColumn,
        ColumnCount
    };

    explicit SiteStaffingModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /** Volume-weighted service level of a staffing plan, 0..1. */
    static double serviceLevel(const StaffingPlan &plan);

private:
    QVariant rawValue(const SiteEvaluation &site, int column) const;
    QString siteName(int row) const;
};

} // namespace escale::ui
