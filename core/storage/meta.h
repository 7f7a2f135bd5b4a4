#pragma once

#include <QString>

#include "common/result.h"

namespace vax {

class Database;

// Small key/value settings of a site database (last backup, backup mirror, idle lock …).
Result<QString> readMeta(Database& db, const QString& key, const QString& fallback = {});
Status writeMeta(Database& db, const QString& key, const QString& value);

}  // namespace vax
