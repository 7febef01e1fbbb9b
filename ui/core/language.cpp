// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace escale::ui {

namespace {
QString installed = QStringLiteral("en");
std::unique_ptr<QTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
} // namespace

QString Language::resolve(const QString &preferred)
{
    if (preferred == QLatin1String("fr") || preferred == QLatin1String("en"))
        return preferred;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

void Language::install(const QString &code)
{
    if (appTranslator)
        QCoreApplication::removeTranslator(appTranslator.get());
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    appTranslator.reset();
    qtTranslator.reset();

    const QLocale locale(code == QLatin1String("fr") ? QLocale::French : QLocale::English,
                         code == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    installed = code;

    // Escale's catalogue (ui/translations, embedded by ui/CMakeLists.txt): every text in French;
    // in English only the plural forms ("%n site(s)"), the source texts being English.
    const bool french = code == QLatin1String("fr");
    appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(french ? QStringLiteral(":/i18n/escale_fr.qm")
                                   : QStringLiteral(":/i18n/escale_en.qm"))
        && !appTranslator->isEmpty())
        QCoreApplication::installTranslator(appTranslator.get());
    if (!french)
        return; // Qt's own texts are English already

    qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
}

QString Language::current()
{
    return installed;
}

LanguageScope::LanguageScope(const QString &code)
    : m_previous(Language::current())
{
    if (code != m_previous)
        Language::install(code);
}

LanguageScope::~LanguageScope()
{
    if (Language::current() != m_previous)
        Language::install(m_previous);
}

} // namespace escale::ui
