// vaxctl id check, scan parse, person add|find, checkin, visit cancel|deferrals, queue list.
#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include "checkin/birthdate.h"
#include "checkin/checkinservice.h"
#include "checkin/queuenumber.h"
#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "common/labels.h"
#include "identity/masking.h"
#include "scan/scanrouter.h"
#include "security/secretstore.h"
#include "sitesync/sitehistory.h"

namespace vax::cli {

namespace {
struct CheckInCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// "Today" for checking a document without a database (id check, scan parse): the default site
// zone's date. It only decides whether a birth date lies in the future.
QDate localToday()
{
    const SystemClock clock;
    return SiteCalendar(clock, SiteCalendar::defaultZone()).today();
}

// A joined desk looks for the person on the site server before registering one (docs/site.md 5):
// a person registered at another desk is brought here, so the check-in finds them instead of
// creating a second record. A server that cannot be asked is a warning; a desk not joined asks
// nothing.
Status searchSite(CommandContext& ctx, SiteContext& site, const PersonDraft& draft)
{
    KeychainSecretStore keychain;
    VAX_TRY_VALUE(auto found, sitesync::SiteHistoryService::findPersons(
                                  *site.db, *site.clock, keychain,
                                  sitesync::personQueryOf(draft, site.calendar().today())));
    if (found.problem)
        ctx.out().warning(*found.problem);
    return {};
}

QJsonObject documentJson(const IdentityDocument& d)
{
    QJsonObject o{{QStringLiteral("type"), documentTypeName(d.type)},
                  {QStringLiteral("normalized"), d.number},
                  {QStringLiteral("match_key"), d.matchKey},
                  {QStringLiteral("country"), d.country}};
    o.insert(QStringLiteral("birth_date"), d.birthDate ? jsonDate(*d.birthDate) : QJsonValue());
    o.insert(QStringLiteral("sex"), d.sex ? sexName(*d.sex) : QJsonValue());
    return o;
}

int runIdCheck(CommandContext& ctx)
{
    const QStringList ids = ctx.args().positionalArguments();
    if (ids.isEmpty())
        return ctx.out().usage(CheckInCmdText::tr("Give one or more numbers: vaxctl id check ID…"));
    DocumentInput base;
    if (!opt(ctx, "type").isEmpty()) {
        base.type = documentTypeFromName(opt(ctx, "type"));
        if (!base.type)
            return ctx.out().usage(CheckInCmdText::tr("Unknown --type \"%1\"; use resident_id, "
                                                      "residence_permit, home_return_permit, "
                                                      "taiwan_permit, foreign_permanent_residence "
                                                      "or passport.")
                                       .arg(opt(ctx, "type")));
    }
    base.country = opt(ctx, "country");
    if (!opt(ctx, "birth-date").isEmpty())
        base.birthDate = QDate::fromString(opt(ctx, "birth-date"), Qt::ISODate);
    if (base.birthDate && !base.birthDate->isValid())
        return ctx.out().usage(CheckInCmdText::tr("--birth-date must be YYYY-MM-DD."));
    if (!opt(ctx, "sex").isEmpty()) {
        base.sex = sexFromName(opt(ctx, "sex"));
        if (!base.sex)
            return ctx.out().usage(CheckInCmdText::tr("--sex must be male or female."));
    }
    const QDate today = localToday();
    bool allValid = true;
    for (const QString& id : ids) {
        DocumentInput in = base;
        in.number = id;
        auto r = checkDocument(in, today);
        QJsonObject o{{QStringLiteral("input"), id}, {QStringLiteral("valid"), r.ok()}};
        QString text;
        if (r) {
            const QJsonObject d = documentJson(*r);
            for (auto it = d.begin(); it != d.end(); ++it)
                o.insert(it.key(), it.value());
            o.insert(QStringLiteral("error"), QJsonValue());
            text = CheckInCmdText::tr("%1: valid %2 %3, born %4, %5")
                       .arg(id, documentTypeName(r->type), r->number,
                            r->birthDate ? jsonDate(*r->birthDate) : QStringLiteral("-"),
                            r->sex ? sexName(*r->sex) : QStringLiteral("-"));
        } else {
            allValid = false;
            o.insert(QStringLiteral("type"), in.type ? documentTypeName(*in.type) : QJsonValue());
            o.insert(QStringLiteral("normalized"), normalizeDocumentNumber(id));
            o.insert(QStringLiteral("birth_date"), QJsonValue());
            o.insert(QStringLiteral("sex"), QJsonValue());
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), r.error().codeName()},
                                 {QStringLiteral("message"), r.error().message},
                                 {QStringLiteral("field"), r.error().field}});
            text = CheckInCmdText::tr("%1: INVALID: %2").arg(id, r.error().message);
        }
        ctx.out().record(o, text);
    }
    return allValid ? ExitOk : ExitFailed;
}

