// vaxctl site-server init, site join, site status and site sync: the real vaxctl binary against a
// real PostgreSQL (label site), with the desk's password in a real keychain: CTest runs this under
// a private D-Bus session with gnome-keyring unlocked (tests/site/CMakeLists.txt), as
// keychain_roundtrip_gnome_keyring does.
#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include "sitefixture.h"

using namespace vax::test;

namespace {

// With --password-stdin the first line is the acting user's password, also on a training
// database (its demo administrator here); the desk's password follows.
const QString kDemo = QStringLiteral("demo-vaxpoint\n");

struct Ran {
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const
    {
        return QJsonDocument::fromJson(out.section(QLatin1Char('\n'), 0, 0).toUtf8()).object();
    }
    QString errorCode() const
    {
        return json()
            .value(QStringLiteral("error"))
            .toObject()
            .value(QStringLiteral("code"))
            .toString();
    }
    QString dump() const { return out + err; }
};

class SiteCli : public SiteServerTest {
protected:
    // The real vaxctl with --json; `input` goes to standard input.
    Ran vaxctl(const QStringList& args, const QString& input = {})
    {
        QProcess p;
        p.setProcessEnvironment(siteProcessEnvironment());
        p.start(QStringLiteral(VAXCTL_PATH), args + QStringList{QStringLiteral("--json")});
        p.write(input.toUtf8());
        p.closeWriteChannel();
        Ran r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    // A desk database of site T-1 (training) in its own folder.
    QString newDesk()
    {
        const QString path = dir.filePath(QStringLiteral("desk-%1.sqlite").arg(++deskDbs));
        const Ran init = vaxctl(
            {QStringLiteral("init"), QStringLiteral("--site-code"), QStringLiteral("T-1"),
             QStringLiteral("--site-name"), QStringLiteral("T"), QStringLiteral("--district"),
             QStringLiteral("D"), QStringLiteral("--training"), QStringLiteral("--db"), path});
        EXPECT_EQ(init.code, 0) << qPrintable(init.dump());
        return path;
    }
    // The password init made for the first desk it created.
    static QString firstDeskPassword(const Ran& init)
    {
        return init.json()
            .value(QStringLiteral("desks_created"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("password"))
            .toString();
    }

    Ran serverInit(int deskCount)
    {
        return vaxctl({QStringLiteral("site-server"), QStringLiteral("init"),
                       QStringLiteral("--server"), ownerUrl(), QStringLiteral("--site-code"),
                       QStringLiteral("T-1"), QStringLiteral("--desks"), QString::number(deskCount),
                       QStringLiteral("--password-stdin")},
                      kOwnerPassword + QLatin1Char('\n'));
    }
    Ran join(const QString& db, int desk, const QString& password)
    {
        return vaxctl({QStringLiteral("site"), QStringLiteral("join"), QStringLiteral("--server"),
                       deskUrl(), QStringLiteral("--desk"), QString::number(desk),
                       QStringLiteral("--password-stdin"), QStringLiteral("--db"), db},
                      kDemo + password + QLatin1Char('\n'));
    }
    Ran sync(const QString& db)
    {
        return vaxctl({QStringLiteral("site"), QStringLiteral("sync"), QStringLiteral("--once"),
                       QStringLiteral("--db"), db});
    }
    Ran status(const QString& db)
    {
        return vaxctl(
            {QStringLiteral("site"), QStringLiteral("status"), QStringLiteral("--db"), db});
    }
    QTemporaryDir dir;
    int deskDbs = 0;
};

TEST_F(SiteCli, InitPrintsTheDesksOnceAndIsHarmlessToRepeat)
{
    const Ran first = serverInit(2);
    ASSERT_EQ(first.code, 0) << qPrintable(first.dump());
    const QJsonObject j = first.json();
    EXPECT_EQ(j.value(QStringLiteral("site_code")).toString(), QStringLiteral("T-1"));
    EXPECT_EQ(j.value(QStringLiteral("schema_before")).toInt(), 0);
    EXPECT_EQ(j.value(QStringLiteral("schema")).toInt(), vax::sitesync::latestServerSchema());
    const QJsonArray created = j.value(QStringLiteral("desks_created")).toArray();
    ASSERT_EQ(created.size(), 2);
    EXPECT_EQ(created.at(1).toObject().value(QStringLiteral("role")).toString(),
              QStringLiteral("vaxpoint_site_desk_2"));
    EXPECT_FALSE(created.at(0).toObject().value(QStringLiteral("password")).toString().isEmpty());
    const QJsonObject tls = j.value(QStringLiteral("tls")).toObject();
    EXPECT_TRUE(tls.value(QStringLiteral("server")).toBool());
    EXPECT_FALSE(tls.value(QStringLiteral("notes")).toString().isEmpty());
    EXPECT_TRUE(
        j.value(QStringLiteral("desk_url")).toString().startsWith(QStringLiteral("postgresql://")));

    const Ran again = serverInit(2);
    ASSERT_EQ(again.code, 0) << qPrintable(again.dump());
    EXPECT_TRUE(again.json().value(QStringLiteral("desks_created")).toArray().isEmpty());
    EXPECT_EQ(again.json().value(QStringLiteral("desks_existing")).toArray().size(), 2);
    EXPECT_TRUE(again.json().value(QStringLiteral("applied")).toArray().isEmpty());
}

TEST_F(SiteCli, ADeskJoinsAndReportsItsStatusThenTheServerGoesAway)
{
    const Ran init = serverInit(2);
    ASSERT_EQ(init.code, 0) << qPrintable(init.dump());
    const QString password = firstDeskPassword(init);
    const QString db = newDesk();

    const Ran alone = status(db);
    ASSERT_EQ(alone.code, 0) << qPrintable(alone.dump());
    EXPECT_FALSE(alone.json().value(QStringLiteral("joined")).toBool());

    const Ran wrong = join(db, 1, QStringLiteral("wrong-password"));
    EXPECT_EQ(wrong.code, 1);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("site.login_failed")) << qPrintable(wrong.dump());

    const Ran joined = join(db, 1, password);
    ASSERT_EQ(joined.code, 0) << qPrintable(joined.dump());
    EXPECT_EQ(joined.json().value(QStringLiteral("desk")).toInt(), 1);
    EXPECT_FALSE(joined.out.contains(password)) << "the password is never printed back";

    const Ran online = status(db);
    ASSERT_EQ(online.code, 0) << qPrintable(online.dump());
    const QJsonObject s = online.json();
    for (const char* key :
         {"joined", "server", "desk", "site_code", "reachable", "unreachable_since", "last_contact",
          "backlog", "pushed_seq", "desks", "desks_as_of", "open_conflicts", "checked_at"})
        EXPECT_TRUE(s.contains(QLatin1String(key))) << key << ": " << qPrintable(online.out);
    EXPECT_TRUE(s.value(QStringLiteral("reachable")).toBool()) << qPrintable(online.out);
    EXPECT_TRUE(s.value(QStringLiteral("unreachable_since")).isNull());
    EXPECT_GT(s.value(QStringLiteral("backlog")).toInt(), 0) << "the training site's records";
    EXPECT_EQ(s.value(QStringLiteral("open_conflicts")).toInt(), 0);
    const QJsonArray desksSeen = s.value(QStringLiteral("desks")).toArray();
    ASSERT_EQ(desksSeen.size(), 2);
    EXPECT_TRUE(desksSeen.at(0).toObject().value(QStringLiteral("joined_at")).isString());
    EXPECT_TRUE(desksSeen.at(1).toObject().value(QStringLiteral("joined_at")).isNull());
    for (const QString& key : {QStringLiteral("last_push_at"), QStringLiteral("last_pull_at"),
                               QStringLiteral("high_water")})
        EXPECT_TRUE(desksSeen.at(0).toObject().contains(key)) << qPrintable(key);

    ASSERT_TRUE(pg.stop());
    const Ran offline = status(db);
    ASSERT_EQ(offline.code, 0) << qPrintable(offline.dump());
    const QJsonObject o = offline.json();
    EXPECT_FALSE(o.value(QStringLiteral("reachable")).toBool());
    EXPECT_TRUE(o.value(QStringLiteral("unreachable_since")).isString());
    EXPECT_EQ(
        o.value(QStringLiteral("problem")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("site.unreachable"));
    EXPECT_EQ(o.value(QStringLiteral("desks")).toArray().size(), 2) << "as last seen";
}

// `vaxctl site conflicts resolve` on a joined desk (its password in the real keychain): resolved on
// the server and listed with --all; a second time refused, naming the first; with the server away
// refused, nothing written (docs/site.md 4, "A site administrator resolves a conflict").
TEST_F(SiteCli, ConflictsResolveResolvesOnTheServerOnceAndNeverOffline)
{
    const Ran init = serverInit(1);
    ASSERT_EQ(init.code, 0) << qPrintable(init.dump());
    const QString db = newDesk();
    const Ran joined = join(db, 1, firstDeskPassword(init));
    ASSERT_EQ(joined.code, 0) << qPrintable(joined.dump());
    const auto raise = [this] {
        return pg.value(kSiteDb,
                        QStringLiteral("INSERT INTO vaxsite.conflict(kind, tbl, row_id, desk_no, "
                                       "detail) VALUES ('foreign_owner', 'dose', 'dose-x', 1, "
                                       "'{\"owner\": 2}') RETURNING id"));
    };
    const QString id = raise();
    ASSERT_FALSE(id.isEmpty());
    const QString note = QStringLiteral("checked with desk 2: its correction stands aside");
    const auto resolve = [&](const QString& which) {
        return vaxctl({QStringLiteral("site"), QStringLiteral("conflicts"),
                       QStringLiteral("resolve"), which, QStringLiteral("--note"), note,
                       QStringLiteral("--db"), db});
    };
    const Ran resolved = resolve(id);
    ASSERT_EQ(resolved.code, 0) << qPrintable(resolved.dump());
    const QJsonObject r = resolved.json();
    EXPECT_EQ(QString::number(r.value(QStringLiteral("id")).toInteger()), id);
    EXPECT_TRUE(r.value(QStringLiteral("resolved_at")).isString());
    EXPECT_EQ(r.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("note")), note);
    EXPECT_EQ(
        pg.value(kSiteDb,
                 QStringLiteral("SELECT resolution_note FROM vaxsite.conflict WHERE id = ") + id),
        note);

    const Ran again = resolve(id);
    EXPECT_EQ(again.code, 1);
    EXPECT_EQ(again.errorCode(), QStringLiteral("already_exists")) << qPrintable(again.dump());
    const Ran listed = vaxctl({QStringLiteral("site"), QStringLiteral("conflicts"),
                               QStringLiteral("--all"), QStringLiteral("--db"), db});
    ASSERT_EQ(listed.code, 0) << qPrintable(listed.dump());
    EXPECT_EQ(listed.json().value(QStringLiteral("open")).toInt(), 0);
    EXPECT_EQ(listed.json().value(QStringLiteral("conflicts")).toArray().size(), 1);

    const QString other = raise();
    ASSERT_TRUE(pg.stop());
    const Ran offline = resolve(other);
    EXPECT_EQ(offline.code, 1);
    EXPECT_EQ(offline.errorCode(), QStringLiteral("site.unreachable"))
        << qPrintable(offline.dump());
    ASSERT_TRUE(pg.start());
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.conflict WHERE "
                                               "resolved_at IS NOT NULL")),
              QStringLiteral("1"));
}

