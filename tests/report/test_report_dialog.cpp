// SPDX-License-Identifier: GPL-3.0-or-later
// The export dialog, offscreen: the preview follows the sections and the language, the UI
// language is left alone, and Save writes a PDF through the file-dialog seam.
#include "ui_test_support.h"

#include "core/language.h"
#include "dialogs/dialogs.h"
#include "dialogs/report_dialog.h"
#include "report/report_data.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>

using namespace escale;
using ui::ReportSection;

namespace {

class ReportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_document = test::shippedDocument("ecommerce-multichannel");
        m_dialog = std::make_unique<ui::ReportDialog>(
            m_document.get(), ui::computeResults(m_document->scenario()), QStringLiteral("en"));
        ASSERT_TRUE(m_dialog->waitUntilReady(30000));
    }

    int pagesAfter(const std::function<void()> &change)
    {
        change();
        EXPECT_TRUE(m_dialog->waitUntilReady(30000));
        return m_dialog->pageCount();
    }

    std::unique_ptr<ui::ScenarioDocument> m_document;
    std::unique_ptr<ui::ReportDialog> m_dialog;
};

TEST_F(ReportDialogTest, PreviewsEverySectionAtFirst)
{
    EXPECT_EQ(m_dialog->options().sections.size(), ui::ReportSectionCount);
    EXPECT_GE(m_dialog->pageCount(), 12);
    EXPECT_LE(m_dialog->pageCount(), 24);
}

TEST_F(ReportDialogTest, SectionsChangeThePageCount)
{
    const int all = m_dialog->pageCount();
    const int withoutAppendix = pagesAfter(
        [&] { m_dialog->setSectionChecked(ReportSection::Appendix, false); });
    EXPECT_LT(withoutAppendix, all);
    const int withoutCover = pagesAfter(
        [&] { m_dialog->setSectionChecked(ReportSection::Cover, false); });
    EXPECT_EQ(withoutCover, withoutAppendix - 1);
    const int summaryOnly = pagesAfter([&] {
        for (const ReportSection section : ui::ReportOptions::allSections())
            m_dialog->setSectionChecked(section, section == ReportSection::Summary);
    });
    EXPECT_EQ(summaryOnly, 1);
    EXPECT_EQ(pagesAfter([&] { m_dialog->setSectionChecked(ReportSection::Summary, false); }), 0);
    EXPECT_FALSE(m_dialog->saveTo(QStringLiteral("/tmp/never-written.pdf")).ok());
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/never-written.pdf")));
    EXPECT_GT(pagesAfter([&] { m_dialog->setSectionChecked(ReportSection::Appendix, true); }), 0);
}

TEST_F(ReportDialogTest, LanguageSwitchKeepsTheUiLanguage)
{
    const int english = m_dialog->pageCount();
    const int french = pagesAfter([&] { m_dialog->setLanguage(QStringLiteral("fr")); });
    EXPECT_EQ(m_dialog->options().language, QStringLiteral("fr"));
    EXPECT_GE(french, english - 2);
    EXPECT_LE(french, english + 3);
    EXPECT_EQ(ui::Language::current(), QStringLiteral("en"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
}

TEST_F(ReportDialogTest, SaveWritesThePdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    m_dialog->setAuthor(QStringLiteral("A. Consultant"));
    ASSERT_TRUE(m_dialog->waitUntilReady(30000));
    ui::Dialogs::setNextFileName(path);
    auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    QPushButton *save = nullptr;
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            save = qobject_cast<QPushButton *>(button);
    }
    ASSERT_NE(save, nullptr);
    ASSERT_TRUE(save->isEnabled());
    save->click();
    EXPECT_TRUE(ui::Dialogs::takeWarnings().isEmpty());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    EXPECT_GT(file.size(), 50000);
}

} // namespace
