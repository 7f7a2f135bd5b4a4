#pragma once

#include <QFuture>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>
#include <unordered_map>

#include "common/result.h"

struct sqlite3;
class QThread;

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
    // Run quick_check on a thread of its own instead of before open() returns, so a window can
    // appear at once on a large file (quick_check reads every page: seconds on gigabytes). Every
    // write transaction waits for the check and is refused when it failed, so nothing is
    // written to an unchecked file. Ignored (checked before) when the file is new or needs a
    // migration.
    bool checkInBackground = false;
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

    // The file's quick_check: finished with success when it ran before open() returned (or ran
    // earlier in this process: a file is checked once per process, so the connections of
    // background work do not read gigabytes again); pending while a background check runs;
    // DbCorrupt (with the newest backup named) when the file is damaged.
    QFuture<Status> integrity() const { return m_integrity; }
    // Waits for the quick_check. WriteTransaction::begin calls it: nothing is written before the
    // check has passed.
    Status awaitIntegrity();
    // Stops the statement this connection is running (it fails with SQLITE_INTERRUPT). The one
    // call that is safe from another thread, while the connection is open.
    void interrupt();

    // Runs one statement, prepared once per connection and cached; values bind positionally.
    // The returned Query releases the statement when it goes out of scope.
    Result<Query> exec(const QString& sql, const QVariantList& args = {});

    // Runs a script of several statements (migrations), outside the statement cache.
    Status execScript(const QString& script);

    // The newest schema version this build knows.
    static int latestSchemaVersion();

    // Maps a failed query to an error with a clear message.
    static Error sqlError(const QSqlError& error, const QString& context);

    // The settings (table meta) as this connection's open write transaction sees them, or null
    // outside one. storage/meta.cpp fills it with one read on the first readMeta of the
    // transaction and keeps it current on writeMeta; WriteTransaction drops it when it commits or
    // rolls back. Exact without any check of other connections: while this connection holds the
    // write lock (BEGIN IMMEDIATE) nobody else can change a row, and meta is written only through
    // writeMeta (tests/core/test_table_owners.cpp).
    struct MetaSnapshot {
        bool loaded = false;
        QHash<QString, QString> values;
    };
    MetaSnapshot* writeSnapshot() { return m_snapshot.get(); }
    // Called by WriteTransaction only.
    void startWriteSnapshot() { m_snapshot = std::make_unique<MetaSnapshot>(); }
    void endWriteSnapshot() { m_snapshot.reset(); }

private:
    friend class Query;
    Database() = default;
    Status configure();
    // Every foreign key of the database holds (PRAGMA foreign_key_check finds nothing).
    Status foreignKeysHold();
    void startBackgroundCheck();
    Status migrate(const OpenOptions& options);

    struct CachedStatement {
        std::unique_ptr<QSqlQuery> query;
        bool busy = false;
        // Column name -> index of this statement's result, learnt on the first read by name.
        QHash<QString, int> columns;
    };

    QString m_path;
    QString m_backupDir;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    std::unordered_map<QString, CachedStatement> m_statements;
    std::unique_ptr<MetaSnapshot> m_snapshot;
    QFuture<Status> m_integrity;
    struct CheckState;
    std::shared_ptr<CheckState> m_check;  // the background check, while one runs
    std::unique_ptr<QThread> m_checker;
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
    // By column name: the statement's name -> index map is learnt once (QSqlQuery's own lookup
    // compares every column name, case-insensitively, on every call).
    QVariant value(const QString& name) const;
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query->numRowsAffected(); }
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar();

private:
    friend class Database;
    Query(bool* busyFlag, QSqlQuery* cached, std::unique_ptr<QSqlQuery> own,
          QHash<QString, int>* columns);
    bool* m_busyFlag = nullptr;
    QSqlQuery* m_query = nullptr;
    std::unique_ptr<QSqlQuery> m_own;
    QHash<QString, int>* m_columns = nullptr;  // the cached statement's, or m_ownColumns
    std::unique_ptr<QHash<QString, int>> m_ownColumns;
};

// A check that has already ended with `status` (what integrity() returns when no check runs).
QFuture<Status> finishedCheck(const Status& status);

// The default database of this user: $VAXPOINT_DB, else <AppDataLocation>/vaxpoint.sqlite.
QString defaultDatabasePath();

}  // namespace vax
