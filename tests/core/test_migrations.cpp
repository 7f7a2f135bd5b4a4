// Numbered migrations: every earlier schema upgrades to the newest one, keeps its data, ends up
// with exactly the schema of a fresh database, is backed up first, and a failed step changes
// nothing.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include "storage/backup.h"
#include "storage/database.h"
#include "storage/meta.h"
#include "storage/migrations.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::RawSqlite;
using vax::test::TempDb;

namespace {

// type|name|tbl_name|sql of every schema object, with whitespace collapsed, in a stable order.
QStringList normalisedSchema(const QString& path)
{
    RawSqlite raw(path);
    QStringList schema;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QStringList& row : raw.table(
             QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                            "ORDER BY type, name"))) {
        QStringList cols = row;
        cols[3] = cols[3].replace(spaces, QStringLiteral(" ")).trimmed();
        schema << cols.join(QLatin1Char('|'));
    }
    return schema;
}

QStringList freshSchema()
{
    TempDb fresh;
    {
        auto db = fresh.open();
    }
    return normalisedSchema(fresh.path());
}

// Puts a little data into a database at schema `version`, as far as that schema allows.
void seed(Database& db, int version)
{
    if (version >= 1) {
        ASSERT_TRUE(writeMeta(db, QStringLiteral("probe"), QStringLiteral("v%1").arg(version)));
        auto site =
            db.exec(QStringLiteral("INSERT INTO site(id, uuid, code, name, district, "
                                   "training, created_at) VALUES(1, 'u-1', 'MIG-1', "
                                   "'Migration site', 'D', 1, '2021-06-01T01:00:00Z')"));
        ASSERT_TRUE(site.ok()) << qPrintable(site.error().message);
    }
    if (version >= 2) {
        auto fridge =
            db.exec(QStringLiteral("INSERT INTO fridge(id, name, created_at) "
                                   "VALUES('f-1', 'Probe fridge', "
                                   "'2021-06-01T01:00:00Z')"));
        ASSERT_TRUE(fridge.ok()) << qPrintable(fridge.error().message);
    }
}

void expectSeeded(Database& db, int version)
{
    if (version >= 1) {
        auto probe = readMeta(db, QStringLiteral("probe"));
        ASSERT_TRUE(probe.ok());
        EXPECT_EQ(*probe, QStringLiteral("v%1").arg(version));
        auto code = db.exec(QStringLiteral("SELECT code FROM site WHERE id = 1"));
        ASSERT_TRUE(code.ok());
        EXPECT_EQ(code->scalar().toString(), QStringLiteral("MIG-1"));
    }
    if (version >= 2) {
        auto fridge = db.exec(QStringLiteral("SELECT name FROM fridge WHERE id = 'f-1'"));
        ASSERT_TRUE(fridge.ok());
        EXPECT_EQ(fridge->scalar().toString(), QStringLiteral("Probe fridge"));
    }
}

Result<std::unique_ptr<Database>> reopen(const QString& path)
{
    OpenOptions options;
    options.path = path;
    return Database::open(options);
}

}  // namespace

TEST(Migrations, NumberedWithoutGapsFromOne)
{
    const auto& all = migrations();
    ASSERT_FALSE(all.empty());
    EXPECT_EQ(Database::latestSchemaVersion(), static_cast<int>(all.size()));
    for (size_t i = 0; i < all.size(); ++i) {
        EXPECT_EQ(all[i].version, static_cast<int>(i) + 1) << qPrintable(all[i].name);
        EXPECT_FALSE(all[i].sql.trimmed().isEmpty()) << qPrintable(all[i].name);
    }
}

TEST(Migrations, FreshDatabaseIsAtTheNewestSchema)
{
    TempDb tmp;
    auto db = tmp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    db.reset();
    RawSqlite raw(tmp.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(),
              Database::latestSchemaVersion());
}

