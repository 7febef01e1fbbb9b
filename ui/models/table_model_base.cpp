// SPDX-License-Identifier: GPL-3.0-or-later
#include "table_model_base.h"

namespace escale::ui {

ResultTableModel::ResultTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{}

void ResultTableModel::setResults(const ResultsPtr &results)
{
    beginResetModel();
    m_results = results && accepts(*results) ? results : nullptr;
    endResetModel();
}

int ResultTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool ResultTableModel::accepts(const Results &) const
{
    return true;
}

ScenarioTableModel::ScenarioTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{}

int ScenarioTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ScenarioTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole: {
        const ColumnHeader header = columnHeader(section);
        return header.unit.isEmpty() ? header.label
                                     : header.label + QStringLiteral("\n(%1)").arg(header.unit);
    }
    case Qt::ToolTipRole:
        return columnHeader(section).hint;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

Qt::ItemFlags ScenarioTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isEditable(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScenarioTableModel::isEdit(const QModelIndex &index, int role) const
{
    return role == Qt::EditRole
           && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid);
}

} // namespace escale::ui
