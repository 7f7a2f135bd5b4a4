// The export to the district from a real database: people checked in and vaccinated by the
// services, exported twice (the second bundle holds nothing already sent), a correction after an
// export (same id, entered-in-error, in FHIR and HL7), verification, and failures that must
// record nothing.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "dayclose/dayclose.h"
#include "exchange/bundle.h"
#include "exchange/exporter.h"
#include "exchange/exportfixture.h"  // tests/core
#include "exchange/fhir.h"
#include "exchange/hl7.h"
#include "exchange/sealing.h"
#include "exchange/sealsetting.h"
#include "exchange/signing.h"
#include "exchange/signingkey.h"
#include "storage/audit.h"
#include "storage/durablefile.h"
#include "support/tmpfsmount.h"

#include <sys/stat.h>

using namespace vax;

namespace {

using test::bundleEntries;
using test::ndjsonObjects;

// HL7 segments of a batch with the given id.
std::vector<hl7::ParsedSegment> segments(const QByteArray& batch, const QString& id)
{
    std::vector<hl7::ParsedSegment> out;
    for (const hl7::ParsedSegment& s : hl7::parse(QString::fromUtf8(batch)))
        if (s.id() == id)
            out.push_back(s);
    return out;
}

class ExporterTest : public test::ExportFixture {
protected:
    void SetUp() override
    {
        ExportFixture::SetUp();
        exporter = std::make_unique<Exporter>(*db, clock);
        lot = receive(QStringLiteral("B1"), 20);
    }

    ExportReceipt exportNow()
    {
        auto r = exporter->run({out.path(), admin.id, key.secretKey, {}, {}});
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : qPrintable(r.error().message));
        return r.ok() ? *r : ExportReceipt{};
    }

    // Everything in a folder, hidden temporary files included.
    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    int batchRows()
    {
        auto q = db->exec(QStringLiteral("SELECT count(*) FROM export_batch"));
        return q.ok() ? q->scalar().toInt() : -1;
    }

    std::unique_ptr<Exporter> exporter;
    LotInfo lot;
    QTemporaryDir out;
    signing::KeyPair key = signing::generate();
};

}  // namespace

TEST_F(ExporterTest, SecondExportHoldsNothingAlreadySent)
{
    const QString d1 = vaccinate(QStringLiteral("张三"), QDate(1980, 3, 15), 11, lot.lotNumber);
    const QString d2 = vaccinate(QStringLiteral("李娜"), QDate(1950, 1, 1), 12, lot.lotNumber);
    auto pending = exporter->pendingRecords();
    ASSERT_TRUE(pending.ok());
    EXPECT_GT(*pending, 0);

    const ExportReceipt first = exportNow();
    EXPECT_EQ(first.batch.seq, 1);
    EXPECT_GT(first.records, 0);
    EXPECT_EQ(first.batch.counts.value(QStringLiteral("immunizations")).toInt(), 2);
    EXPECT_EQ(first.batch.counts.value(QStringLiteral("patients")).toInt(), 2);
    EXPECT_TRUE(first.batch.fileName.startsWith(QStringLiteral("vaxpoint-TEST-001-20210601-")));
    EXPECT_EQ(*exporter->pendingRecords(), 0);

    auto files = bundleEntries(first.batch.path);
    const auto ims = ndjsonObjects(files[QStringLiteral("immunizations.ndjson")]);
    ASSERT_EQ(ims.size(), 2u);
    QStringList ids{ims[0].value(QStringLiteral("id")).toString(),
                    ims[1].value(QStringLiteral("id")).toString()};
    ids.sort();
    QStringList expected{d1, d2};
    expected.sort();
    EXPECT_EQ(ids, expected);
    // Every resource is what an R4 validator accepts; every CSV opens in Excel with Chinese.
    for (const char* name : {"patients.ndjson", "immunizations.ndjson", "adverse-events.ndjson"})
        for (const QJsonObject& r : ndjsonObjects(files[QString::fromLatin1(name)]))
            EXPECT_EQ(fhir::validate(r), QStringList()) << name;
    for (const char* name : {"doses.csv", "adverse_events.csv", "stock_movements.csv",
                             "temperatures.csv", "excursions.csv"})
        EXPECT_TRUE(files[QString::fromLatin1(name)].startsWith("\xEF\xBB\xBF")) << name;
    EXPECT_TRUE(files[QStringLiteral("doses.csv")].contains("张三"));
    EXPECT_TRUE(files.count(QStringLiteral("summary.json")));
    EXPECT_FALSE(files.count(QStringLiteral("report.pdf")));  // no renderer given

    auto verified = bundle::verify(first.batch.path, key.publicKey, QString());
    ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().message);
    EXPECT_EQ(verified->sha256, first.batch.sha256);

    const ExportReceipt second = exportNow();
    EXPECT_EQ(second.batch.seq, 2);
    EXPECT_EQ(second.records, 0);  // a zero report
    EXPECT_TRUE(second.batch.zeroReport());
    EXPECT_EQ(second.batch.previousSha256, first.batch.sha256);
    auto again = bundleEntries(second.batch.path);
    EXPECT_TRUE(again[QStringLiteral("immunizations.ndjson")].isEmpty());
    EXPECT_TRUE(again[QStringLiteral("patients.ndjson")].isEmpty());
    EXPECT_EQ(segments(again[QStringLiteral("vxu.hl7")], QStringLiteral("MSH")).size(), 0u);
    const QJsonObject manifest =
        QJsonDocument::fromJson(again[QStringLiteral("manifest.json")]).object();
    EXPECT_TRUE(manifest.value(QStringLiteral("zero_report")).toBool());
    EXPECT_TRUE(bundle::verify(second.batch.path, key.publicKey, first.batch.sha256).ok());

    auto history = exporter->history();
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(history->front().seq, 2);
    EXPECT_TRUE(AuditLog::verify(*db)->ok);
}

