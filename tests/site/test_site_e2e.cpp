// Site mode with real processes (docs/site.md 11, "Proof"): the real vaxctl binary against real
// SQLite files and a real PostgreSQL (tests/support/pgserver), the desks' passwords in a real
// keychain (CTest runs this under a private D-Bus session with gnome-keyring, as
// site_cli_with_keychain).
//  - SiteEndToEnd (site_e2e, label site): two desks check in, vaccinate and sync while a board PC
//    (desk 3) runs the real `vaxpoint --board`; the server stops mid-day while both desks keep
//    working (their syncs fail, nothing is lost locally; one new person is registered and
//    vaccinated at both); once it is back and both have synced, both desks and the server hold
//    the same rows, that person is merged with both visits and a double dose is raised; the
//    board PC catches up by itself, and a departure recorded there reaches the desks.
//  - SiteKillLoop (site_killloop, label slow): the replicator (`vaxctl site sync`) and the server
//    are killed with SIGKILL mid-push, over and over, while the desks have many rows waiting;
//    after a clean sync nothing is lost and nothing is doubled. The kill points are chosen by
//    what the processes are doing (a push waiting at a chosen row of its batch, a batch committed
//    on the server but not yet recorded by the desk), never by the clock, so a slow machine takes
//    longer but meets the same points.
#include <gtest/gtest.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <vector>

#include "cli/clirun.h"
#include "site/site.h"
#include "sitefixture.h"
#include "sitesync/pgconnection.h"
#include "sitesync/replicatedtables.h"
#include "sitesync/serverurl.h"
#include "storage/database.h"
#include "support/rawsqlite.h"
#include "support/residentid.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

using Digests = std::map<QString, TableDigest>;

// Polls `done` until it holds, with a deadline only against a hang (a slow machine waits longer).
template <typename Done>
bool pollUntil(Done&& done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 180000)
            return false;
        QThread::msleep(2);
    }
    return true;
}

// The outbox of a desk as a union over the replicated tables: rows written at this desk.
QString ownRowsSql(const QString& columns, const QString& where)
{
    QStringList parts;
    for (const QString& t : replicatedTables())
        parts << QStringLiteral(
                     "SELECT '%1' AS tbl, %3 AS id, change_seq FROM %1 WHERE origin_desk IS "
                     "NULL%2")
                     .arg(t, where, keyColumn(t));
    return QStringLiteral("SELECT %1 FROM (%2)")
        .arg(columns, parts.join(QStringLiteral(" UNION ALL ")));
}

// What one desk database holds, read with VaxPoint's own Database while no vaxctl runs on it.
struct DeskState {
    Digests digests;
    std::set<QString> own;      // "table|id|change_seq" of every row whose version is this desk's
    std::set<QString> ownKeys;  // "table|id" of the same rows
    qint64 pushed = 0;          // meta site.pushed_seq
    qint64 backlog = 0;         // own rows above it
    QString incarnation;
    std::set<QString> doses;
};

DeskState readDesk(const QString& path)
{
    DeskState s;
    OpenOptions options;
    options.path = path;
    auto db = Database::open(options);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error().message);
    if (!db)
        return s;
    auto columns = TableColumns::read(**db);
    EXPECT_TRUE(columns.ok());
    for (const QString& t : replicatedTables()) {
        auto d = tableDigest(**db, *columns, t);
        EXPECT_TRUE(d.ok()) << qPrintable(t);
        s.digests[t] = d.valueOr({});
    }
    s.pushed = queryNumber(**db, QStringLiteral("SELECT value FROM meta WHERE key = "
                                                "'site.pushed_seq'"));
    auto own = (*db)->exec(ownRowsSql(QStringLiteral("tbl, id, change_seq"), {}));
    EXPECT_TRUE(own.ok());
    while (own && own->next()) {
        s.own.insert(QStringLiteral("%1|%2|%3")
                         .arg(own->value(0).toString(), own->value(1).toString())
                         .arg(own->value(2).toLongLong()));
        s.ownKeys.insert(own->value(0).toString() + QLatin1Char('|') + own->value(1).toString());
        if (own->value(2).toLongLong() > s.pushed)
            ++s.backlog;
    }
    auto inc = (*db)->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'site.incarnation'"));
    s.incarnation = inc ? inc->scalar().toString() : QString();
    auto doses = (*db)->exec(QStringLiteral("SELECT id FROM dose"));
    while (doses && doses->next())
        s.doses.insert(doses->value(0).toString());
    return s;
}

