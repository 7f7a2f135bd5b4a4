// Where the signing key is (signingkey::location, the security page's one query) and the
// asynchronous keychain request the export page uses (KeychainKeyRequest), on a real database
// and through the keychain seam (tests/support/fakekeychain.h); no wall-clock waits.
#include <gtest/gtest.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "common/clock.h"
#include "exchange/keychainkey.h"
#include "exchange/signingkey.h"
#include "security/staff.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "support/fakekeychain.h"
#include "support/tempdb.h"

using namespace vax;

namespace {

const QString kPass = QStringLiteral("correct horse battery");

class SigningKeyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db = m_tmp.openTrainingSite(m_clock);
        ASSERT_TRUE(m_db);
        auto staff = StaffRepository::findByUsername(*m_db, QStringLiteral("demo"));
        ASSERT_TRUE(staff.ok() && staff->has_value());
        m_actor = (*staff)->member.id;
    }

    int auditCount(const QString& action)
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = ?"));
        q.addBindValue(action);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    FakeClock m_clock{QDateTime(QDate(2021, 6, 1), QTime(8, 30), QTimeZone::utc())};
    test::TempDb m_tmp;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    QString m_actor;
};

}  // namespace

TEST_F(SigningKeyTest, AFreshSiteHasNoKeyAndSaysHowOneIsMade)
{
    auto where = signingkey::location(*m_db);
    ASSERT_TRUE(where.ok()) << qPrintable(where.error().message);
    EXPECT_EQ(where->kind, signingkey::Location::Kind::None);
    EXPECT_TRUE(where->fingerprint.isEmpty());
    const QString text = signingkey::describe(*where);
    EXPECT_TRUE(text.contains(QStringLiteral("No export signing key"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QStringLiteral("is in the system keychain")));
}

TEST_F(SigningKeyTest, AKeyFileIsReportedWithItsPathAndFingerprint)
{
    const QString path = m_dir.filePath(QStringLiteral("usb/key.bin"));
    auto pair = signingkey::initFile(*m_db, m_clock, path, kPass, m_actor);
    ASSERT_TRUE(pair.ok()) << qPrintable(pair.error().message);

    auto where = signingkey::location(*m_db);
    ASSERT_TRUE(where.ok());
    EXPECT_EQ(where->kind, signingkey::Location::Kind::KeyFile);
    EXPECT_EQ(where->path, path);
    EXPECT_FALSE(where->fileMissing);
    EXPECT_EQ(where->fingerprint, signingkey::fingerprint(pair->publicKey));
    EXPECT_EQ(where->fingerprint.size(), 19);  // "1a2b 3c4d 5e6f 7a8b"
    const QString text = signingkey::describe(*where);
    EXPECT_TRUE(text.contains(QStringLiteral("key file ") + path)) << qPrintable(text);
    EXPECT_TRUE(text.contains(where->fingerprint));
    EXPECT_FALSE(text.contains(QStringLiteral("keychain")));

    // The drive is out: the page says the file is not there, it does not invent another place.
    ASSERT_TRUE(QFile::rename(path, path + QStringLiteral(".away")));
    where = signingkey::location(*m_db);
    ASSERT_TRUE(where.ok());
    EXPECT_EQ(where->kind, signingkey::Location::Kind::KeyFile);
    EXPECT_TRUE(where->fileMissing);
    EXPECT_TRUE(signingkey::describe(*where).contains(QStringLiteral("not there now")));
}

TEST_F(SigningKeyTest, AKeychainKeyIsReportedOnceAnExportRecordedIt)
{
    const signing::KeyPair pair = signing::generate();
    ASSERT_TRUE(signingkey::remember(*m_db, m_clock, m_actor, pair.publicKey).ok());
    auto where = signingkey::location(*m_db);
    ASSERT_TRUE(where.ok());
    EXPECT_EQ(where->kind, signingkey::Location::Kind::Keychain);
    EXPECT_EQ(where->fingerprint, signingkey::fingerprint(pair.publicKey));
    EXPECT_EQ(auditCount(QStringLiteral("key.recorded")), 1);

    // The same key again writes nothing; another key is a new, audited record.
    ASSERT_TRUE(signingkey::remember(*m_db, m_clock, m_actor, pair.publicKey).ok());
    EXPECT_EQ(auditCount(QStringLiteral("key.recorded")), 1);
    const signing::KeyPair other = signing::generate();
    ASSERT_TRUE(signingkey::remember(*m_db, m_clock, m_actor, other.publicKey).ok());
    EXPECT_EQ(auditCount(QStringLiteral("key.recorded")), 2);
    EXPECT_EQ(signingkey::location(*m_db)->fingerprint, signingkey::fingerprint(other.publicKey));
}

TEST_F(SigningKeyTest, FingerprintsDifferPerKeyAndAreStable)
{
    const signing::KeyPair a = signing::generate();
    const signing::KeyPair b = signing::generate();
    EXPECT_EQ(signingkey::fingerprint(a.publicKey), signingkey::fingerprint(a.publicKey));
    EXPECT_NE(signingkey::fingerprint(a.publicKey), signingkey::fingerprint(b.publicKey));
}

TEST(KeychainKeyRequest, CreatesTheKeyOnFirstUseAndFindsItAfterwards)
{
    test::MemoryKeychain keychain;
    KeychainKeyRequest first(keychain, 60'000);
    QSignalSpy done(&first, &KeychainKeyRequest::finished);
    first.start();
    ASSERT_EQ(done.count(), 1);
    ASSERT_TRUE(done.first().first().toBool());
    const QByteArray secret = (*first.result())->secretKey;
    EXPECT_EQ(keychain.writes, 1);
    EXPECT_FALSE(first.running());

    KeychainKeyRequest second(keychain, 60'000);
    second.start();
    ASSERT_TRUE(second.result().has_value() && second.result()->ok());
    EXPECT_EQ((*second.result())->secretKey, secret);
    EXPECT_EQ(keychain.writes, 1) << "an existing key is never replaced";
}

TEST(KeychainKeyRequest, AKeychainThatNeverAnswersTimesOutAfterTheGivenTime)
{
    test::SilentKeychain keychain;
    KeychainKeyRequest request(keychain, 0);  // the timeout is injected: no real minute passes
    QSignalSpy done(&request, &KeychainKeyRequest::finished);
    request.start();
    EXPECT_TRUE(request.running());
    EXPECT_EQ(done.count(), 0);
    ASSERT_TRUE(done.wait(10'000));
    EXPECT_FALSE(done.first().first().toBool());
    EXPECT_EQ(request.result()->error().code, ErrorCode::KeychainUnavailable);
    EXPECT_TRUE(request.result()->error().message.contains(QStringLiteral("did not answer")));
}

TEST(KeychainKeyRequest, CancelStopsWaitingAndNothingIsReportedLater)
{
    test::SilentKeychain keychain;
    KeychainKeyRequest request(keychain, 0);
    QSignalSpy done(&request, &KeychainKeyRequest::finished);
    request.start();
    request.cancel();
    EXPECT_FALSE(request.running());
    EXPECT_FALSE(done.wait(50));  // the (zero) timeout would have fired by now
    EXPECT_EQ(done.count(), 0);
}

TEST(KeychainKeyRequest, AMissingKeychainIsReportedAtOnce)
{
    test::MissingKeychain keychain;
    KeychainKeyRequest request(keychain, 60'000);
    QSignalSpy done(&request, &KeychainKeyRequest::finished);
    request.start();
    ASSERT_EQ(done.count(), 1);
    EXPECT_EQ(request.result()->error().code, ErrorCode::KeychainUnavailable);
}
