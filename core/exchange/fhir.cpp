#include "exchange/fhir.h"

#include <QJsonArray>
#include <QJsonValue>

namespace vax::fhir {
namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QJsonObject coding(const char* system, const QString& code, const QString& display = {})
{
    QJsonObject c{{QStringLiteral("system"), s(system)}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(const QJsonObject& codingObject, const QString& text = {})
{
    QJsonObject c{{QStringLiteral("coding"), QJsonArray{codingObject}}};
    if (!text.isEmpty())
        c.insert(QStringLiteral("text"), text);
    return c;
}

QJsonObject reference(const QString& type, const QString& id)
{
    return {{QStringLiteral("reference"), type + u'/' + id}};
}

QString dateTime(const QDateTime& t)
{
    return t.toString(Qt::ISODate);
}

bool hasCode(const QJsonObject& cc, const char* system, const QStringList& allowed)
{
    for (const QJsonValue& c : cc.value(QStringLiteral("coding")).toArray()) {
        const QJsonObject o = c.toObject();
        if (o.value(QStringLiteral("system")).toString() == s(system) &&
            allowed.contains(o.value(QStringLiteral("code")).toString()))
            return true;
    }
    return false;
}

bool isReferenceTo(const QJsonValue& value, const QString& type)
{
    const QString ref = value.toObject().value(QStringLiteral("reference")).toString();
    return ref.startsWith(type + u'/') && ref.size() > type.size() + 1;
}

}  // namespace

QString routeCode(const QString& catalogRoute)
{
    if (catalogRoute == u"IM")
        return QStringLiteral("IM");
    if (catalogRoute == u"SC")
        return QStringLiteral("SQ");
    if (catalogRoute == u"ID")
        return QStringLiteral("IDINJ");
    if (catalogRoute == u"PO")
        return QStringLiteral("PO");
    if (catalogRoute == u"IN")
        return QStringLiteral("NASINSTIL");
    return {};
}

QJsonObject toJson(const Patient& p)
{
    QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                  {QStringLiteral("id"), p.id}};
    QJsonArray ids;
    for (const Identifier& i : p.identifiers)
        ids.append(
            QJsonObject{{QStringLiteral("system"), i.system}, {QStringLiteral("value"), i.value}});
    if (!ids.isEmpty())
        r.insert(QStringLiteral("identifier"), ids);
    QJsonObject name{{QStringLiteral("use"), QStringLiteral("official")},
                     {QStringLiteral("text"), p.nameText}};
    if (!p.family.isEmpty())
        name.insert(QStringLiteral("family"), p.family);
    if (!p.given.isEmpty())
        name.insert(QStringLiteral("given"), QJsonArray{p.given});
    r.insert(QStringLiteral("name"), QJsonArray{name});
    if (!p.gender.isEmpty())
        r.insert(QStringLiteral("gender"), p.gender);
    if (p.birthDate.isValid())
        r.insert(QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate));
    if (!p.phone.isEmpty())
        r.insert(QStringLiteral("telecom"),
                 QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                        {QStringLiteral("value"), p.phone}}});
    return r;
}

