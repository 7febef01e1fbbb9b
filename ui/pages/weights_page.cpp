// SPDX-License-Identifier: GPL-3.0-or-later
#include "weights_page.h"

#include "constraints_editor.h"

#include "core/engine_runner.h"
#include "core/formatting.h"
#include "core/recommendation_text.h"
#include "dialogs/ahp_dialog.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace escale::ui {

namespace {} // namespace

WeightsPage::WeightsPage(ScenarioDocument *document, EngineRunner *engine, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_engine(engine)
{
    m_constraints = new ConstraintsEditor(m_document, this);
    auto *top = new QHBoxLayout;
    top->addWidget(createWeights(), 3);
    top->addWidget(createRanking(), 2);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_constraints, 3);
    bottom->addWidget(createCostView(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bottom);
    layout->addStretch(1);

    connect(m_document, &ScenarioDocument::scenarioChanged, this, &WeightsPage::updateFromScenario);
    connect(m_engine, &EngineRunner::resultsReady, this, &WeightsPage::showResults);
    updateFromScenario();
    showResults(m_engine->latest());
}

Weights WeightsPage::presetWeights(Preset preset)
{
    Weights w;
    switch (preset) {
    case Preset::Balanced:
        w.values.fill(1.0 / double(CriterionCount));
        break;
    case Preset::CostFirst:
        w.values = {0.50, 0.15, 0.10, 0.05, 0.10, 0.10};
        break;
    case Preset::LanguageFirst:
        w.values = {0.20, 0.40, 0.15, 0.05, 0.10, 0.10};
        break;
    case Preset::RiskAverse:
        w.values = {0.25, 0.15, 0.15, 0.10, 0.10, 0.25};
        break;
    case Preset::GsliLike:
        w.values = {0.40, 0.15, 0.15, 0.10, 0.10, 0.10};
        break;
    }
    return w;
}

QString WeightsPage::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Balanced:
        return tr("Balanced");
    case Preset::CostFirst:
        return tr("Cost first");
    case Preset::LanguageFirst:
        return tr("Language first");
    case Preset::RiskAverse:
        return tr("Risk averse");
    case Preset::GsliLike:
        return tr("GSLI-like 40/30/30");
    }
    return {};
}

