// A site administrator's review of the site's conflicts (docs/site.md 4, "Resolving a
// conflict") against a real PostgreSQL (label site): the pulled rows a desk could not apply are
// listed with the conflicts (service and `vaxctl site conflicts --json`); a double dose resolved
// at desk 1 is resolved on the server (schema 10) and at desk 2 after its sync, audited at desk 1;
// every refusal (no note, unknown number, server away, a role without the right, resolved
// twice) writes nothing on either side.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "security/permissions.h"
#include "sitesync/siteconflicts.h"
#include "twodesks.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

const QString kAdmin = QStringLiteral("admin-1");  // SiteAdmin at both desks (TwoDesks)
const QString kNote = QStringLiteral("both doses confirmed with the person; AEFI watch noted");

class SiteResolve : public TwoDesks {
protected:
    // A double dose raised on the server and read into both desks' copies: its number.
    qint64 raiseDoubleDose()
    {
        doubleDose();
        sync(one);
        sync(two);
        sync(one);
        auto open = SiteConflicts::open(*one.db);
        EXPECT_TRUE(open.ok());
        EXPECT_EQ(open.valueOr({}).size(), 1);
        return open.valueOr({}).value(0).id;
    }
    Result<SiteConflict> resolve(Desk& d, const QString& actor, qint64 id,
                                 const QString& note = kNote)
    {
        return SiteConflicts::resolve({*d.db, d.clock, actor}, d.secrets, id, note);
    }
    qint64 audits(Desk& d)
    {
        return d.number(
            QStringLiteral("SELECT count(*) FROM audit WHERE action = 'site.conflict_resolve'"));
    }
    qint64 serverResolved()
    {
        return server(QStringLiteral("SELECT count(*) FROM vaxsite.conflict WHERE resolved_at IS "
                                     "NOT NULL"))
            .toLongLong();
    }
    // What a refusal must leave: no audit row and an open copy at either desk, nothing resolved
    // on the server.
    void expectNothingWritten()
    {
        for (Desk* d : {&one, &two}) {
            EXPECT_EQ(audits(*d), 0);
            EXPECT_EQ(d->number(QStringLiteral(
                          "SELECT count(*) FROM site_conflict WHERE resolved_at IS NOT NULL")),
                      0);
        }
        EXPECT_EQ(serverResolved(), 0);
        EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.conflict_resolution")),
                  QStringLiteral("0"));
    }
};

TEST_F(SiteResolve, PendingRowsAreListedWithTheConflicts)
{
    receiveLot();
    pendingAtDeskTwo();
    ASSERT_FALSE(HasFatalFailure());
    sync(one);
    sync(two);
    auto listed = SiteConflicts::list(*two.db, false);
    ASSERT_TRUE(listed.ok()) << qPrintable(listed.error().message);
    ASSERT_EQ(listed->pending.size(), 3);
    EXPECT_EQ(listed->open, 0);
    EXPECT_TRUE(listed->readAt.has_value());
    QStringList tables;
    for (const PendingRow& p : listed->pending) {
        tables << p.table;
        EXPECT_EQ(p.desk, 1);
        EXPECT_FALSE(p.reason.isEmpty());
        EXPECT_GE(p.tries, 1);
    }
    tables.sort();
    EXPECT_EQ(tables, (QStringList{QStringLiteral("fridge"), QStringLiteral("lot"),
                                   QStringLiteral("stock_movement")}));

    const QJsonObject cli = deskCli(two, {QStringLiteral("site"), QStringLiteral("conflicts")});
    EXPECT_EQ(cli.value(QStringLiteral("open")).toInt(), 0);
    EXPECT_EQ(cli.value(QStringLiteral("conflicts")).toArray().size(), 0);
    EXPECT_EQ(cli.value(QStringLiteral("pending")).toInt(), 3);
    const QJsonArray rows = cli.value(QStringLiteral("pending_rows")).toArray();
    ASSERT_EQ(rows.size(), 3);
    bool sawFridge = false;
    for (const QJsonValue& v : rows) {
        const QJsonObject o = v.toObject();
        EXPECT_EQ(o.value(QStringLiteral("kind")).toString(), QStringLiteral("pending"));
        EXPECT_EQ(o.value(QStringLiteral("desk")).toInt(), 1);
        EXPECT_TRUE(o.value(QStringLiteral("since")).isString());
        EXPECT_GE(o.value(QStringLiteral("attempts")).toInt(), 1);
        if (o.value(QStringLiteral("table")).toString() == QLatin1String("fridge")) {
            sawFridge = true;
            EXPECT_EQ(o.value(QStringLiteral("row_id")).toString(),
                      QStringLiteral("fridge-desk-1-only"));
            EXPECT_TRUE(o.value(QStringLiteral("reason"))
                            .toString()
                            .contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive));
        }
    }
    EXPECT_TRUE(sawFridge);
    // The status counts them too (the key `pending`).
    auto st = SiteStatusService::local(*two.db, two.clock.nowUtc());
    ASSERT_TRUE(st.ok());
    EXPECT_EQ(st->pending, 3);
}

