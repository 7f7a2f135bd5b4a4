// FHIR R4 resources of the export: required elements and value sets, stable ids, corrections.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTimeZone>

#include "exchange/fhir.h"

using namespace vax::fhir;

namespace {

const QTimeZone kShanghai(8 * 3600);

Patient patient()
{
    Patient p;
    p.id = QStringLiteral("7f1c2a5e-2b1d-4c1e-9a0e-3f1b2c3d4e5f");
    p.identifiers = {{QStringLiteral("urn:vaxpoint:document:resident_id"),
                      QStringLiteral("11010519491231002X")}};
    p.nameText = QStringLiteral("张三");
    p.family = QStringLiteral("张");
    p.given = QStringLiteral("三");
    p.gender = QStringLiteral("female");
    p.birthDate = QDate(1949, 12, 31);
    p.phone = QStringLiteral("13800138000");
    return p;
}

Immunization immunization()
{
    Immunization im;
    im.id = QStringLiteral("0b6f7e2c-1111-4222-8333-944455566677");
    im.status = QStringLiteral("completed");
    im.productCode = QStringLiteral("BBIBP-CorV");
    im.productName = QStringLiteral("新型冠状病毒灭活疫苗（Vero细胞）");
    im.cvx = QStringLiteral("510");
    im.patientId = patient().id;
    im.occurrence = QDateTime(QDate(2021, 11, 22), QTime(9, 30), kShanghai);
    im.recorded = im.occurrence;
    im.lotNumber = QStringLiteral("202110A");
    im.expirationDate = QDate(2022, 10, 31);
    im.manufacturer = QStringLiteral("北京生物制品研究所");
    im.site = QStringLiteral("LD");
    im.route = QStringLiteral("IM");
    im.doseMl = 0.5;
    im.performerId = QStringLiteral("5a5a5a5a-0000-4000-8000-000000000001");
    im.performerName = QStringLiteral("李护士");
    im.doseNumber = 2;
    im.seriesDoses = 2;
    im.locationName = QStringLiteral("测试接种点");
    return im;
}

AdverseEvent adverseEvent()
{
    AdverseEvent e;
    e.id = QStringLiteral("9e9e9e9e-aaaa-4bbb-8ccc-dddddddddddd");
    e.patientId = patient().id;
    e.immunizationId = immunization().id;
    e.onset = QDateTime(QDate(2021, 11, 22), QTime(9, 45), kShanghai);
    e.symptoms = {QStringLiteral("urticaria")};
    e.seriousness = QStringLiteral("non-serious");
    e.severity = QStringLiteral("mild");
    e.outcome = QStringLiteral("resolved");
    return e;
}

}  // namespace

TEST(FhirPatient, CarriesIdentifiersNameGenderAndBirthDate)
{
    const QJsonObject r = toJson(patient());
    EXPECT_TRUE(validate(r).isEmpty()) << qPrintable(validate(r).join(u'\n'));
    EXPECT_EQ(r.value(u"resourceType").toString(), QStringLiteral("Patient"));
    EXPECT_EQ(r.value(u"birthDate").toString(), QStringLiteral("1949-12-31"));
    EXPECT_EQ(r.value(u"name").toArray().at(0).toObject().value(u"text").toString(),
              QStringLiteral("张三"));
    EXPECT_EQ(r.value(u"identifier").toArray().at(0).toObject().value(u"value").toString(),
              QStringLiteral("11010519491231002X"));
}

TEST(FhirPatient, GenderOutsideTheValueSetIsReported)
{
    Patient p = patient();
    p.gender = QStringLiteral("F");
    EXPECT_EQ(validate(toJson(p)).size(), 1);
}

