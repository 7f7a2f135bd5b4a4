#include "aefi/aefi.h"

#include "common/inputpolicy.h"

#include <QCoreApplication>

namespace vax::aefi {
namespace {

struct AefiText {
    Q_DECLARE_TR_FUNCTIONS(AefiText)
};

Error invalid(const QString& field, const QString& message)
{
    return makeError(ErrorCode::AefiInvalid, message, field);
}

}  // namespace

const std::vector<Symptom>& symptoms()
{
    static const std::vector<Symptom> list{
        {QStringLiteral("fever"), QT_TRANSLATE_NOOP("AefiText", "Fever"), false},
        {QStringLiteral("injection_site_pain"),
         QT_TRANSLATE_NOOP("AefiText", "Pain at the injection site"), false},
        {QStringLiteral("injection_site_swelling"),
         QT_TRANSLATE_NOOP("AefiText", "Swelling or redness at the injection site"), false},
        {QStringLiteral("headache"), QT_TRANSLATE_NOOP("AefiText", "Headache"), false},
        {QStringLiteral("fatigue"), QT_TRANSLATE_NOOP("AefiText", "Fatigue"), false},
        {QStringLiteral("dizziness"), QT_TRANSLATE_NOOP("AefiText", "Dizziness"), false},
        {QStringLiteral("syncope"), QT_TRANSLATE_NOOP("AefiText", "Fainting (syncope)"), false},
        {QStringLiteral("nausea_vomiting"), QT_TRANSLATE_NOOP("AefiText", "Nausea or vomiting"),
         false},
        {QStringLiteral("rash"), QT_TRANSLATE_NOOP("AefiText", "Rash"), false},
        {QStringLiteral("urticaria"), QT_TRANSLATE_NOOP("AefiText", "Hives (urticaria)"), false},
        {QStringLiteral("angioedema"),
         QT_TRANSLATE_NOOP("AefiText", "Swelling of lips, face or throat (angioedema)"), true},
        {QStringLiteral("breathing_difficulty"),
         QT_TRANSLATE_NOOP("AefiText", "Difficulty breathing or wheezing"), true},
        {QStringLiteral("anaphylaxis"), QT_TRANSLATE_NOOP("AefiText", "Anaphylaxis"), true},
        {QStringLiteral("seizure"), QT_TRANSLATE_NOOP("AefiText", "Seizure"), true},
        {QStringLiteral("palpitations"),
         QT_TRANSLATE_NOOP("AefiText", "Palpitations or chest pain"), false},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("AefiText", "Other (describe)"), false},
    };
    return list;
}

QString symptomName(const QString& code)
{
    for (const Symptom& s : symptoms())
        if (s.code == code)
            return AefiText::tr(s.english);
    return code;
}

const QStringList& severities()
{
    static const QStringList list{QStringLiteral("mild"), QStringLiteral("moderate"),
                                  QStringLiteral("severe")};
    return list;
}

const QStringList& seriousness()
{
    static const QStringList list{QStringLiteral("non_serious"), QStringLiteral("serious")};
    return list;
}

const QStringList& actions()
{
    static const QStringList list{QStringLiteral("observed"), QStringLiteral("treated_on_site"),
                                  QStringLiteral("referred"), QStringLiteral("ambulance")};
    return list;
}

const QStringList& outcomes()
{
    static const QStringList list{
        QStringLiteral("recovered"),     QStringLiteral("recovering"),
        QStringLiteral("not_recovered"), QStringLiteral("recovered_with_sequelae"),
        QStringLiteral("fatal"),         QStringLiteral("unknown")};
    return list;
}

QString severityName(const QString& code)
{
    if (code == u"mild")
        return AefiText::tr("Mild");
    if (code == u"moderate")
        return AefiText::tr("Moderate");
    if (code == u"severe")
        return AefiText::tr("Severe");
    return code;
}

QString actionName(const QString& code)
{
    if (code == u"observed")
        return AefiText::tr("Observed");
    if (code == u"treated_on_site")
        return AefiText::tr("Treated on site");
    if (code == u"referred")
        return AefiText::tr("Referred to hospital");
    if (code == u"ambulance")
        return AefiText::tr("Ambulance called");
    return code;
}

QString outcomeName(const QString& code)
{
    if (code == u"recovered")
        return AefiText::tr("Recovered");
    if (code == u"recovering")
        return AefiText::tr("Recovering");
    if (code == u"not_recovered")
        return AefiText::tr("Not recovered");
    if (code == u"recovered_with_sequelae")
        return AefiText::tr("Recovered with sequelae");
    if (code == u"fatal")
        return AefiText::tr("Fatal");
    if (code == u"unknown")
        return AefiText::tr("Unknown");
    return code;
}

