// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace escale::ui {

/**
 * File dialogs and message boxes behind one seam: tests queue the next answer instead of a
 * person clicking (a queued answer is used once, then the real dialog comes back).
 */
class Dialogs
{
public:
    static QString openFile(QWidget *parent, const QString &title, const QString &directory,
                            const QString &filter);
    static QString saveFile(QWidget *parent, const QString &title, const QString &path,
                            const QString &filter);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    static void setNextFileName(const QString &path);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /** Texts of the warnings shown since the last call (tests read what a person would see). */
    static QStringList takeWarnings();
};

} // namespace escale::ui
