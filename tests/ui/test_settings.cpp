// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using escale::ui::Settings;

TEST(Settings, RoundTripThroughQSettings)
{
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("escale.ini")), QSettings::IniFormat);
    Settings s;
    s.language = QStringLiteral("fr");
    s.lastFile = QStringLiteral("/tmp/a.yaml");
    s.geometry = QByteArray("geometry");
    s.lastPage = 3;
    s.addRecent(QStringLiteral("/tmp/a.yaml"));
    s.save(store);
    EXPECT_EQ(Settings::load(store), s);
}

TEST(Settings, RecentFilesAreUniqueMostRecentFirstAndBounded)
{
    Settings s;
    for (int i = 0; i < 12; ++i)
        s.addRecent(QStringLiteral("/f%1.yaml").arg(i));
    s.addRecent(QStringLiteral("/f5.yaml"));
    EXPECT_EQ(s.recentFiles.size(), Settings::MaxRecent);
    EXPECT_EQ(s.recentFiles.front(), QStringLiteral("/f5.yaml"));
    EXPECT_EQ(s.recentFiles.count(QStringLiteral("/f5.yaml")), 1);
}
