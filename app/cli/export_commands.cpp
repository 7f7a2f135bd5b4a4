// vaxctl dayclose, export, verify, key show-public, key init: the day's end and the signed
// bundle to the district (DESIGN.md §5). vaxctl loads no GUI library, so its bundles carry no
// report.pdf (the manifest says so); the day-close page of the GUI adds it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/secretinput.h"
#include "cli/stocksupport.h"
#include "dayclose/dayclose.h"
#include "exchange/bundle.h"
#include "exchange/exporter.h"
#include "exchange/signing.h"
#include "exchange/signingkey.h"

namespace vax::cli {
namespace {

using stock::session;

struct ExportCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// The key file's passphrase: a line of standard input with --passphrase-stdin (after the
// actor's password, cli/secretinput.h), else $VAXPOINT_KEY_PASSPHRASE (may be empty: the
// keychain needs none).
QString passphrase(CommandContext& ctx)
{
    return readSecret(ctx.args().isSet(QStringLiteral("passphrase-stdin")),
                      signingkey::kPassphraseEnv);
}

QCommandLineOption passphraseOpt()
{
    return {QStringLiteral("passphrase-stdin"),
            ExportCmdText::tr("Read the key file's passphrase from standard input (or set "
                              "VAXPOINT_KEY_PASSPHRASE)")};
}

Result<signing::KeyPair> signingKey(CommandContext& ctx, Database& db, bool create)
{
    auto store = signingkey::openStore(db, passphrase(ctx));
    if (!store)
        return store.error();
    return signingkey::load(**store, create);
}

QJsonObject summaryText(const DaySummary& s, QString* text)
{
    *text = ExportCmdText::tr(
                "%1 %2: %3 doses given, %4 corrected, %5 check-ins, %6 deferred; "
                "AEFI %7 (%8 serious); %9 doses wasted; %10 lots not counted.")
                .arg(s.day.toString(Qt::ISODate), s.siteCode)
                .arg(s.dosesGiven)
                .arg(s.dosesCorrected)
                .arg(s.checkIns)
                .arg(s.deferrals)
                .arg(s.aefiTotal)
                .arg(s.aefiSerious)
                .arg(s.wasted())
                .arg(s.uncountedLots());
    return toJson(s);
}

int runDayClose(CommandContext& ctx)
{
    const QString date = ctx.args().value(QStringLiteral("date"));
    if (!date.isEmpty()) {
        // A past (or today's) summary: read only.
        const QDate day = QDate::fromString(date, Qt::ISODate);
        auto site = ctx.site();
        if (!site)
            return ctx.out().fail(site.error());
        auto s = DayCloseService::summary(*(*site)->db, day);
        if (!s)
            return ctx.out().fail(s.error());
        QString text;
        const QJsonObject json = summaryText(*s, &text);
        ctx.out().record(json, text);
        return ExitOk;
    }
    VAX_CLI_TRY(s, session(ctx));
    auto closed = DayCloseService::close(s->db(), s->clock(), s->actor.id);
    if (!closed)
        return ctx.out().fail(closed.error());
    QString text;
    QJsonObject json = summaryText(closed->summary, &text);
    json.insert(QStringLiteral("vials_closed"), closed->vialsClosed);
    json.insert(QStringLiteral("doses_wasted_at_close"), closed->dosesWasted);
    ctx.out().record(json, ExportCmdText::tr("Day closed: %1 vials closed, %2 doses left in them "
                                             "wasted.\n")
                                   .arg(closed->vialsClosed)
                                   .arg(closed->dosesWasted) +
                               text);
    return ExitOk;
}

int runExport(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    const QString outDir = ctx.args().value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return ctx.out().fail(makeError(
            ErrorCode::InvalidArgument,
            ExportCmdText::tr("--out: give the folder to write the bundle into, e.g. --out "
                              "/media/usb."),
            QStringLiteral("out")));
    VAX_CLI_TRY(key, signingKey(ctx, s->db(), true));
    Exporter exporter(s->db(), s->clock());
    auto receipt = exporter.run({outDir, s->actor.id, key->secretKey, {}, {}});
    if (!receipt)
        return ctx.out().fail(receipt.error());
    const ExportBatch& b = receipt->batch;
    ctx.out().record(
        {{QStringLiteral("path"), b.path},
         {QStringLiteral("file"), b.fileName},
         {QStringLiteral("seq"), b.seq},
         {QStringLiteral("sha256"), b.sha256},
         {QStringLiteral("previous_sha256"), b.previousSha256},
         {QStringLiteral("bytes"), b.bytes},
         {QStringLiteral("records"), receipt->records},
         {QStringLiteral("zero_report"), receipt->records == 0},
         {QStringLiteral("counts"), b.counts},
         {QStringLiteral("public_key"), signing::publicKeyText(key->publicKey)}},
        receipt->records == 0
            ? ExportCmdText::tr("Nothing changed since the last export: zero report %1 written "
                                "(%2).")
                  .arg(b.fileName, b.path)
            : ExportCmdText::tr("Export %1 written: %2 records (%3 immunizations, %4 patients), "
                                "SHA-256 %5.")
                  .arg(b.path)
                  .arg(receipt->records)
                  .arg(b.counts.value(QStringLiteral("immunizations")).toInt())
                  .arg(b.counts.value(QStringLiteral("patients")).toInt())
                  .arg(b.sha256));
    return ExitOk;
}

int runExportList(CommandContext& ctx)
{
    auto site = ctx.site();
    if (!site)
        return ctx.out().fail(site.error());
    Exporter exporter(*(*site)->db, *(*site)->clock);
    auto pending = exporter.pendingRecords();
    if (!pending)
        return ctx.out().fail(pending.error());
    auto history = exporter.history();
    if (!history)
        return ctx.out().fail(history.error());
    ctx.out().record({{QStringLiteral("pending_records"), *pending}},
                     ExportCmdText::tr("Not yet exported: %1 records.").arg(*pending));
    for (const ExportBatch& b : *history)
        ctx.out().record({{QStringLiteral("seq"), b.seq},
                          {QStringLiteral("file"), b.fileName},
                          {QStringLiteral("created_at"), jsonTime(b.createdAt)},
                          {QStringLiteral("records"), b.counts.value(QStringLiteral("records"))},
                          {QStringLiteral("sha256"), b.sha256},
                          {QStringLiteral("path"), b.path}},
                         QStringLiteral("%1  %2  %3  %4")
                             .arg(b.seq, 4)
                             .arg(jsonTime(b.createdAt), b.fileName)
                             .arg(b.counts.value(QStringLiteral("records")).toInt()));
    return ExitOk;
}

int runVerify(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.isEmpty())
        return ctx.out().usage(
            ExportCmdText::tr("Give the bundle to verify: vaxctl verify "
                              "BUNDLE --public-key FILE"));
    const QString keyPath = ctx.args().value(QStringLiteral("public-key"));
    QFile keyFile(keyPath);
    if (keyPath.isEmpty() || !keyFile.open(QIODevice::ReadOnly))
        return ctx.out().fail(
            makeError(ErrorCode::InvalidArgument,
                      ExportCmdText::tr("--public-key: give the file holding what \"vaxctl key "
                                        "show-public\" printed at the site."),
                      QStringLiteral("public-key")));
    auto publicKey = signing::parsePublicKey(QString::fromUtf8(keyFile.readAll()));
    if (!publicKey)
        return ctx.out().fail(publicKey.error());
    std::optional<QString> previous;
    const QString previousPath = ctx.args().value(QStringLiteral("previous"));
    if (!previousPath.isEmpty()) {
        auto sha = bundle::fileSha256(previousPath);
        if (!sha)
            return ctx.out().fail(sha.error());
        previous = *sha;
    }
    auto verified = bundle::verify(args.first(), *publicKey, previous);
    if (!verified)
        return ctx.out().fail(verified.error());
    QJsonObject records;
    for (auto it = verified->records.begin(); it != verified->records.end(); ++it)
        records.insert(it.key(), it.value());
    const QJsonObject& m = verified->manifest;
    ctx.out().record(
        {{QStringLiteral("valid"), true},
         {QStringLiteral("sha256"), verified->sha256},
         {QStringLiteral("seq"), m.value(QStringLiteral("seq"))},
         {QStringLiteral("site"), m.value(QStringLiteral("site"))},
         {QStringLiteral("previous_sha256"), m.value(QStringLiteral("previous_sha256"))},
         {QStringLiteral("chain_checked"), previous.has_value()},
         {QStringLiteral("zero_report"), m.value(QStringLiteral("zero_report"))},
         {QStringLiteral("records"), records}},
        ExportCmdText::tr("Valid: signature, every file's SHA-256 and record count%1. Bundle "
                          "%2 of site %3, SHA-256 %4.")
            .arg(previous ? ExportCmdText::tr(", and the chain to the previous bundle") : QString())
            .arg(m.value(QStringLiteral("seq")).toInt())
            .arg(
                m.value(QStringLiteral("site")).toObject().value(QStringLiteral("code")).toString(),
                verified->sha256));
    return ExitOk;
}

int runShowPublic(CommandContext& ctx)
{
    auto site = ctx.site();
    if (!site)
        return ctx.out().fail(site.error());
    VAX_CLI_TRY(key, signingKey(ctx, *(*site)->db, true));
    const QString text = signing::publicKeyText(key->publicKey);
    ctx.out().record({{QStringLiteral("public_key"), text}}, text);
    return ExitOk;
}

int runKeyInit(CommandContext& ctx)
{
    VAX_CLI_TRY(s, session(ctx));
    const QString pass = passphrase(ctx);
    if (pass.isEmpty())
        return ctx.out().fail(makeError(
            ErrorCode::InvalidArgument,
            ExportCmdText::tr("Passphrase: pass --passphrase-stdin and type it, or set %1.")
                .arg(QString::fromLatin1(signingkey::kPassphraseEnv)),
            QStringLiteral("passphrase-stdin")));
    auto pair = signingkey::initFile(s->db(), s->clock(), ctx.args().value(QStringLiteral("file")),
                                     pass, s->actor.id);
    if (!pair)
        return ctx.out().fail(pair.error());
    const QString text = signing::publicKeyText(pair->publicKey);
    ctx.out().record({{QStringLiteral("public_key"), text},
                      {QStringLiteral("store"), QStringLiteral("file")},
                      {QStringLiteral("file"),
                       QFileInfo(ctx.args().value(QStringLiteral("file"))).absoluteFilePath()}},
                     ExportCmdText::tr("The signing key is in the key file; its public key "
                                       "(send it to the district):\n%1")
                         .arg(text));
    return ExitOk;
}

}  // namespace

