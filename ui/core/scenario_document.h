// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/data/profile_library.h"
#include "escale/model/scenario.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace escale::ui {

/**
 * The open scenario: its values, its file, its undo history and whether it has unsaved changes.
 * Every edit goes through `apply()`, which pushes an undo command; the engine and the views
 * listen to `scenarioChanged`. The document knows nothing of widgets.
 */
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    /** What an edit touched, so listeners can skip work (weights only: no re-staffing). */
    enum class Change { Everything, Destinations, Workload, Weights, Method, Constraints, Costs, Details };
    Q_ENUM(Change)

    ScenarioDocument(data::ProfileLibrary library, QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    const data::ProfileLibrary &library() const { return m_library; }
    QUndoStack *undoStack() { return &m_undo; }

    QString filePath() const { return m_filePath; }
    /** The scenario name, or "Untitled" when it has none. */
    QString displayName() const;
    bool isModified() const { return !m_undo.isClean(); }

    /**
     * Replaces the scenario by `next` as one undoable step named `text`. Edits with the same
     * non-negative `mergeId` in a row merge into one step (a slider drag). No-op if unchanged.
     */
    void apply(const Scenario &next, const QString &text, Change change, int mergeId = -1);

    /** Loads a scenario file; returns an empty string or the error text (file:line:column...). */
    QString load(const QString &path);
    /** Saves atomically to `path` (the current file when empty); returns "" or the error. */
    QString save(const QString &path = {});
    /** Starts a new scenario from the shipped default (or a minimal one), untitled. */
    void newScenario();
    /** Replaces everything without an undo step (used by load/new). */
    void reset(const Scenario &scenario, const QString &filePath);

    /** Called by the undo command only. */
    void setScenario(const Scenario &scenario, Change change);

signals:
    void scenarioChanged(escale::ui::ScenarioDocument::Change change);
    void fileChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    data::ProfileLibrary m_library;
    Scenario m_scenario;
    QString m_filePath;
    QUndoStack m_undo;
};

} // namespace escale::ui
