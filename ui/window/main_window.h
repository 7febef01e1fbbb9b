// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/settings.h"

#include <QMainWindow>

class QLabel;
class QTabWidget;
class QSettings;

namespace escale::ui {

class DocumentActions;
class EngineRunner;
class ScenarioDocument;

/**
 * The window: pages in tabs, menus, status line. It wires the document, the engine and the
 * pages together and holds no decision logic; file actions live in DocumentActions.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ScenarioDocument *document, EngineRunner *engine, QSettings *store,
               QWidget *parent = nullptr);

    QTabWidget *pages() const { return m_pages; }
    /** Opens `path`, or the last file, or the shipped default scenario. */
    void openInitial(const QString &path);

signals:
    /** File > Export report…; MainWindow opens the ReportDialog on it. */
    void exportReportRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void updateTitle();
    void exportTables();
    void exportReport();
    void showPreferences();
    void showAbout();
    void saveSettings();

    ScenarioDocument *m_document;
    EngineRunner *m_engine;
    QSettings *m_store;
    Settings m_settings;
    DocumentActions *m_actions;
    QTabWidget *m_pages;
    QLabel *m_status;
};

} // namespace escale::ui
