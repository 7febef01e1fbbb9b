// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the chart painter tests: a QGuiApplication (fonts need one) on the offscreen
// platform, English; no widgets, as in escale-cli report.
#include "core/language.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    escale::ui::Language::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
