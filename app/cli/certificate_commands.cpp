// vaxctl certificate issue|show|verify. vaxctl loads no GUI library, so it records and prints
// certificates as records; the printed page (PDF) comes from the VaxPoint app (Ctrl+P at the desk).
#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include "certificate/certificateservice.h"
#include "checkin/person.h"
#include "cli/actorauth.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "identity/document.h"
#include "identity/masking.h"

namespace vax::cli {

namespace {
struct CertificateCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

CertificateService service(SiteContext& site)
{
    return CertificateService(site.serviceContext());
}

// --person: a person id, else the number of one of their identity documents.
Result<QString> resolvePerson(CommandContext& ctx, SiteContext& site)
{
    const QString given = opt(ctx, "person");
    if (given.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         CertificateCmdText::tr("--person: give the person's id or the number "
                                                "of their ID document."),
                         QStringLiteral("person"));
    VAX_TRY_VALUE(auto byId, PersonRepository::byId(*site.db, given));
    if (byId.has_value())
        return byId->id;
    DocumentInput in;
    in.number = given;
    auto doc = checkDocument(in, site.calendar().today());
    if (doc) {
        VAX_TRY_VALUE(auto byDoc, PersonRepository::byDocument(*site.db, doc->type, doc->matchKey));
        if (byDoc.has_value())
            return byDoc->id;
    }
    return makeError(ErrorCode::NotFound,
                     CertificateCmdText::tr("--person: nobody on record has the id or document "
                                            "number \"%1\". Look them up with \"vaxctl person "
                                            "find\".")
                         .arg(given),
                     QStringLiteral("person"));
}

QJsonObject recordJson(const CertificateRecord& r)
{
    QJsonArray doses;
    for (const CertificateDoseLine& d : r.content.doses)
        doses.append(QJsonObject{{QStringLiteral("dose_id"), d.doseId},
                                 {QStringLiteral("product"), d.productCode},
                                 {QStringLiteral("product_name"), d.productName},
                                 {QStringLiteral("dose_number"), d.doseNumber},
                                 {QStringLiteral("date"), jsonDate(d.date)},
                                 {QStringLiteral("lot"), d.lot}});
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("number"), r.number},
            {QStringLiteral("person_id"), r.personId},
            {QStringLiteral("name"), r.content.personName},
            {QStringLiteral("masked_id_number"), r.content.maskedIdNumber},
            {QStringLiteral("site_code"), r.siteCode},
            {QStringLiteral("site_name"), r.content.siteName},
            {QStringLiteral("issued_at"), jsonTime(r.issuedAt)},
            {QStringLiteral("issued_by"), r.issuedBy},
            {QStringLiteral("dose_ids"), QJsonArray::fromStringList(r.doseIds)},
            {QStringLiteral("doses"), doses},
            {QStringLiteral("person_ref"), r.personRef},
            {QStringLiteral("payload"), r.payload},
            {QStringLiteral("content_sha256"), r.contentSha256},
            {QStringLiteral("replaces"), r.replaces.isEmpty() ? QJsonValue() : r.replaces}};
}

QString recordText(const CertificateRecord& r)
{
    QString text = CertificateCmdText::tr("Certificate %1 — %2, ID %3, issued %4 at %5")
                       .arg(r.number, maskName(r.content.personName), r.content.maskedIdNumber,
                            jsonTime(r.issuedAt), r.content.siteName);
    for (const CertificateDoseLine& d : r.content.doses)
        text += QStringLiteral("\n  %1  %2 dose %3  lot %4  (%5)")
                    .arg(jsonDate(d.date), d.productName)
                    .arg(d.doseNumber)
                    .arg(d.lot, d.doseId);
    text += QStringLiteral("\n  QR: %1").arg(r.payload);
    if (!r.replaces.isEmpty())
        text += QStringLiteral("\n  ") + CertificateCmdText::tr("Reprint of %1.").arg(r.replaces);
    return text;
}

QJsonObject verificationJson(const CertificateVerification& v)
{
    QJsonObject o = recordJson(v.record);
    QJsonArray states;
    for (const CertificateDoseState& s : v.doses)
        states.append(
            QJsonObject{{QStringLiteral("dose_id"), s.doseId},
                        {QStringLiteral("status"), s.status},
                        {QStringLiteral("error_reason"),
                         s.errorReason.isEmpty() ? QJsonValue() : QJsonValue(s.errorReason)}});
    o.insert(QStringLiteral("status"), v.status());
    o.insert(QStringLiteral("valid"), v.valid);
    o.insert(QStringLiteral("dose_status"), states);
    o.insert(QStringLiteral("later_numbers"), QJsonArray::fromStringList(v.laterNumbers));
    o.insert(QStringLiteral("summary"), v.summary);
    return o;
}

