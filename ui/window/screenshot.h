// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace escale::ui {

class EngineRunner;
class MainWindow;

/**
 * Shows `window` at `size` ("1280x800"), waits for the evaluation, then saves every page as
 * `<prefix>-<n>-<page>.png`. For documentation and for looking at the app as a user does.
 * Returns the process exit code.
 */
int saveScreenshots(MainWindow &window, EngineRunner &engine, const QString &prefix,
                    const QString &size);

} // namespace escale::ui
