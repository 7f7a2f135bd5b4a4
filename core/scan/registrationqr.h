#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "common/result.h"
#include "identity/document.h"

namespace vax {

// The payload of a pre-registration QR code (docs/registration-qr.md), version 1:
// {"v":1,"type":"vaxpoint.registration","name":"…","document":{"type":"resident_id",
//  "number":"…","country":"CHN"},"phone":"…","birthDate":"YYYY-MM-DD","sex":"female",
//  "appointment":"…"}
struct Registration {
    QString name;
    IdentityDocument document;  // checked like a typed document
    QString phone;              // may be empty
    QString appointmentId;      // may be empty
};

inline constexpr int kRegistrationQrVersion = 1;
inline constexpr const char* kRegistrationQrType = "vaxpoint.registration";

// Parses and checks a registration QR payload; `today` is the local date.
Result<Registration> parseRegistrationQr(const QString& text, const QDate& today);

// The payload for a registration (what a pre-registration page would put in its QR code).
QString registrationQrPayload(const QString& name, const DocumentInput& document,
                              const QString& phone, const QString& appointmentId);

// Digits with an optional leading +, 5 to 20 of them; spaces and hyphens dropped. Empty when the
// text is not a phone number.
QString normalizePhone(const QString& text);

}  // namespace vax
