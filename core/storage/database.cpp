#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QPromise>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <functional>

#include "common/clock.h"
#include "storage/backup.h"
#include "storage/migrations.h"
#include "storage/openfaults.h"
#include "storage/privatefiles.h"

// Quiet by default; QT_LOGGING_RULES="vax.storage.info=true" shows PRAGMAs and migrations.
Q_LOGGING_CATEGORY(lcStorage, "vax.storage", QtWarningMsg)

namespace vax {

namespace {
struct DbText {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("vax-%1").arg(counter.fetch_add(1));
}

// Files open in this process that passed quick_check, with how many connections hold them. The
// connections that background work opens beside the window's (an import, an export) need not
// read gigabytes again; once the last connection closes, the next open checks again.
QMutex g_checkedMutex;
QHash<QString, int> g_openConnections;  // absolute path → open Database objects
QSet<QString> g_checked;

bool checkedEarlier(const QString& path)
{
    QMutexLocker lock(&g_checkedMutex);
    return g_checked.contains(QFileInfo(path).absoluteFilePath());
}

void markChecked(const QString& path)
{
    QMutexLocker lock(&g_checkedMutex);
    g_checked.insert(QFileInfo(path).absoluteFilePath());
}

// Whether a connection of this process holds the file. Then VaxPoint must not open and close a
// descriptor of its own on it (a header probe): closing any descriptor of a file drops every
// POSIX lock this process holds on it, the SQLite connections' locks included.
bool openInThisProcess(const QString& absolutePath)
{
    QMutexLocker lock(&g_checkedMutex);
    return g_openConnections.contains(absolutePath);
}

void connectionOpened(const QString& absolutePath)
{
    QMutexLocker lock(&g_checkedMutex);
    ++g_openConnections[absolutePath];
}

void connectionClosed(const QString& absolutePath)
{
    QMutexLocker lock(&g_checkedMutex);
    if (--g_openConnections[absolutePath] <= 0) {
        g_openConnections.remove(absolutePath);
        g_checked.remove(absolutePath);
    }
}

Error openError(const QString& path, const QSqlDatabase& db)
{
    const QSqlError e = db.lastError();
    return classifyOpenFailure(path, e.nativeErrorCode().toInt(),
                               e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

Error queryError(const QString& path, const QSqlQuery& q)
{
    const QSqlError e = q.lastError();
    return classifyOpenFailure(path, e.nativeErrorCode().toInt(),
                               e.databaseText().isEmpty() ? e.text() : e.databaseText());
}

// The name a read-only check connection opens. `immutable`: the file alone is the whole
// database (no -wal, no -shm beside it, nobody has it open), so the check takes no lock and
// creates no -wal/-shm beside a file VaxPoint may refuse.
QString readOnlyName(const QString& path, bool immutable)
{
    if (!immutable)
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

// Process-wide SQLite settings: they must be made before SQLite initialises, i.e. before the
// first connection opens, so every open in this file calls this first. Later calls do nothing.
void configureSqliteOnce()
{
    static const bool configured = [] {
        // Statement journals in memory only. Every write to a change-logged table runs
        // triggers (the change log, docs/storage.md), so SQLite keeps a statement journal for
        // it; by default one is allocated in 64 KiB chunks and becomes a temporary file past
        // 64 KiB. A statement journal only undoes one failed statement inside its transaction:
        // durability stays with the WAL. (docs/performance.md, "The change log".)
        const int rc = sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, -1);
        // SQLite was initialised already (a test's raw connection or VFS came first): the
        // default stays, which is slower but as correct.
        if (rc != SQLITE_OK)
            qCInfo(lcStorage) << "SQLITE_CONFIG_STMTJRNL_SPILL not applied:" << sqlite3_errstr(rc);
        return rc == SQLITE_OK;
    }();
    static_cast<void>(configured);
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.data());
}

// Runs `work` on a read-only connection of its own to `path`; `onHandle` sees the SQLite handle
// once it is open and nullptr before it closes (for sqlite3_interrupt from another thread).
template <typename T, typename Work>
Result<T> withReadOnly(const QString& path, bool immutable, Work work,
                       const std::function<void(sqlite3*)>& onHandle = {})
{
    configureSqliteOnce();
    const QString name = nextConnectionName();
    Result<T> result = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(readOnlyName(path, immutable));
        db.setConnectOptions(immutable ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                       : QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = openError(path, db);
        } else {
            if (onHandle)
                onHandle(sqliteHandle(db));
            result = work(db);
            if (onHandle)
                onHandle(nullptr);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// PRAGMA quick_check: reads every page. A damaged file is left exactly as it was. Only what
// quick_check reports (or SQLITE_CORRUPT) is damage; a lock or a disk error is named as such.
Status quickCheck(const QString& path, bool immutable = false,
                  const std::function<void(sqlite3*)>& onHandle = {})
{
    VAX_TRY(withReadOnly<bool>(
        path, immutable,
        [&](QSqlDatabase& db) -> Result<bool> {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA quick_check")))
                return queryError(path, q);
            while (q.next()) {
                const QString line = q.value(0).toString();
                if (line != QLatin1String("ok"))
                    problems << line;
            }
            if (q.lastError().isValid() && problems.isEmpty())
                return queryError(path, q);
            if (!problems.isEmpty())
                return dbDamagedError(path, problems.first());
            return true;
        },
        onHandle));
    markChecked(path);
    return {};
}

// The schema version, read before anything may write to the file.
Result<int> schemaVersionOf(const QString& path, bool immutable)
{
    return withReadOnly<int>(path, immutable, [&](QSqlDatabase& db) -> Result<int> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return queryError(path, q);
        return q.value(0).toInt();
    });
}

// A VaxPoint database in WAL mode with nothing beside it: nobody has it open, and the file alone
// holds every committed record (bytes 18 and 19 of the header are 2 in WAL mode).
bool aloneOnDisk(const QString& path)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal")) ||
        QFileInfo::exists(path + QStringLiteral("-shm")))
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(20);
    return head.size() == 20 && head.at(18) == 2 && head.at(19) == 2;
}

// After a refused open: removes the -wal and -shm this open created, never one that was there
// before (it may hold committed records) and never a -wal with content.
void removeOwnCompanions(const QString& path, bool hadWal, bool hadShm)
{
    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const QFileInfo walInfo(wal);
    if (!hadWal && walInfo.exists() && walInfo.size() == 0)
        QFile::remove(wal);
    if (!hadShm && !QFileInfo::exists(wal) && QFileInfo::exists(shm))
        QFile::remove(shm);
}

}  // namespace

QFuture<Status> finishedCheck(const Status& status)
{
    QPromise<Status> promise;
    promise.start();
    promise.addResult(status);
    promise.finish();
    return promise.future();
}

QString defaultDatabasePath()
{
    const QByteArray env = qgetenv("VAXPOINT_DB");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/vaxpoint.sqlite");
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

Error Database::sqlError(const QSqlError& error, const QString& context)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return makeError(ErrorCode::DbBusy,
                             DbText::tr("The database is busy: another program holds it (%1). "
                                        "Nothing was saved; close the other program or wait, then "
                                        "try again.")
                                 .arg(detail));
        case SQLITE_FULL:
            return makeError(ErrorCode::DbFull,
                             DbText::tr("The disk is full. Nothing was saved; free some disk "
                                        "space, then try again."));
        case SQLITE_READONLY:
        case SQLITE_PERM:
        case SQLITE_CANTOPEN:
            return makeError(ErrorCode::DbReadOnly,
                             DbText::tr("The database cannot be written (%1). Nothing was saved; "
                                        "check the file's permissions and the disk, then try "
                                        "again.")
                                 .arg(detail));
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return makeError(ErrorCode::DbCorrupt,
                             DbText::tr("The database is damaged (%1). Nothing was saved. Stop "
                                        "recording on this computer, keep the file as it is and "
                                        "call support before replacing anything.")
                                 .arg(detail));
        case SQLITE_IOERR:
            return makeError(ErrorCode::Io, DbText::tr("The disk reported an error (%1). Nothing "
                                                       "was saved; check the disk, then try again.")
                                                .arg(detail));
        default:
            return makeError(
                ErrorCode::DbQueryFailed,
                DbText::tr("A database operation failed (%1): %2").arg(context, detail));
    }
}