TEST_F(ExporterTest, ACorrectionAfterAnExportIsSentAgainAsEnteredInErrorWithTheSameId)
{
    const QString dose = vaccinate(QStringLiteral("王五"), QDate(1985, 7, 7), 13, lot.lotNumber);
    const ExportReceipt first = exportNow();
    auto firstFiles = bundleEntries(first.batch.path);
    const auto firstMsh = segments(firstFiles[QStringLiteral("vxu.hl7")], QStringLiteral("MSH"));
    ASSERT_EQ(firstMsh.size(), 1u);
    const auto firstRxa = segments(firstFiles[QStringLiteral("vxu.hl7")], QStringLiteral("RXA"));
    ASSERT_EQ(firstRxa.size(), 1u);
    EXPECT_EQ(firstRxa[0].field(21), QStringLiteral("A"));
    EXPECT_EQ(firstRxa[0].field(5).section(u'^', 2, 2), QStringLiteral("CVX"));
    const auto rxr = segments(firstFiles[QStringLiteral("vxu.hl7")], QStringLiteral("RXR"));
    ASSERT_EQ(rxr.size(), 1u);
    EXPECT_EQ(rxr[0].field(1), QStringLiteral("C28161^Intramuscular^NCIT"));
    EXPECT_EQ(rxr[0].field(2), QStringLiteral("LD^Left Deltoid^HL70163"));
    EXPECT_EQ(firstMsh[0].field(18), QStringLiteral("UNICODE UTF-8"));

    ASSERT_TRUE(correction->correct(dose, QStringLiteral("wrong person"), admin.id).ok());
    EXPECT_GT(*exporter->pendingRecords(), 0);
    const ExportReceipt second = exportNow();
    auto files = bundleEntries(second.batch.path);
    const auto ims = ndjsonObjects(files[QStringLiteral("immunizations.ndjson")]);
    ASSERT_EQ(ims.size(), 1u);
    EXPECT_EQ(ims[0].value(QStringLiteral("id")).toString(), dose);
    EXPECT_EQ(ims[0].value(QStringLiteral("status")).toString(),
              QStringLiteral("entered-in-error"));
    EXPECT_EQ(fhir::validate(ims[0]), QStringList());
    EXPECT_EQ(second.batch.counts.value(QStringLiteral("entered_in_error")).toInt(), 1);

    const QByteArray vxu = files[QStringLiteral("vxu.hl7")];
    const auto orc = segments(vxu, QStringLiteral("ORC"));
    ASSERT_EQ(orc.size(), 1u);
    EXPECT_EQ(orc[0].field(3).section(u'^', 0, 0), dose);  // the same permanent ORC-3
    const auto rxa = segments(vxu, QStringLiteral("RXA"));
    ASSERT_EQ(rxa.size(), 1u);
    EXPECT_EQ(rxa[0].field(21), QStringLiteral("D"));
    const auto msh = segments(vxu, QStringLiteral("MSH"));
    ASSERT_EQ(msh.size(), 1u);
    EXPECT_NE(msh[0].field(10), firstMsh[0].field(10));  // MSH-10 never reused
    EXPECT_TRUE(bundle::verify(second.batch.path, key.publicKey, first.batch.sha256).ok());
}

