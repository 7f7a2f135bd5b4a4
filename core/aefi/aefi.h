#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

#include "common/result.h"

// Adverse events following immunization (AEFI), pure: the coded lists and the validation of a
// report before it is written.
namespace vax::aefi {

struct Symptom {
    QString code;
    const char* english;  // source text for tr()
    bool alwaysSerious;   // e.g. anaphylaxis, seizure
};
// The coded symptom list, in display order. "other" needs a description.
const std::vector<Symptom>& symptoms();
// The symptom's name in the user's language.
QString symptomName(const QString& code);

const QStringList& severities();   // mild, moderate, severe
const QStringList& seriousness();  // non_serious, serious
const QStringList& actions();      // observed, treated_on_site, referred, ambulance
const QStringList& outcomes();     // recovered, recovering, not_recovered,
                                   // recovered_with_sequelae, fatal, unknown
QString severityName(const QString& code);
QString actionName(const QString& code);
QString outcomeName(const QString& code);
// The FHIR R4 adverse-event-outcome code for an outcome.
QString fhirOutcome(const QString& outcome);

struct Report {
    QString doseId;
    QDateTime doseAt;  // when the dose was given (from the dose record)
    QDateTime onset;
    QStringList symptoms;
    QString otherDescription;
    QString severity;
    QString seriousness;
    QStringList actions;
    QString outcome = QStringLiteral("unknown");
    QString reporterStaffId;
    QString note;
};

// Checks a report against the lists and the times; the error names the field and the fix.
// `now` bounds the onset (an onset in the future is refused); times in messages are shown in the
// site's `zone`.
Status validate(const Report& report, const QDateTime& now, const QTimeZone& zone);

// A serious event is flagged for immediate reporting to the district.
bool needsImmediateReport(const Report& report);

}  // namespace vax::aefi