// The site server read as its superuser (what no desk may do): the row store and the change log.
class ServerView {
public:
    explicit ServerView(PgServer& pg)
    {
        auto url = parseServerUrl(pg.url(kSiteDb, pg.superuser()));
        EXPECT_TRUE(url.ok());
        if (!url)
            return;
        auto c = PgConnection::open(*url, pg.superuser(), pg.superuserPassword());
        EXPECT_TRUE(c.ok()) << qPrintable(c.error().message);
        if (c)
            m_c = std::move(*c);
    }
    bool ok() const { return m_c != nullptr; }
    PgConnection& connection() { return *m_c; }

    qint64 number(const QString& sql, const QVariantList& args = {})
    {
        auto q = m_c->exec(sql, args);
        EXPECT_TRUE(q.ok()) << qPrintable(sql) << ": " << qPrintable(q.error().message);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }
    qint64 highWater(int desk)
    {
        return number(QStringLiteral("SELECT high_water FROM vaxsite.desk WHERE desk_no = ?"),
                      {desk});
    }
    // Changes of this incarnation above `seq` (what a push in flight must not leave behind).
    qint64 changesAbove(const QString& incarnation, qint64 seq)
    {
        return number(QStringLiteral("SELECT count(*) FROM vaxsite.change WHERE incarnation = "
                                     "?::uuid AND desk_seq > ?"),
                      {incarnation, seq});
    }
    // Server processes of the desk's role, and those of them waiting for a lock.
    qint64 backends(const QString& role, bool waitingForLock = false)
    {
        return number(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = ? "
                                     "AND (NOT ? OR wait_event_type = 'Lock')"),
                      {role, waitingForLock});
    }
    // The row store per table, digested as a desk digests its tables.
    Digests digests()
    {
        std::map<QString, std::vector<std::pair<QString, QJsonObject>>> rows;
        auto q = m_c->exec(QStringLiteral("SELECT tbl, row_id, payload::text FROM vaxsite.record"));
        EXPECT_TRUE(q.ok());
        while (q && q->next())
            rows[q->value(0).toString()].emplace_back(
                q->value(1).toString(),
                QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object());
        Digests out;
        for (const QString& t : replicatedTables()) {
            auto& list = rows[t];
            std::sort(list.begin(), list.end(),
                      [](const auto& a, const auto& b) { return a.first < b.first; });
            QList<QJsonObject> images;
            for (const auto& r : list)
                images << r.second;
            out[t] = digestOf(images);
        }
        return out;
    }
    // "table|id|desk_seq" of every change an incarnation pushed.
    std::set<QString> changes(const QString& incarnation)
    {
        std::set<QString> out;
        auto q = m_c->exec(QStringLiteral("SELECT tbl, row_id, desk_seq FROM vaxsite.change "
                                          "WHERE incarnation = ?::uuid"),
                           {incarnation});
        EXPECT_TRUE(q.ok());
        while (q && q->next())
            out.insert(QStringLiteral("%1|%2|%3")
                           .arg(q->value(0).toString(), q->value(1).toString())
                           .arg(q->value(2).toLongLong()));
        return out;
    }

private:
    std::unique_ptr<PgConnection> m_c;
};