TEST_F(ExporterTest, AFailedWriteRecordsNothingAndAFailedCommitLeavesNoFile)
{
    vaccinate(QStringLiteral("赵六"), QDate(1990, 8, 8), 15, lot.lotNumber);
    // Missing folder: refused up front.
    auto missing =
        exporter->run({out.filePath(QStringLiteral("nope")), admin.id, key.secretKey, {}, {}});
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, QStringLiteral("out"));
    // A folder the bundle cannot be written into (a directory already holds its name; as root a
    // read-only folder would still be writable).
    ASSERT_TRUE(QDir(out.path()).mkdir(QStringLiteral("vaxpoint-TEST-001-20210601-0001.zip")));
    const int pending = *exporter->pendingRecords();
    auto blocked = exporter->run({out.path(), admin.id, key.secretKey, {}, {}});
    ASSERT_FALSE(blocked.ok());
    EXPECT_EQ(blocked.error().code, ErrorCode::Io);
    EXPECT_EQ(batchRows(), 0);
    EXPECT_EQ(*exporter->pendingRecords(), pending);
    ASSERT_TRUE(QDir(out.filePath(QStringLiteral("vaxpoint-TEST-001-20210601-0001.zip")))
                    .removeRecursively());

    // The file is written but the database cannot record it: the file is removed.
    exporter->setFaultHookForTesting(
        [] { return Status(makeError(ErrorCode::DbBusy, QStringLiteral("disk full"))); });
    auto failed = exporter->run({out.path(), admin.id, key.secretKey, {}, {}});
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(batchRows(), 0);
    EXPECT_TRUE(QDir(out.path()).entryList(QDir::Files).isEmpty());
    exporter->setFaultHookForTesting({});
    const ExportReceipt ok = exportNow();
    EXPECT_EQ(ok.batch.seq, 1);
    EXPECT_EQ(ok.batch.counts.value(QStringLiteral("immunizations")).toInt(), 1);
}

TEST_F(ExporterTest, OnlyASiteAdministratorExports)
{
    test::addStaff(*db, QStringLiteral("nurse-1"), Roles(Role::Vaccinator));
    auto refused = exporter->run({out.path(), QStringLiteral("nurse-1"), key.secretKey, {}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(batchRows(), 0);
    EXPECT_TRUE(QDir(out.path()).entryList(QDir::Files).isEmpty());
}

TEST_F(ExporterTest, VerifyRefusesAChangedByteAMissingFileABrokenChainAndAWrongKey)
{
    vaccinate(QStringLiteral("孙七"), QDate(1975, 2, 2), 17, lot.lotNumber);
    const ExportReceipt first = exportNow();
    vaccinate(QStringLiteral("周八"), QDate(1976, 3, 3), 19, lot.lotNumber);
    const ExportReceipt second = exportNow();
    ASSERT_TRUE(bundle::verify(second.batch.path, key.publicKey, first.batch.sha256).ok());
    // Broken chain: the second bundle checked against a predecessor it does not name.
    auto chain = bundle::verify(second.batch.path, key.publicKey, QString(64, u'0'));
    ASSERT_FALSE(chain.ok());
    EXPECT_EQ(chain.error().code, ErrorCode::BundleChain);
    // Wrong key.
    auto wrong = bundle::verify(second.batch.path, signing::generate().publicKey);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::BundleSignature);

    for (const auto& [name, data] : bundleEntries(second.batch.path)) {
        if (name == u"manifest.json" || name == u"manifest.sig")
            continue;
        // One changed byte in this file.
        std::vector<bundle::File> changed;
        for (const auto& [n, d] : bundleEntries(second.batch.path)) {
            QByteArray bytes = d;
            if (n == name) {
                if (bytes.isEmpty())
                    bytes = "x";
                else
                    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 1);
            }
            changed.push_back({n, bytes});
        }
        const QString copy = out.filePath(QStringLiteral("changed.zip"));
        QFile f(copy);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(*bundle::zipFiles(changed, 0));
        f.close();
        auto v = bundle::verify(copy, key.publicKey);
        ASSERT_FALSE(v.ok()) << qPrintable(name);
        EXPECT_EQ(v.error().code, ErrorCode::BundleFileMismatch) << qPrintable(name);
        // The file missing.
        std::erase_if(changed, [&](const bundle::File& file) { return file.name == name; });
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(*bundle::zipFiles(changed, 0));
        f.close();
        auto gone = bundle::verify(copy, key.publicKey);
        ASSERT_FALSE(gone.ok()) << qPrintable(name);
        EXPECT_EQ(gone.error().code, ErrorCode::BundleFileMismatch) << qPrintable(name);
    }
}

