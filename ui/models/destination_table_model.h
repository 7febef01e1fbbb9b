// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "table_model_base.h"

#include "core/destination_columns.h"

#include "core/scenario_document.h"

#include <QColor>

#include <vector>

namespace escale::ui {

/**
 * The scenario's destinations, one row each, with the figures a buyer compares and edits.
 *
 * DisplayRole is formatted for the UI locale; EditRole and RawValueRole hold the raw number
 * (shares as 0..1); ToolTipRole is the figure's provenance. Estimates are italic, tinted and
 * prefixed with EstimateMarker. `setData` checks the ranges of data/README.md and refuses an
 * invalid value through `rejected`; an accepted value becomes one undo step through
 * ScenarioDocument::apply and the figure's provenance becomes "Edited by the user", dated
 * today, not an estimate, its note recording the value and source it replaces (a second edit
 * keeps the note of the first, so the published figure stays traceable). The model mirrors
 * the document: value edits emit dataChanged, a change of the destination list a reset.
 * Renaming (the name column) writes the name of the UI language (`nameFr` in French).
 */
class DestinationTableModel : public ScenarioTableModel
{
    Q_OBJECT

public:
    using Column = DestinationColumns::Column;
    using enum DestinationColumns::Column;
    // RawValueRole: the number (or name) for sorting; EstimateRole: see TableRoles.

    /** Source written into a figure the user edits. */
    static constexpr const char *UserSource = "Edited by the user";

    explicit DestinationTableModel(ScenarioDocument *document, QObject *parent = nullptr);

    /** The background of an estimate: a light amber over the palette's base colour. */
    static QColor estimateColor();
    /** The column's name without its unit, for messages ("Employer charges"). */
    static QString columnLabel(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** Row of destination `id`, or -1. */
    int rowOf(const std::string &id) const;

protected:
    ColumnHeader columnHeader(int column) const override;
    bool isEditable(const QModelIndex &index) const override;

private:
    void sync();
    QString displayText(const DestinationProfile &profile, int column) const;
    QString validate(const DestinationProfile &profile, int column, double value) const;

    ScenarioDocument *m_document;
    std::vector<DestinationProfile> m_rows; ///< the document's destinations, as last announced
};

} // namespace escale::ui
