// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formatting.h"
#include "core/language.h"

#include <gtest/gtest.h>

using escale::ui::Formatter;
using escale::ui::LanguageScope;

TEST(Formatting, EnglishNumbersAndMoney)
{
    LanguageScope english(QStringLiteral("en"));
    EXPECT_EQ(Formatter::number(1234567.891, 2), QStringLiteral("1,234,567.89"));
    EXPECT_EQ(Formatter::money(1234.5, 2), QStringLiteral("€1,234.50"));
    EXPECT_EQ(Formatter::percent(0.125), QStringLiteral("12.5%"));
}

TEST(Formatting, FrenchTypography)
{
    LanguageScope french(QStringLiteral("fr"));
    // French groups thousands with a (narrow) no-break space and uses a decimal comma.
    const QString n = Formatter::number(1234.56, 2);
    EXPECT_TRUE(n == QStringLiteral("1\u202F234,56") || n == QStringLiteral("1\u00A0234,56"))
        << n.toStdString();
    const QString m = Formatter::money(1234.56, 2);
    EXPECT_TRUE(m.endsWith(QStringLiteral("€"))) << m.toStdString();
    EXPECT_TRUE(m.startsWith(QStringLiteral("1"))) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral(",56"))) << m.toStdString();
    EXPECT_EQ(Formatter::percent(0.125), QStringLiteral("12,5\u202F%"));
}

TEST(Formatting, LanguageScopeRestores)
{
    escale::ui::Language::install(QStringLiteral("en"));
    {
        LanguageScope french(QStringLiteral("fr"));
        EXPECT_TRUE(Formatter::french());
    }
    EXPECT_FALSE(Formatter::french());
    EXPECT_EQ(escale::ui::Language::current(), QStringLiteral("en"));
}

TEST(Formatting, NonFiniteIsADash)
{
    EXPECT_EQ(Formatter::number(std::numeric_limits<double>::infinity()), QStringLiteral("—"));
}
