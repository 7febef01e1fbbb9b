// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "main_window.h"

#include "core/engine_runner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QTabWidget>
#include <QTextStream>

namespace escale::ui {

namespace {

void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

int saveScreenshots(MainWindow &window, EngineRunner &engine, const QString &prefix,
                    const QString &size)
{
    const QStringList parts = size.split(QLatin1Char('x'));
    const int width = parts.value(0).toInt();
    const int height = parts.value(1).toInt();
    if (parts.size() != 2 || width < 200 || height < 200) {
        QTextStream(stderr) << "escale: --size must look like 1280x800\n";
        return 2;
    }
    window.resize(width, height);
    window.show();
    engine.waitForIdle();
    settle(300);

    QTabWidget *pages = window.pages();
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        settle(200);
        QString name = pages->tabText(i).remove(QLatin1Char('&')).toLower();
        name.replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString file = QStringLiteral("%1-%2-%3.png").arg(prefix).arg(i + 1).arg(name);
        if (!window.grab().save(file)) {
            QTextStream(stderr) << "escale: cannot write " << file << '\n';
            return 1;
        }
        QTextStream(stdout) << file << '\n';
    }
    pages->setCurrentIndex(0);
    return 0;
}

} // namespace escale::ui
