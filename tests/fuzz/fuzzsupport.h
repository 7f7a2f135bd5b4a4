#pragma once

// Shared by the libFuzzer targets (docs/fuzzing.md): input conversion and invariant checks.
// A violated invariant aborts, so libFuzzer records it as a finding like a crash.

#include <QByteArray>
#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace vax::fuzz {

// The fixed "today" of every target, so a finding reproduces on any day.
inline QDate today()
{
    return QDate(2024, 6, 1);
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Arbitrary bytes as text, the way a keyboard wedge or a file read decodes them.
inline QString text(const uint8_t* data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

[[noreturn]] inline void violated(const char* file, int line, const char* what,
                                  const QString& detail)
{
    std::fprintf(stderr, "%s:%d: invariant violated: %s\n  %s\n", file, line, what,
                 detail.toUtf8().constData());
    std::abort();
}

}  // namespace vax::fuzz

// FUZZ_CHECK(condition, detail): abort with `detail` (a QString) when condition is false.
#define FUZZ_CHECK(cond, detail)                                      \
    do {                                                              \
        if (!(cond))                                                  \
            ::vax::fuzz::violated(__FILE__, __LINE__, #cond, detail); \
    } while (false)
