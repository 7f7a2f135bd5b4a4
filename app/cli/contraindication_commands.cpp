// vaxctl person contraindications PERSON, person contraindication add PERSON …, person
// contraindication lift ID … (issue 17 point 5).
#include <QCoreApplication>
#include <QTimeZone>

#include "checkin/person.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "cli/session.h"
#include "common/sitecalendar.h"
#include "contraindication/contraindicationservice.h"
#include "identity/document.h"

namespace vax::cli {

namespace {
struct ContraCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

using Opt = QCommandLineOption;

QList<Opt> doctorOptions()
{
    return {Opt(QStringLiteral("actor"),
                ContraCmdText::tr("Username of the doctor (required; the doctor's password or "
                                  "PIN is checked like a sign-in)"),
                QStringLiteral("DOCTOR")),
            Opt(QStringLiteral("doctor-password-stdin"),
                ContraCmdText::tr("Read the doctor's password or PIN from standard input (or "
                                  "set VAXPOINT_DOCTOR_PASSWORD)"))};
}

Result<DoctorProof> authenticate(CommandContext& ctx, ContraindicationService& service)
{
    if (opt(ctx, "actor").isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         ContraCmdText::tr("--actor: give the doctor's username; only a doctor "
                                           "may add or lift a contraindication."),
                         QStringLiteral("actor"));
    VAX_TRY_VALUE(auto secret,
                  requireSecretOption(ctx, QStringLiteral("doctor-password-stdin"),
                                      "VAXPOINT_DOCTOR_PASSWORD",
                                      ContraCmdText::tr("The doctor's password or PIN")));
    return service.authenticateDoctor(opt(ctx, "actor"), secret);
}

// PERSON: a person id, or the number of one of their documents.
Result<Person> findPerson(SiteContext& site, const QString& ref)
{
    VAX_TRY_VALUE(auto byId, PersonRepository::byId(*site.db, ref));
    if (byId)
        return *byId;
    DocumentInput in;
    in.number = ref;
    auto doc = checkDocument(in, site.calendar().today());
    if (doc) {
        VAX_TRY_VALUE(auto byDoc, PersonRepository::byDocument(*site.db, doc->type, doc->matchKey));
        if (byDoc)
            return *byDoc;
    }
    return makeError(ErrorCode::NotFound,
                     ContraCmdText::tr("PERSON: no person with the id or document number \"%1\". "
                                       "Find them with \"vaxctl person find\".")
                         .arg(ref),
                     QStringLiteral("person"));
}

QJsonValue dateOrNull(const QDate& d)
{
    return d.isValid() ? QJsonValue(jsonDate(d)) : QJsonValue();
}

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(jsonTime(t)) : QJsonValue();
}

QJsonObject contraindicationJson(const Contraindication& c, const QDate& today)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("person_id"), c.personId},
            {QStringLiteral("kind"), contraindicationKindName(c.kind)},
            {QStringLiteral("scope"), contraindicationScopeName(c.scope)},
            {QStringLiteral("scope_code"),
             c.scopeCode.isEmpty() ? QJsonValue() : QJsonValue(c.scopeCode)},
            {QStringLiteral("allergy"), c.allergy},
            {QStringLiteral("reason_code"), c.reasonCode},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("label"), contraindicationReasonLabel(c)},
            {QStringLiteral("origin"), contraindicationOriginName(c.origin)},
            {QStringLiteral("origin_id"), c.originId.isEmpty() ? QJsonValue() : c.originId},
            {QStringLiteral("origin_detail"), c.originDetail},
            {QStringLiteral("until"), dateOrNull(c.until)},
            {QStringLiteral("status"), c.statusOn(today)},
            {QStringLiteral("recorded_at"), jsonTime(c.recordedAt)},
            {QStringLiteral("recorded_by"), c.recordedBy},
            {QStringLiteral("lifted_at"), timeOrNull(c.liftedAt)},
            {QStringLiteral("lifted_by"), c.liftedBy.isEmpty() ? QJsonValue() : c.liftedBy},
            {QStringLiteral("lift_reason"), c.liftReason.isEmpty() ? QJsonValue() : c.liftReason}};
}

QString contraindicationText(const Contraindication& c, const QDate& today)
{
    QString line = QStringLiteral("%1  [%2]  %3")
                       .arg(c.id, contraindicationStatusLabel(c.statusOn(today)),
                            contraindicationSummary(c, outputZone()));
    if (c.lifted())
        line += QLatin1Char('\n') +
                ContraCmdText::tr("    lifted %1: %2").arg(jsonTime(c.liftedAt), c.liftReason);
    return line;
}

