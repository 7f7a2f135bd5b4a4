#pragma once
// Two desk PCs of site PROD-1, each its own SQLite file and keychain, joined to one site server
// (a real PostgreSQL, sitefixture.h) as desks 1 and 2; each checks people in and vaccinates them
// through the core services. Shared by the replication tests (test_site_sync,
// test_site_conflicts, test_site_history).
#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <map>
#include <optional>
#include <utility>

#include "checkin/checkinservice.h"
#include "checkin/screening.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "desk/administrationservice.h"
#include "desk/queueservice.h"
#include "security/roles.h"
#include "sitefixture.h"
#include "sitesync/replicatedtables.h"
#include "sitesync/replicator.h"
#include "sitesync/sitelink.h"
#include "stock/lotservice.h"
#include "storage/meta.h"
#include "support/memorysecrets.h"
#include "support/residentid.h"
#include "support/tempdb.h"

namespace vax::test {

// The same staff id and the same fridge on every desk, as the first site tests set desks up
// before staff and fridges replicated (schema 19); both desks push the same rows, which change
// nothing. New tests need not: a fridge or staff member added at one desk reaches the other
// (test_site_ownership).
inline const QString kStaff = QStringLiteral("staff-1");
inline const QString kFridge = QStringLiteral("fridge-site-1");
inline const QString kLot = QStringLiteral("SYNC-LOT-1");

// One desk PC: its own database (site PROD-1) and keychain.
struct Desk {
    Desk()
    {
        db = tmp.open();
        initProductionSite(*db, clock);
        addStaff(*db, kStaff,
                 Roles(Role::Registrar) | Role::Vaccinator | Role::Doctor | Role::StockKeeper |
                     Role::SiteAdmin);
        addFridge(kFridge);
    }
    void addFridge(const QString& id)
    {
        ASSERT_TRUE(FridgeRepository::insert(
                        *db, {id, QStringLiteral("Fridge ") + id, {}, true, clock.nowUtc()})
                        .ok());
    }
    // Person `i`'s check-in, all screening answers "no": a new registration (测试i with a
    // resident ID made from i, so the same i at two desks is the same document), or `personId`,
    // a person this desk knows.
    CheckInRequest checkInRequest(int i, const std::optional<QString>& personId = {}) const
    {
        CheckInRequest r;
        r.staffId = kStaff;
        r.personId = personId;
        if (!personId) {
            r.draft.name = QStringLiteral("测试%1").arg(i);
            r.draft.document.number = residentId(QDate(1970, 1, 1).addDays(i * 41), 100 + i);
        }
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            r.answers.insert(q.id, false);
        r.temperatureC = 36.6;
        r.consent.textVersion = QString::fromLatin1(vax::kConsentTextVersion);
        return r;
    }
    std::optional<CheckInReceipt> checkIn(int i, const std::optional<QString>& personId = {})
    {
        CheckInService checkin({*db, clock});
        auto receipt = checkin.checkIn(checkInRequest(i, personId));
        EXPECT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
        if (!receipt)
            return std::nullopt;
        return *receipt;
    }
    // Calls the next person of the day: the visit called (empty on a failure).
    QString callNext()
    {
        QueueService queue({*db, clock});
        auto called = queue.callNext(QStringLiteral("1"), kStaff);
        EXPECT_TRUE(called.ok() && called->has_value());
        if (!called || !called->has_value())
            return {};
        return (*called)->visitId;
    }
    // Checks person `i` in and calls the next person.
    QString checkInAndCall(int i) { return checkIn(i) ? callNext() : QString(); }
    // A dose of the site's lot for `visitId`, every eye check confirmed.
    AdministerRequest doseRequest(const QString& visitId) const
    {
        AdministerRequest req;
        req.scan.visitId = visitId;
        req.scan.lot = kLot;
        req.choices.site = QStringLiteral("LD");
        for (ChecklistItemKey k : confirmableItems())
            req.choices.confirmed.insert(k);
        req.desk = QStringLiteral("1");
        req.staffId = kStaff;
        return req;
    }
    // Calls the next person of the day and gives them a dose of the site's lot.
    QString vaccinateNext()
    {
        const QString visitId = callNext();
        if (visitId.isEmpty())
            return {};
        AdministerRequest req = doseRequest(visitId);
        // A joined desk that did not ask the server for the person's history (docs/site.md 5):
        // the nurse asked about other doses today.
        req.choices.confirmed.insert(ChecklistItemKey::Record);
        AdministrationService administration({*db, clock});
        auto given = administration.administer(req);
        EXPECT_TRUE(given.ok()) << qPrintable(given.error().message);
        return given ? given->dose.id : QString();
    }
    // Checks person `i` (or `personId`) in, calls them and gives a dose of the site's lot.
    QString admit(int i, const std::optional<QString>& personId = {})
    {
        return checkIn(i, personId) ? vaccinateNext() : QString();
    }
    void nextDay() { clock.advance(24LL * 3600 * 1000); }
    // `vials` of the site's lot (kLot) received into this desk's fridge.
    void receiveLot(int vials)
    {
        LotReceipt r;
        r.productCode = QStringLiteral("BBIBP-CorV");
        r.lotNumber = kLot;
        r.expiry = clock.nowUtc().date().addDays(200);
        r.vials = vials;
        r.fridgeId = kFridge;
        auto lot = LotService::receive({*db, clock, kStaff}, r);
        ASSERT_TRUE(lot.ok()) << qPrintable(lot.error().message);
    }
    qint64 number(const QString& sql) { return queryNumber(*db, sql); }
    qint64 backlog()
    {
        auto pushed = readMeta(*db, QStringLiteral("site.pushed_seq"));
        EXPECT_TRUE(pushed.ok());
        auto b = sitesync::outboxBacklog(*db, pushed ? pushed->toLongLong() : 0);
        EXPECT_TRUE(b.ok());
        return b.valueOr(-1);
    }
    qint64 counter() { return number(QStringLiteral("SELECT value FROM change_counter")); }
    // The phone of the one person on file (the row the tests change at both desks).
    QString phone()
    {
        auto q = db->exec(QStringLiteral("SELECT phone FROM person"));
        EXPECT_TRUE(q.ok());
        return q.ok() ? q->scalar().toString() : QString();
    }
    // Rows and content hash of every replicated table (without the desk-local columns).
    std::map<QString, sitesync::TableDigest> digests()
    {
        std::map<QString, sitesync::TableDigest> out;
        auto columns = sitesync::TableColumns::read(*db);
        EXPECT_TRUE(columns.ok());
        for (const QString& t : sitesync::replicatedTables()) {
            auto d = sitesync::tableDigest(*db, *columns, t);
            EXPECT_TRUE(d.ok()) << qPrintable(t);
            out[t] = d.valueOr({});
        }
        return out;
    }

