// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_edit_command.h"

namespace escale::ui {

ScenarioEditCommand::ScenarioEditCommand(ScenarioDocument *document, Scenario before,
                                         Scenario after, const QString &text, MergeId mergeId,
                                         int session)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeId(mergeId)
    , m_session(session)
{}

void ScenarioEditCommand::undo()
{
    m_document->setScenario(m_before);
}

void ScenarioEditCommand::redo()
{
    m_document->setScenario(m_after);
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ScenarioEditCommand *>(other);
    if (m_mergeId == MergeId::None || next->m_mergeId != m_mergeId || next->m_session != m_session)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace escale::ui
