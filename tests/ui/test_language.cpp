// SPDX-License-Identifier: GPL-3.0-or-later
// The UI language: the embedded catalogues, French texts and number formats, switching back to
// English, LanguageScope, and a complete French catalogue (ui/translations/escale_fr.ts).
#include "core/formatting.h"
#include "core/language.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using escale::ui::Formatter;
using escale::ui::Language;
using escale::ui::LanguageScope;

namespace {

QString translate(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

/** The messages of a .ts file whose translation is unfinished, obsolete or empty. */
QStringList incompleteMessages(const QString &path, int *total)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QStringList incomplete;
    QString context, source, type, text;
    bool inTranslation = false;
    *total = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                inTranslation = true; // plural forms are <numerusform> children
                type = xml.attributes().value(QLatin1String("type")).toString();
                text.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            if (inTranslation)
                text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (xml.name() == QLatin1String("translation")) {
                inTranslation = false;
                ++*total;
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    incomplete << QStringLiteral("%1: %2 (%3)")
                                      .arg(context, source,
                                           type.isEmpty() ? QStringLiteral("empty") : type);
            }
            break;
        default:
            break;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return incomplete;
}

} // namespace

TEST(Language, CataloguesAreEmbedded)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/escale_fr.qm")));
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/escale_en.qm")));
}

TEST(Language, FrenchTranslatesTheUi)
{
    LanguageScope french(QStringLiteral("fr"));
    EXPECT_EQ(Language::current(), QStringLiteral("fr"));
    EXPECT_EQ(translate("escale::ui::MainWindow", "&File"), QStringLiteral("&Fichier"));
    EXPECT_EQ(translate("escale::ui::MainWindow", "&Undo"), QStringLiteral("&Annuler"));
    EXPECT_EQ(translate("escale::ui::DocumentActions", "Save &As…"),
              QStringLiteral("Enregistrer &sous…"));
    EXPECT_EQ(Formatter::criterionName(escale::Criterion::Cost), QStringLiteral("Coût"));
    EXPECT_EQ(Formatter::channelName(escale::Channel::Voice), QStringLiteral("Voix"));
    // Qt's own texts come from qtbase_fr.
    EXPECT_EQ(translate("QPlatformTheme", "Cancel"), QStringLiteral("Annuler"));
}

TEST(Language, FrenchMoneyUsesTheLocaleNoBreakSpaces)
{
    LanguageScope french(QStringLiteral("fr"));
    // The group separator is whatever QLocale French uses (U+202F in current CLDR data), and a
    // no-break space separates the amount from the currency sign.
    const QString group = QLocale(QLocale::French, QLocale::France).groupSeparator();
    EXPECT_TRUE(group == QStringLiteral("\u202F") || group == QStringLiteral("\u00A0"));
    EXPECT_EQ(Formatter::money(1234.56, 2),
              QString(QStringLiteral("1") + group + QStringLiteral("234,56\u00A0€")));
    EXPECT_EQ(Formatter::moneyShort(2'500'000.0), QStringLiteral("2,5\u00A0M€"));
}

TEST(Language, EnglishRestoresTheSourceTexts)
{
    Language::install(QStringLiteral("fr"));
    ASSERT_EQ(translate("escale::ui::MainWindow", "&File"), QStringLiteral("&Fichier"));
    Language::install(QStringLiteral("en"));
    EXPECT_EQ(Language::current(), QStringLiteral("en"));
    EXPECT_EQ(translate("escale::ui::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_EQ(translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    EXPECT_EQ(Formatter::money(1234.56, 2), QStringLiteral("€1,234.56"));
}

TEST(Language, ScopeRestoresThePreviousLanguage)
{
    Language::install(QStringLiteral("en"));
    {
        LanguageScope french(QStringLiteral("fr"));
        EXPECT_EQ(translate("escale::ui::MainWindow", "&File"), QStringLiteral("&Fichier"));
        {
            LanguageScope english(QStringLiteral("en"));
            EXPECT_EQ(translate("escale::ui::MainWindow", "&File"), QStringLiteral("&File"));
        }
        EXPECT_EQ(Language::current(), QStringLiteral("fr"));
        EXPECT_EQ(translate("escale::ui::MainWindow", "&File"), QStringLiteral("&Fichier"));
    }
    EXPECT_EQ(Language::current(), QStringLiteral("en"));
    EXPECT_EQ(translate("escale::ui::MainWindow", "&File"), QStringLiteral("&File"));
    EXPECT_FALSE(Formatter::french());
}

TEST(Language, FrenchCatalogueIsComplete)
{
    int total = 0;
    const QStringList incomplete = incompleteMessages(
        QStringLiteral(ESCALE_SOURCE_DIR "/ui/translations/escale_fr.ts"), &total);
    EXPECT_GT(total, 500);
    EXPECT_TRUE(incomplete.isEmpty())
        << incomplete.size() << " French message(s) to translate (run the escale_lupdate target, "
        << "then translate):\n"
        << incomplete.join(QLatin1Char('\n')).toStdString();
}