int runScanParse(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.size() != 1)
        return ctx.out().usage(CheckInCmdText::tr("Give one scanned text: vaxctl scan parse TEXT"));
    QString text = args.first();
    // A shell cannot easily pass 0x1D: "<GS>" stands for the GS1 separator here.
    text.replace(QStringLiteral("<GS>"), QString(QChar(kGs1Separator)));
    VAX_TRY_VALUE_OR(auto r, ctx.out().fail, parseScan(text, localToday()));
    QJsonObject o{{QStringLiteral("kind"), scanKindName(r.kind)}};
    if (r.document)
        o.insert(QStringLiteral("document"), documentJson(*r.document));
    if (r.gs1)
        o.insert(QStringLiteral("gs1"),
                 QJsonObject{
                     {QStringLiteral("gtin"), r.gs1->gtin},
                     {QStringLiteral("expiry"),
                      r.gs1->expiry.isValid() ? QJsonValue(jsonDate(r.gs1->expiry)) : QJsonValue()},
                     {QStringLiteral("lot"), r.gs1->lot},
                     {QStringLiteral("serial"), r.gs1->serial},
                     {QStringLiteral("symbology_id"), r.gs1->hadSymbologyId}});
    if (r.registration)
        o.insert(QStringLiteral("registration"),
                 QJsonObject{{QStringLiteral("name"), r.registration->name},
                             {QStringLiteral("document"), documentJson(r.registration->document)},
                             {QStringLiteral("phone"), r.registration->phone},
                             {QStringLiteral("appointment"), r.registration->appointmentId}});
    if (!r.traceCode.isEmpty())
        o.insert(QStringLiteral("trace_code"), r.traceCode);
    ctx.out().record(o, labels::label(labels::Family::ScanKind, scanKindName(r.kind)));
    return ExitOk;
}

QJsonObject personJson(const Person& p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("sex"), p.sex ? QJsonValue(sexName(*p.sex)) : QJsonValue()},
            {QStringLiteral("birth_date"), jsonDate(p.birthDate)},
            {QStringLiteral("phone"), p.phone}};
}

int runPersonFind(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    // Shows personal data: on a production database only to an authenticated actor.
    VAX_TRY_VALUE_OR(auto reader, ctx.out().fail, authenticatedActor(ctx, *site));
    Database& db = *site->db;
    Result<std::vector<Person>> found = std::vector<Person>();
    if (!opt(ctx, "document").isEmpty()) {
        DocumentInput in;
        in.number = opt(ctx, "document");
        in.type = documentTypeFromName(opt(ctx, "type"));
        in.country = opt(ctx, "country");
        VAX_TRY_VALUE_OR(auto doc, ctx.out().fail, checkDocument(in, site->calendar().today()));
        VAX_TRY_VALUE_OR(auto one, ctx.out().fail,
                         PersonRepository::byDocument(db, doc.type, doc.matchKey));
        if (one)
            found = std::vector<Person>{*one};
    } else if (!opt(ctx, "phone").isEmpty()) {
        found = PersonRepository::byPhone(db, opt(ctx, "phone"));
    } else if (!opt(ctx, "name").isEmpty()) {
        found = PersonRepository::byName(db, opt(ctx, "name"));
    } else {
        return ctx.out().usage(CheckInCmdText::tr("Give --document, --phone or --name."));
    }
    if (!found)
        return ctx.out().fail(found.error());
    for (const Person& p : *found)
        ctx.out().record(
            personJson(p),
            QStringLiteral("%1  %2  %3").arg(p.id, maskName(p.name), jsonDate(p.birthDate)));
    return ExitOk;
}