TEST_F(ExporterTest, ANewStockMovementOrReadingIsPendingUntilExported)
{
    exportNow();
    EXPECT_EQ(*exporter->pendingRecords(), 0);
    receive(QStringLiteral("B2"), 5);  // a receipt movement (numbered by the change log)
    auto byTable = exporter->pendingByTable();
    ASSERT_TRUE(byTable.ok());
    EXPECT_EQ(byTable->value(QStringLiteral("stock_movement")), 1);
    const ExportReceipt next = exportNow();
    EXPECT_EQ(next.batch.counts.value(QStringLiteral("stock_movements")).toInt(), 1);
    EXPECT_EQ(*exporter->pendingRecords(), 0);
}

TEST_F(ExporterTest, ReportRendererOutputIsIncludedAndSigned)
{
    vaccinate(QStringLiteral("吴九"), QDate(2012, 4, 4), 21, lot.lotNumber);
    int lastPercent = -1;
    auto r =
        exporter->run({out.path(), admin.id, key.secretKey,
                       [](const DaySummary& s) {
                           return QByteArray("%PDF-1.4 doses ") + QByteArray::number(s.dosesGiven);
                       },
                       [&](int percent, const QString&) { lastPercent = percent; }});
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(lastPercent, 100);
    auto files = bundleEntries(r->batch.path);
    EXPECT_EQ(files[QStringLiteral("report.pdf")], QByteArray("%PDF-1.4 doses 1"));
    const QJsonObject summary = QJsonDocument::fromJson(files[QStringLiteral("summary.json")])
                                    .object()
                                    .value(QStringLiteral("day"))
                                    .toObject();
    EXPECT_EQ(summary.value(QStringLiteral("doses_given")).toInt(), 1);
    EXPECT_TRUE(bundle::verify(r->batch.path, key.publicKey).ok());
}

TEST_F(ExporterTest, SigningKeyIsCreatedOnFirstUseInAPassphraseFile)
{
    const QString path = out.filePath(QStringLiteral("keys/site-key.bin"));
    const QString passphrase = QStringLiteral("correct horse battery");
    auto created = signingkey::initFile(*db, clock, path, passphrase, admin.id);
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message);
    auto choice = signingkey::storeChoice(*db);
    ASSERT_TRUE(choice.ok());
    EXPECT_TRUE(choice->file);
    // Without the passphrase the store is not opened; with it the same key comes back.
    auto noPass = signingkey::openStore(*db, QString());
    ASSERT_FALSE(noPass.ok());
    EXPECT_EQ(noPass.error().field, QStringLiteral("passphrase"));
    auto store = signingkey::openStore(*db, passphrase);
    ASSERT_TRUE(store.ok()) << qPrintable(store.error().message);
    auto loaded = signingkey::load(**store, false);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->publicKey, created->publicKey);
    // A second init keeps the key.
    auto again = signingkey::initFile(*db, clock, path, passphrase, admin.id);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->publicKey, created->publicKey);
    auto wrong = signingkey::openStore(*db, QStringLiteral("wrong passphrase!"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::SecretFileRefused);
}

