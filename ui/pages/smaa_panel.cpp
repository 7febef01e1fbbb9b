// SPDX-License-Identifier: GPL-3.0-or-later
#include "smaa_panel.h"

#include "core/robustness_text.h"

#include "charts/chart_panel.h"
#include "charts/chart_view_adapter.h"
#include "core/engine_runner.h"
#include "core/formatting.h"
#include "core/robustness.h"
#include "plot/result_plots.h"

#include "escale/model/scenario_uncertainty.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <numeric>

namespace escale::ui {

namespace {

/** Fixes the height of `view` to its header and `rows` rows (at least 5, at most 10). */
void fitRows(QTableView *view, int rows)
{
    const int line = view->fontMetrics().height() + 6;
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                         + std::clamp(rows, 5, 10) * line + 2 * view->frameWidth() + 2);
}

} // namespace

SmaaPanel::SmaaPanel(ScenarioDocument *document, EngineRunner *engine, QWidget *parent)
    : QGroupBox(tr("Uncertainty (SMAA-2)"), parent)
    , m_document(document)
    , m_engine(engine)
    , m_runner(new SmaaRunner(this))
    , m_chart(new charts::ChartPanel(nullptr, this))
{
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(createControls(), 2);
    layout->addWidget(m_chart, 3);
    m_chart->setMinimumHeight(220);

    connect(m_runner, &SmaaRunner::progress, m_progress, &QProgressBar::setValue);
    connect(m_runner, &SmaaRunner::runningChanged, this, &SmaaPanel::setRunning);
    connect(m_runner, &SmaaRunner::finished, this, &SmaaPanel::showResult);
    connect(m_runner, &SmaaRunner::cancelled, this,
            [this] { showStatus(tr("Cancelled: the previous results are kept."), false); });
    connect(m_runner, &SmaaRunner::failed, this,
            [this](const QString &message) { showStatus(message, true); });
    connect(m_document, &ScenarioDocument::scenarioChanged, this, &SmaaPanel::updateStale);
    showResult(nullptr);
    setRunning(false);
}

QWidget *SmaaPanel::createControls()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_samples = new QSpinBox(box);
    m_samples->setRange(1000, 1000000);
    m_samples->setSingleStep(5000);
    m_samples->setValue(DefaultSamples);
    m_samples->setGroupSeparatorShown(true);
    m_samples->setToolTip(tr("Monte Carlo samples; 20,000 give shares to about ±0.7 points."));
    m_seed = new QSpinBox(box);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(DefaultSeed);
    m_seed->setToolTip(tr("The same seed and settings give the same results."));
    m_weights = new QComboBox(box);
    m_weights->addItem(tr("Any weights (uniform)"), int(WeightChoice::Uniform));
    m_weights->addItem(tr("Same order as the current weights"), int(WeightChoice::Ordinal));
    m_weights->addItem(tr("Within ±%1 points of the current weights")
                           .arg(Formatter::number(SmaaWeightHalfWidth * 100.0)),
                       int(WeightChoice::Bounded));
    m_weights->addItem(tr("Current weights (cost uncertain only)"), int(WeightChoice::Fixed));
    // The question is "how sure is the current answer?": sample near the weights the user chose.
    m_weights->setCurrentIndex(m_weights->findData(int(WeightChoice::Bounded)));
    m_weights->setToolTip(tr("How the weights are drawn. In every mode the cost of each site "
                             "is drawn over its agent wage range."));
    form->addRow(tr("Samples:"), m_samples);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Weights:"), m_weights);

    m_run = new QPushButton(tr("Run"), box);
    m_cancel = new QPushButton(tr("Cancel"), box);
    m_progress = new QProgressBar(box);
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("%p%"));
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(m_cancel, &QPushButton::clicked, this, &SmaaPanel::cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_progress, 1);

    m_status = new QLabel(box);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_table = new QTableWidget(0, 3, box);
    m_table->setHorizontalHeaderLabels(
        {tr("Destination"), tr("Rank-1 acceptability"), tr("Confidence")});
    m_table->horizontalHeaderItem(1)->setToolTip(
        tr("Share of the samples in which the destination ranks first."));
    m_table->horizontalHeaderItem(2)->setToolTip(
        tr("Share of the cost samples in which it ranks first at its central weights (the mean "
           "weights of the samples it wins)."));
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    fitRows(m_table, 5); // no more: the charts need the height more

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table);
    layout->addStretch(1);
    return box;
}

