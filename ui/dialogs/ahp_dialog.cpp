// SPDX-License-Identifier: GPL-3.0-or-later
#include "ahp_dialog.h"

#include "core/formatting.h"
#include "core/style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace escale::ui {

namespace {

constexpr int ScaleSize = 17; // 9, 8, …, 2, 1, 1/2, …, 1/9
constexpr int CustomItem = ScaleSize; // an off-scale value set by setJudgement()
const QColor Alarm = style::error();
const QColor Fine = QColor::fromRgb(0x2E7D32);

double scaleValue(int item)
{
    return item <= 8 ? double(9 - item) : 1.0 / double(item - 7);
}

int scaleItem(double value)
{
    for (int item = 0; item < ScaleSize; ++item) {
        if (std::abs(value - scaleValue(item)) <= 1e-9 * value)
            return item;
    }
    return -1;
}

/** `weights` normalised; equal weights if they cannot be (all zero, from a broken file). */
Weights normalizedOrEqual(const Weights &weights)
{
    try {
        return weights.normalized();
    } catch (const std::exception &) {
        Weights equal;
        equal.values.fill(1.0 / double(CriterionCount));
        return equal;
    }
}

QString colored(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
}

} // namespace

AhpDialog::AhpDialog(const Weights &current, QWidget *parent)
    : QDialog(parent)
    , m_current(normalizedOrEqual(current))
    , m_matrix(Eigen::MatrixXd::Ones(Eigen::Index(CriterionCount), Eigen::Index(CriterionCount)))
{
    setWindowTitle(tr("Derive weights with AHP"));
    auto *intro = new QLabel(
        tr("For each pair, say how much more important the first criterion is than the second, "
           "on Saaty's scale from 1/9 to 9. The weights are the principal eigenvector of the "
           "comparison matrix."),
        this);
    intro->setWordWrap(true);

    QWidget *judgements = createJudgements(); // first, for the tab order
    auto *right = new QVBoxLayout;
    right->addWidget(createPriorities());
    right->addWidget(createConsistency());
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(judgements, 3);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use these weights"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    // Start from the current weights: each ratio w_i/w_j rounded to the scale.
    for (PairRow &row : m_rows) {
        const double wi = m_current.values[std::size_t(row.i)];
        const double wj = m_current.values[std::size_t(row.j)];
        const double ratio = wj > 0.0 ? (wi > 0.0 ? wi / wj : 1.0 / 9.0) : (wi > 0.0 ? 9.0 : 1.0);
        const double value = nearestScaleValue(ratio);
        m_matrix(row.i, row.j) = value;
        m_matrix(row.j, row.i) = 1.0 / value;
        showJudgement(row);
    }
    recompute();
}

int AhpDialog::pairIndex(int i, int j)
{
    if (i > j)
        std::swap(i, j);
    const int n = int(CriterionCount);
    return i * n - i * (i + 1) / 2 + (j - i - 1);
}

double AhpDialog::nearestScaleValue(double value)
{
    double best = 1.0;
    double bestError = std::numeric_limits<double>::infinity();
    for (int item = 0; item < ScaleSize; ++item) {
        const double error = std::abs(std::log(value / scaleValue(item)));
        if (error < bestError) {
            bestError = error;
            best = scaleValue(item);
        }
    }
    return best;
}

QString AhpDialog::scaleText(double value)
{
    const int item = scaleItem(value);
    if (item < 0)
        return Formatter::number(value, 2);
    if (item <= 8)
        return QString::number(9 - item);
    return QStringLiteral("1/%1").arg(item - 7);
}

QWidget *AhpDialog::createJudgements()
{
    auto *box = new QGroupBox(tr("Pairwise judgements"), this);
    auto *grid = new QGridLayout(box);
    grid->setVerticalSpacing(4);
    int pair = 0;
    for (int i = 0; i < int(CriterionCount); ++i) {
        for (int j = i + 1; j < int(CriterionCount); ++j, ++pair) {
            PairRow &row = m_rows[std::size_t(pair)];
            row.i = i;
            row.j = j;
            row.left = new QLabel(Formatter::criterionName(AllCriteria[std::size_t(i)]), box);
            row.left->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            row.right = new QLabel(Formatter::criterionName(AllCriteria[std::size_t(j)]), box);
            row.combo = new QComboBox(box);
            row.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            row.left->setBuddy(row.combo);
            row.marker = new QLabel(box);
            fillCombo(row);
            grid->addWidget(row.left, pair, 0);
            grid->addWidget(row.combo, pair, 1);
            grid->addWidget(row.right, pair, 2);
            grid->addWidget(row.marker, pair, 3);
            connect(row.combo, &QComboBox::activated, this,
                    [this, pair](int) { comboChanged(pair); });
        }
    }
    grid->setColumnStretch(3, 1);
    return box;
}

