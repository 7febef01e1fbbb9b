// SPDX-License-Identifier: GPL-3.0-or-later
// The AHP dialog: judgements in, priorities, lambda_max, CI, CR and the flagged judgement out.
#include "ui_test_support.h"

#include "dialogs/ahp_dialog.h"

#include <QComboBox>

using namespace escale;
using escale::ui::AhpDialog;

namespace {

constexpr int N = 6;

QComboBox *judgementCombo(AhpDialog &dialog, int pair)
{
    QList<QComboBox *> combos;
    const QList<QComboBox *> all = dialog.findChildren<QComboBox *>();
    for (QComboBox *combo : all) {
        if (combo->count() >= 17)
            combos << combo;
    }
    return pair < combos.size() ? combos[pair] : nullptr;
}

} // namespace

TEST(AhpDialog, PairIndexFollowsRowOrder)
{
    EXPECT_EQ(AhpDialog::pairIndex(0, 1), 0);
    EXPECT_EQ(AhpDialog::pairIndex(0, 5), 4);
    EXPECT_EQ(AhpDialog::pairIndex(1, 2), 5);
    EXPECT_EQ(AhpDialog::pairIndex(2, 1), 5);
    EXPECT_EQ(AhpDialog::pairIndex(4, 5), 14);
    EXPECT_DOUBLE_EQ(AhpDialog::nearestScaleValue(2.5444), 3.0);
    EXPECT_DOUBLE_EQ(AhpDialog::nearestScaleValue(0.3), 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(AhpDialog::nearestScaleValue(40.0), 9.0);
    EXPECT_EQ(AhpDialog::scaleText(1.0 / 7.0), QStringLiteral("1/7"));
}

TEST(AhpDialog, StartsFromTheCurrentWeightsRoundedToTheScale)
{
    Weights w; // 40 / 20 / 15 / 5 / 10 / 10
    AhpDialog dialog(w);
    EXPECT_DOUBLE_EQ(dialog.judgement(0, 1), 2.0); // 0.40 / 0.20
    EXPECT_DOUBLE_EQ(dialog.judgement(1, 0), 0.5);
    EXPECT_DOUBLE_EQ(dialog.judgement(0, 3), 8.0); // 0.40 / 0.05
    EXPECT_DOUBLE_EQ(dialog.judgement(3, 4), 0.5); // 0.05 / 0.10
    EXPECT_DOUBLE_EQ(dialog.judgement(4, 5), 1.0);
    EXPECT_LT(dialog.result().cr, 0.10);
    for (Criterion c : AllCriteria)
        EXPECT_NEAR(dialog.weights()[c], w[c], 0.03) << criterionKey(c);
}

TEST(AhpDialog, ConsistentMatrixGivesTheWeightsBackAndCrZero)
{
    const std::array<double, N> w{0.35, 0.25, 0.15, 0.10, 0.10, 0.05};
    AhpDialog dialog(Weights{});
    for (int i = 0; i < N; ++i) {
        for (int j = i + 1; j < N; ++j)
            dialog.setJudgement(i, j, w[std::size_t(i)] / w[std::size_t(j)]);
    }
    const mcda::AhpResult &r = dialog.result();
    for (int i = 0; i < N; ++i)
        EXPECT_NEAR(r.priorities[i], w[std::size_t(i)], 1e-12);
    EXPECT_NEAR(r.lambdaMax, 6.0, 1e-9);
    EXPECT_NEAR(r.ci, 0.0, 1e-9);
    EXPECT_NEAR(r.cr, 0.0, 1e-9);
    EXPECT_TRUE(r.consistent);
    EXPECT_EQ(dialog.highlightedPair(), -1);
    const Weights out = dialog.weights();
    for (std::size_t c = 0; c < w.size(); ++c)
        EXPECT_NEAR(out.values[c], w[c], 1e-12);
}

// All judgements 1 except cost 9 x language. Expected values computed with mpmath (mp.eig,
// 40 digits): lambda_max 6.6443134919546353, CI 0.12886269839092706, CR (Saaty 1980, RI 1.24)
// 0.10392153096042505 > 0.10; priorities cost 0.28569803365658853, language
// 0.11228341245617258, the four others 0.15050463847180972. By symmetry the most inconsistent
// judgement is cost vs language (|ln(9 / 2.5444)| = 1.263, the others at most 0.641); the
// consistent value 2.5444 is nearest the scale value 3.
TEST(AhpDialog, InconsistentMatrixIsFlaggedWithTheWorstJudgement)
{
    AhpDialog dialog(Weights{});
    for (int i = 0; i < N; ++i) {
        for (int j = i + 1; j < N; ++j)
            dialog.setJudgement(i, j, 1.0);
    }
    dialog.setJudgement(0, 1, 9.0);
    const mcda::AhpResult &r = dialog.result();
    EXPECT_NEAR(r.lambdaMax, 6.6443134919546353, 1e-12);
    EXPECT_NEAR(r.ci, 0.12886269839092706, 1e-12);
    EXPECT_NEAR(r.cr, 0.10392153096042505, 1e-12);
    EXPECT_NEAR(r.priorities[0], 0.28569803365658853, 1e-12);
    EXPECT_NEAR(r.priorities[1], 0.11228341245617258, 1e-12);
    for (int i = 2; i < N; ++i)
        EXPECT_NEAR(r.priorities[i], 0.15050463847180972, 1e-12);
    EXPECT_FALSE(r.consistent);
    ASSERT_TRUE(r.mostInconsistent.has_value());
    EXPECT_EQ(r.mostInconsistent->i, 0);
    EXPECT_EQ(r.mostInconsistent->j, 1);
    EXPECT_NEAR(r.mostInconsistent->consistentValue, 2.5444366842, 1e-9);
    EXPECT_EQ(dialog.highlightedPair(), 0);
    EXPECT_DOUBLE_EQ(dialog.suggestedValue(), 3.0);

    dialog.setRandomIndexTable(mcda::RandomIndexTable::DoneganDodd);
    EXPECT_NEAR(dialog.result().cr, 0.12886269839092706 / 1.1797, 1e-12);

    dialog.applySuggestion();
    EXPECT_DOUBLE_EQ(dialog.judgement(0, 1), 3.0);
    EXPECT_DOUBLE_EQ(dialog.judgement(1, 0), 1.0 / 3.0);
    EXPECT_LT(dialog.result().cr, 0.10);
    EXPECT_EQ(dialog.highlightedPair(), -1);
}

TEST(AhpDialog, ReversedJudgementAndComboEdits)
{
    AhpDialog dialog(Weights{});
    dialog.setJudgement(2, 0, 5.0); // quality strongly more important than cost
    EXPECT_DOUBLE_EQ(dialog.judgement(0, 2), 0.2);
    QComboBox *costVsQuality = judgementCombo(dialog, AhpDialog::pairIndex(0, 2));
    ASSERT_NE(costVsQuality, nullptr);
    EXPECT_DOUBLE_EQ(costVsQuality->currentData().toDouble(), 0.2);
    EXPECT_TRUE(costVsQuality->currentText().startsWith(QStringLiteral("1/5")));

    // A person picking "7 · very strongly more important than" for cost vs quality.
    const int item = costVsQuality->findData(7.0);
    ASSERT_GE(item, 0);
    costVsQuality->setCurrentIndex(item);
    emit costVsQuality->activated(item);
    EXPECT_DOUBLE_EQ(dialog.judgement(0, 2), 7.0);
    EXPECT_DOUBLE_EQ(dialog.judgement(2, 0), 1.0 / 7.0);
    EXPECT_GT(dialog.weights()[Criterion::Cost], dialog.weights()[Criterion::Quality]);

    // An off-scale value is kept exactly and shown as a custom judgement.
    dialog.setJudgement(0, 2, 2.37);
    EXPECT_DOUBLE_EQ(dialog.judgement(0, 2), 2.37);
    EXPECT_DOUBLE_EQ(costVsQuality->currentData().toDouble(), 2.37);
}
