// The change log (schema 15, docs/storage.md "The change log"): every row of a table that
// carries change_seq is numbered by triggers from one desk-wide counter, in the row's own
// transaction, on every insert and every update; nothing else may write the number, and no C++
// computes one.
#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <vector>

#include "checkin/checkinservice.h"
#include "exchange/exporter.h"
#include "sitesync/replicatedtables.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/rawsqlite.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::queryNumber;
using vax::test::RawSqlite;
using vax::test::TempDb;

namespace {

// The tables that carry change_seq in the newest schema: exported to the district or to be
// replicated between a site's desks. A new one must be added here and get the triggers.
const QStringList kLoggedTables{QStringLiteral("person"),
                                QStringLiteral("identity_document"),
                                QStringLiteral("visit"),
                                QStringLiteral("deferral"),
                                QStringLiteral("dose"),
                                QStringLiteral("observation"),
                                QStringLiteral("adverse_event"),
                                QStringLiteral("contraindication"),
                                QStringLiteral("lot"),
                                QStringLiteral("lot_quarantine"),
                                QStringLiteral("stock_movement"),
                                QStringLiteral("temperature_reading"),
                                QStringLiteral("excursion"),
                                QStringLiteral("fridge"),
                                QStringLiteral("staff"),
                                QStringLiteral("trace_code"),
                                QStringLiteral("vial"),
                                QStringLiteral("consent")};

// One row of each logged table (in foreign-key order) and one real change of it.
struct TableRow {
    QString table;
    QString id;
    QString insert;
    QString update;
};

std::vector<TableRow> oneRowEach()
{
    const QString t = QStringLiteral("'2021-06-01T01:00:00.000Z'");
    return {
        {QStringLiteral("fridge"), QStringLiteral("f-1"),
         QStringLiteral("INSERT INTO fridge(id, name, created_at) VALUES ('f-1', 'Fridge 1', %1)")
             .arg(t),
         QStringLiteral("UPDATE fridge SET max_c = 7.5 WHERE id = 'f-1'")},
        {QStringLiteral("staff"), QStringLiteral("s-1"),
         QStringLiteral("INSERT INTO staff(id, username, display_name, password_hash, roles, "
                        "created_at) VALUES ('s-1', 'anna', 'Anna', '!', 'vaccinator', %1)")
             .arg(t),
         QStringLiteral("UPDATE staff SET roles = 'vaccinator,doctor' WHERE id = 's-1'")},
        {QStringLiteral("person"), QStringLiteral("p-1"),
         QStringLiteral("INSERT INTO person(id, name, birth_date, created_at, created_by) "
                        "VALUES ('p-1', '张三', '1980-03-15', %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE person SET phone = '13800000000' WHERE id = 'p-1'")},
        {QStringLiteral("identity_document"), QStringLiteral("doc-1"),
         QStringLiteral("INSERT INTO identity_document(id, person_id, type, number, match_key, "
                        "created_at, created_by) VALUES ('doc-1', 'p-1', 'resident_id', "
                        "'11010519491231002X', '11010519491231002X', %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE identity_document SET country = 'CN' WHERE id = 'doc-1'")},
        {QStringLiteral("visit"), QStringLiteral("v-1"),
         QStringLiteral("INSERT INTO visit(id, person_id, visit_date, queue_number, "
                        "temperature_c, screening_version, screening, screening_outcome, "
                        "checked_in_at, checked_in_by) VALUES ('v-1', 'p-1', '2021-06-01', 1, "
                        "36.6, 'q1', '{}', 'clear', %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE visit SET state = 'called', desk = '1' WHERE id = 'v-1'")},
        {QStringLiteral("deferral"), QStringLiteral("def-1"),
         QStringLiteral("INSERT INTO deferral(id, person_id, visit_date, outcome, temperature_c, "
                        "screening_version, screening, recorded_at, recorded_by) VALUES "
                        "('def-1', 'p-1', '2021-05-01', 'defer', 37.8, 'q1', '{}', %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE deferral SET appointment_id = 'a-1' WHERE id = 'def-1'")},
        {QStringLiteral("lot"), QStringLiteral("lot-1"),
         QStringLiteral("INSERT INTO lot(id, product_code, lot_number, expiry, manufacturer, "
                        "doses_per_vial, received_at, received_by) VALUES ('lot-1', "
                        "'BBIBP-CorV', 'B1', '2022-12-31', 'Sinopharm', 1, %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE lot SET status = 'quarantined' WHERE id = 'lot-1'")},
        // The one table keyed by something else than id: a box's GS1 trace code.
        {QStringLiteral("trace_code"), QStringLiteral("81000000000000000001"),
         QStringLiteral("INSERT INTO trace_code(code, lot_id, received_at) VALUES "
                        "('81000000000000000001', 'lot-1', %1)")
             .arg(t),
         QStringLiteral("UPDATE trace_code SET used_at = %1 WHERE code = '81000000000000000001'")
             .arg(t)},
        {QStringLiteral("vial"), QStringLiteral("vial-1"),
         QStringLiteral("INSERT INTO vial(id, lot_id, fridge_id, opened_at, discard_at, doses, "
                        "opened_by) VALUES ('vial-1', 'lot-1', 'f-1', %1, %1, 2, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE vial SET doses_drawn = 1 WHERE id = 'vial-1'")},
        {QStringLiteral("consent"), QStringLiteral("con-1"),
         QStringLiteral("INSERT INTO consent(id, visit_id, text_version, signed_at, signer, "
                        "recorded_by) VALUES ('con-1', 'v-1', 'c1', %1, 'self', 's-1')")
             .arg(t),
         QStringLiteral("UPDATE consent SET text_version = 'c2' WHERE id = 'con-1'")},
        {QStringLiteral("stock_movement"), QStringLiteral("m-1"),
         QStringLiteral("INSERT INTO stock_movement(id, lot_id, kind, doses, at, actor) VALUES "
                        "('m-1', 'lot-1', 'receipt', 100, %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE stock_movement SET reason = 'counted again' WHERE id = 'm-1'")},
        {QStringLiteral("dose"), QStringLiteral("d-1"),
         QStringLiteral("INSERT INTO dose(id, visit_id, person_id, product_code, lot_id, "
                        "dose_number, site, route, amount_ml, administered_at, staff_id, "
                        "checklist, movement_id) VALUES ('d-1', 'v-1', 'p-1', 'BBIBP-CorV', "
                        "'lot-1', 1, 'LD', 'IM', 0.5, %1, 's-1', '{}', 'm-1')")
             .arg(t),
         QStringLiteral("UPDATE dose SET status = 'entered-in-error', error_reason = 'wrong arm', "
                        "corrected_by = 's-1', corrected_at = %1 WHERE id = 'd-1'")
             .arg(t)},
        {QStringLiteral("observation"), QStringLiteral("o-1"),
         QStringLiteral("INSERT INTO observation(id, dose_id, visit_id, person_id, started_at, "
                        "ends_at, minutes) VALUES ('o-1', 'd-1', 'v-1', 'p-1', %1, %1, 30)")
             .arg(t),
         QStringLiteral("UPDATE observation SET state = 'departed', departed_at = %1 WHERE id = "
                        "'o-1'")
             .arg(t)},
        {QStringLiteral("adverse_event"), QStringLiteral("ae-1"),
         QStringLiteral("INSERT INTO adverse_event(id, dose_id, person_id, onset_at, symptoms, "
                        "severity, seriousness, reported_by, recorded_at) VALUES ('ae-1', 'd-1', "
                        "'p-1', %1, '[\"dizziness\"]', 'mild', 'non_serious', 's-1', %1)")
             .arg(t),
         QStringLiteral("UPDATE adverse_event SET outcome = 'recovered' WHERE id = 'ae-1'")},
        // The lift: the one change a contraindication allows (contraindication_lift_only).
        {QStringLiteral("contraindication"), QStringLiteral("c-1"),
         QStringLiteral("INSERT INTO contraindication(id, person_id, kind, scope, origin, "
                        "recorded_at, recorded_by) VALUES ('c-1', 'p-1', 'precaution', 'all', "
                        "'doctor', %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE contraindication SET lifted_at = %1, lifted_by = 's-1', "
                        "lift_reason = 'reviewed' WHERE id = 'c-1'")
             .arg(t)},
        {QStringLiteral("temperature_reading"), QStringLiteral("t-1"),
         QStringLiteral("INSERT INTO temperature_reading(id, fridge_id, at, celsius, source, "
                        "actor) VALUES ('t-1', 'f-1', %1, 9.5, 'manual', 's-1')")
             .arg(t),
         QStringLiteral("UPDATE temperature_reading SET session = 'am' WHERE id = 't-1'")},
        {QStringLiteral("excursion"), QStringLiteral("x-1"),
         QStringLiteral("INSERT INTO excursion(id, fridge_id, kind, start_at, end_at, minutes, "
                        "extreme_c, detected_at, actor) VALUES ('x-1', 'f-1', 'heat', %1, %1, 0, "
                        "9.5, %1, 's-1')")
             .arg(t),
         QStringLiteral("UPDATE excursion SET minutes = 45 WHERE id = 'x-1'")},
        {QStringLiteral("lot_quarantine"), QStringLiteral("q-1"),
         QStringLiteral("INSERT INTO lot_quarantine(id, lot_id, excursion_id) VALUES ('q-1', "
                        "'lot-1', 'x-1')"),
         QStringLiteral("UPDATE lot_quarantine SET status = 'released', decided_by = 's-1', "
                        "decided_at = %1, reason = 'back in range', evidence = 'reading' WHERE "
                        "id = 'q-1'")
             .arg(t)},
    };
}

qint64 counter(Database& db)
{
    return queryNumber(db, QStringLiteral("SELECT value FROM change_counter WHERE id = 1"));
}

qint64 seqOf(Database& db, const QString& table, const QString& id)
{
    return queryNumber(db, QStringLiteral("SELECT change_seq FROM %1 WHERE %3 = '%2'")
                               .arg(table, id, sitesync::keyColumn(table)));
}

void mustExec(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    ASSERT_TRUE(q.ok()) << qPrintable(sql) << ": " << qPrintable(q.error().message);
}

// Every change_seq of every logged table, and how many distinct values among them.
std::pair<qint64, qint64> allNumbers(Database& db)
{
    QStringList parts;
    for (const QString& table : kLoggedTables)
        parts << QStringLiteral("SELECT change_seq AS n FROM %1").arg(table);
    const QString all = parts.join(QStringLiteral(" UNION ALL "));
    return {queryNumber(db, QStringLiteral("SELECT count(*) FROM (%1)").arg(all)),
            queryNumber(db, QStringLiteral("SELECT count(DISTINCT n) FROM (%1)").arg(all))};
}

class ChangeLogTest : public ::testing::Test {
protected:
    TempDb temp;
    std::unique_ptr<Database> db = temp.open();
    void SetUp() override { ASSERT_TRUE(db); }
    void insertAll()
    {
        for (const TableRow& row : oneRowEach())
            mustExec(*db, row.insert);
    }
};

// A statement that fails, with the message SQLite gave.
QString refusal(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    return q.ok() ? QString() : q.error().message;
}

}  // namespace

