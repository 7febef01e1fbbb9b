// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs.h"

#include <QFileDialog>
#include <QGuiApplication>

#include <optional>

namespace escale::ui {

namespace {
std::optional<QString> nextFileName;
std::optional<QMessageBox::StandardButton> nextAnswer;
QStringList warnings;

bool headless()
{
    const QString platform = QGuiApplication::platformName();
    return platform == QLatin1String("offscreen") || platform == QLatin1String("minimal");
}
} // namespace

QString Dialogs::openFile(QWidget *parent, const QString &title, const QString &directory,
                          const QString &filter)
{
    if (nextFileName) {
        const QString path = *nextFileName;
        nextFileName.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString Dialogs::saveFile(QWidget *parent, const QString &title, const QString &path,
                          const QString &filter)
{
    if (nextFileName) {
        const QString next = *nextFileName;
        nextFileName.reset();
        return next;
    }
    return QFileDialog::getSaveFileName(parent, title, path, filter);
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title,
                                              const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    if (nextAnswer) {
        const QMessageBox::StandardButton answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    warnings << text;
    if (headless())
        return; // nobody can close a modal box offscreen; tests read takeWarnings()
    QMessageBox::warning(parent, title, text);
}

void Dialogs::setNextFileName(const QString &path)
{
    nextFileName = path;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    nextAnswer = answer;
}

QStringList Dialogs::takeWarnings()
{
    QStringList out = warnings;
    warnings.clear();
    return out;
}

} // namespace escale::ui
