// Signing on a fresh desktop, on the offscreen platform with real key presses: the export page
// waits for the system keyring visibly and can stop waiting; when no keyring answers it offers a
// passphrase key file (the same core step as "vaxctl key init") and the export goes on with it;
// the security page then says where the key really is. The keychain comes through its seam
// (tests/support/fakekeychain.h) and the timeout is injected: nothing waits a real minute.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "admin/userspage.h"
#include "dayclose/dayclosepage.h"
#include "dayclose/keyfiledialog.h"
#include "exchange/bundle.h"
#include "exchange/signingkey.h"
#include "security/staff.h"
#include "shell/style.h"
#include "site/sitecontext.h"
#include "support/fakekeychain.h"
#include "support/signin.h"
#include "support/tempdb.h"
#include "ui/screenshot.h"

using namespace vax;

namespace {

const QString kPass = QStringLiteral("plum lantern seven rivers");

class ExportSigningUiTest : public test::TrainingSiteTest {
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(openTrainingSite(QTime(16, 30)));
        m_bundles = m_dir.filePath(QStringLiteral("bundles"));
        ASSERT_TRUE(QDir().mkpath(m_bundles));
    }

    std::unique_ptr<ui::DayClosePage> makePage(std::unique_ptr<AsyncSecretStore> keychain,
                                               int timeoutMs)
    {
        auto page = std::make_unique<ui::DayClosePage>(m_site, admin());
        page->setFolderProvider([this] { return m_bundles; });
        page->setPassphraseProvider([] { return std::optional<QString>(kPass); });
        page->setKeychain(std::move(keychain), timeoutMs);
        page->resize(1280, 800);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        return page;
    }

    // Export by keyboard: focus on the button, Space.
    static void pressExport(ui::DayClosePage& page)
    {
        auto* button = page.findChild<QPushButton*>(QStringLiteral("exportButton"));
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isEnabled());
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    }

    QString securityPageText(const QString& screenshot = QString())
    {
        ui::UsersPage users(m_site);
        users.setActor(m_admin);
        users.resize(1280, 800);
        users.show();
        if (!screenshot.isEmpty()) {
            test::saveScreenshot(&users, screenshot);
            test::saveScreenshotIn(&users, screenshot, QStringLiteral("zh_CN"));
        }
        auto* label = users.findChild<QLabel*>(QStringLiteral("keychainStatus"));
        return label ? label->text() : QStringLiteral("(no keychainStatus label)");
    }

    int bundleCount() const
    {
        return static_cast<int>(
            QDir(m_bundles).entryList({QStringLiteral("*.zip")}, QDir::Files).size());
    }

    QTemporaryDir m_dir;
    QString m_bundles;
};

}  // namespace