// Reads the person's document from --doc/--document, --doc-type/--type, --country,
// --birth-date and --sex. Returns a usage message when an option is malformed.
QString readDocument(CommandContext& ctx, DocumentInput* in)
{
    in->number = opt(ctx, "doc");
    if (!opt(ctx, "doc-type").isEmpty()) {
        in->type = documentTypeFromName(opt(ctx, "doc-type"));
        if (!in->type)
            return CheckInCmdText::tr(
                       "Unknown --doc-type \"%1\"; use resident_id, "
                       "residence_permit, home_return_permit, taiwan_permit, "
                       "foreign_permanent_residence or passport.")
                .arg(opt(ctx, "doc-type"));
    }
    in->country = opt(ctx, "country");
    if (!opt(ctx, "birth-date").isEmpty()) {
        auto birth = parseBirthDateDigits(opt(ctx, "birth-date"));
        if (!birth)
            return CheckInCmdText::tr("--birth-date: %1").arg(birth.error().message);
        in->birthDate = *birth;
    }
    if (!opt(ctx, "sex").isEmpty()) {
        in->sex = sexFromName(opt(ctx, "sex"));
        if (!in->sex)
            return CheckInCmdText::tr("--sex must be male or female.");
    }
    return {};
}

QString readDuplicate(CommandContext& ctx, DuplicateResolution* d)
{
    const bool confirm = ctx.args().isSet(QStringLiteral("confirm-new"));
    if (!opt(ctx, "link").isEmpty() && confirm)
        return CheckInCmdText::tr("Give either --link PERSON_ID or --confirm-new, not both.");
    if (!opt(ctx, "link").isEmpty())
        *d = {DuplicateResolution::LinkToExisting, opt(ctx, "link")};
    else if (confirm)
        d->kind = DuplicateResolution::ConfirmNewPerson;
    return {};
}

// A possible duplicate names the candidates and the two ways out, for people and for scripts.
int failDuplicateAware(CommandContext& ctx, SiteContext& site, const PersonDraft& draft,
                       const Error& error)
{
    if (error.code == ErrorCode::PersonInvalid && error.field == u"birth_date") {
        // A new person with a passport or permit: the number carries no birth date.
        const auto type = draft.document.type
                              ? draft.document.type
                              : guessDocumentType(normalizeDocumentNumber(draft.document.number));
        Error e = error;
        e.message = CheckInCmdText::tr(
                        "--birth-date is required: the %1 number carries no birth "
                        "date. Give the birth date from the document: "
                        "--birth-date YYYY-MM-DD (or YYYYMMDD).")
                        .arg(type ? documentTypeLabel(*type) : CheckInCmdText::tr("document"));
        return ctx.out().fail(e);
    }
    if (error.code != ErrorCode::PersonDuplicate)
        return ctx.out().fail(error);
    QJsonArray candidates;
    auto doc = checkDocument(draft.document, site.calendar().today());
    if (doc && doc->birthDate) {
        auto dups =
            PersonRepository::possibleDuplicates(*site.db, draft.name, *doc->birthDate, *doc);
        if (dups) {
            for (const Person& p : *dups)
                candidates.append(p.id);
        }
    }
    Error e = error;
    e.message += QLatin1Char(' ') + CheckInCmdText::tr(
                                        "Run the same command again with --link PERSON_ID (the "
                                        "same person: the document is added to them) or with "
                                        "--confirm-new (a different person).");
    return ctx.out().fail(
        e, {{QStringLiteral("candidates"), candidates},
            {QStringLiteral("resolve_with"),
             QJsonArray{QStringLiteral("--link"), QStringLiteral("--confirm-new")}}});
}

