#pragma once

// The content of the NIST IZ test case 1.1 message (an influenza dose given to a child) as the
// encoder's input: shared by the HL7 tests in the repository and the refdata comparison with the
// golden message of ../shared/data.
#include <QTimeZone>

#include <vector>

#include "exchange/hl7.h"
#include "exchange/vxu.h"

namespace vax::hl7::testdata {

// The NIST IZ 1.1 message's content, as VaxPoint's export would hand it to the encoder.
struct NistInput {
    Header header;
    Patient patient;
    std::vector<NextOfKin> kin;
    std::vector<Dose> doses;
};

inline NistInput nistInput()
{
    NistInput in;
    in.header.sendingApplication = QStringLiteral("Test EHR Application");
    in.header.sendingFacility = QStringLiteral("X68");
    in.header.receivingFacility = QStringLiteral("NIST Test Iz Reg");
    in.header.time = QDateTime(QDate(2012, 7, 1), QTime(8, 22), QTimeZone::utc());
    in.header.messageTimePrecision = TimePrecision::Minute;
    in.header.doseTimePrecision = TimePrecision::Day;
    in.header.withUtcOffset = false;
    in.header.controlId = QStringLiteral("NIST-IZ-001.00");
    in.header.acceptAck = QStringLiteral("AL");
    in.header.applicationAck = QStringLiteral("ER");
    in.header.charset.clear();  // the 2012 test message predates the IG 1.5 MSH-18/21 rule
    in.header.profile = {};

    Patient& p = in.patient;
    p.identifiers = {
        {QStringLiteral("D26376273"), QStringLiteral("NIST MPI"), QStringLiteral("MR")}};
    p.name = {QStringLiteral("Snow"), QStringLiteral("Madelynn"), QStringLiteral("Ainsley")};
    p.mothersMaidenName = PersonName{QStringLiteral("Lam"), QStringLiteral("Morgan"), {}, {}};
    p.birthDate = QDate(2007, 7, 6);
    p.sex = QStringLiteral("F");
    p.race = {QStringLiteral("2076-8"), QStringLiteral("Native Hawaiian or Other Pacific Islander"),
              QStringLiteral("CDCREC")};
    p.address = {QStringLiteral("32 Prescott Street Ave"),
                 {},
                 QStringLiteral("Warwick"),
                 QStringLiteral("MA"),
                 QStringLiteral("02452"),
                 QStringLiteral("USA")};
    p.phone.areaCode = QStringLiteral("657");
    p.phone.number = QStringLiteral("5558563");
    p.ethnicGroup = {QStringLiteral("2186-5"), QStringLiteral("non Hispanic or Latino"),
                     QStringLiteral("CDCREC")};
    p.publicity = {QStringLiteral("02"), QStringLiteral("Reminder/Recall - any method"),
                   QStringLiteral("HL70215")};
    p.registryStatus = QStringLiteral("A");
    p.registryStatusDate = QDate(2012, 7, 1);
    p.publicityDate = QDate(2012, 7, 1);

    NextOfKin mother;
    mother.name = {QStringLiteral("Lam"), QStringLiteral("Morgan"), {}, QStringLiteral("L")};
    mother.relationship = {QStringLiteral("MTH"), QStringLiteral("Mother"),
                           QStringLiteral("HL70063")};
    mother.address = p.address;
    mother.phone = p.phone;
    in.kin.push_back(mother);

    Dose d;
    d.fillerOrderId = QStringLiteral("IZ-783274");
    d.fillerNamespace = QStringLiteral("NDA");
    d.enteredBy = {QStringLiteral("I-23432"),
                   {QStringLiteral("Burden"), QStringLiteral("Donna"), QStringLiteral("A"), {}},
                   QStringLiteral("NIST-AA-1"),
                   {}};
    d.orderingProvider = {QStringLiteral("57422"),
                          {QStringLiteral("RADON"), QStringLiteral("NICHOLAS"), {}, {}},
                          QStringLiteral("NIST-AA-1"),
                          QStringLiteral("L")};
    d.administeredAt = QDateTime(QDate(2012, 8, 14), QTime(0, 0), QTimeZone::utc());
    d.vaccine = {QStringLiteral("140"),
                 QStringLiteral("Influenza, seasonal, injectable, preservative free"),
                 QStringLiteral("CVX")};
    d.amount = QStringLiteral("0.5");
    d.units = {QStringLiteral("mL"), QStringLiteral("MilliLiter [SI Volume Units]"),
               QStringLiteral("UCUM")};
    d.informationSource = {QStringLiteral("00"), QStringLiteral("New immunization record"),
                           QStringLiteral("NIP001")};
    d.administeredBy = {QStringLiteral("7832-1"),
                        {QStringLiteral("Lemon"), QStringLiteral("Mike"), QStringLiteral("A"), {}},
                        QStringLiteral("NIST-AA-1"),
                        {}};
    d.facility = QStringLiteral("X68");
    d.lotNumber = QStringLiteral("Z0860BB");
    d.expiry = QDate(2012, 11, 4);
    d.manufacturer = {QStringLiteral("CSL"), QStringLiteral("CSL Behring"), QStringLiteral("MVX")};
    d.route = {QStringLiteral("C28161"), QStringLiteral("Intramuscular"), QStringLiteral("NCIT")};
    d.site = {QStringLiteral("LD"), QStringLiteral("Left Arm"), QStringLiteral("HL70163")};
    in.doses.push_back(d);
    return in;
}

}  // namespace vax::hl7::testdata
