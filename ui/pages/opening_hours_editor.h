// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario_document.h"

#include <QGroupBox>

#include <array>

class QCheckBox;
class QLabel;
class QTimeEdit;

namespace escale::ui {

/**
 * The centre's weekly opening hours in Paris time: per day an "open" box, the opening and
 * closing times (arrows step by 30 minutes) and "until midnight" for a closing at 24:00.
 * Each change of a day is one undo step. A closing not after the opening, or closing the last
 * open day, is refused: the row returns to the scenario's value and the reason shows below.
 */
class OpeningHoursEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit OpeningHoursEditor(ScenarioDocument *document, QWidget *parent = nullptr);

    QCheckBox *openBox(int day) const { return m_rows[std::size_t(day)].open; }
    QTimeEdit *fromEdit(int day) const { return m_rows[std::size_t(day)].from; }
    QTimeEdit *toEdit(int day) const { return m_rows[std::size_t(day)].to; }
    QCheckBox *midnightBox(int day) const { return m_rows[std::size_t(day)].midnight; }
    QLabel *messageLabel() const { return m_message; }

    /** Writes day `day` (0 = Monday) from its widgets; false (and a message) if refused. */
    bool commit(int day);

private:
    struct Row
    {
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
        QCheckBox *midnight = nullptr;
    };
    void updateFromScenario();
    void updateEnabled(int day);

    ScenarioDocument *m_document;
    std::array<Row, 7> m_rows{};
    QLabel *m_message;
    bool m_updating = false;
};

} // namespace escale::ui
