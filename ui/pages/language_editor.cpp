// SPDX-License-Identifier: GPL-3.0-or-later
#include "language_editor.h"

#include "core/formatting.h"
#include "core/style.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace escale::ui {

namespace {

constexpr double Tolerance = 1e-6;

double total(const std::vector<LanguageRequirement> &languages)
{
    double sum = 0.0;
    for (const LanguageRequirement &l : languages)
        sum += l.share;
    return sum;
}

/** The total as a percent, with a decimal only when it has one (70 %, 99.5 %). */
QString totalText(double sum)
{
    const double tenths = std::round(sum * 1000.0);
    return Formatter::percent(sum, std::fmod(tenths, 10.0) == 0.0 ? 0 : 1);
}

} // namespace

QString LanguageEditor::languageName(const QString &code)
{
    const std::map<QString, QString> names{
        {QStringLiteral("fr"), tr("French")},  {QStringLiteral("en"), tr("English")},
        {QStringLiteral("ar"), tr("Arabic")},  {QStringLiteral("es"), tr("Spanish")},
        {QStringLiteral("de"), tr("German")},  {QStringLiteral("it"), tr("Italian")},
        {QStringLiteral("nl"), tr("Dutch")},   {QStringLiteral("pt"), tr("Portuguese")},
        {QStringLiteral("mg"), tr("Malagasy")}};
    const auto known = names.find(code);
    QString name = known != names.end() ? known->second : QString();
    if (name.isEmpty() && QLocale::codeToLanguage(code) != QLocale::AnyLanguage)
        name = QLocale::languageToString(QLocale::codeToLanguage(code));
    return name.isEmpty() ? code : tr("%1 (%2)").arg(name, code);
}

LanguageEditor::LanguageEditor(ScenarioDocument *document, QWidget *parent)
    : QGroupBox(tr("Languages required"), parent)
    , m_document(document)
    , m_grid(new QGridLayout)
    , m_add(new QPushButton(tr("Add language"), this))
    , m_total(new QLabel(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_grid->setHorizontalSpacing(6);
    layout->addLayout(m_grid);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_total, 1);
    bar->addWidget(m_add);
    layout->addLayout(bar);
    m_message->setWordWrap(true);
    m_message->setPalette(style::withTextColor(m_message->palette(), style::error()));
    layout->addWidget(m_message);
    m_add->setToolTip(tr("Add a language; it gets the share still missing from 100 %"));

    connect(m_add, &QPushButton::clicked, this, &LanguageEditor::addLanguage);
    connect(document, &ScenarioDocument::scenarioChanged, this, &LanguageEditor::syncFromScenario);
    m_applied = document->scenario().workload.languages;
    rebuild(m_applied);
}

void LanguageEditor::syncFromScenario()
{
    // Keep a pending draft while other parts of the scenario change; follow undo and loads.
    const std::vector<LanguageRequirement> &languages = m_document->scenario().workload.languages;
    if (languages == m_applied)
        return;
    m_applied = languages;
    m_message->clear();
    rebuild(languages);
}

QStringList LanguageEditor::knownCodes(const std::vector<LanguageRequirement> &languages) const
{
    QStringList codes{QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("ar"),
                      QStringLiteral("es"), QStringLiteral("de"), QStringLiteral("it"),
                      QStringLiteral("nl"), QStringLiteral("pt")};
    auto add = [&codes](const std::string &code) {
        const QString c = QString::fromStdString(code);
        if (!c.isEmpty() && !codes.contains(c))
            codes << c;
    };
    for (const DestinationProfile &p : m_document->library().profiles) {
        for (const LanguageSkill &skill : p.languages)
            add(skill.code);
    }
    for (const LanguageRequirement &l : languages)
        add(l.code);
    return codes;
}