TEST_F(ChangeLogTest, EveryTableWithChangeSeqHasTheTriggersAndNoOtherWritesIt)
{
    RawSqlite raw(temp.path());
    const QStringList tables = raw.rows(
        QStringLiteral("SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE "
                       "m.type = 'table' AND c.name = 'change_seq' ORDER BY m.name"));
    QStringList expected = kLoggedTables;
    expected.sort();
    EXPECT_EQ(tables, expected);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString& table : tables) {
        SCOPED_TRACE(qPrintable(table));
        const auto sqlOf = [&](const QString& name) {
            return raw
                .scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                                       "name = '%1' AND tbl_name = '%2'")
                            .arg(name, table))
                .replace(spaces, QStringLiteral(" "));
        };
        const QString insert = sqlOf(table + QStringLiteral("_change_insert"));
        EXPECT_TRUE(insert.contains(QStringLiteral("AFTER INSERT ON %1 ").arg(table)))
            << qPrintable(insert);
        const QString update = sqlOf(table + QStringLiteral("_change_update"));
        EXPECT_TRUE(update.contains(QStringLiteral("AFTER UPDATE ON %1 ").arg(table)))
            << qPrintable(update);
        const QString take = sqlOf(table + QStringLiteral("_change_take"));
        EXPECT_TRUE(take.contains(QStringLiteral("BEFORE UPDATE OF change_seq ON %1 ").arg(table)))
            << qPrintable(take);
        for (const QString& body : {insert, update})
            EXPECT_TRUE(body.contains(QStringLiteral(
                "SET change_seq = (SELECT value + 1 FROM change_counter WHERE id = 1)")))
                << qPrintable(body);
        EXPECT_TRUE(take.contains(
            QStringLiteral("UPDATE change_counter SET value = new.change_seq WHERE id = 1")))
            << qPrintable(take);
    }
    // The per-table numbering triggers of schemas 9 and 13 are gone: only the change log's
    // triggers write change_seq (contraindication_lift_only reads it).
    const QStringList writers = raw.rows(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND sql LIKE "
                       "'%SET change_seq%' AND name NOT LIKE '%\\_change\\_insert' ESCAPE '\\' "
                       "AND name NOT LIKE '%\\_change\\_update' ESCAPE '\\'"));
    EXPECT_TRUE(writers.isEmpty()) << qPrintable(writers.join(u' '));
}

