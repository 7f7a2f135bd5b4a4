#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include "common/result.h"

// The one input policy of VaxPoint: what typed or scanned text, numbers and dates the core
// accepts before anything is written. Every service checks its free-text fields, numbers and
// dates here, so the desk, check-in, stock and the command line refuse the same things with the
// same words: the error (code input.invalid) names the field and says how to fix the input, and
// nothing is written.
//
// Text is refused when it is longer than its field allows (counted in characters, i.e. Unicode
// code points, so 100 Chinese characters are 100), when it holds a control character (C0 or C1,
// ESC included; multi-line fields allow line breaks and tabs), a bidirectional formatting
// character (the embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, and the
// marks U+200E, U+200F, U+061C: they make a name display in another order than it is stored), a
// byte-order mark or zero-width space, a lone surrogate or a non-character, or U+FFFD: the
// replacement character that decoding leaves where the input was not valid UTF-8.
namespace vax::input {

enum class Lines { Single, Multi };

struct TextRule {
    int maxChars;
    Lines lines = Lines::Single;
};

// The lengths of VaxPoint's fields. A name on a Chinese ID card has at most 15 characters and a
// passport's machine-readable name 39; 100 leaves room for transliterated names in full.
inline constexpr TextRule kPersonName{100};
inline constexpr TextRule kShortText{40};   // relation, desk, reason codes, usernames
inline constexpr TextRule kLabel{80};       // fridge, manufacturer, site and district names
inline constexpr TextRule kIdentifier{64};  // appointment ids, consent text versions
inline constexpr TextRule kLotNumber{20};   // GS1 AI (10): at most 20 characters
inline constexpr TextRule kPhone{20};       // E.164 is 15 digits, plus "+" and separators
inline constexpr TextRule kNote{2000, Lines::Multi};  // reasons, descriptions, notes

// Empty text passes (whether a field is required is the caller's rule). `label` is the field's
// name in the user's language, `field` its stable key for --json.
Status checkText(QStringView value, const QString& field, const QString& label, TextRule rule);

// A phone number: checkText with kPhone, then only digits, one leading "+", spaces, "-" and
// parentheses, with 5 to 15 digits. Empty passes.
Status checkPhone(QStringView value, const QString& field, const QString& label);

// A finite number within [min, max]; NaN and infinities are refused. `unit` is shown after the
// bounds (e.g. "mL", "°C"), may be empty.
Status checkNumber(double value, const QString& field, const QString& label, double min, double max,
                   const QString& unit = {});

// A moment that cannot lie in the future (a reading, a dose, an event): at most `tolerance`
// seconds after `now` (the site clock), so a PC clock a little behind the logger's is no error.
inline constexpr qint64 kFutureToleranceSeconds = 5 * 60;
Status checkNotFuture(const QDateTime& at, const QDateTime& now, const QString& field,
                      const QString& label, qint64 toleranceSeconds = kFutureToleranceSeconds);
// A date that cannot lie after the site's today (a birth date).
Status checkNotFuture(const QDate& date, const QDate& today, const QString& field,
                      const QString& label);

// Raw bytes that must be UTF-8 (a file, an argument): the offset of the first invalid byte, or
// -1 when the whole array is valid UTF-8.
qsizetype invalidUtf8Offset(const QByteArray& bytes);
Status checkUtf8(const QByteArray& bytes, const QString& field, const QString& label);

// The first character checkText would refuse (index into `value`), or -1. For screens that want
// to mark the character.
qsizetype firstRefusedCharacter(QStringView value, Lines lines);

}  // namespace vax::input
