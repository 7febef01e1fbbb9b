// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine_runner.h"
#include "core/scenario_document.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QSpinBox;
class QTableView;

namespace escale::ui {

class ChannelTableModel;
class LanguageEditor;
class OpeningHoursEditor;
class SiteStaffingModel;

/**
 * What the centre has to handle: the channels (volumes, handle times, service targets), the
 * opening hours, the languages, shrinkage, staffing interval and contract term; and next to
 * them the staffing each destination needs for it, from the latest results. Every commit is
 * one undo step; spin boxes commit on editingFinished, not on each keystroke.
 */
class WorkloadPage : public QWidget
{
    Q_OBJECT

public:
    WorkloadPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent = nullptr);

    ChannelTableModel *channelModel() const { return m_channels; }
    QTableView *channelTable() const { return m_channelTable; }
    /** One action per channel type (voice, email, chat, outbound). */
    QMenu *addChannelMenu() const { return m_addMenu; }
    QAction *removeChannelAction() const { return m_removeChannel; }
    QLabel *messageLabel() const { return m_message; }
    OpeningHoursEditor *hoursEditor() const { return m_hours; }
    LanguageEditor *languageEditor() const { return m_languages; }
    QDoubleSpinBox *shrinkageBox() const { return m_shrinkage; }
    QComboBox *intervalBox() const { return m_interval; }
    QSpinBox *horizonBox() const { return m_horizon; }
    QDateEdit *startBox() const { return m_start; }
    SiteStaffingModel *staffingModel() const { return m_staffing; }

    /** Appends a channel of type `channel` with typical defaults (one undo step). */
    void addChannel(Channel channel);
    /** Removes the current channel; at least one channel remains. */
    void removeCurrentChannel();

private:
    QWidget *createChannelGroup();
    QWidget *createPlanningGroup();
    QWidget *createStaffingGroup();
    void updatePlanning();
    void updateActions();
    void commitPlanning();
    void showResults(const ResultsPtr &results);
    void showRejection(const QModelIndex &index, const QString &message);

    ScenarioDocument *m_document;
    ChannelTableModel *m_channels;
    SiteStaffingModel *m_staffing;
    QTableView *m_channelTable = nullptr;
    QTableView *m_staffingTable = nullptr;
    QMenu *m_addMenu = nullptr;
    QAction *m_removeChannel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_staffingStatus = nullptr;
    OpeningHoursEditor *m_hours = nullptr;
    LanguageEditor *m_languages = nullptr;
    QDoubleSpinBox *m_shrinkage = nullptr;
    QComboBox *m_interval = nullptr;
    QSpinBox *m_horizon = nullptr;
    QDateEdit *m_start = nullptr;
    bool m_updating = false;
};

} // namespace escale::ui
