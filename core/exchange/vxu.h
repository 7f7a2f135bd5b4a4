#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "exchange/hl7.h"

namespace vax::hl7 {

// A coded value as HL7 CE/CWE: identifier ^ text ^ coding system.
struct Coded {
    QString code;
    QString text;
    QString system;
    bool isEmpty() const { return code.isEmpty() && text.isEmpty(); }
    QString encode() const { return isEmpty() ? QString() : components({code, text, system}); }
};

// A person's name as HL7 XPN: family ^ given ^ middle … ^ type (L: legal).
struct PersonName {
    QString family;
    QString given;
    QString middle;
    QString type = QStringLiteral("L");
};

// A staff member or provider as HL7 XCN: id ^ family ^ given ^ middle … ^ assigning authority.
struct Provider {
    QString id;
    PersonName name;
    QString authority;
    QString nameType;  // XCN-10, e.g. L; empty for none
    bool isEmpty() const { return id.isEmpty() && name.family.isEmpty(); }
};

struct Address {
    QString street;
    QString other;
    QString city;
    QString state;
    QString zip;
    QString country;
    QString type = QStringLiteral("L");
    bool isEmpty() const { return street.isEmpty() && city.isEmpty() && zip.isEmpty(); }
};

// A phone number as HL7 XTN: ^ use ^ equipment ^^^ area code ^ local number.
struct Phone {
    QString use = QStringLiteral("PRN");
    QString equipment = QStringLiteral("PH");
    QString areaCode;
    QString number;
    bool isEmpty() const { return number.isEmpty(); }
};

struct Identifier {
    QString id;
    QString authority;  // CX-4 assigning authority
    QString typeCode;   // CX-5, e.g. MR, NNCHN, PPN
};

struct Patient {
    std::vector<Identifier> identifiers;          // PID-3, repeated
    PersonName name;                              // PID-5
    std::optional<PersonName> mothersMaidenName;  // PID-6
    QDate birthDate;                              // PID-7
    QString sex;                                  // PID-8: F, M, U
    Coded race;                                   // PID-10
    Address address;                              // PID-11
    Phone phone;                                  // PID-13
    Coded ethnicGroup;                            // PID-22
    // PD1: publicity code (PD1-11), registry status (PD1-16, e.g. A: active) and their dates.
    Coded publicity;
    QString registryStatus;
    QDate registryStatusDate;
    QDate publicityDate;
};

// Next of kin / guardian (NK1).
struct NextOfKin {
    PersonName name;
    Coded relationship;  // HL70063, e.g. MTH^Mother^HL70063
    Address address;
    Phone phone;
};

struct Dose {
    // ORC-3 filler order number: the dose's permanent id; the same id on a later deletion.
    QString fillerOrderId;
    QString fillerNamespace;
    Provider enteredBy;         // ORC-10
    Provider orderingProvider;  // ORC-12
    QDateTime administeredAt;   // RXA-3
    Coded vaccine;              // RXA-5, CVX where known
    QString amount;             // RXA-6, e.g. "0.5"
    Coded units;                // RXA-7, e.g. mL^MilliLiter [SI Volume Units]^UCUM
    Coded informationSource;    // RXA-9, 00: new immunization record
    Provider administeredBy;    // RXA-10
    QString facility;           // RXA-11.4 (point of care location's facility)
    QString lotNumber;          // RXA-15
    QDate expiry;               // RXA-16
    Coded manufacturer;         // RXA-17, MVX
    QString completionStatus = QStringLiteral("CP");  // RXA-20
    bool deleted = false;  // RXA-21: A (add) or D (delete: entered in error)
    Coded route;           // RXR-1, NCIT (C28161: intramuscular)
    Coded site;            // RXR-2, HL70163 (LD, RD …)
};

// A contraindication or precaution, sent the CDC IG 1.5 way: an order group with no vaccine given
// (ORC, RXA-5 998^No vaccine administered^CVX, RXA-6 999, RXA-20 NA) and OBX 30945-0 "Vaccination
// contraindication and/or precaution" (CE, CDC code where one fits, else a local code), OBX
// 30946-8 its effective date and, when it ended or ends, OBX 30944-3 its expiration date.
struct Contraindication {
    QString fillerOrderId;  // ORC-3: the contraindication's permanent id
    QString fillerNamespace;
    Provider enteredBy;    // ORC-10
    QDateTime recordedAt;  // RXA-3 and OBX-14
    Coded value;           // OBX-5
    QDate effective;       // OBX 30946-8
    QDate expires;         // OBX 30944-3: lifted on, or "until"; invalid when open-ended
};

enum class TimePrecision { Day, Minute, Second };

// The envelope of one message.
struct Header {
    QString sendingApplication = QStringLiteral("VaxPoint");
    QString sendingFacility;
    QString receivingApplication;
    QString receivingFacility;
    QDateTime time;
    QString controlId;  // MSH-10: never reused
    QString processingId = QStringLiteral("P");
    QString acceptAck = QStringLiteral("ER");           // MSH-15
    QString applicationAck = QStringLiteral("AL");      // MSH-16
    QString charset = QStringLiteral("UNICODE UTF-8");  // MSH-18 (CDC IG 1.5)
    Coded profile{QStringLiteral("Z22"), QString(), QStringLiteral("CDCPHINVS")};  // MSH-21
    TimePrecision messageTimePrecision = TimePrecision::Second;
    TimePrecision doseTimePrecision = TimePrecision::Second;
    bool withUtcOffset = true;
};

// Formats a time as HL7 DTM in the time's own offset: YYYYMMDD[HHMM[SS]][+ZZZZ].
QString formatTime(const QDateTime& time, TimePrecision precision, bool withOffset);
QString formatDate(const QDate& date);

// One VXU^V04 message: MSH, PID, PD1 (when given), NK1 (one per guardian), then ORC, RXA and
// RXR for each dose, then ORC, RXA and OBX for each contraindication.
Message buildVxu(const Header& header, const Patient& patient,
                 const std::vector<NextOfKin>& nextOfKin, const std::vector<Dose>& doses,
                 const std::vector<Contraindication>& contraindications = {});

// A batch file: FHS, BHS, the messages, BTS (message count), FTS (batch count 1).
struct BatchHeader {
    QString sendingApplication = QStringLiteral("VaxPoint");
    QString sendingFacility;
    QString receivingApplication;
    QString receivingFacility;
    QDateTime time;
    QString fileName;  // FHS-9
    QString batchId;   // BHS-11 batch control id
    QString comment;
};
QString buildBatch(const BatchHeader& header, const std::vector<Message>& messages);

}  // namespace vax::hl7
