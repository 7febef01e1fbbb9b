// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "core/engine_runner.h"
#include "core/formatting.h"
#include "models/channel_table_model.h"
#include "models/site_staffing_model.h"
#include "pages/language_editor.h"
#include "pages/opening_hours_editor.h"
#include "pages/workload_page.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>

using namespace escale;
using ui::ChannelTableModel;
using ui::WorkloadPage;

namespace {

QAction *addAction(WorkloadPage &page, Channel channel)
{
    for (QAction *action : page.addChannelMenu()->actions()) {
        if (action->data().toInt() == int(channel))
            return action;
    }
    return nullptr;
}

} // namespace

TEST(ChannelTableModel, PassesTheModelTesterThroughEditsAndUndo)
{
    auto doc = test::shippedDocument();
    ChannelTableModel model(doc.get());
    test::ModelTesterGuard guard(&model);
    ASSERT_EQ(model.rowCount(), 3); // voice, email, chat
    EXPECT_TRUE(model.setData(model.index(0, ChannelTableModel::VolumeColumn), 32000.0));
    EXPECT_TRUE(model.setData(model.index(2, ChannelTableModel::QueueModelColumn), 1));
    Scenario more = doc->scenario();
    more.workload.channels.push_back(more.workload.channels.front());
    doc->apply(more, QStringLiteral("Add"));
    EXPECT_EQ(model.rowCount(), 4);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_DOUBLE_EQ(model.index(0, ChannelTableModel::VolumeColumn).data(Qt::EditRole).toDouble(),
                     30000.0);
}

TEST(ChannelTableModel, CellsThatDoNotApplyAreGreyedAndReadOnly)
{
    auto doc = test::shippedDocument();
    ChannelTableModel model(doc.get());
    const QModelIndex voiceDeadline = model.index(0, ChannelTableModel::DeadlineColumn);
    EXPECT_EQ(voiceDeadline.data().toString(), QStringLiteral("—"));
    EXPECT_FALSE(voiceDeadline.flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(voiceDeadline.data(Qt::EditRole).isValid());
    EXPECT_TRUE(voiceDeadline.data(Qt::ForegroundRole).isValid());
    const QModelIndex emailLevel = model.index(1, ChannelTableModel::ServiceLevelColumn);
    EXPECT_FALSE(emailLevel.flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(model.index(1, ChannelTableModel::DeadlineColumn).flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(model.index(2, ChannelTableModel::ConcurrencyColumn).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(model.index(0, ChannelTableModel::ConcurrencyColumn).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(voiceDeadline, 12.0));

    // Patience applies under Erlang A only; switching gives a default patience.
    const QModelIndex patience = model.index(0, ChannelTableModel::PatienceColumn);
    EXPECT_FALSE(patience.flags() & Qt::ItemIsEditable);
    ASSERT_TRUE(model.setData(model.index(0, ChannelTableModel::QueueModelColumn), 1));
    EXPECT_EQ(doc->scenario().workload.channels[0].model, QueueModel::ErlangA);
    EXPECT_DOUBLE_EQ(doc->scenario().workload.channels[0].patienceSeconds,
                     ChannelTableModel::DefaultPatienceSeconds);
    EXPECT_TRUE(patience.flags() & Qt::ItemIsEditable);
    EXPECT_EQ(model.index(0, ChannelTableModel::QueueModelColumn).data().toString(),
              QStringLiteral("Erlang A"));
}

TEST(ChannelTableModel, EditIsOneUndoStepAndInvalidValuesAreRefused)
{
    auto doc = test::shippedDocument();
    ChannelTableModel model(doc.get());
    QSignalSpy rejected(&model, &ChannelTableModel::rejected);
    const Scenario before = doc->scenario();

    EXPECT_FALSE(model.setData(model.index(0, ChannelTableModel::AhtColumn), 0.0));
    EXPECT_TRUE(rejected.takeLast().at(1).toString().contains(QStringLiteral("greater than 0")));
    EXPECT_FALSE(model.setData(model.index(0, ChannelTableModel::ServiceLevelColumn), 1.2));
    EXPECT_TRUE(rejected.takeLast().at(1).toString().contains(QStringLiteral("100%")));
    EXPECT_FALSE(model.setData(model.index(2, ChannelTableModel::ConcurrencyColumn), 11.0));
    const QString message = rejected.takeLast().at(1).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("between 1 and 10"))) << message.toStdString();
    EXPECT_FALSE(model.setData(model.index(0, ChannelTableModel::VolumeColumn), -5.0));
    // The deadline model needs at least one staffing interval (30 minutes here).
    EXPECT_FALSE(model.setData(model.index(1, ChannelTableModel::DeadlineColumn), 0.25));
    const QString deadline = rejected.takeLast().at(1).toString();
    EXPECT_TRUE(deadline.contains(QStringLiteral("one staffing interval (0.5 h)")))
        << deadline.toStdString();
    EXPECT_EQ(doc->scenario(), before);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    ASSERT_TRUE(model.setData(model.index(1, ChannelTableModel::DeadlineColumn), 0.5));
    doc->undoStack()->undo();

    ASSERT_TRUE(model.setData(model.index(1, ChannelTableModel::TargetOccupancyColumn), 0.8));
    EXPECT_DOUBLE_EQ(doc->scenario().workload.channels[1].targetOccupancy, 0.8);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), before);
}

