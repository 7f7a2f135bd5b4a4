#pragma once

// A training site in a temporary directory on a fake clock at testNow(), and its demo
// administrator (the training sign-in page's account, which holds every role): the base of the
// core tests that act as the site's administrator.
#include <gtest/gtest.h>

#include <memory>

#include "common/clock.h"
#include "security/staff.h"
#include "storage/database.h"
#include "support/tempdb.h"

namespace vax::test {

class DemoSiteTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = tmp.openTrainingSite(clock);
        ASSERT_TRUE(db);
        auto demo = StaffRepository::findByUsername(*db, QStringLiteral("demo"));
        ASSERT_TRUE(demo.ok() && demo->has_value());
        admin = (*demo)->member;
    }

    FakeClock clock{testNow()};
    TempDb tmp;
    std::unique_ptr<Database> db;
    StaffMember admin;
};

}  // namespace vax::test
