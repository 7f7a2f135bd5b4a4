#pragma once

#include <gtest/gtest.h>

#include "coldchain/fridges.h"
#include "security/staff.h"
#include "stock/lotservice.h"
#include "support/demosite.h"
#include "support/tempdb.h"

namespace vax::test {

// A training site with one empty fridge of its own ("Test fridge") and the demo administrator.
class StockFixture : public DemoSiteTest {
protected:
    void SetUp() override
    {
        DemoSiteTest::SetUp();
        if (HasFatalFailure())
            return;
        // Services check the actor's roles: the demo administrator holds every role.
        auto f = FridgeRepository::add(*db, clock, QStringLiteral("Test fridge"), {}, admin.id);
        ASSERT_TRUE(f.ok()) << qPrintable(f.error().message);
        fridge = *f;
    }

    LotInfo receive(const QString& lotNumber, int vials, int expiryDays = 200,
                    const QString& product = QStringLiteral("BBIBP-CorV"))
    {
        LotReceipt r;
        r.productCode = product;
        r.lotNumber = lotNumber;
        r.expiry = clock.nowUtc().toTimeZone(vax::test::testZone()).date().addDays(expiryDays);
        r.vials = vials;
        r.fridgeId = fridge.id;
        auto res = LotService::receive({*db, clock, admin.id}, r);
        EXPECT_TRUE(res.ok()) << (res.ok() ? "" : qPrintable(res.error().message));
        return res.ok() ? res->lot : LotInfo{};
    }

    Fridge fridge;
};

}  // namespace vax::test
