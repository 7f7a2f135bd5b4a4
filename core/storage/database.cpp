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
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <functional>

#include "common/clock.h"
#include "storage/backup.h"
#include "storage/migrations.h"
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

Error corruptError(const QString& path, const QString& detail)
{
    const QString backup =
        newestBackup(QFileInfo(path).absolutePath() + QStringLiteral("/backups"));
    QString message = DbText::tr(
                          "The database %1 is damaged (%2). VaxPoint stopped and did not "
                          "change the file. ")
                          .arg(QDir::toNativeSeparators(path), detail);
    if (backup.isEmpty())
        message += DbText::tr("No backup was found beside it: keep the file and call support.");
    else
        message += DbText::tr(
                       "The newest backup is %1: keep the damaged file, and restore that "
                       "backup by copying it in place of the database.")
                       .arg(QDir::toNativeSeparators(backup));
    return makeError(ErrorCode::DbCorrupt, message, QStringLiteral("database"));
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
    return makeError(ErrorCode::DbOpenFailed,
                     DbText::tr("Cannot open the database %1: %2. Check that the file exists and "
                                "that you may read it.")
                         .arg(QDir::toNativeSeparators(path), db.lastError().text()),
                     QStringLiteral("database"));
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
Result<T> withReadOnly(const QString& path, Work work,
                       const std::function<void(sqlite3*)>& onHandle = {})
{
    const QString name = nextConnectionName();
    Result<T> result = Error{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
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

// PRAGMA quick_check: reads every page. A damaged file is left exactly as it was.
Status quickCheck(const QString& path, const std::function<void(sqlite3*)>& onHandle = {})
{
    auto checked = withReadOnly<bool>(
        path,
        [&](QSqlDatabase& db) -> Result<bool> {
            QSqlQuery q(db);
            QStringList problems;
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                problems << q.lastError().databaseText();
            } else {
                while (q.next()) {
                    const QString line = q.value(0).toString();
                    if (line != QLatin1String("ok"))
                        problems << line;
                }
            }
            if (!problems.isEmpty())
                return corruptError(path, problems.first());
            return true;
        },
        onHandle);
    if (!checked)
        return checked.error();
    markChecked(path);
    return {};
}

// The schema version, read before anything may write to the file.
Result<int> schemaVersionOf(const QString& path)
{
    return withReadOnly<int>(path, [&](QSqlDatabase& db) -> Result<int> {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return corruptError(path, q.lastError().databaseText());
        return q.value(0).toInt();
    });
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
                             DbText::tr("The database is damaged (%1). Stop using this computer "
                                        "for records and restore the newest backup.")
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
    const QFileInfo info(options.path);
    const bool exists = info.exists();
    if (!exists && !options.create) {
        return makeError(ErrorCode::DbNotInitialized,
                         DbText::tr("There is no database at %1. Create one with \"vaxctl init\" "
                                    "or start VaxPoint once, or pass the right --db path.")
                             .arg(QDir::toNativeSeparators(options.path)),
                         QStringLiteral("db"));
    }
    // Registered from here on, so a check passed below counts only while a connection holds it.
    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    connectionOpened(db->m_path);
    int fileVersion = 0;
    bool checkLater = false;
    if (exists) {
        auto version = schemaVersionOf(options.path);
        if (!version)
            return version.error();
        fileVersion = *version;
        // A migration writes: the file is checked first. So is a file of a newer schema, whose
        // refusal should not hide damage.
        checkLater = options.checkInBackground && fileVersion == latestSchemaVersion();
        if (!checkLater && !checkedEarlier(options.path))
            VAX_TRY(quickCheck(options.path));
        if (fileVersion > latestSchemaVersion()) {
            return makeError(ErrorCode::DbNewerSchema,
                             DbText::tr("The database %1 was written by a newer VaxPoint (schema "
                                        "%2; this program knows up to %3). Install the newer "
                                        "VaxPoint; this one will not touch the file.")
                                 .arg(QDir::toNativeSeparators(options.path))
                                 .arg(fileVersion)
                                 .arg(latestSchemaVersion()),
                             QStringLiteral("database"));
        }
    } else if (!makePrivateDir(info.absolutePath()) ||
               !createPrivateFile(info.absoluteFilePath())) {
        // The database holds personal health data: owner-only from the first byte (SQLite gives
        // its -wal and -shm files the same mode).
        return makeError(ErrorCode::Io,
                         DbText::tr("Cannot create the folder %1 for the database. Check the "
                                    "path and your permissions.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())),
                         QStringLiteral("db"));
    }

    db->m_backupDir = options.backupDir.isEmpty() ? info.absolutePath() + QStringLiteral("/backups")
                                                  : options.backupDir;
    db->m_connectionName = nextConnectionName();
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    if (!db->m_db.open()) {
        return makeError(
            ErrorCode::DbOpenFailed,
            DbText::tr("Cannot open the database %1: %2")
                .arg(QDir::toNativeSeparators(db->m_path), db->m_db.lastError().text()),
            QStringLiteral("db"));
    }
    VAX_TRY(db->configure());
    db->m_schemaVersion = fileVersion;
    if (checkLater && !checkedEarlier(db->m_path))
        db->startBackgroundCheck();
    else
        db->m_integrity = finishedCheck({});
    VAX_TRY(db->migrate(options));
    return db;
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
        const Status status = quickCheck(path, [state](sqlite3* h) {
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
            return sqlError(q.lastError(), QString::fromLatin1(p.sql));
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

Status Database::execScript(const QString& script)
{
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
        auto backup = backupDatabase(*this, m_backupDir,
                                     QStringLiteral("pre-migration-v%1").arg(m_schemaVersion),
                                     clock.nowUtc());
        if (!backup)
            return backup.error();
    }
    const auto& all = migrations();
    for (int version = m_schemaVersion + 1; version <= target; ++version) {
        const Migration& m = all.at(static_cast<size_t>(version - 1));
        const QString script = QStringLiteral("BEGIN IMMEDIATE;\n%1\nPRAGMA user_version = %2;\n")
                                   .arg(m.sql)
                                   .arg(version);
        Status applied = execScript(script);
        if (applied.ok())
            applied = execScript(QStringLiteral("COMMIT"));
        if (!applied.ok()) {
            (void)execScript(QStringLiteral("ROLLBACK"));
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
    Query result(own ? nullptr : &cached.busy, own ? nullptr : q, std::move(own));
    if (!q->exec())
        return sqlError(q->lastError(), sql.left(60));
    return result;
}

Query::Query(bool* busyFlag, QSqlQuery* cached, std::unique_ptr<QSqlQuery> own)
    : m_busyFlag(busyFlag), m_query(cached ? cached : own.get()), m_own(std::move(own))
{
}

Query::Query(Query&& other) noexcept
    : m_busyFlag(other.m_busyFlag), m_query(other.m_query), m_own(std::move(other.m_own))
{
    other.m_busyFlag = nullptr;
    other.m_query = nullptr;
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
