// vaxctl observe list|depart|left-early|refer, aefi add|list.
#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include "aefi/aefiservice.h"
#include "checkin/queuenumber.h"
#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "common/labels.h"
#include "observation/observationservice.h"

namespace vax::cli {

namespace {
struct ObserveCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

using Opt = QCommandLineOption;

QJsonObject observationJson(const ObservationRecord& r, const QDateTime& now)
{
    const qint64 left = observation::secondsLeft(r.endsAt, now);
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("dose_id"), r.doseId},
                  {QStringLiteral("visit_id"), r.visitId},
                  {QStringLiteral("queue_number"), r.queueNumber},
                  {QStringLiteral("queue_label"), queueLabel(r.queueNumber)},
                  {QStringLiteral("name"), r.maskedName},  // masked: 张*
                  {QStringLiteral("desk"), r.desk},
                  {QStringLiteral("started_at"), jsonTime(r.startedAt)},
                  {QStringLiteral("ends_at"), jsonTime(r.endsAt)},
                  {QStringLiteral("minutes"), r.minutes},
                  {QStringLiteral("reason"), r.reason},
                  {QStringLiteral("state"), r.state},
                  {QStringLiteral("adverse_event"), r.adverseEvent},
                  {QStringLiteral("serious_adverse_event"), r.seriousAdverseEvent}};
    if (r.onBoard()) {
        o.insert(QStringLiteral("seconds_left"), left);
        o.insert(QStringLiteral("board_state"), observation::boardStateName(observation::boardState(
                                                    r.endsAt, now, r.adverseEvent)));
    } else {
        o.insert(QStringLiteral("seconds_left"), QJsonValue());
        o.insert(QStringLiteral("board_state"), QJsonValue());
    }
    o.insert(QStringLiteral("departed_at"),
             r.departedAt.isValid() ? QJsonValue(jsonTime(r.departedAt)) : QJsonValue());
    o.insert(QStringLiteral("note"), r.note);
    // The site desk it came from (docs/site.md 5); null when this PC wrote it.
    o.insert(QStringLiteral("site_desk"), r.siteDesk > 0 ? QJsonValue(r.siteDesk) : QJsonValue());
    return o;
}

QString observationText(const ObservationRecord& r, const QDateTime& now)
{
    const QString left = r.onBoard()
                             ? observation::formatLeft(observation::secondsLeft(r.endsAt, now))
                             : QStringLiteral("-");
    return QStringLiteral("%1  %2  desk %3  %4  %5%6  %7")
        .arg(queueLabel(r.queueNumber), 4)
        .arg(r.maskedName, -6)
        .arg(r.desk, left, labels::label(labels::Family::ObservationState, r.state),
             r.seriousAdverseEvent ? QStringLiteral(" SERIOUS") : QString(), r.id);
}

QJsonObject aefiJson(const AdverseEventRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("dose_id"), r.doseId},
            {QStringLiteral("person_id"), r.personId},
            {QStringLiteral("observation_id"),
             r.observationId.isEmpty() ? QJsonValue() : QJsonValue(r.observationId)},
            {QStringLiteral("queue_number"), r.queueNumber},
            {QStringLiteral("queue_label"), queueLabel(r.queueNumber)},
            {QStringLiteral("name"), r.maskedName},
            {QStringLiteral("onset_at"), jsonTime(r.onset)},
            {QStringLiteral("symptoms"), QJsonArray::fromStringList(r.symptoms)},
            {QStringLiteral("other_description"), r.otherDescription},
            {QStringLiteral("severity"), r.severity},
            {QStringLiteral("seriousness"), r.seriousness},
            {QStringLiteral("actions"), QJsonArray::fromStringList(r.actions)},
            {QStringLiteral("outcome"), r.outcome},
            {QStringLiteral("fhir_outcome"), aefi::fhirOutcome(r.outcome)},
            {QStringLiteral("immediate_report"), r.immediateReport},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("reported_by"), r.reportedBy},
            {QStringLiteral("recorded_at"), jsonTime(r.recordedAt)},
            {QStringLiteral("observation_state"),
             r.observationState.isEmpty() ? QJsonValue() : QJsonValue(r.observationState)}};
}

