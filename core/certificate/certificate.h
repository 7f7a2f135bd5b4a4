#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

#include "common/result.h"

namespace vax {

// The pure part of vaccination certificates (docs/certificate.md): numbers, the person
// reference, the QR payload and the printed content with its digest. No database, no clock.

// One dose as printed on a certificate.
struct CertificateDoseLine {
    QString doseId;  // the dose record's id, also in the QR payload
    QString productCode;
    QString productName;  // as printed (the language of the issuing screen)
    int doseNumber = 0;
    QDate date;  // the site's local date of the dose
    QString lot;
};

// Everything a certificate shows. The ID number is held masked only; the QR carries a one-way
// reference to the person, never a name or an ID number.
struct CertificateContent {
    QString number;  // e.g. C20261122-0042
    QString siteCode;
    QString siteName;
    QString personName;
    QString maskedIdNumber;
    QString personRef;  // personReference(idNumber, number)
    QDateTime issuedAt;
    std::vector<CertificateDoseLine> doses;

    QStringList doseIds() const;
    // The QR text: certificatePayload(number, siteCode, personRef, doseIds()).
    QString payload() const;
    // Every printed field as compact JSON with sorted keys: the same content gives the same bytes.
    QByteArray canonicalJson() const;
    // SHA-256 of canonicalJson(), 64 lower-case hex digits.
    QString sha256() const;
    static CertificateContent fromJson(const QJsonObject& object);
};

// The certificate number of the `sequence`-th certificate issued on `day`: C<YYYYMMDD>-<NNNN>
// (four digits at least; the 10,000th of a day gets five).
QString certificateNumber(const QDate& day, int sequence);
// True when `text` has the shape of a certificate number.
bool looksLikeCertificateNumber(const QString& text);

// 16 hex digits of SHA-256(<certificate number> ":" <ID number, normalised>). The ID number is
// normalised as identity documents are (ASCII, upper case, no spaces or hyphens), so the number
// typed or scanned from the document shown gives the same reference.
QString personReference(const QString& idNumber, const QString& certificateNumber);

// The QR payload, version 1: VXC1/<number>/<site code>/<person ref>/<dose id>.<dose id>…
QString certificatePayload(const QString& number, const QString& siteCode, const QString& personRef,
                           const QStringList& doseIds);

struct ParsedCertificatePayload {
    QString number;
    QString siteCode;
    QString personRef;
    QStringList doseIds;
};
// Reads a scanned payload: qr.version for another format or version, qr.invalid for a malformed
// text (the message says which part).
Result<ParsedCertificatePayload> parseCertificatePayload(const QString& text);

}  // namespace vax