void AhpDialog::fillCombo(PairRow &row)
{
    const QStringList words{tr("extremely more important than"),
                            tr("very strongly to extremely more important than"),
                            tr("very strongly more important than"),
                            tr("strongly to very strongly more important than"),
                            tr("strongly more important than"),
                            tr("moderately to strongly more important than"),
                            tr("moderately more important than"),
                            tr("equally to moderately more important than"),
                            tr("as important as"),
                            tr("equally to moderately less important than"),
                            tr("moderately less important than"),
                            tr("moderately to strongly less important than"),
                            tr("strongly less important than"),
                            tr("strongly to very strongly less important than"),
                            tr("very strongly less important than"),
                            tr("very strongly to extremely less important than"),
                            tr("extremely less important than")};
    for (int item = 0; item < ScaleSize; ++item) {
        row.combo->addItem(tr("%1 · %2").arg(scaleText(scaleValue(item)), words[item]),
                           scaleValue(item));
    }
}

void AhpDialog::showJudgement(PairRow &row)
{
    const double value = m_matrix(row.i, row.j);
    const QSignalBlocker blocker(row.combo);
    int item = scaleItem(value);
    if (item < 0) {
        const QString text = tr("%1 · custom judgement").arg(Formatter::number(value, 2));
        if (row.combo->count() == CustomItem)
            row.combo->addItem(text, value);
        else
            row.combo->setItemText(CustomItem, text);
        row.combo->setItemData(CustomItem, value);
        item = CustomItem;
    }
    row.combo->setCurrentIndex(item);
}

void AhpDialog::comboChanged(int pair)
{
    PairRow &row = m_rows[std::size_t(pair)];
    const double value = row.combo->currentData().toDouble();
    if (!(value > 0.0))
        return;
    m_matrix(row.i, row.j) = value;
    m_matrix(row.j, row.i) = 1.0 / value;
    recompute();
}

void AhpDialog::setJudgement(int i, int j, double value)
{
    if (i == j || i < 0 || j < 0 || i >= int(CriterionCount) || j >= int(CriterionCount)
        || !(value > 0.0) || !std::isfinite(value))
        return;
    if (i > j) {
        std::swap(i, j);
        value = 1.0 / value;
    }
    m_matrix(i, j) = value;
    m_matrix(j, i) = 1.0 / value;
    showJudgement(m_rows[std::size_t(pairIndex(i, j))]);
    recompute();
}

double AhpDialog::judgement(int i, int j) const
{
    return m_matrix(i, j);
}

void AhpDialog::setRandomIndexTable(mcda::RandomIndexTable table)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
}

Weights AhpDialog::weights() const
{
    Weights w;
    for (std::size_t c = 0; c < CriterionCount; ++c)
        w.values[c] = m_result.priorities[Eigen::Index(c)];
    return w;
}

void AhpDialog::applySuggestion()
{
    if (m_highlighted < 0 || !(m_suggested > 0.0))
        return;
    const PairRow &row = m_rows[std::size_t(m_highlighted)];
    setJudgement(row.i, row.j, m_suggested);
}