TEST_F(SiteCli, JoinRefusalsAreErrorsWithTheirCodes)
{
    ASSERT_EQ(serverInit(1).code, 0);
    const QString db = newDesk();
    const Ran noPassword = vaxctl({QStringLiteral("site"), QStringLiteral("join"),
                                   QStringLiteral("--server"), deskUrl(), QStringLiteral("--desk"),
                                   QStringLiteral("1"), QStringLiteral("--db"), db});
    EXPECT_EQ(noPassword.code, 1);
    EXPECT_EQ(noPassword.errorCode(), QStringLiteral("invalid_argument"))
        << qPrintable(noPassword.dump());
    const Ran badUrl =
        vaxctl({QStringLiteral("site"), QStringLiteral("join"), QStringLiteral("--server"),
                QStringLiteral("http://host/db"), QStringLiteral("--desk"), QStringLiteral("1"),
                QStringLiteral("--password-stdin"), QStringLiteral("--db"), db},
               kDemo + QStringLiteral("x\n"));
    EXPECT_EQ(badUrl.code, 1);
    EXPECT_EQ(badUrl.errorCode(), QStringLiteral("invalid_argument")) << qPrintable(badUrl.dump());
    const Ran noDesk = vaxctl({QStringLiteral("site"), QStringLiteral("join"),
                               QStringLiteral("--server"), deskUrl(), QStringLiteral("--db"), db},
                              kDemo + QStringLiteral("x\n"));
    EXPECT_NE(noDesk.code, 0);
    EXPECT_FALSE(noDesk.errorCode().isEmpty()) << qPrintable(noDesk.dump());
}