Result<std::unique_ptr<Database>> Database::open(const OpenOptions& options)
{
    configureSqliteOnce();
    const QString path = QFileInfo(options.path).absoluteFilePath();
    const bool hadWal = QFileInfo::exists(path + QStringLiteral("-wal"));
    const bool hadShm = QFileInfo::exists(path + QStringLiteral("-shm"));
    // A lambda, so it reaches Database's private members without a new declaration.
    auto openChecked = [&options]() -> Result<std::unique_ptr<Database>> {
        const QFileInfo info(options.path);
        const bool exists = info.exists();
        if (!exists && !options.create) {
            if (auto problem = osAccessProblem(options.path, false))
                return *problem;
            return makeError(
                ErrorCode::DbNotInitialized,
                DbText::tr("There is no database at %1. Create one with \"vaxctl init\" "
                           "or start VaxPoint once, or pass the right --db path.")
                    .arg(QDir::toNativeSeparators(options.path)),
                QStringLiteral("db"));
        }
        // An empty file is no database yet: only an explicit create (vaxctl init, the window's
        // first start) may write a schema into it. Anything else that is not SQLite is refused
        // untouched.
        const bool empty = exists && info.isFile() && info.size() == 0;
        const bool shared = openInThisProcess(info.absoluteFilePath());
        if (exists && !(empty && options.create) && !shared)
            VAX_TRY(probeHeader(options.path));
        // Registered from here on, so a check passed below counts only while a connection holds it.
        std::unique_ptr<Database> db(new Database);
        db->m_path = info.absoluteFilePath();
        connectionOpened(db->m_path);
        int fileVersion = 0;
        bool checkLater = false;
        if (exists && !empty) {
            const bool immutable = !shared && aloneOnDisk(db->m_path);
            VAX_TRY_VALUE(auto version, schemaVersionOf(options.path, immutable));
            fileVersion = version;
            // A migration writes: the file is checked first. So is a file of a newer or unknown
            // schema, whose refusal should not hide damage.
            checkLater = options.checkInBackground && fileVersion == latestSchemaVersion();
            if (!checkLater && !checkedEarlier(options.path))
                VAX_TRY(quickCheck(options.path, immutable));
            if (fileVersion < 0)
                return dbUnknownSchemaError(db->m_path, fileVersion, latestSchemaVersion());
            if (fileVersion > latestSchemaVersion()) {
                return makeError(
                    ErrorCode::DbNewerSchema,
                    DbText::tr("The database %1 was written by a newer VaxPoint (schema "
                               "%2; this program knows up to %3). Install the newer "
                               "VaxPoint; this one will not touch the file.")
                        .arg(QDir::toNativeSeparators(options.path))
                        .arg(fileVersion)
                        .arg(latestSchemaVersion()),
                    QStringLiteral("database"));
            }
            // Read-only file, folder or medium: said now, before a writable connection creates
            // journal files beside it or a write fails at the desk.
            if (auto problem = osAccessProblem(db->m_path, true))
                return *problem;
        } else if (!exists && (!makePrivateDir(info.absolutePath()) ||
                               !createPrivateFile(info.absoluteFilePath()))) {
            // The database holds personal health data: owner-only from the first byte (SQLite gives
            // its -wal and -shm files the same mode).
            if (auto problem = osAccessProblem(info.absoluteFilePath(), true))
                return *problem;
            return makeError(ErrorCode::Io,
                             DbText::tr("Cannot create the folder %1 for the database. Check the "
                                        "path and your permissions.")
                                 .arg(QDir::toNativeSeparators(info.absolutePath())),
                             QStringLiteral("db"));
        }

        db->m_backupDir = options.backupDir.isEmpty()
                              ? info.absolutePath() + QStringLiteral("/backups")
                              : options.backupDir;
        db->m_connectionName = nextConnectionName();
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        db->m_db.setDatabaseName(db->m_path);
        if (!db->m_db.open())
            return openError(db->m_path, db->m_db);
        VAX_TRY(db->configure());
        // SQLite opens a file it may not write read-only without saying so: ask it.
        if (sqlite3* h = db->handle(); h && sqlite3_db_readonly(h, "main") == 1)
            return dbReadOnlyError(db->m_path);
        db->m_schemaVersion = fileVersion;
        if (checkLater && !checkedEarlier(db->m_path))
            db->startBackgroundCheck();
        else
            db->m_integrity = finishedCheck({});
        VAX_TRY(db->migrate(options));
        return db;
    };
    auto opened = openChecked();
    // The refused connection is closed by now: leave nothing beside a file VaxPoint refused.
    if (!opened)
        removeOwnCompanions(path, hadWal, hadShm);
    return opened;
}