void LanguageEditor::rebuild(const std::vector<LanguageRequirement> &languages)
{
    // Later deletion: rebuild() may run from a signal of one of these widgets.
    for (const Row &row : m_rows) {
        const std::array<QWidget *, 4> widgets{row.code, row.share, row.level, row.remove};
        for (QWidget *widget : widgets) {
            m_grid->removeWidget(widget);
            widget->hide();
            widget->deleteLater();
        }
    }
    m_rows.clear();
    const QStringList codes = knownCodes(languages);
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const LanguageRequirement &l = languages[i];
        Row row;
        row.code = new QComboBox(this);
        for (const QString &code : codes)
            row.code->addItem(languageName(code), code);
        row.code->setCurrentIndex(row.code->findData(QString::fromStdString(l.code)));
        row.share = new QDoubleSpinBox(this);
        row.share->setRange(0.0, 100.0);
        row.share->setDecimals(1);
        row.share->setSuffix(tr(" %"));
        row.share->setKeyboardTracking(false);
        row.share->setValue(l.share * 100.0);
        row.share->setToolTip(tr("Share of the contacts in this language"));
        row.level = new QComboBox(this);
        row.level->addItem(tr("Full"));
        row.level->addItem(tr("Partial"));
        row.level->setCurrentIndex(l.level == LanguageLevel::Partial ? 1 : 0);
        row.level->setToolTip(tr("Full: fluent speakers only. Partial: a working knowledge "
                                 "is enough."));
        auto *remove = new QToolButton(this);
        remove->setText(tr("Remove"));
        remove->setToolTip(tr("Remove this language"));
        row.remove = remove;

        const int r = int(i);
        m_grid->addWidget(row.code, r, 0);
        m_grid->addWidget(row.share, r, 1);
        m_grid->addWidget(row.level, r, 2);
        m_grid->addWidget(row.remove, r, 3);
        connect(row.code, &QComboBox::activated, this, [this] { commit(); });
        connect(row.level, &QComboBox::activated, this, [this] { commit(); });
        connect(row.share, &QDoubleSpinBox::editingFinished, this, [this] { commit(); });
        connect(remove, &QToolButton::clicked, this, [this, r] { removeLanguage(r); });
        m_rows.push_back(row);
    }
    m_grid->setColumnStretch(0, 1);
    updateTotal();
}

std::vector<LanguageRequirement> LanguageEditor::draft() const
{
    std::vector<LanguageRequirement> out;
    for (const Row &row : m_rows) {
        LanguageRequirement l;
        l.code = row.code->currentData().toString().toStdString();
        // Rounded to the spin box's precision so 33.3 % + 66.7 % is exactly 100 %.
        l.share = std::round(row.share->value() * 10.0) / 1000.0;
        l.level = row.level->currentIndex() == 1 ? LanguageLevel::Partial : LanguageLevel::Full;
        out.push_back(l);
    }
    return out;
}

QString LanguageEditor::problem(const std::vector<LanguageRequirement> &languages) const
{
    if (languages.empty())
        return tr("At least one language is required.");
    const double sum = total(languages);
    if (std::abs(sum - 1.0) > Tolerance)
        return tr("The shares add up to %1; they must add up to %2. Not applied yet.")
            .arg(totalText(sum), totalText(1.0));
    for (std::size_t i = 0; i < languages.size(); ++i) {
        for (std::size_t j = i + 1; j < languages.size(); ++j) {
            if (languages[i].code == languages[j].code && languages[i].level == languages[j].level)
                return tr("%1 is listed twice at the same level. Not applied yet.")
                    .arg(languageName(QString::fromStdString(languages[i].code)));
        }
    }
    return {};
}

void LanguageEditor::updateTotal()
{
    const std::vector<LanguageRequirement> languages = draft();
    const bool ok = std::abs(total(languages) - 1.0) <= Tolerance;
    m_total->setText(tr("Total: %1").arg(totalText(total(languages))));
    m_total->setPalette(style::withTextColor(palette(), ok ? palette().color(QPalette::WindowText)
                                                           : style::error()));
    for (const Row &row : m_rows)
        row.remove->setEnabled(m_rows.size() > 1);
}

bool LanguageEditor::commit()
{
    updateTotal();
    const std::vector<LanguageRequirement> languages = draft();
    const QString error = problem(languages);
    if (!error.isEmpty()) {
        m_message->setText(error);
        return false;
    }
    m_message->clear();
    if (languages == m_document->scenario().workload.languages)
        return true;
    Scenario next = m_document->scenario();
    next.workload.languages = languages;
    m_applied = languages; // the rows already show them
    m_document->apply(next, tr("Change languages"));
    return true;
}

void LanguageEditor::addLanguage()
{
    std::vector<LanguageRequirement> languages = draft();
    LanguageRequirement added;
    added.share = std::max(0.0, 1.0 - total(languages));
    added.code.clear();
    for (const QString &code : knownCodes(languages)) {
        const std::string c = code.toStdString();
        if (std::none_of(languages.begin(), languages.end(),
                         [&c](const LanguageRequirement &l) { return l.code == c; })) {
            added.code = c;
            break;
        }
    }
    if (added.code.empty())
        added.code = "fr";
    languages.push_back(added);
    rebuild(languages);
    commit();
}

void LanguageEditor::removeLanguage(int row)
{
    std::vector<LanguageRequirement> languages = draft();
    if (row < 0 || std::size_t(row) >= languages.size() || languages.size() <= 1)
        return;
    languages.erase(languages.begin() + row);
    rebuild(languages);
    commit();
}

} // namespace escale::ui