QWidget *WeightsPage::createWeights()
{
    auto *box = new QGroupBox(tr("Criteria weights"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    for (Criterion c : AllCriteria) {
        const int row = int(index(c));
        auto *label = new QLabel(Formatter::criterionName(c), box);
        label->setToolTip(Formatter::criterionHint(c));
        auto *slider = new QSlider(Qt::Horizontal, box);
        slider->setRange(0, SliderSteps);
        slider->setSingleStep(SliderSteps / 100);
        slider->setPageStep(SliderSteps / 20);
        slider->setToolTip(Formatter::criterionHint(c));
        slider->setAccessibleName(Formatter::criterionName(c));
        label->setBuddy(slider);
        auto *spin = new QDoubleSpinBox(box);
        spin->setRange(0.0, 100.0);
        spin->setDecimals(1);
        spin->setSingleStep(1.0);
        spin->setSuffix(tr("%"));
        spin->setKeyboardTracking(false);
        spin->setAccessibleName(Formatter::criterionName(c));
        grid->addWidget(label, row, 0);
        grid->addWidget(slider, row, 1);
        grid->addWidget(spin, row, 2);
        m_sliders[index(c)] = slider;
        m_spins[index(c)] = spin;
        connect(slider, &QSlider::sliderPressed, this, [this, c] { sliderPressed(c); });
        connect(slider, &QSlider::valueChanged, this, [this, c](int v) { sliderMoved(c, v); });
        connect(spin, &QDoubleSpinBox::valueChanged, this,
                [this, c](double v) { spinChanged(c, v); });
    }
    const int rows = int(CriterionCount);
    m_total = new QLabel(box);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(m_total, rows, 0, 1, 3);

    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Presets:"), box));
    for (int p = 0; p < PresetCount; ++p) {
        const auto preset = Preset(p);
        auto *button = new QPushButton(presetName(preset), box);
        const Weights w = presetWeights(preset);
        QStringList parts;
        for (Criterion c : AllCriteria)
            parts << tr("%1 %2").arg(Formatter::criterionName(c), Formatter::percent(w[c]));
        button->setToolTip(parts.join(QStringLiteral(", ")));
        connect(button, &QPushButton::clicked, this, [this, preset] { applyPreset(preset); });
        presets->addWidget(button);
        m_presets[std::size_t(p)] = button;
    }
    presets->addStretch(1);
    grid->addLayout(presets, rows + 1, 0, 1, 3);

    auto *ahp = new QPushButton(tr("Derive weights with AHP…"), box);
    ahp->setToolTip(tr("Compare the criteria two by two (Saaty's scale) and derive the weights."));
    connect(ahp, &QPushButton::clicked, this, &WeightsPage::openAhpDialog);
    m_ahp = ahp;
    auto *ahpRow = new QHBoxLayout;
    ahpRow->addWidget(ahp);
    ahpRow->addStretch(1);
    grid->addLayout(ahpRow, rows + 2, 0, 1, 3);
    return box;
}

QWidget *WeightsPage::createRanking()
{
    auto *box = new QGroupBox(tr("Ranking with these weights"), this);
    auto *layout = new QVBoxLayout(box);
    m_headline = new QLabel(box);
    m_headline->setWordWrap(true);
    QFont font = m_headline->font();
    font.setBold(true);
    m_headline->setFont(font);
    m_ranking = new QTreeWidget(box);
    m_ranking->setRootIsDecorated(false);
    m_ranking->setSelectionMode(QAbstractItemView::NoSelection);
    m_ranking->setUniformRowHeights(true);
    m_ranking->setFocusPolicy(Qt::NoFocus);
    m_ranking->setHeaderLabels({tr("Rank"), tr("Destination"), tr("Score")});
    m_ranking->header()->setStretchLastSection(false);
    m_ranking->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ranking->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ranking->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_method = new QLabel(box);
    m_method->setWordWrap(true);
    layout->addWidget(m_headline);
    layout->addWidget(m_ranking);
    layout->addWidget(m_method);
    layout->addStretch(1);
    return box;
}

QWidget *WeightsPage::createCostView()
{
    auto *box = new QGroupBox(tr("Cost criterion"), this);
    auto *layout = new QVBoxLayout(box);
    m_vendor = new QRadioButton(Formatter::costViewName(CostView::Vendor), box);
    m_inHouse = new QRadioButton(Formatter::costViewName(CostView::InHouse), box);
    auto *group = new QButtonGroup(box);
    group->addButton(m_vendor);
    group->addButton(m_inHouse);
    auto *note = new QLabel(tr("Which total cost of ownership the cost criterion compares. "
                               "Both are computed; changing it re-prices every site."),
                            box);
    note->setWordWrap(true);
    layout->addWidget(m_vendor);
    layout->addWidget(m_inHouse);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_inHouse, &QRadioButton::toggled, this, [this](bool inHouse) {
        if (m_updating)
            return;
        Scenario next = m_document->scenario();
        next.cost.view = inHouse ? CostView::InHouse : CostView::Vendor;
        m_document->apply(next, tr("Change the cost view"));
    });
    return box;
}

QAbstractButton *WeightsPage::presetButton(Preset preset) const
{
    return m_presets[std::size_t(preset)];
}

QAbstractButton *WeightsPage::ahpButton() const
{
    return m_ahp;
}

QRadioButton *WeightsPage::costViewButton(CostView view) const
{
    return view == CostView::Vendor ? m_vendor : m_inHouse;
}

void WeightsPage::applyPreset(Preset preset)
{
    Scenario next = m_document->scenario();
    next.weights = presetWeights(preset);
    m_document->apply(next, tr("Apply the “%1” weights").arg(presetName(preset)));
}

void WeightsPage::openAhpDialog()
{
    auto *dialog = new AhpDialog(m_document->scenario().weights, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Scenario next = m_document->scenario();
        next.weights = dialog->weights();
        m_document->apply(next, tr("Derive the weights with AHP"));
    });
    dialog->open();
}

void WeightsPage::sliderPressed(Criterion criterion)
{
    m_dragStart = m_document->scenario().weights;
    m_dragOrigin = m_dragStart.normalized();
    m_dragStartValue = m_sliders[index(criterion)]->value();
    ++m_dragSerial;
}

