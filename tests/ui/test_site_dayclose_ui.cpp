// The day-close page on a joined desk (docs/site.md 3.7), offscreen, against a real PostgreSQL:
// "Site day close" lists desk 2, which has records it has not pushed, with its last contact and
// the records waiting; Force the close… asks the reason (typed with key presses) and the page's
// export then writes the site's forced close.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include "dayclose/dayclosepage.h"
#include "dayclose/siteclosebox.h"
#include "exchange/signingkey.h"
#include "security/staff.h"
#include "site/site.h"
#include "twodesks.h"

namespace vax::test {
namespace {

const char* kPassphrase = "site close test passphrase";

class SiteDayCloseUiTest : public TwoDesks {
protected:
    void SetUp() override
    {
        TwoDesks::SetUp();
        if (HasFatalFailure())
            return;
        receiveLot();
        // The page's own connection to desk 1's database, on a clock of its own.
        OpenOptions options;
        options.path = one.db->path();
        auto db = Database::open(options);
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
        m_site.db = std::move(*db);
        m_site.clock = std::make_shared<FakeClock>(testNow());
        auto info = SiteService::load(*m_site.db);
        ASSERT_TRUE(info.ok());
        m_site.site = *info;
        auto staff = StaffRepository::findById(*m_site.db, kStaff);
        ASSERT_TRUE(staff.ok() && staff->has_value());
        m_staff = **staff;
        ASSERT_TRUE(signingkey::initFile(*m_site.db, *m_site.clock,
                                         m_out.filePath(QStringLiteral("key.bin")),
                                         QString::fromLatin1(kPassphrase), kStaff)
                        .ok());
    }
    std::unique_ptr<ui::DayClosePage> makePage()
    {
        const StaffMember staff = m_staff;
        auto page = std::make_unique<ui::DayClosePage>(
            m_site, [staff] { return std::optional<StaffMember>(staff); });
        page->setFolderProvider([this] { return m_out.path(); });
        page->setPassphraseProvider(
            [] { return std::optional<QString>(QString::fromLatin1(kPassphrase)); });
        const std::map<QString, QByteArray> secrets = one.secrets.values;
        page->siteClose()->setSecrets([secrets] {
            auto store = std::make_unique<MemorySecretStore>();
            store->values = secrets;
            return store;
        });
        page->resize(1280, 900);
        return page;
    }

    SiteContext m_site;
    StaffMember m_staff;
    QTemporaryDir m_out;
};

TEST_F(SiteDayCloseUiTest, ListsTheDeskThatHasNotPushedAndForcesWithAReason)
{
    ASSERT_FALSE(one.admit(1).isEmpty());
    ASSERT_FALSE(two.admit(2).isEmpty());
    sync(one);
    sync(two, false);  // desk 2 reached the server, its dose not pushed
    const qint64 waiting = two.backlog();
    ASSERT_GT(waiting, 0);

    auto page = makePage();
    ui::SiteCloseBox* box = page->siteClose();
    QSignalSpy checked(box, &ui::SiteCloseBox::checked);
    page->show();
    ASSERT_TRUE(checked.count() > 0 || checked.wait(60'000));
    EXPECT_TRUE(box->isVisible());
    auto* heading = box->findChild<QLabel*>(QStringLiteral("siteCloseHeading"));
    ASSERT_NE(heading, nullptr);
    EXPECT_TRUE(heading->text().startsWith(QStringLiteral("Site day close")));
    QStandardItemModel* desks = box->notPushedModel();
    ASSERT_EQ(desks->rowCount(), 1) << qPrintable(box->statusText());
    EXPECT_EQ(desks->item(0, 0)->text(), QStringLiteral("Desk 2"));
    EXPECT_NE(desks->item(0, 1)->text(), QStringLiteral("never"));
    EXPECT_EQ(desks->item(0, 2)->text(), QString::number(waiting));
    EXPECT_TRUE(box->statusText().contains(QStringLiteral("1 desk(s) have not pushed")));

    auto* force = box->findChild<QPushButton*>(QStringLiteral("forceCloseButton"));
    ASSERT_NE(force, nullptr);
    ASSERT_TRUE(force->isEnabled());
    QTest::mouseClick(force, Qt::LeftButton);
    QInputDialog* reason = box->reasonDialog();
    ASSERT_NE(reason, nullptr);
    auto* edit = reason->findChild<QLineEdit*>();
    ASSERT_NE(edit, nullptr);
    QTest::keyClicks(edit, QStringLiteral("desk 2 network down"));
    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    QTest::keyClick(edit, Qt::Key_Return);
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_TRUE(finished.front().front().toBool()) << qPrintable(page->message());
    EXPECT_EQ(server(QStringLiteral("SELECT desk_no || ':' || forced || ':' || reason FROM "
                                    "vaxsite.site_close")),
              QStringLiteral("1:true:desk 2 network down"));
    EXPECT_EQ(QDir(m_out.path()).entryList({QStringLiteral("*.zip")}).size(), 1);
    EXPECT_TRUE(box->statusText().contains(QStringLiteral("forced")));
}

}  // namespace
}  // namespace vax::test
