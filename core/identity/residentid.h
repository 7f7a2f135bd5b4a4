#pragma once

#include <QDate>
#include <QString>

#include "common/result.h"
#include "identity/document.h"

namespace vax {

// What an 18-character GB 11643 style number carries.
struct NumberParts {
    QString number;  // 18 characters
    QDate birthDate;
    Sex sex = Sex::Male;
    bool convertedFromLegacy = false;
};

// Where the region of a number must point: a province (two digits), or the fixed region of the
// Hong Kong, Macao and Taiwan residence permits (810000 / 820000 / 830000).
enum class NumberRegion { Province, HkMoTw };

// Checks an 18-character number laid out as region…, YYYYMMDD at 6, sequence at 14 (odd male),
// MOD 11-2 check character at 17. `provinceOffset` is where the province digits start (0 for a
// resident ID, 1 for the 2023 foreign permanent residence card).
Result<NumberParts> checkEighteenCharNumber(const QString& n, DocumentType type, const QDate& today,
                                            NumberRegion region, int provinceOffset);

// A resident ID (15-digit legacy numbers converted) or a residence permit number.
Result<NumberParts> checkResidentNumber(const QString& n, DocumentType type, const QDate& today);

// Whether two digits are a province-level code of GB/T 2260 (11–15, 21–23, … 71, 81–83). No
// code starts with 9: an 18-character number starting with 9 is a foreign permanent residence
// card (DOMAIN.md §5).
bool isProvinceCode(int code);

}  // namespace vax
