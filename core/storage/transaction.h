#pragma once

#include "common/result.h"

namespace vax {

class Database;

// A write transaction: BEGIN IMMEDIATE (takes the write lock up front, so a read-then-write can
// wait on the busy timeout instead of failing), rolled back on destruction unless committed.
//   auto tx = WriteTransaction::begin(db);  if (!tx) return tx.error();
//   ... writes ...;  VAX_TRY(tx->commit());
class WriteTransaction {
public:
    static Result<WriteTransaction> begin(Database& db);
    WriteTransaction(WriteTransaction&& other) noexcept;
    WriteTransaction& operator=(WriteTransaction&&) = delete;
    WriteTransaction(const WriteTransaction&) = delete;
    ~WriteTransaction();

    // Commits; with synchronous=FULL the data is on disk when this returns success.
    Status commit();
    void rollback();

private:
    explicit WriteTransaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
};

// A read transaction: one snapshot (WAL) for every SELECT until end() or destruction, so a
// reader of several tables (the export, a day's summary) sees them as of one moment while desks
// go on writing. Takes no write lock.
//   auto rx = ReadTransaction::begin(db);  if (!rx) return rx.error();
//   ... reads ...;  rx->end();
class ReadTransaction {
public:
    static Result<ReadTransaction> begin(Database& db);
    ReadTransaction(ReadTransaction&& other) noexcept;
    ReadTransaction& operator=(ReadTransaction&&) = delete;
    ReadTransaction(const ReadTransaction&) = delete;
    ~ReadTransaction();

    // Ends the snapshot (nothing was written, so nothing can be lost).
    void end();

private:
    explicit ReadTransaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
};

}  // namespace vax
