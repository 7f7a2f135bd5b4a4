// Every main screen after a keyboard sign-in, in zh_CN and en, and the language chooser of the
// status bar switching the running window between them.
#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include "common/i18n.h"
#include "desk/deskpage.h"
#include "shell/mainwindow.h"
#include "shell/style.h"
#include "shell/workspace.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"
#include "storage/meta.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax;

namespace {

class ScreensTest : public test::MainWindowTest {
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(test::signInAsDemo(*m_window));
    }

    void TearDown() override { installTranslations(*qApp, QStringLiteral("en")); }

    QStringList navTexts() const
    {
        auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("workspaceNav"));
        QStringList texts;
        for (int i = 0; nav && i < nav->count(); ++i)
            texts << nav->item(i)->text();
        return texts;
    }

    // Chooses a language the way a nurse does: the status bar's combo, by keyboard.
    void chooseInStatusBar(const QString& language)
    {
        auto* combo =
            m_window->statusBar()->findChild<QComboBox*>(QStringLiteral("statusLanguage"));
        ASSERT_NE(combo, nullptr);
        ASSERT_TRUE(combo->isVisible());
        const int target = combo->findData(language);
        ASSERT_GE(target, 0);
        combo->setFocus();
        while (combo->currentIndex() != target) {
            const Qt::Key key = combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up;
            QTest::keyClick(combo, key);
        }
        ASSERT_EQ(currentLanguage(), language);
        QApplication::processEvents();  // LanguageChange is posted to the windows
    }

    QString heading() const
    {
        ui::Workspace* ws = m_window->workspace();
        auto* label =
            ws->page(ws->currentIndex())->findChild<QLabel*>(QStringLiteral("pageHeading"));
        return label ? label->text() : QString();
    }
};

TEST_F(ScreensTest, StatusBarLanguageChooserRetranslatesEveryScreenAndIsKept)
{
    QSignalSpy chosen(m_window.get(), &ui::MainWindow::languageChosen);
    chooseInStatusBar(QStringLiteral("zh_CN"));
    const QStringList zh = navTexts();
    ASSERT_FALSE(zh.isEmpty());
    EXPECT_TRUE(zh.join(QString()).contains(QStringLiteral("库存"))) << qPrintable(zh.join(u'|'));
    EXPECT_EQ(readMeta(*m_site.db, QStringLiteral("ui.language")).valueOr(QString()),
              QStringLiteral("zh_CN"));
    EXPECT_EQ(ui::MainWindow::savedLanguage(*m_site.db), QStringLiteral("zh_CN"));

    chooseInStatusBar(QStringLiteral("en"));
    const QStringList en = navTexts();
    ASSERT_EQ(en.size(), zh.size());
    for (int i = 0; i < en.size(); ++i)
        EXPECT_NE(en.at(i), zh.at(i)) << i;
    EXPECT_TRUE(en.join(u'|').contains(QStringLiteral("Stock")));
    EXPECT_FALSE(m_window->statusBar()->findChildren<QLabel*>().isEmpty());
    EXPECT_EQ(ui::MainWindow::savedLanguage(*m_site.db), QStringLiteral("en"));

    chooseInStatusBar(QStringLiteral("zh_TW"));
    EXPECT_NE(navTexts(), en);
    chooseInStatusBar(QStringLiteral("zh_CN"));
    EXPECT_EQ(navTexts(), zh);
    ASSERT_FALSE(chosen.isEmpty());
    EXPECT_EQ(chosen.last().at(0).toString(), QStringLiteral("zh_CN"));
}

TEST_F(ScreensTest, SavesEveryMainScreenInChineseAndEnglish)
{
    struct Screen {
        const char* name;
        int page;
        ui::DeskPage::Mode mode;
    };
    const Screen screens[] = {
        {"desk-checkin", 0, ui::DeskPage::Mode::CheckIn},
        {"desk-injection", 0, ui::DeskPage::Mode::Injection},
        {"observation", 1, ui::DeskPage::Mode::CheckIn},
        {"stock", 2, ui::DeskPage::Mode::CheckIn},
        {"coldchain", 3, ui::DeskPage::Mode::CheckIn},
        {"dayclose", 4, ui::DeskPage::Mode::CheckIn},
        {"admin", 5, ui::DeskPage::Mode::CheckIn},
        {"staff", 6, ui::DeskPage::Mode::CheckIn},
    };
    ASSERT_EQ(m_window->workspace()->pageCount(), 8);  // the 8th, Site server: test_site_gui
    ASSERT_TRUE(QDir().mkpath(QStringLiteral(VAX_SCREENSHOT_DIR "/screens")));
    QStringList headings[2];
    const QString languages[2] = {QStringLiteral("zh_CN"), QStringLiteral("en")};
    for (int l = 0; l < 2; ++l) {
        chooseInStatusBar(languages[l]);
        for (const Screen& s : screens) {
            QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + s.page),
                            Qt::ControlModifier);
            ASSERT_EQ(m_window->workspace()->currentIndex(), s.page) << s.name;
            if (s.page == 0)
                m_window->deskPage()->setMode(s.mode);
            const QString name =
                QStringLiteral("screens/%1-%2").arg(QLatin1String(s.name), languages[l]);
            QApplication::processEvents();
            EXPECT_FALSE(m_window->grab().isNull()) << s.name;
            EXPECT_FALSE(test::saveScreenshot(m_window.get(), name).isEmpty()) << s.name;
            headings[l] << heading();
        }
    }
    for (int i = 0; i < headings[0].size(); ++i) {
        EXPECT_FALSE(headings[0].at(i).isEmpty()) << i;
        EXPECT_NE(headings[0].at(i), headings[1].at(i)) << qPrintable(headings[1].at(i));
    }
}

}  // namespace
