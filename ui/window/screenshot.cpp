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

/** "Switching values" -> "switching-values", "&Weights" -> "weights". */
QString fileName(QString label)
{
    label = label.remove(QLatin1Char('&')).toLower();
    label.replace(QLatin1Char(' '), QLatin1Char('-'));
    label.remove(QLatin1Char('('));
    label.remove(QLatin1Char(')'));
    return label;
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

    const auto save = [&window](const QString &file) {
        if (!window.grab().save(file)) {
            QTextStream(stderr) << "escale: cannot write " << file << '\n';
            return false;
        }
        QTextStream(stdout) << file << '\n';
        return true;
    };
    QTabWidget *pages = window.pages();
    for (int i = 0; i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        settle(200);
        const QString page
            = QStringLiteral("%1-%2-%3").arg(prefix).arg(i + 1).arg(fileName(pages->tabText(i)));
        if (!save(page + QStringLiteral(".png")))
            return 1;
        // Tabs inside the page (the robustness page's analyses): one picture per other tab.
        const QList<QTabWidget *> inner = pages->widget(i)->findChildren<QTabWidget *>();
        for (QTabWidget *tabs : inner) {
            for (int t = 1; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                settle(800); // long enough for a background analysis the tab starts
                if (!save(QStringLiteral("%1-%2.png").arg(page, fileName(tabs->tabText(t)))))
                    return 1;
            }
            tabs->setCurrentIndex(0);
        }
    }
    pages->setCurrentIndex(0);
    return 0;
}

} // namespace escale::ui
