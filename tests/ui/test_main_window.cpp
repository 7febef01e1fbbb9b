// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user meets it: the title with the unsaved mark, the prompt on close (an
// unsaved change is never dropped silently), undo back to clean, and Save from the prompt.
#include "ui_test_support.h"

#include "core/engine_runner.h"
#include "dialogs/dialogs.h"
#include "pages/weights_page.h"
#include "window/main_window.h"

#include "escale/data/profile_library.h"

#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace escale;
using namespace escale::ui;

namespace {

struct WindowFixture : ::testing::Test
{
    QTemporaryDir dir;
    QSettings store{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    ScenarioDocument document{test::shippedLibrary()};
    EngineRunner engine;
    std::unique_ptr<MainWindow> window;
    QString scenarioPath;

    void SetUp() override
    {
        // A copy, so Save from the prompt does not touch the shipped file.
        scenarioPath = dir.filePath(QStringLiteral("shop.yaml"));
        ASSERT_TRUE(QFile::copy(
            QString::fromStdString(test::dataDir() + "/scenarios/ecommerce-multichannel.yaml"),
            scenarioPath));
        window = std::make_unique<MainWindow>(&document, &engine, &store);
        window->openInitial(scenarioPath);
        engine.waitForIdle();
    }

    void changeCostWeight()
    {
        Scenario next = document.scenario();
        next.weights = next.weights.withWeight(Criterion::Cost, 0.55);
        document.apply(next, QStringLiteral("Cost weight"));
    }
};

} // namespace

TEST_F(WindowFixture, TitleNamesTheScenarioAndMarksUnsavedChanges)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Escale — E-commerce customer service[*]"));
    EXPECT_FALSE(window->isWindowModified());
    changeCostWeight();
    EXPECT_TRUE(window->isWindowModified());
    document.undoStack()->undo();
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(window->pages()->count(), 5);
}

TEST_F(WindowFixture, SliderDraggedAwayAndBackLeavesNoUndoStepAndNoUnsavedMark)
{
    auto *weights = window->findChild<WeightsPage *>();
    ASSERT_NE(weights, nullptr);
    QSlider *cost = weights->slider(Criterion::Cost);
    const int start = cost->value();
    const QString title = window->windowTitle();
    const Scenario before = document.scenario();

    cost->setSliderDown(true); // as a mouse press on the handle
    for (int value : {start + 50, start + 120, start - 30, start})
        cost->setValue(value);
    cost->setSliderDown(false);
    engine.waitForIdle();

    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.isModified());
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_EQ(window->windowTitle(), title);
    EXPECT_EQ(document.scenario(), before);
    EXPECT_EQ(cost->value(), start);

    // A drag that ends elsewhere is one step, as before.
    cost->setSliderDown(true);
    cost->setValue(start + 100);
    cost->setSliderDown(false);
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(window->isWindowModified());
}

TEST_F(WindowFixture, CancelOnCloseKeepsTheWindowAndTheChange)
{
    changeCostWeight();
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window->close());
    EXPECT_TRUE(document.isModified());
    EXPECT_NEAR(document.scenario().weights[Criterion::Cost], 0.55, 1e-12);

    Dialogs::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window->close());
}

TEST_F(WindowFixture, SaveFromThePromptWritesTheFileBeforeClosing)
{
    changeCostWeight();
    const QByteArray before = [&] {
        QFile f(scenarioPath);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    Dialogs::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(document.isModified());
    QFile after(scenarioPath);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_NE(after.readAll(), before);
    // The file is remembered for the next start.
    store.sync();
    EXPECT_EQ(store.value(QStringLiteral("files/last")).toString(), scenarioPath);
}

TEST(WindowIcon, IsEmbeddedAndDrawable)
{
    // The SVG is embedded in escale_ui and drawn by Qt's SVG icon engine (libqt6svg6).
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/icons/escale.svg")));
    EXPECT_FALSE(QIcon(QStringLiteral(":/icons/escale.svg")).pixmap(48, 48).isNull());
}
