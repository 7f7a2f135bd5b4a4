#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

#include "common/result.h"

struct sqlite3;

namespace vax {

class Query;

struct OpenOptions {
    QString path;
    // Create the file when it does not exist (vaxctl init, first start of the GUI).
    bool create = false;
    // Apply pending migrations (after a backup). Off: an older schema is an error.
    bool migrate = true;
    // Stop migrating at this version (tests build every earlier version). 0: the newest.
    int targetVersion = 0;
    // Where pre-migration backups go. Empty: "backups" beside the database file.
    QString backupDir;
};

// One SQLite connection with VaxPoint's guarantees: WAL, synchronous=FULL, foreign keys, a busy
// timeout, a quick_check before anything touches the file, numbered migrations. A connection
// belongs to the thread that opened it: background work opens its own Database.
class Database {
public:
    static Result<std::unique_ptr<Database>> open(const OpenOptions& options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    QString backupDir() const { return m_backupDir; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase& connection() { return m_db; }
    sqlite3* handle();

    // Runs one statement, prepared once per connection and cached; values bind positionally.
    // The returned Query releases the statement when it goes out of scope.
    Result<Query> exec(const QString& sql, const QVariantList& args = {});

    // Runs a script of several statements (migrations), outside the statement cache.
    Status execScript(const QString& script);

    // The newest schema version this build knows.
    static int latestSchemaVersion();

    // Maps a failed query to an error with a clear message.
    static Error sqlError(const QSqlError& error, const QString& context);

private:
    friend class Query;
    Database() = default;
    Status configure();
    Status migrate(const OpenOptions& options);

    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;
        bool busy = false;
    };

    QString m_path;
    QString m_backupDir;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    std::unordered_map<QString, CachedStatement> m_statements;
};

// The rows of one executed statement. Move-only; finishes the statement when destroyed so no read
// statement stays open (an open statement blocks WAL checkpoints).
class Query {
public:
    Query(Query&& other) noexcept;
    Query& operator=(Query&&) = delete;
    Query(const Query&) = delete;
    ~Query();

    bool next() { return m_query->next(); }
    QVariant value(int index) const { return m_query->value(index); }
    QVariant value(const QString& name) const { return m_query->value(name); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar();

private:
    friend class Database;
    Query(bool* busyFlag, QSqlQuery* cached, std::unique_ptr<QSqlQuery> own);
    bool* m_busyFlag = nullptr;
    QSqlQuery* m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_own;
};

// The default database of this user: $VAXPOINT_DB, else <AppDataLocation>/vaxpoint.sqlite.
QString defaultDatabasePath();

}  // namespace vax
