// SPDX-License-Identifier: GPL-3.0-or-later
#include "robustness_page.h"

#include "core/robustness_text.h"
#include "smaa_panel.h"
#include "switching_panel.h"

#include "charts/chart_panel.h"
#include "charts/chart_view_adapter.h"
#include "core/engine_runner.h"
#include "core/formatting.h"
#include "core/recommendation_text.h"
#include "models/method_comparison_model.h"
#include "plot/result_plots.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace escale::ui {

namespace {

std::vector<mcda::Normalization> normalizationsOf(mcda::Method method)
{
    using N = mcda::Normalization;
    switch (method) {
    case mcda::Method::Wsm:
        return {N::None, N::Max, N::Sum, N::MinMax};
    case mcda::Method::Wpm:
        return {N::None, N::Max, N::Sum};
    case mcda::Method::Topsis:
        return {N::Vector, N::MinMax};
    case mcda::Method::Vikor:
    case mcda::Method::Promethee2:
        return {};
    }
    return {};
}

/** Fixes the height of `view` to its header and `rows` rows (at least 5, at most 10). */
void fitRows(QTableView *view, int rows)
{
    const int line = view->fontMetrics().height() + 6;
    view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
                         + std::clamp(rows, 5, 10) * line + 2 * view->frameWidth() + 2);
}

/** `change` with its target rounded to 0.1% away from the current weight if it still wins. */
mcda::WinningChange rounded(const Results &results, mcda::WinningChange change)
{
    if (!change.possible || change.alreadyBest)
        return change;
    const double t = change.change() > 0 ? std::ceil(change.toWeight * 1000.0 - 1e-9) / 1000.0
                                         : std::floor(change.toWeight * 1000.0 + 1e-9) / 1000.0;
    mcda::Problem trial = results.problem();
    const Eigen::VectorXd w = mcda::rescaledWeights(trial.normalizedWeights(), change.criterion, t);
    for (std::size_t j = 0; j < trial.criteria.size(); ++j)
        trial.criteria[j].weight = w[Eigen::Index(j)];
    if (mcda::rank(trial, results.scenario.method).best() == change.alternative)
        change.toWeight = t;
    return change;
}

} // namespace

RobustnessPage::RobustnessPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
{
    m_tabs = new QTabWidget(this);
    m_smaa = new SmaaPanel(m_document, m_engine, m_tabs);
    m_smaa->setTitle(QString()); // the tab names it
    m_smaa->setFlat(true);
    m_switching = new SwitchingPanel(m_document, m_engine, m_tabs);
    m_tabs->addTab(m_smaa, tr("Uncertainty (SMAA-2)"));
    m_tabs->addTab(m_switching, tr("Switching values"));
    m_tabs->setTabToolTip(1, tr("The value of each key input at which another destination "
                                "would be recommended."));
    QWidget *method = createMethod();
    auto *left = new QVBoxLayout;
    left->addWidget(createComparison(), 1);
    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 3);
    middle->addWidget(createStability(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(method);
    layout->addLayout(middle, 1);
    layout->addWidget(m_tabs, 1);

    connect(m_document, &ScenarioDocument::scenarioChanged, this,
            &RobustnessPage::updateMethodBoxes);
    connect(m_engine, &EngineRunner::resultsReady, this, &RobustnessPage::showResults);
    updateMethodBoxes();
    showResults(m_engine->latest());
}

QWidget *RobustnessPage::createMethod()
{
    auto *box = new QGroupBox(tr("Ranking method"), this);
    m_method = new QComboBox(box);
    for (mcda::Method m :
         {mcda::Method::Wsm, mcda::Method::Topsis, mcda::Method::Vikor, mcda::Method::Promethee2})
        m_method->addItem(Formatter::methodName(m), int(m));
    m_method->setToolTip(tr("The method that ranks the destinations and makes the "
                            "recommendation."));
    m_normalization = new QComboBox(box);
    m_normalization->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_headline = new QLabel(box);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_agreement = new QLabel(box);
    m_agreement->setWordWrap(true);

    auto *methodLabel = new QLabel(tr("&Method:"), box);
    methodLabel->setBuddy(m_method);
    auto *normalizationLabel = new QLabel(tr("&Normalisation:"), box);
    normalizationLabel->setBuddy(m_normalization);
    auto *row = new QHBoxLayout;
    row->addWidget(methodLabel);
    row->addWidget(m_method);
    row->addSpacing(12);
    row->addWidget(normalizationLabel);
    row->addWidget(m_normalization);
    row->addSpacing(24);
    row->addWidget(m_headline, 1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addWidget(m_agreement);

    connect(m_method, &QComboBox::activated, this,
            [this](int item) { setMethod(mcda::Method(m_method->itemData(item).toInt())); });
    connect(m_normalization, &QComboBox::activated, this, [this](int item) {
        const QVariant value = m_normalization->itemData(item);
        if (value.isValid())
            setNormalization(mcda::Normalization(value.toInt()));
    });
    return box;
}

QWidget *RobustnessPage::createComparison()
{
    auto *box = new QGroupBox(tr("The methods side by side"), this);
    m_model = new MethodComparisonModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MethodComparisonModel::RawValueRole);
    m_table = new QTableView(box);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MethodComparisonModel::WsmRankColumn, Qt::AscendingOrder);
    // Clicking a header still sorts; without the indicator each column is about 45 px
    // narrower, which lets all nine columns fit at 1280 px.
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fitRows(m_table, 5);
    m_table->horizontalHeader()->setSectionResizeMode(MethodComparisonModel::DestinationColumn,
                                                      QHeaderView::Stretch);

    m_challenger = new QComboBox(box);
    m_change = new QLabel(box);
    m_change->setWordWrap(true);
    m_applyChange = new QPushButton(tr("Apply this weight"), box);
    connect(m_challenger, &QComboBox::activated, this, [this](int) { updateChallenge(); });
    connect(m_applyChange, &QPushButton::clicked, this, &RobustnessPage::applyChange);
    auto *question = new QHBoxLayout;
    auto *whatLabel = new QLabel(tr("What must change for"), box);
    whatLabel->setBuddy(m_challenger);
    question->addWidget(whatLabel);
    question->addWidget(m_challenger);
    question->addWidget(new QLabel(tr("to win?"), box));
    question->addStretch(1);
    question->addWidget(m_applyChange);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_table);
    layout->addLayout(question);
    layout->addWidget(m_change);
    layout->addStretch(1);
    return box;
}

