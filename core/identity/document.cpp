#include "identity/document.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include "common/labels.h"
#include "identity/countries.h"
#include "identity/residentid.h"

namespace vax {

namespace {
struct DocumentText {
    Q_DECLARE_TR_FUNCTIONS(IdentityDocument)
};

const QString kNumberField = QStringLiteral("document_number");
const QString kCountryField = QStringLiteral("country");

Error formatError(DocumentType type, const QString& expected)
{
    return makeError(ErrorCode::IdFormat,
                     DocumentText::tr("%1 number: expected %2. Check the number and type it "
                                      "again.")
                         .arg(documentTypeLabel(type), expected),
                     kNumberField);
}

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

Result<IdentityDocument> checkHomeReturnPermit(const QString& n)
{
    if (!matches(QStringLiteral("[HM][0-9]{8}([0-9]{2})?"), n))
        return formatError(DocumentType::HomeReturnPermit,
                           DocumentText::tr("H or M followed by 8 digits and an optional "
                                            "2-digit renewal count, e.g. H12345678"));
    IdentityDocument d;
    d.type = DocumentType::HomeReturnPermit;
    d.number = n;
    d.matchKey = n.left(9);  // the renewal count changes with each new card; the person does not
    d.country = n.startsWith(QLatin1Char('H')) ? QStringLiteral("HKG") : QStringLiteral("MAC");
    return d;
}

Result<IdentityDocument> checkTaiwanPermit(const QString& n)
{
    if (!matches(QStringLiteral("[0-9]{8}"), n))
        return formatError(DocumentType::TaiwanCompatriotPermit,
                           DocumentText::tr("8 digits, e.g. 12345678"));
    IdentityDocument d;
    d.type = DocumentType::TaiwanCompatriotPermit;
    d.number = n;
    d.matchKey = n;
    d.country = QStringLiteral("TWN");
    return d;
}

Result<IdentityDocument> checkForeignPermanentResidence(const QString& n, const QDate& today)
{
    IdentityDocument d;
    d.type = DocumentType::ForeignPermanentResidence;
    d.number = n;
    d.matchKey = n;
    if (matches(QStringLiteral("[A-Z]{3}[0-9]{12}"), n)) {  // the card issued before 2023
        d.country = n.left(3);
        if (!isIsoAlpha3Country(d.country))
            return makeError(ErrorCode::IdCountry,
                             DocumentText::tr("%1 number: \"%2\" is not a country code. The "
                                              "first three letters are the holder's nationality "
                                              "(ISO 3166, e.g. USA); check them.")
                                 .arg(documentTypeLabel(d.type), d.country),
                             kNumberField);
        return d;
    }
    if (matches(QStringLiteral("9[0-9]{16}[0-9X]"), n)) {  // the 2023 card
        VAX_TRY_VALUE(auto parts,
                      checkEighteenCharNumber(n, d.type, today, NumberRegion::Province, 1));
        d.birthDate = parts.birthDate;
        d.sex = parts.sex;
        return d;
    }
    return formatError(d.type, DocumentText::tr("3 letters and 12 digits (older card) or 18 "
                                                "characters starting with 9 (2023 card)"));
}

Result<IdentityDocument> checkPassport(const QString& n, const QString& country)
{
    if (!matches(QStringLiteral("[A-Z0-9]{5,9}"), n))
        return formatError(DocumentType::Passport,
                           DocumentText::tr("5 to 9 letters or digits, e.g. E12345678"));
    if (country.isEmpty())
        return makeError(ErrorCode::IdCountry,
                         DocumentText::tr("Passport: the issuing country is missing. Enter its "
                                          "three-letter code (ISO 3166), e.g. CHN or USA."),
                         kCountryField);
    if (!isIsoAlpha3Country(country))
        return makeError(ErrorCode::IdCountry,
                         DocumentText::tr("Passport: \"%1\" is not a country code. Enter the "
                                          "three-letter code (ISO 3166), e.g. CHN or USA.")
                             .arg(country),
                         kCountryField);
    IdentityDocument d;
    d.type = DocumentType::Passport;
    d.number = n;
    d.country = country;
    d.matchKey = country + QLatin1Char(':') + n;  // numbers repeat across countries
    return d;
}

Result<IdentityDocument> checkByType(DocumentType type, const QString& n, const QString& country,
                                     const QDate& today)
{
    switch (type) {
        case DocumentType::ResidentId:
        case DocumentType::ResidencePermit: {
            VAX_TRY_VALUE(auto parts, checkResidentNumber(n, type, today));
            IdentityDocument d;
            d.type = type;
            d.number = parts.number;
            d.matchKey = parts.number;
            d.birthDate = parts.birthDate;
            d.sex = parts.sex;
            d.convertedFromLegacy = parts.convertedFromLegacy;
            d.country = type == DocumentType::ResidentId ? QStringLiteral("CHN")
                        : n.startsWith(u"81")            ? QStringLiteral("HKG")
                        : n.startsWith(u"82")            ? QStringLiteral("MAC")
                                                         : QStringLiteral("TWN");
            return d;
        }
        case DocumentType::HomeReturnPermit:
            return checkHomeReturnPermit(n);
        case DocumentType::TaiwanCompatriotPermit:
            return checkTaiwanPermit(n);
        case DocumentType::ForeignPermanentResidence:
            return checkForeignPermanentResidence(n, today);
        case DocumentType::Passport:
            return checkPassport(n, country);
    }
    return formatError(type, QString());
}
}  // namespace

QString normalizeDocumentNumber(const QString& raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)  // full-width ASCII block
            u = static_cast<char16_t>(u - 0xFF01 + 0x21);
        if (u == u' ' || u == 0x3000 || u == u'\t' || u == u'-' || u == 0xA0)
            continue;
        out.append(QChar(u).toUpper());
    }
    return out;
}

