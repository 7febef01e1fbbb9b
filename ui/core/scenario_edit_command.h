// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario_document.h"

#include <QUndoCommand>

namespace escale::ui {

/**
 * One undoable edit: the scenario before and after. Scenarios are small value types (a few
 * destination profiles), so keeping both copies is cheaper and safer than field-by-field undo.
 * Consecutive commands with the same merge id and session collapse into one (a slider drag);
 * when the merged edit ends where it began the command is obsolete, and the undo stack drops
 * it (as Tiled's ChangeValue does), so a slider dragged back leaves no step and no "modified".
 */
class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(ScenarioDocument *document, Scenario before, Scenario after,
                        const QString &text, MergeId mergeId, int session);

    void undo() override;
    void redo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
    MergeId m_mergeId;
    int m_session;
};

} // namespace escale::ui