int runPersonAdd(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    PersonDraft draft;
    draft.name = opt(ctx, "name");
    draft.phone = opt(ctx, "phone");
    if (opt(ctx, "doc").isEmpty())
        return ctx.out().usage(
            CheckInCmdText::tr("Give the document: --doc NUMBER [--doc-type "
                               "T]."));
    const QString docProblem = readDocument(ctx, &draft.document);
    if (!docProblem.isEmpty())
        return ctx.out().usage(docProblem);
    DuplicateResolution duplicate;
    const QString dupProblem = readDuplicate(ctx, &duplicate);
    if (!dupProblem.isEmpty())
        return ctx.out().usage(dupProblem);
    CheckInService service(site->serviceContext());
    VAX_TRY_VALUE_OR(auto actor, ctx.out().fail, session(ctx));
    if (const Status asked = searchSite(ctx, *site, draft); !asked)
        return ctx.out().fail(asked.error());
    auto r = service.registerPerson(draft, duplicate, actor.actor.id);
    if (!r)
        return failDuplicateAware(ctx, *site, draft, r.error());
    QJsonObject o = personJson(r->person);
    o.insert(QStringLiteral("created"), r->created);
    o.insert(QStringLiteral("linked"), r->linked);
    const QString text =
        r->created
            ? CheckInCmdText::tr("Added %1 (%2).").arg(maskName(r->person.name), r->person.id)
        : r->linked ? CheckInCmdText::tr("Document added to %1 (%2).")
                          .arg(maskName(r->person.name), r->person.id)
                    : CheckInCmdText::tr("Already registered: %1 (%2).")
                          .arg(maskName(r->person.name), r->person.id);
    ctx.out().record(o, text);
    return ExitOk;
}

int runCheckIn(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    CheckInRequest req;
    VAX_TRY_VALUE_OR(auto actor, ctx.out().fail, session(ctx));
    req.staffId = actor.actor.id;
    if (!opt(ctx, "person").isEmpty())
        req.personId = opt(ctx, "person");
    req.draft.name = opt(ctx, "name");
    const QString docProblem = readDocument(ctx, &req.draft.document);
    if (!docProblem.isEmpty())
        return ctx.out().usage(docProblem);
    req.draft.phone = opt(ctx, "phone");
    const QString dupProblem = readDuplicate(ctx, &req.duplicate);
    if (!dupProblem.isEmpty())
        return ctx.out().usage(dupProblem);
    const QStringList yes = ctx.args().values(QStringLiteral("yes"));
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        req.answers.insert(q.id, yes.contains(q.id));
    for (const QString& y : yes) {
        if (!Questionnaire::builtIn().question(y))
            req.answers.insert(y, true);  // refused by the screening check with its message
    }
    bool tempOk = false;
    req.temperatureC = opt(ctx, "temperature").toDouble(&tempOk);
    if (!tempOk)
        return ctx.out().usage(CheckInCmdText::tr("--temperature is required, in °C, e.g. 36.5."));
    req.consent.textVersion = opt(ctx, "consent-version");
    if (req.consent.textVersion.isEmpty() && !ctx.args().isSet(QStringLiteral("defer")))
        return ctx.out().usage(
            CheckInCmdText::tr("Consent: give --consent-version %1 (the consent text the person "
                               "signed), with --guardian-name and --guardian-relation when a "
                               "guardian signed.")
                .arg(QString::fromLatin1(kConsentTextVersion)));
    if (!opt(ctx, "guardian-name").isEmpty()) {
        req.consent.signer = ConsentSigner::Guardian;
        req.consent.guardianName = opt(ctx, "guardian-name");
        req.consent.guardianRelation = opt(ctx, "guardian-relation");
    }
    req.priorityLane = ctx.args().isSet(QStringLiteral("priority"));
    req.appointmentId = opt(ctx, "appointment");
    if (!req.personId) {
        if (const Status asked = searchSite(ctx, *site, req.draft); !asked)
            return ctx.out().fail(asked.error());
    }
    CheckInService service(site->serviceContext());
    auto r = service.checkIn(req);
    if (!r && ctx.args().isSet(QStringLiteral("defer")) &&
        (r.error().code == ErrorCode::CheckInDeferred ||
         r.error().code == ErrorCode::CheckInContraindicated)) {
        auto d = service.recordDeferral(req);
        if (!d)
            return failDuplicateAware(ctx, *site, req.draft, d.error());
        ctx.out().record({{QStringLiteral("deferral_id"), d->deferralId},
                          {QStringLiteral("person_id"), d->personId},
                          {QStringLiteral("person_created"), d->personCreated},
                          {QStringLiteral("date"), jsonDate(d->visitDate)},
                          {QStringLiteral("queue_number"), QJsonValue()},
                          {QStringLiteral("queue_label"), QJsonValue()},
                          {QStringLiteral("screening"), screeningOutcomeName(d->outcome)},
                          {QStringLiteral("reasons"), QJsonArray::fromStringList(d->reasons)}},
                         CheckInCmdText::tr("Not checked in: screening says %1 (%2). The "
                                            "deferral is recorded.")
                             .arg(labels::label(labels::Family::ScreeningOutcome,
                                                screeningOutcomeName(d->outcome)),
                                  labels::screeningReasons(d->reasons)));
        return ExitOk;
    }
    if (!r)
        return failDuplicateAware(ctx, *site, req.draft, r.error());
    ctx.out().record({{QStringLiteral("visit_id"), r->visitId},
                      {QStringLiteral("person_id"), r->personId},
                      {QStringLiteral("person_created"), r->personCreated},
                      {QStringLiteral("date"), jsonDate(r->visitDate)},
                      {QStringLiteral("queue_number"), r->queueNumber},
                      {QStringLiteral("queue_label"), queueLabel(r->queueNumber)},
                      {QStringLiteral("screening"), screeningOutcomeName(r->outcome)}},
                     CheckInCmdText::tr("Checked in: queue number %1 (%2).")
                         .arg(queueLabel(r->queueNumber))
                         .arg(labels::label(labels::Family::ScreeningOutcome,
                                            screeningOutcomeName(r->outcome))));
    return ExitOk;
}

