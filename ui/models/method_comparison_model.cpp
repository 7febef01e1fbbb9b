// SPDX-License-Identifier: GPL-3.0-or-later
#include "method_comparison_model.h"

#include "core/formatting.h"

#include "escale/model/recommendation.h"

#include <QFont>

namespace escale::ui {

MethodComparisonModel::MethodComparisonModel(QObject *parent)
    : ResultTableModel(ColumnCount, parent)
{}

bool MethodComparisonModel::accepts(const Results &results) const
{
    return results.methods().size() == 4;
}

int MethodComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_results)
        return 0;
    return int(m_results->rows().size());
}

int MethodComparisonModel::methodOf(int column)
{
    return column == DestinationColumn ? -1 : (column - 1) / 2;
}

QString MethodComparisonModel::siteName(int row) const
{
    return rowName(*m_results, row);
}

QVariant MethodComparisonModel::rawValue(int row, int column) const
{
    if (column == DestinationColumn)
        return siteName(row);
    const mcda::Ranking &ranking = m_results->methods()[std::size_t(methodOf(column))].ranking;
    const auto r = Eigen::Index(row);
    const bool rankColumn = (column - 1) % 2 == 0;
    if (rankColumn)
        return ranking.ranks[std::size_t(row)];
    switch (column) {
    case VikorQColumn:
        return ranking.Q.size() > r ? ranking.Q[r] : 1.0 - ranking.scores[r];
    case PrometheePhiColumn:
        return ranking.phiNet.size() > r ? ranking.phiNet[r] : ranking.scores[r];
    default:
        return ranking.scores[r];
    }
}

QVariant MethodComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!m_results || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant raw = rawValue(row, column);
        if (column == DestinationColumn)
            return raw;
        if ((column - 1) % 2 == 0)
            return Formatter::number(raw.toDouble(), 0);
        return Formatter::number(raw.toDouble(), 3);
    }
    case RawValueRole:
        return rawValue(row, column);
    case SiteIndexRole:
        return m_results->rows()[std::size_t(row)];
    case Qt::TextAlignmentRole:
        if (column == DestinationColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        const int method = methodOf(column);
        bool bold = false;
        if (method >= 0)
            bold = m_results->methods()[std::size_t(method)].ranking.ranks[std::size_t(row)] == 1;
        else
            bold = m_results->rows()[std::size_t(row)] == m_results->evaluation.recommendation.best;
        if (!bold)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        if (column == VikorQColumn)
            return tr("VIKOR compromise index Q: lower is better.");
        if (column == PrometheePhiColumn)
            return tr("PROMETHEE II net flow φ = φ⁺ − φ⁻ (flows divided by n − 1).");
        return {};
    default:
        return {};
    }
}

QVariant MethodComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DestinationColumn:
            return tr("Destination");
        case WsmRankColumn:
            return tr("WSM\nrank");
        case WsmScoreColumn:
            return tr("WSM\nscore");
        case TopsisRankColumn:
            return tr("TOPSIS\nrank");
        case TopsisScoreColumn:
            return tr("TOPSIS\nC");
        case VikorRankColumn:
            return tr("VIKOR\nrank");
        case VikorQColumn:
            return tr("VIKOR\nQ");
        case PrometheeRankColumn:
            return tr("PROMETHEE II\nrank");
        case PrometheePhiColumn:
            return tr("PROMETHEE II\nφ");
        }
    }
    if (role == Qt::ToolTipRole && section != DestinationColumn) {
        const std::vector<mcda::MethodSpec> specs = comparisonMethods();
        const mcda::MethodSpec &spec = specs[std::size_t(methodOf(section))];
        switch (spec.method) {
        case mcda::Method::Wsm:
            return tr("Weighted sum of the criteria utilities (no further normalisation).");
        case mcda::Method::Topsis:
            return tr("TOPSIS with %1 normalisation; C = D⁻ / (D⁺ + D⁻), higher is better.")
                .arg(Formatter::normalizationName(spec.normalization));
        case mcda::Method::Vikor:
            return tr("VIKOR with v = %1; ranked by Q, lower is better.")
                .arg(Formatter::number(spec.v, 1));
        default:
            return tr("PROMETHEE II, linear preference functions on the utilities; ranked by "
                      "the net flow φ.");
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace escale::ui
