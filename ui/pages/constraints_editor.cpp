// SPDX-License-Identifier: GPL-3.0-or-later
#include "constraints_editor.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

#include <optional>

namespace escale::ui {

namespace {

/** The spin box shows percentages for shares and the 1-5 scale for risk. */
double toDisplay(ConstraintsEditor::Limit limit, double value)
{
    return limit == ConstraintsEditor::MaxRisk ? value : value * 100.0;
}

double fromDisplay(ConstraintsEditor::Limit limit, double value)
{
    return limit == ConstraintsEditor::MaxRisk ? value : value / 100.0;
}

} // namespace

ConstraintsEditor::ConstraintsEditor(ScenarioDocument *document, QWidget *parent)
    : QGroupBox(tr("Hard constraints"), parent)
    , m_document(document)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(2, 1);
    const QString percent = tr("%");
    addRow(MinFrenchFullShare, tr("Minimum share of full French speakers"),
           tr("Exclude a destination whose pool has fewer speakers of French at full "
              "professional level."),
           0.0, 100.0, 5.0, 0, percent);
    addRow(MaxRisk, tr("Maximum risk (1 = low, 5 = high)"),
           tr("Exclude a destination whose mean political and infrastructure risk is higher."), 1.0,
           5.0, 0.1, 1, QString());
    addRow(MaxSectorShare, tr("Maximum share of the local sector's jobs"),
           tr("Always applied: it is also the reference of the capacity criterion. A site "
              "whose programme would take more of the sector's jobs is excluded (or shares "
              "the work when it would otherwise win)."),
           0.1, 100.0, 1.0, 1, percent);
    addRow(MinCoverage, tr("Minimum coverage of opening hours"),
           tr("Exclude a destination that serves a smaller share of the opening hours in "
              "normal local hours."),
           0.0, 100.0, 5.0, 0, percent);

    connect(m_document, &ScenarioDocument::scenarioChanged, this,
            &ConstraintsEditor::updateFromScenario);
    updateFromScenario();
}

void ConstraintsEditor::addRow(Limit limit, const QString &label, const QString &tip, double min,
                               double max, double step, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setRange(min, max);
    spin->setSingleStep(step);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setToolTip(tip);
    spin->setAccelerated(true);
    auto *grid = static_cast<QGridLayout *>(layout());
    const int row = int(limit);
    grid->addWidget(spin, row, 1);
    m_spins[std::size_t(limit)] = spin;
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, limit](double) { commit(limit); });
    if (limit == MaxSectorShare) {
        // Always applied: a plain label, indented to line up with the checkbox texts.
        auto *text = new QLabel(label, this);
        text->setToolTip(tip);
        text->setBuddy(spin);
        text->setIndent(style()->pixelMetric(QStyle::PM_IndicatorWidth)
                        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing));
        grid->addWidget(text, row, 0);
        return;
    }
    auto *check = new QCheckBox(label, this);
    check->setToolTip(tip);
    grid->addWidget(check, row, 0);
    m_checks[std::size_t(limit)] = check;
    connect(check, &QCheckBox::toggled, this, [this, spin, limit](bool on) {
        spin->setEnabled(on);
        commit(limit);
    });
}

void ConstraintsEditor::updateFromScenario()
{
    const Constraints &c = m_document->scenario().constraints;
    const std::array<std::optional<double>, LimitCount> values{
        c.minFrenchFullShare, c.maxRisk, std::optional<double>(c.maxSectorShare), c.minCoverage};
    const std::array<double, LimitCount> defaults{0.5, 3.0, 0.10, 0.8};
    m_updating = true;
    for (std::size_t l = 0; l < std::size_t(LimitCount); ++l) {
        const auto limit = Limit(l);
        const QSignalBlocker spinBlocker(m_spins[l]);
        if (QCheckBox *check = m_checks[l]) {
            const QSignalBlocker checkBlocker(check);
            check->setChecked(values[l].has_value());
        }
        m_spins[l]->setEnabled(values[l].has_value());
        m_spins[l]->setValue(toDisplay(limit, values[l].value_or(defaults[l])));
    }
    m_updating = false;
}

void ConstraintsEditor::commit(Limit limit)
{
    if (m_updating)
        return;
    const auto l = std::size_t(limit);
    std::optional<double> value;
    if (!m_checks[l] || m_checks[l]->isChecked())
        value = fromDisplay(limit, m_spins[l]->value());
    Scenario next = m_document->scenario();
    Constraints &c = next.constraints;
    switch (limit) {
    case MinFrenchFullShare:
        c.minFrenchFullShare = value;
        break;
    case MaxRisk:
        c.maxRisk = value;
        break;
    case MaxSectorShare:
        c.maxSectorShare = value.value_or(c.maxSectorShare);
        break;
    case MinCoverage:
        c.minCoverage = value;
        break;
    case LimitCount:
        return;
    }
    m_document->apply(next, tr("Change the constraints"));
}

} // namespace escale::ui
