#pragma once

// Valid resident IDs for tests and benchmarks, made by core (the check character the check-in
// validates with), never a copy of the MOD 11-2 table.
#include <QDate>
#include <QString>

#include "identity/document.h"

namespace vax::test {

// A valid 18-digit resident ID (GB 11643): county 110105, born on `birth`, sequence `seq`
// (0–999; odd: male), then core's MOD 11-2 check character.
inline QString residentId(const QDate& birth, int seq)
{
    return composeResidentId(110105, birth, seq);
}

// The n-th of many distinct people: born n / 1000 days after `firstBirth`, sequence n % 1000.
inline QString nthResidentId(qint64 n, const QDate& firstBirth)
{
    return residentId(firstBirth.addDays(n / 1000), static_cast<int>(n % 1000));
}

}  // namespace vax::test
