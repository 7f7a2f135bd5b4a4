#pragma once

#include <QDate>
#include <QString>

#include <optional>

#include "common/result.h"

namespace vax {

// The identity documents a person may show at the desk (DOMAIN.md §5).
enum class DocumentType {
    ResidentId,        // 居民身份证, 18 characters (15-digit legacy converted)
    ResidencePermit,   // 港澳台居民居住证, 18 characters, region 810000/820000/830000
    HomeReturnPermit,  // 港澳居民来往内地通行证, H/M + 8 digits (+ 2-digit renewal count)
    TaiwanCompatriotPermit,     // 台湾居民来往大陆通行证, 8 digits
    ForeignPermanentResidence,  // 外国人永久居留身份证, 15-char old or 18-char 2023 form
    Passport,                   // ≤ 9 of [A-Z0-9] plus an ISO 3166 alpha-3 country
};

enum class Sex { Male, Female };

// Stable names used in the database and in vaxctl --json: "resident_id", "passport", …
QString documentTypeName(DocumentType type);
std::optional<DocumentType> documentTypeFromName(const QString& name);
// The name shown to people, translated.
QString documentTypeLabel(DocumentType type);
QString sexName(Sex sex);  // "male" / "female"
std::optional<Sex> sexFromName(const QString& name);

// What was typed or scanned. `type` empty: guessed from the number's shape.
struct DocumentInput {
    std::optional<DocumentType> type;
    QString number;
    QString country;                 // passports: ISO 3166 alpha-3
    std::optional<QDate> birthDate;  // typed; must agree with the number when it carries one
    std::optional<Sex> sex;          // typed; must agree with the number when it carries one
};

// A checked document.
struct IdentityDocument {
    DocumentType type = DocumentType::ResidentId;
    QString number;    // normalised: ASCII, upper case, no spaces; 15-digit IDs converted to 18
    QString matchKey;  // what makes two documents the same: unique per (type, matchKey)
    QString country;   // alpha-3; "CHN" for mainland documents, empty when unknown
    std::optional<QDate> birthDate;    // from the number where it carries one, else as typed
    std::optional<Sex> sex;            // likewise
    bool convertedFromLegacy = false;  // a 15-digit resident ID was converted
};

// Full-width digits and letters to ASCII, spaces and hyphens removed, letters upper-cased.
QString normalizeDocumentNumber(const QString& raw);

// Guesses the type from a normalised number; empty when the shape fits none.
std::optional<DocumentType> guessDocumentType(const QString& normalized);

// Checks a document against its rules; `today` is the local date (no future births).
Result<IdentityDocument> checkDocument(const DocumentInput& input, const QDate& today);

// Whether the document's number carries the birth date (resident ID, residence permit, the 2023
// foreign permanent residence card). For the others (passport, Home Return Permit, Taiwan permit,
// the older permanent residence card) the birth date is typed at check-in.
bool numberCarriesBirthDate(const IdentityDocument& document);

// ISO 7064 MOD 11-2 check character of the first 17 characters ('0'–'9' or 'X').
QChar mod11_2CheckChar(QStringView first17);

// A resident ID made of its parts, for made-up people (tests, benchmarks, vaxctl stress): the
// six-digit region, the birth date, the sequence (0–999; odd: male), the check character.
QString composeResidentId(int region, const QDate& birthDate, int sequence);

}  // namespace vax