QWidget *AhpDialog::createPriorities()
{
    auto *box = new QGroupBox(tr("Resulting weights"), this);
    auto *grid = new QGridLayout(box);
    auto *currentHeader = new QLabel(tr("Current"), box);
    auto *ahpHeader = new QLabel(tr("From AHP"), box);
    currentHeader->setAlignment(Qt::AlignRight);
    ahpHeader->setAlignment(Qt::AlignRight);
    grid->addWidget(currentHeader, 0, 1);
    grid->addWidget(ahpHeader, 0, 2);
    for (std::size_t c = 0; c < CriterionCount; ++c) {
        const int r = int(c) + 1;
        grid->addWidget(new QLabel(Formatter::criterionName(AllCriteria[c]), box), r, 0);
        m_currentLabels[c] = new QLabel(Formatter::percent(m_current.values[c]), box);
        m_currentLabels[c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_priorityLabels[c] = new QLabel(box);
        m_priorityLabels[c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_currentLabels[c], r, 1);
        grid->addWidget(m_priorityLabels[c], r, 2);
    }
    grid->setColumnStretch(0, 1);
    return box;
}

QWidget *AhpDialog::createConsistency()
{
    auto *box = new QGroupBox(tr("Consistency"), this);
    auto *form = new QFormLayout(box);
    m_table = new QComboBox(box);
    m_table->addItem(tr("Saaty (1980)"), int(mcda::RandomIndexTable::Saaty1980));
    m_table->addItem(tr("Saaty (2005)"), int(mcda::RandomIndexTable::Saaty2005));
    m_table->addItem(tr("Donegan & Dodd (1991)"), int(mcda::RandomIndexTable::DoneganDodd));
    m_table->addItem(tr("Tummala & Ling (1998)"), int(mcda::RandomIndexTable::TummalaLing));
    m_table->setToolTip(tr("The random index RI(n) that CR = CI / RI(n) divides by. Tools "
                           "differ: pyDecision uses Saaty (1980), AHPy Donegan & Dodd, pymcdm "
                           "Tummala & Ling."));
    connect(m_table, &QComboBox::currentIndexChanged, this, [this](int) { recompute(); });
    m_lambda = new QLabel(box);
    m_ci = new QLabel(box);
    m_cr = new QLabel(box);
    m_cr->setTextFormat(Qt::RichText);
    m_verdict = new QLabel(box);
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_useSuggestion = new QPushButton(box);
    connect(m_useSuggestion, &QPushButton::clicked, this, &AhpDialog::applySuggestion);
    form->addRow(tr("Random index:"), m_table);
    form->addRow(tr("λmax:"), m_lambda);
    form->addRow(tr("CI:"), m_ci);
    form->addRow(tr("CR:"), m_cr);
    form->addRow(m_verdict);
    form->addRow(m_useSuggestion);
    return box;
}

void AhpDialog::recompute()
{
    mcda::AhpOptions options;
    if (m_table)
        options.table = mcda::RandomIndexTable(m_table->currentData().toInt());
    m_result = mcda::ahp(m_matrix, options);
    showResult();
}

void AhpDialog::showResult()
{
    for (std::size_t c = 0; c < CriterionCount; ++c)
        m_priorityLabels[c]->setText(Formatter::percent(m_result.priorities[Eigen::Index(c)]));
    const double ri = mcda::randomIndex(m_result.options.table, Eigen::Index(CriterionCount));
    m_lambda->setText(Formatter::number(m_result.lambdaMax, 3));
    m_ci->setText(Formatter::number(m_result.ci, 3));
    const QString cr = tr("%1 (%2, RI(6) = %3)")
                           .arg(Formatter::number(m_result.cr, 3), m_table->currentText(),
                                Formatter::number(ri, 2));
    m_cr->setText(m_result.consistent ? cr : colored(cr, Alarm));
    const QString limit = Formatter::number(mcda::AhpConsistencyLimit, 2);

    if (m_result.consistent || !m_result.mostInconsistent) {
        m_verdict->setText(colored(tr("Consistent enough: CR ≤ %1.").arg(limit), Fine));
        highlight(-1);
        return;
    }
    const mcda::Judgement &worst = *m_result.mostInconsistent;
    const int pair = pairIndex(worst.i, worst.j);
    // The scale value nearest the consistent one, at least one step away from the given one.
    double suggestion = nearestScaleValue(worst.consistentValue);
    const int given = scaleItem(worst.value);
    if (given >= 0 && scaleItem(suggestion) == given) {
        const int step = worst.consistentValue > worst.value ? -1 : 1; // items run 9 … 1/9
        suggestion = given + step >= 0 && given + step < ScaleSize ? scaleValue(given + step) : 0.0;
    }
    const QString a = Formatter::criterionName(AllCriteria[std::size_t(worst.i)]);
    const QString b = Formatter::criterionName(AllCriteria[std::size_t(worst.j)]);
    m_verdict->setText(colored(
        tr("Inconsistent: CR > %1. The judgement %2 vs %3 (%4) fits the others least; they "
           "imply %5.")
            .arg(limit, a, b, scaleText(worst.value), Formatter::number(worst.consistentValue, 2)),
        Alarm));
    highlight(pair);
    m_suggested = suggestion;
    m_useSuggestion->setVisible(suggestion > 0.0);
    m_useSuggestion->setText(tr("Set %1 vs %2 to %3").arg(a, b, scaleText(suggestion)));
}

void AhpDialog::highlight(int pair)
{
    m_highlighted = pair;
    if (pair < 0) {
        m_suggested = 0.0;
        m_useSuggestion->setVisible(false);
    }
    for (int p = 0; p < PairCount; ++p) {
        PairRow &row = m_rows[std::size_t(p)];
        const bool on = p == pair;
        QFont font = row.left->font();
        font.setBold(on);
        row.left->setFont(font);
        row.right->setFont(font);
        QPalette palette = this->palette();
        if (on)
            palette.setColor(QPalette::WindowText, Alarm);
        row.left->setPalette(palette);
        row.right->setPalette(palette);
        row.marker->setText(on ? colored(tr("◀ least consistent"), Alarm) : QString());
    }
}

} // namespace escale::ui
