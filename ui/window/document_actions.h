// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace escale::ui {

class ScenarioDocument;

/**
 * File actions of the main window: new, open, recent files, save, save as, and the guard that
 * never drops unsaved changes silently. Kept out of MainWindow so it stays thin and testable.
 */
class DocumentActions : public QObject
{
    Q_OBJECT

public:
    DocumentActions(ScenarioDocument *document, Settings *settings, QWidget *window);

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QMenu *recentMenu() const { return m_recent; }

    /** Opens `path`, after asking to save unsaved changes; false if cancelled or it failed. */
    bool open(const QString &path);
    bool save();
    bool saveAs();
    /** Asks what to do with unsaved changes; true when it is safe to discard the document. */
    bool maybeSave();

signals:
    void settingsChanged();

private:
    void rebuildRecent();
    void remember(const QString &path);

    ScenarioDocument *m_document;
    Settings *m_settings;
    QWidget *m_window;
    QAction *m_new;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recent;
};

} // namespace escale::ui