TEST_F(ChangeLogTest, EveryInsertAndUpdateTakesTheNextNumber)
{
    qint64 last = counter(*db);
    for (const TableRow& row : oneRowEach()) {
        SCOPED_TRACE(qPrintable(row.table));
        mustExec(*db, row.insert);
        EXPECT_EQ(counter(*db), last + 1);
        EXPECT_EQ(seqOf(*db, row.table, row.id), last + 1);
        last = counter(*db);
    }
    for (const TableRow& row : oneRowEach()) {
        SCOPED_TRACE(qPrintable(row.table));
        const qint64 before = seqOf(*db, row.table, row.id);
        mustExec(*db, row.update);
        EXPECT_EQ(counter(*db), last + 1);
        EXPECT_EQ(seqOf(*db, row.table, row.id), last + 1);
        EXPECT_GT(seqOf(*db, row.table, row.id), before);
        last = counter(*db);
    }
    const auto [rows, distinct] = allNumbers(*db);
    EXPECT_EQ(rows, static_cast<qint64>(kLoggedTables.size()));
    EXPECT_EQ(distinct, rows);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT max(change_seq) FROM lot_quarantine")), last);
}

TEST_F(ChangeLogTest, AStatementChangingSeveralRowsNumbersEachOnce)
{
    insertAll();
    mustExec(*db, QStringLiteral("INSERT INTO temperature_reading(id, fridge_id, at, celsius, "
                                 "source, actor) VALUES ('t-2', 'f-1', 'b', 5, 'manual', 's-1'), "
                                 "('t-3', 'f-1', 'c', 5, 'manual', 's-1')"));
    const qint64 before = counter(*db);
    mustExec(*db, QStringLiteral("UPDATE temperature_reading SET actor = 's-2'"));
    EXPECT_EQ(counter(*db), before + 3);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(DISTINCT change_seq) FROM "
                                              "temperature_reading WHERE change_seq > %1")
                                   .arg(before)),
              3);
    const auto [rows, distinct] = allNumbers(*db);
    EXPECT_EQ(distinct, rows);
}

