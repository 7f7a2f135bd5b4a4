#pragma once

#include <QDate>
#include <QString>

#include "common/result.h"

namespace vax {

// What a GS1 element string on a vaccine box says (DOMAIN.md §6).
struct Gs1Data {
    QString gtin;                 // (01) GTIN-14, check digit verified
    QDate expiry;                 // (17) YYMMDD; DD=00 is the last day of that month
    QString lot;                  // (10) up to 20 characters
    QString serial;               // (21) up to 20 characters
    bool hadSymbologyId = false;  // the scanner sent an AIM id such as "]d2" first
};

// The GS separator (FNC1 in the symbol) as a keyboard-wedge scanner sends it: Ctrl+] = 0x1D.
inline constexpr char16_t kGs1Separator = 0x1D;

// Parses a scanned GS1 element string: AIs (01), (17), (10), (21), and skips the fixed-length
// dates (11), (13), (15), (16). (01) is required. A variable-length field that may hide another
// AI because no separator arrived is refused (Gs1Ambiguous) rather than guessed.
Result<Gs1Data> parseGs1(const QString& scanned);

// True when `digits` (14 digits) carries a valid GS1 mod-10 check digit.
bool isValidGtin14(const QString& digits);

}  // namespace vax
