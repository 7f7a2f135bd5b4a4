#include "scan/registrationqr.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vax {

namespace {
struct QrText {
    Q_DECLARE_TR_FUNCTIONS(RegistrationQr)
};

Error qrError(const QString& message, const QString& field)
{
    return makeError(ErrorCode::QrInvalid, message, field);
}

QString fixHint()
{
    return QrText::tr("Ask the person to open the registration page again, or type the details.");
}
}  // namespace

QString normalizePhone(const QString& text)
{
    QString p = text;
    p.remove(QRegularExpression(QStringLiteral("[\\s\\-()]")));
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9]{5,20}$"));
    return shape.match(p).hasMatch() ? p : QString();
}

Result<Registration> parseRegistrationQr(const QString& text, const QDate& today)
{
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(text.trimmed().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return qrError(QrText::tr("The QR code is not a VaxPoint registration (not readable "
                                  "JSON). %1")
                           .arg(fixHint()),
                       QStringLiteral("qr"));
    const QJsonObject o = json.object();
    if (o.value(QStringLiteral("type")).toString() != QLatin1String(kRegistrationQrType))
        return qrError(QrText::tr("The QR code is not a VaxPoint registration (its type is "
                                  "\"%1\"). %2")
                           .arg(o.value(QStringLiteral("type")).toString(), fixHint()),
                       QStringLiteral("type"));
    const QJsonValue v = o.value(QStringLiteral("v"));
    if (!v.isDouble() || v.toInt() != kRegistrationQrVersion)
        return makeError(
            ErrorCode::QrVersion,
            QrText::tr("The registration QR code has version %1; this VaxPoint "
                       "reads version %2. Update VaxPoint or type the details.")
                .arg(v.isDouble() ? QString::number(v.toDouble()) : QrText::tr("(none)"))
                .arg(kRegistrationQrVersion),
            QStringLiteral("v"));
    Registration r;
    r.name = o.value(QStringLiteral("name")).toString().simplified();
    if (r.name.isEmpty())
        return qrError(QrText::tr("The registration QR code has no name. %1").arg(fixHint()),
                       QStringLiteral("name"));
    const QJsonObject doc = o.value(QStringLiteral("document")).toObject();
    DocumentInput in;
    const QString typeName = doc.value(QStringLiteral("type")).toString();
    in.type = documentTypeFromName(typeName);
    in.number = doc.value(QStringLiteral("number")).toString();
    in.country = doc.value(QStringLiteral("country")).toString();
    if (!in.type || in.number.isEmpty())
        return qrError(QrText::tr("The registration QR code lacks a document type and number "
                                  "(got type \"%1\"). %2")
                           .arg(typeName, fixHint()),
                       QStringLiteral("document"));
    const QString birth = o.value(QStringLiteral("birthDate")).toString();
    if (!birth.isEmpty()) {
        const QDate d = QDate::fromString(birth, Qt::ISODate);
        if (!d.isValid())
            return qrError(QrText::tr("The registration QR code has birth date \"%1\", not "
                                      "YYYY-MM-DD. %2")
                               .arg(birth, fixHint()),
                           QStringLiteral("birthDate"));
        in.birthDate = d;
    }
    const QString sex = o.value(QStringLiteral("sex")).toString();
    if (!sex.isEmpty()) {
        in.sex = sexFromName(sex);
        if (!in.sex)
            return qrError(QrText::tr("The registration QR code has sex \"%1\"; expected male "
                                      "or female. %2")
                               .arg(sex, fixHint()),
                           QStringLiteral("sex"));
    }
    const QString phone = o.value(QStringLiteral("phone")).toString();
    if (!phone.isEmpty()) {
        r.phone = normalizePhone(phone);
        if (r.phone.isEmpty())
            return qrError(QrText::tr("The registration QR code has phone \"%1\", which is not "
                                      "a phone number. %2")
                               .arg(phone, fixHint()),
                           QStringLiteral("phone"));
    }
    r.appointmentId = o.value(QStringLiteral("appointment")).toString().trimmed();
    VAX_TRY_VALUE(auto checked, checkDocument(in, today));
    r.document = checked;
    return r;
}

QString registrationQrPayload(const QString& name, const DocumentInput& document,
                              const QString& phone, const QString& appointmentId)
{
    QJsonObject doc{
        {QStringLiteral("type"), document.type ? documentTypeName(*document.type) : QString()},
        {QStringLiteral("number"), document.number}};
    if (!document.country.isEmpty())
        doc.insert(QStringLiteral("country"), document.country);
    QJsonObject o{{QStringLiteral("v"), kRegistrationQrVersion},
                  {QStringLiteral("type"), QLatin1String(kRegistrationQrType)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("document"), doc}};
    if (!phone.isEmpty())
        o.insert(QStringLiteral("phone"), phone);
    if (document.birthDate)
        o.insert(QStringLiteral("birthDate"), document.birthDate->toString(Qt::ISODate));
    if (document.sex)
        o.insert(QStringLiteral("sex"), sexName(*document.sex));
    if (!appointmentId.isEmpty())
        o.insert(QStringLiteral("appointment"), appointmentId);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace vax