TEST_F(ChangeLogTest, ARolledBackTransactionLeavesTheCounterAsItWas)
{
    insertAll();
    const qint64 before = counter(*db);
    const qint64 personBefore = seqOf(*db, QStringLiteral("person"), QStringLiteral("p-1"));
    {
        auto tx = WriteTransaction::begin(*db);
        ASSERT_TRUE(tx.ok()) << qPrintable(tx.error().message);
        mustExec(*db, QStringLiteral("UPDATE person SET phone = '1' WHERE id = 'p-1'"));
        mustExec(*db, QStringLiteral("INSERT INTO stock_movement(id, lot_id, kind, doses, at, "
                                     "actor) VALUES ('m-2', 'lot-1', 'wasted', -1, 'x', 's-1')"));
        EXPECT_EQ(counter(*db), before + 2);
    }  // rolled back
    EXPECT_EQ(counter(*db), before);
    EXPECT_EQ(seqOf(*db, QStringLiteral("person"), QStringLiteral("p-1")), personBefore);
    // A statement that fails halfway takes back the numbers its first rows took, alone.
    mustExec(*db, QStringLiteral("INSERT INTO temperature_reading(id, fridge_id, at, celsius, "
                                 "source, actor) VALUES ('t-2', 'f-1', 'b', 5, 'manual', 's-1'), "
                                 "('t-3', 'f-1', 'c', 5, 'manual', 's-1')"));
    const qint64 afterInsert = counter(*db);
    EXPECT_EQ(afterInsert, before + 2);
    EXPECT_FALSE(refusal(*db, QStringLiteral("UPDATE temperature_reading SET at = 'same' WHERE "
                                             "id IN ('t-2', 't-3')"))
                     .isEmpty());  // the second row clashes with the first (fridge, at, source)
    EXPECT_EQ(counter(*db), afterInsert);
    EXPECT_EQ(queryNumber(*db, QStringLiteral("SELECT count(*) FROM temperature_reading WHERE "
                                              "at = 'same'")),
              0);
}

