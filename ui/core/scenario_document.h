// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "status.h"

#include "escale/data/profile_library.h"
#include "escale/model/scenario.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace escale::ui {

/**
 * Edits that merge into one undo step while they follow each other (QUndoCommand::id()). One
 * enum for the whole application, as Tiled's UndoCommands, so two kinds never share an id.
 */
enum class MergeId : int {
    None = -1, ///< never merges
    WeightDrag = 1 ///< the moves of one weight slider drag
};

/**
 * The open scenario: its values, its file, its undo history and whether it has unsaved changes.
 * Every edit goes through `apply()`, which pushes an undo command; the engine and the views
 * listen to `scenarioChanged` and compare what they need (the engine: rescoreSuffices()). The
 * document knows nothing of widgets.
 */
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    ScenarioDocument(data::ProfileLibrary library, QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    const data::ProfileLibrary &library() const { return m_library; }
    QUndoStack *undoStack() { return &m_undo; }

    QString filePath() const { return m_filePath; }
    /** The scenario name, or "Untitled" when it has none. */
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }

    /**
     * Replaces the scenario by `next` as one undoable step named `text`. Edits in a row with the
     * same `mergeId` (not None) and `session` merge into one step (one slider drag); a merged
     * step that returns to where it started disappears. No-op if unchanged.
     */
    void apply(const Scenario &next, const QString &text, MergeId mergeId = MergeId::None,
               int session = 0);

    /** Loads a scenario file; on failure the error names file:line:column and the field. */
    Status load(const QString &path);
    /** Saves atomically to `path` (the current file when empty); nothing is lost on failure. */
    Status save(const QString &path = {});
    /** Starts a new scenario from the shipped default (or a minimal one), untitled. */
    void newScenario();
    /** Replaces everything without an undo step (used by load/new). */
    void reset(const Scenario &scenario, const QString &filePath);

    /** Called by the undo command only. */
    void setScenario(const Scenario &scenario);

signals:
    /** The scenario changed: an edit, an undo or redo, a load or a new scenario. */
    void scenarioChanged();
    void fileChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    data::ProfileLibrary m_library;
    Scenario m_scenario;
    QString m_filePath;
    QUndoStack m_undo;
};

} // namespace escale::ui
