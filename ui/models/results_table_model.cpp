// SPDX-License-Identifier: GPL-3.0-or-later
#include "results_table_model.h"

#include "core/formatting.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace escale::ui {

ResultsTableModel::ResultsTableModel(QObject *parent)
    : ResultTableModel(ColumnCount, parent)
{}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_results)
        return 0;
    return int(m_results->evaluation.sites.size());
}

QString ResultsTableModel::siteName(int row) const
{
    return ui::siteName(*m_results, row);
}

QVariant ResultsTableModel::rawValue(int row, int column) const
{
    const Evaluation &ev = m_results->evaluation;
    const SiteEvaluation &s = ev.sites[std::size_t(row)];
    const SiteCost &cost = s.cost(ev.view);
    switch (column) {
    case DestinationColumn:
        return siteName(row);
    case FteColumn:
        return s.fte;
    case MonthlyCostColumn:
        return cost.monthly.total();
    case TcoColumn:
        return cost.tco;
    case CostPerContactColumn:
        return cost.costPerContact;
    case ScoreColumn:
        return s.excluded() ? QVariant() : QVariant(s.score);
    case RankColumn:
        return s.excluded() ? QVariant() : QVariant(s.rank);
    }
    return {};
}

QString ResultsTableModel::displayText(int row, int column) const
{
    const SiteEvaluation &s = m_results->evaluation.sites[std::size_t(row)];
    const QVariant raw = rawValue(row, column);
    switch (column) {
    case DestinationColumn:
        return raw.toString();
    case FteColumn:
        return Formatter::number(raw.toDouble(), 1);
    case MonthlyCostColumn:
    case TcoColumn:
        return Formatter::money(raw.toDouble());
    case CostPerContactColumn:
        return Formatter::money(raw.toDouble(), 2);
    case ScoreColumn:
        return s.excluded() ? QStringLiteral("—") : Formatter::number(raw.toDouble(), 3);
    case RankColumn:
        return s.excluded() ? tr("excluded") : QString::number(raw.toInt());
    }
    return {};
}

QString ResultsTableModel::toolTip(int row, int column) const
{
    const Evaluation &ev = m_results->evaluation;
    const SiteEvaluation &s = ev.sites[std::size_t(row)];
    const SiteCost &cost = s.cost(ev.view);
    const int months = m_results->scenario.horizonMonths;
    switch (column) {
    case DestinationColumn: {
        QString text = s.onshore ? tr("%1, onshore").arg(siteName(row))
                                 : tr("%1, offshore").arg(siteName(row));
        for (const Exclusion &e : s.exclusions)
            text += QStringLiteral("\n") + tr("Excluded: %1").arg(Formatter::exclusionText(e));
        return text;
    }
    case FteColumn:
        return tr("%1 agent FTE at the site's contract hours, %2 support FTE, %3 seats")
            .arg(Formatter::number(s.fte, 1), Formatter::number(s.supportFte, 1),
                 Formatter::number(s.seats, 0));
    case MonthlyCostColumn:
        return tr("Year-1 run rate per month, without transition (%1)")
            .arg(Formatter::costViewName(ev.view));
    case TcoColumn:
        if (s.onshore || cost.savingVsOnshore == 0.0)
            return tr("Total cost over %1 months, transition included").arg(months);
        if (cost.savingVsOnshore > 0.0)
            return tr("Total cost over %1 months, transition included: %2 (%3) less than "
                      "onshore")
                .arg(QString::number(months), Formatter::money(cost.savingVsOnshore),
                     Formatter::percent(cost.savingShare));
        return tr("Total cost over %1 months, transition included: %2 more than onshore")
            .arg(QString::number(months), Formatter::money(-cost.savingVsOnshore));
    case CostPerContactColumn:
        return tr("Total cost divided by the contacts handled over the horizon");
    case ScoreColumn:
    case RankColumn:
        if (s.excluded())
            return tr("Excluded by a hard constraint: not ranked");
        return tr("Under %1").arg(Formatter::methodName(ev.recommendation.method.method));
    }
    return {};
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!m_results || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const SiteEvaluation &s = m_results->evaluation.sites[std::size_t(row)];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case SiteIndexRole:
        return row;
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == DestinationColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        if (row != m_results->evaluation.recommendation.best)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        if (!s.excluded())
            return {};
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DestinationColumn:
            return tr("Destination");
        case FteColumn:
            return tr("Agents (FTE)");
        case MonthlyCostColumn:
            return tr("Monthly cost");
        case TcoColumn:
            return tr("Total cost");
        case CostPerContactColumn:
            return tr("Per contact");
        case ScoreColumn:
            return tr("Score");
        case RankColumn:
            return tr("Rank");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case FteColumn:
            return tr("Agent full-time equivalents needed to meet the service levels");
        case MonthlyCostColumn:
            return tr("Year-1 run rate per month, without the one-off transition");
        case TcoColumn:
            return tr("Total cost of ownership over the contract term (TCO)");
        case CostPerContactColumn:
            return tr("Total cost of ownership per contact handled");
        case ScoreColumn:
            return tr("Score under the scenario's decision method (higher is better)");
        case RankColumn:
            return tr("Rank under the scenario's decision method (1 is best)");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section != DestinationColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace escale::ui
