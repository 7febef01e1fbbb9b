// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the UI test executables: a QApplication on the offscreen platform (no display,
// no focus flakiness, parallel runs), English UI, then GoogleTest.
#include "core/language.h"

#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // settings go to a throwaway location
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Escale-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("escale-ui-tests"));
    escale::ui::Language::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