int runVisitCancel(CommandContext& ctx)
{
    const QStringList ids = ctx.args().positionalArguments();
    if (ids.size() != 1)
        return ctx.out().usage(
            CheckInCmdText::tr("Give one visit id: vaxctl visit cancel VISIT_ID --reason R"));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    CheckInService service(site->serviceContext());
    VAX_TRY_VALUE_OR(auto actor, ctx.out().fail, session(ctx));
    auto r = service.cancelVisit(ids.first(), actor.actor.id, opt(ctx, "reason"));
    if (!r)
        return ctx.out().fail(r.error());
    ctx.out().record({{QStringLiteral("visit_id"), ids.first()},
                      {QStringLiteral("state"), QStringLiteral("cancelled")}},
                     CheckInCmdText::tr("Visit %1 cancelled.").arg(ids.first()));
    return ExitOk;
}

// A listing of one day that shows personal data: opens the site, authenticates the reader (on a
// production database), reads --date (default: the site's today), then `list(service, day)`.
template <typename List>
int runDayListing(CommandContext& ctx, List&& list)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    // Shows personal data: on a production database only to an authenticated actor.
    VAX_TRY_VALUE_OR(auto reader, ctx.out().fail, authenticatedActor(ctx, *site));
    CheckInService service(site->serviceContext());
    QDate day = service.today();
    if (!opt(ctx, "date").isEmpty())
        day = QDate::fromString(opt(ctx, "date"), Qt::ISODate);
    if (!day.isValid())
        return ctx.out().usage(CheckInCmdText::tr("--date must be YYYY-MM-DD."));
    return list(service, day);
}

