// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "table_model_base.h"

namespace escale::ui {

/**
 * The eligible destinations ranked by every comparison method side by side (results.methods():
 * WSM, TOPSIS, VIKOR, PROMETHEE II, see comparisonMethods()). One row per eligible destination
 * in scenario order; per method a rank column and a score column (WSM score, TOPSIS closeness
 * C, VIKOR Q where lower is better, PROMETHEE II net flow phi). Each method's first-ranked
 * destination is bold in that method's columns. RawValueRole holds numbers for sorting.
 */
class MethodComparisonModel : public ResultTableModel
{
    Q_OBJECT

public:
    enum Column {
        DestinationColumn,
        WsmRankColumn,
        WsmScoreColumn,
        TopsisRankColumn,
        TopsisScoreColumn,
        VikorRankColumn,
        VikorQColumn,
        PrometheeRankColumn,
        PrometheePhiColumn,
        ColumnCount
    };

    explicit MethodComparisonModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    /** Only results with the four comparison methods. */
    bool accepts(const Results &results) const override;

private:
    /** Ranking index (0 WSM … 3 PROMETHEE II) of a column; -1 for the destination column. */
    static int methodOf(int column);
    QVariant rawValue(int row, int column) const;
    QString siteName(int row) const;
};

} // namespace escale::ui
