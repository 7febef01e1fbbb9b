// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario_document.h"

#include <QGroupBox>

#include <array>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace escale::ui {

/**
 * The hard constraints of the scenario: a site failing one is excluded, not ranked. Minimum
 * full French share, maximum risk and minimum coverage are optional (a checkbox each). The
 * maximum sector share is always applied, because it is also the reference of the capacity
 * criterion (utility 1 - share / maximum), so it has no checkbox. Every edit is one undo step
 * (Change::Constraints).
 */
class ConstraintsEditor : public QGroupBox
{
    Q_OBJECT

public:
    enum Limit { MinFrenchFullShare, MaxRisk, MaxSectorShare, MinCoverage, LimitCount };

    explicit ConstraintsEditor(ScenarioDocument *document, QWidget *parent = nullptr);

    /** The limit's checkbox; null for MaxSectorShare, which is always applied. */
    QCheckBox *check(Limit limit) const { return m_checks[std::size_t(limit)]; }
    QDoubleSpinBox *spinBox(Limit limit) const { return m_spins[std::size_t(limit)]; }

private:
    void addRow(Limit limit, const QString &label, const QString &tip, double min, double max,
                double step, int decimals, const QString &suffix);
    void updateFromScenario();
    /** Writes the one limit the user touched (the others keep their exact values). */
    void commit(Limit limit);

    ScenarioDocument *m_document;
    std::array<QCheckBox *, LimitCount> m_checks{};
    std::array<QDoubleSpinBox *, LimitCount> m_spins{};
    bool m_updating = false;
};

} // namespace escale::ui
