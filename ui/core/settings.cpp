// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>

namespace escale::ui {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString RecentKey = QStringLiteral("files/recent");
const QString LastFileKey = QStringLiteral("files/last");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PageKey = QStringLiteral("window/page");
} // namespace

Settings Settings::load(QSettings &store)
{
    Settings s;
    s.language = store.value(LanguageKey).toString();
    s.recentFiles = store.value(RecentKey).toStringList().mid(0, MaxRecent);
    s.lastFile = store.value(LastFileKey).toString();
    s.geometry = store.value(GeometryKey).toByteArray();
    s.windowState = store.value(StateKey).toByteArray();
    s.lastPage = store.value(PageKey, 0).toInt();
    return s;
}

void Settings::save(QSettings &store) const
{
    store.setValue(LanguageKey, language);
    store.setValue(RecentKey, recentFiles);
    store.setValue(LastFileKey, lastFile);
    store.setValue(GeometryKey, geometry);
    store.setValue(StateKey, windowState);
    store.setValue(PageKey, lastPage);
    store.sync();
}

void Settings::addRecent(const QString &path)
{
    recentFiles.removeAll(path);
    recentFiles.prepend(path);
    while (recentFiles.size() > MaxRecent)
        recentFiles.removeLast();
}

} // namespace escale::ui