TEST_F(ExportSigningUiTest, WaitingForTheKeyringIsShownAndStopWaitingGivesControlBack)
{
    auto* keychain = new test::SilentKeychain;  // a first-time keyring prompt nobody answers
    auto page =
        makePage(std::unique_ptr<AsyncSecretStore>(keychain), signingkey::kGuiKeychainTimeoutMs);
    EXPECT_GE(signingkey::kGuiKeychainTimeoutMs, 60'000);
    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    auto* waiting = page->findChild<QWidget*>(QStringLiteral("keyringWaiting"));
    auto* waitingText = page->findChild<QLabel*>(QStringLiteral("keyringWaitingText"));
    auto* cancel = page->findChild<QPushButton*>(QStringLiteral("keyringCancelButton"));
    auto* exportButton = page->findChild<QPushButton*>(QStringLiteral("exportButton"));
    auto* createKeyFile = page->findChild<QPushButton*>(QStringLiteral("createKeyFileButton"));
    ASSERT_TRUE(waiting && waitingText && cancel && exportButton && createKeyFile);
    EXPECT_FALSE(waiting->isVisible());

    pressExport(*page);
    EXPECT_EQ(keychain->asked, 1);
    EXPECT_TRUE(page->waitingForKeyring());
    EXPECT_TRUE(waiting->isVisible());
    EXPECT_TRUE(waitingText->text().contains(QStringLiteral("Waiting for the system keyring")))
        << qPrintable(waitingText->text());
    EXPECT_TRUE(waitingText->text().contains(QStringLiteral("answer the keyring's prompt")));
    EXPECT_FALSE(exportButton->isEnabled());
    EXPECT_TRUE(cancel->hasFocus()) << "Space stops waiting at once";
    test::saveScreenshot(page.get(), QStringLiteral("export-waiting-for-keyring"));
    test::saveScreenshotIn(page.get(), QStringLiteral("export-waiting-for-keyring"),
                           QStringLiteral("zh_CN"));

    // The GUI thread is free meanwhile: another window takes typing.
    QLineEdit elsewhere;
    elsewhere.show();
    QTest::keyClicks(&elsewhere, QStringLiteral("123"));
    EXPECT_EQ(elsewhere.text(), QStringLiteral("123"));
    EXPECT_TRUE(page->waitingForKeyring());

    QTest::keyClick(cancel, Qt::Key_Space);
    EXPECT_FALSE(page->waitingForKeyring());
    EXPECT_FALSE(waiting->isVisible());
    EXPECT_TRUE(exportButton->isEnabled());
    EXPECT_TRUE(createKeyFile->isVisible()) << "the alternative is offered";
    EXPECT_TRUE(page->message().contains(QStringLiteral("nothing was written")))
        << qPrintable(page->message());
    EXPECT_EQ(page->keyFileDialog(), nullptr);
    QTest::qWait(20);
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(bundleCount(), 0);
}

TEST_F(ExportSigningUiTest, NoKeyringAnswerOffersAKeyFileAndTheExportGoesOnWithIt)
{
    // The wait is injected as 0 ms: the keyring "did not answer in time" without a real minute.
    auto page = makePage(std::make_unique<test::SilentKeychain>(), 0);
    EXPECT_TRUE(securityPageText().contains(QStringLiteral("No export signing key")));
    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    QSignalSpy keyChanged(page.get(), &ui::DayClosePage::signingKeyChanged);
    pressExport(*page);
    QTRY_VERIFY_WITH_TIMEOUT(page->keyFileDialog() != nullptr, 10'000);
    EXPECT_TRUE(page->message().contains(QStringLiteral("did not answer")))
        << qPrintable(page->message());
    ui::KeyFileDialog* dialog = page->keyFileDialog();
    QTRY_VERIFY(dialog->isVisible());
    auto* path = dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePath"));
    auto* pass = dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePassphrase"));
    auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("keyFilePassphraseRepeat"));
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("keyFileError"));
    ASSERT_TRUE(path && pass && repeat && error);
    EXPECT_FALSE(path->text().isEmpty()) << "a place is suggested";
    EXPECT_EQ(pass->echoMode(), QLineEdit::Password);
    test::saveScreenshot(dialog, QStringLiteral("export-key-file-dialog"));

    const QString keyPath = m_dir.filePath(QStringLiteral("usb/vaxpoint-key.bin"));
    path->setFocus();
    QTest::keyClick(path, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(path, QDir::toNativeSeparators(keyPath));

    // Too short: the rule vaxctl key init applies, said before any file is made.
    QTest::keyClicks(pass, QStringLiteral("short"));
    QTest::keyClicks(repeat, QStringLiteral("short"));
    QTest::keyClick(repeat, Qt::Key_Return);
    EXPECT_TRUE(error->text().contains(QStringLiteral("at least 10 characters")))
        << qPrintable(error->text());
    EXPECT_FALSE(QFile::exists(keyPath));

    // Two different passphrases.
    pass->selectAll();
    QTest::keyClicks(pass, kPass);
    repeat->selectAll();
    QTest::keyClicks(repeat, kPass + QStringLiteral("x"));
    QTest::keyClick(repeat, Qt::Key_Return);
    EXPECT_TRUE(error->text().contains(QStringLiteral("differ"))) << qPrintable(error->text());
    EXPECT_FALSE(QFile::exists(keyPath));

    QTest::keyClicks(repeat, kPass);
    QTest::keyClick(repeat, Qt::Key_Return);
    ASSERT_TRUE(finished.wait(60'000)) << qPrintable(page->message());
    ASSERT_TRUE(finished.first().first().toBool()) << qPrintable(page->message());
    EXPECT_EQ(keyChanged.count(), 1);
    EXPECT_TRUE(QFile::exists(keyPath));
    EXPECT_EQ(bundleCount(), 1);
    QTRY_VERIFY(page->keyFileDialog() == nullptr);

    // The bundle is signed with the key in that file.
    auto store = signingkey::openStore(*m_site.db, kPass);
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
    auto key = signingkey::load(**store, false);
    ASSERT_TRUE(key.ok());
    const QString zip =
        QDir(m_bundles).absoluteFilePath(QDir(m_bundles).entryList({QStringLiteral("*.zip")})[0]);
    auto verified = bundle::verify(zip, key->publicKey);
    EXPECT_TRUE(verified.ok()) << qPrintable(verified.error().message);

    // The security page tells the truth: the key file, its path and fingerprint.
    const QString security = securityPageText(QStringLiteral("security-key-file"));
    EXPECT_TRUE(security.contains(QStringLiteral("key file ") + QDir::toNativeSeparators(keyPath)))
        << qPrintable(security);
    EXPECT_TRUE(security.contains(signingkey::fingerprint(key->publicKey)));
    EXPECT_FALSE(security.contains(QStringLiteral("system keychain")));

    // The next export asks for the key file's passphrase (the provider) and no keyring.
    m_clock->advance(60'000);
    finished.clear();
    pressExport(*page);
    EXPECT_FALSE(page->waitingForKeyring());
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_TRUE(finished.first().first().toBool()) << qPrintable(page->message());
}

TEST_F(ExportSigningUiTest, NoKeyringAtAllOffersTheKeyFileAndEscapeWritesNothing)
{
    auto page = makePage(std::make_unique<test::MissingKeychain>(), 0);
    pressExport(*page);
    ASSERT_NE(page->keyFileDialog(), nullptr) << "offered at once, no waiting";
    EXPECT_FALSE(page->waitingForKeyring());
    EXPECT_TRUE(page->message().contains(QStringLiteral("No keychain is available")));
    QPointer<ui::KeyFileDialog> dialog = page->keyFileDialog();
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    EXPECT_TRUE(page->message().contains(QStringLiteral("Export cancelled")));
    EXPECT_EQ(bundleCount(), 0);
    auto where = signingkey::location(*m_site.db);
    ASSERT_TRUE(where.ok());
    EXPECT_EQ(where->kind, signingkey::Location::Kind::None);

    // The button stays to come back to it.
    auto* createKeyFile = page->findChild<QPushButton*>(QStringLiteral("createKeyFileButton"));
    ASSERT_TRUE(createKeyFile && createKeyFile->isVisible());
    createKeyFile->setFocus();
    QTest::keyClick(createKeyFile, Qt::Key_Space);
    EXPECT_NE(page->keyFileDialog(), nullptr);
}

TEST_F(ExportSigningUiTest, AKeyringThatAnswersSignsAndTheSecurityPageSaysKeychain)
{
    auto* keychain = new test::MemoryKeychain;
    auto page =
        makePage(std::unique_ptr<AsyncSecretStore>(keychain), signingkey::kGuiKeychainTimeoutMs);
    QSignalSpy finished(page.get(), &ui::DayClosePage::exportFinished);
    pressExport(*page);
    ASSERT_TRUE(finished.wait(60'000));
    ASSERT_TRUE(finished.first().first().toBool()) << qPrintable(page->message());
    EXPECT_EQ(page->keyFileDialog(), nullptr);
    const QByteArray secret = keychain->values.at(QString::fromLatin1(signingkey::kSecretName));
    auto pair = signing::fromSecretKey(secret);
    ASSERT_TRUE(pair.ok());
    const QString security = securityPageText();
    EXPECT_TRUE(security.contains(QStringLiteral("system keychain"))) << qPrintable(security);
    EXPECT_TRUE(security.contains(signingkey::fingerprint(pair->publicKey)));
}
