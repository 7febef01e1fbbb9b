// SPDX-License-Identifier: GPL-3.0-or-later
// main() of the report's command-line tests: a QCoreApplication, so that the tests can compute
// in either language what the report must say (translators need an application object).
#include "core/language.h"

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    escale::ui::Language::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
