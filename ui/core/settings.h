// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace escale::ui {

/** The user's preferences, as a plain value loaded from and saved to QSettings. */
struct Settings
{
    QString language; ///< "fr", "en", or empty to follow the system
    QStringList recentFiles; ///< most recent first, at most MaxRecent
    QString lastFile; ///< reopened at start
    QByteArray geometry;
    QByteArray windowState;
    int lastPage = 0;

    static constexpr int MaxRecent = 8;

    static Settings load(QSettings &store);
    void save(QSettings &store) const;
    /** Puts `path` first in the recent files. */
    void addRecent(const QString &path);

    bool operator==(const Settings &) const = default;
};

} // namespace escale::ui
