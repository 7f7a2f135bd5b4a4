// Queue numbers as people read and type them (docs/site.md 6): a joined desk N's numbers
// N × 10000 + k shown "N-k", a desk working alone's shown as they are, and what is typed or
// scanned read back.
#include <gtest/gtest.h>

#include "checkin/queuenumber.h"
#include "checkin/visitrepository.h"

using namespace vax;

TEST(QueueNumber, ALabelNamesTheDeskAndItsNumberOfTheDay)
{
    EXPECT_EQ(queueLabel(30017), QStringLiteral("3-17"));
    EXPECT_EQ(queueLabel(10001), QStringLiteral("1-1"));
    EXPECT_EQ(queueLabel(129999), QStringLiteral("12-9999"));
    EXPECT_EQ(queueLabel(17), QStringLiteral("17"));
    EXPECT_EQ(queueLabel(9999), QStringLiteral("9999"));
    EXPECT_EQ(queueLabel(0), QString());
    EXPECT_EQ(queueLabel(-5), QString());
}

TEST(QueueNumber, WhatIsTypedOrScannedIsReadBack)
{
    EXPECT_EQ(parseQueueNumber(QStringLiteral("3-17")), 30017);
    EXPECT_EQ(parseQueueNumber(QStringLiteral(" 3 - 17 ")), 30017);
    EXPECT_EQ(parseQueueNumber(QStringLiteral("3－17")), 30017);  // a Chinese keyboard's hyphen
    EXPECT_EQ(parseQueueNumber(QStringLiteral("30017")), 30017);
    EXPECT_EQ(parseQueueNumber(QStringLiteral("17")), 17);
    EXPECT_EQ(parseQueueNumber(QStringLiteral("0017")), 17);
    for (const char* bad : {"", "-", "3-", "-17", "3-0", "0-17", "3-10000", "3-17-1", "a7", "3.17",
                            "0", "99999999999", "+17"})
        EXPECT_FALSE(parseQueueNumber(QString::fromUtf8(bad)).has_value()) << bad;
}

TEST(QueueNumber, EveryLabelReadsBackAsItsNumber)
{
    for (int desk : {0, 1, 2, 9, 20, 120})
        for (int k : {1, 2, 17, 999, 9999}) {
            const int n = desk * VisitRepository::kDeskQueueBlock + k;
            EXPECT_EQ(parseQueueNumber(queueLabel(n)), n) << n;
        }
}
