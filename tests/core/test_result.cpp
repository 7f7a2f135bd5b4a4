#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <utility>

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

// The value-returning try: two in one function (unique names per line), a move-only value.
Result<int> eighth(int n)
{
    VAX_TRY_VALUE(const int h, half(n));
    VAX_TRY_VALUE(const int q, half(h));
    VAX_TRY_VALUE(auto e, half(q));
    return e;
}

Result<std::unique_ptr<int>> boxed(int n)
{
    if (n < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("negative"));
    return std::make_unique<int>(n);
}

Result<int> unbox(int n)
{
    VAX_TRY_VALUE(std::unique_ptr<int> box, boxed(n));
    return *box + 1;
}

// Types and expressions with top-level commas: a template argument list, a braced initializer.
template <typename A, typename B>
Result<std::pair<A, B>> halves(std::pair<A, B> p)
{
    VAX_TRY_VALUE(const int first, half(p.first));
    VAX_TRY_VALUE(const int second, half(p.second));
    return std::pair<A, B>{first, second};
}

Result<int> sumOfHalves(int a, int b)
{
    VAX_TRY_VALUE(auto p, halves<int, int>({a, b}));
    VAX_TRY(halves<int, int>(std::pair<int, int>{p.first * 2, p.second * 2}));
    // A declared type with a comma needs `auto` (or an alias).
    VAX_TRY_VALUE(auto m, Result<std::map<int, int>>(std::map<int, int>{{1, p.first}}));
    return m.at(1) + p.second;
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

TEST(Result, TryValueDeclaresTheValueOrReturnsTheError)
{
    auto ok = eighth(16);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, 2);
    auto odd = eighth(12);  // 12 -> 6 -> 3, then 3 is odd
    ASSERT_FALSE(odd.ok());
    EXPECT_EQ(odd.error().message, QStringLiteral("odd"));
    auto moved = unbox(41);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(*moved, 42);
    auto refused = unbox(-1);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().message, QStringLiteral("negative"));
}

TEST(Result, TryValueTakesExpressionsWithCommas)
{
    auto ok = sumOfHalves(8, 4);
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(*ok, 6);
    auto odd = sumOfHalves(8, 3);
    ASSERT_FALSE(odd.ok());
    EXPECT_EQ(odd.error().message, QStringLiteral("odd"));
}
