// SPDX-License-Identifier: GPL-3.0-or-later
#include "report_dialog.h"

#include "report/report_builder.h"
#include "report/report_document.h"
#include "report_preview.h"

#include "core/scenario_document.h"
#include "dialogs/dialogs.h"

#include "escale/data/scenario_io.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace escale::ui {

namespace {

constexpr qreal PreviewDpi = 56.0;

} // namespace

ReportDialog::ReportDialog(const ScenarioDocument *document, ResultsPtr results,
                           const QString &language, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("ReportDialog"));
    setWindowTitle(tr("Export report"));
    m_data.results = std::move(results);

    // The checksum is that of the file when the scenario is saved as shown, otherwise that of
    // the YAML Escale would write for it (which reproduces it as well).
    const QString path = document->filePath();
    QFile file(path);
    if (!path.isEmpty() && !document->isModified() && file.open(QIODevice::ReadOnly)) {
        m_data.scenarioFile = path;
        m_data.scenarioYaml = file.readAll();
        const QFileInfo info(path);
        m_suggestedPath = info.path() + QLatin1Char('/') + info.completeBaseName()
                          + QStringLiteral("-report.pdf");
    } else {
        m_data.scenarioYaml = QByteArray::fromStdString(
            data::emitScenario(m_data.results->scenario, document->library()));
        m_suggestedPath = QDir::home().filePath(document->displayName() + QStringLiteral(".pdf"));
    }

    createWidgets();
    setLanguage(language);
    startAnalyses();
}

ReportDialog::~ReportDialog()
{
    m_cancel = true;
    m_analyses.waitForFinished();
}

void ReportDialog::createWidgets()
{
    auto *sections = new QGroupBox(tr("Sections"), this);
    auto *sectionLayout = new QVBoxLayout(sections);
    for (const ReportSection section : ReportOptions::allSections()) {
        auto *box = new QCheckBox(reportSectionTitle(section), sections);
        box->setObjectName(QStringLiteral("section-") + reportSectionKey(section));
        box->setChecked(true);
        connect(box, &QCheckBox::toggled, this, &ReportDialog::scheduleUpdate);
        sectionLayout->addWidget(box);
        m_sections << box;
    }

    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportDialog::scheduleUpdate);
    m_author = new QLineEdit(this);
    m_author->setPlaceholderText(tr("Name shown on the cover"));
    connect(m_author, &QLineEdit::textChanged, this, &ReportDialog::scheduleUpdate);
    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Author:"), m_author);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::save);

    auto *side = new QVBoxLayout;
    side->addWidget(sections);
    side->addLayout(form);
    side->addWidget(m_progress);
    side->addWidget(m_status);
    side->addStretch(1);
    side->addWidget(buttons);

    m_preview = new ReportPreview(this);
    m_preview->setMinimumWidth(int(210.0 / 25.4 * PreviewDpi) + 60);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(m_preview, 1);
    resize(900, 760);

    m_update = new QTimer(this);
    m_update->setSingleShot(true);
    m_update->setInterval(150); // typing an author name does not re-render at every key
    connect(m_update, &QTimer::timeout, this, &ReportDialog::updatePreview);
}

void ReportDialog::startAnalyses()
{
    m_status->setText(tr("Running the uncertainty and switching-value analyses…"));
    m_preview->setMessage(tr("Preparing the report…"));
    connect(&m_analyses, &QFutureWatcher<Analyses>::finished, this,
            &ReportDialog::analysesFinished);
    const ResultsPtr results = m_data.results;
    const ReportOptions options = this->options();
    QProgressBar *bar = m_progress;
    m_analyses.setFuture(QtConcurrent::run([results, options, bar, cancel = &m_cancel] {
        // SMAA-2 fills the first half of the bar, the switching values the second.
        const auto report = [bar](double percent) {
            QMetaObject::invokeMethod(
                bar, [bar, percent] { bar->setValue(int(percent)); }, Qt::QueuedConnection);
        };
        mcda::SmaaControl control;
        control.cancel = cancel;
        control.progress = [report](double fraction) { report(fraction * 50.0); };
        Analyses out;
        out.smaa = runReportSmaa(*results, options, control);
        out.switching = runReportSwitching(
            *results, options.smaaThreads,
            [report](double fraction) { report(50.0 + fraction * 50.0); }, cancel);
        return out;
    }));
}

void ReportDialog::analysesFinished()
{
    const Analyses analyses = m_analyses.result();
    m_data.smaa = analyses.smaa;
    m_data.switching = analyses.switching;
    m_smaaDone = true;
    m_progress->hide();
    updatePreview();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.language = m_language->currentData().toString();
    options.author = m_author->text().trimmed();
    options.sections.clear();
    for (qsizetype i = 0; i < m_sections.size(); ++i) {
        if (m_sections[i]->isChecked())
            options.sections << ReportSection(i);
    }
    return options;
}

void ReportDialog::setSectionChecked(ReportSection section, bool checked)
{
    m_sections[qsizetype(section)]->setChecked(checked);
}

void ReportDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    m_language->setCurrentIndex(index >= 0 ? index : m_language->findData(QStringLiteral("en")));
}

void ReportDialog::setAuthor(const QString &author)
{
    m_author->setText(author);
}

int ReportDialog::pageCount() const
{
    return m_report ? m_report->pageCount() : 0;
}

bool ReportDialog::isReady() const
{
    return m_smaaDone && !m_dirty && !m_update->isActive();
}

bool ReportDialog::waitUntilReady(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!isReady() && timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
    return isReady();
}

void ReportDialog::scheduleUpdate()
{
    m_dirty = true;
    m_update->start();
}

void ReportDialog::updatePreview()
{
    if (!m_smaaDone)
        return;
    const ReportOptions options = this->options();
    m_dirty = false;
    if (options.sections.isEmpty()) {
        m_report.reset();
        m_save->setEnabled(false);
        m_status->setText(tr("Choose at least one section."));
        m_preview->setMessage(tr("No section chosen."));
        emit previewUpdated(0);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_report = std::make_unique<ReportDocument>(buildReport(m_data, options));
    QList<QImage> pages;
    for (int i = 0; i < m_report->pageCount(); ++i)
        pages << m_report->pageImage(i, PreviewDpi);
    m_preview->setPages(pages);
    QApplication::restoreOverrideCursor();
    m_save->setEnabled(true);
    m_status->setText(tr("%n page(s), A4.", nullptr, m_report->pageCount()));
    emit previewUpdated(m_report->pageCount());
}

Status ReportDialog::saveTo(const QString &path)
{
    if (!isReady())
        updatePreview();
    if (!m_report)
        return tr("Choose at least one section.");
    return m_report->savePdf(path);
}

void ReportDialog::save()
{
    const QString path = Dialogs::saveFile(this, tr("Export report"), m_suggestedPath,
                                           tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status saved = saveTo(path);
    if (!saved) {
        Dialogs::warning(this, tr("Export failed"), saved.error());
        return;
    }
    m_suggestedPath = path;
    m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace escale::ui
