#pragma once

#include <QString>

namespace vax {

// Personal health data stays readable by its owner only: folders VaxPoint creates get mode
// 0700, files 0600 from their first byte (no window in which the umask's 0644 applies).

// Creates `dir` (and missing parents) when it does not exist; a folder created here is made
// owner-only. An existing folder is left as it is (e.g. a USB stick chosen by the admin).
bool makePrivateDir(const QString& dir);
// Creates an empty file with mode 0600; false when it exists already or cannot be created.
bool createPrivateFile(const QString& path);

}  // namespace vax
