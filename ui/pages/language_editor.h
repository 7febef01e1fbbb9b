// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario_document.h"

#include <QGroupBox>

#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace escale::ui {

/**
 * The languages the contacts need: per row a language, its share of the contacts and the
 * level (full or partial). Shares must add up to 100 %: the total shows under the rows, and a
 * set that does not add up is kept as a draft, not applied, with the reason shown. A valid
 * set is applied at once (one undo step per commit, spin boxes on editingFinished). Adding a
 * language gives it the share still missing, so "add" usually lands on a valid set.
 */
class LanguageEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit LanguageEditor(ScenarioDocument *document, QWidget *parent = nullptr);

    int rowCount() const { return int(m_rows.size()); }
    QDoubleSpinBox *shareBox(int row) const { return m_rows[std::size_t(row)].share; }
    QComboBox *levelBox(int row) const { return m_rows[std::size_t(row)].level; }
    QPushButton *addButton() const { return m_add; }
    QLabel *totalLabel() const { return m_total; }
    QLabel *messageLabel() const { return m_message; }

    /** The rows as requirements (the draft, applied or not). */
    std::vector<LanguageRequirement> draft() const;
    /** Applies the draft if valid; otherwise false, the scenario untouched, a message. */
    bool commit();
    void addLanguage();
    void removeLanguage(int row);

    /** "French (fr)": the language's name in the UI language, and its code. */
    static QString languageName(const QString &code);

private:
    struct Row
    {
        QComboBox *code = nullptr;
        QDoubleSpinBox *share = nullptr;
        QComboBox *level = nullptr;
        QWidget *remove = nullptr;
    };
    void syncFromScenario();
    void rebuild(const std::vector<LanguageRequirement> &languages);
    void updateTotal();
    QString problem(const std::vector<LanguageRequirement> &languages) const;
    QStringList knownCodes(const std::vector<LanguageRequirement> &languages) const;

    ScenarioDocument *m_document;
    std::vector<Row> m_rows;
    std::vector<LanguageRequirement> m_applied; ///< the scenario's languages the rows came from
    QGridLayout *m_grid;
    QPushButton *m_add;
    QLabel *m_total;
    QLabel *m_message;
};

} // namespace escale::ui