    TempDb tmp;
    FakeClock clock{testNow()};
    std::unique_ptr<Database> db;
    MemorySecretStore secrets;
};

#ifdef VAXCTL_PATH
// `vaxctl ARGS --db <desk's database> --json` as the desk's administrator ("admin", whose
// password initProductionSite set): the first JSON line it printed, and its exit code.
inline QJsonObject deskCli(Desk& d, QStringList args, int* exitCode = nullptr)
{
    QProcessEnvironment e = siteProcessEnvironment();
    e.insert(QStringLiteral("VAXPOINT_PASSWORD"), QStringLiteral("a-long-password-1"));
    QProcess p;
    p.setProcessEnvironment(e);
    args << QStringLiteral("--actor") << QStringLiteral("admin") << QStringLiteral("--db")
         << d.tmp.path() << QStringLiteral("--json");
    p.start(QStringLiteral(VAXCTL_PATH), args);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    const QByteArray out = p.readAllStandardOutput();
    if (exitCode)
        *exitCode = p.exitCode();
    else
        EXPECT_EQ(p.exitCode(), 0) << out.constData() << p.readAllStandardError().constData();
    return QJsonDocument::fromJson(out.split('\n').value(0)).object();
}
#endif

// A site server with desks 1 (`one`) and 2 (`two`) joined.
class TwoDesks : public SiteServerTest {
protected:
    void SetUp() override
    {
        SiteServerTest::SetUp();
        if (HasFatalFailure())
            return;
        auto report = init(QStringLiteral("PROD-1"), 2);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
        for (auto [desk, n] : {std::pair{&one, 1}, std::pair{&two, 2}}) {
            sitesync::JoinRequest r;
            r.serverUrl = deskUrl();
            r.desk = n;
            r.password = passwords[n];
            addStaff(*desk->db, QStringLiteral("admin-1"), Roles(Role::SiteAdmin));
            auto joined = sitesync::SiteJoinService::join(
                {*desk->db, desk->clock, QStringLiteral("admin-1")}, r, desk->secrets);
            ASSERT_TRUE(joined.ok()) << qPrintable(joined.error().message);
        }
    }
    sitesync::SyncReport sync(Desk& d, bool pushToo = true)
    {
        sitesync::SyncOptions o;
        o.push = pushToo;
        auto r = sitesync::SiteSyncService::sync(*d.db, d.clock, d.secrets, o);
        EXPECT_TRUE(r.ok()) << qPrintable(r.error().message);
        return r.valueOr({});
    }
    // The site's lot, received at desk 1 and pulled by desk 2.
    void receiveLot()
    {
        one.receiveLot(100);
        ASSERT_FALSE(HasFatalFailure());
        sync(one);
        sync(two);
    }
    // The doses of a double dose, not synced yet: person 1 registered at desk 1 and pulled by
    // desk 2; offline, desk 1 gives dose 1 today and desk 2, which never heard of it, dose 1 the
    // next day. The next syncs of desk 1, desk 2 and desk 1 raise it on the server and both
    // desks (test_site_conflicts).
    struct DoubleDose {
        QString personId;
        QString first;   // desk 1's
        QString second;  // desk 2's
    };
    DoubleDose doubleDose()
    {
        receiveLot();
        const auto checked = one.checkIn(1);
        EXPECT_TRUE(checked);
        if (!checked)
            return {};
        sync(one);
        sync(two);
        DoubleDose out{checked->personId, one.vaccinateNext(), {}};
        two.nextDay();
        out.second = two.admit(0, checked->personId);
        EXPECT_FALSE(out.first.isEmpty());
        EXPECT_FALSE(out.second.isEmpty());
        return out;
    }
    // Three rows desk 2 will not be able to apply, not synced yet: desk 1 adds a fridge with the
    // name of a fridge of desk 2's own and receives a lot into it; desk 2's pull sets the fridge
    // aside (the name is unique), and the lot and its receipt (a foreign key to that fridge).
    void pendingAtDeskTwo()
    {
        one.addFridge(QStringLiteral("fridge-desk-1-only"));
        ASSERT_TRUE(FridgeRepository::insert(*two.db, {QStringLiteral("fridge-desk-2"),
                                                       QStringLiteral("Fridge fridge-desk-1-only"),
                                                       {},
                                                       true,
                                                       two.clock.nowUtc()})
                        .ok());
        LotReceipt r;
        r.productCode = QStringLiteral("CoronaVac");
        r.lotNumber = QStringLiteral("SYNC-LOT-2");
        r.expiry = one.clock.nowUtc().date().addDays(100);
        r.vials = 10;
        r.fridgeId = QStringLiteral("fridge-desk-1-only");
        ASSERT_TRUE(LotService::receive({*one.db, one.clock, kStaff}, r).ok());
    }
    QString server(const QString& sql) { return pg.value(kSiteDb, sql); }
    void expectSameRows()
    {
        const auto a = one.digests();
        const auto b = two.digests();
        for (const QString& t : sitesync::replicatedTables()) {
            EXPECT_EQ(a.at(t).rows, b.at(t).rows) << qPrintable(t);
            EXPECT_EQ(a.at(t).hash, b.at(t).hash) << qPrintable(t);
        }
    }

    Desk one;
    Desk two;
};

}  // namespace vax::test
