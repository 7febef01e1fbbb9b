// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "table_model_base.h"

namespace escale::ui {

/**
 * The key results per destination, one row per site in scenario order (excluded sites too):
 * agents, monthly run rate, total cost of ownership and cost per contact in the evaluation's
 * cost view, the method's score and the rank. The recommended site is bold and excluded sites
 * are greyed. RawValueRole (Qt::UserRole) holds the number behind each cell for sorting (site
 * name for the destination; invalid for the score and rank of an excluded site, so they sort
 * last in ascending order).
 */
class ResultsTableModel : public ResultTableModel
{
    Q_OBJECT

public:
    enum Column {
        DestinationColumn,
        FteColumn,
        MonthlyCostColumn,
        TcoColumn,
        CostPerContactColumn,
        ScoreColumn,
        RankColumn,
        ColumnCount
    };

    explicit ResultsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    QString siteName(int row) const;
};

} // namespace escale::ui