TEST_F(ChangeLogTest, NothingButTheTriggersWritesTheNumber)
{
    insertAll();
    const qint64 before = counter(*db);
    const QString newest = QStringLiteral("lot_quarantine");
    ASSERT_EQ(seqOf(*db, newest, QStringLiteral("q-1")), before);
    const QString message = QStringLiteral("change_seq is set by the change log triggers only");
    // Any number but the next, on any row.
    EXPECT_TRUE(refusal(*db, QStringLiteral("UPDATE person SET change_seq = 1000 WHERE id = 'p-1'"))
                    .contains(message));
    EXPECT_TRUE(refusal(*db, QStringLiteral("UPDATE person SET change_seq = change_seq + 1 WHERE "
                                            "id = 'p-1'"))
                    .contains(message));
    EXPECT_TRUE(refusal(*db, QStringLiteral("UPDATE visit SET state = 'called', change_seq = "
                                            "(SELECT MAX(change_seq) + 1 FROM visit)"))
                    .contains(message));
    // An insert brings no number of its own.
    EXPECT_TRUE(refusal(*db, QStringLiteral("INSERT INTO stock_movement(id, lot_id, kind, doses, "
                                            "at, actor, change_seq) VALUES ('m-9', 'lot-1', "
                                            "'wasted', -1, 'x', 's-1', %1)")
                                 .arg(before + 1))
                    .contains(message));
    // The counter only rises and is never deleted.
    EXPECT_FALSE(
        refusal(*db, QStringLiteral("UPDATE change_counter SET value = 1 WHERE id = 1")).isEmpty());
    EXPECT_FALSE(refusal(*db, QStringLiteral("DELETE FROM change_counter")).isEmpty());
    EXPECT_FALSE(refusal(*db, QStringLiteral("INSERT INTO change_counter(id, value) VALUES (2, 0)"))
                     .isEmpty());
    EXPECT_EQ(counter(*db), before);
    // Even the one value that passes, the next number, is taken from the counter: it cannot be
    // given twice.
    mustExec(*db, QStringLiteral("UPDATE lot_quarantine SET change_seq = change_seq + 1 WHERE id = "
                                 "'q-1'"));
    EXPECT_EQ(counter(*db), before + 1);
    mustExec(*db, QStringLiteral("UPDATE person SET phone = '2' WHERE id = 'p-1'"));
    EXPECT_EQ(seqOf(*db, QStringLiteral("person"), QStringLiteral("p-1")), before + 2);
    const auto [rows, distinct] = allNumbers(*db);
    EXPECT_EQ(distinct, rows);
    // A lifted contraindication still refuses every change but its numbering: the lift numbers
    // it, and a second lift (another change of a lifted row) is refused.
    mustExec(*db, QStringLiteral("UPDATE contraindication SET lifted_at = 'x', lifted_by = 's-1', "
                                 "lift_reason = 'reviewed' WHERE id = 'c-1'"));
    EXPECT_EQ(seqOf(*db, QStringLiteral("contraindication"), QStringLiteral("c-1")), before + 3);
    EXPECT_FALSE(refusal(*db, QStringLiteral("UPDATE contraindication SET lift_reason = 'again' "
                                             "WHERE id = 'c-1'"))
                     .isEmpty());
    EXPECT_EQ(counter(*db), before + 3);
}

TEST_F(ChangeLogTest, ServicesChangingARowMoveItsNumber)
{
    FakeClock clock{test::testNow()};
    test::addStaff(*db, QStringLiteral("staff-1"), Role::Registrar);
    CheckInService service({*db, clock});
    CheckInRequest r;
    r.staffId = QStringLiteral("staff-1");
    r.draft.name = QStringLiteral("李四");
    r.draft.document.number = QStringLiteral("11010519491231002X");
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        r.answers.insert(q.id, false);
    r.temperatureC = 36.6;
    r.consent.textVersion = QString::fromLatin1(kConsentTextVersion);
    const qint64 before = counter(*db);
    auto in = service.checkIn(r);
    ASSERT_TRUE(in.ok()) << qPrintable(in.error().message);
    // Person, document, visit and consent: four numbers, in the check-in's transaction.
    EXPECT_EQ(counter(*db), before + 4);
    const qint64 visitSeq = seqOf(*db, QStringLiteral("visit"), in->visitId);
    EXPECT_GT(visitSeq, before);
    ASSERT_TRUE(service.cancelVisit(in->visitId, r.staffId, QStringLiteral("left")).ok());
    EXPECT_EQ(seqOf(*db, QStringLiteral("visit"), in->visitId), before + 5);
    EXPECT_EQ(counter(*db), before + 5);
}

// The export counts a quarantine as pending once it is decided, as it sends it (an undecided
// one is numbered too, since schema 15).
TEST(ChangeLogExport, AnUndecidedQuarantineIsNotPending)
{
    TempDb temp;
    FakeClock clock{test::testNow()};
    auto db = temp.openTrainingSite(clock);
    ASSERT_TRUE(db);
    Exporter exporter(*db, clock);
    const auto pending = [&] {
        auto byTable = exporter.pendingByTable();
        EXPECT_TRUE(byTable.ok());
        return byTable.ok() ? byTable->value(QStringLiteral("lot_quarantine")) : -1;
    };
    const QString t = QStringLiteral("'2021-06-01T01:00:00.000Z'");
    mustExec(
        *db,
        QStringLiteral("INSERT INTO fridge(id, name, created_at) VALUES ('f-q', 'Q', %1)").arg(t));
    mustExec(*db, QStringLiteral("INSERT INTO excursion(id, fridge_id, kind, start_at, end_at, "
                                 "minutes, extreme_c, detected_at, actor) VALUES ('x-q', 'f-q', "
                                 "'heat', %1, %1, 90, 9.5, %1, 's-1')")
                      .arg(t));
    mustExec(*db, QStringLiteral("INSERT INTO lot_quarantine(id, lot_id, excursion_id) SELECT "
                                 "'q-q', id, 'x-q' FROM lot LIMIT 1"));
    EXPECT_GT(seqOf(*db, QStringLiteral("lot_quarantine"), QStringLiteral("q-q")), 0);
    EXPECT_EQ(pending(), 0);
    mustExec(*db, QStringLiteral("UPDATE lot_quarantine SET status = 'discarded', decided_by = "
                                 "'s-1', decided_at = %1, reason = 'too warm' WHERE id = 'q-q'")
                      .arg(t));
    EXPECT_EQ(pending(), 1);
}