int runVisitDeferrals(CommandContext& ctx)
{
    return runDayListing(ctx, [&](CheckInService& service, const QDate& day) -> int {
        VAX_TRY_VALUE_OR(auto entries, ctx.out().fail, service.deferrals(day));
        for (const DeferralEntry& e : entries)
            ctx.out().record({{QStringLiteral("deferral_id"), e.deferralId},
                              {QStringLiteral("person_id"), e.personId},
                              {QStringLiteral("name"), e.name},
                              {QStringLiteral("screening"), screeningOutcomeName(e.outcome)},
                              {QStringLiteral("reasons"), QJsonArray::fromStringList(e.reasons)},
                              {QStringLiteral("temperature_c"), e.temperatureC},
                              {QStringLiteral("recorded_at"), jsonTime(e.recordedAt)}},
                             QStringLiteral("%1  %2  %3")
                                 .arg(maskName(e.name),
                                      labels::label(labels::Family::ScreeningOutcome,
                                                    screeningOutcomeName(e.outcome)),
                                      labels::screeningReasons(e.reasons)));
        return ExitOk;
    });
}

int runQueueList(CommandContext& ctx)
{
    return runDayListing(ctx, [&](CheckInService& service, const QDate& day) -> int {
        VAX_TRY_VALUE_OR(auto entries, ctx.out().fail, service.queue(day));
        for (const QueueEntry& e : entries)
            ctx.out().record({{QStringLiteral("visit_id"), e.visitId},
                              {QStringLiteral("person_id"), e.personId},
                              {QStringLiteral("name"), e.name},
                              {QStringLiteral("queue_number"), e.queueNumber},
                              {QStringLiteral("queue_label"), queueLabel(e.queueNumber)},
                              {QStringLiteral("lane"), e.lane},
                              {QStringLiteral("state"), e.state},
                              {QStringLiteral("screening"), e.screeningOutcome},
                              {QStringLiteral("checked_in_at"), jsonTime(e.checkedInAt)}},
                             QStringLiteral("%1  %2  %3  %4")
                                 .arg(queueLabel(e.queueNumber), 4)
                                 .arg(maskName(e.name), labels::visitState(e.state),
                                      labels::label(labels::Family::QueueLane, e.lane)));
        return ExitOk;
    });
}

QCommandLineOption value(const char* name, const QString& help, const char* valueName)
{
    return {QString::fromLatin1(name), help, QString::fromLatin1(valueName)};
}

// The person's document options, shared by person add and checkin (--document and --type are
// the older spellings of --doc and --doc-type).
QList<QCommandLineOption> documentOptions()
{
    return {{{QStringLiteral("doc"), QStringLiteral("document")},
             CheckInCmdText::tr("Document number"),
             QStringLiteral("N")},
            {{QStringLiteral("doc-type"), QStringLiteral("type")},
             CheckInCmdText::tr("Document type (default: from the number's shape)"),
             QStringLiteral("T")},
            value("country", CheckInCmdText::tr("Passport country (ISO alpha-3)"), "C"),
            value("birth-date",
                  CheckInCmdText::tr("Birth date YYYY-MM-DD or YYYYMMDD; required for a new "
                                     "person whose document number carries none (passport, "
                                     "permits)"),
                  "D"),
            value("sex", CheckInCmdText::tr("male or female"), "S"),
            value("link", CheckInCmdText::tr("Possible duplicate: add the document to this person"),
                  "ID"),
            {QStringLiteral("confirm-new"),
             CheckInCmdText::tr("Possible duplicate: this is a new person")}};
}
}  // namespace