TEST(WorkloadPage, AddAndRemoveChannelAreUndoable)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    WorkloadPage page(doc.get(), &engine);
    test::ModelTesterGuard guard(page.channelModel());
    const Scenario original = doc->scenario();

    ASSERT_EQ(page.addChannelMenu()->actions().size(), 4);
    addAction(page, Channel::Outbound)->trigger();
    ASSERT_EQ(doc->scenario().workload.channels.size(), 4u);
    const ChannelLoad &added = doc->scenario().workload.channels.back();
    EXPECT_EQ(added.channel, Channel::Outbound);
    EXPECT_GT(added.monthlyVolume, 0.0);
    EXPECT_EQ(page.channelTable()->currentIndex().row(), 3);
    EXPECT_EQ(doc->undoStack()->count(), 1);

    page.channelTable()->setCurrentIndex(page.channelModel()->index(0, 0));
    page.removeChannelAction()->trigger();
    EXPECT_EQ(doc->scenario().workload.channels.front().channel, Channel::Email);
    EXPECT_EQ(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), original);

    while (doc->scenario().workload.channels.size() > 1) {
        page.channelTable()->setCurrentIndex(page.channelModel()->index(0, 0));
        page.removeChannelAction()->trigger();
    }
    EXPECT_FALSE(page.removeChannelAction()->isEnabled());
}

TEST(WorkloadPage, OpeningHoursEdits)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    WorkloadPage page(doc.get(), &engine);
    ui::OpeningHoursEditor *hours = page.hoursEditor();
    const Scenario original = doc->scenario();

    hours->fromEdit(0)->setTime(QTime(9, 0));
    emit hours->fromEdit(0)->editingFinished();
    EXPECT_EQ(doc->scenario().workload.hours.days[0], DayHours::between(9 * 60, 20 * 60));
    EXPECT_EQ(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), original);
    EXPECT_EQ(hours->fromEdit(0)->time(), QTime(8, 0));

    // Closing before opening is refused and the row returns to the scenario's value.
    hours->toEdit(1)->setTime(QTime(7, 30));
    emit hours->toEdit(1)->editingFinished();
    EXPECT_EQ(doc->scenario(), original);
    EXPECT_TRUE(hours->messageLabel()->text().contains(QStringLiteral("after the opening")));
    EXPECT_EQ(hours->toEdit(1)->time(), QTime(20, 0));

    // Until midnight: 24:00; Sunday opened with the default hours.
    hours->midnightBox(4)->setChecked(true);
    EXPECT_EQ(doc->scenario().workload.hours.days[4], DayHours::between(8 * 60, 24 * 60));
    EXPECT_FALSE(hours->toEdit(4)->isEnabled());
    hours->openBox(6)->setChecked(true);
    EXPECT_TRUE(doc->scenario().workload.hours.days[6].isOpen());
    EXPECT_EQ(doc->scenario().workload.hours.days[6].ranges.size(), 1u);
    EXPECT_EQ(doc->undoStack()->count(), 2);

    // Arrows step by 30 minutes.
    hours->fromEdit(2)->stepBy(1);
    EXPECT_EQ(hours->fromEdit(2)->time(), QTime(8, 30));
}

