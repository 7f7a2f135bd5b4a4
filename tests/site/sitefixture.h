#pragma once
// A site server for a test: a real PostgreSQL (support/pgserver.h) with a database and its owner,
// initialised for site `code` with `desks` desk roles, and the desks' passwords as init printed
// them.
#include <gtest/gtest.h>

#include <QProcessEnvironment>

#include <map>
#include <utility>

#include "security/roles.h"
#include "sitesync/siteserver.h"
#include "support/pgserver.h"

namespace vax::test {

// The environment of a vaxctl a site test runs: without the caller's site passwords or
// PostgreSQL settings (VAXPOINT_*, PG*).
inline QProcessEnvironment siteProcessEnvironment()
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const QString& k : e.keys())
        if (k.startsWith(QLatin1String("VAXPOINT_")) || k.startsWith(QLatin1String("PG")))
            e.remove(k);
    return e;
}

// Every single role but the site administrator's: refused the site administrator's acts (joining,
// keeping a new server password).
inline const std::pair<const char*, Role> kNotSiteAdminRoles[] = {{"registrar", Role::Registrar},
                                                                  {"vaccinator", Role::Vaccinator},
                                                                  {"doctor", Role::Doctor},
                                                                  {"stock", Role::StockKeeper}};

inline const QString kSiteDb = QStringLiteral("vaxpoint_site");
inline const QString kOwner = QStringLiteral("vaxsite_owner");
inline const QString kOwnerPassword = QStringLiteral("owner-pw-for-tests");

class SiteServerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(pg.ok()) << qPrintable(pg.error());
        ASSERT_TRUE(pg.createDatabase(kSiteDb, kOwner, kOwnerPassword)) << qPrintable(pg.error());
    }
    QString ownerUrl() const { return pg.url(kSiteDb, kOwner); }
    QString deskUrl() const { return pg.url(kSiteDb); }
    Result<sitesync::ServerInitReport> init(const QString& code, int desks)
    {
        sitesync::ServerInitRequest r;
        r.serverUrl = ownerUrl();
        r.password = kOwnerPassword;
        r.siteCode = code;
        r.desks = desks;
        auto report = sitesync::SiteServerService::init(r);
        if (report)
            for (const sitesync::CreatedDesk& d : report->created)
                passwords[d.desk] = d.password;
        return report;
    }
    PgServer pg;
    std::map<int, QString> passwords;
};

}  // namespace vax::test
