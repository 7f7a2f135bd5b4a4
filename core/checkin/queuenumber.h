#pragma once

// Queue numbers as people read and type them (docs/site.md 6). A desk joined as desk N gives
// N × 10000 + k; people see "N-k" (desk 3's seventeenth person of the day is "3-17"). A desk
// that works alone gives 1, 2, 3, shown as they are. The stored number stays an integer.
#include <QString>

#include <optional>

namespace vax {

// 30017 -> "3-17", 17 -> "17"; 0 or less -> "" (no number).
QString queueLabel(int number);

// What a person types or a scanner reads back: "3-17" (also with spaces, or "3－17"), "30017" or
// "17". nullopt for anything else (letters, a desk block past 9999, "3-0").
std::optional<int> parseQueueNumber(const QString& text);

}  // namespace vax
