// SPDX-License-Identifier: GPL-3.0-or-later
#include "site_staffing_model.h"

#include "core/formatting.h"

#include <QFont>

namespace escale::ui {

SiteStaffingModel::SiteStaffingModel(QObject *parent)
    : ResultTableModel(ColumnCount, parent)
{}

int SiteStaffingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_results ? 0 : int(m_results->evaluation.sites.size());
}

double SiteStaffingModel::serviceLevel(const StaffingPlan &plan)
{
    double volume = 0.0;
    double answered = 0.0;
    for (const ChannelStaffing &channel : plan.channels) {
        volume += channel.weeklyVolume;
        answered += channel.weeklyVolume * channel.serviceLevel;
    }
    return volume > 0.0 ? answered / volume : 1.0;
}

QString SiteStaffingModel::siteName(int row) const
{
    return ui::siteName(*m_results, row);
}

QVariant SiteStaffingModel::rawValue(const SiteEvaluation &site, int column) const
{
    switch (column) {
    case PeakAgentsColumn:
        return site.staffing.peakAgents;
    case FteColumn:
        return site.fte;
    case WeeklyHoursColumn:
        return site.staffing.weeklyAgentHours;
    case ServiceLevelColumn:
        return serviceLevel(site.staffing);
    default:
        return {};
    }
}

QVariant SiteStaffingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SiteEvaluation &site = m_results->evaluation.sites[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DestinationColumn:
            return siteName(index.row());
        case PeakAgentsColumn:
            return Formatter::number(site.staffing.peakAgents, 0);
        case FteColumn:
            return Formatter::number(site.fte, 1);
        case WeeklyHoursColumn:
            return Formatter::number(site.staffing.weeklyAgentHours, 0);
        case ServiceLevelColumn:
            return Formatter::percent(serviceLevel(site.staffing), 1);
        default:
            return {};
        }
    case RawValueRole:
        return column == DestinationColumn ? QVariant(siteName(index.row()))
                                           : rawValue(site, column);
    case Qt::TextAlignmentRole:
        return int((column == DestinationColumn ? Qt::AlignLeft : Qt::AlignRight)
                   | Qt::AlignVCenter);
    case Qt::FontRole:
        if (site.onshore && column == DestinationColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (column == ServiceLevelColumn || column == PeakAgentsColumn) {
            QStringList lines;
            for (const ChannelStaffing &c : site.staffing.channels) {
                lines << tr("%1: %2 in time, peak %3 agents (%4 scheduled)")
                             .arg(Formatter::channelName(c.channel),
                                  Formatter::percent(c.serviceLevel, 1),
                                  Formatter::number(c.peakAgents, 0),
                                  Formatter::number(c.peakScheduled, 0));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (column == FteColumn)
            return tr("%1 agent FTE plus %2 support FTE (in-house view)")
                .arg(Formatter::number(site.fte, 1), Formatter::number(site.supportFte, 1));
        return {};
    }
    default:
        return {};
    }
}

QVariant SiteStaffingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PeakAgentsColumn:
            return tr("Most agents on the floor at once, in any interval of the week.");
        case FteColumn:
            return tr("Agent full-time equivalents at the site's contract hours.");
        case WeeklyHoursColumn:
            return tr("On-floor hours spent on contacts per week.");
        case ServiceLevelColumn:
            return tr("Share of contacts answered within target (email and outbound: within "
                      "the deadline), weighted by volume.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DestinationColumn:
        return tr("Destination");
    case PeakAgentsColumn:
        return tr("Peak agents");
    case FteColumn:
        return tr("FTE");
    case WeeklyHoursColumn:
        return tr("Productive\nh/week");
    case ServiceLevelColumn:
        return tr("Service\nlevel");
    default:
        return {};
    }
}

} // namespace escale::ui
