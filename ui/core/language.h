// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace escale::ui {

/**
 * The UI language: Escale's translation plus Qt's own (standard buttons), and the default
 * QLocale so numbers follow the language (1 234,56 € in French).
 */
class Language
{
public:
    /** "fr" or "en": `preferred` if set, else the system language if French, else English. */
    static QString resolve(const QString &preferred);
    /** Installs the translators and the default locale for `code` ("fr" or "en"). */
    static void install(const QString &code);
    /** The language installed last. */
    static QString current();
};

/** Switches the language for a scope (a report in another language), then restores it. */
class LanguageScope
{
public:
    explicit LanguageScope(const QString &code);
    ~LanguageScope();
    LanguageScope(const LanguageScope &) = delete;
    LanguageScope &operator=(const LanguageScope &) = delete;

private:
    QString m_previous;
};

} // namespace escale::ui