// Schema 14 numbered each table on its own; the upgrade keeps every number and the counter
// starts above the highest, so each table's numbers (the export's cursors) keep rising.
TEST(ChangeLogMigration, NumbersKeepRisingAcrossTheUpgradeFromSchema14)
{
    TempDb temp;
    {
        auto db = temp.open(14);
        ASSERT_TRUE(db);
        ASSERT_EQ(db->schemaVersion(), 14);
        const QString t = QStringLiteral("'2021-06-01T01:00:00.000Z'");
        mustExec(*db, QStringLiteral("INSERT INTO fridge(id, name, created_at) VALUES ('f-1', "
                                     "'F', %1)")
                          .arg(t));
        // Numbers as schema 14's writers gave them: per table, from C++ or from triggers.
        mustExec(*db, QStringLiteral("INSERT INTO person(id, name, birth_date, change_seq, "
                                     "created_at, created_by) VALUES ('p-1', 'A', '1980-01-01', "
                                     "41, %1, 's'), ('p-2', 'B', '1980-01-01', 42, %1, 's')")
                          .arg(t));
        mustExec(*db, QStringLiteral("INSERT INTO visit(id, person_id, visit_date, queue_number, "
                                     "temperature_c, screening_version, screening, "
                                     "screening_outcome, checked_in_at, checked_in_by, "
                                     "change_seq) VALUES ('v-1', 'p-1', '2021-06-01', 1, 36.6, "
                                     "'q1', '{}', 'clear', %1, 's', 7)")
                          .arg(t));
        mustExec(*db, QStringLiteral("INSERT INTO temperature_reading(id, fridge_id, at, "
                                     "celsius, source, actor) VALUES ('t-1', 'f-1', %1, 5, "
                                     "'manual', 's')")
                          .arg(t));
        // Lots were never numbered.
        mustExec(*db, QStringLiteral("INSERT INTO lot(id, product_code, lot_number, expiry, "
                                     "manufacturer, doses_per_vial, received_at, received_by) "
                                     "VALUES ('lot-1', 'BBIBP-CorV', 'B1', '2022-12-31', 'S', 1, "
                                     "%1, 's')")
                          .arg(t));
        EXPECT_EQ(seqOf(*db, QStringLiteral("temperature_reading"), QStringLiteral("t-1")), 1);
        EXPECT_EQ(seqOf(*db, QStringLiteral("lot"), QStringLiteral("lot-1")), 0);
    }
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Database::latestSchemaVersion());
    // Every number kept; the unnumbered lot numbered above them all.
    EXPECT_EQ(seqOf(*db, QStringLiteral("person"), QStringLiteral("p-1")), 41);
    EXPECT_EQ(seqOf(*db, QStringLiteral("person"), QStringLiteral("p-2")), 42);
    EXPECT_EQ(seqOf(*db, QStringLiteral("visit"), QStringLiteral("v-1")), 7);
    EXPECT_EQ(seqOf(*db, QStringLiteral("temperature_reading"), QStringLiteral("t-1")), 1);
    EXPECT_EQ(seqOf(*db, QStringLiteral("lot"), QStringLiteral("lot-1")), 43);
    // The fridge, logged from schema 19 on, numbered after them.
    EXPECT_EQ(seqOf(*db, QStringLiteral("fridge"), QStringLiteral("f-1")), 44);
    EXPECT_EQ(counter(*db), 44);
    // The next change of any table is numbered above every earlier one of every table.
    mustExec(*db, QStringLiteral("UPDATE visit SET state = 'called' WHERE id = 'v-1'"));
    EXPECT_EQ(seqOf(*db, QStringLiteral("visit"), QStringLiteral("v-1")), 45);
    mustExec(*db, QStringLiteral("INSERT INTO temperature_reading(id, fridge_id, at, celsius, "
                                 "source, actor) VALUES ('t-2', 'f-1', 'later', 5, 'manual', "
                                 "'s')"));
    EXPECT_EQ(seqOf(*db, QStringLiteral("temperature_reading"), QStringLiteral("t-2")), 46);
}

