#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

#include "common/clock.h"
#include "security/roles.h"
#include "site/site.h"
#include "storage/database.h"
#include "support/printers.h"

namespace vax::test {

// A real SQLite file in a fresh temporary directory, removed after the test.
class TempDb {
public:
    TempDb();
    QString path() const { return m_dir.filePath(QStringLiteral("site.sqlite")); }
    QString dir() const { return m_dir.path(); }

    // Opens (creating, migrating) the database file; fails the test on error.
    std::unique_ptr<Database> open(int targetVersion = 0) const;
    // Opens and initialises a training site (demo login, demo lots).
    std::unique_ptr<Database> openTrainingSite(const Clock& clock, SiteInfo* site = nullptr) const;

    // Reads the whole file, to prove it was not changed.
    QByteArray fileBytes() const;

private:
    QTemporaryDir m_dir;
};

// Opens the existing database file at `path` as the application does (nothing created), the
// result as it is: for the tests of what opening refuses.
Result<std::unique_ptr<Database>> openExisting(const QString& path);

// A staff account with a fixed id (tests compare recorded ids against it) and the given roles,
// so services that read the actor's roles from the database accept or refuse it for real. The
// password hash is a placeholder: the account cannot sign in.
void addStaff(Database& db, const QString& id, Roles roles);

// Initialises a production site in `db` (code PROD-1, administrator "admin"): what the training
// and demo commands refuse. Fails the test on error.
void initProductionSite(Database& db, const Clock& clock);

// A fixed instant for tests: 2021-06-01 09:00 in China (UTC+8).
QDateTime testNow();
// The time zone of the sites tests create (the default site zone, Asia/Shanghai): tests state
// dates and hours in it, never in the PC's zone, so they pass whatever TZ the run has.
const QTimeZone& testZone();

// The first column of the first row of `sql` as a number (a count, a sum); -1 and a test failure
// when the query fails.
qint64 queryNumber(Database& db, const QString& sql);

}  // namespace vax::test
