#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "common/result.h"
#include "identity/document.h"
#include "scan/gs1.h"
#include "scan/registrationqr.h"

namespace vax {

// What a scanner (keyboard wedge) sent.
enum class ScanKind {
    IdDocument,      // a resident ID or another 15/18-character document number
    RegistrationQr,  // a VaxPoint pre-registration QR payload (JSON)
    Gs1,             // a GS1 element string from a vaccine box
    TraceCode,       // a 20-digit 药品追溯码, opaque
    Unknown,
};

QString scanKindName(ScanKind kind);  // "id_document", "registration_qr", "gs1", "trace_code", …

struct ScanResult {
    ScanKind kind = ScanKind::Unknown;
    std::optional<IdentityDocument> document;
    std::optional<Registration> registration;
    std::optional<Gs1Data> gs1;
    QString traceCode;
};

// Classifies by shape only (cheap: the check-in field calls it on every Enter).
ScanKind classifyScan(const QString& scanned);

// Classifies and parses; an unknown shape or a failed parse is an error naming what to do.
Result<ScanResult> parseScan(const QString& scanned, const QDate& today);

}  // namespace vax
