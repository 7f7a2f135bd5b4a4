#include "sitesync/replicatedtables.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>

#include "security/password.h"
#include "storage/database.h"

namespace vax::sitesync {

namespace {
// Desk-local columns: the change log's number, where the version came from, the rowid alias
// of the two tables that number their rows locally besides their UUID, and a staff member's
// login (schema 19: the login name, the password and PIN hashes and the lock-out state stay on
// the desk that set them).
bool isLocalColumn(const QString& table, const QString& name)
{
    if (name == QLatin1String("change_seq") || name == QLatin1String("origin_desk") ||
        name == QLatin1String("seq"))
        return true;
    return table == QLatin1String("staff") && staffLoginColumns().contains(name);
}

QJsonValue jsonOf(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::ULongLong:
        case QMetaType::UInt:
            return QJsonValue(v.toLongLong());
        case QMetaType::Double:
            return QJsonValue(v.toDouble());
        default:
            return QJsonValue(v.toString());
    }
}
}  // namespace

const QStringList& replicatedTables()
{
    static const QStringList tables = {
        QStringLiteral("staff"),
        QStringLiteral("fridge"),
        QStringLiteral("person"),
        QStringLiteral("identity_document"),
        QStringLiteral("lot"),
        QStringLiteral("trace_code"),
        QStringLiteral("excursion"),
        QStringLiteral("lot_quarantine"),
        QStringLiteral("stock_movement"),
        QStringLiteral("vial"),
        QStringLiteral("temperature_reading"),
        QStringLiteral("visit"),
        QStringLiteral("consent"),
        QStringLiteral("deferral"),
        QStringLiteral("dose"),
        QStringLiteral("observation"),
        QStringLiteral("adverse_event"),
        QStringLiteral("contraindication"),
    };
    return tables;
}

QString keyColumn(const QString& table)
{
    return table == QLatin1String("trace_code") ? QStringLiteral("code") : QStringLiteral("id");
}

const QStringList& staffLoginColumns()
{
    static const QStringList columns = {
        QStringLiteral("username"),     QStringLiteral("password_hash"),
        QStringLiteral("pin_hash"),     QStringLiteral("failed_logins"),
        QStringLiteral("locked_until"),
    };
    return columns;
}

std::vector<std::pair<QString, QVariant>> localValuesOfNewRow(const QString& table,
                                                              const QString& id)
{
    if (table != QLatin1String("staff"))
        return {};
    // A login no one can use: a name no desk gives ("site:" and the id) and a hash no password
    // verifies. The site admin of this desk gives the person a login here if they work here.
    return {{QStringLiteral("username"), QStringLiteral("site:") + id},
            {QStringLiteral("password_hash"), noLoginHash()}};
}

bool isReplicated(const QString& table)
{
    return replicatedTables().contains(table);
}

Result<TableColumns> TableColumns::read(Database& db)
{
    TableColumns out;
    for (const QString& table : replicatedTables()) {
        auto q =
            db.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
        if (!q)
            return q.error();
        QStringList names;
        while (q->next()) {
            const QString name = q->value(0).toString();
            if (!isLocalColumn(table, name))
                names << name;
        }
        out.m_columns[table] = names;
    }
    return out;
}

QStringList TableColumns::columns(const QString& table) const
{
    const auto it = m_columns.find(table);
    return it == m_columns.end() ? QStringList() : it->second;
}

Result<QJsonObject> rowImage(Database& db, const TableColumns& columns, const QString& table,
                             const QString& id)
{
    const QStringList names = columns.columns(table);
    if (names.isEmpty())
        return makeError(ErrorCode::Internal,
                         QStringLiteral("%1 is not a replicated table").arg(table));
    auto q = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                         .arg(names.join(QStringLiteral(", ")), table, keyColumn(table)),
                     {id});
    if (!q)
        return q.error();
    QJsonObject image;
    if (!q->next())
        return image;
    for (int i = 0; i < names.size(); ++i)
        image.insert(names.at(i), jsonOf(q->value(i)));
    return image;
}

QString rowHash(const QJsonObject& image)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(image).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Result<TableDigest> tableDigest(Database& db, const TableColumns& columns, const QString& table)
{
    auto ids =
        db.exec(QStringLiteral("SELECT %2 FROM %1 ORDER BY %2").arg(table, keyColumn(table)));
    if (!ids)
        return ids.error();
    QStringList all;
    while (ids->next())
        all << ids->value(0).toString();
    QList<QJsonObject> images;
    images.reserve(all.size());
    for (const QString& id : all) {
        VAX_TRY_VALUE(QJsonObject image, rowImage(db, columns, table, id));
        images << image;
    }
    return digestOf(images);
}

TableDigest digestOf(const QList<QJsonObject>& imagesInIdOrder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    TableDigest d;
    for (const QJsonObject& image : imagesInIdOrder) {
        hash.addData(QJsonDocument(image).toJson(QJsonDocument::Compact));
        hash.addData(QByteArrayView("\n"));
        ++d.rows;
    }
    d.hash = QString::fromLatin1(hash.result().toHex());
    return d;
}

}  // namespace vax::sitesync