// Two desk databases of site T-1 joined as desks 1 and 2 of one server, through vaxctl.
class SiteProcesses : public SiteServerTest {
protected:
    void SetUp() override
    {
        SiteServerTest::SetUp();
        if (HasFatalFailure())
            return;
        auto report = init(QStringLiteral("T-1"), 3);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
        // Staff and fridges are not replicated yet (docs/site.md 11): the second desk starts as
        // a copy of the first one's training database, made before either joined, so both
        // have the same fridge, lots and demo administrator, as a technician setting up the
        // second PC from the first would have them.
        for (int desk : {1, 2, 3})
            paths[desk] = dir.filePath(QStringLiteral("desk-%1.sqlite").arg(desk));
        const CliRun made = runVaxctlBinary(
            {QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("T-1"),
             QStringLiteral("--site-name"), QStringLiteral("T"), QStringLiteral("--district"),
             QStringLiteral("D"), QStringLiteral("--training"), QStringLiteral("--db"), paths[1],
             QStringLiteral("--json")},
            env);
        ASSERT_EQ(made.code, 0) << qPrintable(made.dump());
        for (int copy : {2, 3})
            for (const char* suffix : {"", "-wal"}) {
                if (QFile::exists(paths[1] + QLatin1String(suffix))) {
                    ASSERT_TRUE(QFile::copy(paths[1] + QLatin1String(suffix),
                                            paths[copy] + QLatin1String(suffix)));
                }
            }
        // Desk 3 (the board PC of the end-to-end test) joins when a test wants it.
        for (int desk : {1, 2}) {
            join(desk);
            ASSERT_FALSE(HasFatalFailure());
        }
    }
    void join(int desk)
    {
        const CliRun joined = runVaxctlBinary(
            {QStringLiteral("site"), QStringLiteral("join"), QStringLiteral("--server"), deskUrl(),
             QStringLiteral("--desk"), QString::number(desk), QStringLiteral("--password-stdin"),
             QStringLiteral("--db"), paths[desk], QStringLiteral("--json")},
            env,
            QStringLiteral("%1\n%2\n")
                .arg(QString::fromLatin1(kDemoPassword), passwords[desk])
                .toUtf8());
        ASSERT_EQ(joined.code, 0) << qPrintable(joined.dump());
    }
    // One command line on desk `desk` (words split at spaces), with --db and --json.
    CliRun run(int desk, const QString& line, const QStringList& extra = {})
    {
        QStringList args = line.split(QLatin1Char(' '), Qt::SkipEmptyParts) + extra;
        args << QStringLiteral("--db") << paths[desk] << QStringLiteral("--json");
        return runVaxctlBinary(args, env);
    }
    CliRun sync(int desk) { return run(desk, QStringLiteral("site sync --once")); }
    QStringList syncArgs(int desk, int batchSize) const
    {
        return {QStringLiteral("site"),
                QStringLiteral("sync"),
                QStringLiteral("--once"),
                QStringLiteral("--batch-size"),
                QString::number(batchSize),
                QStringLiteral("--db"),
                paths.at(desk),
                QStringLiteral("--json")};
    }
    // Person `n` of desk `desk` checked in and given a dose; the dose id.
    QString vaccinate(int desk, int n)
    {
        return vaccinate(desk, residentId(QDate(1960 + desk * 10, 1, 1).addDays(n * 37), n));
    }
    // The person with `document` (registered here if this desk does not know them) checked in
    // and given a dose; the dose id.
    QString vaccinate(int desk, const QString& document)
    {
        // The desks are joined: offline, the nurse confirms she asked about other doses today
        // (docs/site.md 5, "Site history at the desk").
        const CliRun given =
            checkInAndVaccinate([this, desk](const QString& line) { return run(desk, line); },
                                document, QStringLiteral("--asked-other-doses"));
        const QString id = given.json().value(QStringLiteral("id")).toString();
        EXPECT_FALSE(id.isEmpty()) << qPrintable(given.dump());
        return id;
    }
    QString role(int desk) const { return deskRoleName(kSiteDb, desk); }

    // Both desks and the server hold the same rows, table by table.
    void expectSameEverywhere(const DeskState& one, const DeskState& two, ServerView& server)
    {
        const Digests onServer = server.digests();
        for (const QString& t : replicatedTables()) {
            EXPECT_EQ(one.digests.at(t).rows, two.digests.at(t).rows) << qPrintable(t);
            EXPECT_EQ(one.digests.at(t).hash, two.digests.at(t).hash) << qPrintable(t);
            EXPECT_EQ(one.digests.at(t).rows, onServer.at(t).rows) << qPrintable(t);
            EXPECT_EQ(one.digests.at(t).hash, onServer.at(t).hash) << qPrintable(t);
        }
        // Every version a desk holds as its own was pushed exactly once, and the server holds
        // no change of the desk that the desk does not have: nothing lost, nothing doubled.
        for (const DeskState* d : {&one, &two}) {
            EXPECT_EQ(d->backlog, 0);
            const std::set<QString> pushed = server.changes(d->incarnation);
            std::vector<QString> lost;
            std::set_difference(d->own.begin(), d->own.end(), pushed.begin(), pushed.end(),
                                std::back_inserter(lost));
            EXPECT_TRUE(lost.empty()) << lost.size() << " rows never reached the server, e.g. "
                                      << qPrintable(lost.empty() ? QString() : lost.front());
            // The server holds no other change of the desk, except for rows whose version is no
            // longer the desk's own: re-pointed by a merge, or changed since at another PC.
            for (const QString& change : pushed) {
                if (!d->own.count(change)) {
                    EXPECT_FALSE(d->ownKeys.count(change.section(QLatin1Char('|'), 0, 1)))
                        << "pushed twice: " << qPrintable(change);
                }
            }
        }
    }

    QTemporaryDir dir;
    std::map<int, QString> paths;
    QProcessEnvironment env = siteProcessEnvironment();
};

class SiteEndToEnd : public SiteProcesses {};