QString fhirOutcome(const QString& outcome)
{
    if (outcome == u"recovered")
        return QStringLiteral("resolved");
    if (outcome == u"recovering")
        return QStringLiteral("recovering");
    if (outcome == u"not_recovered")
        return QStringLiteral("ongoing");
    if (outcome == u"recovered_with_sequelae")
        return QStringLiteral("resolvedWithSequelae");
    if (outcome == u"fatal")
        return QStringLiteral("fatal");
    return QStringLiteral("unknown");
}

Status validate(const Report& r, const QDateTime& now, const QTimeZone& zone)
{
    if (r.doseId.isEmpty())
        return invalid(QStringLiteral("dose"),
                       AefiText::tr("Dose: choose the dose this event follows."));
    if (!r.onset.isValid())
        return invalid(QStringLiteral("onset"),
                       AefiText::tr("Onset: enter when the symptoms started (date and time)."));
    if (r.doseAt.isValid() && r.onset < r.doseAt)
        return invalid(
            QStringLiteral("onset"),
            AefiText::tr("Onset: the symptoms cannot start before the dose was given "
                         "(%1). Check the time.")
                .arg(r.doseAt.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (r.onset > now.addSecs(60))
        return invalid(QStringLiteral("onset"),
                       AefiText::tr("Onset: the time is in the future. Check the time."));
    if (r.symptoms.isEmpty())
        return invalid(QStringLiteral("symptoms"),
                       AefiText::tr("Symptoms: choose at least one symptom."));
    QString alwaysSerious;  // the first symptom that is always serious
    for (const QString& code : r.symptoms) {
        const auto it = std::find_if(symptoms().begin(), symptoms().end(),
                                     [&](const Symptom& s) { return s.code == code; });
        if (it == symptoms().end())
            return invalid(QStringLiteral("symptoms"),
                           AefiText::tr("Symptoms: '%1' is not in the list. Choose from the list "
                                        "or use 'other' with a description.")
                               .arg(code));
        if (it->alwaysSerious && alwaysSerious.isEmpty())
            alwaysSerious = code;
    }
    if (r.symptoms.contains(QStringLiteral("other")) && r.otherDescription.trimmed().isEmpty())
        return invalid(QStringLiteral("other_description"),
                       AefiText::tr("Other symptom: describe it in words."));
    if (auto text =
            input::checkText(r.otherDescription.trimmed(), QStringLiteral("other_description"),
                             AefiText::tr("Other symptom"), input::kNote);
        !text)
        return text.error();
    if (auto text = input::checkText(r.note.trimmed(), QStringLiteral("note"), AefiText::tr("Note"),
                                     input::kNote);
        !text)
        return text.error();
    if (!severities().contains(r.severity))
        return invalid(QStringLiteral("severity"),
                       AefiText::tr("Severity: choose mild, moderate or severe."));
    if (!seriousness().contains(r.seriousness))
        return invalid(QStringLiteral("seriousness"),
                       AefiText::tr("Seriousness: choose serious or not serious."));
    if (!alwaysSerious.isEmpty() && r.seriousness != u"serious")
        return invalid(QStringLiteral("seriousness"),
                       AefiText::tr("Seriousness: %1 is always a serious event. Set seriousness "
                                    "to serious.")
                           .arg(symptomName(alwaysSerious)));
    if (r.outcome == u"fatal" && r.seriousness != u"serious")
        return invalid(QStringLiteral("seriousness"),
                       AefiText::tr("Seriousness: a fatal outcome is a serious event. Set "
                                    "seriousness to serious."));
    for (const QString& a : r.actions)
        if (!actions().contains(a))
            return invalid(QStringLiteral("actions"),
                           AefiText::tr("Actions: '%1' is not a known action.").arg(a));
    if (!outcomes().contains(r.outcome))
        return invalid(QStringLiteral("outcome"),
                       AefiText::tr("Outcome: choose one from the list (unknown if not yet "
                                    "known)."));
    if (r.reporterStaffId.isEmpty())
        return invalid(QStringLiteral("reporter"),
                       AefiText::tr("Reporter: sign in so the report names who made it."));
    return {};
}

bool needsImmediateReport(const Report& r)
{
    return r.seriousness == u"serious";
}

}  // namespace vax::aefi
