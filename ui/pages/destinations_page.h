// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine_runner.h"
#include "core/scenario_document.h"

#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QTabBar;
class QTextBrowser;
class QToolButton;

namespace escale::ui {

class DestinationTableEditor;
class DestinationTableModel;

/**
 * The destinations of the scenario and their figures. A table (name column frozen, figures
 * sortable, editable in place, column groups to narrow it), a side panel with the selected
 * destination's time zone, latest result and dated notes, and actions to add a shipped
 * profile, duplicate one (to compare two vendors in one country) or remove one. Each action
 * is one undo step. A refused edit is explained at the cell and under the table.
 */
class DestinationsPage : public QWidget
{
    Q_OBJECT

public:
    /** Column groups of the tab bar above the table. */
    enum Group { AllGroup, PayGroup, PeopleGroup, HoursGroup, CostsGroup, RiskGroup, GroupCount };

    DestinationsPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent = nullptr);

    DestinationTableModel *model() const { return m_model; }
    DestinationTableEditor *table() const { return m_table; }
    /** Holds one action per shipped profile not yet in the scenario. */
    QMenu *addMenu() const { return m_addMenu; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *removeAction() const { return m_remove; }
    QLabel *messageLabel() const { return m_message; }
    QTextBrowser *details() const { return m_details; }

    /** Index in the scenario of the current destination, or -1. */
    int currentDestination() const;
    /** Makes destination `row` (scenario order) current. */
    void selectDestination(int row);
    void showGroup(Group group);

    /** Adds the shipped profile `id`, duplicates or removes the current destination. */
    void addProfile(const QString &id);
    void duplicateCurrent();
    void removeCurrent();

private:
    static QString legendHtml();
    /** Time zone, latest result and dated notes of `profile`, as rich text. */
    static QString detailsHtml(const DestinationProfile &profile, const ResultsPtr &results);
    QWidget *createTablePanel();
    void rebuildAddMenu();
    void updateActions();
    void updateDetails();
    void showRejection(const QModelIndex &sourceIndex, const QString &message);

    ScenarioDocument *m_document;
    EngineRunner *m_engine;
    DestinationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DestinationTableEditor *m_table;
    QTabBar *m_groups;
    QToolButton *m_addButton;
    QMenu *m_addMenu;
    QAction *m_duplicate;
    QAction *m_remove;
    QLabel *m_message;
    QLabel *m_title;
    QTextBrowser *m_details;
};

} // namespace escale::ui