TEST_F(SiteEndToEnd, TwoDesksWorkThroughAServerOutageAndEndWithTheSameRows)
{
    std::set<QString> given;
    for (int n = 1; n <= 3; ++n)
        for (int desk : {1, 2})
            given.insert(vaccinate(desk, n));
    for (int desk : {1, 2, 1}) {
        const CliRun s = sync(desk);
        ASSERT_EQ(s.code, 0) << qPrintable(s.dump());
    }
#ifdef VAXPOINT_PATH
    // The board PC: desk 3, set up after the desks (a copy of the same training database, as
    // they are), joined like a desk; it runs `vaxpoint --board` from here to the end of the day.
    join(3);
    ASSERT_FALSE(HasFatalFailure());
    // Its own rows (the copy's, the same as desk 1's) are pushed now, before the board starts:
    // pushed by the board's replicator later, whenever a loaded machine lets it, they would be
    // new versions for the desks to pull in what must be their quiet last round.
    ASSERT_EQ(sync(3).code, 0);
    QProcess board;
    board.setProcessEnvironment(env);
    board.setProcessChannelMode(QProcess::MergedChannels);
    board.start(QStringLiteral(VAXPOINT_PATH),
                {QStringLiteral("--board"), QStringLiteral("--db"), paths[3]});
    ASSERT_TRUE(board.waitForStarted(30000));
#endif

    // The server goes away mid-day; both desks keep checking in and vaccinating.
    ASSERT_TRUE(pg.stop());
    std::map<int, std::set<QString>> givenOffline;
    for (int n = 4; n <= 7; ++n)
        for (int desk : {1, 2})
            givenOffline[desk].insert(vaccinate(desk, n));
    // One new person comes to both desks during the outage: registered at each, dose 1 at each.
    const QString twice = residentId(QDate(1999, 9, 9), 99);
    for (int desk : {1, 2})
        givenOffline[desk].insert(vaccinate(desk, twice));
    for (int desk : {1, 2}) {
        const CliRun offline = sync(desk);
        EXPECT_EQ(offline.code, 1) << qPrintable(offline.dump());
        EXPECT_EQ(offline.errorCode(), QStringLiteral("site.unreachable"))
            << qPrintable(offline.dump());
        EXPECT_FALSE(offline.errorMessage().isEmpty());
        const CliRun st = run(desk, QStringLiteral("site status"));
        ASSERT_EQ(st.code, 0) << qPrintable(st.dump());
        EXPECT_FALSE(st.json().value(QStringLiteral("reachable")).toBool());
        // Four people of this desk: person, document, visit, dose, observation and the draw.
        EXPECT_GE(st.json().value(QStringLiteral("backlog")).toInt(), 4 * 5) << qPrintable(st.out);
        // Nothing done offline is lost: this desk's doses wait with everything it had pulled.
        const DeskState local = readDesk(paths[desk]);
        EXPECT_EQ(local.backlog, st.json().value(QStringLiteral("backlog")).toInt());
        EXPECT_EQ(local.doses.size(), 3u * 2u + 5u);
        for (const QString& id : givenOffline[desk])
            EXPECT_TRUE(local.doses.count(id)) << qPrintable(id);
        given.insert(givenOffline[desk].begin(), givenOffline[desk].end());
    }

    ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
    for (int desk : {1, 2, 1, 2}) {
        const CliRun s = sync(desk);
        ASSERT_EQ(s.code, 0) << qPrintable(s.dump());
    }
    // The hidden batch size is checked like any option, and writes nothing.
    const CliRun badBatch = run(1, QStringLiteral("site sync --once --batch-size 0"));
    EXPECT_EQ(badBatch.errorCode(), QStringLiteral("usage")) << qPrintable(badBatch.dump());
    EXPECT_NE(badBatch.code, 0);
    // A further round moves nothing: every desk has everything.
    for (int desk : {1, 2}) {
        const CliRun s = sync(desk);
        ASSERT_EQ(s.code, 0) << qPrintable(s.dump());
        const QJsonObject j = s.json();
        EXPECT_EQ(
            j.value(QStringLiteral("pushed")).toObject().value(QStringLiteral("rows")).toInt(), 0);
        EXPECT_EQ(
            j.value(QStringLiteral("pulled")).toObject().value(QStringLiteral("rows")).toInt(), 0);
        EXPECT_EQ(j.value(QStringLiteral("pending")).toInt(), 0);
    }

    const DeskState one = readDesk(paths[1]);
    const DeskState two = readDesk(paths[2]);
    ServerView server(pg);
    ASSERT_TRUE(server.ok());
    expectSameEverywhere(one, two, server);
    EXPECT_EQ(given.size(), 16u);
    for (const QString& id : given) {
        EXPECT_TRUE(one.doses.count(id)) << qPrintable(id);
        EXPECT_TRUE(two.doses.count(id)) << qPrintable(id);
    }
    EXPECT_EQ(one.doses.size(), given.size());
    EXPECT_EQ(server.number(QStringLiteral("SELECT count(*) FROM vaxsite.record WHERE tbl = "
                                           "'dose'")),
              static_cast<qint64>(given.size()));
    // The person registered at both desks is one person everywhere, with both visits of the day
    // and both doses; the two doses 1 are one double-dose incident, listed with the merge.
    for (int desk : {1, 2}) {
        OpenOptions options;
        options.path = paths[desk];
        auto db = Database::open(options);
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
        const QString person = QStringLiteral(
                                   "(SELECT person_id FROM identity_document WHERE "
                                   "number = '%1')")
                                   .arg(twice);
        EXPECT_EQ(queryNumber(**db, QStringLiteral("SELECT count(*) FROM identity_document "
                                                   "WHERE number = '%1'")
                                        .arg(twice)),
                  1);
        EXPECT_EQ(queryNumber(**db, QStringLiteral("SELECT count(*) FROM visit WHERE person_id "
                                                   "= %1")
                                        .arg(person)),
                  2);
        EXPECT_EQ(queryNumber(**db, QStringLiteral("SELECT count(DISTINCT visit_date) FROM visit "
                                                   "WHERE person_id = %1")
                                        .arg(person)),
                  1);
        EXPECT_EQ(
            queryNumber(
                **db, QStringLiteral("SELECT count(*) FROM dose WHERE person_id = %1").arg(person)),
            2);
        db->reset();
        const CliRun listed = run(desk, QStringLiteral("site conflicts"));
        ASSERT_EQ(listed.code, 0) << qPrintable(listed.dump());
        QStringList kinds;
        for (const QJsonValue& v : listed.json().value(QStringLiteral("conflicts")).toArray())
            kinds << v.toObject().value(QStringLiteral("kind")).toString();
        kinds.sort();
        EXPECT_EQ(kinds,
                  (QStringList{QStringLiteral("double_dose"), QStringLiteral("person_merge")}))
            << qPrintable(listed.out);
    }
    std::printf("site e2e: 2 desks, %zu doses (%zu offline), %lld rows on the server\n",
                given.size(), givenOffline[1].size() + givenOffline[2].size(),
                static_cast<long long>(
                    server.number(QStringLiteral("SELECT count(*) FROM vaxsite.record"))));

#ifdef VAXPOINT_PATH
    // The board PC ran through the outage and catches up by itself: its listener reconnects and
    // is woken by the desks' pushes (or its poll), and its replicator pulls every desk's rows.
    const auto sameRows = [](const DeskState& a, const DeskState& b) {
        for (const QString& t : replicatedTables())
            if (a.digests.at(t).rows != b.digests.at(t).rows ||
                a.digests.at(t).hash != b.digests.at(t).hash)
                return false;
        return true;
    };
    EXPECT_TRUE(pollUntil([&] {
        QThread::msleep(250);
        return board.state() != QProcess::Running || sameRows(readDesk(paths[3]), one);
    }));
    ASSERT_EQ(board.state(), QProcess::Running) << board.readAll().constData();

    // A departure recorded on the board PC replicates back to the desks (an early one: the
    // person has not waited 30 minutes yet).
    const CliRun onBoard = run(3, QStringLiteral("observe list"));
    ASSERT_EQ(onBoard.code, 0) << qPrintable(onBoard.dump());
    QString observation;
    for (const QString& line : onBoard.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.value(QStringLiteral("site_desk")).toInt() == 1 && observation.isEmpty())
            observation = o.value(QStringLiteral("id")).toString();
    }
    ASSERT_FALSE(observation.isEmpty()) << qPrintable(onBoard.out);
    const CliRun departed = run(3, QStringLiteral("observe left-early ") + observation,
                                {QStringLiteral("--reason"), QStringLiteral("had to go to work")});
    ASSERT_EQ(departed.code, 0) << qPrintable(departed.dump());
    // The board pushes it at its next round: a push of desk 1 wakes it (or its poll does).
    given.insert(vaccinate(1, 8));
    ASSERT_EQ(sync(1).code, 0);
    const auto departedAt = [this, &observation](int desk) {
        OpenOptions options;
        options.path = paths[desk];
        auto db = Database::open(options);
        EXPECT_TRUE(db.ok());
        if (!db)
            return QString();
        auto q = (*db)->exec(QStringLiteral("SELECT state FROM observation WHERE id = ?"),
                             {observation});
        return q ? q->scalar().toString() : QString();
    };
    EXPECT_TRUE(pollUntil([&] {
        QThread::msleep(250);
        return sync(2).code == 0 && departedAt(2) == QStringLiteral("left_early");
    })) << "desk 2 never pulled the departure recorded on the board PC";

    // The board stops; after a last round of each PC, all three and the server agree.
    board.terminate();
    if (!board.waitForFinished(30000))
        board.kill();
    board.waitForFinished(30000);
    for (int desk : {3, 1, 2})
        ASSERT_EQ(sync(desk).code, 0);
    const DeskState finalOne = readDesk(paths[1]);
    expectSameEverywhere(finalOne, readDesk(paths[2]), server);
    EXPECT_TRUE(sameRows(readDesk(paths[3]), finalOne));
    EXPECT_EQ(departedAt(1), QStringLiteral("left_early"));
    EXPECT_EQ(finalOne.doses.size(), given.size());
