// The one place that writes rows of every replicated table generically: it mirrors what other
// desks wrote, so it is set aside from the one-owner-per-table rule (tests/core/
// test_table_owners.cpp, kExempt), as the demo generator's bulk loaders are. It creates no row a
// desk's own service would not have created at the desk that wrote it.
#include "sitesync/rowapply.h"

#include <QCoreApplication>
#include <QJsonValue>

#include "sitesync/replicatedtables.h"
#include "storage/database.h"
#include "storage/meta.h"

namespace vax::sitesync {

namespace {
struct ApplyText {
    Q_DECLARE_TR_FUNCTIONS(SiteSync)
};

QVariant bindable(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toVariant();
}

// Whether this desk's current version of the row is to be kept instead of the pulled one: a
// version written here and not pushed yet reaches the server after the pulled one, so it is the
// last writer by arrival.
Result<bool> localWins(Database& db, const QString& table, const QString& id, qint64 pushedSeq)
{
    auto q =
        db.exec(QStringLiteral("SELECT origin_desk IS NULL AND change_seq > ? AND change_seq > "
                               "0 FROM %1 WHERE %2 = ?")
                    .arg(table, keyColumn(table)),
                {pushedSeq, id});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}
}  // namespace

Result<RowApplied> applyPulledRow(Database& db, const TableColumns& columns, const QString& table,
                                  const QString& id, const QJsonObject& image, int originDesk,
                                  qint64 pushedSeq)
{
    const QStringList known = columns.columns(table);
    if (known.isEmpty())
        return makeError(ErrorCode::SiteServerError,
                         ApplyText::tr("This desk does not know the table %1: upgrade VaxPoint "
                                       "on this desk.")
                             .arg(table));
    for (auto it = image.begin(); it != image.end(); ++it)
        if (!known.contains(it.key()))
            return makeError(ErrorCode::SiteServerError,
                             ApplyText::tr("The row has a column this desk does not know (%1.%2): "
                                           "upgrade VaxPoint on this desk.")
                                 .arg(table, it.key()));
    const QString key = keyColumn(table);
    if (image.value(key).toString() != id)
        return makeError(
            ErrorCode::SiteServerError,
            ApplyText::tr("The row's id does not match its change (%1 %2).").arg(table, id));
    auto keep = localWins(db, table, id, pushedSeq);
    if (!keep)
        return keep.error();
    if (*keep)
        return RowApplied::KeptLocal;

    QStringList names;
    QStringList marks;
    QStringList sets;
    QStringList differs;
    QVariantList values;
    for (const QString& c : known) {
        if (!image.contains(c))
            continue;  // a column of an older release: this desk's default
        names << c;
        marks << QStringLiteral("?");
        sets << QStringLiteral("%1 = excluded.%1").arg(c);
        differs << QStringLiteral("%1.%2 IS NOT excluded.%2").arg(table, c);
        values << bindable(image.value(c));
    }
    // Desk-local columns a new row needs (a staff member's login): given on insert only, an
    // update leaves this desk's own values alone.
    for (const auto& [column, value] : localValuesOfNewRow(table, id)) {
        names << column;
        marks << QStringLiteral("?");
        values << value;
    }
    values << originDesk;
    // The same content again changes nothing: no new change number, the origin as it was.
    const QString sql =
        QStringLiteral(
            "INSERT INTO %1(%2, origin_desk) VALUES (%3, ?) ON CONFLICT(%6) DO UPDATE "
            "SET %4, origin_desk = excluded.origin_desk WHERE %5")
            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                 sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")), key);
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    return q->rowsAffected() > 0 ? RowApplied::Written : RowApplied::Unchanged;
}

Status applyPersonMerge(Database& db, const QString& merged, const QString& kept,
                        const QStringList& documents)
{
    for (const QString& document : documents) {
        auto q = db.exec(QStringLiteral("DELETE FROM identity_document WHERE id = ?"), {document});
        if (!q)
            return q.error();
    }
    // Every replicated table that names a person, parents first.
    static const QStringList naming = {
        QStringLiteral("identity_document"), QStringLiteral("visit"),
        QStringLiteral("deferral"),          QStringLiteral("dose"),
        QStringLiteral("observation"),       QStringLiteral("adverse_event"),
        QStringLiteral("contraindication"),
    };
    for (const QString& table : naming) {
        auto q =
            db.exec(QStringLiteral("UPDATE %1 SET person_id = ? WHERE person_id = ?").arg(table),
                    {kept, merged});
        if (!q)
            return q.error();
    }
    auto q = db.exec(QStringLiteral("DELETE FROM person WHERE id = ? AND NOT EXISTS (SELECT 1 "
                                    "FROM certificate WHERE person_id = ?)"),
                     {merged, merged});
    if (!q)
        return q.error();
    return {};
}

bool isDatabaseFailure(const Error& e)
{
    switch (e.code) {
        case ErrorCode::DbFull:
        case ErrorCode::DbBusy:
        case ErrorCode::DbReadOnly:
        case ErrorCode::DbCorrupt:
            return true;
        default:
            return false;
    }
}

Result<RowApplied> applyInSavepoint(Database& db, const TableColumns& columns, const QString& table,
                                    const QString& id, const QJsonObject& image, int originDesk,
                                    qint64 pushedSeq)
{
    auto sp = db.exec(QStringLiteral("SAVEPOINT site_row"));
    if (!sp)
        return sp.error();
    auto applied = applyPulledRow(db, columns, table, id, image, originDesk, pushedSeq);
    if (!applied) {
        auto back = db.exec(QStringLiteral("ROLLBACK TO site_row"));
        if (!back)
            return back.error();
    }
    auto release = db.exec(QStringLiteral("RELEASE site_row"));
    if (!release)
        return release.error();
    return applied;
}

Result<qint64> pushedSeq(Database& db)
{
    VAX_TRY_VALUE(const QString text, readMeta(db, QStringLiteral("site.pushed_seq")));
    return text.toLongLong();
}

}  // namespace vax::sitesync
