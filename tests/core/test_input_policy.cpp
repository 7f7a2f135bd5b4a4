// The input policy (core/common/inputpolicy.h): lengths in characters, refused characters,
// numbers, dates that cannot lie in the future, and UTF-8 validation of raw bytes.
#include <gtest/gtest.h>

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <cmath>
#include <limits>

#include "common/inputpolicy.h"

using namespace vax;
using namespace vax::input;

namespace {
const QString kFieldKey = QStringLiteral("name");
const QString kLabelText = QStringLiteral("Name");

Status text(const QString& value, TextRule rule = kPersonName)
{
    return checkText(value, kFieldKey, kLabelText, rule);
}
}  // namespace

TEST(InputPolicy, LengthIsCountedInCharactersNotBytesOrUtf16Units)
{
    EXPECT_TRUE(text(QString(100, QChar(0x5F20))).ok());  // 100 × 张
    const Status tooLong = text(QString(101, QChar(0x5F20)));
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, ErrorCode::InputInvalid);
    EXPECT_EQ(tooLong.error().field, kFieldKey);
    EXPECT_TRUE(tooLong.error().message.contains(kLabelText))
        << qPrintable(tooLong.error().message);
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("101")));
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("100")));
    // 𠀀 (U+20000, a CJK Extension B character in some names) is two UTF-16 units, one character.
    QString ext;
    for (int i = 0; i < 100; ++i)
        ext += QString::fromUcs4(U"\U00020000", 1);
    EXPECT_EQ(ext.size(), 200);
    EXPECT_TRUE(text(ext).ok());
    EXPECT_FALSE(text(QString(10000, QLatin1Char('a'))).ok());
    EXPECT_TRUE(text(QString()).ok());  // whether a field is required is the caller's rule
}

TEST(InputPolicy, RefusesControlBidiInvisibleAndReplacementCharacters)
{
    struct Case {
        char32_t c;
        const char* code;
    };
    const Case refused[] = {{0x1B, "U+001B"},   {0x00, "U+0000"},   {0x07, "U+0007"},
                            {0x0A, "U+000A"},   {0x09, "U+0009"},   {0x7F, "U+007F"},
                            {0x85, "U+0085"},   {0x202E, "U+202E"}, {0x202A, "U+202A"},
                            {0x2066, "U+2066"}, {0x2069, "U+2069"}, {0x200F, "U+200F"},
                            {0x061C, "U+061C"}, {0xFEFF, "U+FEFF"}, {0x200B, "U+200B"},
                            {0xFFFD, "U+FFFD"}, {0xFFFF, "U+FFFF"}, {0x2028, "U+2028"}};
    for (const Case& c : refused) {
        // QChar, not QString::fromUcs4, which would drop U+FEFF as a byte-order mark.
        const QString value =
            QStringLiteral("王") + QChar(static_cast<char16_t>(c.c)) + QStringLiteral("五");
        const Status s = text(value);
        ASSERT_FALSE(s.ok()) << c.code;
        EXPECT_EQ(s.error().code, ErrorCode::InputInvalid) << c.code;
        EXPECT_TRUE(s.error().message.contains(QLatin1String(c.code)))
            << c.code << ": " << qPrintable(s.error().message);
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("2")))  // at character 2
            << qPrintable(s.error().message);
        EXPECT_EQ(firstRefusedCharacter(value, Lines::Single), 1) << c.code;
    }
    // A lone surrogate (invalid UTF-16) is not text.
    QString lone = QStringLiteral("ab");
    lone.insert(1, QChar(0xD800));
    EXPECT_FALSE(text(lone).ok());
}

TEST(InputPolicy, MultiLineFieldsKeepLineBreaksAndTabsOnly)
{
    EXPECT_TRUE(text(QStringLiteral("rash on the arm\r\nsecond line\tindented"), kNote).ok());
    EXPECT_TRUE(text(QStringLiteral("a\u2028b"), kNote).ok());
    EXPECT_FALSE(text(QStringLiteral("rash\x1b[31m"), kNote).ok());
    EXPECT_FALSE(text(QStringLiteral("rash \u202Egnp.exe"), kNote).ok());
    EXPECT_FALSE(text(QStringLiteral("rash\nsecond"), kPersonName).ok());
    // Ordinary names in several scripts pass.
    for (const char* name : {"张三", "欧阳娜娜", "Anne-Marie O'Neil", "José Müller",
                             "阿依古丽·买买提", "محمد", "Nguyễn Văn An"})
        EXPECT_TRUE(text(QString::fromUtf8(name)).ok()) << name;
}