TEST_F(SiteCli, SyncOncePushesTheBacklogAndReportsItAsJson)
{
    const Ran init = serverInit(2);
    ASSERT_EQ(init.code, 0) << qPrintable(init.dump());
    const QString password = firstDeskPassword(init);
    const QString db = newDesk();
    const Ran alone = sync(db);
    EXPECT_EQ(alone.code, 1);
    EXPECT_EQ(alone.errorCode(), QStringLiteral("site.not_joined")) << qPrintable(alone.dump());

    ASSERT_EQ(join(db, 1, password).code, 0);
    const Ran before = status(db);
    const int backlog = before.json().value(QStringLiteral("backlog")).toInt();
    ASSERT_GT(backlog, 0) << "the training site's records";

    const Ran first = sync(db);
    ASSERT_EQ(first.code, 0) << qPrintable(first.dump());
    const QJsonObject j = first.json();
    for (const char* key :
         {"server", "desk", "started_at", "pushed", "pulled", "backlog", "pending"})
        EXPECT_TRUE(j.contains(QLatin1String(key))) << key << ": " << qPrintable(first.out);
    EXPECT_EQ(j.value(QStringLiteral("desk")).toInt(), 1);
    const QJsonObject pushed = j.value(QStringLiteral("pushed")).toObject();
    EXPECT_EQ(pushed.value(QStringLiteral("rows")).toInt(), backlog);
    EXPECT_GT(pushed.value(QStringLiteral("pushed_seq")).toInt(), 0);
    EXPECT_EQ(j.value(QStringLiteral("pulled")).toObject().value(QStringLiteral("rows")).toInt(),
              0);
    EXPECT_EQ(j.value(QStringLiteral("backlog")).toInt(), 0);
    EXPECT_EQ(j.value(QStringLiteral("pending")).toInt(), 0);
    EXPECT_EQ(status(db).json().value(QStringLiteral("pending")).toInt(), 0);
    EXPECT_EQ(pg.value(kSiteDb, QStringLiteral("SELECT count(*) FROM vaxsite.change")),
              QString::number(backlog));

    const Ran again = sync(db);
    ASSERT_EQ(again.code, 0) << qPrintable(again.dump());
    EXPECT_EQ(again.json()
                  .value(QStringLiteral("pushed"))
                  .toObject()
                  .value(QStringLiteral("rows"))
                  .toInt(),
              0);
    EXPECT_EQ(status(db).json().value(QStringLiteral("backlog")).toInt(), 0);

    // Without --once: a round, a pause, … until SIGTERM, which ends it cleanly.
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("VAXPOINT_SITE_PASSWORD"));
    QProcess loop;
    loop.setProcessEnvironment(e);
    loop.start(QStringLiteral(VAXCTL_PATH),
               {QStringLiteral("site"), QStringLiteral("sync"), QStringLiteral("--interval"),
                QStringLiteral("1"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    ASSERT_TRUE(loop.waitForStarted(60000));
    while (!loop.canReadLine() && loop.state() == QProcess::Running)
        loop.waitForReadyRead(1000);
    const QJsonObject round = QJsonDocument::fromJson(loop.readLine().trimmed()).object();
    EXPECT_TRUE(round.contains(QStringLiteral("pushed")))
        << qPrintable(QString::fromUtf8(loop.readAllStandardError()));
    loop.terminate();
    ASSERT_TRUE(loop.waitForFinished(60000));
    EXPECT_EQ(loop.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(loop.exitCode(), 0) << qPrintable(QString::fromUtf8(loop.readAllStandardError()));
}

// --listen: the pause between rounds ends when another desk pushes (LISTEN/NOTIFY). With an
// hour between rounds, a second round can only come from the wake-up.
TEST_F(SiteCli, SyncWithListenRunsARoundWhenAnotherDeskPushes)
{
    const Ran init = serverInit(2);
    ASSERT_EQ(init.code, 0) << qPrintable(init.dump());
    const QJsonArray created = init.json().value(QStringLiteral("desks_created")).toArray();
    ASSERT_EQ(created.size(), 2);
    const QString one = newDesk();
    const QString two = newDesk();
    ASSERT_EQ(
        join(one, 1, created.at(0).toObject().value(QStringLiteral("password")).toString()).code,
        0);
    ASSERT_EQ(
        join(two, 2, created.at(1).toObject().value(QStringLiteral("password")).toString()).code,
        0);

    QProcess loop;
    loop.setProcessEnvironment(siteProcessEnvironment());
    loop.start(QStringLiteral(VAXCTL_PATH),
               {QStringLiteral("site"), QStringLiteral("sync"), QStringLiteral("--listen"),
                QStringLiteral("--interval"), QStringLiteral("3600"), QStringLiteral("--db"), two,
                QStringLiteral("--json")});
    ASSERT_TRUE(loop.waitForStarted(60000));
    // Reads the next round that synced: a round that failed (on a loaded machine a connection
    // can time out) is a warning, and the next wake-up (the listener's, or its 10 s poll while it
    // cannot listen) tries again. Empty when the process ended or after three minutes without.
    const auto nextRound = [&loop] {
        QElapsedTimer waited;
        waited.start();
        while (loop.state() == QProcess::Running && waited.elapsed() < 180000) {
            if (!loop.canReadLine()) {
                loop.waitForReadyRead(1000);
                continue;
            }
            const QJsonObject r = QJsonDocument::fromJson(loop.readLine().trimmed()).object();
            if (r.contains(QStringLiteral("pulled")))
                return r;
        }
        return QJsonObject();
    };
    // The first round, then the listener's catch-up round once it has subscribed.
    ASSERT_TRUE(nextRound().contains(QStringLiteral("pulled")))
        << qPrintable(QString::fromUtf8(loop.readAllStandardError()));
    ASSERT_TRUE(nextRound().contains(QStringLiteral("pulled")))
        << qPrintable(QString::fromUtf8(loop.readAllStandardError()));

    // Desk 1 pushes its training records: desk 2 pulls them in a round the push woke.
    const Ran pushed = sync(one);
    ASSERT_EQ(pushed.code, 0) << qPrintable(pushed.dump());
    const int rows = pushed.json()
                         .value(QStringLiteral("pushed"))
                         .toObject()
                         .value(QStringLiteral("rows"))
                         .toInt();
    ASSERT_GT(rows, 0);
    qint64 pulled = 0;
    for (int round = 0; round < 5 && pulled < rows; ++round) {
        const QJsonObject r = nextRound();
        if (r.isEmpty())
            break;
        pulled +=
            r.value(QStringLiteral("pulled")).toObject().value(QStringLiteral("rows")).toInteger();
    }
    EXPECT_EQ(pulled, rows) << qPrintable(QString::fromUtf8(loop.readAllStandardError()));
    loop.terminate();
    ASSERT_TRUE(loop.waitForFinished(60000));
    EXPECT_EQ(loop.exitCode(), 0) << qPrintable(QString::fromUtf8(loop.readAllStandardError()));
}

TEST_F(SiteCli, SiteCloseNamesTheDeskNotPushedThenClosesOnceAsJson)
{
    const Ran init = serverInit(2);
    ASSERT_EQ(init.code, 0) << qPrintable(init.dump());
    const QJsonArray made = init.json().value(QStringLiteral("desks_created")).toArray();
    ASSERT_EQ(made.size(), 2);
    const QString one = newDesk();
    const QString two = newDesk();
    for (auto [db, n] : {std::pair{one, 0}, std::pair{two, 1}})
        ASSERT_EQ(
            join(db, n + 1, made.at(n).toObject().value(QStringLiteral("password")).toString())
                .code,
            0);
    ASSERT_EQ(sync(one).code, 0);
    // Desk 2 reaches the server without pushing its records.
    const Ran pulled =
        vaxctl({QStringLiteral("site"), QStringLiteral("sync"), QStringLiteral("--once"),
                QStringLiteral("--pull-only"), QStringLiteral("--db"), two});
    ASSERT_EQ(pulled.code, 0) << qPrintable(pulled.dump());
    const QString out = dir.filePath(QStringLiteral("usb"));
    ASSERT_TRUE(QDir().mkpath(out));
    const auto close = [&](const QString& db) {
        return vaxctl({QStringLiteral("site"), QStringLiteral("close"), QStringLiteral("--date"),
                       QStringLiteral("2026-01-15"), QStringLiteral("--out"), out,
                       QStringLiteral("--password-stdin"), QStringLiteral("--db"), db},
                      kDemo);
    };
    const Ran refused = close(one);
    EXPECT_EQ(refused.code, 1) << qPrintable(refused.dump());
    EXPECT_EQ(refused.errorCode(), QStringLiteral("stock.reason_required"));
    const QJsonArray seen = refused.json()
                                .value(QStringLiteral("error"))
                                .toObject()
                                .value(QStringLiteral("desks"))
                                .toArray();
    ASSERT_EQ(seen.size(), 2) << qPrintable(refused.out);
    EXPECT_TRUE(seen.at(0).toObject().value(QStringLiteral("pushed")).toBool());
    EXPECT_FALSE(seen.at(1).toObject().value(QStringLiteral("pushed")).toBool());
    EXPECT_GT(seen.at(1).toObject().value(QStringLiteral("waiting")).toInt(), 0);

    ASSERT_EQ(sync(two).code, 0);
    const Ran closed = close(one);
    ASSERT_EQ(closed.code, 0) << qPrintable(closed.dump());
    const QJsonObject j = closed.json();
    EXPECT_TRUE(QFileInfo::exists(j.value(QStringLiteral("path")).toString()));
    EXPECT_FALSE(j.value(QStringLiteral("forced")).toBool(true));
    EXPECT_FALSE(j.value(QStringLiteral("follow_up")).toBool(true));
    EXPECT_EQ(j.value(QStringLiteral("desks")).toArray().size(), 2);
    EXPECT_TRUE(j.value(QStringLiteral("file")).toString().contains(QStringLiteral("20260115")));

    const Ran twice = close(two);
    EXPECT_EQ(twice.code, 1);
    EXPECT_EQ(twice.errorCode(), QStringLiteral("already_exists")) << qPrintable(twice.dump());
}

TEST_F(SiteCli, DeskPasswordMakesANewOneThatTheDeskKeepsWithSitePassword)
{
    const Ran init = serverInit(1);
    ASSERT_EQ(init.code, 0) << qPrintable(init.dump());
    const QString db = newDesk();
    ASSERT_EQ(join(db, 1, firstDeskPassword(init)).code, 0);
    ASSERT_EQ(sync(db).code, 0);

    auto deskPassword = [&](int desk) {
        return vaxctl({QStringLiteral("site-server"), QStringLiteral("desk-password"),
                       QStringLiteral("--server"), ownerUrl(), QStringLiteral("--desk"),
                       QString::number(desk), QStringLiteral("--password-stdin")},
                      kOwnerPassword + QLatin1Char('\n'));
    };
    auto sitePassword = [&](const QString& password) {
        return vaxctl({QStringLiteral("site"), QStringLiteral("password"),
                       QStringLiteral("--password-stdin"), QStringLiteral("--db"), db},
                      kDemo + password + QLatin1Char('\n'));
    };
    const Ran made = deskPassword(1);
    ASSERT_EQ(made.code, 0) << qPrintable(made.dump());
    const QJsonObject m = made.json();
    EXPECT_EQ(m.value(QStringLiteral("desk")).toInt(), 1);
    EXPECT_EQ(m.value(QStringLiteral("role")).toString(), QStringLiteral("vaxpoint_site_desk_1"));
    const QString password = m.value(QStringLiteral("password")).toString();
    ASSERT_FALSE(password.isEmpty());
    EXPECT_NE(password, firstDeskPassword(init));

    // The old password in the keychain stops working.
    const Ran old = sync(db);
    EXPECT_EQ(old.code, 1);
    EXPECT_EQ(old.errorCode(), QStringLiteral("site.login_failed")) << qPrintable(old.dump());

    // A wrong new one is refused and not kept: the next sync still fails the same way.
    const Ran wrong = sitePassword(QStringLiteral("not-the-new-one"));
    EXPECT_EQ(wrong.code, 1);
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("site.login_failed")) << qPrintable(wrong.dump());
    EXPECT_EQ(sync(db).errorCode(), QStringLiteral("site.login_failed"));

    const Ran kept = sitePassword(password);
    ASSERT_EQ(kept.code, 0) << qPrintable(kept.dump());
    EXPECT_EQ(kept.json().value(QStringLiteral("desk")).toInt(), 1);
    EXPECT_FALSE(kept.out.contains(password)) << "the password is never printed back";
    const Ran again = sync(db);
    EXPECT_EQ(again.code, 0) << qPrintable(again.dump());

    // An unknown desk: refused, naming the fix.
    const Ran unknown = deskPassword(4);
    EXPECT_EQ(unknown.code, 1);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("not_found")) << qPrintable(unknown.dump());
    EXPECT_TRUE(unknown.out.contains(QStringLiteral("--desks 4"))) << qPrintable(unknown.dump());
}

}  // namespace
