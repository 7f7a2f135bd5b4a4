#include "identity/residentid.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace vax {

namespace {
struct ResidentIdText {
    Q_DECLARE_TR_FUNCTIONS(IdentityDocument)
};

const QString kNumberField = QStringLiteral("document_number");

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
}  // namespace

QChar mod11_2CheckChar(QStringView first17)
{
    static constexpr std::array<int, 17> kWeights = {7, 9, 10, 5,  8, 4, 2, 1, 6,
                                                     3, 7, 9,  10, 5, 8, 4, 2};
    static constexpr char16_t kChars[] = u"10X98765432";
    int sum = 0;
    for (int i = 0; i < 17 && i < first17.size(); ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights[static_cast<size_t>(i)];
    return QChar(kChars[sum % 11]);
}

QString composeResidentId(int region, const QDate& birthDate, int sequence)
{
    const QString first17 = QStringLiteral("%1%2%3")
                                .arg(region, 6, 10, QLatin1Char('0'))
                                .arg(birthDate.toString(QStringLiteral("yyyyMMdd")))
                                .arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + mod11_2CheckChar(first17);
}

bool isProvinceCode(int code)
{
    static constexpr std::array<int, 35> kCodes = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34,
                                                   35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
                                                   53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    return std::find(kCodes.begin(), kCodes.end(), code) != kCodes.end();
}

Result<NumberParts> checkEighteenCharNumber(const QString& n, DocumentType type, const QDate& today,
                                            NumberRegion region, int provinceOffset)
{
    const QString label = documentTypeLabel(type);
    bool shapeOk = n.size() == 18 && (isDigit(n.at(17)) || n.at(17) == u'X');
    for (int i = 0; shapeOk && i < 17; ++i)
        shapeOk = isDigit(n.at(i));
    if (!shapeOk)
        return makeError(ErrorCode::IdFormat,
                         ResidentIdText::tr("%1 number: expected 17 digits and a final digit or "
                                            "X (18 characters), got \"%2\" (%3 characters). "
                                            "Check the number and type it again.")
                             .arg(label, n)
                             .arg(n.size()),
                         kNumberField);
    if (region == NumberRegion::HkMoTw) {
        const QStringView r = QStringView(n).left(6);
        if (r != u"810000" && r != u"820000" && r != u"830000")
            return makeError(ErrorCode::IdRegion,
                             ResidentIdText::tr("%1 number: it must start with 810000 (Hong "
                                                "Kong), 820000 (Macao) or 830000 (Taiwan), not "
                                                "%2. Check the number or choose another "
                                                "document type.")
                                 .arg(label, r.toString()),
                             kNumberField);
    } else {
        const int province = QStringView(n).mid(provinceOffset, 2).toInt();
        if (!isProvinceCode(province))
            return makeError(ErrorCode::IdRegion,
                             ResidentIdText::tr("%1 number: region code %2 is not a Chinese "
                                                "province. Check the first digits of the "
                                                "number.")
                                 .arg(label, QStringView(n).mid(provinceOffset, 2).toString()),
                             kNumberField);
    }
    const QString datePart = n.mid(6, 8);
    const QDate birth = QDate::fromString(datePart, QStringLiteral("yyyyMMdd"));
    if (!birth.isValid() || birth.year() < 1850)
        return makeError(ErrorCode::IdDate,
                         ResidentIdText::tr("%1 number: \"%2\" (digits 7–14) is not a real "
                                            "birth date. Check those digits.")
                             .arg(label, datePart),
                         kNumberField);
    if (birth > today)
        return makeError(ErrorCode::IdFutureBirth,
                         ResidentIdText::tr("%1 number: birth date %2 is in the future. Check "
                                            "digits 7–14.")
                             .arg(label, birth.toString(Qt::ISODate)),
                         kNumberField);
    const QChar expected = mod11_2CheckChar(QStringView(n).left(17));
    if (n.at(17) != expected)
        return makeError(ErrorCode::IdChecksum,
                         ResidentIdText::tr("%1 number: the last character should be %2, not "
                                            "%3, so a digit is wrong. Scan the card or check "
                                            "each digit.")
                             .arg(label, QString(expected), QString(n.at(17))),
                         kNumberField);
    NumberParts parts;
    parts.number = n;
    parts.birthDate = birth;
    parts.sex = (n.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
    return parts;
}

Result<NumberParts> checkResidentNumber(const QString& n, DocumentType type, const QDate& today)
{
    QString full = n;
    bool legacy = false;
    if (type == DocumentType::ResidentId && n.size() == 15) {
        bool digits = true;
        for (QChar c : n)
            digits = digits && isDigit(c);
        if (digits) {
            // Legacy 15-digit numbers: region, YYMMDD (all 19xx), sequence; no check character.
            const QString first17 = n.left(6) + QStringLiteral("19") + n.mid(6);
            full = first17 + mod11_2CheckChar(first17);
            legacy = true;
        }
    }
    auto parts = checkEighteenCharNumber(
        full, type, today,
        type == DocumentType::ResidencePermit ? NumberRegion::HkMoTw : NumberRegion::Province, 0);
    if (!parts)
        return parts;
    // The regions of the residence permits are not resident ID regions: such a number scans as
    // a residence permit, and the same person must not be filed under two document types.
    const QStringView region = QStringView(full).left(6);
    if (type == DocumentType::ResidentId &&
        (region == u"810000" || region == u"820000" || region == u"830000"))
        return makeError(ErrorCode::IdRegion,
                         ResidentIdText::tr("%1 number: region %2 is the region of a Hong Kong, "
                                            "Macao or Taiwan residence permit. Choose the "
                                            "residence permit as the document type.")
                             .arg(documentTypeLabel(type), region.toString()),
                         kNumberField);
    parts->convertedFromLegacy = legacy;
    return parts;
}

}  // namespace vax