TEST(FhirImmunization, HasEveryElementTheDistrictReads)
{
    const QJsonObject r = toJson(immunization());
    EXPECT_TRUE(validate(r).isEmpty()) << qPrintable(validate(r).join(u'\n'));
    EXPECT_EQ(r.value(u"status").toString(), QStringLiteral("completed"));
    const QJsonArray codings = r.value(u"vaccineCode").toObject().value(u"coding").toArray();
    ASSERT_EQ(codings.size(), 2);
    EXPECT_EQ(codings.at(0).toObject().value(u"system").toString(),
              QString::fromLatin1(kCvxSystem));
    EXPECT_EQ(codings.at(0).toObject().value(u"code").toString(), QStringLiteral("510"));
    EXPECT_EQ(r.value(u"patient").toObject().value(u"reference").toString(),
              QStringLiteral("Patient/") + patient().id);
    EXPECT_EQ(r.value(u"occurrenceDateTime").toString(),
              QStringLiteral("2021-11-22T09:30:00+08:00"));
    EXPECT_EQ(r.value(u"lotNumber").toString(), QStringLiteral("202110A"));
    EXPECT_EQ(r.value(u"expirationDate").toString(), QStringLiteral("2022-10-31"));
    EXPECT_EQ(
        r.value(u"route").toObject().value(u"coding").toArray().at(0).toObject().value(u"code"),
        QStringLiteral("IM"));
    EXPECT_EQ(
        r.value(u"site").toObject().value(u"coding").toArray().at(0).toObject().value(u"code"),
        QStringLiteral("LD"));
    EXPECT_DOUBLE_EQ(r.value(u"doseQuantity").toObject().value(u"value").toDouble(), 0.5);
    EXPECT_EQ(
        r.value(u"protocolApplied").toArray().at(0).toObject().value(u"doseNumberPositiveInt"), 2);
    EXPECT_TRUE(r.value(u"performer").toArray().at(0).toObject().contains(u"actor"));
}

TEST(FhirImmunization, ProductWithoutCvxStillHasACoding)
{
    Immunization im = immunization();
    im.cvx.clear();
    im.productCode = QStringLiteral("WIBP-CorV");
    const QJsonObject r = toJson(im);
    EXPECT_TRUE(validate(r).isEmpty());
    EXPECT_EQ(r.value(u"vaccineCode").toObject().value(u"coding").toArray().size(), 1);
}

TEST(FhirImmunization, CorrectionKeepsTheIdAndMarksEnteredInError)
{
    Immunization im = immunization();
    const QJsonObject before = toJson(im);
    im.status = QStringLiteral("entered-in-error");
    im.statusReason = QStringLiteral("wrong person scanned");
    const QJsonObject after = toJson(im);
    EXPECT_TRUE(validate(after).isEmpty());
    EXPECT_EQ(after.value(u"id"), before.value(u"id"));
    EXPECT_EQ(after.value(u"status").toString(), QStringLiteral("entered-in-error"));
}

TEST(FhirImmunization, MissingRequiredElementsAreEachReported)
{
    Immunization im = immunization();
    im.status = QStringLiteral("done");
    im.patientId.clear();
    im.occurrence = {};
    im.route = QStringLiteral("XX");  // unknown route: no route element at all
    const QStringList problems = validate(toJson(im));
    EXPECT_EQ(problems.size(), 3) << qPrintable(problems.join(u'\n'));
    QJsonObject r = toJson(immunization());
    r.remove(QStringLiteral("vaccineCode"));
    EXPECT_FALSE(validate(r).isEmpty());
}

TEST(FhirAdverseEvent, PointsAtTheImmunizationAndUsesR4CodeSystems)
{
    const QJsonObject r = toJson(adverseEvent());
    EXPECT_TRUE(validate(r).isEmpty()) << qPrintable(validate(r).join(u'\n'));
    EXPECT_EQ(r.value(u"actuality").toString(), QStringLiteral("actual"));
    EXPECT_EQ(r.value(u"subject").toObject().value(u"reference").toString(),
              QStringLiteral("Patient/") + patient().id);
    EXPECT_EQ(r.value(u"suspectEntity")
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(u"instance")
                  .toObject()
                  .value(u"reference")
                  .toString(),
              QStringLiteral("Immunization/") + immunization().id);
}

TEST(FhirAdverseEvent, CodesOutsideTheirValueSetsAreReported)
{
    AdverseEvent e = adverseEvent();
    e.seriousness = QStringLiteral("very");
    e.severity = QStringLiteral("awful");
    e.outcome = QStringLiteral("gone");
    e.immunizationId.clear();
    EXPECT_EQ(validate(toJson(e)).size(), 4);
}

TEST(FhirValidate, UnknownResourceTypeIsRefused)
{
    EXPECT_FALSE(validate(QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                                      {QStringLiteral("id"), QStringLiteral("x")}})
                     .isEmpty());
}
