// Fuzzes the identity document parser (core/identity): checkDocument, normalizeDocumentNumber,
// guessDocumentType, the masks. Input: byte 0 picks the declared type (or none: guessed from
// the shape) and whether a birth date / sex is typed; the rest is "number\ncountry".
#include <QStringList>

#include "fuzzsupport.h"
#include "identity/document.h"
#include "identity/masking.h"

using namespace vax;

namespace {
QString describe(const IdentityDocument& d)
{
    return documentTypeName(d.type) + QLatin1Char('|') + d.number + QLatin1Char('|') + d.matchKey +
           QLatin1Char('|') + d.country + QLatin1Char('|') +
           (d.birthDate ? d.birthDate->toString(Qt::ISODate) : QString()) + QLatin1Char('|') +
           (d.sex ? sexName(*d.sex) : QString());
}

bool sameDocument(const IdentityDocument& a, const IdentityDocument& b)
{
    return a.type == b.type && a.number == b.number && a.matchKey == b.matchKey &&
           a.country == b.country && a.birthDate == b.birthDate && a.sex == b.sex;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t selector = data[0];
    const QString rest = fuzz::text(data + 1, size - 1);
    const qsizetype newline = rest.indexOf(QLatin1Char('\n'));
    DocumentInput in;
    in.number = newline < 0 ? rest : rest.left(newline);
    in.country = newline < 0 ? QString() : rest.mid(newline + 1);
    const int typeIndex = selector % 7;  // 0: guess, 1..6: DocumentType
    if (typeIndex > 0)
        in.type = static_cast<DocumentType>(typeIndex - 1);
    if (selector & 0x08)
        in.birthDate = QDate(1990, 1, 1).addDays((selector >> 4) * 997);
    if (selector & 0x80)
        in.sex = (selector & 0x40) ? Sex::Female : Sex::Male;

    // Normalisation is idempotent and never grows the text.
    const QString n = normalizeDocumentNumber(in.number);
    FUZZ_CHECK(normalizeDocumentNumber(n) == n, n);
    FUZZ_CHECK(n.size() <= in.number.size(), n);
    if (auto guessed = guessDocumentType(n))
        FUZZ_CHECK(!n.isEmpty(), documentTypeName(*guessed));
    FUZZ_CHECK(maskDocumentNumber(in.number).size() == in.number.size(), in.number);
    (void)maskName(in.number);

    auto doc = checkDocument(in, fuzz::today());
    if (!doc) {
        FUZZ_CHECK(!doc.error().message.isEmpty(), doc.error().codeName());
        return 0;
    }
    const IdentityDocument& d = *doc;
    const QString what = describe(d);
    FUZZ_CHECK(!d.number.isEmpty() && !d.matchKey.isEmpty(), what);
    FUZZ_CHECK(normalizeDocumentNumber(d.number) == d.number, what);
    FUZZ_CHECK(!in.type || *in.type == d.type, what);
    FUZZ_CHECK(!d.birthDate || (d.birthDate->isValid() && *d.birthDate <= fuzz::today()), what);
    FUZZ_CHECK(!in.birthDate || d.birthDate == in.birthDate, what);
    FUZZ_CHECK(!in.sex || d.sex == in.sex, what);
    if (d.type == DocumentType::ResidentId || d.type == DocumentType::ResidencePermit ||
        (d.type == DocumentType::ForeignPermanentResidence && d.number.size() == 18)) {
        FUZZ_CHECK(d.number.size() == 18, what);
        FUZZ_CHECK(mod11_2CheckChar(QStringView(d.number).left(17)) == d.number.at(17), what);
        FUZZ_CHECK(d.birthDate && d.sex, what);
    }
    FUZZ_CHECK(d.convertedFromLegacy ==
                   (d.type == DocumentType::ResidentId && n.size() == 15 && d.number.size() == 18),
               what);
    FUZZ_CHECK(maskDocumentNumber(d.number) != d.number, what);

    // The checked document re-checks to itself: what the desk stores is a valid input.
    DocumentInput again;
    again.type = d.type;
    again.number = d.number;
    again.country = d.country;
    again.birthDate = d.birthDate;
    again.sex = d.sex;
    auto twice = checkDocument(again, fuzz::today());
    FUZZ_CHECK(twice.ok(), what + QStringLiteral(" → ") + twice.error().message);
    FUZZ_CHECK(sameDocument(d, *twice), what + QStringLiteral(" → ") + describe(*twice));
    FUZZ_CHECK(!twice->convertedFromLegacy, what);
    return 0;
}
