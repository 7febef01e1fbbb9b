// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui_test_support.h"

#include "core/scenario_document.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace escale;
using escale::ui::ScenarioDocument;

TEST(Document, LoadsTheShippedScenarioUnmodified)
{
    auto doc = test::shippedDocument();
    EXPECT_EQ(doc->displayName(), QStringLiteral("E-commerce customer service"));
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->scenario().destinations.size(), 5u);
    EXPECT_TRUE(doc->filePath().endsWith(QStringLiteral("ecommerce-multichannel.yaml")));
}

TEST(Document, EditUndoRedo)
{
    auto doc = test::shippedDocument();
    QSignalSpy changed(doc.get(), &ScenarioDocument::scenarioChanged);
    QSignalSpy modified(doc.get(), &ScenarioDocument::modifiedChanged);
    Scenario next = doc->scenario();
    next.destinations[3].agentWage.typical.value = 500;
    doc->apply(next, QStringLiteral("Change Morocco wage"));
    EXPECT_EQ(doc->scenario().destinations[3].agentWage.typical.value, 500);
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(modified.count(), 1);
    EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Change Morocco wage"));

    doc->undoStack()->undo();
    EXPECT_EQ(doc->scenario().destinations[3].agentWage.typical.value, 458);
    EXPECT_FALSE(doc->isModified());
    doc->undoStack()->redo();
    EXPECT_EQ(doc->scenario().destinations[3].agentWage.typical.value, 500);
}

TEST(Document, SliderDragMergesIntoOneStep)
{
    auto doc = test::shippedDocument();
    for (double w : {0.45, 0.50, 0.55, 0.60}) {
        Scenario next = doc->scenario();
        next.weights = next.weights.withWeight(Criterion::Cost, w);
        doc->apply(next, QStringLiteral("Change weights"), ui::MergeId::WeightDrag, 1);
    }
    EXPECT_EQ(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    EXPECT_NEAR(doc->scenario().weights.normalized()[Criterion::Cost], 0.40, 1e-12);
}

TEST(Document, TwoDragsAreTwoSteps)
{
    auto doc = test::shippedDocument();
    for (int session : {1, 2}) {
        Scenario next = doc->scenario();
        next.weights = next.weights.withWeight(Criterion::Cost, 0.40 + 0.05 * session);
        doc->apply(next, QStringLiteral("Change weights"), ui::MergeId::WeightDrag, session);
    }
    EXPECT_EQ(doc->undoStack()->count(), 2);
}

TEST(Document, DragBackToTheStartLeavesNoStep)
{
    auto doc = test::shippedDocument();
    QSignalSpy modified(doc.get(), &ScenarioDocument::modifiedChanged);
    const Scenario start = doc->scenario();
    for (double w : {0.45, 0.50}) {
        Scenario next = doc->scenario();
        next.weights = start.weights.withWeight(Criterion::Cost, w);
        doc->apply(next, QStringLiteral("Change weights"), ui::MergeId::WeightDrag, 1);
    }
    doc->apply(start, QStringLiteral("Change weights"), ui::MergeId::WeightDrag, 1);
    EXPECT_EQ(doc->scenario(), start);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_FALSE(doc->undoStack()->canUndo());
    EXPECT_FALSE(doc->isModified());
    ASSERT_GE(modified.count(), 1);
    EXPECT_FALSE(modified.last().at(0).toBool());
}

TEST(Document, NoOpEditPushesNothing)
{
    auto doc = test::shippedDocument();
    doc->apply(doc->scenario(), QStringLiteral("Nothing"));
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST(Document, SaveAndReloadGiveIdenticalYaml)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto doc = test::shippedDocument();
    Scenario next = doc->scenario();
    next.destinations[4].billedRatePerHour.value = 11.5; // within its published range
    next.workload.channels[0].monthlyVolume = 32000;
    doc->apply(next, QStringLiteral("Edit"));

    const QString first = dir.filePath(QStringLiteral("first.yaml"));
    ASSERT_TRUE(doc->save(first).ok());
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->filePath(), first);

    auto again = std::make_unique<ScenarioDocument>(test::shippedLibrary());
    const auto loaded = again->load(first);
    ASSERT_TRUE(loaded.ok()) << loaded.error().toStdString();
    EXPECT_EQ(again->scenario(), doc->scenario());
    const QString second = dir.filePath(QStringLiteral("second.yaml"));
    ASSERT_TRUE(again->save(second).ok());

    QFile a(first), b(second);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());
}

TEST(Document, FailedSaveKeepsChangesAndReportsTheFile)
{
    auto doc = test::shippedDocument();
    Scenario next = doc->scenario();
    next.horizonMonths = 48;
    doc->apply(next, QStringLiteral("Edit"));
    const ui::Status saved = doc->save(QStringLiteral("/nonexistent-folder/x.yaml"));
    ASSERT_FALSE(saved.ok());
    const QString &error = saved.error();
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-folder/x.yaml")))
        << error.toStdString();
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(doc->scenario().horizonMonths, 48);
}

TEST(Document, BadFileGivesALocatedMessageAndKeepsTheOpenScenario)
{
    auto doc = test::shippedDocument();
    const QString broken = QStringLiteral(ESCALE_SOURCE_DIR
                                          "/tests/data/broken/scen_negative_volume.yaml");
    const ui::Status loaded = doc->load(broken);
    ASSERT_FALSE(loaded.ok());
    const QString &error = loaded.error();
    EXPECT_TRUE(
        error.contains(broken + QStringLiteral(":27:23: workload.channels[0].monthly_volume")))
        << error.toStdString();
    EXPECT_EQ(doc->displayName(), QStringLiteral("E-commerce customer service"));
}

TEST(Document, NewScenarioIsUntitledAndUnmodified)
{
    auto doc = test::shippedDocument();
    doc->newScenario();
    EXPECT_TRUE(doc->filePath().isEmpty());
    EXPECT_FALSE(doc->isModified());
    EXPECT_EQ(doc->scenario().destinations.size(), 5u);
}
