#include "certificate/certificate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "identity/document.h"

namespace vax {

namespace {
struct CertificateText {
    Q_DECLARE_TR_FUNCTIONS(Certificate)
};

const QString kPayloadPrefix = QStringLiteral("VXC");
constexpr int kPayloadVersion = 1;

Error payloadError(const QString& what)
{
    return makeError(ErrorCode::QrInvalid,
                     CertificateText::tr("Certificate QR code: %1 Scan the code again, or type "
                                         "the certificate number.")
                         .arg(what),
                     QStringLiteral("payload"));
}

bool isHex(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    return hex.match(text).hasMatch();
}

// A dose id travels in a "/"- and "."-separated payload: it may hold neither.
bool isPayloadToken(const QString& text)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_\\-]+$"));
    return token.match(text).hasMatch();
}
}  // namespace

QStringList CertificateContent::doseIds() const
{
    QStringList ids;
    for (const auto& d : doses)
        ids << d.doseId;
    return ids;
}

QString CertificateContent::payload() const
{
    return certificatePayload(number, siteCode, personRef, doseIds());
}

QByteArray CertificateContent::canonicalJson() const
{
    QJsonArray lines;
    for (const auto& d : doses)
        lines.append(QJsonObject{{QStringLiteral("dose_id"), d.doseId},
                                 {QStringLiteral("product"), d.productCode},
                                 {QStringLiteral("product_name"), d.productName},
                                 {QStringLiteral("dose_number"), d.doseNumber},
                                 {QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                 {QStringLiteral("lot"), d.lot}});
    const QJsonObject o{{QStringLiteral("number"), number},
                        {QStringLiteral("site_code"), siteCode},
                        {QStringLiteral("site_name"), siteName},
                        {QStringLiteral("name"), personName},
                        {QStringLiteral("masked_id_number"), maskedIdNumber},
                        {QStringLiteral("person_ref"), personRef},
                        {QStringLiteral("issued_at"), issuedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("doses"), lines}};
    // QJsonObject keeps its keys sorted: the same content always gives the same bytes.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString CertificateContent::sha256() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

CertificateContent CertificateContent::fromJson(const QJsonObject& o)
{
    CertificateContent c;
    c.number = o.value(QStringLiteral("number")).toString();
    c.siteCode = o.value(QStringLiteral("site_code")).toString();
    c.siteName = o.value(QStringLiteral("site_name")).toString();
    c.personName = o.value(QStringLiteral("name")).toString();
    c.maskedIdNumber = o.value(QStringLiteral("masked_id_number")).toString();
    c.personRef = o.value(QStringLiteral("person_ref")).toString();
    c.issuedAt =
        QDateTime::fromString(o.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs)
            .toUTC();
    for (const QJsonValue& v : o.value(QStringLiteral("doses")).toArray()) {
        const QJsonObject d = v.toObject();
        c.doses.push_back(
            {d.value(QStringLiteral("dose_id")).toString(),
             d.value(QStringLiteral("product")).toString(),
             d.value(QStringLiteral("product_name")).toString(),
             d.value(QStringLiteral("dose_number")).toInt(),
             QDate::fromString(d.value(QStringLiteral("date")).toString(), Qt::ISODate),
             d.value(QStringLiteral("lot")).toString()});
    }
    return c;
}

QString certificateNumber(const QDate& day, int sequence)
{
    return QStringLiteral("C%1-%2")
        .arg(day.toString(QStringLiteral("yyyyMMdd")))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

bool looksLikeCertificateNumber(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^C\\d{8}-\\d{4,}$"));
    return shape.match(text).hasMatch() &&
           QDate::fromString(text.mid(1, 8), QStringLiteral("yyyyMMdd")).isValid();
}

QString personReference(const QString& idNumber, const QString& certificateNumber)
{
    const QByteArray digest = QCryptographicHash::hash(
        (certificateNumber + QLatin1Char(':') + normalizeDocumentNumber(idNumber)).toUtf8(),
        QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(8).toHex());
}

QString certificatePayload(const QString& number, const QString& siteCode, const QString& personRef,
                           const QStringList& doseIds)
{
    return QStringLiteral("%1%2/%3/%4/%5/%6")
        .arg(kPayloadPrefix)
        .arg(kPayloadVersion)
        .arg(number, siteCode, personRef, doseIds.join(QLatin1Char('.')));
}

Result<ParsedCertificatePayload> parseCertificatePayload(const QString& raw)
{
    const QString text = raw.trimmed();
    const QStringList parts = text.split(QLatin1Char('/'));
    if (!parts.first().startsWith(kPayloadPrefix))
        return payloadError(
            CertificateText::tr("this is not a VaxPoint certificate code (it "
                                "should start with VXC1/)."));
    if (parts.first() != kPayloadPrefix + QString::number(kPayloadVersion))
        return makeError(ErrorCode::QrVersion,
                         CertificateText::tr("Certificate QR code: format %1 is not one this "
                                             "VaxPoint reads (it reads VXC%2). Update VaxPoint, "
                                             "or type the certificate number.")
                             .arg(parts.first())
                             .arg(kPayloadVersion),
                         QStringLiteral("payload"));
    if (parts.size() != 5)
        return payloadError(
            CertificateText::tr("it has %1 parts separated by \"/\"; a certificate code has 5.")
                .arg(parts.size()));
    ParsedCertificatePayload p;
    p.number = parts.at(1);
    p.siteCode = parts.at(2);
    p.personRef = parts.at(3);
    if (!looksLikeCertificateNumber(p.number))
        return payloadError(CertificateText::tr("\"%1\" is not a certificate number (like "
                                                "C20261122-0042).")
                                .arg(p.number));
    if (p.siteCode.isEmpty())
        return payloadError(CertificateText::tr("the site code is missing."));
    if (p.personRef.size() != 16 || !isHex(p.personRef))
        return payloadError(CertificateText::tr("the person reference should be 16 hex digits."));
    p.doseIds = parts.at(4).split(QLatin1Char('.'));
    for (const QString& id : p.doseIds)
        if (!isPayloadToken(id))
            return payloadError(CertificateText::tr("the list of doses is damaged."));
    return p;
}

}  // namespace vax
