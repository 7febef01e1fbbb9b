// SPDX-License-Identifier: GPL-3.0-or-later
#include "document_actions.h"

#include "core/scenario_document.h"
#include "dialogs/dialogs.h"

#include "escale/data/profile_library.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace escale::ui {

namespace {
QString scenarioFilter()
{
    return QObject::tr("Escale scenarios (*.yaml *.yml);;All files (*)");
}
} // namespace

DocumentActions::DocumentActions(ScenarioDocument *document, Settings *settings, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_settings(settings)
    , m_window(window)
{
    m_new = new QAction(tr("&New"), this);
    m_new->setShortcut(QKeySequence::New);
    m_open = new QAction(tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_recent = new QMenu(tr("Open &Recent"), window);

    connect(m_new, &QAction::triggered, this, [this] {
        if (maybeSave())
            m_document->newScenario();
    });
    connect(m_open, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString start = m_document->filePath().isEmpty()
                                  ? QString::fromStdString(data::defaultDataDirectory()
                                                           + "/scenarios")
                                  : QFileInfo(m_document->filePath()).absolutePath();
        const QString path = Dialogs::openFile(m_window, tr("Open scenario"), start,
                                               scenarioFilter());
        if (!path.isEmpty())
            open(path);
    });
    connect(m_save, &QAction::triggered, this, &DocumentActions::save);
    connect(m_saveAs, &QAction::triggered, this, &DocumentActions::saveAs);
    rebuildRecent();
}

bool DocumentActions::open(const QString &path)
{
    const Status loaded = m_document->load(path);
    if (!loaded) {
        Dialogs::warning(m_window, tr("Cannot open the scenario"),
                         tr("%1 could not be opened:\n\n%2")
                             .arg(QDir::toNativeSeparators(path), loaded.error()));
        return false;
    }
    remember(m_document->filePath());
    return true;
}

bool DocumentActions::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const Status saved = m_document->save();
    if (!saved) {
        Dialogs::warning(m_window, tr("Cannot save"),
                         tr("The scenario was not saved; your changes are still open.\n\n%1")
                             .arg(saved.error()));
        return false;
    }
    remember(m_document->filePath());
    return true;
}

bool DocumentActions::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(m_document->displayName() + QStringLiteral(".yaml"));
    QString path = Dialogs::saveFile(m_window, tr("Save scenario as"), suggestion,
                                     scenarioFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    const Status saved = m_document->save(path);
    if (!saved) {
        Dialogs::warning(m_window, tr("Cannot save"),
                         tr("The scenario was not saved; your changes are still open.\n\n%1")
                             .arg(saved.error()));
        return false;
    }
    remember(m_document->filePath());
    return true;
}

bool DocumentActions::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = Dialogs::question(
        m_window, tr("Unsaved changes"),
        tr("“%1” has unsaved changes. Save them before closing it?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void DocumentActions::remember(const QString &path)
{
    m_settings->addRecent(path);
    m_settings->lastFile = path;
    rebuildRecent();
    emit settingsChanged();
}

void DocumentActions::rebuildRecent()
{
    m_recent->clear();
    for (const QString &path : m_settings->recentFiles) {
        QAction *action = m_recent->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                open(path);
        });
    }
    m_recent->setEnabled(!m_settings->recentFiles.isEmpty());
}

} // namespace escale::ui