#else
    std::printf("site e2e: built without the GUI (VAX_BUILD_UI=OFF): no board process\n");
#endif
}

// ---------------------------------------------------------------------------------------------
// The kill loop.

// How one round of the loop ends the replicator or the server.
enum class Kill {
    // A push waits at a chosen row of batch `batch` (the test holds that row's key); the
    // replicator is killed there: the batch, half written in its transaction, must vanish.
    ReplicatorMidPush,
    // The same wait, then the server is killed (postmaster and every backend) and started
    // again: the same must hold after crash recovery, and the replicator ends with an error.
    ServerMidPush,
    // The batch commits on the server while the test holds the desk's SQLite write lock, so the
    // replicator cannot record it; killed there, the next push sends the batch again, which must
    // change nothing.
    ReplicatorAfterCommit,
    // Free running: killed a random 0–40 ms after its first batch reached the server (wherever
    // that is: a later push, a commit, the pull).
    ReplicatorRandom,
    // Free running, the server killed a random 0–40 ms after the first batch reached it.
    ServerRandom,
};

struct Round {
    Kill kill;
    int batch;  // for the mid-push kills: which batch of this run (0: its first)
};

// One cycle of ten rounds; the loop alternates the desks.
const Round kCycle[] = {
    {Kill::ReplicatorMidPush, 0},     {Kill::ReplicatorMidPush, 1}, {Kill::ServerMidPush, 1},
    {Kill::ReplicatorAfterCommit, 1}, {Kill::ReplicatorMidPush, 2}, {Kill::ReplicatorRandom, 0},
    {Kill::ServerMidPush, 0},         {Kill::ReplicatorMidPush, 1}, {Kill::ServerRandom, 0},
    {Kill::ReplicatorAfterCommit, 0},
};

