// Table-driven identity document cases (DOMAIN.md §5). "Today" is 2021-06-01.
#include <gtest/gtest.h>

#include "identity/document.h"
#include "identity/masking.h"

using namespace vax;

namespace {
const QDate kToday(2021, 6, 1);

struct Case {
    const char* name;
    const char16_t* input;
    const char* type = "";  // empty: guessed
    const char* country = "";
    const char* birth = "";  // typed birth date
    const char* sex = "";    // typed sex
    const char* error = "";  // expected error code name; empty: valid
    const char* expectType = "";
    const char16_t* normalized = u"";
    const char* expectBirth = "";
    const char* expectSex = "";
    const char* matchKey = "";
};

// clang-format off
const Case kCases[] = {
    // resident ID: valid
    {"domain_example", u"11010519491231002X", "", "", "", "", "", "resident_id", u"11010519491231002X", "1949-12-31", "female"},
    {"lower_case_x", u"11010519491231002x", "", "", "", "", "", "resident_id", u"11010519491231002X", "1949-12-31", "female"},
    {"full_width_digits", u"\uFF11\uFF11\uFF10\uFF11\uFF10\uFF15\uFF11\uFF19\uFF14\uFF19\uFF11\uFF12\uFF13\uFF11\uFF10\uFF10\uFF12\uFF38", "", "", "", "", "", "resident_id", u"11010519491231002X", "1949-12-31", "female"},
    {"full_width_lower_x", u"11010519491231002\uFF58", "", "", "", "", "", "resident_id", u"11010519491231002X"},
    {"spaces", u"110105 19491231 002X", "", "", "", "", "", "resident_id", u"11010519491231002X"},
    {"ideographic_space", u"\u3000110105194912310 02X ", "", "", "", "", "", "resident_id", u"11010519491231002X"},
    {"hyphens", u"110105-19491231-002X", "", "", "", "", "", "resident_id", u"11010519491231002X"},
    {"male_shenzhen", u"440301199001011234", "", "", "", "", "", "resident_id", u"440301199001011234", "1990-01-01", "male"},
    {"leap_day_2000", u"310104200002290014", "", "", "", "", "", "resident_id", u"310104200002290014", "2000-02-29", "male"},
    {"chengdu", u"510101198001010015", "", "", "", "", "", "resident_id", u"510101198001010015", "1980-01-01", "male"},
    {"urumqi_female", u"650102197512310020", "", "", "", "", "", "resident_id", u"650102197512310020", "1975-12-31", "female"},
    {"qingdao", u"370202196001010054", "", "", "", "", "", "resident_id", u"370202196001010054", "1960-01-01", "male"},
    {"tianjin", u"120105199001010012", "", "", "", "", "", "resident_id", u"120105199001010012", "1990-01-01", "male"},
    {"born_1900", u"11010519000101001X", "", "", "", "", "", "resident_id", u"11010519000101001X", "1900-01-01", "male"},
    {"born_today", u"110105202106010011", "", "", "", "", "", "resident_id", u"110105202106010011", "2021-06-01", "male"},
    {"province_only_region", u"110000198506120029", "", "", "", "", "", "resident_id", u"110000198506120029", "1985-06-12", "female"},
    {"explicit_type", u"11010519491231002X", "resident_id", "", "", "", "", "resident_id", u"11010519491231002X"},
    {"typed_birth_and_sex_agree", u"11010519491231002X", "", "", "1949-12-31", "female", "", "resident_id", u"11010519491231002X", "1949-12-31", "female"},
    // resident ID: legacy 15 digits
    {"legacy_15", u"110105491231002", "", "", "", "", "", "resident_id", u"11010519491231002X", "1949-12-31", "female"},
    {"legacy_15_male", u"110105491231003", "", "", "", "", "", "resident_id", u"110105194912310038", "1949-12-31", "male"},
    {"legacy_15_impossible_date", u"110105990230001", "", "", "", "", "id.date"},
    {"legacy_15_bad_region", u"990105491231002", "", "", "", "", "id.region"},
    // fuzz_scanrouter: these were resident IDs whose 18-digit form scans as another type
    {"legacy_15_region_91", u"911005800101001", "", "", "", "", "id.region"},
    {"resident_id_region_91", u"911005198001010010", "resident_id", "", "", "", "id.region"},
    {"legacy_15_permit_region", u"810000850612002", "", "", "", "", "id.region"},
    {"resident_id_permit_region", u"810000198506120024", "resident_id", "", "", "", "id.region"},
    // resident ID: invalid
    {"domain_bad_check", u"110105194912310021", "", "", "", "", "id.checksum"},
    {"bad_check_2", u"110105194912310022", "", "", "", "", "id.checksum"},
    {"bad_check_male", u"440301199001011235", "", "", "", "", "id.checksum"},
    {"x_not_last", u"11010519491231002X0", "resident_id", "", "", "", "id.format"},
    {"impossible_19990230", u"310104199902300016", "", "", "", "", "id.date"},
    {"month_13", u"110105194913310021", "", "", "", "", "id.date"},
    {"before_1850", u"110105184912310012", "", "", "", "", "id.date"},
    {"future_2030", u"11010520300101001X", "", "", "", "", "id.future_birth"},
    {"future_tomorrow", u"110105202106020017", "", "", "", "", "id.future_birth"},
    {"unknown_region_99", u"990105199001010014", "resident_id", "", "", "", "id.region"},
    {"seventeen_digits_typed", u"11010519491231002", "resident_id", "", "", "", "id.format"},
    {"seventeen_digits_guessed", u"11010519491231002", "", "", "", "", "id.type"},
    {"two_x", u"1101051949123100XX", "resident_id", "", "", "", "id.format"},
    {"letters_inside", u"1101051949A231002X", "resident_id", "", "", "", "id.format"},
    {"empty", u"", "", "", "", "", "id.format"},
    {"only_spaces", u"   ", "", "", "", "", "id.format"},
    {"garbage", u"abc", "", "", "", "", "id.type"},
    {"typed_birth_contradicts", u"11010519491231002X", "", "", "1949-12-30", "", "id.mismatch"},
    {"typed_sex_contradicts", u"11010519491231002X", "", "", "", "male", "id.mismatch"},
    // HK/Macao/Taiwan residence permits
    {"permit_hk", u"810000198506120024", "", "", "", "", "", "residence_permit", u"810000198506120024", "1985-06-12", "female"},
    {"permit_macao", u"820000198506120034", "", "", "", "", "", "residence_permit", u"820000198506120034", "1985-06-12", "male"},
    {"permit_taiwan", u"830000198506120044", "", "", "", "", "", "residence_permit", u"830000198506120044"},
    {"permit_bad_check", u"810000198506120025", "", "", "", "", "id.checksum"},
    {"permit_wrong_region", u"11010519491231002X", "residence_permit", "", "", "", "id.region"},
    // Home Return Permit
    {"hrp_hk", u"H12345678", "", "", "", "", "", "home_return_permit", u"H12345678", "", "", "H12345678"},
    {"hrp_macao_renewal", u"M1234567801", "", "", "", "", "", "home_return_permit", u"M1234567801", "", "", "M12345678"},
    {"hrp_lower_case", u"h12345678", "", "", "", "", "", "home_return_permit", u"H12345678"},
    {"hrp_typed_sex_kept", u"H12345678", "", "", "1980-02-03", "female", "", "home_return_permit", u"H12345678", "1980-02-03", "female"},
    {"hrp_too_short", u"H1234567", "home_return_permit", "", "", "", "id.format"},
    {"hrp_wrong_letter", u"X12345678", "home_return_permit", "", "", "", "id.format"},
    {"hrp_nine_digits", u"H123456789", "home_return_permit", "", "", "", "id.format"},
    {"hrp_future_typed_birth", u"H12345678", "", "", "2022-01-01", "", "id.future_birth"},
    // Taiwan compatriot permit
    {"twp_valid", u"12345678", "", "", "", "", "", "taiwan_permit", u"12345678", "", "", "12345678"},
    {"twp_seven_digits", u"1234567", "taiwan_permit", "", "", "", "id.format"},
    {"twp_letter", u"1234567A", "taiwan_permit", "", "", "", "id.format"},
    // foreign permanent residence card
    {"fpr_old", u"USA123456789012", "", "", "", "", "", "foreign_permanent_residence", u"USA123456789012"},
    {"fpr_old_lower", u"usa123456789012", "", "", "", "", "", "foreign_permanent_residence", u"USA123456789012"},
    {"fpr_old_bad_country", u"XXQ123456789012", "", "", "", "", "id.country"},
    {"fpr_old_short", u"USA12345678901", "foreign_permanent_residence", "", "", "", "id.format"},
    {"fpr_2023", u"911156199003070017", "", "", "", "", "", "foreign_permanent_residence", u"911156199003070017", "1990-03-07", "male"},
    {"fpr_2023_bad_check", u"911156199003070018", "", "", "", "", "id.checksum"},
    {"fpr_2023_bad_province", u"901156199003070015", "", "", "", "", "id.region"},
    {"fpr_2023_impossible_date", u"911156199902300015", "", "", "", "", "id.date"},
    // passport
    {"passport_chn", u"E12345678", "", "CHN", "", "", "", "passport", u"E12345678", "", "", "CHN:E12345678"},
    {"passport_lower", u"e12345678", "passport", "chn", "", "", "", "passport", u"E12345678", "", "", "CHN:E12345678"},
    {"passport_gbr", u"AB1234567", "passport", "GBR", "", "", "", "passport", u"AB1234567"},
    {"passport_no_country", u"E12345678", "passport", "", "", "", "id.country"},
    {"passport_bad_country", u"E12345678", "passport", "ZZZ", "", "", "id.country"},
    {"passport_too_long", u"E1234567890", "passport", "CHN", "", "", "id.format"},
    {"passport_underscore", u"E12_4567", "passport", "CHN", "", "", "id.format"},
    {"passport_too_short", u"123", "passport", "CHN", "", "", "id.format"},
};
// clang-format on

class IdentityCase : public ::testing::TestWithParam<Case> {};

TEST_P(IdentityCase, Checks)
{
    const Case& c = GetParam();
    DocumentInput in;
    in.number = QString::fromUtf16(c.input);
    if (*c.type)
        in.type = documentTypeFromName(QString::fromLatin1(c.type));
    in.country = QString::fromLatin1(c.country);
    if (*c.birth)
        in.birthDate = QDate::fromString(QString::fromLatin1(c.birth), Qt::ISODate);
    if (*c.sex)
        in.sex = sexFromName(QString::fromLatin1(c.sex));
    auto r = checkDocument(in, kToday);
    if (*c.error) {
        ASSERT_FALSE(r.ok()) << c.name << " should fail";
        EXPECT_EQ(r.error().codeName(), QString::fromLatin1(c.error))
            << qPrintable(r.error().message);
        EXPECT_FALSE(r.error().message.isEmpty());
        EXPECT_FALSE(r.error().field.isEmpty());
        return;
    }
    ASSERT_TRUE(r.ok()) << c.name << ": " << qPrintable(r.error().message);
    EXPECT_EQ(documentTypeName(r->type), QString::fromLatin1(c.expectType));
    EXPECT_EQ(r->number, QString::fromUtf16(c.normalized));
    if (*c.expectBirth) {
        ASSERT_TRUE(r->birthDate.has_value());
        EXPECT_EQ(r->birthDate->toString(Qt::ISODate), QString::fromLatin1(c.expectBirth));
    }
    if (*c.expectSex) {
        ASSERT_TRUE(r->sex.has_value());
        EXPECT_EQ(sexName(*r->sex), QString::fromLatin1(c.expectSex));
    }
    if (*c.matchKey) {
        EXPECT_EQ(r->matchKey, QString::fromLatin1(c.matchKey));
    }
}

std::string caseName(const ::testing::TestParamInfo<Case>& p)
{
    return p.param.name;
}
INSTANTIATE_TEST_SUITE_P(Documents, IdentityCase, ::testing::ValuesIn(kCases), caseName);
}  // namespace

