// SPDX-License-Identifier: GPL-3.0-or-later
#include "opening_hours_editor.h"

#include "core/formatting.h"
#include "core/style.h"

#include "escale/model/opening_hours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace escale::ui {

namespace {

constexpr int Step = 30; // minutes per arrow step
constexpr int DefaultOpen = 8 * 60;
constexpr int DefaultClose = 20 * 60;
constexpr int Closure = 60; // minutes closed by "+"

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

QString clock(int minutes)
{
    return QString::fromStdString(formatClock(minutes));
}

QString rangeText(const TimeRange &r)
{
    return clock(r.openMinute) + QChar(0x2013) + clock(r.closeMinute);
}

QString dayName(int day)
{
    QString name = QLocale().standaloneDayName(day + 1, QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

/** "Email", or "Email 2" when the workload has several email channels. */
QString channelLabel(const std::vector<ChannelLoad> &channels, std::size_t index)
{
    int same = 0;
    int rank = 0;
    for (std::size_t i = 0; i < channels.size(); ++i) {
        if (channels[i].channel != channels[index].channel)
            continue;
        ++same;
        if (i <= index)
            rank = same;
    }
    const QString name = Formatter::channelName(channels[index].channel);
    return same > 1 ? QStringLiteral("%1 %2").arg(name).arg(rank) : name;
}

} // namespace

OpeningHoursEditor::OpeningHoursEditor(ScenarioDocument *document, QWidget *parent)
    : QGroupBox(tr("Opening hours (Paris time)"), parent)
    , m_document(document)
    , m_target(new QComboBox(this))
    , m_own(new QCheckBox(tr("Own hours"), this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Hours of"), this));
    top->addWidget(m_target);
    top->addWidget(m_own);
    top->addStretch(1);
    m_target->setToolTip(tr("The centre's hours apply to every channel without hours of its "
                            "own, such as the legal calling windows of outbound."));
    m_own->setToolTip(tr("Give the channel hours of its own; untick to follow the centre's "
                         "hours again."));
    layout->addLayout(top);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->addWidget(new QLabel(tr("Opens – closes"), this), 0, 1);
    for (int day = 0; day < 7; ++day)
        buildRow(day, grid);
    grid->setColumnStretch(5, 1);
    layout->addLayout(grid);
    m_message->setPalette(style::withTextColor(m_message->palette(), style::error()));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_target, &QComboBox::activated, this, [this] {
        m_message->clear();
        updateFromScenario();
    });
    connect(m_own, &QCheckBox::toggled, this, &OpeningHoursEditor::setOwnHours);
    connect(document, &ScenarioDocument::scenarioChanged, this,
            &OpeningHoursEditor::updateFromScenario);
    updateFromScenario();
}

void OpeningHoursEditor::buildRow(int day, QGridLayout *grid)
{
    Row &row = m_rows[std::size_t(day)];
    const QString name = dayName(day);
    row.open = new QCheckBox(name, this);
    row.open->setToolTip(tr("Open on %1").arg(name));
    row.layout = new QHBoxLayout;
    row.layout->setSpacing(12);
    row.midnight = new QCheckBox(tr("until midnight"), this);
    row.midnight->setToolTip(tr("Close at 24:00 (end of the day)"));
    row.split = new QToolButton(this);
    row.split->setText(QStringLiteral("+"));
    row.split->setToolTip(tr("Close for an hour in the middle of the last range (a lunch "
                             "closure, say); then adjust the times"));
    row.merge = new QToolButton(this);
    row.merge->setText(QStringLiteral("−"));
    row.merge->setToolTip(tr("Stay open through the last closure"));
    grid->addWidget(row.open, day + 1, 0);
    grid->addLayout(row.layout, day + 1, 1);
    grid->addWidget(row.midnight, day + 1, 2);
    grid->addWidget(row.split, day + 1, 3);
    grid->addWidget(row.merge, day + 1, 4);

    connect(row.open, &QCheckBox::toggled, this, [this, day] {
        updateEnabled(day);
        commit(day);
    });
    connect(row.midnight, &QCheckBox::toggled, this, [this, day] {
        updateEnabled(day);
        commit(day);
    });
    connect(row.split, &QToolButton::clicked, this, [this, day] { splitLastRange(day); });
    connect(row.merge, &QToolButton::clicked, this, [this, day] { mergeLastRanges(day); });
    setRangeCount(day, 1);
    row.ranges[0].from->setTime(timeOf(DefaultOpen));
    row.ranges[0].to->setTime(timeOf(DefaultClose));
}

void OpeningHoursEditor::setRangeCount(int day, int count)
{
    Row &row = m_rows[std::size_t(day)];
    while (int(row.ranges.size()) > count) {
        row.ranges.back().box->hide();
        row.ranges.back().box->deleteLater(); // it may be the sender of the current signal
        row.ranges.pop_back();
    }
    while (int(row.ranges.size()) < count) {
        Range r;
        r.box = new QWidget(this);
        auto *layout = new QHBoxLayout(r.box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        r.from = new HalfHourEdit(r.box);
        r.to = new HalfHourEdit(r.box);
        for (QTimeEdit *edit : {r.from, r.to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            edit->setKeyboardTracking(false);
            edit->setAccelerated(true);
            connect(edit, &QTimeEdit::editingFinished, this, [this, day] { commit(day); });
        }
        r.from->setToolTip(tr("Opening time, Paris time"));
        r.to->setToolTip(tr("Closing time, Paris time; must be after the opening"));
        layout->addWidget(r.from);
        layout->addWidget(new QLabel(QStringLiteral("–"), r.box));
        layout->addWidget(r.to);
        row.layout->addWidget(r.box);
        row.ranges.push_back(r);
    }
}

QTimeEdit *OpeningHoursEditor::fromEdit(int day, int range) const
{
    return m_rows[std::size_t(day)].ranges[std::size_t(range)].from;
}

QTimeEdit *OpeningHoursEditor::toEdit(int day, int range) const
{
    return m_rows[std::size_t(day)].ranges[std::size_t(range)].to;
}

int OpeningHoursEditor::channel() const
{
    const int index = m_target->currentIndex() - 1;
    return index >= 0 && std::size_t(index) < m_document->scenario().workload.channels.size()
               ? index
               : -1;
}

const OpeningHours &OpeningHoursEditor::shownHours() const
{
    const Workload &w = m_document->scenario().workload;
    const int c = channel();
    return c < 0 ? w.hours : channelHours(w, w.channels[std::size_t(c)]);
}

bool OpeningHoursEditor::editable() const
{
    const int c = channel();
    return c < 0 || m_document->scenario().workload.channels[std::size_t(c)].openingHours;
}

void OpeningHoursEditor::updateTargets()
{
    const std::vector<ChannelLoad> &channels = m_document->scenario().workload.channels;
    const int current = std::max(0, m_target->currentIndex());
    m_target->clear();
    m_target->addItem(tr("Centre (every channel)"));
    for (std::size_t i = 0; i < channels.size(); ++i) {
        const QString label = channelLabel(channels, i);
        m_target->addItem(channels[i].openingHours ? tr("%1 (own hours)").arg(label) : label);
    }
    m_target->setCurrentIndex(current < m_target->count() ? current : 0);
}

void OpeningHoursEditor::updateFromScenario()
{
    m_updating = true;
    updateTargets();
    const int c = channel();
    m_own->setEnabled(c >= 0);
    m_own->setChecked(c >= 0 && editable());
    const OpeningHours &hours = shownHours();
    for (int day = 0; day < 7; ++day) {
        const DayHours &d = hours.days[std::size_t(day)];
        Row &row = m_rows[std::size_t(day)];
        row.open->setChecked(d.isOpen());
        // A closed day keeps the times it shows, so that opening it again restores them.
        if (d.isOpen()) {
            setRangeCount(day, int(d.ranges.size()));
            for (std::size_t i = 0; i < d.ranges.size(); ++i) {
                row.ranges[i].from->setTime(timeOf(d.ranges[i].openMinute));
                row.ranges[i].to->setTime(
                    timeOf(std::min(d.ranges[i].closeMinute, 24 * 60 - Step)));
            }
            row.midnight->setChecked(d.ranges.back().closeMinute >= 24 * 60);
        }
        updateEnabled(day);
    }
    m_updating = false;
}

void OpeningHoursEditor::updateEnabled(int day)
{
    const Row &row = m_rows[std::size_t(day)];
    const bool edit = editable();
    const bool open = edit && row.open->isChecked();
    row.open->setEnabled(edit);
    for (std::size_t i = 0; i < row.ranges.size(); ++i) {
        const bool last = i + 1 == row.ranges.size();
        row.ranges[i].from->setEnabled(open);
        row.ranges[i].to->setEnabled(open && !(last && row.midnight->isChecked()));
    }
    row.midnight->setEnabled(open);
    row.split->setEnabled(open);
    row.merge->setEnabled(open && row.ranges.size() > 1);
}

bool OpeningHoursEditor::commit(int day)
{
    if (m_updating || !editable())
        return false;
    const Row &row = m_rows[std::size_t(day)];
    DayHours d;
    if (row.open->isChecked()) {
        for (std::size_t i = 0; i < row.ranges.size(); ++i) {
            const bool last = i + 1 == row.ranges.size();
            d.ranges.push_back({minutesOf(row.ranges[i].from), last && row.midnight->isChecked()
                                                                   ? 24 * 60
                                                                   : minutesOf(row.ranges[i].to)});
        }
    }
    return applyHours(day, d);
}

QString OpeningHoursEditor::checkDay(int day, const DayHours &hours, const OpeningHours &week) const
{
    // The decisions are the loader's (opening_hours.h); the words are the app's.
    const QString name = dayName(day);
    const int interval = m_document->scenario().workload.intervalMinutes;
    for (std::size_t i = 0; i < hours.ranges.size(); ++i) {
        const TimeRange &r = hours.ranges[i];
        if (!dayHoursProblem(DayHours{{r}}).empty())
            return tr("%1: the closing time (%2) must be after the opening time (%3); tick “until "
                      "midnight” to close at 24:00.")
                .arg(name, clock(r.closeMinute), clock(r.openMinute));
        if (i == 0)
            continue;
        const DayHours pair{{hours.ranges[i - 1], r}};
        if (!dayHoursProblem(pair).empty())
            return tr("%1: the range %2 must open after the one before it closes (%3).")
                .arg(name, rangeText(r), clock(hours.ranges[i - 1].closeMinute));
        if (!closureProblem(pair, interval).empty())
            return tr("%1: the closure %2 lies inside one %3-minute staffing interval; close up "
                      "to an interval boundary, or choose shorter intervals.")
                .arg(name, rangeText({hours.ranges[i - 1].closeMinute, r.openMinute}))
                .arg(interval);
    }
    if (week.weeklyOpenMinutes() == 0) {
        const int c = channel();
        if (c < 0)
            return tr("The centre must be open at least one day.");
        return tr("%1 must be open at least one day.")
            .arg(channelLabel(m_document->scenario().workload.channels, std::size_t(c)));
    }
    return {};
}

bool OpeningHoursEditor::applyHours(int day, const DayHours &hours)
{
    Scenario next = m_document->scenario();
    const int c = channel();
    OpeningHours &week = c < 0 ? next.workload.hours
                               : *next.workload.channels[std::size_t(c)].openingHours;
    week.days[std::size_t(day)] = hours;
    const QString error = checkDay(day, hours, week);
    if (!error.isEmpty()) {
        m_message->setText(error);
        updateFromScenario();
        return false;
    }
    m_message->clear();
    if (c < 0)
        m_document->apply(next, tr("Change opening hours (%1)").arg(dayName(day)));
    else
        m_document->apply(
            next, tr("Change %1 opening hours (%2)")
                      .arg(channelLabel(next.workload.channels, std::size_t(c)), dayName(day)));
    return true;
}

void OpeningHoursEditor::setOwnHours(bool own)
{
    const int c = channel();
    if (m_updating || c < 0)
        return;
    Scenario next = m_document->scenario();
    ChannelLoad &load = next.workload.channels[std::size_t(c)];
    if (own == bool(load.openingHours))
        return;
    const QString label = channelLabel(next.workload.channels, std::size_t(c));
    m_message->clear();
    if (own) {
        load.openingHours = next.workload.hours;
        m_document->apply(next, tr("Give %1 its own opening hours").arg(label));
    } else {
        load.openingHours.reset();
        m_document->apply(next, tr("%1 follows the centre's opening hours").arg(label));
    }
}

void OpeningHoursEditor::splitLastRange(int day)
{
    if (!editable())
        return;
    DayHours d = shownHours().days[std::size_t(day)];
    if (!d.isOpen())
        return;
    const TimeRange last = d.ranges.back();
    if (last.minutes() < 2 * Closure) {
        m_message->setText(tr("%1: the range %2 is too short to close for an hour in its middle.")
                               .arg(dayName(day), rangeText(last)));
        return;
    }
    const int closeAt = last.openMinute + (last.minutes() - Closure) / 2 / Step * Step;
    d.ranges.back().closeMinute = closeAt;
    d.ranges.push_back({closeAt + Closure, last.closeMinute});
    applyHours(day, d);
}

void OpeningHoursEditor::mergeLastRanges(int day)
{
    if (!editable())
        return;
    DayHours d = shownHours().days[std::size_t(day)];
    if (d.ranges.size() < 2)
        return;
    const int close = d.ranges.back().closeMinute;
    d.ranges.pop_back();
    d.ranges.back().closeMinute = close;
    applyHours(day, d);
}

} // namespace escale::ui
