// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace escale::ui {

PreferencesDialog::PreferencesDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Interface language:"), m_language);
    auto *note = new QLabel(tr("Numbers follow the language (1 234,56 € in French)."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace escale::ui