TEST(Migrations, EveryEarlierVersionUpgradesToTheFreshSchemaKeepingData)
{
    const QStringList expectedSchema = freshSchema();
    ASSERT_FALSE(expectedSchema.isEmpty());
    const int latest = Database::latestSchemaVersion();
    for (int v = 0; v < latest; ++v) {
        SCOPED_TRACE(testing::Message() << "from schema " << v);
        TempDb tmp;
        if (v == 0) {
            // An empty SQLite file: valid, no schema, user_version 0.
            RawSqlite raw(tmp.path(), /*create=*/true);
            raw.mustExec(QStringLiteral("CREATE TABLE scratch(x); DROP TABLE scratch;"));
        } else {
            auto db = tmp.open(v);
            ASSERT_TRUE(db);
            ASSERT_EQ(db->schemaVersion(), v);
            seed(*db, v);
        }
        {
            RawSqlite raw(tmp.path());
            ASSERT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), v);
        }

        auto db = reopen(tmp.path());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
        EXPECT_EQ((*db)->schemaVersion(), latest);
        expectSeeded(**db, v);
        {
            auto uv = (*db)->exec(QStringLiteral("PRAGMA user_version"));
            ASSERT_TRUE(uv.ok());
            EXPECT_EQ(uv->scalar().toInt(), latest);
        }
        db->reset();

        EXPECT_EQ(normalisedSchema(tmp.path()), expectedSchema);

        const QStringList backups = listBackups(tmp.dir() + QStringLiteral("/backups"));
        if (v >= 1) {
            ASSERT_EQ(backups.size(), 1) << qPrintable(backups.join(QLatin1Char(' ')));
            EXPECT_TRUE(backups.first().contains(QStringLiteral("pre-migration-v%1").arg(v)))
                << qPrintable(backups.first());
            // The backup holds the database as it was before the upgrade.
            RawSqlite backup(backups.first());
            EXPECT_EQ(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), v);
            EXPECT_EQ(backup.scalar(QStringLiteral("SELECT value FROM meta WHERE key='probe'")),
                      QStringLiteral("v%1").arg(v));
        } else {
            EXPECT_TRUE(backups.isEmpty()) << "an empty file has nothing to back up";
        }
    }
}

TEST(Migrations, OlderSchemaWithoutMigrateIsAnError)
{
    ASSERT_GE(Database::latestSchemaVersion(), 2) << "these tests need two schema versions";
    TempDb tmp;
    {
        ASSERT_TRUE(tmp.open(1));
    }
    OpenOptions options;
    options.path = tmp.path();
    options.migrate = false;
    auto db = Database::open(options);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbMigrationFailed);
    RawSqlite raw(tmp.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

TEST(Migrations, FailedMigrationLeavesTheEarlierVersionUntouched)
{
    ASSERT_GE(Database::latestSchemaVersion(), 2) << "these tests need two schema versions";
    // Migration 2 creates catalog, fridge, lot, stock_movement in that order: a clash on the
    // first table fails at once; a clash on the last proves the earlier tables roll back too.
    for (const QString& clash : {QStringLiteral("catalog"), QStringLiteral("stock_movement")}) {
        SCOPED_TRACE(qPrintable(clash));
        TempDb tmp;
        {
            auto db = tmp.open(1);
            ASSERT_TRUE(db);
            ASSERT_TRUE(writeMeta(*db, QStringLiteral("probe"), QStringLiteral("kept")));
        }
        {
            RawSqlite raw(tmp.path());
            raw.mustExec(QStringLiteral("CREATE TABLE %1(x)").arg(clash));
        }
        const QStringList before = normalisedSchema(tmp.path());

        auto db = reopen(tmp.path());
        ASSERT_FALSE(db.ok());
        EXPECT_EQ(db.error().code, ErrorCode::DbMigrationFailed);
        EXPECT_TRUE(db.error().message.contains(QLatin1String("schema 1")))
            << qPrintable(db.error().message);

        RawSqlite raw(tmp.path());
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
        EXPECT_EQ(normalisedSchema(tmp.path()), before);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key='probe'")),
                  QStringLiteral("kept"));
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                            "('fridge', 'lot')"))
                      .toInt(),
                  0);
    }
}

namespace {

// A person, a visit of theirs and its consent at schema 19, written as that schema's writers
// did (the change-log triggers number them); the visit's change_seq.
QString seedVisitAtSchema19(Database& db)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO person(id, name, birth_date, created_at, created_by) VALUES "
                       "('p-1', 'Visit kept', '1980-01-01', '2021-06-01T01:00:00Z', 's-1')"),
        QStringLiteral("INSERT INTO visit(id, person_id, visit_date, queue_number, temperature_c, "
                       "screening_version, screening, screening_outcome, checked_in_at, "
                       "checked_in_by) VALUES ('v-1', 'p-1', '2021-06-01', 10001, 36.5, 'q1', "
                       "'{}', 'clear', '2021-06-01T01:00:00Z', 's-1')"),
        QStringLiteral("INSERT INTO consent(id, visit_id, text_version, signed_at, signer, "
                       "recorded_by) VALUES ('c-1', 'v-1', 'v1', '2021-06-01T01:00:00Z', 'self', "
                       "'s-1')"),
    };
    for (const QString& sql : statements) {
        auto done = db.exec(sql);
        EXPECT_TRUE(done.ok()) << qPrintable(done.error().message);
    }
    auto seq = db.exec(QStringLiteral("SELECT change_seq FROM visit WHERE id = 'v-1'"));
    EXPECT_TRUE(seq.ok());
    return seq ? seq->scalar().toString() : QString();
}

}  // namespace

