#include <gtest/gtest.h>

#include "scan/registrationqr.h"
#include "scan/scanrouter.h"

using namespace vax;

namespace {
const QDate kToday(2021, 6, 1);

QString qr(const char* json)
{
    return QString::fromUtf8(json);
}
}  // namespace

TEST(ScanRouter, ClassifiesByShape)
{
    const QString gs = QString(QChar(kGs1Separator));
    EXPECT_EQ(classifyScan(QStringLiteral("11010519491231002X\r\n")), ScanKind::IdDocument);
    EXPECT_EQ(classifyScan(QStringLiteral("11010519491231002x")), ScanKind::IdDocument);
    EXPECT_EQ(classifyScan(QStringLiteral("110105491231002")), ScanKind::IdDocument);
    EXPECT_EQ(classifyScan(QStringLiteral("\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15491231002")),
              ScanKind::IdDocument);
    EXPECT_EQ(classifyScan(QStringLiteral("81234567890123456789")), ScanKind::TraceCode);
    EXPECT_EQ(classifyScan(QStringLiteral("]d2010690123456789217250600")), ScanKind::Gs1);
    EXPECT_EQ(classifyScan(QStringLiteral("010690123456789217250600")), ScanKind::Gs1);
    EXPECT_EQ(classifyScan(QStringLiteral("0106901234567892") + gs + QStringLiteral("10A")),
              ScanKind::Gs1);
    EXPECT_EQ(classifyScan(QStringLiteral("{\"v\":1}")), ScanKind::RegistrationQr);
    EXPECT_EQ(classifyScan(QStringLiteral("hello world")), ScanKind::Unknown);
    EXPECT_EQ(classifyScan(QStringLiteral("1234")), ScanKind::Unknown);
    EXPECT_EQ(classifyScan(QString()), ScanKind::Unknown);
    EXPECT_EQ(classifyScan(QStringLiteral("123456789012345678901")), ScanKind::Unknown);
}

TEST(ScanRouter, ParsesAnIdCard)
{
    auto r = parseScan(QStringLiteral("11010519491231002x\r"), kToday);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->kind, ScanKind::IdDocument);
    ASSERT_TRUE(r->document.has_value());
    EXPECT_EQ(r->document->number, QStringLiteral("11010519491231002X"));
    EXPECT_EQ(r->document->birthDate, QDate(1949, 12, 31));
}

TEST(ScanRouter, AnIdWithABadCheckCharacterIsAnIdError)
{
    auto r = parseScan(QStringLiteral("110105194912310021"), kToday);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::IdChecksum);
}

TEST(ScanRouter, AStoredIdScansAgainAsTheSameDocumentType)
{
    // fuzz_scanrouter: the legacy number "911005800101001" was a resident ID, but its stored
    // 18-digit form starts with 9 and scanned as a foreign permanent residence card (a second
    // record for one person). Region 91 is no province; likewise the permit regions 8x0000.
    for (const char* legacy : {"911005800101001", "810000850612002"}) {
        auto r = parseScan(QString::fromLatin1(legacy), kToday);
        ASSERT_FALSE(r.ok()) << legacy;
        EXPECT_EQ(r.error().code, ErrorCode::IdRegion) << legacy;
    }
    auto legacy = parseScan(QStringLiteral("110105491231002"), kToday);
    ASSERT_TRUE(legacy.ok());
    auto again = parseScan(legacy->document->number, kToday);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->document->type, legacy->document->type);
    EXPECT_EQ(again->document->number, legacy->document->number);
}

TEST(ScanRouter, ParsesAGs1BoxCode)
{
    auto r = parseScan(QStringLiteral("]d201069012345678921725060010B2021001") +
                           QChar(kGs1Separator) + QStringLiteral("210000012345"),
                       kToday);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->kind, ScanKind::Gs1);
    EXPECT_EQ(r->gs1->lot, QStringLiteral("B2021001"));
}

TEST(ScanRouter, KeepsATraceCodeOpaque)
{
    auto r = parseScan(QStringLiteral(" 81234567890123456789\n"), kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->kind, ScanKind::TraceCode);
    EXPECT_EQ(r->traceCode, QStringLiteral("81234567890123456789"));
}