TEST(InputPolicy, Phone)
{
    const QString f = QStringLiteral("phone");
    const QString l = QStringLiteral("Phone");
    EXPECT_TRUE(checkPhone(u"13800138000", f, l).ok());
    EXPECT_TRUE(checkPhone(u"+86 138-0013-8000", f, l).ok());
    EXPECT_TRUE(checkPhone(u"(010) 6512 3456", f, l).ok());
    EXPECT_TRUE(checkPhone(u"", f, l).ok());
    const Status longPhone = checkPhone(QString(10000, QLatin1Char('1')), f, l);
    ASSERT_FALSE(longPhone.ok());
    EXPECT_EQ(longPhone.error().field, f);
    EXPECT_FALSE(checkPhone(u"1234567890123456", f, l).ok());  // 16 digits
    EXPECT_FALSE(checkPhone(u"1234", f, l).ok());
    EXPECT_FALSE(checkPhone(u"138x0013800", f, l).ok());
    EXPECT_FALSE(checkPhone(u"138+0013800", f, l).ok());             // "+" only in front
    EXPECT_FALSE(checkPhone(u"１３８００１３８０００", f, l).ok());  // full-width digits
}

TEST(InputPolicy, NumbersRefuseNanInfinityAndOutOfRange)
{
    const QString f = QStringLiteral("amount");
    const QString l = QStringLiteral("Amount");
    EXPECT_TRUE(checkNumber(0.5, f, l, 0.01, 5.0, QStringLiteral("mL")).ok());
    EXPECT_TRUE(checkNumber(5.0, f, l, 0.01, 5.0).ok());
    for (double bad :
         {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
          -std::numeric_limits<double>::infinity(), 5.0001, -1.0, 0.0}) {
        const Status s = checkNumber(bad, f, l, 0.01, 5.0, QStringLiteral("mL"));
        ASSERT_FALSE(s.ok()) << bad;
        EXPECT_EQ(s.error().code, ErrorCode::InputInvalid);
        EXPECT_EQ(s.error().field, f);
        EXPECT_TRUE(s.error().message.contains(l)) << qPrintable(s.error().message);
        EXPECT_TRUE(s.error().message.contains(QStringLiteral("mL")));
    }
    const Status nan = checkNumber(std::nan(""), f, l, 0.01, 5.0);
    EXPECT_TRUE(nan.error().message.contains(QStringLiteral("not a number")))
        << qPrintable(nan.error().message);
}

TEST(InputPolicy, MomentsAndDatesThatCannotLieInTheFuture)
{
    const QDateTime now(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
    const QString f = QStringLiteral("at");
    EXPECT_TRUE(checkNotFuture(now.addSecs(-3600), now, f, QStringLiteral("Time")).ok());
    EXPECT_TRUE(
        checkNotFuture(now.addSecs(kFutureToleranceSeconds), now, f, QStringLiteral("T")).ok());
    EXPECT_FALSE(
        checkNotFuture(now.addSecs(kFutureToleranceSeconds + 1), now, f, QStringLiteral("T")).ok());
    const Status y2099 = checkNotFuture(QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC), now, f,
                                        QStringLiteral("Reading time"));
    ASSERT_FALSE(y2099.ok());
    EXPECT_TRUE(y2099.error().message.contains(QStringLiteral("2099")));
    EXPECT_FALSE(checkNotFuture(QDateTime(), now, f, QStringLiteral("T")).ok());
    EXPECT_TRUE(
        checkNotFuture(QDate(2026, 12, 7), QDate(2026, 12, 7), f, QStringLiteral("Birth date"))
            .ok());
    EXPECT_FALSE(
        checkNotFuture(QDate(2026, 12, 8), QDate(2026, 12, 7), f, QStringLiteral("Birth date"))
            .ok());
    EXPECT_FALSE(checkNotFuture(QDate(), QDate(2026, 12, 7), f, QStringLiteral("Birth date")).ok());
}

TEST(InputPolicy, Utf8Validation)
{
    EXPECT_EQ(invalidUtf8Offset(QByteArray("plain")), -1);
    EXPECT_EQ(invalidUtf8Offset(QStringLiteral("张三 𠀀").toUtf8()), -1);
    EXPECT_EQ(invalidUtf8Offset(QByteArray()), -1);
    struct Case {
        QByteArray bytes;
        qsizetype offset;
    };
    const Case bad[] = {
        {QByteArray("a\xff"), 1},             // never valid
        {QByteArray("ab\xc0\x80"), 2},        // overlong NUL
        {QByteArray("\xe0\x80\x80"), 0},      // overlong
        {QByteArray("x\xed\xa0\x80"), 1},     // a surrogate
        {QByteArray("\xf4\x90\x80\x80"), 0},  // above U+10FFFF
        {QByteArray("\xf5\x80\x80\x80"), 0},
        {QByteArray("ok\xe5\xbc"), 2},    // cut short
        {QByteArray("\xe5\x41\xa0"), 0},  // a continuation byte missing
        {QByteArray("\x80"), 0},          // a lone continuation byte
    };
    for (const Case& c : bad)
        EXPECT_EQ(invalidUtf8Offset(c.bytes), c.offset) << c.bytes.toHex().constData();
    const Status s =
        checkUtf8(QByteArray("a\xff"), QStringLiteral("file"), QStringLiteral("Logger file"));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("byte 2")))
        << qPrintable(s.error().message);
}