TEST_F(ExporterTest, AnExportOntoAFullDiskRecordsNothingAndKeepsTheChain)
{
    test::TmpfsMount stick("64k");
    if (!stick.mounted())
        GTEST_SKIP() << qPrintable(stick.skipReason());
    vaccinate(QStringLiteral("郑十"), QDate(1982, 9, 9), 23, lot.lotNumber);
    const ExportReceipt first = exportNow();
    vaccinate(QStringLiteral("王十一"), QDate(1983, 10, 10), 25, lot.lotNumber);
    const int pending = *exporter->pendingRecords();
    ASSERT_GT(pending, 0);
    ASSERT_GT(stick.fill(), 0);

    auto full = exporter->run({stick.path(), admin.id, key.secretKey, {}, {}});
    ASSERT_FALSE(full.ok()) << "an export onto a full disk must fail";
    EXPECT_EQ(full.error().code, ErrorCode::Io);
    EXPECT_TRUE(full.error().message.contains(QDir::toNativeSeparators(stick.path())))
        << qPrintable(full.error().message);
    EXPECT_TRUE(full.error().message.contains(QStringLiteral("full")));
    EXPECT_EQ(*exporter->pendingRecords(), pending);
    EXPECT_EQ(batchRows(), 1);
    EXPECT_TRUE(stick.entriesExcept().isEmpty()) << qPrintable(stick.entriesExcept().join(u' '));

    // Space freed: the same records go, chained to the first bundle.
    ASSERT_TRUE(QFile::remove(stick.filePath(QStringLiteral("filler.bin"))));
    auto retried = exporter->run({stick.path(), admin.id, key.secretKey, {}, {}});
    ASSERT_TRUE(retried.ok()) << qPrintable(retried.error().message);
    EXPECT_EQ(retried->batch.seq, 2);
    EXPECT_EQ(retried->batch.previousSha256, first.batch.sha256);
    EXPECT_EQ(retried->batch.counts.value(QStringLiteral("immunizations")).toInt(), 1);
    EXPECT_EQ(*exporter->pendingRecords(), 0);
    EXPECT_TRUE(bundle::verify(retried->batch.path, key.publicKey, first.batch.sha256).ok());
}

TEST_F(ExporterTest, AnyFailureWhileWritingOrProvingLeavesTheRecordsPending)
{
    vaccinate(QStringLiteral("冯十二"), QDate(1984, 11, 11), 27, lot.lotNumber);
    const int pending = *exporter->pendingRecords();
    const struct {
        durable::Step step;
        int error;
    } faults[] = {{durable::Step::Create, EROFS},
                  {durable::Step::Write, ENOSPC},
                  {durable::Step::Sync, EIO},
                  {durable::Step::Rename, EXDEV},
                  {durable::Step::SyncFolder, ENODEV}};
    for (const auto& fault : faults) {
        SCOPED_TRACE(static_cast<int>(fault.step));
        durable::setFaultHookForTesting([&fault](durable::Step step, const QString&) {
            return step == fault.step ? fault.error : 0;
        });
        auto failed = exporter->run({out.path(), admin.id, key.secretKey, {}, {}});
        durable::setFaultHookForTesting({});
        ASSERT_FALSE(failed.ok());
        EXPECT_EQ(failed.error().code, ErrorCode::Io);
        EXPECT_EQ(failed.error().field, QStringLiteral("out"));
        EXPECT_TRUE(failed.error().message.contains(QDir::toNativeSeparators(out.path())))
            << qPrintable(failed.error().message);
        EXPECT_EQ(batchRows(), 0);
        EXPECT_EQ(*exporter->pendingRecords(), pending);
        EXPECT_TRUE(filesIn(out.path()).isEmpty()) << qPrintable(filesIn(out.path()).join(u' '));
    }
    // Written but not read back as written (a failing stick): removed, nothing recorded.
    bundle::setBeforeProofHookForTesting([](const QString& path) {
        QFile f(path);
        ASSERT_TRUE(f.resize(f.size() / 2));
    });
    auto unproven = exporter->run({out.path(), admin.id, key.secretKey, {}, {}});
    bundle::setBeforeProofHookForTesting({});
    ASSERT_FALSE(unproven.ok());
    EXPECT_EQ(unproven.error().code, ErrorCode::Io);
    EXPECT_EQ(batchRows(), 0);
    EXPECT_TRUE(filesIn(out.path()).isEmpty());

    const ExportReceipt ok = exportNow();
    EXPECT_EQ(ok.batch.seq, 1);
    EXPECT_TRUE(ok.batch.previousSha256.isEmpty());
    EXPECT_EQ(ok.batch.counts.value(QStringLiteral("immunizations")).toInt(), 1);
    EXPECT_EQ(*exporter->pendingRecords(), 0);
}