int runList(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.size() != 1)
        return ctx.out().usage(
            ContraCmdText::tr("Give one PERSON: a person id or a document number."));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto person, ctx.out().fail, findPerson(*site, args.first()));
    ContraindicationService service(site->serviceContext());
    VAX_TRY_VALUE_OR(auto rows, ctx.out().fail,
                     service.ofPerson(person.id, ctx.args().isSet(QStringLiteral("all"))));
    const QDate today = service.today();
    if (rows.empty() && !ctx.out().json())
        ctx.out().text() << ContraCmdText::tr("No contraindication or precaution on record.")
                         << '\n';
    for (const Contraindication& c : rows)
        ctx.out().record(contraindicationJson(c, today), contraindicationText(c, today));
    return ExitOk;
}

int runAdd(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.size() != 1)
        return ctx.out().usage(
            ContraCmdText::tr("Give one PERSON: a person id or a document number."));
    const auto kind = contraindicationKindFromName(opt(ctx, "kind"));
    if (!kind)
        return ctx.out().usage(ContraCmdText::tr("--kind must be contraindication or precaution."));
    VAX_TRY_VALUE_OR(auto scope, ctx.out().fail,
                     ScopeSpec::parse(opt(ctx, "scope"), QStringLiteral("scope")));
    QDate until;
    if (!opt(ctx, "until").isEmpty()) {
        until = QDate::fromString(opt(ctx, "until"), Qt::ISODate);
        if (!until.isValid())
            return ctx.out().usage(ContraCmdText::tr("--until must be YYYY-MM-DD."));
    }
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto person, ctx.out().fail, findPerson(*site, args.first()));
    ContraindicationService service(site->serviceContext());
    VAX_TRY_VALUE_OR(auto proof, ctx.out().fail, authenticate(ctx, service));
    NewContraindication entry;
    entry.personId = person.id;
    entry.kind = *kind;
    entry.scope = scope;
    entry.reason = opt(ctx, "reason");
    entry.until = until;
    entry.allergy = ctx.args().isSet(QStringLiteral("allergy"));
    VAX_TRY_VALUE_OR(auto added, ctx.out().fail, service.add(entry, proof));
    ctx.out().record(contraindicationJson(added, service.today()),
                     contraindicationText(added, service.today()));
    return ExitOk;
}

int runLift(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.size() != 1)
        return ctx.out().usage(ContraCmdText::tr(
            "Give one contraindication ID (from \"vaxctl person contraindications PERSON\")."));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    ContraindicationService service(site->serviceContext());
    VAX_TRY_VALUE_OR(auto existing, ctx.out().fail, service.byId(args.first()));
    VAX_TRY_VALUE_OR(auto proof, ctx.out().fail, authenticate(ctx, service));
    VAX_TRY_VALUE_OR(auto lifted, ctx.out().fail,
                     service.lift(existing.id, opt(ctx, "reason"), proof));
    ctx.out().record(contraindicationJson(lifted, service.today()),
                     contraindicationText(lifted, service.today()));
    return ExitOk;
}
}  // namespace

void registerContraindicationCommands(Registry& registry)
{
    registry.add(
        {words("person", "contraindications"),
         [] { return ContraCmdText::tr("A person's contraindications and precautions on record"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("PERSON"),
                                     ContraCmdText::tr("Person id or document number"));
             p.addOption(
                 {QStringLiteral("all"), ContraCmdText::tr("Also lifted and expired ones")});
         },
         runList});
    registry.add(
        {QStringList{QStringLiteral("person"), QStringLiteral("contraindication"),
                     QStringLiteral("add")},
         [] { return ContraCmdText::tr("A doctor records a contraindication or precaution"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("PERSON"),
                                     ContraCmdText::tr("Person id or document number"));
             p.addOptions(doctorOptions());
             p.addOptions(
                 {Opt(QStringLiteral("kind"), ContraCmdText::tr("contraindication or precaution"),
                      QStringLiteral("KIND")),
                  Opt(QStringLiteral("scope"),
                      ContraCmdText::tr("all, product:CODE, group:GROUP or component:NAME"),
                      QStringLiteral("SCOPE")),
                  Opt(QStringLiteral("reason"), ContraCmdText::tr("What it is (required)"),
                      QStringLiteral("TEXT")),
                  Opt(QStringLiteral("until"),
                      ContraCmdText::tr("Last day it applies, YYYY-MM-DD (default: permanent)"),
                      QStringLiteral("DATE")),
                  Opt(QStringLiteral("allergy"), ContraCmdText::tr("It is an allergy"))});
         },
         runAdd});
    registry.add(
        {QStringList{QStringLiteral("person"), QStringLiteral("contraindication"),
                     QStringLiteral("lift")},
         [] { return ContraCmdText::tr("A doctor lifts a contraindication or precaution"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("ID"),
                                     ContraCmdText::tr("Contraindication id"));
             p.addOptions(doctorOptions());
             p.addOption(Opt(QStringLiteral("reason"), ContraCmdText::tr("Why (required)"),
                             QStringLiteral("TEXT")));
         },
         runLift});
}

}  // namespace vax::cli