TEST_F(SiteResolve, AConflictResolvedAtDeskOneIsResolvedAtDeskTwoAfterItsSync)
{
    const qint64 id = raiseDoubleDose();
    ASSERT_GT(id, 0);
    auto resolved = resolve(one, kAdmin, id);
    ASSERT_TRUE(resolved.ok()) << qPrintable(resolved.error().message);
    EXPECT_EQ(resolved->id, id);
    ASSERT_TRUE(resolved->resolvedAt.has_value());
    ASSERT_TRUE(resolved->resolution.has_value());
    EXPECT_EQ(resolved->resolution->staffId, kAdmin);
    EXPECT_EQ(resolved->resolution->desk, 1);
    EXPECT_EQ(resolved->resolution->note, kNote);

    // On the server, once; at desk 1, its copy and its audit row.
    EXPECT_EQ(server(QStringLiteral("SELECT resolved_by || '/' || resolved_desk || '/' || "
                                    "resolution_note FROM vaxsite.conflict WHERE id = %1")
                         .arg(id)),
              kAdmin + QStringLiteral("/1/") + kNote);
    EXPECT_EQ(audits(one), 1);
    EXPECT_EQ(SiteConflicts::open(*one.db).valueOr({}).size(), 0);
    auto listedOne = SiteConflicts::list(*one.db, true);
    ASSERT_TRUE(listedOne.ok());
    ASSERT_EQ(listedOne->conflicts.size(), 1);
    EXPECT_EQ(listedOne->open, 0);
    ASSERT_TRUE(listedOne->conflicts.first().resolution.has_value());
    EXPECT_EQ(listedOne->conflicts.first().resolution->note, kNote);
    EXPECT_FALSE(listedOne->conflicts.first().detail.contains(QStringLiteral("resolution")))
        << "the detail stays the server's";

    // Desk 2 still has it open until it syncs; then it shows who resolved it, where and why.
    EXPECT_EQ(SiteConflicts::open(*two.db).valueOr({}).size(), 1);
    const SyncReport after = sync(two);
    EXPECT_EQ(after.openConflicts, 0);
    auto all = SiteConflicts::all(*two.db);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    const SiteConflict& seen = all->first();
    ASSERT_TRUE(seen.resolvedAt.has_value());
    ASSERT_TRUE(seen.resolution.has_value());
    EXPECT_EQ(seen.resolution->staffId, kAdmin);
    EXPECT_EQ(seen.resolution->desk, 1);
    EXPECT_EQ(seen.resolution->note, kNote);
    EXPECT_EQ(audits(two), 0) << "audited at the desk that resolved it";

    // `vaxctl site conflicts` lists open ones by default, resolved ones with --all.
    const QJsonObject open = deskCli(two, {QStringLiteral("site"), QStringLiteral("conflicts")});
    EXPECT_EQ(open.value(QStringLiteral("open")).toInt(), 0);
    EXPECT_EQ(open.value(QStringLiteral("conflicts")).toArray().size(), 0);
    const QJsonObject everything = deskCli(
        two, {QStringLiteral("site"), QStringLiteral("conflicts"), QStringLiteral("--all")});
    const QJsonArray list = everything.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(list.size(), 1);
    const QJsonObject c = list.first().toObject();
    EXPECT_TRUE(c.value(QStringLiteral("resolved_at")).isString());
    EXPECT_EQ(c.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("note")),
              kNote);

    // Found again by the server (both desks push everything again): it stays resolved.
    for (Desk* d : {&one, &two})
        ASSERT_TRUE(writeMeta(*d->db, QStringLiteral("site.pushed_seq"), QStringLiteral("0")).ok());
    sync(one);
    sync(two);
    sync(one);
    EXPECT_EQ(serverResolved(), 1);
    for (Desk* d : {&one, &two})
        EXPECT_EQ(SiteConflicts::open(*d->db).valueOr({}).size(), 0);
}