QString aefiText(const AdverseEventRecord& r)
{
    QStringList names;
    for (const QString& s : r.symptoms)
        names << aefi::symptomName(s);
    QString text = ObserveCmdText::tr("No. %1 %2, onset %3: %4 (%5, %6)")
                       .arg(queueLabel(r.queueNumber))
                       .arg(r.maskedName, siteDateTime(r.onset), names.join(QStringLiteral(", ")),
                            aefi::severityName(r.severity),
                            labels::label(labels::Family::AefiSeriousness, r.seriousness));
    if (r.immediateReport)
        text +=
            QLatin1Char('\n') + ObserveCmdText::tr("SERIOUS: report to the district immediately.");
    return text;
}

int runObserveList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    ObservationService service(site->serviceContext());
    VAX_TRY_VALUE_OR(auto rows, ctx.out().fail,
                     service.list(ctx.args().isSet(QStringLiteral("all"))));
    const QDateTime now = site->clock->nowUtc();
    for (const ObservationRecord& r : rows)
        ctx.out().record(observationJson(r, now), observationText(r, now));
    return ExitOk;
}

// observe depart|left-early|refer ID
int runObserveEnd(CommandContext& ctx, const QString& what)
{
    const QStringList ids = ctx.args().positionalArguments();
    if (ids.size() != 1)
        return ctx.out().usage(
            ObserveCmdText::tr("Give one observation id (from \"vaxctl observe list\")."));
    VAX_TRY_VALUE_OR(auto acting, ctx.out().fail, session(ctx));
    ObservationService service(acting.services());
    Result<ObservationRecord> done = makeError(ErrorCode::Internal, QString());
    if (what == QLatin1String("depart"))
        done = service.depart(ids.first(), acting.actor.id);
    else if (what == QLatin1String("left-early"))
        done = service.leftEarly(ids.first(), acting.actor.id, opt(ctx, "reason"));
    else
        done = service.refer(ids.first(), acting.actor.id, opt(ctx, "note"));
    if (!done)
        return ctx.out().fail(done.error());
    const QDateTime now = acting.clock().nowUtc();
    ctx.out().record(observationJson(*done, now),
                     ObserveCmdText::tr("Number %1: %2.")
                         .arg(queueLabel(done->queueNumber))
                         .arg(labels::label(labels::Family::ObservationState, done->state)));
    return ExitOk;
}

int runAefiAdd(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto acting, ctx.out().fail, session(ctx));
    aefi::Report r;
    r.doseId = opt(ctx, "dose");
    if (r.doseId.isEmpty())
        return ctx.out().fail(makeError(ErrorCode::AefiInvalid,
                                        ObserveCmdText::tr("--dose: give the dose id (from "
                                                           "\"vaxctl observe list\")."),
                                        QStringLiteral("dose")));
    if (opt(ctx, "onset").isEmpty()) {
        r.onset = acting.clock().nowUtc();
    } else {
        VAX_TRY_VALUE_OR(auto onset, ctx.out().fail,
                         acting.site->calendar().parse(opt(ctx, "onset"), QStringLiteral("onset")));
        r.onset = onset;
    }
    r.symptoms = listOption(ctx, "symptoms");
    r.otherDescription = opt(ctx, "other");
    r.severity = opt(ctx, "severity");
    r.seriousness = opt(ctx, "seriousness");
    r.actions = listOption(ctx, "actions");
    if (!opt(ctx, "outcome").isEmpty())
        r.outcome = opt(ctx, "outcome");
    r.note = opt(ctx, "note");
    r.reporterStaffId = acting.actor.id;
    AefiService service(acting.services());
    VAX_TRY_VALUE_OR(auto added, ctx.out().fail, service.add(r));
    ctx.out().record(aefiJson(added), aefiText(added));
    return ExitOk;
}