QJsonObject toJson(const Immunization& im)
{
    QJsonArray codings;
    if (!im.cvx.isEmpty())
        codings.append(coding(kCvxSystem, im.cvx));
    codings.append(coding(kCatalogSystem, im.productCode, im.productName));
    QJsonObject r{
        {QStringLiteral("resourceType"), QStringLiteral("Immunization")},
        {QStringLiteral("id"), im.id},
        {QStringLiteral("status"), im.status},
        {QStringLiteral("vaccineCode"), QJsonObject{{QStringLiteral("coding"), codings},
                                                    {QStringLiteral("text"), im.productName}}},
        {QStringLiteral("patient"), reference(QStringLiteral("Patient"), im.patientId)},
        {QStringLiteral("occurrenceDateTime"), dateTime(im.occurrence)},
        {QStringLiteral("primarySource"), true},
    };
    if (im.recorded.isValid())
        r.insert(QStringLiteral("recorded"), dateTime(im.recorded));
    if (!im.lotNumber.isEmpty())
        r.insert(QStringLiteral("lotNumber"), im.lotNumber);
    if (im.expirationDate.isValid())
        r.insert(QStringLiteral("expirationDate"), im.expirationDate.toString(Qt::ISODate));
    if (!im.manufacturer.isEmpty())
        r.insert(QStringLiteral("manufacturer"),
                 QJsonObject{{QStringLiteral("display"), im.manufacturer}});
    if (!im.site.isEmpty())
        r.insert(QStringLiteral("site"), codeable(coding(kActSiteSystem, im.site)));
    if (const QString route = routeCode(im.route); !route.isEmpty())
        r.insert(QStringLiteral("route"), codeable(coding(kRouteSystem, route)));
    if (im.doseMl > 0)
        r.insert(QStringLiteral("doseQuantity"),
                 QJsonObject{{QStringLiteral("value"), im.doseMl},
                             {QStringLiteral("unit"), QStringLiteral("mL")},
                             {QStringLiteral("system"), s(kUcumSystem)},
                             {QStringLiteral("code"), QStringLiteral("mL")}});
    if (!im.performerId.isEmpty()) {
        QJsonObject actor = reference(QStringLiteral("Practitioner"), im.performerId);
        if (!im.performerName.isEmpty())
            actor.insert(QStringLiteral("display"), im.performerName);
        r.insert(QStringLiteral("performer"),
                 QJsonArray{QJsonObject{{QStringLiteral("actor"), actor}}});
    }
    if (!im.locationName.isEmpty())
        r.insert(QStringLiteral("location"),
                 QJsonObject{{QStringLiteral("display"), im.locationName}});
    if (im.doseNumber > 0) {
        QJsonObject applied{{QStringLiteral("doseNumberPositiveInt"), im.doseNumber}};
        if (im.seriesDoses > 0)
            applied.insert(QStringLiteral("seriesDosesPositiveInt"), im.seriesDoses);
        r.insert(QStringLiteral("protocolApplied"), QJsonArray{applied});
    }
    if (!im.statusReason.isEmpty())
        r.insert(QStringLiteral("statusReason"),
                 QJsonObject{{QStringLiteral("text"), im.statusReason}});
    return r;
}

QJsonObject toJson(const AdverseEvent& e)
{
    QJsonArray symptoms;
    for (const QString& sym : e.symptoms)
        symptoms.append(coding("urn:vaxpoint:aefi-symptom", sym));
    QJsonObject r{
        {QStringLiteral("resourceType"), QStringLiteral("AdverseEvent")},
        {QStringLiteral("id"), e.id},
        {QStringLiteral("actuality"), QStringLiteral("actual")},
        {QStringLiteral("subject"), reference(QStringLiteral("Patient"), e.patientId)},
        {QStringLiteral("date"), dateTime(e.onset)},
        {QStringLiteral("detected"), dateTime(e.onset)},
        {QStringLiteral("suspectEntity"),
         QJsonArray{QJsonObject{{QStringLiteral("instance"),
                                 reference(QStringLiteral("Immunization"), e.immunizationId)}}}},
    };
    if (!symptoms.isEmpty())
        r.insert(QStringLiteral("event"), QJsonObject{{QStringLiteral("coding"), symptoms}});
    if (e.recorded.isValid())
        r.insert(QStringLiteral("recordedDate"), dateTime(e.recorded));
    if (!e.seriousness.isEmpty())
        r.insert(QStringLiteral("seriousness"),
                 codeable(coding(kSeriousnessSystem, e.seriousness)));
    if (!e.severity.isEmpty())
        r.insert(QStringLiteral("severity"), codeable(coding(kSeveritySystem, e.severity)));
    if (!e.outcome.isEmpty())
        r.insert(QStringLiteral("outcome"), codeable(coding(kOutcomeSystem, e.outcome)));
    if (!e.recorderName.isEmpty())
        r.insert(QStringLiteral("recorder"),
                 QJsonObject{{QStringLiteral("display"), e.recorderName}});
    return r;
}

