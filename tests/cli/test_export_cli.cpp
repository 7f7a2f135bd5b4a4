// vaxctl key init, export, export list, verify, key show-public and dayclose, in-process: an
// end-to-end export through the command line and the district's verify.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include "cli/cli.h"
#include "clirun.h"
#include "exchange/bundle.h"
#include "storage/durablefile.h"
#include "support/craftedzip.h"
#include "support/envguard.h"
#include "support/tempdb.h"
#include "support/tmpfsmount.h"

#include <sys/stat.h>

using namespace vax;

namespace {
using vax::test::CliRun;

class ExportCli : public ::testing::Test {
protected:
    CliRun run(const QStringList& args, bool withDb = true)
    {
        QStringList all = args;
        if (withDb)
            all << QStringLiteral("--db") << tmp.path();
        all << QStringLiteral("--json");
        return test::runVaxctl(all);
    }
    CliRun run(const QString& line) { return run(line.split(u' ', Qt::SkipEmptyParts)); }

    void SetUp() override
    {
        ASSERT_EQ(run(QStringLiteral("init --site-code T-1 --site-name T --district D "
                                     "--training"))
                      .code,
                  0);
        auto key = run({QStringLiteral("key"), QStringLiteral("init"), QStringLiteral("--file"),
                        out.filePath(QStringLiteral("site-key.bin"))});
        ASSERT_EQ(key.code, 0) << qPrintable(key.out);
        publicKey = key.json().value(QStringLiteral("public_key")).toString();
        QFile f(out.filePath(QStringLiteral("site.pub")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(publicKey.toUtf8() + '\n');
        ASSERT_TRUE(QDir(out.path()).mkdir(QStringLiteral("bundles")));
    }

    QString vaccinate(const QString& document)
    {
        const CliRun given =
            test::checkInAndVaccinate([this](const QString& line) { return run(line); }, document,
                                      QStringLiteral("--desk 1"));
        return given.json().value(QStringLiteral("id")).toString();
    }

    CliRun exportNow()
    {
        auto r = run({QStringLiteral("export"), QStringLiteral("--out"),
                      out.filePath(QStringLiteral("bundles"))});
        EXPECT_EQ(r.code, 0) << qPrintable(r.out);
        return r;
    }

    int pendingRecords()
    {
        auto list = run(QStringLiteral("export list"));
        EXPECT_EQ(list.code, 0) << qPrintable(list.out);
        return list.json().value(QStringLiteral("pending_records")).toInt(-1);
    }

    CliRun verify(const QString& bundle, const QStringList& extra = {})
    {
        return run(QStringList{QStringLiteral("verify"), bundle, QStringLiteral("--public-key"),
                               out.filePath(QStringLiteral("site.pub"))} +
                       extra,
                   false);
    }

    QTemporaryDir out;
    test::EnvGuard passphrase{"VAXPOINT_KEY_PASSPHRASE", "a long test passphrase"};
    test::TempDb tmp;
    QString publicKey;
};
}  // namespace

TEST_F(ExportCli, ExportVerifyAndChainEndToEnd)
{
    vaccinate(QStringLiteral("11010519491231002X"));
    auto shown = run(QStringLiteral("key show-public"));
    ASSERT_EQ(shown.code, 0) << qPrintable(shown.out);
    EXPECT_EQ(shown.json().value(QStringLiteral("public_key")).toString(), publicKey);

    auto first = exportNow();
    const QString firstPath = first.json().value(QStringLiteral("path")).toString();
    EXPECT_EQ(first.json().value(QStringLiteral("seq")).toInt(), 1);
    EXPECT_FALSE(first.json().value(QStringLiteral("zero_report")).toBool());
    auto ok = verify(firstPath);
    ASSERT_EQ(ok.code, 0) << qPrintable(ok.out);
    EXPECT_TRUE(ok.json().value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(ok.json()
                  .value(QStringLiteral("records"))
                  .toObject()
                  .value(QStringLiteral("immunizations.ndjson"))
                  .toInt(),
              1);

    auto second = exportNow();
    const QString secondPath = second.json().value(QStringLiteral("path")).toString();
    EXPECT_TRUE(second.json().value(QStringLiteral("zero_report")).toBool());
    auto chained = verify(secondPath, {QStringLiteral("--previous"), firstPath});
    ASSERT_EQ(chained.code, 0) << qPrintable(chained.out);
    EXPECT_TRUE(chained.json().value(QStringLiteral("chain_checked")).toBool());
    // The second bundle is not the successor of itself: a broken chain.
    auto broken = verify(secondPath, {QStringLiteral("--previous"), secondPath});
    EXPECT_NE(broken.code, 0);
    EXPECT_EQ(broken.errorCode(), QStringLiteral("export.chain_broken"));

    auto list = run(QStringLiteral("export list"));
    ASSERT_EQ(list.code, 0);
    EXPECT_EQ(list.json().value(QStringLiteral("pending_records")).toInt(), 0);
    EXPECT_EQ(list.out.count(u'\n'), 3);  // pending + two bundles
}

TEST_F(ExportCli, VerifyRefusesAChangedByteAndAWrongKey)
{
    vaccinate(QStringLiteral("11010519491231002X"));
    const QString path = exportNow().json().value(QStringLiteral("path")).toString();
    // A changed byte anywhere in the file: the zip, a hash or the signature fails.
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 3] = static_cast<char>(bytes[bytes.size() / 3] ^ 0x20);
    QFile copy(out.filePath(QStringLiteral("tampered.zip")));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(bytes);
    copy.close();
    auto tampered = verify(copy.fileName());
    EXPECT_NE(tampered.code, 0);
    EXPECT_TRUE(tampered.errorCode().startsWith(QStringLiteral("export.")))
        << qPrintable(tampered.out);

    QFile other(out.filePath(QStringLiteral("site.pub")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
    other.write("ed25519:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n");
    other.close();
    auto wrong = verify(path);
    EXPECT_NE(wrong.code, 0);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("export.signature_invalid"));
}

TEST_F(ExportCli, RefusalsAreJsonWithCodes)
{
    auto noOut = run(QStringLiteral("export"));
    EXPECT_NE(noOut.code, 0);
    EXPECT_EQ(noOut.errorCode(), QStringLiteral("invalid_argument"));
    auto missing = run({QStringLiteral("export"), QStringLiteral("--out"),
                        out.filePath(QStringLiteral("missing"))});
    EXPECT_NE(missing.code, 0);
    EXPECT_EQ(
        missing.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("field")),
        QStringLiteral("out"));
    test::EnvGuard pw("VAXPOINT_USER_PASSWORD", "nurse-password-1");
    ASSERT_EQ(run(QStringLiteral("user add --username nurse2 --name N --roles vaccinator")).code,
              0);
    auto denied = run({QStringLiteral("export"), QStringLiteral("--out"),
                       out.filePath(QStringLiteral("bundles")), QStringLiteral("--actor"),
                       QStringLiteral("nurse2")});
    EXPECT_NE(denied.code, 0);
    EXPECT_EQ(denied.errorCode(), QStringLiteral("permission_denied"));
    EXPECT_TRUE(QDir(out.filePath(QStringLiteral("bundles"))).entryList(QDir::Files).isEmpty());
}

TEST_F(ExportCli, DayCloseClosesTheDayAndShowsItsSummary)
{
    vaccinate(QStringLiteral("11010519491231002X"));
    auto closed = run(QStringLiteral("dayclose"));
    ASSERT_EQ(closed.code, 0) << qPrintable(closed.out);
    EXPECT_EQ(closed.json().value(QStringLiteral("doses_given")).toInt(), 1);
    EXPECT_TRUE(closed.json().value(QStringLiteral("closed")).toBool());
    const QString day = closed.json().value(QStringLiteral("day")).toString();
    auto shown = run(QStringLiteral("dayclose --date ") + day);
    ASSERT_EQ(shown.code, 0);
    EXPECT_EQ(shown.json().value(QStringLiteral("doses_given")).toInt(), 1);
    auto bad = run(QStringLiteral("dayclose --date 2021-13-45"));
    EXPECT_NE(bad.code, 0);
    EXPECT_EQ(bad.errorCode(), QStringLiteral("invalid_argument"));
}

namespace {
int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 0777) : -1;
}
}  // namespace

