// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "document_actions.h"
#include "preferences_dialog.h"
#include "table_export.h"

#include "core/engine_runner.h"
#include "core/language.h"
#include "core/scenario_document.h"
#include "dialogs/dialogs.h"
#include "dialogs/report_dialog.h"
#include "pages/destinations_page.h"
#include "pages/overview_page.h"
#include "pages/robustness_page.h"
#include "pages/weights_page.h"
#include "pages/workload_page.h"

#include "escale/data/profile_library.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace escale::ui {

MainWindow::MainWindow(ScenarioDocument *document, EngineRunner *engine, QSettings *store,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_document(document)
    , m_engine(engine)
    , m_store(store)
    , m_settings(Settings::load(*store))
    , m_actions(new DocumentActions(document, &m_settings, this))
    , m_pages(new QTabWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setCentralWidget(m_pages);
    m_pages->setDocumentMode(true);
    statusBar()->addWidget(m_status, 1);
    createPages();
    createMenus();

    connect(m_document, &ScenarioDocument::scenarioChanged, this, [this] {
        m_engine->request(m_document->scenario());
        updateTitle();
    });
    connect(m_document, &ScenarioDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::fileChanged, this, &MainWindow::updateTitle);
    connect(m_engine, &EngineRunner::busyChanged, this, [this](bool busy) {
        if (busy)
            m_status->setText(tr("Evaluating…"));
    });
    connect(m_engine, &EngineRunner::resultsReady, this,
            [this](const ResultsPtr &) { m_status->setText(tr("Up to date")); });
    connect(m_engine, &EngineRunner::failed, this,
            [this](const QString &message) { m_status->setText(message); });
    connect(m_actions, &DocumentActions::settingsChanged, this, &MainWindow::saveSettings);
    connect(this, &MainWindow::exportReportRequested, this, &MainWindow::exportReport);

    if (!m_settings.geometry.isEmpty())
        restoreGeometry(m_settings.geometry);
    else
        resize(1280, 800);
    if (!m_settings.windowState.isEmpty())
        restoreState(m_settings.windowState);
    m_pages->setCurrentIndex(qBound(0, m_settings.lastPage, m_pages->count() - 1));
    updateTitle();
}

void MainWindow::createPages()
{
    m_pages->addTab(new OverviewPage(m_document, m_engine, this), tr("&Recommendation"));
    m_pages->addTab(new DestinationsPage(m_document, m_engine, this), tr("&Destinations"));
    m_pages->addTab(new WorkloadPage(m_document, m_engine, this), tr("W&orkload"));
    m_pages->addTab(new WeightsPage(m_document, m_engine, this), tr("&Weights"));
    m_pages->addTab(new RobustnessPage(m_document, m_engine, this), tr("Ro&bustness"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->newAction());
    file->addAction(m_actions->openAction());
    file->addMenu(m_actions->recentMenu());
    file->addSeparator();
    file->addAction(m_actions->saveAction());
    file->addAction(m_actions->saveAsAction());
    file->addSeparator();
    QAction *report = file->addAction(tr("Export &report…"));
    report->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(report, &QAction::triggered, this, &MainWindow::exportReportRequested);
    QAction *tables = file->addAction(tr("Export &tables…"));
    connect(tables, &QAction::triggered, this, &MainWindow::exportTables);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"));
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pages->count(); ++i) {
        QAction *page = view->addAction(m_pages->tabText(i).remove(QLatin1Char('&')));
        page->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, i] { m_pages->setCurrentIndex(i); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Escale"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::openInitial(const QString &path)
{
    const QStringList candidates{path, m_settings.lastFile,
                                 QString::fromStdString(data::defaultScenarioPath())};
    for (const QString &candidate : candidates) {
        if (candidate.isEmpty() || !QFileInfo::exists(candidate))
            continue;
        if (candidate == path ? m_actions->open(candidate) : m_document->load(candidate).ok())
            return;
    }
    m_document->newScenario();
}

void MainWindow::updateTitle()
{
    // "[*]" shows the unsaved-changes mark where the platform puts it.
    setWindowTitle(tr("Escale — %1[*]").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

void MainWindow::exportTables()
{
    const ResultsPtr results = m_engine->latest();
    if (!results) {
        Dialogs::warning(this, tr("Nothing to export"),
                         tr("The scenario has not been evaluated yet."));
        return;
    }
    const QFileInfo file(m_document->filePath());
    const QString suggestion = m_document->filePath().isEmpty()
                                   ? QString(m_document->displayName() + QStringLiteral(".xlsx"))
                                   : QString(file.path() + QLatin1Char('/')
                                             + file.completeBaseName()
                                             + QStringLiteral("-results.xlsx"));
    QString path = Dialogs::saveFile(this, tr("Export tables"), suggestion,
                                     tr("Excel workbook (*.xlsx)") + QStringLiteral(";;")
                                         + tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // The extension chooses the format: .csv writes three CSV files; any other name becomes a
    // workbook, with ".xlsx" added unless it has it.
    const QString suffix = QFileInfo(path).suffix();
    const bool csv = suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    if (!csv && suffix.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) != 0)
        path += QStringLiteral(".xlsx");
    const Status exported = csv ? exportResultsCsv(*results, path)
                                : exportResultsXlsx(*results, path);
    if (!exported)
        Dialogs::warning(this, tr("Export failed"), exported.error());
    else
        m_status->setText(tr("Tables exported to %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportReport()
{
    m_engine->waitForIdle();
    const ResultsPtr results = m_engine->latest();
    if (!results) {
        Dialogs::warning(this, tr("Nothing to export"),
                         tr("The scenario has not been evaluated yet."));
        return;
    }
    ReportDialog dialog(m_document, results, Language::current(), this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings.language, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings.language = dialog.language();
    saveSettings();
    m_status->setText(tr("The language changes at the next start."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Escale"),
        tr("<h3>Escale %1</h3><p>Onshore or offshore: a decision tool for contact-centre "
           "outsourcing.</p><p>Staffing by Erlang C/A, cost over the contract term, and "
           "multi-criteria ranking (WSM, TOPSIS, VIKOR, PROMETHEE II, AHP, SMAA) with every "
           "figure's source and date.</p>")
            .arg(QStringLiteral(ESCALE_VERSION)));
}

void MainWindow::saveSettings()
{
    m_settings.geometry = saveGeometry();
    m_settings.windowState = saveState();
    m_settings.lastPage = m_pages->currentIndex();
    m_settings.save(*m_store);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_actions->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

} // namespace escale::ui