// The background check's handle, so the destructor can stop a check still reading gigabytes.
struct Database::CheckState {
    QMutex mutex;
    sqlite3* handle = nullptr;
    bool stopped = false;
};

void Database::startBackgroundCheck()
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    m_integrity = promise->future();
    m_check = std::make_shared<CheckState>();
    auto state = m_check;
    const QString path = m_path;
    m_checker.reset(QThread::create([promise, state, path] {
        const Status status = quickCheck(path, false, [state](sqlite3* h) {
            QMutexLocker lock(&state->mutex);
            state->handle = h;
            if (h && state->stopped)
                sqlite3_interrupt(h);
        });
        if (!status)
            qCWarning(lcStorage) << "background quick_check failed:" << status.error().message;
        promise->addResult(status);
        promise->finish();
    }));
    m_checker->setObjectName(QStringLiteral("vax-quick-check"));
    m_checker->start(QThread::LowPriority);
}

void Database::interrupt()
{
    if (sqlite3* h = handle())
        sqlite3_interrupt(h);
}

Status Database::awaitIntegrity()
{
    if (!m_integrity.isFinished())
        m_integrity.waitForFinished();
    return m_integrity.result();
}

Database::~Database()
{
    if (m_checker) {
        {
            QMutexLocker lock(&m_check->mutex);
            m_check->stopped = true;
            if (m_check->handle)
                sqlite3_interrupt(m_check->handle);
        }
        m_checker->wait();
    }
    if (!m_path.isEmpty())
        connectionClosed(m_path);
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3* Database::handle()
{
    return sqliteHandle(m_db);
}

Status Database::configure()
{
    // PRAGMAs are per connection; journal_mode returns the mode in force.
    const struct {
        const char* sql;
        const char* expect;
    } pragmas[] = {
        {"PRAGMA busy_timeout = 5000", nullptr},
        {"PRAGMA journal_mode = WAL", "wal"},
        {"PRAGMA synchronous = FULL", nullptr},
        {"PRAGMA foreign_keys = ON", nullptr},
    };
    for (const auto& p : pragmas) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(p.sql)))
            return queryError(m_path, q);
        if (p.expect && (!q.next() || q.value(0).toString() != QLatin1String(p.expect))) {
            return makeError(ErrorCode::DbOpenFailed,
                             DbText::tr("The database refused write-ahead logging (%1). Move it to "
                                        "a local disk; network drives are not supported.")
                                 .arg(q.value(0).toString()));
        }
        qCInfo(lcStorage) << m_connectionName << p.sql;
    }
    return {};
}

