// Personal health data is owner-only: the database, its WAL, its folder and its backups are
// created 0600 / 0700 even under a umask that would make them world-readable.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include "security/staff.h"
#include "site/siteadmin.h"
#include "storage/backup.h"
#include "support/tempdb.h"

#include <sys/stat.h>

using namespace vax;

namespace {

int modeOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

TEST(OwnerOnlyFiles, DatabaseWalFolderAndBackupsAreOwnerOnly)
{
    const mode_t old = ::umask(022);
    QTemporaryDir root;
    const QString dir = root.filePath(QStringLiteral("data/vaxpoint"));
    OpenOptions options;
    options.path = dir + QStringLiteral("/site.sqlite");
    options.create = true;
    {
        auto db = Database::open(options);
        ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
        FakeClock clock(test::testNow());
        InitRequest req;
        req.code = QStringLiteral("OWN-1");
        req.name = QStringLiteral("Owner test");
        req.district = QStringLiteral("D");
        req.training = true;
        ASSERT_TRUE(SiteService::init({**db, clock}, req).ok());
        EXPECT_EQ(modeOf(options.path), 0600);
        EXPECT_EQ(modeOf(options.path + QStringLiteral("-wal")), 0600);
        EXPECT_EQ(modeOf(dir), 0700);

        auto demo = StaffRepository::findByUsername(**db, QStringLiteral("demo"));
        ASSERT_TRUE(demo.ok() && demo->has_value());
        const QString usb = root.filePath(QStringLiteral("usb"));
        auto backup = SiteAdminService::backup({**db, clock, (*demo)->member.id}, usb);
        ASSERT_TRUE(backup.ok()) << qPrintable(backup.error().message);
        EXPECT_EQ(modeOf(*backup), 0600);
        EXPECT_EQ(modeOf(QFileInfo(*backup).absolutePath()), 0700);
        const QString copy = usb + QLatin1Char('/') + QFileInfo(*backup).fileName();
        EXPECT_EQ(modeOf(copy), 0600);
    }
    ::umask(old);
}

}  // namespace