// Several ranges a day: "+" closes an hour in the middle of the last range, the times are then
// edited like any other, "−" reopens through the closure; ranges out of order and a closure
// inside one staffing interval are refused, and so is an interval that would hold one.
TEST(WorkloadPage, OpeningHoursWithAClosure)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    WorkloadPage page(doc.get(), &engine);
    ui::OpeningHoursEditor *hours = page.hoursEditor();
    const auto monday = [&] { return doc->scenario().workload.hours.days[0]; };
    ASSERT_EQ(hours->rangeCount(0), 1);
    EXPECT_FALSE(hours->mergeButton(0)->isEnabled());

    hours->splitButton(0)->click(); // 08:00-20:00: (720 - 60) / 2 = 330 minutes, then closed
    EXPECT_EQ(monday(), (DayHours{{{8 * 60, 13 * 60 + 30}, {14 * 60 + 30, 20 * 60}}}));
    ASSERT_EQ(hours->rangeCount(0), 2);
    EXPECT_EQ(hours->fromEdit(0, 1)->time(), QTime(14, 30));
    EXPECT_TRUE(hours->mergeButton(0)->isEnabled());

    hours->toEdit(0, 0)->setTime(QTime(13, 0));
    emit hours->toEdit(0, 0)->editingFinished();
    hours->fromEdit(0, 1)->setTime(QTime(14, 0));
    emit hours->fromEdit(0, 1)->editingFinished();
    EXPECT_EQ(monday(), (DayHours{{{8 * 60, 13 * 60}, {14 * 60, 20 * 60}}}));
    EXPECT_EQ(doc->undoStack()->count(), 3);

    hours->fromEdit(0, 1)->setTime(QTime(12, 30));
    emit hours->fromEdit(0, 1)->editingFinished();
    EXPECT_EQ(monday(), (DayHours{{{8 * 60, 13 * 60}, {14 * 60, 20 * 60}}}));
    EXPECT_TRUE(hours->messageLabel()->text().contains(QStringLiteral("must open after")))
        << hours->messageLabel()->text().toStdString();
    EXPECT_EQ(hours->fromEdit(0, 1)->time(), QTime(14, 0));

    // 13:15-13:45 fits 30-minute intervals (13:30 is a boundary), not 60-minute ones.
    hours->toEdit(0, 0)->setTime(QTime(13, 15));
    emit hours->toEdit(0, 0)->editingFinished();
    hours->fromEdit(0, 1)->setTime(QTime(13, 45));
    emit hours->fromEdit(0, 1)->editingFinished();
    EXPECT_EQ(monday(), (DayHours{{{8 * 60, 13 * 60 + 15}, {13 * 60 + 45, 20 * 60}}}));
    QComboBox *interval = page.intervalBox();
    interval->setCurrentIndex(interval->findData(60));
    emit interval->activated(interval->currentIndex());
    EXPECT_EQ(doc->scenario().workload.intervalMinutes, 30);
    EXPECT_EQ(interval->currentData().toInt(), 30);
    EXPECT_TRUE(page.messageLabel()->text().contains(QStringLiteral("60-minute")))
        << page.messageLabel()->text().toStdString();
    hours->toEdit(0, 0)->setTime(QTime(13, 0));
    emit hours->toEdit(0, 0)->editingFinished();
    interval->setCurrentIndex(interval->findData(60));
    emit interval->activated(interval->currentIndex());
    EXPECT_EQ(doc->scenario().workload.intervalMinutes, 60);
    hours->toEdit(0, 0)->setTime(QTime(13, 15));
    emit hours->toEdit(0, 0)->editingFinished();
    EXPECT_TRUE(hours->messageLabel()->text().contains(QStringLiteral("60-minute")))
        << hours->messageLabel()->text().toStdString();
    EXPECT_EQ(monday(), (DayHours{{{8 * 60, 13 * 60}, {13 * 60 + 45, 20 * 60}}}));

    hours->mergeButton(0)->click();
    EXPECT_EQ(monday(), DayHours::between(8 * 60, 20 * 60));
    EXPECT_EQ(hours->rangeCount(0), 1);
    const int steps = doc->undoStack()->count();
    doc->undoStack()->undo();
    EXPECT_EQ(hours->rangeCount(0), 2);
    EXPECT_EQ(doc->undoStack()->count(), steps);
}

