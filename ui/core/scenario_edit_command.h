// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario_document.h"

#include <QUndoCommand>

namespace escale::ui {

/**
 * One undoable edit: the scenario before and after. Scenarios are small value types (a few
 * destination profiles), so keeping both copies is cheaper and safer than field-by-field undo.
 * Consecutive commands with the same merge id collapse into one (a slider drag).
 */
class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(ScenarioDocument *document, Scenario before, Scenario after,
                        const QString &text, ScenarioDocument::Change change, int mergeId);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioDocument *m_document;
    Scenario m_before;
    Scenario m_after;
    ScenarioDocument::Change m_change;
    int m_mergeId;
};

} // namespace escale::ui
