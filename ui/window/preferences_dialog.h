// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;

namespace escale::ui {

/** Preferences: the interface language (system, English, French). */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const QString &language, QWidget *parent = nullptr);
    /** "", "en" or "fr". */
    QString language() const;

private:
    QComboBox *m_language;
};

} // namespace escale::ui