TEST_F(ExporterTest, TheBundleIsReadableByItsOwnerOnly)
{
    const mode_t old = ::umask(022);
    const ExportReceipt r = exportNow();
    ::umask(old);
    struct stat st;
    ASSERT_EQ(::stat(QFile::encodeName(r.batch.path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(ExporterTest, TheSiteSettingSealsEveryExportForTheDistrict)
{
    const sealing::DistrictKeys district = sealing::generate();
    test::addStaff(*db, QStringLiteral("nurse-2"), Roles(Role::Vaccinator));
    const QString keyText = sealing::publicKeyText(district.publicKey);
    auto refused = sealsetting::set(*db, clock, QStringLiteral("nurse-2"), keyText);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(sealsetting::set(*db, clock, admin.id, QStringLiteral("x25519:bad")).ok());
    ASSERT_TRUE(sealsetting::set(*db, clock, admin.id, keyText).ok());

    vaccinate(QStringLiteral("陈十三"), QDate(1985, 12, 12), 29, lot.lotNumber);
    const ExportReceipt first = exportNow();
    EXPECT_TRUE(first.batch.sealed());
    EXPECT_TRUE(first.batch.fileName.endsWith(QStringLiteral(".zip.sealed")));
    EXPECT_TRUE(bundle::isSealedFile(first.batch.path));
    auto opened = bundle::verifySealed(first.batch.path, key.publicKey, district);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
    EXPECT_EQ(opened->sha256, first.batch.sha256);
    EXPECT_EQ(opened->records.value(QStringLiteral("immunizations.ndjson")), 1);

    // Cleared: plain bundles again, still chained to the sealed one's zip.
    const Status cleared = sealsetting::set(*db, clock, admin.id, QString());
    ASSERT_TRUE(cleared.ok()) << qPrintable(cleared.error().message);
    const ExportReceipt second = exportNow();
    EXPECT_FALSE(second.batch.sealed());
    EXPECT_TRUE(bundle::verify(second.batch.path, key.publicKey, first.batch.sha256).ok());
}

// Issue 19, point 10: the day-close page said "not yet exported: 27 records" before an export of
// 23. The count shown before an export is the count the export then writes, on the same data: a
// person with a new document is one patient, not a person row plus a document row.
TEST_F(ExporterTest, ThePendingCountIsTheRecordCountOfTheNextExport)
{
    vaccinate(QStringLiteral("张三"), QDate(1980, 3, 15), 11, lot.lotNumber);
    vaccinate(QStringLiteral("李娜"), QDate(1950, 1, 1), 12, lot.lotNumber);
    auto byTable = exporter->pendingByTable();
    ASSERT_TRUE(byTable.ok());
    int rows = 0;
    for (int v : *byTable)
        rows += v;
    auto pending = exporter->pendingRecords();
    ASSERT_TRUE(pending.ok()) << qPrintable(pending.error().message);
    const ExportReceipt first = exportNow();
    ASSERT_GT(first.records, 0);
    EXPECT_NE(rows, first.records);  // the data where the old row count was wrong
    EXPECT_EQ(*pending, first.records);
    EXPECT_EQ(*pending, first.batch.counts.value(QStringLiteral("records")).toInt());
    EXPECT_EQ(*exporter->pendingRecords(), 0);

    // After an export: one more dose for a person already sent brings the person along.
    vaccinate(QStringLiteral("王五"), QDate(1970, 6, 1), 13, lot.lotNumber);
    pending = exporter->pendingRecords();
    ASSERT_TRUE(pending.ok());
    const ExportReceipt second = exportNow();
    EXPECT_EQ(*pending, second.records);
}