// Schema 20 rebuilds visit (a table others point at) so that a pulled visit of the same person
// and day can sit beside this desk's own (docs/site.md 4).
TEST(Migrations, Schema20RebuildsVisitKeepingRowsNumbersAndTheRowsThatPointAtThem)
{
    ASSERT_GE(Database::latestSchemaVersion(), 20);
    TempDb tmp;
    QString seq;
    {
        auto db = tmp.open(19);
        ASSERT_TRUE(db);
        seq = seedVisitAtSchema19(*db);
        ASSERT_FALSE(seq.isEmpty());
    }
    RawSqlite before(tmp.path());
    const QString counter = before.scalar(QStringLiteral("SELECT value FROM change_counter"));

    auto db = reopen(tmp.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
    Database& d = **db;
    auto number = [&d](const QString& sql) {
        auto q = d.exec(sql);
        EXPECT_TRUE(q.ok()) << qPrintable(sql) << ": " << qPrintable(q.error().message);
        return q ? q->scalar().toString() : QString();
    };
    // Nothing renumbered (nothing sent again), the consent still points at its visit, and the
    // connection has its foreign keys on again.
    EXPECT_EQ(number(QStringLiteral("SELECT change_seq FROM visit WHERE id = 'v-1'")), seq);
    EXPECT_EQ(number(QStringLiteral("SELECT value FROM change_counter")), counter);
    EXPECT_EQ(number(QStringLiteral("SELECT visit_id FROM consent WHERE id = 'c-1'")),
              QStringLiteral("v-1"));
    EXPECT_EQ(number(QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")),
              QStringLiteral("0"));
    auto dangling =
        d.exec(QStringLiteral("INSERT INTO consent(id, visit_id, text_version, "
                              "signed_at, signer, recorded_by) VALUES ('c-2', "
                              "'no-such-visit', 'v1', '2021-06-01T01:00:00Z', 'self', "
                              "'s-1')"));
    EXPECT_FALSE(dangling.ok()) << "foreign keys are enforced after the migration";

    const QString visitSql = QStringLiteral(
        "INSERT INTO visit(id, person_id, visit_date, queue_number, temperature_c, "
        "screening_version, screening, screening_outcome, checked_in_at, checked_in_by, "
        "origin_desk) VALUES (?, 'p-1', '2021-06-01', ?, 36.5, 'q1', '{}', 'clear', "
        "'2021-06-01T02:00:00Z', 's-1', ?)");
    // This desk's own second visit of the person and day, or a second own number 10001: refused.
    auto second = d.exec(visitSql, {QStringLiteral("v-2"), 10002, QVariant()});
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(QLatin1String("visit.person_id, visit.visit_date")))
        << qPrintable(second.error().message);
    ASSERT_TRUE(d.exec(QStringLiteral("INSERT INTO person(id, name, birth_date, created_at, "
                                      "created_by) VALUES ('p-2', 'Other', '1981-01-01', "
                                      "'2021-06-01T01:00:00Z', 's-1')"))
                    .ok());
    auto sameNumber =
        d.exec(QString(visitSql).replace(QLatin1String("'p-1'"), QLatin1String("'p-2'")),
               {QStringLiteral("v-3"), 10001, QVariant()});
    ASSERT_FALSE(sameNumber.ok());
    EXPECT_TRUE(sameNumber.error().message.contains(QLatin1String("visit.queue_number")))
        << qPrintable(sameNumber.error().message);
    // Desk 2's visit of the same person and day, as the apply path writes it: kept beside it.
    auto pulled = d.exec(visitSql, {QStringLiteral("v-4"), 20001, 2});
    EXPECT_TRUE(pulled.ok()) << qPrintable(pulled.error().message);
    EXPECT_EQ(number(QStringLiteral("SELECT count(*) FROM visit WHERE person_id = 'p-1'")),
              QStringLiteral("2"));
}

// A migration that would leave a row pointing at nothing does not commit.
TEST(Migrations, AMigrationLeavingADanglingReferenceIsRefused)
{
    TempDb tmp;
    {
        auto db = tmp.open(19);
        ASSERT_TRUE(db);
        ASSERT_FALSE(seedVisitAtSchema19(*db).isEmpty());
    }
    {
        // A consent whose visit is gone (written with foreign keys off, as a broken tool might).
        RawSqlite raw(tmp.path());
        raw.mustExec(
            QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE consent SET visit_id = "
                           "'gone' WHERE id = 'c-1'"));
    }
    auto db = reopen(tmp.path());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::DbMigrationFailed);
    EXPECT_TRUE(db.error().message.contains(QLatin1String("consent")))
        << qPrintable(db.error().message);
    RawSqlite raw(tmp.path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 19);
}