struct LoopReport {
    int kills = 0;
    int replicatorMidPush = 0;  // killed with its push waiting half-way through a batch
    int serverMidPush = 0;      // the server killed with that push in flight
    int afterCommit = 0;        // killed with a committed batch not yet recorded by the desk
    int randomReplicator = 0;
    int randomServer = 0;
    int randomFinished = 0;  // free-running runs that ended before their kill came
    int serverRestarts = 0;
    int stressRuns = 0;
    qint64 doses = 0;
    qint64 ms = 0;
};

class SiteKillLoop : public SiteProcesses {
protected:
    static constexpr int kBatch = 50;

    // The change_seq of the `index`-th row of the desk's outbox (0: the next to push); 0 when
    // the outbox is shorter.
    qint64 outboxSeq(int desk, qint64 after, int index)
    {
        RawSqlite raw(paths[desk]);
        const QString seq =
            raw.scalar(ownRowsSql(QStringLiteral("change_seq"),
                                  QStringLiteral(" AND change_seq > %1").arg(after)) +
                       QStringLiteral(" ORDER BY 1 LIMIT 1 OFFSET %1").arg(index));
        return seq.toLongLong();
    }
    qint64 pushedSeq(int desk)
    {
        RawSqlite raw(paths[desk]);
        return raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'site.pushed_seq'"))
            .toLongLong();
    }
    QString incarnation(int desk)
    {
        RawSqlite raw(paths[desk]);
        return raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'site.incarnation'"));
    }
    // More rows to push: `vaxctl stress` vaccinates `count` people on the desk, never while a
    // sync runs there (a push then sees only finished visits). Desk 1 uses seed 100, desk 2
    // seed 105: their people are numbered 100000 and 105000 on (no document made twice) and
    // their stress lots are named by the time plus 100 or 105 ms, so two runs, one after the
    // other and each longer than 5 ms, never name a lot alike.
    void stress(int desk, int count, LoopReport& report)
    {
        const CliRun r = run(
            desk,
            QStringLiteral("stress --doses %1 --seed %2").arg(count).arg(desk == 1 ? 100 : 105));
        ASSERT_EQ(r.code, 0) << qPrintable(r.dump());
        report.doses += r.jsonLines().size();
        ++report.stressRuns;
    }
    // The key of the row the push of round `round` must wait at: in the middle of batch
    // `round.batch` of the next run, and above what the server already holds (a batch the
    // server committed but the desk did not record is sent again and skipped, never written).
    qint64 blockedSeq(int desk, int batch, qint64 serverHighWater, LoopReport& report)
    {
        for (;;) {
            const qint64 pushed = pushedSeq(desk);
            for (int index = batch * kBatch + kBatch / 2;; index += kBatch) {
                const qint64 seq = outboxSeq(desk, pushed, index);
                if (seq == 0)
                    break;
                if (seq > serverHighWater)
                    return seq;
            }
            stress(desk, 60, report);
            if (HasFatalFailure())
                return 0;
        }
    }