// No C++ in the tree numbers rows: no MAX(change_seq) + 1, no change_seq + 1, no change_seq
// written by an INSERT or an UPDATE, no write to the counter. Reading change_seq (the export's
// "WHERE change_seq > ?") is fine. String literals split over lines are joined first.
namespace {
QString joinedCode(const QString& text)
{
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.section(QStringLiteral("//"), 0, 0);
    QString code = lines.join(u' ');
    code.remove(u'"');
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return code.replace(spaces, QStringLiteral(" "));
}

const QList<QRegularExpression>& numberingPatterns()
{
    static const QList<QRegularExpression> patterns{
        QRegularExpression(QStringLiteral(R"(MAX ?\( ?change_seq ?\) ?(, ?0 ?\) ?)?\+)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(\bchange_seq ?\+)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(\bSET\b((?!\bWHERE\b)[^;])*\bchange_seq ?=(?!=))"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(\bINTO \w+ ?\([^)]*\bchange_seq\b)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(\b(UPDATE|INTO|DELETE FROM) change_counter\b)"),
                           QRegularExpression::CaseInsensitiveOption)};
    return patterns;
}

QStringList numberingFound(const QString& text)
{
    QStringList found;
    const QString code = joinedCode(text);
    for (const QRegularExpression& p : numberingPatterns()) {
        auto it = p.globalMatch(code);
        while (it.hasNext())
            found << it.next().captured(0).left(120);
    }
    return found;
}

// Runs `find` over every C++ source of core, app and ui and fails with what it finds, by file.
void expectNoneInSources(const std::function<QStringList(const QString&)>& find)
{
    const QString root = QStringLiteral(VAX_SOURCE_DIR);
    QStringList offenders;
    int files = 0;
    for (const QString& area :
         {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(root + u'/' + area, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(path);
            ++files;
            for (const QString& found : find(QString::fromUtf8(f.readAll())))
                offenders << path.mid(root.size() + 1) + QStringLiteral(": ") + found;
        }
    }
    EXPECT_GT(files, 100);
    EXPECT_TRUE(offenders.isEmpty()) << qPrintable(offenders.join(u'\n'));
}
}  // namespace

TEST(ChangeLogSources, TheScanFindsEveryWayOfNumberingRows)
{
    // The statements schema 14's C++ used, as they were written.
    const char* numbering[] = {
        "q = db.exec(QStringLiteral(\"INSERT INTO person(id, name, sex, birth_date, phone, \"\n"
        "    \"change_seq, created_at, created_by) VALUES (?, ?, ?, ?, ?, \"\n"
        "    \"(SELECT COALESCE(MAX(change_seq), 0) + 1 FROM person), ?, ?)\"));",
        "return QStringLiteral(\"(SELECT COALESCE(MAX(change_seq), 0) + 1 FROM %1)\");",
        "db.exec(QStringLiteral(\"UPDATE lot SET status = 'available', change_seq = \"\n"
        "    \"change_seq + 1 WHERE id = ?\"), {lotId});",
        "db.exec(QStringLiteral(\"UPDATE lot_quarantine SET status = ?, change_seq = \"\n"
        "    \"(SELECT MAX(change_seq) + 1 FROM lot_quarantine) WHERE id = ?\"));",
        "m_db.exec(QStringLiteral(\"UPDATE visit SET state = 'called', change_seq = \") +\n"
        "    nextSeq(\"visit\") + QStringLiteral(\" WHERE id = ?\"));",
        "BulkInsert m(db, QStringLiteral(\"INSERT INTO stock_movement(id, lot_id, fridge_id, \"\n"
        "    \"kind, doses, reason, at, actor, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)\"));",
        "db.exec(QStringLiteral(\"UPDATE change_counter SET value = value + 1\"));",
    };
    for (const char* sample : numbering)
        EXPECT_FALSE(numberingFound(QString::fromUtf8(sample)).isEmpty()) << sample;
    // Reading numbers is allowed.
    const char* reading[] = {
        "m_db.exec(QStringLiteral(\"SELECT COALESCE(MAX(change_seq), 0) FROM %1\").arg(t));",
        "db.exec(QStringLiteral(\"SELECT id FROM person WHERE change_seq > ? ORDER BY \"\n"
        "    \"change_seq\"), {after});",
        "c.changeSeq = q.value(QStringLiteral(\"change_seq\")).toLongLong();",
        "db.exec(QStringLiteral(\"UPDATE visit SET state = 'called' WHERE id = ? AND \"\n"
        "    \"change_seq = ?\"), {id, seen});",
        "// a comment may say change_seq + 1",
        "db.exec(QStringLiteral(\"SELECT value FROM change_counter WHERE id = 1\"));",
    };
    for (const char* sample : reading)
        EXPECT_TRUE(numberingFound(QString::fromUtf8(sample)).isEmpty())
            << sample << ": " << qPrintable(numberingFound(QString::fromUtf8(sample)).join(u' '));
}

TEST(ChangeLogSources, NoCxxNumbersRows)
{
    expectNoneInSources(numberingFound);
}

// Schema 18: the change_seq indexes hold stamped rows only (a new row's transient 0 took a second
// leaf), and a read after a cursor names the index's term so that SQLite uses it.
TEST_F(ChangeLogTest, TheChangeSeqIndexesArePartialAndCursorReadsUseThem)
{
    insertAll();
    RawSqlite raw(temp.path());
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString& table : kLoggedTables) {
        SCOPED_TRACE(qPrintable(table));
        const QString index = table + QStringLiteral("_change_seq");
        const QString sql = raw.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = "
                                                      "'index' AND name = '%1' AND tbl_name = '%2'")
                                           .arg(index, table))
                                .replace(spaces, QStringLiteral(" "));
        EXPECT_TRUE(sql.endsWith(QStringLiteral("(change_seq) WHERE change_seq > 0")))
            << qPrintable(sql);
        // Every row is stamped, so the index holds every row.
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT count(*) FROM %1 INDEXED BY %2 WHERE "
                                            "change_seq > 0")
                                 .arg(table, index)),
                  raw.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        EXPECT_EQ(
            raw.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE change_seq = 0").arg(table)),
            QStringLiteral("0"));
        const QStringList reads{
            QStringLiteral(
                "SELECT change_seq FROM %1 WHERE change_seq > 5 AND change_seq > 0 ORDER BY "
                "change_seq"),
            QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM %1 WHERE change_seq > 0")};
        for (const QString& read : reads) {
            const QStringList plan =
                raw.rows(QStringLiteral("EXPLAIN QUERY PLAN %1").arg(read.arg(table)));
            EXPECT_TRUE(plan.join(u' ').contains(index))
                << qPrintable(read.arg(table)) << ": " << qPrintable(plan.join(u' '));
        }
    }
}

