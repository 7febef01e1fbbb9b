// SPDX-License-Identifier: GPL-3.0-or-later
#include "channel_table_model.h"

#include "row_sync.h"
#include "value_delegate.h"

#include "core/formatting.h"

#include "escale/model/opening_hours.h"

#include <QGuiApplication>
#include <QPalette>

#include <array>
#include <cmath>
#include <limits>

namespace escale::ui {

namespace {

using M = ChannelTableModel;

/** How a column is shown and edited; its accepted values are the loader's (limits.h). */
struct Spec
{
    bool share;
    int decimals; ///< most display decimals
    limits::Interval range;
    double step; ///< spin box step, in shown units
};

constexpr limits::Interval NotANumber = limits::closed(0, 0);

constexpr std::array<Spec, M::ColumnCount> Specs{{
    {false, 0, NotANumber, 0}, // channel
    {false, 0, limits::MonthlyVolume, 500}, // monthly volume
    {false, 1, limits::HandleTimeSeconds, 10}, // AHT
    {true, 1, limits::ServiceLevelTarget, 1}, // service level
    {false, 0, limits::AnswerSeconds, 5}, // answer time
    {false, 0, NotANumber, 0}, // queue model
    {false, 0, limits::PatienceSeconds, 10}, // patience
    {true, 1, limits::MaxOccupancy, 1}, // max occupancy
    {false, 1, limits::ChatConcurrency, 0.5}, // concurrency
    {false, 1, limits::DeadlineHours, 1}, // deadline
    {true, 1, limits::TargetOccupancy, 1}, // target occupancy
}};

QString format(int column, double value)
{
    const Spec &s = Specs[std::size_t(column)];
    if (s.share)
        return Formatter::percent(value, Formatter::neededDecimals(value * 100.0, s.decimals));
    return Formatter::number(value, Formatter::neededDecimals(value, s.decimals));
}

double valueOf(const ChannelLoad &c, int column)
{
    switch (column) {
    case M::ChannelColumn:
        return double(c.channel);
    case M::VolumeColumn:
        return c.monthlyVolume;
    case M::AhtColumn:
        return c.ahtSeconds;
    case M::ServiceLevelColumn:
        return c.target.level;
    case M::AnswerTimeColumn:
        return c.target.answerSeconds;
    case M::QueueModelColumn:
        return c.model == QueueModel::ErlangA ? 1.0 : 0.0;
    case M::PatienceColumn:
        return c.patienceSeconds;
    case M::MaxOccupancyColumn:
        return c.maxOccupancy;
    case M::ConcurrencyColumn:
        return c.concurrency;
    case M::DeadlineColumn:
        return c.deadlineHours;
    case M::TargetOccupancyColumn:
        return c.targetOccupancy;
    default:
        return 0.0;
    }
}

void setValue(ChannelLoad &c, int column, double v)
{
    switch (column) {
    case M::VolumeColumn:
        c.monthlyVolume = v;
        break;
    case M::AhtColumn:
        c.ahtSeconds = v;
        break;
    case M::ServiceLevelColumn:
        c.target.level = v;
        break;
    case M::AnswerTimeColumn:
        c.target.answerSeconds = v;
        break;
    case M::QueueModelColumn:
        c.model = v > 0.5 ? QueueModel::ErlangA : QueueModel::ErlangC;
        if (c.model == QueueModel::ErlangA && c.patienceSeconds <= 0.0)
            c.patienceSeconds = M::DefaultPatienceSeconds;
        break;
    case M::PatienceColumn:
        c.patienceSeconds = v;
        break;
    case M::MaxOccupancyColumn:
        c.maxOccupancy = v;
        break;
    case M::ConcurrencyColumn:
        c.concurrency = v;
        break;
    case M::DeadlineColumn:
        c.deadlineHours = v;
        break;
    case M::TargetOccupancyColumn:
        c.targetOccupancy = v;
        break;
    default:
        break;
    }
}

} // namespace

QString ChannelTableModel::unit(int column)
{
    switch (column) {
    case VolumeColumn:
        return tr("contacts/month");
    case AhtColumn:
        return tr("s");
    case ServiceLevelColumn:
        return tr("% in time");
    case AnswerTimeColumn:
        return tr("s");
    case PatienceColumn:
        return tr("s, Erlang A");
    case MaxOccupancyColumn:
        return tr("%");
    case ConcurrencyColumn:
        return tr("chats at once");
    case DeadlineColumn:
        return tr("opening h");
    case TargetOccupancyColumn:
        return tr("%");
    default:
        return {};
    }
}

QString ChannelTableModel::hint(int column)
{
    switch (column) {
    case VolumeColumn:
        return tr("Contacts per month (a month is 52/12 weeks).");
    case AhtColumn:
        return tr("Average handle time at the onshore reference site.");
    case ServiceLevelColumn:
        return tr("Voice and chat: share of contacts to answer within the answer time.");
    case AnswerTimeColumn:
        return tr("Voice and chat: the service level's answer time.");
    case QueueModelColumn:
        return tr("Erlang C: callers wait as long as needed. Erlang A: callers abandon "
                  "after a mean patience.");
    case PatienceColumn:
        return tr("Mean patience before abandoning (Erlang A only).");
    case MaxOccupancyColumn:
        return tr("Cap on agent occupancy (100 % = no cap).");
    case ConcurrencyColumn:
        return tr("Chat only: chats an agent handles at once.");
    case DeadlineColumn:
        return tr("Email and outbound: handle within this many opening hours of arrival.");
    case TargetOccupancyColumn:
        return tr("Email and outbound: share of paid on-floor time spent on this work.");
    default:
        return tr("The channel; add or remove channels with the buttons above.");
    }
}

QStringList ChannelTableModel::queueModels()
{
    return {tr("Erlang C"), tr("Erlang A")};
}

ChannelTableModel::ChannelTableModel(ScenarioDocument *document, QObject *parent)
    : ScenarioTableModel(ColumnCount, parent)
    , m_document(document)
    , m_rows(document->scenario().workload.channels)
{
    connect(document, &ScenarioDocument::scenarioChanged, this, &ChannelTableModel::sync);
}

bool ChannelTableModel::applies(const ChannelLoad &load, int column)
{
    const bool queue = !isDeferred(load.channel);
    switch (column) {
    case ServiceLevelColumn:
    case AnswerTimeColumn:
    case QueueModelColumn:
    case MaxOccupancyColumn:
        return queue;
    case PatienceColumn:
        return queue && load.model == QueueModel::ErlangA;
    case ConcurrencyColumn:
        return load.channel == Channel::Chat;
    case DeadlineColumn:
    case TargetOccupancyColumn:
        return !queue;
    default:
        return column >= 0 && column < ColumnCount;
    }
}

QString ChannelTableModel::columnLabel(int column)
{
    switch (column) {
    case ChannelColumn:
        return tr("Channel");
    case VolumeColumn:
        return tr("Monthly volume");
    case AhtColumn:
        return tr("AHT");
    case ServiceLevelColumn:
        return tr("Service level");
    case AnswerTimeColumn:
        return tr("Answer time");
    case QueueModelColumn:
        return tr("Queue model");
    case PatienceColumn:
        return tr("Patience");
    case MaxOccupancyColumn:
        return tr("Max occupancy");
    case ConcurrencyColumn:
        return tr("Concurrency");
    case DeadlineColumn:
        return tr("Deadline");
    case TargetOccupancyColumn:
        return tr("Target occupancy");
    default:
        return {};
    }
}

int ChannelTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChannelTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChannelLoad &c = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const bool used = applies(c, column);
    const double value = valueOf(c, column);
    switch (role) {
    case Qt::DisplayRole:
        if (!used)
            return QStringLiteral("—");
        if (column == ChannelColumn)
            return Formatter::channelName(c.channel);
        if (column == QueueModelColumn)
            return queueModels().value(int(value));
        return format(column, value);
    case Qt::EditRole:
    case RawValueRole:
        return used ? QVariant(value) : QVariant();
    case AppliesRole:
        return used;
    case Qt::ToolTipRole:
        if (!used)
            return tr("Does not apply to this channel. %1").arg(hint(column));
        return hint(column);
    case Qt::ForegroundRole:
        if (!used)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == ChannelColumn || column == QueueModelColumn || !used)
            return int((used ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case NumberSpecRole: {
        if (!used || column == ChannelColumn || column == QueueModelColumn)
            return {};
        const Spec &s = Specs[std::size_t(column)];
        NumberSpec spec;
        spec.scale = s.share ? 100.0 : 1.0;
        spec.decimals = s.share ? 1 : 2;
        spec.step = s.step;
        spec.suffix = s.share ? tr(" %") : QString();
        return QVariant::fromValue(spec);
    }
    case ChoicesRole:
        return used && column == QueueModelColumn ? QVariant(queueModels()) : QVariant();
    default:
        return {};
    }
}

ScenarioTableModel::ColumnHeader ChannelTableModel::columnHeader(int column) const
{
    return {columnLabel(column), unit(column), hint(column)};
}

bool ChannelTableModel::isEditable(const QModelIndex &index) const
{
    const ChannelLoad &load = m_rows[std::size_t(index.row())];
    return index.column() != ChannelColumn && applies(load, index.column());
}

bool ChannelTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isEdit(index, role))
        return false;
    const int column = index.column();
    const ChannelLoad &current = m_rows[std::size_t(index.row())];
    const QString name = columnLabel(column);
    if (column == ChannelColumn || !applies(current, column)) {
        emit rejected(index, tr("%1 does not apply to a %2 channel.")
                                 .arg(name, Formatter::channelName(current.channel)));
        return false;
    }
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        emit rejected(index, tr("%1: enter a number.").arg(name));
        return false;
    }
    if (std::abs(valueOf(current, column) - v) <= 1e-12 * std::max(1.0, std::abs(v)))
        return true;
    if (column != QueueModelColumn) {
        const QString message = Formatter::rangeError(
            name, Specs[std::size_t(column)].range, v,
            [column](double x) { return format(column, x); });
        if (!message.isEmpty()) {
            emit rejected(index, message);
            return false;
        }
    } else if (v != 0.0 && v != 1.0) {
        emit rejected(index, tr("Choose Erlang C or Erlang A."));
        return false;
    }
    const int interval = m_document->scenario().workload.intervalMinutes;
    if (column == DeadlineColumn && !minimumDeadlineProblem(v, interval).empty()) {
        emit rejected(index,
                      tr("%1 must be at least one staffing interval (%2 h).")
                          .arg(name, Formatter::number(interval / 60.0, Formatter::neededDecimals(
                                                                            interval / 60.0, 2))));
        return false;
    }
    Scenario next = m_document->scenario();
    setValue(next.workload.channels[std::size_t(index.row())], column, v);
    m_document->apply(next,
                      tr("Change %1 (%2)").arg(name, Formatter::channelName(current.channel)));
    return true;
}

void ChannelTableModel::sync()
{
    const std::vector<ChannelLoad> &next = m_document->scenario().workload.channels;
    if (next == m_rows)
        return;
    bool sameShape = next.size() == m_rows.size();
    for (std::size_t i = 0; sameShape && i < next.size(); ++i)
        sameShape = next[i].channel == m_rows[i].channel;
    syncRows(
        m_rows, next, sameShape,
        [this](auto assign) {
            beginResetModel();
            assign();
            endResetModel();
        },
        [this](int first, int last) {
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        });
}

} // namespace escale::ui
