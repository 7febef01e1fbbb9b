// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/results.h"

#include <QAbstractTableModel>
#include <QString>

namespace escale::ui {

/** The roles Escale's table models answer beyond Qt's, with one value each for all of them. */
struct TableRoles
{
    enum Role {
        RawValueRole = Qt::UserRole, ///< the number (or name) behind a cell, for sorting
        SiteIndexRole = Qt::UserRole + 1, ///< int: index of the row's site in the evaluation
        AppliesRole = Qt::UserRole + 2, ///< bool: the cell means something for its row
        EstimateRole = Qt::UserRole + 3, ///< bool: the figure is an estimate
    };
};

/** A read-only table of one state of the results, reset when new results arrive. */
class ResultTableModel : public QAbstractTableModel, public TableRoles
{
    Q_OBJECT

public:
    ResultTableModel(int columns, QObject *parent);

    /** Replaces the content (a model reset); null, or results accepts() refuses, clear it. */
    void setResults(const ResultsPtr &results);
    const ResultsPtr &results() const { return m_results; }

    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    /** Whether the model can show `results`; all by default. */
    virtual bool accepts(const Results &results) const;

    ResultsPtr m_results;

private:
    int m_columns;
};

/**
 * An editable table of scenario values: the header cells (name, unit on a second line, hint),
 * the item flags and the check of an edit are the same for every such table.
 */
class ScenarioTableModel : public QAbstractTableModel, public TableRoles
{
    Q_OBJECT

public:
    ScenarioTableModel(int columns, QObject *parent);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /** An edit of `index` was refused; `message` says why and names the limit. */
    void rejected(const QModelIndex &index, const QString &message);

protected:
    struct ColumnHeader
    {
        QString label; ///< as shown, line breaks included
        QString unit; ///< shown in brackets on a line of its own, when not empty
        QString hint; ///< the tooltip
    };
    virtual ColumnHeader columnHeader(int column) const = 0;
    /** Whether the (valid) cell `index` can be edited. */
    virtual bool isEditable(const QModelIndex &index) const = 0;
    /** True for an EditRole edit of a valid cell of this table. */
    bool isEdit(const QModelIndex &index, int role) const;

private:
    int m_columns;
};

} // namespace escale::ui
