#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace vax::test {

// A plain sqlite3 connection that bypasses VaxPoint's Database class: what another program (or an
// attacker with the file) could do. Fails the current test on errors unless told otherwise.
class RawSqlite {
public:
    explicit RawSqlite(const QString& path, bool create = false);
    ~RawSqlite();
    RawSqlite(const RawSqlite&) = delete;
    RawSqlite& operator=(const RawSqlite&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    // Runs one or more statements; returns false (and keeps the message) on error.
    bool exec(const QString& sql);
    // Runs sql and expects success (adds a test failure otherwise).
    void mustExec(const QString& sql);
    // The first column of the first row as text ("" when there is no row).
    QString scalar(const QString& sql);
    // Every row, columns joined with '|'.
    QStringList rows(const QString& sql);
    // Every row as its columns.
    QList<QStringList> table(const QString& sql);
    const QString& lastError() const { return m_lastError; }

private:
    sqlite3* m_db = nullptr;
    QString m_lastError;
};

}  // namespace vax::test
