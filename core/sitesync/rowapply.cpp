// The one place that writes rows of every replicated table generically: it mirrors what other
// desks wrote, so it is set aside from the one-owner-per-table rule (tests/core/
// test_table_owners.cpp, kExempt), as the demo generator's bulk loaders are. It creates no row a
// desk's own service would not have created at the desk that wrote it.
#include "sitesync/rowapply.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <map>

#include "sitesync/replicatedtables.h"
#include "storage/database.h"

namespace vax::sitesync {

namespace {
struct ApplyText {
    Q_DECLARE_TR_FUNCTIONS(SiteSync)
};

// The column whose value only moves forward, and the rank of each value.
struct StateRule {
    const char* column;
    std::map<QString, int> rank;
};

const StateRule* stateRule(const QString& table)
{
    static const std::map<QString, StateRule> rules = {
        {QStringLiteral("visit"),
         {"state",
          {{QStringLiteral("waiting"), 0},
           {QStringLiteral("called"), 1},
           {QStringLiteral("vaccinated"), 2},
           {QStringLiteral("deferred"), 2},
           {QStringLiteral("cancelled"), 2}}}},
        {QStringLiteral("dose"),
         {"status", {{QStringLiteral("completed"), 0}, {QStringLiteral("entered-in-error"), 1}}}},
        {QStringLiteral("adverse_event"),
         {"status", {{QStringLiteral("active"), 0}, {QStringLiteral("entered-in-error"), 1}}}},
        {QStringLiteral("observation"),
         {"state",
          {{QStringLiteral("observing"), 0},
           {QStringLiteral("departed"), 1},
           {QStringLiteral("left_early"), 1},
           {QStringLiteral("adverse_event"), 1},
           {QStringLiteral("referred"), 1},
           {QStringLiteral("cancelled"), 1}}}},
        {QStringLiteral("lot_quarantine"),
         {"status",
          {{QStringLiteral("quarantined"), 0},
           {QStringLiteral("released"), 1},
           {QStringLiteral("discarded"), 2}}}},
    };
    const auto it = rules.find(table);
    return it == rules.end() ? nullptr : &it->second;
}

QVariant bindable(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    return v.toVariant();
}

// Whether this desk's current version of the row is to be kept instead of the pulled one.
Result<bool> localWins(Database& db, const QString& table, const QString& id,
                       const QJsonObject& image, qint64 pushedSeq)
{
    const StateRule* rule = stateRule(table);
    const QString state = rule ? QString::fromLatin1(rule->column) : QStringLiteral("NULL");
    auto q = db.exec(QStringLiteral("SELECT origin_desk IS NULL, change_seq, %1 FROM %2 "
                                    "WHERE id = ?")
                         .arg(state, table),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return false;
    if (q->value(0).toBool() && q->value(1).toLongLong() > pushedSeq)
        return true;
    if (!rule)
        return false;
    const auto rankOf = [&](const QString& value) {
        const auto it = rule->rank.find(value);
        return it == rule->rank.end() ? -1 : it->second;
    };
    return rankOf(image.value(QLatin1String(rule->column)).toString()) <
           rankOf(q->value(2).toString());
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
    if (image.value(QLatin1String("id")).toString() != id)
        return makeError(
            ErrorCode::SiteServerError,
            ApplyText::tr("The row's id does not match its change (%1 %2).").arg(table, id));
    auto keep = localWins(db, table, id, image, pushedSeq);
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
    values << originDesk;
    // The same content again changes nothing: no new change number, the origin as it was.
    const QString sql =
        QStringLiteral(
            "INSERT INTO %1(%2, origin_desk) VALUES (%3, ?) ON CONFLICT(id) DO UPDATE "
            "SET %4, origin_desk = excluded.origin_desk WHERE %5")
            .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                 sets.join(QStringLiteral(", ")), differs.join(QStringLiteral(" OR ")));
    auto q = db.exec(sql, values);
    if (!q)
        return q.error();
    return q->rowsAffected() > 0 ? RowApplied::Written : RowApplied::Unchanged;
}

}  // namespace vax::sitesync