TEST_F(ExportCli, SealedExportOpensOnlyWithTheDistrictKey)
{
    ASSERT_TRUE(QDir(out.path()).mkdir(QStringLiteral("district")));
    const QString districtDir = out.filePath(QStringLiteral("district"));
    auto keys = run({QStringLiteral("key"), QStringLiteral("init"), QStringLiteral("--district"),
                     QStringLiteral("--out"), districtDir},
                    false);
    ASSERT_EQ(keys.code, 0) << qPrintable(keys.out + keys.err);
    const QString districtKey = keys.json().value(QStringLiteral("secret_key_file")).toString();
    const QString districtPub = keys.json().value(QStringLiteral("public_key_file")).toString();
    EXPECT_EQ(modeOf(districtKey), 0600);
    EXPECT_TRUE(keys.json()
                    .value(QStringLiteral("public_key"))
                    .toString()
                    .startsWith(QStringLiteral("x25519:")));
    // Never over an existing key: bundles sealed to it would become unreadable.
    auto again = run({QStringLiteral("key"), QStringLiteral("init"), QStringLiteral("--district"),
                      QStringLiteral("--out"), districtDir},
                     false);
    EXPECT_NE(again.code, 0);
    EXPECT_EQ(again.errorCode(), QStringLiteral("already_exists"));

    vaccinate(QStringLiteral("11010519491231002X"));
    auto sealed =
        run({QStringLiteral("export"), QStringLiteral("--out"),
             out.filePath(QStringLiteral("bundles")), QStringLiteral("--seal-to"), districtPub});
    ASSERT_EQ(sealed.code, 0) << qPrintable(sealed.out);
    EXPECT_TRUE(sealed.json().value(QStringLiteral("sealed")).toBool());
    const QString path = sealed.json().value(QStringLiteral("path")).toString();
    EXPECT_TRUE(path.endsWith(QStringLiteral(".zip.sealed")));
    EXPECT_EQ(modeOf(path), 0600);
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("11010519491231002X"));

    auto missing = verify(path);
    EXPECT_NE(missing.code, 0);
    EXPECT_EQ(missing.errorCode(), QStringLiteral("invalid_argument"));
    EXPECT_EQ(missing.error().value(QStringLiteral("field")).toString(),
              QStringLiteral("district-key"));
    EXPECT_TRUE(missing.error()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("--district-key")));

    auto opened = verify(path, {QStringLiteral("--district-key"), districtKey});
    ASSERT_EQ(opened.code, 0) << qPrintable(opened.out);
    EXPECT_TRUE(opened.json().value(QStringLiteral("valid")).toBool());
    EXPECT_TRUE(opened.json().value(QStringLiteral("sealed")).toBool());
    EXPECT_EQ(opened.json().value(QStringLiteral("sha256")).toString(),
              sealed.json().value(QStringLiteral("sha256")).toString());

    ASSERT_TRUE(QDir(out.path()).mkdir(QStringLiteral("other")));
    auto other = run({QStringLiteral("key"), QStringLiteral("init"), QStringLiteral("--district"),
                      QStringLiteral("--out"), out.filePath(QStringLiteral("other"))},
                     false);
    ASSERT_EQ(other.code, 0);
    auto wrong = verify(path, {QStringLiteral("--district-key"),
                               other.json().value(QStringLiteral("secret_key_file")).toString()});
    EXPECT_NE(wrong.code, 0);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("export.signature_invalid"));
    EXPECT_EQ(wrong.error().value(QStringLiteral("field")).toString(),
              QStringLiteral("district-key"));

    // The site setting: every later export sealed, chained across sealed bundles.
    auto set = run({QStringLiteral("export"), QStringLiteral("seal-to"),
                    QStringLiteral("--public-key"), districtPub});
    ASSERT_EQ(set.code, 0) << qPrintable(set.out);
    auto next = exportNow();
    EXPECT_TRUE(next.json().value(QStringLiteral("sealed")).toBool());
    auto chained =
        verify(next.json().value(QStringLiteral("path")).toString(),
               {QStringLiteral("--district-key"), districtKey, QStringLiteral("--previous"), path});
    ASSERT_EQ(chained.code, 0) << qPrintable(chained.out);
    EXPECT_TRUE(chained.json().value(QStringLiteral("chain_checked")).toBool());
    ASSERT_EQ(run(QStringLiteral("export seal-to --clear")).code, 0);
    EXPECT_FALSE(exportNow().json().value(QStringLiteral("sealed")).toBool());
}

