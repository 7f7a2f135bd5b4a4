#pragma once

// The tables a site replicates between its desks (docs/site.md 3.3, 4) and their row images:
// every table that carries the change log's change_seq (schema 15) and origin_desk (schema 16).
// A row image is the row as JSON, keyed by column name, without the desk-local columns
// (change_seq, origin_desk, the rowid alias `seq` of person and contraindication, and a staff
// member's login, staffLoginColumns()); its hash
// is the SHA-256 of its compact JSON (keys sorted), so the same row gives the same hash on every
// desk.
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <QVariant>

#include <map>
#include <utility>
#include <vector>

#include "common/result.h"

namespace vax {
class Database;
}

namespace vax::sitesync {

// In the order a fresh desk best applies them (parents before the rows that point at them).
const QStringList& replicatedTables();
bool isReplicated(const QString& table);
// The column that names a row of `table`: "id", or trace_code's "code" (the box's GS1 code).
// Row images, the push's "id" and the server's row_id carry its value.
QString keyColumn(const QString& table);
// The staff columns that never leave their desk (docs/site.md 4): the login name, the password
// and PIN hashes, the failed logins and the lock-out. A desk's credentials stay local.
const QStringList& staffLoginColumns();
// The desk-local columns a row pulled for the first time is given (the columns above, which
// are NOT NULL): none for every table but staff.
std::vector<std::pair<QString, QVariant>> localValuesOfNewRow(const QString& table,
                                                              const QString& id);

// The replicated columns of every replicated table on this desk's schema, read once.
class TableColumns {
public:
    static Result<TableColumns> read(Database& db);
    // Empty for a table that is not replicated.
    QStringList columns(const QString& table) const;

private:
    std::map<QString, QStringList> m_columns;
};

// The current image of row `id` of `table`; an empty object when there is no such row.
Result<QJsonObject> rowImage(Database& db, const TableColumns& columns, const QString& table,
                             const QString& id);
QString rowHash(const QJsonObject& image);

// Rows and a hash over every row image of `table` in id order: two desks holding the same rows
// give the same pair, whatever their local numbering and origin.
struct TableDigest {
    qint64 rows = 0;
    QString hash;
};
Result<TableDigest> tableDigest(Database& db, const TableColumns& columns, const QString& table);
// The same digest over row images given in id order, wherever they were read (the site server's
// vaxsite.record holds the images it compares against).
TableDigest digestOf(const QList<QJsonObject>& imagesInIdOrder);

}  // namespace vax::sitesync
