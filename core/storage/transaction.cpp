#include "storage/transaction.h"

#include <QCoreApplication>

#include "storage/database.h"

namespace vax {

Result<WriteTransaction> WriteTransaction::begin(Database& db)
{
    // Nothing is written to a file whose quick_check has not passed (see checkInBackground).
    VAX_TRY(db.awaitIntegrity());
    VAX_TRY(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
    db.startWriteSnapshot();
    return WriteTransaction(&db);
}

WriteTransaction::WriteTransaction(WriteTransaction&& other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

Status WriteTransaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Internal, QStringLiteral("commit of a finished transaction"));
    auto q = m_db->exec(QStringLiteral("COMMIT"));
    if (!q.ok()) {
        rollback();
        return q.error();
    }
    m_db->endWriteSnapshot();
    m_db = nullptr;
    return {};
}

void WriteTransaction::rollback()
{
    if (!m_db)
        return;
    Database* db = m_db;
    m_db = nullptr;
    db->endWriteSnapshot();
    // ROLLBACK can fail only when SQLite already rolled back (e.g. after SQLITE_FULL).
    (void)db->exec(QStringLiteral("ROLLBACK"));
}

Result<ReadTransaction> ReadTransaction::begin(Database& db)
{
    // A deferred BEGIN: the snapshot starts at the first SELECT and holds until end().
    VAX_TRY(db.exec(QStringLiteral("BEGIN")));
    return ReadTransaction(&db);
}

ReadTransaction::ReadTransaction(ReadTransaction&& other) noexcept : m_db(other.m_db)
{
    other.m_db = nullptr;
}

ReadTransaction::~ReadTransaction()
{
    end();
}

void ReadTransaction::end()
{
    if (!m_db)
        return;
    Database* db = m_db;
    m_db = nullptr;
    (void)db->exec(QStringLiteral("COMMIT"));
}

}  // namespace vax