TEST(ScanRouter, UnknownIsAnErrorThatSaysWhatToDo)
{
    auto r = parseScan(QStringLiteral("hello"), kToday);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::ScanUnknown);
    EXPECT_EQ(r.error().field, QStringLiteral("scan"));
}

TEST(RegistrationQr, ParsesAGoodPayload)
{
    auto r = parseScan(qr(R"({"v":1,"type":"vaxpoint.registration","name":"张三",)"
                          R"("document":{"type":"resident_id","number":"11010519491231002x"},)"
                          R"("phone":"138 0013 8000","birthDate":"1949-12-31","sex":"female",)"
                          R"("appointment":"A-0001"})"),
                       kToday);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->kind, ScanKind::RegistrationQr);
    const Registration& reg = *r->registration;
    EXPECT_EQ(reg.name, QStringLiteral("张三"));
    EXPECT_EQ(reg.document.number, QStringLiteral("11010519491231002X"));
    EXPECT_EQ(reg.phone, QStringLiteral("13800138000"));
    EXPECT_EQ(reg.appointmentId, QStringLiteral("A-0001"));
    EXPECT_EQ(reg.document.sex, Sex::Female);
}

TEST(RegistrationQr, RoundTripsThroughItsOwnPayload)
{
    DocumentInput in{DocumentType::Passport, QStringLiteral("E12345678"), QStringLiteral("CHN"),
                     QDate(1990, 1, 2), Sex::Male};
    const QString payload = registrationQrPayload(QStringLiteral("John Smith"), in,
                                                  QStringLiteral("+8613800138000"), QString());
    auto r = parseRegistrationQr(payload, kToday);
    ASSERT_TRUE(r.ok()) << qPrintable(r.error().message);
    EXPECT_EQ(r->document.matchKey, QStringLiteral("CHN:E12345678"));
    EXPECT_EQ(r->document.birthDate, QDate(1990, 1, 2));
    EXPECT_EQ(r->phone, QStringLiteral("+8613800138000"));
}

TEST(RegistrationQr, RefusesAnotherVersion)
{
    auto r = parseRegistrationQr(qr(R"({"v":2,"type":"vaxpoint.registration","name":"张三",)"
                                    R"("document":{"type":"taiwan_permit","number":"12345678"}})"),
                                 kToday);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::QrVersion);
    auto none =
        parseRegistrationQr(qr(R"({"type":"vaxpoint.registration","name":"张三"})"), kToday);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::QrVersion);
}

TEST(RegistrationQr, RefusesMissingFields)
{
    auto noName = parseRegistrationQr(
        qr(R"({"v":1,"type":"vaxpoint.registration","document":{"type":"taiwan_permit","number":"12345678"}})"),
        kToday);
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error().field, QStringLiteral("name"));
    auto noDoc =
        parseRegistrationQr(qr(R"({"v":1,"type":"vaxpoint.registration","name":"李四"})"), kToday);
    ASSERT_FALSE(noDoc.ok());
    EXPECT_EQ(noDoc.error().field, QStringLiteral("document"));
    auto badType = parseRegistrationQr(qr(R"({"v":1,"type":"other","name":"李四"})"), kToday);
    ASSERT_FALSE(badType.ok());
    EXPECT_EQ(badType.error().code, ErrorCode::QrInvalid);
}

TEST(RegistrationQr, RefusesGarbageAndBadValues)
{
    EXPECT_EQ(parseRegistrationQr(qr("{not json"), kToday).error().code, ErrorCode::QrInvalid);
    EXPECT_EQ(parseRegistrationQr(qr("[1,2]"), kToday).error().code, ErrorCode::QrInvalid);
    auto badSex =
        parseRegistrationQr(qr(R"({"v":1,"type":"vaxpoint.registration","name":"李四","sex":"x",)"
                               R"("document":{"type":"taiwan_permit","number":"12345678"}})"),
                            kToday);
    EXPECT_EQ(badSex.error().field, QStringLiteral("sex"));
    auto contradiction = parseRegistrationQr(
        qr(R"({"v":1,"type":"vaxpoint.registration","name":"李四","birthDate":"1950-01-01",)"
           R"("document":{"type":"resident_id","number":"11010519491231002X"}})"),
        kToday);
    ASSERT_FALSE(contradiction.ok());
    EXPECT_EQ(contradiction.error().code, ErrorCode::IdMismatch);
}
