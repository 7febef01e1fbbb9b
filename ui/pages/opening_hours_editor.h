// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario_document.h"

#include <QGroupBox>

#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTimeEdit;
class QToolButton;

namespace escale::ui {

/**
 * Weekly opening hours in Paris time, of the centre or of one channel. "Hours of" chooses
 * which: the centre's (every channel without hours of its own) or a channel's; a channel ticks
 * "Own hours" to get hours of its own (starting from the centre's) and unticks it to follow the
 * centre again. Per day: an "open" box, one or more ranges of opening and closing times (arrows
 * step by 30 minutes), "until midnight" for a last closing at 24:00, "+" to close for an hour
 * in the middle of the last range (a lunch closure, say) and "−" to reopen through the last
 * closure. Each change is one undo step. A range closing before it opens, ranges out of order,
 * a closure inside one staffing interval (opening_hours.h) or a centre or channel open no day
 * is refused: the row returns to the scenario's value and the reason shows below.
 */
class OpeningHoursEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit OpeningHoursEditor(ScenarioDocument *document, QWidget *parent = nullptr);

    /** Item 0: the centre; item i + 1: channel i of the workload. */
    QComboBox *targetBox() const { return m_target; }
    QCheckBox *ownHoursBox() const { return m_own; }
    QCheckBox *openBox(int day) const { return m_rows[std::size_t(day)].open; }
    int rangeCount(int day) const { return int(m_rows[std::size_t(day)].ranges.size()); }
    QTimeEdit *fromEdit(int day, int range = 0) const;
    QTimeEdit *toEdit(int day, int range = 0) const;
    QCheckBox *midnightBox(int day) const { return m_rows[std::size_t(day)].midnight; }
    QToolButton *splitButton(int day) const { return m_rows[std::size_t(day)].split; }
    QToolButton *mergeButton(int day) const { return m_rows[std::size_t(day)].merge; }
    QLabel *messageLabel() const { return m_message; }

    /** Writes day `day` (0 = Monday) from its widgets; false (and a message) if refused. */
    bool commit(int day);

private:
    struct Range
    {
        QWidget *box = nullptr; ///< holds the two times
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
    };
    struct Row
    {
        QCheckBox *open = nullptr;
        QHBoxLayout *layout = nullptr;
        std::vector<Range> ranges;
        QCheckBox *midnight = nullptr;
        QToolButton *split = nullptr;
        QToolButton *merge = nullptr;
    };
    /** The channel edited (-1: the centre). */
    int channel() const;
    /** The hours shown: the channel's own, or the centre's. */
    const OpeningHours &shownHours() const;
    bool editable() const;
    void buildRow(int day, QGridLayout *grid);
    void setRangeCount(int day, int count);
    void updateTargets();
    void updateFromScenario();
    void updateEnabled(int day);
    void setOwnHours(bool own);
    void splitLastRange(int day);
    void mergeLastRanges(int day);
    /** Applies `hours` to the edited target as one undo step, or shows why not. */
    bool applyHours(int day, const DayHours &hours);
    QString checkDay(int day, const DayHours &hours, const OpeningHours &week) const;

    ScenarioDocument *m_document;
    QComboBox *m_target;
    QCheckBox *m_own;
    std::array<Row, 7> m_rows{};
    QLabel *m_message;
    bool m_updating = false;
};

} // namespace escale::ui