QWidget *RobustnessPage::createStability()
{
    auto *box = new QGroupBox(tr("Weight stability"), this);
    m_stability = new charts::ChartPanel(nullptr, box);
    m_stability->setMinimumHeight(260); // six rows of bars stay legible
    m_sentence = new QLabel(box);
    m_sentence->setWordWrap(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_stability, 1);
    layout->addWidget(m_sentence);
    return box;
}

void RobustnessPage::setMethod(mcda::Method method)
{
    Scenario next = m_document->scenario();
    if (next.method.method == method)
        return;
    next.method.method = method;
    // Utilities are already on 0..1, so a plain weighted sum needs no normalisation.
    next.method.normalization = method == mcda::Method::Wsm
                                    ? mcda::Normalization::None
                                    : mcda::MethodSpec::defaults(method).normalization;
    m_document->apply(next, tr("Rank with %1").arg(Formatter::methodName(method)));
}

void RobustnessPage::setNormalization(mcda::Normalization normalization)
{
    Scenario next = m_document->scenario();
    next.method.normalization = normalization;
    m_document->apply(next,
                      tr("Use %1 normalisation").arg(Formatter::normalizationName(normalization)));
}

void RobustnessPage::updateMethodBoxes()
{
    const mcda::MethodSpec &spec = m_document->scenario().method;
    const QSignalBlocker methodBlocker(m_method);
    const QSignalBlocker normalizationBlocker(m_normalization);
    int item = m_method->findData(int(spec.method));
    if (item < 0) { // WPM, from a scenario file: shown, not offered
        m_method->addItem(Formatter::methodName(spec.method), int(spec.method));
        item = m_method->count() - 1;
    }
    m_method->setCurrentIndex(item);

    m_normalization->clear();
    const std::vector<mcda::Normalization> choices = normalizationsOf(spec.method);
    for (mcda::Normalization n : choices)
        m_normalization->addItem(Formatter::normalizationName(n), int(n));
    if (choices.empty())
        m_normalization->addItem(tr("built into the method"));
    m_normalization->setEnabled(choices.size() > 1);
    m_normalization->setCurrentIndex(
        std::max(0, m_normalization->findData(int(spec.normalization))));
}

void RobustnessPage::showResults(const ResultsPtr &results)
{
    m_results = results;
    m_model->setResults(results);
    fitRows(m_table, m_model->rowCount());
    const int previous = m_challenger->currentIndex();
    m_challenger->clear();
    if (!results) {
        m_headline->clear();
        m_agreement->clear();
        m_sentence->clear();
        m_change->clear();
        m_applyChange->setEnabled(false);
        return;
    }
    const RecommendationText text(*results);
    m_headline->setText(text.headline());
    m_agreement->setText(text.methodAgreement());
    charts::showChart(m_stability->chart(), plot::stabilityPlot(*results));
    m_sentence->setText(RobustnessText::mostSensitiveSentence(*results));

    for (std::size_t row = 0; row < results->rows().size(); ++row)
        m_challenger->addItem(rowName(*results, int(row)), int(row));
    // Default to the runner-up, the usual question; otherwise keep the user's pick.
    int pick = previous >= 0 && previous < m_challenger->count() ? previous : -1;
    if (pick < 0 && m_challenger->count() > 1) {
        const int winner = results->winnerRow();
        pick = winner == 0 ? 1 : 0;
        for (int row = 0; row < m_challenger->count(); ++row) {
            const int site = results->rows()[std::size_t(row)];
            if (results->evaluation.sites[std::size_t(site)].rank == 2)
                pick = row;
        }
    }
    m_challenger->setCurrentIndex(pick);
    updateChallenge();
}

void RobustnessPage::updateChallenge()
{
    m_proposed.reset();
    m_applyChange->setEnabled(false);
    const int row = m_challenger->currentData().isValid() ? m_challenger->currentData().toInt()
                                                          : -1;
    if (!m_results || row < 0 || m_results->rows().size() < 2) {
        m_change->setText(m_results ? tr("Needs at least two eligible destinations.") : QString());
        return;
    }
    const mcda::WinningChange change = rounded(
        *m_results,
        mcda::smallestChangeToWin(m_results->problem(), m_results->scenario.method, row));
    m_change->setText(RobustnessText::winningChangeSentence(*m_results, change));
    if (change.possible && !change.alreadyBest) {
        m_proposed = m_results->scenario.weights.withWeight(
            AllCriteria[std::size_t(change.criterion)], change.toWeight);
        m_applyChange->setEnabled(true);
    }
}

void RobustnessPage::applyChange()
{
    if (!m_proposed)
        return;
    Scenario next = m_document->scenario();
    next.weights = *m_proposed;
    m_document->apply(next, tr("Apply the weight that changes the winner"));
}

} // namespace escale::ui
