// SPDX-License-Identifier: GPL-3.0-or-later
#include "switching_panel.h"

#include "core/engine_runner.h"
#include "core/formatting.h"
#include "core/switching_text.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace escale::ui {

SwitchingPanel::SwitchingPanel(ScenarioDocument *document, EngineRunner *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
    , m_runner(new SwitchingRunner(this))
{
    m_run = new QPushButton(tr("Run"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("%p%"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Input"), tr("Destination"), tr("Now"),
                                        tr("Switching value"), tr("Change"),
                                        tr("Then recommended")});
    m_table->horizontalHeaderItem(ValueColumn)
        ->setToolTip(tr("The value at which another destination is recommended, all else equal "
                        "(found by bisection to a relative %1 on the full evaluation).")
                         .arg(QString::number(SwitchingTolerance)));
    m_table->horizontalHeaderItem(ThenColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_status, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, &SwitchingPanel::cancel);
    connect(m_runner, &SwitchingRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &SwitchingRunner::runningChanged, this, &SwitchingPanel::setRunning);
    connect(m_runner, &SwitchingRunner::finished, this, &SwitchingPanel::showAnalysis);
    connect(m_runner, &SwitchingRunner::cancelled, this,
            [this] { showStatus(tr("Cancelled: the previous values are kept."), false); });
    connect(m_runner, &SwitchingRunner::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &SwitchingPanel::updateStale);
    showAnalysis(nullptr);
    setRunning(false);
}

bool SwitchingPanel::run()
{
    const ResultsPtr results = m_engine->latest();
    if (!results || results->evaluation.recommendation.best < 0) {
        showStatus(tr("The switching values need a recommended destination."), true);
        return false;
    }
    m_runResults = results;
    m_progress->setValue(0);
    showStatus(tr("Running…"), false);
    m_runner->start(results->scenario, results->evaluation);
    return true;
}

void SwitchingPanel::cancel()
{
    m_runner->cancel();
}

void SwitchingPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A few hundred evaluations, under half a second: run at once rather than show an empty
    // table.
    const ResultsPtr latest = m_engine->latest();
    if ((!m_analysis || isStale()) && !m_runner->isRunning() && latest
        && latest->evaluation.recommendation.best >= 0)
        run();
}

void SwitchingPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
}

bool SwitchingPanel::isStale() const
{
    return m_analysis && m_shownResults && m_document->scenario() != m_shownResults->scenario;
}

void SwitchingPanel::showAnalysis(const SwitchingPtr &analysis)
{
    m_analysis = analysis;
    if (analysis)
        m_shownResults = m_runResults;
    m_table->setRowCount(0);
    m_summary->clear();
    if (!analysis || !m_shownResults) {
        showStatus(tr("Press Run to find the values of the key inputs at which another "
                      "destination would be recommended."),
                   false);
        return;
    }
    const Results &results = *m_shownResults;
    m_table->setRowCount(int(analysis->values.size()));
    for (int r = 0; r < int(analysis->values.size()); ++r) {
        const SwitchingValue &row = analysis->values[std::size_t(r)];
        const SwitchingInput &input = switchingInputs()[row.input];
        const std::optional<SwitchingPoint> &point = row.nearest();
        const QString sentence = SwitchingText::sentence(results, row);
        const QStringList cells{SwitchingText::label(input),
                                SwitchingText::site(results, row),
                                SwitchingText::value(input, row.current),
                                point ? SwitchingText::value(input, point->value)
                                      : SwitchingText::noFlip(row),
                                point ? SwitchingText::change(row, point->value) : QString(),
                                point ? SwitchingText::outcome(results, *point) : QString()};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(sentence);
            if (c == NowColumn || c == ChangeColumn || (c == ValueColumn && point))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!point && c == ValueColumn)
                item->setForeground(palette().color(QPalette::PlaceholderText));
            m_table->setItem(r, c, item);
        }
    }
    if (const SwitchingValue *nearest = SwitchingText::nearestSwitch(*analysis))
        m_summary->setText(
            tr("Nearest switch: %1").arg(SwitchingText::sentence(results, *nearest)));
    else
        m_summary->setText(tr("No input within its range changes the recommendation."));
    updateStale();
}

void SwitchingPanel::showStatus(const QString &text, bool warning)
{
    m_status->setText(
        warning
            ? QStringLiteral("<span style=\"color:#B25E00\">%1</span>").arg(text.toHtmlEscaped())
            : text.toHtmlEscaped());
}

void SwitchingPanel::updateStale()
{
    if (!m_analysis || m_runner->isRunning())
        return;
    if (isStale())
        showStatus(tr("Out of date: the scenario has changed since. Run again."), true);
    else
        showStatus(tr("%1 evaluations, each input alone.").arg(m_analysis->evaluations), false);
}

} // namespace escale::ui