int runIssue(CommandContext& ctx)
{
    if (ctx.args().isSet(QStringLiteral("pdf")))
        return ctx.out().usage(
            CertificateCmdText::tr("--pdf: vaxctl loads no GUI library and draws no pages. "
                                   "Print the certificate from the VaxPoint app (Ctrl+P at the "
                                   "desk); vaxctl records it and prints the record."));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto actor, ctx.out().fail,
                     staffOption(ctx, *site, QStringLiteral("actor"), true));
    VAX_TRY_VALUE_OR(auto personId, ctx.out().fail, resolvePerson(ctx, *site));
    CertificateService certificates = service(*site);
    VAX_TRY_VALUE_OR(auto issued, ctx.out().fail, certificates.issue(actor.id, personId));
    ctx.out().record(recordJson(issued), recordText(issued));
    return ExitOk;
}

Result<QString> numberArgument(CommandContext& ctx, bool orPayload)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.size() != 1)
        return makeError(ErrorCode::InvalidArgument,
                         orPayload ? CertificateCmdText::tr("Give one certificate number (like "
                                                            "C20261122-0042) or the text of its "
                                                            "QR code.")
                                   : CertificateCmdText::tr("Give one certificate number, like "
                                                            "C20261122-0042."),
                         QStringLiteral("number"));
    return args.first().trimmed();
}

int runShow(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto number, ctx.out().fail, numberArgument(ctx, false));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    // Shows personal data: on a production database only to an authenticated actor.
    VAX_TRY_VALUE_OR(auto reader, ctx.out().fail, authenticatedActor(ctx, *site));
    CertificateService certificates = service(*site);
    VAX_TRY_VALUE_OR(auto v, ctx.out().fail, certificates.verify(number, opt(ctx, "id-number")));
    ctx.out().record(verificationJson(v), recordText(v.record) + QStringLiteral("\n") + v.summary);
    return ExitOk;
}

// verify NUMBER [--id-number N], or verify 'VXC1/…' --id-number N (a scanned code).
int runVerify(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto text, ctx.out().fail, numberArgument(ctx, true));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    CertificateService certificates = service(*site);
    const bool payload = text.startsWith(QLatin1String("VXC"));
    VAX_TRY_VALUE_OR(auto v, ctx.out().fail,
                     payload ? certificates.verifyPayload(text, opt(ctx, "id-number"))
                             : certificates.verify(text, opt(ctx, "id-number")));
    QJsonObject o = verificationJson(v);
    o.insert(QStringLiteral("id_checked"), !opt(ctx, "id-number").isEmpty());
    ctx.out().record(o, v.summary);
    return ExitOk;
}

QCommandLineOption value(const char* name, const QString& help, const char* valueName)
{
    return {QString::fromLatin1(name), help, QString::fromLatin1(valueName)};
}

QCommandLineOption idNumberOpt()
{
    return value("id-number",
                 CertificateCmdText::tr("Number of the ID document the person shows; the "
                                        "certificate must have been issued against it"),
                 "N");
}
}  // namespace

void registerCertificateCommands(Registry& registry)
{
    registry.add(
        {words("certificate", "issue"),
         [] { return CertificateCmdText::tr("Issue a vaccination certificate"); },
         [](QCommandLineParser& p) {
             p.addOptions(
                 {value("person", CertificateCmdText::tr("Person id or ID document number"), "ID"),
                  actorOpt(),
                  {QStringLiteral("pdf"),
                   CertificateCmdText::tr("Not available here: the app prints"),
                   QStringLiteral("FILE")}});
         },
         runIssue});
    registry.add({words("certificate", "show"),
                  [] { return CertificateCmdText::tr("Show a certificate as recorded"); },
                  [](QCommandLineParser& p) {
                      p.addPositionalArgument(QStringLiteral("NUMBER"),
                                              CertificateCmdText::tr("Certificate number"));
                      p.addOptions({idNumberOpt(), actorOpt()});
                  },
                  runShow});
    registry.add(
        {words("certificate", "verify"),
         [] { return CertificateCmdText::tr("Verify a certificate by number or QR text"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(QStringLiteral("NUMBER"),
                                     CertificateCmdText::tr("Certificate number, or the text "
                                                            "of its QR code"));
             p.addOption(idNumberOpt());
         },
         runVerify});
}

}  // namespace vax::cli
