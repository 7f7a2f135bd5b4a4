#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

#include "common/result.h"

// Files written for others (export bundles): a reader sees either no file or all of it, and
// success means the bytes are on the medium, not in the PC's cache. QSaveFile (Qt 6.4) does not
// do this: it writes through a buffer whose failed flush in commit() goes unnoticed (a full disk
// gave a 0-byte "bundle"), ignores the result of its fdatasync, creates the file 0666 & ~umask
// and never syncs the folder, so the rename itself may be lost at a power cut.
namespace vax::durable {

// The steps of writeFile(), in order.
enum class Step { Create, Write, Sync, Rename, SyncFolder };

// Test-only: called before each step with the final path; a non-zero errno it returns makes
// that step fail as if the system had answered it (the step is not done). Empty: no faults.
using FaultHook = std::function<int(Step step, const QString& path)>;
void setFaultHookForTesting(FaultHook hook);

// Writes `bytes` to `path`: a temporary file in the same folder (mode 0600 from its first
// byte), written in full, fsync'ed, renamed to `path` (never over an existing file), then the
// folder fsync'ed. The page cache of the file is dropped after the fsync, so a later read comes
// from the medium. On any failure the temporary file is removed, `path` does not exist, and
// the error (ErrorCode::Io, field `field`) names the folder, what happened (full, read-only,
// removed, not allowed) and what to do.
Status writeFile(const QString& path, const QByteArray& bytes, const QString& field = {});

// The message writeFile() gives for `error` (an errno) at `step` writing `path`.
QString describe(Step step, int error, const QString& path);

}  // namespace vax::durable
