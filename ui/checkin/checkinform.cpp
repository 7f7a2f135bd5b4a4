#include "checkin/checkinform.h"

#include <QJsonDocument>

namespace vax::ui {

QJsonObject CheckInForm::toJson(CheckInStep step, const QString& entryText) const
{
    QJsonObject answersJson;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        answersJson.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("step"), static_cast<int>(step)},
                  {QStringLiteral("entry"), entryText},
                  {QStringLiteral("document"), documentText},
                  {QStringLiteral("person_id"), personId},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("phone"), phone},
                  {QStringLiteral("appointment"), appointmentId},
                  {QStringLiteral("temperature"), temperatureText},
                  {QStringLiteral("answers"), answersJson},
                  {QStringLiteral("guardian_signs"), guardianSigns},
                  {QStringLiteral("guardian_name"), guardianName},
                  {QStringLiteral("guardian_relation"), guardianRelation},
                  {QStringLiteral("birth_date_text"), birthDateText},
                  {QStringLiteral("birth_date_confirmed"), birthDateConfirmed}};
    if (document) {
        o.insert(QStringLiteral("document_type"), documentTypeName(document->type));
        o.insert(QStringLiteral("document_country"), document->country);
        if (document->birthDate)
            o.insert(QStringLiteral("document_birth_date"),
                     document->birthDate->toString(Qt::ISODate));
        if (document->sex)
            o.insert(QStringLiteral("document_sex"), sexName(*document->sex));
    }
    return o;
}

CheckInForm CheckInForm::fromJson(const QJsonObject& o, CheckInStep* step, QString* entryText)
{
    CheckInForm f;
    f.documentText = o.value(QStringLiteral("document")).toString();
    f.personId = o.value(QStringLiteral("person_id")).toString();
    f.name = o.value(QStringLiteral("name")).toString();
    f.phone = o.value(QStringLiteral("phone")).toString();
    f.appointmentId = o.value(QStringLiteral("appointment")).toString();
    f.temperatureText = o.value(QStringLiteral("temperature")).toString();
    const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        f.answers.insert(it.key(), it.value().toBool());
    f.guardianSigns = o.value(QStringLiteral("guardian_signs")).toBool();
    f.guardianName = o.value(QStringLiteral("guardian_name")).toString();
    f.guardianRelation = o.value(QStringLiteral("guardian_relation")).toString();
    f.birthDateText = o.value(QStringLiteral("birth_date_text")).toString();
    f.birthDateConfirmed = o.value(QStringLiteral("birth_date_confirmed")).toBool();
    f.draftDocument.number = f.documentText;
    f.draftDocument.type =
        documentTypeFromName(o.value(QStringLiteral("document_type")).toString());
    f.draftDocument.country = o.value(QStringLiteral("document_country")).toString();
    const QDate birth =
        QDate::fromString(o.value(QStringLiteral("document_birth_date")).toString(), Qt::ISODate);
    if (birth.isValid())
        f.draftDocument.birthDate = birth;
    f.draftDocument.sex = sexFromName(o.value(QStringLiteral("document_sex")).toString());
    const int s = o.value(QStringLiteral("step")).toInt();
    *step = s >= 0 && s <= static_cast<int>(CheckInStep::BirthDateAgain)
                ? static_cast<CheckInStep>(s)
                : CheckInStep::Scan;
    *entryText = o.value(QStringLiteral("entry")).toString();
    return f;
}

std::optional<double> parseTemperature(const QString& text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    t.remove(QStringLiteral("°C"));
    t = t.trimmed();
    if (t.size() == 3 && t.at(0).isDigit() && t.at(1).isDigit() && t.at(2).isDigit())
        t.insert(2, QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

}  // namespace vax::ui
