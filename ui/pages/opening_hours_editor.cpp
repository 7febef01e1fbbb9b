// SPDX-License-Identifier: GPL-3.0-or-later
#include "opening_hours_editor.h"

#include "core/style.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace escale::ui {

namespace {

constexpr int Step = 30; // minutes per arrow step
constexpr int DefaultOpen = 8 * 60;
constexpr int DefaultClose = 20 * 60;

/**
 * A time edit whose arrows and Page Up/Down move by half an hour, whatever the section. Like
 * the other spin boxes it commits on editingFinished (Enter or leaving it), not on each step.
 */
class HalfHourEdit : public QTimeEdit
{
public:
    using QTimeEdit::QTimeEdit;

    void stepBy(int steps) override
    {
        const int minutes = time().hour() * 60 + time().minute() + steps * Step;
        setTime(QTime(0, 0).addSecs(qBound(0, minutes, 24 * 60 - Step) * 60));
    }

protected:
    StepEnabled stepEnabled() const override
    {
        const int minutes = time().hour() * 60 + time().minute();
        StepEnabled enabled = StepNone;
        if (minutes > 0)
            enabled |= StepDownEnabled;
        if (minutes < 24 * 60 - Step)
            enabled |= StepUpEnabled;
        return enabled;
    }
};

int minutesOf(const QTimeEdit *edit)
{
    return edit->time().hour() * 60 + edit->time().minute();
}

QTime timeOf(int minutes)
{
    return QTime(0, 0).addSecs(qBound(0, minutes, 24 * 60 - 1) * 60);
}

QString dayName(int day)
{
    return QLocale().standaloneDayName(day + 1, QLocale::LongFormat);
}

} // namespace

OpeningHoursEditor::OpeningHoursEditor(ScenarioDocument *document, QWidget *parent)
    : QGroupBox(tr("Opening hours (Paris time)"), parent)
    , m_document(document)
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->addWidget(new QLabel(tr("Opens"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Closes"), this), 0, 3);
    for (int day = 0; day < 7; ++day) {
        Row &row = m_rows[std::size_t(day)];
        QString name = dayName(day);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        row.open = new QCheckBox(name, this);
        row.open->setToolTip(tr("Open on %1").arg(name));
        row.from = new HalfHourEdit(this);
        row.to = new HalfHourEdit(this);
        row.midnight = new QCheckBox(tr("until midnight"), this);
        row.midnight->setToolTip(tr("Close at 24:00 (end of the day)"));
        for (QTimeEdit *edit : {row.from, row.to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            edit->setKeyboardTracking(false);
            edit->setAccelerated(true);
        }
        row.from->setToolTip(tr("Opening time, Paris time"));
        row.to->setToolTip(tr("Closing time, Paris time; must be after the opening"));
        grid->addWidget(row.open, day + 1, 0, 1, 2);
        grid->addWidget(row.from, day + 1, 2);
        grid->addWidget(row.to, day + 1, 3);
        grid->addWidget(row.midnight, day + 1, 4);

        connect(row.open, &QCheckBox::toggled, this, [this, day] {
            updateEnabled(day);
            commit(day);
        });
        connect(row.midnight, &QCheckBox::toggled, this, [this, day] {
            updateEnabled(day);
            commit(day);
        });
        connect(row.from, &QTimeEdit::editingFinished, this, [this, day] { commit(day); });
        connect(row.to, &QTimeEdit::editingFinished, this, [this, day] { commit(day); });
    }
    grid->setColumnStretch(5, 1);
    layout->addLayout(grid);
    m_message->setPalette(style::withTextColor(m_message->palette(), style::error()));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(document, &ScenarioDocument::scenarioChanged, this,
            &OpeningHoursEditor::updateFromScenario);
    updateFromScenario();
}

void OpeningHoursEditor::updateFromScenario()
{
    m_updating = true;
    const OpeningHours &hours = m_document->scenario().workload.hours;
    for (int day = 0; day < 7; ++day) {
        const DayHours &d = hours.days[std::size_t(day)];
        Row &row = m_rows[std::size_t(day)];
        const bool unset = !d.open && d.openMinute == 0 && d.closeMinute == 0;
        row.open->setChecked(d.open);
        row.from->setTime(timeOf(unset ? DefaultOpen : d.openMinute));
        row.midnight->setChecked(!unset && d.closeMinute >= 24 * 60);
        row.to->setTime(timeOf(unset ? DefaultClose : std::min(d.closeMinute, 24 * 60 - Step)));
        updateEnabled(day);
    }
    m_updating = false;
}

void OpeningHoursEditor::updateEnabled(int day)
{
    const Row &row = m_rows[std::size_t(day)];
    row.from->setEnabled(row.open->isChecked());
    row.midnight->setEnabled(row.open->isChecked());
    row.to->setEnabled(row.open->isChecked() && !row.midnight->isChecked());
}

bool OpeningHoursEditor::commit(int day)
{
    if (m_updating)
        return false;
    const Row &row = m_rows[std::size_t(day)];
    Scenario next = m_document->scenario();
    DayHours &d = next.workload.hours.days[std::size_t(day)];
    QString name = dayName(day);
    d.open = row.open->isChecked();
    if (d.open) {
        d.openMinute = minutesOf(row.from);
        d.closeMinute = row.midnight->isChecked() ? 24 * 60 : minutesOf(row.to);
    }
    QString error;
    if (d.open && d.closeMinute <= d.openMinute) {
        error = tr("%1: the closing time (%2) must be after the opening time (%3); tick “until "
                   "midnight” to close at 24:00.")
                    .arg(name, row.to->time().toString(QStringLiteral("HH:mm")),
                         row.from->time().toString(QStringLiteral("HH:mm")));
    } else if (next.workload.hours.weeklyOpenMinutes() == 0) {
        error = tr("The centre must be open at least one day.");
    }
    if (!error.isEmpty()) {
        m_message->setText(error);
        updateFromScenario();
        return false;
    }
    m_message->clear();
    m_document->apply(next, tr("Change opening hours (%1)").arg(name));
    return true;
}

} // namespace escale::ui