Status Database::foreignKeysHold()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return queryError(m_path, q);
    if (!q.next())
        return {};
    // Columns: table, rowid, parent table, foreign key index.
    return makeError(ErrorCode::DbMigrationFailed,
                     QStringLiteral("a row of %1 (rowid %2) points at a missing row of %3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
}

Status Database::execScript(const QString& script)
{
    // A script may change the schema: cached statements (and their column maps) are prepared
    // again; one still being read up the stack keeps its statement and learns its columns again.
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (it->second.busy) {
            it->second.columns.clear();
            ++it;
        } else {
            it = m_statements.erase(it);
        }
    }
    sqlite3* h = handle();
    if (!h)
        return makeError(ErrorCode::Internal, QStringLiteral("no SQLite handle"));
    char* message = nullptr;
    const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        QSqlError err(detail, detail, QSqlError::StatementError, QString::number(rc));
        return sqlError(err, QStringLiteral("script"));
    }
    return {};
}

Status Database::migrate(const OpenOptions& options)
{
    const int target = options.targetVersion > 0 ? options.targetVersion : latestSchemaVersion();
    if (m_schemaVersion >= target)
        return {};
    if (!options.migrate) {
        return makeError(ErrorCode::DbMigrationFailed,
                         DbText::tr("The database has schema %1 and needs %2. Open it with "
                                    "VaxPoint or run \"vaxctl check-db\" to upgrade it.")
                             .arg(m_schemaVersion)
                             .arg(target));
    }
    if (m_schemaVersion > 0) {
        SystemClock clock;
        ErrorCode cause = ErrorCode::BackupFailed;
        auto backup = backupDatabase(*this, m_backupDir,
                                     QStringLiteral("pre-migration-v%1").arg(m_schemaVersion),
                                     clock.nowUtc(), &cause);
        if (!backup && cause == ErrorCode::DbFull)
            return dbFullError(m_path);
        if (!backup)
            return backup.error();
    }
    const auto& all = migrations();
    // A migration may rebuild a table others point at (SQLite's procedure for a schema change
    // ALTER TABLE cannot make): foreign keys are off while it runs, which SQLite allows only
    // outside a transaction, and every reference is checked before its transaction commits.
    VAX_TRY(execScript(QStringLiteral("PRAGMA foreign_keys = OFF")));
    struct KeysBackOn {
        Database* db;
        ~KeysBackOn() { (void)db->execScript(QStringLiteral("PRAGMA foreign_keys = ON")); }
    } keysBackOn{this};
    for (int version = m_schemaVersion + 1; version <= target; ++version) {
        const Migration& m = all.at(static_cast<size_t>(version - 1));
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version = %2;\n")
                                   .arg(m.sql)
                                   .arg(version);
        Status applied = execScript(script);
        if (applied.ok())
            applied = foreignKeysHold();
        if (applied.ok())
            applied = execScript(QStringLiteral("COMMIT"));
        if (!applied.ok()) {
            (void)execScript(QStringLiteral("ROLLBACK"));
            // A full disk or a lock is named as such: the schema is fine, the disk is not.
            const ErrorCode code = applied.error().code;
            if (code == ErrorCode::DbFull)
                return dbFullError(m_path);
            if (code == ErrorCode::DbBusy)
                return dbLockedError(m_path);
            if (code == ErrorCode::DbReadOnly)
                return dbReadOnlyError(m_path);
            return makeError(ErrorCode::DbMigrationFailed,
                             DbText::tr("Upgrading the database to schema %1 (%2) failed: %3. The "
                                        "database was left at schema %4.")
                                 .arg(version)
                                 .arg(m.name, applied.error().message)
                                 .arg(version - 1));
        }
        qCInfo(lcStorage) << "migrated" << m_path << "to schema" << version << m.name;
        m_schemaVersion = version;
    }
    return {};
}

