// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "table_model_base.h"

#include "core/scenario_document.h"

#include <vector>

namespace escale::ui {

/**
 * The workload's channels, one row each. Cells that do not apply to a channel (a deadline for
 * voice, a service level for email, patience under Erlang C) are read-only, show "—" in grey
 * and hold no raw value. `setData` checks the ranges the scenario loader enforces and refuses
 * an invalid value through `rejected`; an accepted one is one undo step.
 * Choosing Erlang A for a channel without a patience gives it a patience of 120 s (Erlang A
 * needs one). Shares (service level, occupancies) are 0..1 in EditRole and RawValueRole.
 */
class ChannelTableModel : public ScenarioTableModel
{
    Q_OBJECT

public:
    enum Column {
        ChannelColumn,
        VolumeColumn,
        AhtColumn,
        ServiceLevelColumn,
        AnswerTimeColumn,
        QueueModelColumn,
        PatienceColumn,
        MaxOccupancyColumn,
        ConcurrencyColumn,
        DeadlineColumn,
        TargetOccupancyColumn,
        ColumnCount
    };
    // RawValueRole: null where the cell does not apply; AppliesRole: see TableRoles.

    /** Patience given to a channel switched to Erlang A without one. */
    static constexpr double DefaultPatienceSeconds = 120.0;

    explicit ChannelTableModel(ScenarioDocument *document, QObject *parent = nullptr);

    /** True if `column` means something for `load` (its channel type and queue model). */
    static bool applies(const ChannelLoad &load, int column);
    static QString columnLabel(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    ColumnHeader columnHeader(int column) const override;
    bool isEditable(const QModelIndex &index) const override;

private:
    static QString unit(int column);
    static QString hint(int column);
    static QStringList queueModels();
    void sync();

    ScenarioDocument *m_document;
    std::vector<ChannelLoad> m_rows; ///< the document's channels, as last announced
};

} // namespace escale::ui
