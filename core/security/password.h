#pragma once

#include <QString>

#include "common/result.h"

namespace vax {

// Argon2id via libsodium's crypto_pwhash_str (interactive limits: ~0.1–0.5 s and 64 MiB).
// Slow on purpose: call it off the GUI thread.
Result<QString> hashPassword(const QString& password);
bool verifyPassword(const QString& storedHash, const QString& password);
// The stored hash of a staff member who cannot log in at this desk: one pulled from another
// desk of the site, whose login stays there (docs/site.md 3.3). No password verifies it.
QString noLoginHash();
// A password must have at least 8 characters and not be only digits.
Status checkPasswordStrength(const QString& password, const QString& field);
// A PIN (for unlocking one's own locked session only) is 4 to 6 digits; it is hashed with
// hashPassword like a password.
bool isPinFormat(const QString& pin);
Status checkPinFormat(const QString& pin, const QString& field);

}  // namespace vax
