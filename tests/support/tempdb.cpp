#include "support/tempdb.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTimeZone>

#include "site/site.h"

namespace vax::test {

TempDb::TempDb()
{
    EXPECT_TRUE(m_dir.isValid());
}

Result<std::unique_ptr<Database>> openExisting(const QString& path)
{
    OpenOptions options;
    options.path = path;
    return Database::open(options);
}

std::unique_ptr<Database> TempDb::open(int targetVersion) const
{
    OpenOptions options;
    options.path = path();
    options.create = true;
    options.targetVersion = targetVersion;
    auto db = Database::open(options);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : qPrintable(db.error().message));
    return db.ok() ? std::move(*db) : nullptr;
}

std::unique_ptr<Database> TempDb::openTrainingSite(const Clock& clock, SiteInfo* site) const
{
    auto db = open();
    if (!db)
        return nullptr;
    InitRequest req;
    req.code = QStringLiteral("TEST-001");
    req.name = QStringLiteral("Test site");
    req.district = QStringLiteral("Test district");
    req.training = true;
    auto created = SiteService::init({*db, clock}, req);
    EXPECT_TRUE(created.ok()) << (created.ok() ? "" : qPrintable(created.error().message));
    if (site && created.ok())
        *site = *created;
    return db;
}

QByteArray TempDb::fileBytes() const
{
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

qint64 queryNumber(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    EXPECT_TRUE(q.ok()) << qPrintable(sql) << ": " << (q.ok() ? "" : qPrintable(q.error().message));
    return q.ok() ? q->scalar().toLongLong() : -1;
}

const QTimeZone& testZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}

QDateTime testNow()
{
    return QDateTime(QDate(2021, 6, 1), QTime(9, 0), QTimeZone(8 * 3600));
}

void initProductionSite(Database& db, const Clock& clock)
{
    InitRequest req;
    req.code = QStringLiteral("PROD-1");
    req.name = QStringLiteral("Production site");
    req.district = QStringLiteral("District");
    req.adminUsername = QStringLiteral("admin");
    req.adminPassword = QStringLiteral("a-long-password-1");
    const auto initialised = SiteService::init({db, clock}, req);
    ASSERT_TRUE(initialised.ok()) << qPrintable(initialised.error().message);
}

void addStaff(Database& db, const QString& id, Roles roles)
{
    auto q = db.exec(QStringLiteral("INSERT INTO staff(id, username, display_name, password_hash, "
                                    "roles, created_at) VALUES(?,?,?,?,?,?)"),
                     {id, QStringLiteral("user-") + id, QStringLiteral("Test ") + id,
                      QStringLiteral("!test-account"), roleNames(roles).join(QLatin1Char(',')),
                      testNow().toUTC().toString(Qt::ISODateWithMs)});
    ASSERT_TRUE(q.ok()) << qPrintable(q.error().message);
}

}  // namespace vax::test
