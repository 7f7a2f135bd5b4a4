#pragma once
// A desk joined to a site server that does not answer: the link a join leaves in the desk's meta
// (sitesync/sitelink.h), pointing at 127.0.0.1 port 1, where nothing listens, so every ask of the
// server fails at once with site.unreachable (docs/site.md 5). Fails the test on error.
#include <gtest/gtest.h>

#include <utility>

#include "storage/database.h"
#include "storage/meta.h"
#include "storage/transaction.h"

namespace vax::test {

inline void joinUnreachableSiteServer(Database& db)
{
    auto tx = WriteTransaction::begin(db);
    ASSERT_TRUE(tx.ok());
    for (const auto& [k, v] :
         {std::pair{"site.server_url", "postgresql://127.0.0.1:1/vaxpoint_site"},
          std::pair{"site.desk", "2"},
          std::pair{"site.incarnation", "00000000-0000-4000-8000-000000000002"},
          std::pair{"site.joined_at", "2021-05-01T00:00:00.000Z"},
          std::pair{"site.site_code", "TRAIN"}})
        ASSERT_TRUE(writeMeta(db, QString::fromLatin1(k), QString::fromLatin1(v)).ok());
    ASSERT_TRUE(tx->commit().ok());
}

}  // namespace vax::test