QJsonObject toJson(const Contraindication& c)
{
    QJsonArray codings{coding(kContraindicationSystem, c.kind),
                       coding(kContraindicationScopeSystem, c.scope, c.scopeText)};
    for (const QString& reason : c.reasonCode.split(u';', Qt::SkipEmptyParts))
        codings.append(coding(kContraindicationReasonSystem, reason));
    const QJsonObject code{
        {QStringLiteral("coding"), codings},
        {QStringLiteral("text"), c.reasonText.isEmpty()
                                     ? c.scopeText
                                     : c.reasonText + QStringLiteral(" (") + c.scopeText + u')'}};
    QJsonArray notes;
    if (!c.liftReason.isEmpty())
        notes.append(
            QJsonObject{{QStringLiteral("text"), QStringLiteral("Lifted: ") + c.liftReason}});
    QJsonObject r;
    if (c.allergy) {
        const QString clinical = c.status == u"lifted"    ? QStringLiteral("resolved")
                                 : c.status == u"expired" ? QStringLiteral("inactive")
                                                          : QStringLiteral("active");
        r = {{QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
             {QStringLiteral("id"), c.id},
             {QStringLiteral("clinicalStatus"), codeable(coding(kAllergyClinicalSystem, clinical))},
             {QStringLiteral("verificationStatus"),
              codeable(coding(kAllergyVerificationSystem, QStringLiteral("confirmed")))},
             {QStringLiteral("type"), QStringLiteral("allergy")},
             {QStringLiteral("category"), QJsonArray{QStringLiteral("biologic")}},
             {QStringLiteral("criticality"), QStringLiteral("high")},
             {QStringLiteral("code"), code},
             {QStringLiteral("patient"), reference(QStringLiteral("Patient"), c.patientId)},
             {QStringLiteral("recordedDate"), dateTime(c.recorded)}};
        if (!c.recorderName.isEmpty())
            r.insert(QStringLiteral("recorder"),
                     QJsonObject{{QStringLiteral("display"), c.recorderName}});
        if (!c.reactions.isEmpty()) {
            QJsonArray manifestations;
            for (const QString& sym : c.reactions)
                manifestations.append(codeable(coding("urn:vaxpoint:aefi-symptom", sym)));
            r.insert(
                QStringLiteral("reaction"),
                QJsonArray{QJsonObject{{QStringLiteral("manifestation"), manifestations},
                                       {QStringLiteral("severity"), QStringLiteral("severe")}}});
        }
        if (c.until.isValid())
            notes.append(QJsonObject{{QStringLiteral("text"), QStringLiteral("Applies until ") +
                                                                  c.until.toString(Qt::ISODate)}});
    } else {
        QJsonObject period{{QStringLiteral("start"), dateTime(c.recorded)}};
        if (c.lifted.isValid())
            period.insert(QStringLiteral("end"), dateTime(c.lifted));
        else if (c.until.isValid())
            period.insert(QStringLiteral("end"), c.until.toString(Qt::ISODate));
        r = {{QStringLiteral("resourceType"), QStringLiteral("Flag")},
             {QStringLiteral("id"), c.id},
             {QStringLiteral("status"),
              c.status == u"active" ? QStringLiteral("active") : QStringLiteral("inactive")},
             {QStringLiteral("category"),
              QJsonArray{codeable(coding(kFlagCategorySystem, QStringLiteral("clinical")))}},
             {QStringLiteral("code"), code},
             {QStringLiteral("subject"), reference(QStringLiteral("Patient"), c.patientId)},
             {QStringLiteral("period"), period}};
        if (!c.recorderName.isEmpty())
            r.insert(QStringLiteral("author"),
                     QJsonObject{{QStringLiteral("display"), c.recorderName}});
    }
    if (!notes.isEmpty())
        r.insert(QStringLiteral("note"), notes);
    return r;
}

QStringList validate(const QJsonObject& r)
{
    QStringList problems;
    const QString type = r.value(QStringLiteral("resourceType")).toString();
    auto require = [&](const char* element) {
        const QJsonValue v = r.value(s(element));
        if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
            problems.append(type + u'.' + s(element) + QStringLiteral(": required"));
    };
    auto inSet = [&](const char* element, const QStringList& allowed) {
        const QJsonValue v = r.value(s(element));
        if (!v.isUndefined() && !allowed.contains(v.toString()))
            problems.append(type + u'.' + s(element) + QStringLiteral(": '") + v.toString() +
                            QStringLiteral("' is not in its required value set"));
    };
    if (r.value(QStringLiteral("id")).toString().isEmpty())
        problems.append(type + QStringLiteral(".id: required for export"));
    if (type == u"Patient") {
        inSet("gender", {QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                         QStringLiteral("unknown")});
        const QString birth = r.value(QStringLiteral("birthDate")).toString();
        if (!birth.isEmpty() && !QDate::fromString(birth, Qt::ISODate).isValid())
            problems.append(QStringLiteral("Patient.birthDate: not a date"));
    } else if (type == u"Immunization") {
        require("status");
        inSet("status", {QStringLiteral("completed"), QStringLiteral("entered-in-error"),
                         QStringLiteral("not-done")});
        require("vaccineCode");
        if (r.value(QStringLiteral("vaccineCode"))
                .toObject()
                .value(QStringLiteral("coding"))
                .toArray()
                .isEmpty())
            problems.append(QStringLiteral("Immunization.vaccineCode: needs a coding"));
        if (!isReferenceTo(r.value(QStringLiteral("patient")), QStringLiteral("Patient")))
            problems.append(QStringLiteral("Immunization.patient: required reference to Patient"));
        if (!QDateTime::fromString(r.value(QStringLiteral("occurrenceDateTime")).toString(),
                                   Qt::ISODate)
                 .isValid())
            problems.append(QStringLiteral("Immunization.occurrence[x]: required"));
        if (r.contains(QStringLiteral("route")) &&
            !hasCode(r.value(QStringLiteral("route")).toObject(), kRouteSystem,
                     {QStringLiteral("IM"), QStringLiteral("SQ"), QStringLiteral("IDINJ"),
                      QStringLiteral("PO"), QStringLiteral("NASINSTIL")}))
            problems.append(QStringLiteral("Immunization.route: unknown code"));
        for (const QJsonValue& p : r.value(QStringLiteral("protocolApplied")).toArray())
            if (p.toObject().value(QStringLiteral("doseNumberPositiveInt")).toInt() < 1)
                problems.append(
                    QStringLiteral("Immunization.protocolApplied.doseNumber[x]: "
                                   "required positive"));
    } else if (type == u"AdverseEvent") {
        require("actuality");
        inSet("actuality", {QStringLiteral("actual"), QStringLiteral("potential")});
        if (!isReferenceTo(r.value(QStringLiteral("subject")), QStringLiteral("Patient")))
            problems.append(QStringLiteral("AdverseEvent.subject: required reference"));
        for (const QJsonValue& se : r.value(QStringLiteral("suspectEntity")).toArray())
            if (!isReferenceTo(se.toObject().value(QStringLiteral("instance")),
                               QStringLiteral("Immunization")))
                problems.append(QStringLiteral("AdverseEvent.suspectEntity.instance: required"));
        if (r.contains(QStringLiteral("seriousness")) &&
            !hasCode(r.value(QStringLiteral("seriousness")).toObject(), kSeriousnessSystem,
                     {QStringLiteral("serious"), QStringLiteral("non-serious")}))
            problems.append(QStringLiteral("AdverseEvent.seriousness: unknown code"));
        if (r.contains(QStringLiteral("severity")) &&
            !hasCode(
                r.value(QStringLiteral("severity")).toObject(), kSeveritySystem,
                {QStringLiteral("mild"), QStringLiteral("moderate"), QStringLiteral("severe")}))
            problems.append(QStringLiteral("AdverseEvent.severity: unknown code"));
        if (r.contains(QStringLiteral("outcome")) &&
            !hasCode(r.value(QStringLiteral("outcome")).toObject(), kOutcomeSystem,
                     {QStringLiteral("resolved"), QStringLiteral("recovering"),
                      QStringLiteral("ongoing"), QStringLiteral("resolvedWithSequelae"),
                      QStringLiteral("fatal"), QStringLiteral("unknown")}))
            problems.append(QStringLiteral("AdverseEvent.outcome: unknown code"));
    } else if (type == u"AllergyIntolerance") {
        if (!isReferenceTo(r.value(QStringLiteral("patient")), QStringLiteral("Patient")))
            problems.append(QStringLiteral("AllergyIntolerance.patient: required reference"));
        if (!hasCode(
                r.value(QStringLiteral("clinicalStatus")).toObject(), kAllergyClinicalSystem,
                {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("resolved")}))
            problems.append(QStringLiteral("AllergyIntolerance.clinicalStatus: unknown code"));
        inSet("type", {QStringLiteral("allergy"), QStringLiteral("intolerance")});
        inSet("criticality",
              {QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("unable-to-assess")});
    } else if (type == u"Flag") {
        require("status");
        inSet("status", {QStringLiteral("active"), QStringLiteral("inactive"),
                         QStringLiteral("entered-in-error")});
        require("code");
        if (!isReferenceTo(r.value(QStringLiteral("subject")), QStringLiteral("Patient")))
            problems.append(QStringLiteral("Flag.subject: required reference"));
    } else {
        problems.append(QStringLiteral("resourceType '") + type +
                        QStringLiteral("' is not exported"));
    }
    return problems;
}

}  // namespace vax::fhir