Result<Query> Database::exec(const QString& sql, const QVariantList& args)
{
    CachedStatement& cached = m_statements[sql];
    QSqlQuery* q = nullptr;
    std::unique_ptr<QSqlQuery> own;
    if (cached.busy) {
        // The same statement is still being read further up the stack: use a fresh one.
        own = std::make_unique<QSqlQuery>(m_db);
        if (!own->prepare(sql))
            return sqlError(own->lastError(), sql);
        q = own.get();
    } else {
        if (!cached.query) {
            auto fresh = std::make_unique<QSqlQuery>(m_db);
            if (!fresh->prepare(sql)) {
                const Error e = sqlError(fresh->lastError(), sql);
                m_statements.erase(sql);
                return e;
            }
            cached.query = std::move(fresh);
        }
        cached.busy = true;
        q = cached.query.get();
    }
    for (int i = 0; i < args.size(); ++i)
        q->bindValue(i, args.at(i));
    Query result(own ? nullptr : &cached.busy, own ? nullptr : q, std::move(own), &cached.columns);
    if (!q->exec())
        return sqlError(q->lastError(), sql.left(60));
    return result;
}

Query::Query(bool* busyFlag, QSqlQuery* cached, std::unique_ptr<QSqlQuery> own,
             QHash<QString, int>* columns)
    : m_busyFlag(busyFlag), m_query(cached ? cached : own.get()), m_own(std::move(own))
{
    // A fresh statement (the cached one is busy) has the same columns: same SQL text.
    if (columns) {
        m_columns = columns;
    } else {
        m_ownColumns = std::make_unique<QHash<QString, int>>();
        m_columns = m_ownColumns.get();
    }
}

QVariant Query::value(const QString& name) const
{
    if (m_columns->isEmpty()) {
        const QSqlRecord record = m_query->record();
        for (int i = 0; i < record.count(); ++i)
            m_columns->insert(record.fieldName(i), i);
    }
    const auto it = m_columns->constFind(name);
    if (it != m_columns->cend())
        return m_query->value(*it);
    return m_query->value(name);  // not an exact column name: Qt's own lookup decides
}

Query::Query(Query&& other) noexcept
    : m_busyFlag(other.m_busyFlag),
      m_query(other.m_query),
      m_own(std::move(other.m_own)),
      m_columns(other.m_columns),
      m_ownColumns(std::move(other.m_ownColumns))
{
    other.m_busyFlag = nullptr;
    other.m_query = nullptr;
    other.m_columns = nullptr;
}

Query::~Query()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_busyFlag)
        *m_busyFlag = false;
}

QVariant Query::scalar()
{
    return next() ? value(0) : QVariant();
}

}  // namespace vax