    // One vaxctl site sync on `desk`, started and left running.
    std::unique_ptr<QProcess> startSync(int desk)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(VAXCTL_PATH), syncArgs(desk, kBatch));
        EXPECT_TRUE(p->waitForStarted(60000));
        return p;
    }
    static void killProcess(QProcess& p)
    {
        p.kill();  // SIGKILL
        EXPECT_TRUE(p.waitForFinished(60000));
    }
    void restartServer(LoopReport& report)
    {
        ASSERT_TRUE(pg.start()) << qPrintable(pg.error());
        ++report.serverRestarts;
    }

    // A round that holds the key of one row of a batch, so the push waits there.
    void midPush(int desk, const Round& round, LoopReport& report)
    {
        const QString inc = incarnation(desk);
        qint64 seq = 0;
        {
            ServerView server(pg);
            ASSERT_TRUE(server.ok());
            seq = blockedSeq(desk, round.batch, server.highWater(desk), report);
            ASSERT_GT(seq, 0);
        }
        ServerView server(pg);
        ServerView holder(pg);
        ASSERT_TRUE(server.ok() && holder.ok());
        // The test's own change row with that key, uncommitted: the push's INSERT of the same
        // key waits for this transaction, with the rows before it written in its own.
        ASSERT_TRUE(holder.connection().begin().ok());
        ASSERT_TRUE(holder.connection()
                        .exec(QStringLiteral("INSERT INTO vaxsite.change(incarnation, desk_no, "
                                             "desk_seq, tbl, row_id, hash, payload) VALUES "
                                             "(?::uuid, ?, ?, 'hold', 'hold', 'hold', '{}')"),
                              {inc, desk, seq})
                        .ok());
        auto sync = startSync(desk);
        ASSERT_TRUE(pollUntil([&] {
            return server.backends(role(desk), true) > 0 || sync->state() == QProcess::NotRunning;
        }));
        ASSERT_EQ(sync->state(), QProcess::Running)
            << "the push ended before reaching row " << seq << ": "
            << sync->readAllStandardOutput().constData()
            << sync->readAllStandardError().constData();

        if (round.kill == Kill::ReplicatorMidPush) {
            killProcess(*sync);
            ++report.kills;
            ++report.replicatorMidPush;
            holder.connection().rollback();
            // The orphaned backend finishes the function, finds its client gone and aborts.
            ASSERT_TRUE(pollUntil([&] { return server.backends(role(desk)) == 0; }));
        } else if (round.kill == Kill::ServerMidPush) {
            ASSERT_GT(pg.kill(), 1) << qPrintable(pg.error());
            ++report.kills;
            ++report.serverMidPush;
            ASSERT_TRUE(sync->waitForFinished(120000));
            const CliRun failed{sync->exitCode(), QString::fromUtf8(sync->readAllStandardOutput()),
                                QString::fromUtf8(sync->readAllStandardError())};
            EXPECT_EQ(failed.code, 1) << qPrintable(failed.dump());
            EXPECT_FALSE(failed.errorCode().isEmpty()) << qPrintable(failed.dump());
            EXPECT_FALSE(failed.errorMessage().isEmpty()) << qPrintable(failed.dump());
            restartServer(report);
            if (HasFatalFailure())
                return;
        } else {  // ReplicatorAfterCommit
            RawSqlite lock(paths[desk]);
            lock.mustExec(QStringLiteral("PRAGMA busy_timeout = 60000; BEGIN IMMEDIATE"));
            const qint64 recorded =
                lock.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'site.pushed_seq'"))
                    .toLongLong();
            holder.connection().rollback();
            // The batch commits; recording it waits for the lock (busy_timeout 5 s), killed there.
            ASSERT_TRUE(pollUntil([&] {
                return server.highWater(desk) > recorded || sync->state() == QProcess::NotRunning;
            }));
            const bool reached = sync->state() == QProcess::Running;
            if (reached) {
                killProcess(*sync);
                ++report.kills;
                ++report.afterCommit;
            }
            lock.mustExec(QStringLiteral("ROLLBACK"));
            ServerView after(pg);
            EXPECT_GT(after.highWater(desk), pushedSeq(desk))
                << "the committed batch is the server's and not recorded by the desk";
            return;
        }
        // Nothing of the batch in flight stayed: the server holds exactly what the desk
        // recorded as pushed.
        ServerView after(pg);
        ASSERT_TRUE(after.ok());
        const qint64 recorded = pushedSeq(desk);
        EXPECT_EQ(after.highWater(desk), recorded);
        EXPECT_EQ(after.changesAbove(inc, recorded), 0) << "a killed push left rows behind";
    }

    // A free-running round, killed at a random moment after its first batch reached the server.
    void randomKill(int desk, Kill kill, std::mt19937& rng, LoopReport& report)
    {
        ServerView server(pg);
        ASSERT_TRUE(server.ok());
        const qint64 before = server.highWater(desk);
        if (outboxSeq(desk, pushedSeq(desk), 3 * kBatch) == 0)
            stress(desk, 60, report);
        auto sync = startSync(desk);
        ASSERT_TRUE(pollUntil([&] {
            return server.highWater(desk) > before || sync->state() == QProcess::NotRunning;
        }));
        QThread::msleep(std::uniform_int_distribution<int>(0, 40)(rng));
        if (sync->state() != QProcess::Running) {
            ++report.randomFinished;
            return;
        }
        if (kill == Kill::ReplicatorRandom) {
            killProcess(*sync);
            ++report.kills;
            ++report.randomReplicator;
        } else {
            ASSERT_GT(pg.kill(), 1) << qPrintable(pg.error());
            ++report.kills;
            ++report.randomServer;
            ASSERT_TRUE(sync->waitForFinished(120000));
            restartServer(report);
            if (HasFatalFailure())
                return;
        }
        // Whatever the moment: the desk never records more than the server committed.
        ServerView after(pg);
        ASSERT_TRUE(after.ok());
        EXPECT_LE(pushedSeq(desk), after.highWater(desk));
    }
};