// A channel's own hours: the centre's until "Own hours" is ticked, then edited on their own,
// one undo step each; unticking follows the centre again.
TEST(WorkloadPage, ChannelOwnHours)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    WorkloadPage page(doc.get(), &engine);
    ui::OpeningHoursEditor *hours = page.hoursEditor();
    const Scenario original = doc->scenario();
    ASSERT_EQ(hours->targetBox()->count(), 4); // centre, voice, email, chat
    EXPECT_FALSE(hours->ownHoursBox()->isEnabled());

    hours->targetBox()->setCurrentIndex(2);
    emit hours->targetBox()->activated(2);
    EXPECT_TRUE(hours->ownHoursBox()->isEnabled());
    EXPECT_FALSE(hours->ownHoursBox()->isChecked());
    EXPECT_FALSE(hours->fromEdit(0)->isEnabled());
    EXPECT_FALSE(hours->commit(0));

    hours->ownHoursBox()->setChecked(true);
    ASSERT_TRUE(doc->scenario().workload.channels[1].openingHours);
    EXPECT_EQ(*doc->scenario().workload.channels[1].openingHours, original.workload.hours);
    EXPECT_TRUE(hours->fromEdit(0)->isEnabled());
    EXPECT_TRUE(hours->targetBox()->itemText(2).contains(QStringLiteral("own hours")));

    hours->openBox(5)->setChecked(false); // email closed on Saturdays, the centre still open
    EXPECT_FALSE(doc->scenario().workload.channels[1].openingHours->days[5].isOpen());
    EXPECT_TRUE(doc->scenario().workload.hours.days[5].isOpen());
    EXPECT_EQ(doc->undoStack()->count(), 2);
    for (int day = 0; day < 5; ++day)
        hours->openBox(day)->setChecked(false);
    // Closing the last open day (Friday; Saturday and Sunday are closed) is refused.
    EXPECT_TRUE(hours->messageLabel()->text().contains(QStringLiteral("at least one day")));
    EXPECT_FALSE(doc->scenario().workload.channels[1].openingHours->days[3].isOpen());
    EXPECT_TRUE(doc->scenario().workload.channels[1].openingHours->days[4].isOpen());
    EXPECT_TRUE(hours->openBox(4)->isChecked());

    hours->targetBox()->setCurrentIndex(0);
    emit hours->targetBox()->activated(0);
    EXPECT_TRUE(hours->openBox(5)->isChecked()); // the centre's Saturday

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), original);

    hours->targetBox()->setCurrentIndex(2);
    emit hours->targetBox()->activated(2);
    hours->ownHoursBox()->setChecked(true);
    hours->ownHoursBox()->setChecked(false);
    EXPECT_FALSE(doc->scenario().workload.channels[1].openingHours);
    EXPECT_EQ(doc->undoStack()->count(), 2);
}