// Chosen: a second resolution is a clear error naming the first (who, where, when, the note),
// and changes nothing, so a second administrator's note is never dropped silently.
TEST_F(SiteResolve, ResolvingTwiceIsRefusedNamingTheFirstResolution)
{
    const qint64 id = raiseDoubleDose();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(resolve(one, kAdmin, id).ok());
    // Desk 2 has not synced: its copy still shows it open, the server says it is resolved.
    for (const bool synced : {false, true}) {
        SCOPED_TRACE(synced ? "after desk 2 synced" : "before desk 2 synced");
        if (synced)
            sync(two);
        const QString copyBefore =
            two.number(QStringLiteral("SELECT count(*) FROM site_conflict WHERE resolved_at "
                                      "IS NULL")) == 1
                ? QStringLiteral("open")
                : QStringLiteral("resolved");
        auto again = resolve(two, kAdmin, id, QStringLiteral("another note"));
        ASSERT_FALSE(again.ok());
        EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
        EXPECT_EQ(again.error().field, QStringLiteral("id"));
        EXPECT_TRUE(again.error().message.contains(kNote)) << qPrintable(again.error().message);
        EXPECT_TRUE(again.error().message.contains(QStringLiteral("desk 1")))
            << qPrintable(again.error().message);
        EXPECT_EQ(audits(two), 0);
        EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM site_conflict WHERE "
                                            "resolved_at IS NULL")) == 1
                      ? QStringLiteral("open")
                      : QStringLiteral("resolved"),
                  copyBefore);
    }
    EXPECT_EQ(server(QStringLiteral("SELECT resolution_note FROM vaxsite.conflict")), kNote);
    EXPECT_EQ(server(QStringLiteral("SELECT count(*) FROM vaxsite.conflict_resolution")),
              QStringLiteral("1"));
}

TEST_F(SiteResolve, EachRefusalWritesNothing)
{
    const qint64 id = raiseDoubleDose();
    ASSERT_GT(id, 0);
    {
        SCOPED_TRACE("without a note");
        for (const QString& note : {QString(), QStringLiteral("   ")}) {
            auto r = resolve(one, kAdmin, id, note);
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
            EXPECT_EQ(r.error().field, QStringLiteral("note"));
            EXPECT_TRUE(r.error().message.startsWith(QStringLiteral("Note")));
        }
        // `vaxctl site conflicts resolve` without --note: the same error as JSON, a non-zero
        // exit (it is refused before the keychain or the server is asked).
        int exitCode = 0;
        const QJsonObject cli = deskCli(one,
                                        {QStringLiteral("site"), QStringLiteral("conflicts"),
                                         QStringLiteral("resolve"), QStringLiteral("#%1").arg(id)},
                                        &exitCode);
        EXPECT_NE(exitCode, 0);
        const QJsonObject error = cli.value(QStringLiteral("error")).toObject();
        EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("note"))
            << QJsonDocument(cli).toJson().constData();
        expectNothingWritten();
    }
    {
        SCOPED_TRACE("an unknown number");
        auto r = resolve(one, kAdmin, id + 1000);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::NotFound);
        EXPECT_EQ(r.error().field, QStringLiteral("id"));
        expectNothingWritten();
    }
    {
        SCOPED_TRACE("every role without the right, a disabled and an unknown account");
        for (Role role : kAllRoles) {
            const QString staff = QStringLiteral("only-") + roleName(role);
            addStaff(*one.db, staff, Roles(role));
            if (allows(Roles(role), Permission::ResolveSiteConflicts)) {
                EXPECT_EQ(role, Role::SiteAdmin);
                continue;  // resolves it below, once the other refusals are checked
            }
            auto r = resolve(one, staff, id);
            ASSERT_FALSE(r.ok()) << qPrintable(staff);
            EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied);
            EXPECT_EQ(r.error().field, QStringLiteral("actor"));
        }
        addStaff(*one.db, QStringLiteral("disabled"), Roles(Role::SiteAdmin));
        ASSERT_TRUE(one.db
                        ->exec(QStringLiteral("UPDATE staff SET disabled = 1 WHERE id = "
                                              "'disabled'"))
                        .ok());
        for (const QString& staff : {QStringLiteral("disabled"), QStringLiteral("nobody")}) {
            auto r = resolve(one, staff, id);
            ASSERT_FALSE(r.ok());
            EXPECT_EQ(r.error().code, ErrorCode::PermissionDenied);
        }
        expectNothingWritten();
    }
    {
        SCOPED_TRACE("the server away");
        ASSERT_TRUE(pg.stop());
        auto r = resolve(one, kAdmin, id);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::SiteUnreachable);
        EXPECT_EQ(r.error().field, QStringLiteral("server"));
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("every desk agrees")))
            << qPrintable(r.error().message);
        EXPECT_EQ(audits(one), 0);
        ASSERT_TRUE(pg.start());
        expectNothingWritten();
    }
    // The site administrator it was all waiting for.
    auto r = resolve(one, QStringLiteral("only-") + roleName(Role::SiteAdmin), id);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(serverResolved(), 1);
    EXPECT_EQ(audits(one), 1);
}

}  // namespace