mcda::SmaaOptions SmaaPanel::options(const Results &results) const
{
    mcda::SmaaOptions options;
    options.method = results.scenario.method;
    options.samples = m_samples->value();
    options.seed = std::uint64_t(m_seed->value());
    const Eigen::VectorXd w = results.problem().normalizedWeights();
    switch (WeightChoice(m_weights->currentData().toInt())) {
    case WeightChoice::Uniform:
        options.weights = mcda::WeightMode::Uniform;
        break;
    case WeightChoice::Fixed:
        options.weights = mcda::WeightMode::Fixed;
        break;
    case WeightChoice::Ordinal: {
        options.weights = mcda::WeightMode::Ordinal;
        options.ordinalOrder.resize(std::size_t(w.size()));
        std::iota(options.ordinalOrder.begin(), options.ordinalOrder.end(), 0);
        std::stable_sort(options.ordinalOrder.begin(), options.ordinalOrder.end(),
                         [&w](int a, int b) { return w[a] > w[b]; });
        break;
    }
    case WeightChoice::Bounded:
        options.weights = mcda::WeightMode::Bounded;
        options.bounds = weightBounds(w);
        break;
    }
    return options;
}

bool SmaaPanel::run()
{
    const ResultsPtr results = m_engine->latest();
    if (!results || results->rows().size() < 2) {
        showStatus(tr("The analysis needs at least two eligible destinations."), true);
        return false;
    }
    m_runScenario = results->scenario;
    m_runNames.clear();
    for (std::size_t row = 0; row < results->rows().size(); ++row)
        m_runNames << rowName(*results, int(row));
    m_progress->setValue(0);
    showStatus(tr("Running…"), false);
    m_runner->start(scenarioUncertainty(results->evaluation, results->scenario), options(*results));
    return true;
}

void SmaaPanel::showEvent(QShowEvent *event)
{
    QGroupBox::showEvent(event);
    // 20,000 samples take about 20 ms: worth running at once rather than showing an empty chart.
    if ((!m_result || isStale()) && !m_runner->isRunning() && m_engine->latest()
        && m_engine->latest()->rows().size() >= 2)
        run();
}

void SmaaPanel::cancel()
{
    m_runner->cancel();
}

void SmaaPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_samples->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_weights->setEnabled(!running);
}

bool SmaaPanel::isStale() const
{
    return m_result && m_document->scenario() != m_resultScenario;
}

void SmaaPanel::showResult(const SmaaResultPtr &result)
{
    m_result = result;
    if (result) {
        m_names = m_runNames;
        m_resultScenario = m_runScenario;
    }
    charts::showChart(m_chart->chart(),
                      plot::smaaPlot(result ? *result : mcda::SmaaResult{}, m_names));
    m_table->setRowCount(0);
    if (!result) {
        showStatus(tr("Press Run to see how often each destination ranks first when the weights "
                      "and the wages vary."),
                   false);
        return;
    }
    const auto m = int(result->rankAcceptability.rows());
    m_table->setRowCount(m);
    fitRows(m_table, m);
    for (int i = 0; i < m; ++i) {
        auto *name = new QTableWidgetItem(i < m_names.size() ? m_names[i] : QString());
        auto *first = new QTableWidgetItem(Formatter::percent(result->rankAcceptability(i, 0)));
        auto *confidence = new QTableWidgetItem(Formatter::percent(result->confidenceFactors[i]));
        first->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QStringList central;
        for (Eigen::Index j = 0; j < result->centralWeights.cols(); ++j)
            central << tr("%1 %2").arg(Formatter::criterionName(AllCriteria[std::size_t(j)]),
                                       Formatter::percent(result->centralWeights(i, j), 0));
        name->setToolTip(tr("Central weights: %1").arg(central.join(QStringLiteral(", "))));
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, first);
        m_table->setItem(i, 2, confidence);
    }
    updateStale();
}

void SmaaPanel::showStatus(const QString &text, bool warning)
{
    m_status->setText(
        warning
            ? QStringLiteral("<span style=\"color:#B25E00\">%1</span>").arg(text.toHtmlEscaped())
            : text.toHtmlEscaped());
}

void SmaaPanel::updateStale()
{
    if (!m_result || m_runner->isRunning())
        return;
    if (isStale())
        showStatus(tr("Out of date: the scenario has changed since this analysis. Run it again."),
                   true);
    else
        showStatus(tr("Seed %1, %2 samples, ranked with %3.")
                       .arg(QString::number(m_result->options.seed),
                            Formatter::number(double(m_result->samples)),
                            Formatter::methodName(m_result->options.method.method)),
                   false);
}

} // namespace escale::ui
