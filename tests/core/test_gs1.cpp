#include <gtest/gtest.h>

#include "scan/gs1.h"

using namespace vax;

namespace {
const QString GS = QString(QChar(kGs1Separator));

QString withGs(const char* text)
{
    QString s = QString::fromLatin1(text);
    s.replace(QStringLiteral("<GS>"), GS);
    return s;
}
}  // namespace

TEST(Gs1, ParsesTheDomainExampleWithAimIdAndSeparator)
{
    auto r = parseGs1(withGs("]d201069012345678921725060010B2021001<GS>210000012345"));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_TRUE(r->hadSymbologyId);
    EXPECT_EQ(r->gtin, QStringLiteral("06901234567892"));
    EXPECT_EQ(r->expiry, QDate(2025, 6, 30));  // DD=00: last day of June
    EXPECT_EQ(r->lot, QStringLiteral("B2021001"));
    EXPECT_EQ(r->serial, QStringLiteral("0000012345"));
}

TEST(Gs1, ParsesWithoutAimIdAndWithAnExactDay)
{
    auto r = parseGs1(withGs("010690123456789217231115"));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_FALSE(r->hadSymbologyId);
    EXPECT_EQ(r->expiry, QDate(2023, 11, 15));
    EXPECT_TRUE(r->lot.isEmpty());
}

TEST(Gs1, DayZeroIsTheLastDayOfTheMonthIncludingLeapFebruary)
{
    auto r = parseGs1(withGs("010690123456789217240200"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->expiry, QDate(2024, 2, 29));
    auto r2 = parseGs1(withGs("010690123456789217231200"));
    ASSERT_TRUE(r2.ok());
    EXPECT_EQ(r2->expiry, QDate(2023, 12, 31));
}

TEST(Gs1, SerialFirstThenLotLastNeedsNoTrailingSeparator)
{
    auto r = parseGs1(withGs("]d20106901234567892211234<GS>10LOTX9"));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->serial, QStringLiteral("1234"));
    EXPECT_EQ(r->lot, QStringLiteral("LOTX9"));
}

TEST(Gs1, TrailingEnterIsIgnored)
{
    auto r = parseGs1(withGs("0106901234567892172506001 0AB\r\n").remove(QLatin1Char(' ')));
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->lot, QStringLiteral("AB"));
}

TEST(Gs1, MissingSeparatorIsRefusedAsAmbiguous)
{
    auto r = parseGs1(withGs("]d201069012345678921725060010B2021001210000012345"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Gs1Ambiguous);
    EXPECT_EQ(r.error().field, QStringLiteral("gs1"));
}

TEST(Gs1, OverlongVariableFieldWithoutSeparatorIsAmbiguous)
{
    auto r = parseGs1(withGs("010690123456789210ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Gs1Ambiguous);
}

TEST(Gs1, OverlongVariableFieldWithSeparatorIsInvalid)
{
    auto r = parseGs1(withGs("010690123456789210ABCDEFGHIJKLMNOPQRSTUVWXYZ<GS>21X"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Gs1Invalid);
}

TEST(Gs1, BadGtinCheckDigitIsRefused)
{
    auto r = parseGs1(withGs("]d2010690123456789317250600"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Gs1Checksum);
}

TEST(Gs1, ImpossibleExpiryIsRefused)
{
    auto r = parseGs1(withGs("010690123456789217251301"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Gs1Invalid);
    auto r2 = parseGs1(withGs("010690123456789217230230"));
    ASSERT_FALSE(r2.ok());
}

TEST(Gs1, UnsupportedAiDuplicateAiAndTruncationAreRefused)
{
    EXPECT_FALSE(parseGs1(withGs("0106901234567892990ABC")).ok());
    EXPECT_FALSE(parseGs1(withGs("01069012345678920106901234567892")).ok());
    EXPECT_FALSE(parseGs1(withGs("0106901234567")).ok());
    EXPECT_FALSE(parseGs1(QString()).ok());
}

TEST(Gs1, GtinIsRequired)
{
    auto r = parseGs1(withGs("17250600"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Gs1Invalid);
}

TEST(Gs1, ForbiddenCharacterInLotIsRefused)
{
    auto r = parseGs1(QStringLiteral("010690123456789210AB\u00E9"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Gs1Invalid);
}

TEST(Gs1, GtinCheckDigit)
{
    EXPECT_TRUE(isValidGtin14(QStringLiteral("06901234567892")));
    EXPECT_TRUE(isValidGtin14(QStringLiteral("00012345678905")));
    EXPECT_FALSE(isValidGtin14(QStringLiteral("00012345678904")));
    EXPECT_FALSE(isValidGtin14(QStringLiteral("0001234567890")));
}
