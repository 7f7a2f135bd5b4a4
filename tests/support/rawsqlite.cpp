#include "support/rawsqlite.h"

#include <gtest/gtest.h>

#include <QFile>

#include <sqlite3.h>

namespace vax::test {

RawSqlite::RawSqlite(const QString& path, bool create)
{
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        ADD_FAILURE() << "sqlite3_open_v2(" << qPrintable(path) << "): " << sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

RawSqlite::~RawSqlite()
{
    if (m_db)
        sqlite3_close(m_db);
}

bool RawSqlite::exec(const QString& sql)
{
    if (!m_db) {
        m_lastError = QStringLiteral("not open");
        return false;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    m_lastError = rc == SQLITE_OK ? QString() : QString::fromUtf8(message ? message : "?");
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

void RawSqlite::mustExec(const QString& sql)
{
    EXPECT_TRUE(exec(sql)) << qPrintable(sql) << ": " << qPrintable(m_lastError);
}

QList<QStringList> RawSqlite::table(const QString& sql)
{
    QList<QStringList> result;
    if (!m_db) {
        ADD_FAILURE() << "not open";
        return result;
    }
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        ADD_FAILURE() << qPrintable(sql) << ": " << sqlite3_errmsg(m_db);
        return result;
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto* text = sqlite3_column_text(stmt, i);
            columns << (text ? QString::fromUtf8(reinterpret_cast<const char*>(text))
                             : QStringLiteral("<null>"));
        }
        result << columns;
    }
    if (rc != SQLITE_DONE)
        ADD_FAILURE() << qPrintable(sql) << ": " << sqlite3_errmsg(m_db);
    sqlite3_finalize(stmt);
    return result;
}

QStringList RawSqlite::rows(const QString& sql)
{
    QStringList result;
    for (const QStringList& row : table(sql))
        result << row.join(QLatin1Char('|'));
    return result;
}

QString RawSqlite::scalar(const QString& sql)
{
    const QList<QStringList> all = table(sql);
    return all.isEmpty() || all.first().isEmpty() ? QString() : all.first().first();
}

}  // namespace vax::test