TEST(Identity, HasAtLeastSixtyCases)
{
    EXPECT_GE(std::size(kCases), 60u);
}

TEST(Identity, LegacyNumberIsMarkedConverted)
{
    auto r = checkDocument({std::nullopt, QStringLiteral("110105491231002"), {}, {}, {}}, kToday);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->convertedFromLegacy);
}

TEST(Identity, CheckCharacterOfTheDomainExample)
{
    EXPECT_EQ(mod11_2CheckChar(u"11010519491231002"), QLatin1Char('X'));
}

TEST(Identity, ErrorNamesFieldAndFix)
{
    auto r =
        checkDocument({std::nullopt, QStringLiteral("110105194912310021"), {}, {}, {}}, kToday);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("document_number"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("should be X")))
        << qPrintable(r.error().message);
}

TEST(Masking, Names)
{
    EXPECT_EQ(maskName(QStringLiteral("张三")), QStringLiteral("张*"));
    EXPECT_EQ(maskName(QStringLiteral("李小明")), QStringLiteral("李*明"));
    EXPECT_EQ(maskName(QStringLiteral("欧阳小华")), QStringLiteral("欧阳*华"));
    EXPECT_EQ(maskName(QStringLiteral("张")), QStringLiteral("*"));
    EXPECT_EQ(maskName(QString()), QString());
}

TEST(Masking, DocumentNumbers)
{
    EXPECT_EQ(maskDocumentNumber(QStringLiteral("110105194912311234")),
              QStringLiteral("110105********1234"));
    EXPECT_EQ(maskDocumentNumber(QStringLiteral("E12345678")), QStringLiteral("E1*****78"));
}