void registerExportCommands(Registry& registry)
{
    registry.add(
        {{QStringLiteral("dayclose")},
         [] {
             return ExportCmdText::tr(
                 "Close the day (close open vials, build the summary), or show a day's summary");
         },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("date"),
                          ExportCmdText::tr("Only show the summary of this day "
                                            "(YYYY-MM-DD)"),
                          QStringLiteral("D")});
             p.addOption(stock::actorOpt());
         },
         runDayClose});
    registry.add(
        {{QStringLiteral("export")},
         [] { return ExportCmdText::tr("Write the signed bundle of everything not yet exported"); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("out"), ExportCmdText::tr("Folder to write the .zip into"),
                          QStringLiteral("DIR")});
             p.addOption(stock::actorOpt());
             p.addOption(passphraseOpt());
         },
         runExport});
    registry.add({{QStringLiteral("export"), QStringLiteral("list")},
                  [] { return ExportCmdText::tr("Past exports and records not yet exported"); },
                  [](QCommandLineParser&) {},
                  runExportList});
    registry.add({{QStringLiteral("verify")},
                  [] {
                      return ExportCmdText::tr(
                          "Check a bundle: signature, every hash, record counts, chain");
                  },
                  [](QCommandLineParser& p) {
                      p.addPositionalArgument(QStringLiteral("BUNDLE"),
                                              ExportCmdText::tr("The .zip to check"));
                      p.addOption({QStringLiteral("public-key"),
                                   ExportCmdText::tr("File with the site's public key"),
                                   QStringLiteral("FILE")});
                      p.addOption({QStringLiteral("previous"),
                                   ExportCmdText::tr("The site's previous bundle, to check the "
                                                     "chain"),
                                   QStringLiteral("BUNDLE")});
                  },
                  runVerify});
    registry.add({{QStringLiteral("key"), QStringLiteral("show-public")},
                  [] {
                      return ExportCmdText::tr(
                          "Print the export signing public key (created on first use)");
                  },
                  [](QCommandLineParser& p) { p.addOption(passphraseOpt()); },
                  runShowPublic});
    registry.add({{QStringLiteral("key"), QStringLiteral("init")},
                  [] {
                      return ExportCmdText::tr(
                          "Keep the signing key in a passphrase key file (no keychain)");
                  },
                  [](QCommandLineParser& p) {
                      p.addOption({QStringLiteral("file"),
                                   ExportCmdText::tr("The key file (created when missing)"),
                                   QStringLiteral("PATH")});
                      p.addOption(passphraseOpt());
                      p.addOption(stock::actorOpt());
                  },
                  runKeyInit});
}

}  // namespace vax::cli
