// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "escale/model/ahp.h"
#include "escale/model/criteria.h"

#include <QDialog>

#include <array>

class QComboBox;
class QLabel;
class QPushButton;

namespace escale::ui {

/**
 * Derives the criterion weights from Saaty's pairwise comparisons (AHP). The 15 judgements of
 * the six criteria are picked on the 1/9…9 scale; the dialog shows the principal-eigenvector
 * priorities, lambda_max, CI and CR with the chosen random-index table (Saaty 1980 by default).
 * When CR > 0.10 the most inconsistent judgement is highlighted and the value consistent with
 * the other judgements is offered. The judgements start from the current weights (each ratio
 * rounded to the scale), so the dialog opens close to the weights in use.
 */
class AhpDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int PairCount = 15; ///< pairs of the six criteria

    explicit AhpDialog(const Weights &current, QWidget *parent = nullptr);

    /** Sets a_ij (and a_ji = 1/a_ij); any positive value, shown on the scale when it is one. */
    void setJudgement(int i, int j, double value);
    double judgement(int i, int j) const;
    void setRandomIndexTable(mcda::RandomIndexTable table);

    /** The priorities as weights (sum 1), in criterion order. */
    Weights weights() const;
    const mcda::AhpResult &result() const { return m_result; }
    /** Pair index (row order: (0,1), (0,2), …, (4,5)) highlighted as inconsistent, or -1. */
    int highlightedPair() const { return m_highlighted; }
    /** The scale value offered for the highlighted judgement (a_ij, i < j); 0 when none. */
    double suggestedValue() const { return m_suggested; }
    /** Sets the highlighted judgement to the suggested value. */
    void applySuggestion();

    static int pairIndex(int i, int j);
    /** The value of Saaty's scale (1/9 … 9) closest to `value` in ratio terms. */
    static double nearestScaleValue(double value);
    /** "5" or "1/5" for a scale value, otherwise the number with two decimals. */
    static QString scaleText(double value);

private:
    struct PairRow
    {
        int i = 0;
        int j = 0;
        QLabel *left = nullptr;
        QComboBox *combo = nullptr;
        QLabel *right = nullptr;
        QLabel *marker = nullptr;
    };

    QWidget *createJudgements();
    QWidget *createPriorities();
    QWidget *createConsistency();
    void fillCombo(PairRow &row);
    void showJudgement(PairRow &row);
    void comboChanged(int pair);
    void recompute();
    void showResult();
    void highlight(int pair);

    Weights m_current;
    Eigen::MatrixXd m_matrix;
    mcda::AhpResult m_result;
    std::array<PairRow, PairCount> m_rows;
    std::array<QLabel *, CriterionCount> m_currentLabels{};
    std::array<QLabel *, CriterionCount> m_priorityLabels{};
    QComboBox *m_table = nullptr;
    QLabel *m_lambda = nullptr;
    QLabel *m_ci = nullptr;
    QLabel *m_cr = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_useSuggestion = nullptr;
    int m_highlighted = -1;
    double m_suggested = 0.0;
    bool m_updating = false;
};

} // namespace escale::ui