TEST_F(ExportCli, AnExportOntoAReadOnlyStickFailsAndTheRecordsStayPending)
{
    test::TmpfsMount stick("64k", test::TmpfsMount::Mode::ReadOnly);
    if (!stick.mounted())
        GTEST_SKIP() << qPrintable(stick.skipReason());
    vaccinate(QStringLiteral("11010519491231002X"));
    const int pending = pendingRecords();
    ASSERT_GT(pending, 0);
    auto failed = run({QStringLiteral("export"), QStringLiteral("--out"), stick.path()});
    EXPECT_NE(failed.code, 0);
    EXPECT_EQ(failed.errorCode(), QStringLiteral("io"));
    const QString message = failed.error().value(QStringLiteral("message")).toString();
    EXPECT_TRUE(message.contains(QStringLiteral("read-only"))) << qPrintable(message);
    EXPECT_TRUE(message.contains(stick.path())) << qPrintable(message);
    EXPECT_EQ(pendingRecords(), pending);
    EXPECT_EQ(run(QStringLiteral("export list")).lines(), 1);  // no batch
    EXPECT_TRUE(stick.entriesExcept().isEmpty());
}

TEST_F(ExportCli, AFailedRenameFailsTheExportAndTheRecordsStayPending)
{
    vaccinate(QStringLiteral("11010519491231002X"));
    const int pending = pendingRecords();
    durable::setFaultHookForTesting(
        [](durable::Step step, const QString&) { return step == durable::Step::Rename ? EIO : 0; });
    auto failed = run({QStringLiteral("export"), QStringLiteral("--out"),
                       out.filePath(QStringLiteral("bundles"))});
    durable::setFaultHookForTesting({});
    EXPECT_NE(failed.code, 0);
    EXPECT_EQ(failed.errorCode(), QStringLiteral("io"));
    EXPECT_EQ(pendingRecords(), pending);
    EXPECT_EQ(run(QStringLiteral("export list")).lines(), 1);
    EXPECT_TRUE(QDir(out.filePath(QStringLiteral("bundles")))
                    .entryList(QDir::Files | QDir::Hidden)
                    .isEmpty());
    // Fixed: the same records go as bundle 1.
    auto ok = exportNow();
    EXPECT_EQ(ok.json().value(QStringLiteral("seq")).toInt(), 1);
    EXPECT_EQ(pendingRecords(), 0);
}