TEST_F(SiteKillLoop, SixtyKillsOfReplicatorAndServerLoseAndDoubleNothing)
{
    LoopReport report;
    QElapsedTimer timer;
    timer.start();
    std::mt19937 rng(20211021);
    for (int desk : {1, 2}) {
        stress(desk, 150, report);
        ASSERT_FALSE(HasFatalFailure());
    }
    const int rounds = 6 * static_cast<int>(std::size(kCycle));
    for (int i = 0; i < rounds; ++i) {
        const int desk = 1 + i % 2;
        const Round& round = kCycle[i % std::size(kCycle)];
        if (round.kill == Kill::ReplicatorRandom || round.kill == Kill::ServerRandom)
            randomKill(desk, round.kill, rng, report);
        else
            midPush(desk, round, report);
        ASSERT_FALSE(HasFatalFailure()) << "round " << i;
        // Every fifth round, the other desk pulls what reached the server so far (its own
        // backlog stays for the next rounds to push).
        if (i % 5 == 4) {
            const CliRun pulled = run(3 - desk, QStringLiteral("site sync --once --pull-only"));
            ASSERT_EQ(pulled.code, 0) << qPrintable(pulled.dump());
        }
    }

    // A clean end: both desks sync until nothing moves.
    for (int desk : {1, 2, 1, 2}) {
        const CliRun s = sync(desk);
        ASSERT_EQ(s.code, 0) << qPrintable(s.dump());
    }
    const DeskState one = readDesk(paths[1]);
    const DeskState two = readDesk(paths[2]);
    ServerView server(pg);
    ASSERT_TRUE(server.ok());
    expectSameEverywhere(one, two, server);
    EXPECT_EQ(server.highWater(1), one.pushed);
    EXPECT_EQ(server.highWater(2), two.pushed);
    // Every dose vaxctl stress printed (after its commit) is on both desks and the server once.
    const qint64 serverDoses =
        server.number(QStringLiteral("SELECT count(*) FROM vaxsite.record WHERE tbl = 'dose'"));
    EXPECT_EQ(static_cast<qint64>(one.doses.size()), report.doses);
    EXPECT_EQ(serverDoses, report.doses);
    report.ms = timer.elapsed();

    // The kill points are met by construction: each mid-push round killed a push waiting at its
    // row, each after-commit round found its batch committed and unrecorded.
    EXPECT_GE(report.kills, 50);
    EXPECT_EQ(report.replicatorMidPush, 24);
    EXPECT_EQ(report.serverMidPush, 12);
    EXPECT_GE(report.afterCommit, 10) << "the desk's busy timeout (5 s) ran out before the kill";
    const qint64 rows = one.own.size() + two.own.size();
    std::printf(
        "site kill loop: %d kills (%d replicator mid-push, %d server mid-push, %d after "
        "commit, %d replicator random, %d server random; %d free runs finished first), "
        "%d server restarts, %lld doses from %d stress runs, %lld rows pushed, %lld on "
        "the server, %.1f s\n",
        report.kills, report.replicatorMidPush, report.serverMidPush, report.afterCommit,
        report.randomReplicator, report.randomServer, report.randomFinished, report.serverRestarts,
        static_cast<long long>(report.doses), report.stressRuns, static_cast<long long>(rows),
        static_cast<long long>(
            server.number(QStringLiteral("SELECT count(*) FROM vaxsite.record"))),
        static_cast<double>(report.ms) / 1000.0);
    std::fflush(stdout);
}

}  // namespace