std::optional<DocumentType> guessDocumentType(const QString& n)
{
    if (matches(QStringLiteral("[0-9]{15}"), n))
        return DocumentType::ResidentId;
    if (matches(QStringLiteral("[0-9]{17}[0-9X]"), n)) {
        if (n.startsWith(u"810000") || n.startsWith(u"820000") || n.startsWith(u"830000"))
            return DocumentType::ResidencePermit;
        if (n.startsWith(QLatin1Char('9')))
            return DocumentType::ForeignPermanentResidence;
        return DocumentType::ResidentId;
    }
    if (matches(QStringLiteral("[A-Z]{3}[0-9]{12}"), n))
        return DocumentType::ForeignPermanentResidence;
    if (matches(QStringLiteral("[HM][0-9]{8}([0-9]{2})?"), n))
        return DocumentType::HomeReturnPermit;
    if (matches(QStringLiteral("[0-9]{8}"), n))
        return DocumentType::TaiwanCompatriotPermit;
    if (matches(QStringLiteral("[A-Z0-9]{5,9}"), n))
        return DocumentType::Passport;
    return std::nullopt;
}

bool numberCarriesBirthDate(const IdentityDocument& document)
{
    switch (document.type) {
        case DocumentType::ResidentId:
        case DocumentType::ResidencePermit:
            return true;
        case DocumentType::ForeignPermanentResidence:
            return document.number.size() == 18;  // the 2023 card; the older one has none
        case DocumentType::HomeReturnPermit:
        case DocumentType::TaiwanCompatriotPermit:
        case DocumentType::Passport:
            return false;
    }
    return false;
}

Result<IdentityDocument> checkDocument(const DocumentInput& input, const QDate& today)
{
    const QString n = normalizeDocumentNumber(input.number);
    if (n.isEmpty())
        return makeError(ErrorCode::IdFormat,
                         DocumentText::tr("The document number is empty. Scan the card or type "
                                          "its number."),
                         kNumberField);
    const std::optional<DocumentType> type = input.type ? input.type : guessDocumentType(n);
    if (!type)
        return makeError(ErrorCode::IdType,
                         DocumentText::tr("\"%1\" does not look like any known document number. "
                                          "Choose the document type and check the number.")
                             .arg(n),
                         QStringLiteral("document_type"));
    VAX_TRY_VALUE(auto doc, checkByType(*type, n, normalizeDocumentNumber(input.country), today));
    if (input.birthDate) {
        if (doc.birthDate && *doc.birthDate != *input.birthDate)
            return makeError(
                ErrorCode::IdMismatch,
                DocumentText::tr("Birth date %1 contradicts the %2 number, which "
                                 "says %3. Correct the birth date or the number.")
                    .arg(input.birthDate->toString(Qt::ISODate), documentTypeLabel(*type),
                         doc.birthDate->toString(Qt::ISODate)),
                QStringLiteral("birth_date"));
        if (*input.birthDate > today)
            return makeError(ErrorCode::IdFutureBirth,
                             DocumentText::tr("Birth date %1 is in the future. Correct it.")
                                 .arg(input.birthDate->toString(Qt::ISODate)),
                             QStringLiteral("birth_date"));
        doc.birthDate = input.birthDate;
    }
    if (input.sex) {
        if (doc.sex && *doc.sex != *input.sex)
            return makeError(ErrorCode::IdMismatch,
                             DocumentText::tr("Sex \"%1\" contradicts the %2 number, which says "
                                              "\"%3\". Correct the sex or the number.")
                                 .arg(labels::label(labels::Family::Sex, sexName(*input.sex)),
                                      documentTypeLabel(*type),
                                      labels::label(labels::Family::Sex, sexName(*doc.sex))),
                             QStringLiteral("sex"));
        doc.sex = input.sex;
    }
    return doc;
}

}  // namespace vax