TEST_F(ExportCli, VerifyRefusesAZipBombByItsDeclaredSize)
{
    // Declares 3 GiB for one entry and holds a few bytes: nothing is unpacked.
    const QString bomb = out.filePath(QStringLiteral("bomb.zip"));
    QFile f(bomb);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(test::craftedZip({{"manifest.json", 2, QByteArray("\x03\x00", 2)},
                              {"manifest.sig", 2, QByteArray("\x03\x00", 2)},
                              {"immunizations.ndjson", 0xC0000000u, QByteArray(32, '\0')}}));
    f.close();
    auto refused = verify(bomb);
    EXPECT_NE(refused.code, 0);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("export.bundle_invalid"));
    EXPECT_TRUE(refused.error()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("immunizations.ndjson")));
}

TEST_F(ExportCli, DayCloseReopenUndoesTheCloseUntilTheBundleIsExported)
{
    vaccinate(QStringLiteral("11010519491231002X"));
    auto closed = run(QStringLiteral("dayclose"));
    ASSERT_EQ(closed.code, 0) << qPrintable(closed.out);
    const QString day = closed.json().value(QStringLiteral("day")).toString();

    auto reopened = run(QStringLiteral("dayclose --reopen ") + day);
    ASSERT_EQ(reopened.code, 0) << qPrintable(reopened.out + reopened.err);
    EXPECT_TRUE(reopened.json().value(QStringLiteral("reopened")).toBool());
    EXPECT_EQ(reopened.json().value(QStringLiteral("day")).toString(), day);
    auto shown = run(QStringLiteral("dayclose --date ") + day);
    ASSERT_EQ(shown.code, 0);
    EXPECT_FALSE(shown.json().value(QStringLiteral("closed")).toBool());
    auto again = run(QStringLiteral("dayclose --reopen ") + day);  // not closed any more
    EXPECT_NE(again.code, 0);
    EXPECT_EQ(again.errorCode(), QStringLiteral("not_found"));

    // Closed again and exported: the bundle went to the district, the day stays closed.
    ASSERT_EQ(run(QStringLiteral("dayclose")).code, 0);
    exportNow();
    auto refused = run(QStringLiteral("dayclose --reopen ") + day);
    EXPECT_NE(refused.code, 0);
    EXPECT_EQ(refused.errorCode(), QStringLiteral("already_exists"));
    EXPECT_TRUE(refused.out.contains(QStringLiteral("exported"))) << qPrintable(refused.out);
    EXPECT_TRUE(run(QStringLiteral("dayclose --date ") + day)
                    .json()
                    .value(QStringLiteral("closed"))
                    .toBool());
    auto bad = run(QStringLiteral("dayclose --reopen 2021-13-45"));
    EXPECT_EQ(bad.errorCode(), QStringLiteral("invalid_argument"));
}