TEST(WorkloadPage, LanguagesMustAddUpToOneHundredPercent)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    WorkloadPage page(doc.get(), &engine);
    ui::LanguageEditor *languages = page.languageEditor();
    const Scenario original = doc->scenario();
    ASSERT_EQ(languages->rowCount(), 1);

    languages->shareBox(0)->setValue(70.0);
    emit languages->shareBox(0)->editingFinished();
    EXPECT_EQ(doc->scenario(), original);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    const QString message = languages->messageLabel()->text();
    EXPECT_TRUE(message.contains(QStringLiteral("70%"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("100%"))) << message.toStdString();
    EXPECT_TRUE(languages->totalLabel()->text().contains(QStringLiteral("70%")));
    EXPECT_FALSE(languages->commit());

    // An edit elsewhere keeps the pending draft.
    page.shrinkageBox()->setValue(35.0);
    emit page.shrinkageBox()->editingFinished();
    EXPECT_DOUBLE_EQ(doc->scenario().workload.shrinkage.value_or(-1.0), 0.35);
    EXPECT_DOUBLE_EQ(languages->shareBox(0)->value(), 70.0);

    // Adding a language gives it the missing 30 %, which makes the set valid: applied.
    languages->addButton()->click();
    ASSERT_EQ(languages->rowCount(), 2);
    const auto &applied = doc->scenario().workload.languages;
    ASSERT_EQ(applied.size(), 2u);
    EXPECT_DOUBLE_EQ(applied[0].share, 0.7);
    EXPECT_DOUBLE_EQ(applied[1].share, 0.3);
    EXPECT_EQ(applied[1].code, "en");
    EXPECT_TRUE(languages->messageLabel()->text().isEmpty());
    EXPECT_EQ(doc->undoStack()->count(), 2);

    languages->levelBox(1)->setCurrentIndex(1);
    emit languages->levelBox(1)->activated(1);
    EXPECT_EQ(doc->scenario().workload.languages[1].level, LanguageLevel::Partial);

    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario(), original);
    EXPECT_EQ(languages->rowCount(), 1);
    EXPECT_DOUBLE_EQ(languages->shareBox(0)->value(), 100.0);
}

TEST(WorkloadPage, PlanningFieldsCommitOnEditingFinished)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    WorkloadPage page(doc.get(), &engine);
    page.horizonBox()->setValue(48);
    EXPECT_EQ(doc->scenario().horizonMonths, 36); // not yet: no editingFinished
    emit page.horizonBox()->editingFinished();
    EXPECT_EQ(doc->scenario().horizonMonths, 48);
    page.intervalBox()->setCurrentIndex(page.intervalBox()->findData(15));
    emit page.intervalBox()->activated(page.intervalBox()->currentIndex());
    EXPECT_EQ(doc->scenario().workload.intervalMinutes, 15);
    page.startBox()->setDate(QDate(2028, 3, 1));
    emit page.startBox()->editingFinished();
    EXPECT_EQ(doc->scenario().startMonth, "2028-03");
    EXPECT_EQ(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    EXPECT_EQ(page.startBox()->date().toString(QStringLiteral("yyyy-MM")),
              QStringLiteral("2027-01"));
}

TEST(WorkloadPage, StaffingTableShowsTheEvaluation)
{
    auto doc = test::shippedDocument();
    ui::EngineRunner engine;
    WorkloadPage page(doc.get(), &engine);
    ui::SiteStaffingModel *staffing = page.staffingModel();
    test::ModelTesterGuard guard(staffing);
    EXPECT_EQ(staffing->rowCount(), 0);

    engine.request(doc->scenario());
    engine.waitForIdle();
    ASSERT_TRUE(engine.latest());
    const Evaluation &evaluation = engine.latest()->evaluation;
    ASSERT_EQ(staffing->rowCount(), int(evaluation.sites.size()));
    for (int row = 0; row < staffing->rowCount(); ++row) {
        const SiteEvaluation &site = evaluation.sites[std::size_t(row)];
        const QModelIndex fte = staffing->index(row, ui::SiteStaffingModel::FteColumn);
        EXPECT_DOUBLE_EQ(fte.data(ui::SiteStaffingModel::RawValueRole).toDouble(), site.fte);
        EXPECT_EQ(fte.data().toString(), ui::Formatter::number(site.fte, 1));
        EXPECT_GT(site.fte, 0.0);
        const QModelIndex sl = staffing->index(row, ui::SiteStaffingModel::ServiceLevelColumn);
        EXPECT_GE(sl.data(ui::SiteStaffingModel::RawValueRole).toDouble(), 0.79);
    }

    // A bigger volume re-staffs every site.
    const double before = evaluation.sites.front().fte;
    ASSERT_TRUE(page.channelModel()->setData(
        page.channelModel()->index(0, ChannelTableModel::VolumeColumn), 60000.0));
    engine.request(doc->scenario());
    engine.waitForIdle();
    EXPECT_GT(staffing->index(0, ui::SiteStaffingModel::FteColumn)
                  .data(ui::SiteStaffingModel::RawValueRole)
                  .toDouble(),
              before);
}
