// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_edit_command.h"

namespace escale::ui {

ScenarioEditCommand::ScenarioEditCommand(ScenarioDocument *document, Scenario before,
                                         Scenario after, const QString &text,
                                         ScenarioDocument::Change change, int mergeId)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_change(change)
    , m_mergeId(mergeId)
{}

void ScenarioEditCommand::undo()
{
    m_document->setScenario(m_before, m_change);
}

void ScenarioEditCommand::redo()
{
    m_document->setScenario(m_after, m_change);
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScenarioEditCommand *>(other);
    if (next->m_mergeId != m_mergeId || m_mergeId < 0)
        return false;
    m_after = next->m_after;
    if (m_change != next->m_change)
        m_change = ScenarioDocument::Change::Everything;
    return true;
}

} // namespace escale::ui