void WeightsPage::sliderMoved(Criterion criterion, int value)
{
    if (m_updating)
        return;
    const bool dragging = m_sliders[index(criterion)]->isSliderDown();
    if (dragging && value == m_dragStartValue) {
        // Back where the drag began: the weights exactly as they were, so the merged step
        // cancels out and leaves no undo step and no unsaved mark.
        Scenario next = m_document->scenario();
        next.weights = m_dragStart;
        m_document->apply(next, tr("Change the %1 weight").arg(Formatter::criterionName(criterion)),
                          MergeId::WeightDrag, m_dragSerial);
        return;
    }
    setWeight(criterion, double(value) / SliderSteps, dragging);
}

void WeightsPage::spinChanged(Criterion criterion, double percent)
{
    if (!m_updating)
        setWeight(criterion, percent / 100.0, false);
}

void WeightsPage::setWeight(Criterion criterion, double weight, bool dragging)
{
    // A drag moves one weight from where the drag began, and each drag is its own undo step.
    const Weights &base = dragging ? m_dragOrigin : m_document->scenario().weights;
    Scenario next = m_document->scenario();
    next.weights = base.withWeight(criterion, weight);
    m_document->apply(next, tr("Change the %1 weight").arg(Formatter::criterionName(criterion)),
                      dragging ? MergeId::WeightDrag : MergeId::None, m_dragSerial);
}

void WeightsPage::updateFromScenario()
{
    const Scenario &scenario = m_document->scenario();
    Weights w;
    try {
        w = scenario.weights.normalized();
    } catch (const std::exception &) {
        w = scenario.weights; // all zero: shown as is; the engine reports the error
    }
    m_updating = true;
    double total = 0.0;
    for (Criterion c : AllCriteria) {
        QSlider *slider = m_sliders[index(c)];
        const int position = int(std::lround(w[c] * SliderSteps));
        if (slider->value() != position)
            slider->setValue(position);
        m_spins[index(c)]->setValue(w[c] * 100.0);
        total += w[c];
    }
    m_total->setText(tr("Total: %1").arg(Formatter::percent(total)));
    const bool inHouse = scenario.cost.view == CostView::InHouse;
    m_inHouse->setChecked(inHouse);
    m_vendor->setChecked(!inHouse);
    m_updating = false;
}

void WeightsPage::showResults(const ResultsPtr &results)
{
    m_ranking->clear();
    if (!results) {
        m_headline->setText(tr("Evaluating…"));
        return;
    }
    const Evaluation &ev = results->evaluation;
    m_headline->setText(RecommendationText(*results).headline());
    for (int i : sitesByRank(ev)) {
        const SiteEvaluation &s = ev.sites[std::size_t(i)];
        auto *item = new QTreeWidgetItem(m_ranking);
        item->setText(1, siteName(*results, i));
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (s.excluded()) {
            QStringList reasons;
            for (const Exclusion &e : s.exclusions)
                reasons << Formatter::exclusionText(e);
            item->setText(0, tr("—"));
            item->setText(2, tr("excluded"));
            const QString tip = tr("Excluded: %1").arg(reasons.join(tr("; ")));
            for (int column = 0; column < 3; ++column) {
                item->setForeground(column, palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(column, tip);
            }
            continue;
        }
        item->setText(0, Formatter::number(s.rank));
        item->setText(2, Formatter::number(s.score, 3));
        if (s.rank == 1) {
            QFont font = item->font(1);
            font.setBold(true);
            for (int column = 0; column < 3; ++column)
                item->setFont(column, font);
        }
    }
    const RecommendationText text(*results);
    m_method->setText(text.margin().isEmpty()
                          ? text.headline()
                          : tr("%1 Excluded destinations are listed last.").arg(text.margin()));
    // As tall as its rows: the margin sentence stays right under the ranking.
    const int rows = std::max(m_ranking->topLevelItemCount(), 1);
    const int row = std::max(m_ranking->sizeHintForRow(0), fontMetrics().height() + 2);
    m_ranking->setFixedHeight(m_ranking->header()->sizeHint().height() + rows * row
                              + 2 * m_ranking->frameWidth() + 4);
}

} // namespace escale::ui