void registerCheckInCommands(Registry& registry)
{
    registry.add(
        {{QStringLiteral("id"), QStringLiteral("check")},
         [] { return CheckInCmdText::tr("Check identity document numbers"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("ID"), CheckInCmdText::tr("Document numbers"),
                                     QStringLiteral("ID…"));
             p.addOptions(
                 {value("type", CheckInCmdText::tr("Document type, e.g. resident_id, passport"),
                        "T"),
                  value("country", CheckInCmdText::tr("Passport country (ISO alpha-3)"), "C"),
                  value("birth-date", CheckInCmdText::tr("Typed birth date YYYY-MM-DD"), "D"),
                  value("sex", CheckInCmdText::tr("Typed sex: male or female"), "S")});
         },
         runIdCheck});
    registry.add({{QStringLiteral("scan"), QStringLiteral("parse")},
                  [] { return CheckInCmdText::tr("Classify and parse a scanned text"); },
                  [](QCommandLineParser& p) {
                      p.addPositionalArgument(
                          QStringLiteral("TEXT"),
                          CheckInCmdText::tr("The scanned text; <GS> stands for 0x1D"));
                  },
                  runScanParse});
    registry.add({{QStringLiteral("person"), QStringLiteral("find")},
                  [] { return CheckInCmdText::tr("Find persons by document, phone or name"); },
                  [](QCommandLineParser& p) {
                      p.addOptions(
                          {actorOpt(),
                           value("document", CheckInCmdText::tr("Document number"), "N"),
                           value("type", CheckInCmdText::tr("Document type"), "T"),
                           value("country", CheckInCmdText::tr("Passport country"), "C"),
                           value("phone", CheckInCmdText::tr("Phone number"), "P"),
                           value("name", CheckInCmdText::tr("Name or part of it"), "NAME")});
                  },
                  runPersonFind});
    registry.add({{QStringLiteral("person"), QStringLiteral("add")},
                  [] { return CheckInCmdText::tr("Register a person without a check-in"); },
                  [](QCommandLineParser& p) {
                      p.addOptions(documentOptions());
                      p.addOptions({actorOpt(), value("name", CheckInCmdText::tr("Name"), "NAME"),
                                    value("phone", CheckInCmdText::tr("Phone number"), "P")});
                  },
                  runPersonAdd});
    registry.add(
        {{QStringLiteral("checkin")},
         [] { return CheckInCmdText::tr("Check a person in: screening, consent, queue number"); },
         [](QCommandLineParser& p) {
             p.addOptions(documentOptions());
             p.addOptions(
                 {actorOpt(), value("person", CheckInCmdText::tr("Id of a known person"), "ID"),
                  value("name", CheckInCmdText::tr("Name"), "NAME"),
                  value("phone", CheckInCmdText::tr("Phone number"), "P"),
                  value("yes", CheckInCmdText::tr("A screening question answered yes (repeat)"),
                        "Q"),
                  value("temperature", CheckInCmdText::tr("Axillary temperature in °C"), "C"),
                  value("consent-version", CheckInCmdText::tr("Version of the consent text"), "V"),
                  value("guardian-name", CheckInCmdText::tr("Guardian who signed"), "NAME"),
                  value("guardian-relation", CheckInCmdText::tr("Guardian's relation"), "R"),
                  value("appointment", CheckInCmdText::tr("Appointment id"), "ID")});
             p.addOption(
                 {QStringLiteral("priority"), CheckInCmdText::tr("Priority lane (60+, disabled)")});
             p.addOption({QStringLiteral("defer"),
                          CheckInCmdText::tr("When screening says defer or contraindicated, "
                                             "record the deferral instead of failing")});
         },
         runCheckIn});
    registry.add(
        {{QStringLiteral("visit"), QStringLiteral("cancel")},
         [] { return CheckInCmdText::tr("Take a waiting visit out of the queue"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("VISIT_ID"),
                                     CheckInCmdText::tr("The visit's id"));
             p.addOptions(
                 {actorOpt(), value("reason", CheckInCmdText::tr("Why it is cancelled"), "R")});
         },
         runVisitCancel});
    registry.add(
        {{QStringLiteral("visit"), QStringLiteral("deferrals")},
         [] { return CheckInCmdText::tr("List the persons screening sent home"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  value("date", CheckInCmdText::tr("Day YYYY-MM-DD (default today)"), "D")});
         },
         runVisitDeferrals});
    registry.add(
        {{QStringLiteral("queue"), QStringLiteral("list")},
         [] { return CheckInCmdText::tr("List the queue of a day"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {actorOpt(),
                  value("date", CheckInCmdText::tr("Day YYYY-MM-DD (default today)"), "D")});
         },
         runQueueList});
}

}  // namespace vax::cli
