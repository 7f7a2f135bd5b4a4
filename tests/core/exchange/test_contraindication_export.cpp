// The district learns a person's contraindications: FHIR AllergyIntolerance / Flag in
// contraindications.ndjson, OBX 30945-0 in the VXU, contraindications.csv, counts in the
// manifest; a lifted one is sent again with its new status.
#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include "aefi/aefiservice.h"
#include "contraindication/contraindicationservice.h"
#include "exchange/bundle.h"
#include "exchange/exporter.h"
#include "exchange/exportfixture.h"  // tests/core
#include "exchange/fhir.h"
#include "exchange/hl7.h"
#include "exchange/signing.h"
#include "security/userservice.h"

using namespace vax;
using vax::test::residentId;

namespace {

using test::bundleEntries;

std::map<QString, QJsonObject> byId(const QByteArray& ndjson)
{
    std::map<QString, QJsonObject> out;
    for (const QJsonObject& o : test::ndjsonObjects(ndjson))
        out[o.value(QStringLiteral("id")).toString()] = o;
    return out;
}

QString clinicalStatus(const QJsonObject& allergy)
{
    return allergy.value(QStringLiteral("clinicalStatus"))
        .toObject()
        .value(QStringLiteral("coding"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

class ContraindicationExportTest : public test::ExportFixture {
protected:
    void SetUp() override
    {
        ExportFixture::SetUp();
        exporter = std::make_unique<Exporter>(*db, clock);
        receive(QStringLiteral("B1"), 20);
    }

    std::map<QString, QByteArray> exportNow(QJsonObject* counts)
    {
        auto r = exporter->run({out.path(), admin.id, key.secretKey, {}, {}});
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : qPrintable(r.error().message));
        if (!r.ok())
            return {};
        *counts = r->batch.counts;
        return bundleEntries(r->batch.path);
    }

    std::unique_ptr<Exporter> exporter;
    QTemporaryDir out;
    signing::KeyPair key = signing::generate();
};
}  // namespace

TEST_F(ContraindicationExportTest, AllergiesAndOthersReachTheDistrictAndLiftingIsSentAgain)
{
    // An anaphylaxis after a dose (an allergy) and a screening answer (not an allergy).
    const QString dose =
        vaccinate(QStringLiteral("张三"), QDate(1980, 3, 15), 11, QStringLiteral("B1"));
    AefiService aefi({*db, clock});
    aefi::Report report;
    report.doseId = dose;
    report.onset = clock.nowUtc();
    report.symptoms = {QStringLiteral("anaphylaxis")};
    report.severity = QStringLiteral("severe");
    report.seriousness = QStringLiteral("serious");
    report.reporterStaffId = admin.id;
    ASSERT_TRUE(aefi.add(report).ok());
    CheckInRequest r;
    r.staffId = admin.id;
    r.draft.name = QStringLiteral("李娜");
    r.draft.document.number = residentId(QDate(1950, 1, 1), 12);
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        r.answers.insert(q.id, q.id == QLatin1String("neurological"));
    r.temperatureC = 36.6;
    auto deferral = checkin->recordDeferral(r);
    ASSERT_TRUE(deferral.ok()) << qPrintable(deferral.error().message);
    const QString flagId = deferral->contraindicationIds.value(0);

    QJsonObject counts;
    auto files = exportNow(&counts);
    EXPECT_EQ(counts.value(QStringLiteral("contraindications")).toInt(), 2);
    ASSERT_TRUE(files.count(QStringLiteral("contraindications.ndjson")));
    auto resources = byId(files[QStringLiteral("contraindications.ndjson")]);
    ASSERT_EQ(resources.size(), 2u);
    int allergies = 0;
    for (const auto& [id, res] : resources) {
        EXPECT_TRUE(fhir::validate(res).isEmpty())
            << qPrintable(fhir::validate(res).join(QStringLiteral("; ")));
        if (res.value(QStringLiteral("resourceType")).toString() == u"AllergyIntolerance") {
            ++allergies;
            EXPECT_EQ(clinicalStatus(res), QStringLiteral("active"));
            EXPECT_TRUE(res.value(QStringLiteral("patient"))
                            .toObject()
                            .value(QStringLiteral("reference"))
                            .toString()
                            .startsWith(QStringLiteral("Patient/")));
        }
    }
    EXPECT_EQ(allergies, 1);
    ASSERT_TRUE(resources.count(flagId));
    EXPECT_EQ(resources[flagId].value(QStringLiteral("resourceType")).toString(),
              QStringLiteral("Flag"));
    EXPECT_EQ(resources[flagId].value(QStringLiteral("status")).toString(),
              QStringLiteral("active"));

    const QString csv = QString::fromUtf8(files[QStringLiteral("contraindications.csv")]);
    EXPECT_TRUE(csv.contains(flagId + QStringLiteral(",active,")));
    EXPECT_TRUE(csv.contains(QStringLiteral(",neurological,")));

    // HL7: OBX 30945-0 with the CDC code for the allergy and a local code for the other.
    QStringList values;
    for (const hl7::ParsedSegment& s :
         hl7::parse(QString::fromUtf8(files[QStringLiteral("vxu.hl7")])))
        if (s.id() == u"OBX" && s.fields.value(3).startsWith(QStringLiteral("30945-0^")))
            values << s.fields.value(5);
    ASSERT_EQ(values.size(), 2);
    EXPECT_TRUE(values.join(u' ').contains(QStringLiteral("^CDCPHINVS")));
    EXPECT_TRUE(values.join(u' ').contains(QStringLiteral("neurological^")));

    // A doctor lifts the flag: the next bundle sends it again, inactive.
    auto doctor = UserService::add({*db, clock, admin.id},
                                   NewStaff{QStringLiteral("dr.wu"), QStringLiteral("Wu"),
                                            QStringLiteral("doctor-pass-3"), Roles(Role::Doctor)});
    ASSERT_TRUE(doctor.ok());
    ContraindicationService service({*db, clock});
    auto proof =
        service.authenticateDoctor(QStringLiteral("dr.wu"), QStringLiteral("doctor-pass-3"));
    ASSERT_TRUE(proof.ok()) << qPrintable(proof.error().message);
    ASSERT_TRUE(service.lift(flagId, QStringLiteral("seen by neurologist"), *proof).ok());
    clock.advance(60'000);
    auto again = exportNow(&counts);
    EXPECT_EQ(counts.value(QStringLiteral("contraindications")).toInt(), 1);
    auto lifted = byId(again[QStringLiteral("contraindications.ndjson")]);
    ASSERT_TRUE(lifted.count(flagId));
    EXPECT_EQ(lifted[flagId].value(QStringLiteral("status")).toString(),
              QStringLiteral("inactive"));
    EXPECT_TRUE(QString::fromUtf8(again[QStringLiteral("contraindications.csv")])
                    .contains(flagId + QStringLiteral(",lifted,")));
    bool expiry = false;
    for (const hl7::ParsedSegment& s :
         hl7::parse(QString::fromUtf8(again[QStringLiteral("vxu.hl7")])))
        expiry = expiry || (s.id() == u"OBX" && s.fields.value(3).startsWith(u"30944-3^"));
    EXPECT_TRUE(expiry);
}