namespace {
// Reads of change_seq that cannot use the partial indexes of schema 18: a cursor term
// "change_seq > ?" without "AND change_seq > 0" beside it, a MAX(change_seq) without
// "WHERE change_seq > 0".
QStringList unindexedReads(const QString& text)
{
    static const QList<QRegularExpression> patterns{
        QRegularExpression(
            QStringLiteral(R"((?<![\w.])((\w+\.)?)change_seq ?> ?\?(?! AND \1change_seq > 0))"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral(R"(MAX ?\( ?change_seq ?\) ?(, ?0 ?\) ?)?(AS \w+ )?)"
                                          R"(FROM (\w++|%\d)(?! WHERE change_seq > 0))"),
                           QRegularExpression::CaseInsensitiveOption)};
    QStringList found;
    const QString code = joinedCode(text);
    for (const QRegularExpression& p : patterns) {
        auto it = p.globalMatch(code);
        while (it.hasNext())
            found << it.next().captured(0).left(120);
    }
    return found;
}
}  // namespace

TEST(ChangeLogSources, TheScanFindsReadsThePartialIndexCannotServe)
{
    const char* unindexed[] = {
        "db.exec(QStringLiteral(\"SELECT id FROM person WHERE change_seq > ? ORDER BY \"\n"
        "    \"change_seq\"), {after});",
        "\"= d.person_id WHERE d.change_seq > ? \"\n    \"ORDER BY d.change_seq\"",
        "\"WHERE d.change_seq > ? AND change_seq > 0\"",
        "QStringLiteral(\"SELECT COALESCE(MAX(change_seq), 0) FROM %1\").arg(table)",
        "\"SELECT (SELECT COALESCE(MAX(change_seq), 0) FROM observation) AS o\"",
    };
    for (const char* sample : unindexed)
        EXPECT_FALSE(unindexedReads(QString::fromUtf8(sample)).isEmpty()) << sample;
    const char* indexed[] = {
        "db.exec(QStringLiteral(\"SELECT id FROM person WHERE change_seq > ? AND change_seq > \"\n"
        "    \"0 ORDER BY change_seq\"), {after});",
        "\"= d.person_id WHERE d.change_seq > ? AND d.change_seq > 0 \"",
        "QStringLiteral(\"SELECT COALESCE(MAX(change_seq), 0) FROM %1 WHERE change_seq > 0\")",
        "\"SELECT origin_desk IS NULL AND change_seq > ? AND change_seq > 0 FROM %1 WHERE id = ?\"",
    };
    for (const char* sample : indexed)
        EXPECT_TRUE(unindexedReads(QString::fromUtf8(sample)).isEmpty())
            << sample << ": " << qPrintable(unindexedReads(QString::fromUtf8(sample)).join(u' '));
}

TEST(ChangeLogSources, EveryCursorReadCanUseThePartialIndex)
{
    expectNoneInSources(unindexedReads);
}
