#pragma once

#include <QString>

#include <optional>

#include "common/result.h"

namespace vax {

// What can stop VaxPoint from opening a database file, each named for what it is and with its
// own fix. Only real damage (quick_check failing) mentions a backup: replacing a database that
// is merely full, read-only or locked with a backup would throw away every record written
// since. docs/storage.md has the table.

// The disk holding the database has no room (SQLITE_FULL, or an I/O error on a disk with almost
// no space left).
Error dbFullError(const QString& path);
// The file, its folder or the whole medium cannot be written; the OS decides which is said.
Error dbReadOnlyError(const QString& path);
// This account may not read the file (or enter its folder).
Error dbAccessDeniedError(const QString& path);
// Another process holds a lock on the file; names it where the OS can (Linux: /proc/locks).
Error dbLockedError(const QString& path);
// The file does not start with a SQLite header (another kind of file, or its header is gone).
Error dbNotADatabaseError(const QString& path, const QString& detail);
// An empty file: no database in it (vaxctl init creates one).
Error dbEmptyError(const QString& path);
// A schema version no VaxPoint wrote (negative, or a corrupted header field).
Error dbUnknownSchemaError(const QString& path, int version, int latest);
// quick_check found damage: names the newest backup beside the file, when it was taken, what
// would be lost by restoring it, and to call support before replacing anything.
Error dbDamagedError(const QString& path, const QString& detail);

// Maps a SQLite result code met while opening or checking `path` to the errors above; a code
// that fits none gives db.open_failed with SQLite's text.
Error classifyOpenFailure(const QString& path, int sqliteCode, const QString& detail);

// The checks the OS can answer without SQLite: the medium or folder is read-only, the file is
// read-only or unreadable. Nothing when it sees no problem (root passes every mode check).
std::optional<Error> osAccessProblem(const QString& path, bool needWrite);

// Reads the first 100 bytes: an unreadable, empty or non-SQLite file is refused before SQLite
// sees it (SQLite would write a schema into an empty file).
Status probeHeader(const QString& path);

// Who holds a lock on `path` (or its -shm), e.g. "\"vaxpoint\" (process 4711)"; "another
// program" when the OS does not say.
QString lockHolder(const QString& path);

// When a backup file was taken, from its name (the site's wall-clock time), for people.
QString backupTakenAt(const QString& backupPath);

}  // namespace vax
