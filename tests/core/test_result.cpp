#include <gtest/gtest.h>

#include "common/result.h"

using namespace vax;

namespace {
Result<int> half(int n)
{
    if (n % 2 != 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("odd"), QStringLiteral("n"));
    return n / 2;
}

Status quarter(int n, int* out)
{
    auto h = half(n);
    if (!h)
        return h.error();
    VAX_TRY(half(*h));
    *out = *h / 2;
    return {};
}
}  // namespace

TEST(Result, CarriesValueOrTypedError)
{
    auto ok = half(8);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, 4);
    auto bad = half(7);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(bad.error().codeName(), QStringLiteral("invalid_argument"));
    EXPECT_EQ(bad.error().field, QStringLiteral("n"));
}

TEST(Result, TryPropagatesTheFirstError)
{
    int out = 0;
    EXPECT_TRUE(quarter(8, &out).ok());
    EXPECT_EQ(out, 2);
    auto failed = quarter(6, &out);  // 6/2 = 3 is odd
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().message, QStringLiteral("odd"));
}
