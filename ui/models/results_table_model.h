// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

#include <QAbstractTableModel>

namespace escale::ui {

/**
 * The key results per destination, one row per site in scenario order (excluded sites too):
 * agents, monthly run rate, total cost of ownership and cost per contact in the evaluation's
 * cost view, the method's score and the rank. The recommended site is bold and excluded sites
 * are greyed. RawValueRole (Qt::UserRole) holds the number behind each cell for sorting (site
 * name for the destination; invalid for the score and rank of an excluded site, so they sort
 * last in ascending order).
 */
class ResultsTableModel : public QAbstractTableModel
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
    enum Role { RawValueRole = Qt::UserRole, SiteIndexRole };

    explicit ResultsTableModel(QObject *parent = nullptr);

    /** Replaces the content (a model reset); null clears it. */
    void setResults(const ResultsPtr &results);
    ResultsPtr results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(int row, int column) const;
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    QString siteName(int row) const;

    ResultsPtr m_results;
};

} // namespace escale::ui