int runAefiList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    // Shows personal data: on a production database only to an authenticated actor.
    VAX_TRY_VALUE_OR(auto reader, ctx.out().fail, authenticatedActor(ctx, *site));
    QDate day = site->calendar().today();
    if (!opt(ctx, "date").isEmpty())
        day = QDate::fromString(opt(ctx, "date"), Qt::ISODate);
    if (!day.isValid())
        return ctx.out().usage(ObserveCmdText::tr("--date must be YYYY-MM-DD."));
    AefiService service(site->serviceContext());
    VAX_TRY_VALUE_OR(auto rows, ctx.out().fail, service.listOn(day));
    for (const AdverseEventRecord& r : rows)
        ctx.out().record(aefiJson(r), aefiText(r));
    return ExitOk;
}

Opt value(const char* name, const QString& help, const char* valueName)
{
    return {QString::fromLatin1(name), help, QString::fromLatin1(valueName)};
}

void idArgument(QCommandLineParser& p)
{
    p.addPositionalArgument(QStringLiteral("ID"), ObserveCmdText::tr("Observation id"));
}
}  // namespace

void registerObservationCommands(Registry& registry)
{
    registry.add({words("observe", "list"),
                  [] {
                      return ObserveCmdText::tr(
                          "People in the observation area, with time "
                          "left (names masked)");
                  },
                  [](QCommandLineParser& p) {
                      p.addOption({QStringLiteral("all"),
                                   ObserveCmdText::tr("All of today's observations, also ended "
                                                      "ones")});
                  },
                  runObserveList});
    registry.add(
        {words("observe", "depart"),
         [] { return ObserveCmdText::tr("The time is up: the person leaves"); },
         [](QCommandLineParser& p) {
             idArgument(p);
             p.addOption(actorOpt());
         },
         [](CommandContext& ctx) { return runObserveEnd(ctx, QStringLiteral("depart")); }});
    registry.add(
        {words("observe", "left-early"),
         [] { return ObserveCmdText::tr("The person left before the end of the observation"); },
         [](QCommandLineParser& p) {
             idArgument(p);
             p.addOptions(
                 {actorOpt(), value("reason", ObserveCmdText::tr("Why (required)"), "TEXT")});
         },
         [](CommandContext& ctx) { return runObserveEnd(ctx, QStringLiteral("left-early")); }});
    registry.add(
        {words("observe", "refer"),
         [] { return ObserveCmdText::tr("The person is sent on to a hospital or clinic"); },
         [](QCommandLineParser& p) {
             idArgument(p);
             p.addOptions({actorOpt(), value("note", ObserveCmdText::tr("Where, why"), "TEXT")});
         },
         [](CommandContext& ctx) { return runObserveEnd(ctx, QStringLiteral("refer")); }});
    registry.add(
        {words("aefi", "add"),
         [] { return ObserveCmdText::tr("Record an adverse event following immunization"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(), value("dose", ObserveCmdText::tr("Dose id"), "ID"),
                  value("onset",
                        ObserveCmdText::tr("When the symptoms started, ISO 8601 (default now)"),
                        "TIME"),
                  value("symptoms",
                        ObserveCmdText::tr("Symptom codes, comma-separated, e.g. "
                                           "dizziness,rash"),
                        "CODES"),
                  value("other", ObserveCmdText::tr("Description of an 'other' symptom"), "TEXT"),
                  value("severity", ObserveCmdText::tr("mild, moderate or severe"), "S"),
                  value("seriousness", ObserveCmdText::tr("non_serious or serious"), "S"),
                  value("actions",
                        ObserveCmdText::tr("observed, treated_on_site, referred, ambulance "
                                           "(comma-separated)"),
                        "CODES"),
                  value("outcome",
                        ObserveCmdText::tr("recovered, recovering, not_recovered, "
                                           "recovered_with_sequelae, fatal, unknown"),
                        "O"),
                  value("note", ObserveCmdText::tr("Free text"), "TEXT")});
         },
         runAefiAdd});
    registry.add(
        {words("aefi", "list"), [] { return ObserveCmdText::tr("Adverse events of a day"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  value("date", ObserveCmdText::tr("Day YYYY-MM-DD (default today)"), "D")});
         },
         runAefiList});
}

}  // namespace vax::cli
