#pragma once

#include <QByteArray>
#include <QString>

#include "common/result.h"

namespace vax {

class Clock;
class Database;

// The site setting that seals every export for the district (meta
// "export.seal_to_public_key": the district's public key text "x25519:…", empty: not sealed).
// Set by a site administrator (Permission::ChangeSettings), audited "settings.change"; the GUI's
// export and vaxctl export both obey it.
namespace sealsetting {

inline constexpr const char* kMetaKey = "export.seal_to_public_key";

// The district's X25519 public key every export is sealed to; empty when none is set. A stored
// value that is not a key is an error (the export stops rather than sending in clear).
Result<QByteArray> publicKey(Database& db);

// Sets (`keyText` "x25519:…") or clears (`keyText` empty) the setting.
Status set(Database& db, const Clock& clock, const QString& actorId, const QString& keyText);

}  // namespace sealsetting
}  // namespace vax
