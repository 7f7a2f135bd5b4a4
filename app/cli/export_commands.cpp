// vaxctl dayclose, export, export seal-to, verify, key show-public, key init [--district]: the
// day's end and the signed (optionally sealed) bundle to the district (DESIGN.md §5). vaxctl loads
// no GUI library, so its bundles carry no report.pdf (the manifest says so); the day-close page of
// the GUI adds it.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>
#include <QTimeZone>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/exportkey.h"
#include "cli/secretinput.h"
#include "cli/session.h"
#include "dayclose/dayclose.h"
#include "exchange/bundle.h"
#include "exchange/exporter.h"
#include "exchange/sealing.h"
#include "exchange/sealsetting.h"
#include "exchange/signing.h"
#include "exchange/signingkey.h"
#include "storage/durablefile.h"

namespace vax::cli {
namespace {

struct ExportCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// The text of a small key file named by option `option`; an error naming the option when it
// cannot be read.
Result<QString> keyFileText(CommandContext& ctx, const QString& option, const QString& what)
{
    const QString path = ctx.args().value(option);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::InvalidArgument,
            ExportCmdText::tr("--%1: give the file holding %2 (%3).")
                .arg(option, what,
                     path.isEmpty() ? ExportCmdText::tr("none given") : f.errorString()),
            option);
    return QString::fromUtf8(f.read(64 * 1024));
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
    const QString reopen = ctx.args().value(QStringLiteral("reopen"));
    if (!reopen.isEmpty()) {
        VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
        const QDate day = QDate::fromString(reopen, Qt::ISODate);
        if (Status st = DayCloseService::reopen(s.services(), day); !st)
            return ctx.out().fail(st.error());
        ctx.out().record(QJsonObject{{QStringLiteral("day"), day.toString(Qt::ISODate)},
                                     {QStringLiteral("reopened"), true}},
                         ExportCmdText::tr("Day %1 reopened.").arg(day.toString(Qt::ISODate)));
        return ExitOk;
    }
    const QString date = ctx.args().value(QStringLiteral("date"));
    if (!date.isEmpty()) {
        // A past (or today's) summary: read only.
        const QDate day = QDate::fromString(date, Qt::ISODate);
        VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
        VAX_TRY_VALUE_OR(auto s, ctx.out().fail, DayCloseService::summary(*site->db, day));
        QString text;
        const QJsonObject json = summaryText(s, &text);
        ctx.out().record(json, text);
        return ExitOk;
    }
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(auto closed, ctx.out().fail, DayCloseService::close(s.services()));
    QString text;
    QJsonObject json = summaryText(closed.summary, &text);
    json.insert(QStringLiteral("vials_closed"), closed.vialsClosed);
    json.insert(QStringLiteral("doses_wasted_at_close"), closed.dosesWasted);
    ctx.out().record(json, ExportCmdText::tr("Day closed: %1 vials closed, %2 doses left in them "
                                             "wasted.\n")
                                   .arg(closed.vialsClosed)
                                   .arg(closed.dosesWasted) +
                               text);
    return ExitOk;
}

int runExport(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    const QString outDir = ctx.args().value(QStringLiteral("out"));
    if (outDir.isEmpty())
        return ctx.out().fail(makeError(
            ErrorCode::InvalidArgument,
            ExportCmdText::tr("--out: give the folder to write the bundle into, e.g. --out "
                              "/media/usb."),
            QStringLiteral("out")));
    QByteArray sealTo;
    if (ctx.args().isSet(QStringLiteral("seal-to"))) {
        VAX_TRY_VALUE_OR(auto text, ctx.out().fail,
                         keyFileText(ctx, QStringLiteral("seal-to"),
                                     ExportCmdText::tr("the district's public key, "
                                                       "district.pub")));
        VAX_TRY_VALUE_OR(auto parsed, ctx.out().fail, sealing::parsePublicKey(text));
        sealTo = parsed;
    }
    // The security page shows where the key is and its fingerprint.
    VAX_TRY_VALUE_OR(auto key, ctx.out().fail, exportKey(ctx, s));
    Exporter exporter(s.db(), s.clock());
    ExportRequest request{outDir, s.actor.id, key.secretKey, {}, {}};
    request.sealTo = sealTo;
    VAX_TRY_VALUE_OR(auto receipt, ctx.out().fail, exporter.run(request));
    const ExportBatch& b = receipt.batch;
    const QString sealedNote =
        b.sealed() ? ExportCmdText::tr(" Sealed for the district: only its key opens it.")
                   : QString();
    ctx.out().record(
        {{QStringLiteral("path"), b.path},
         {QStringLiteral("file"), b.fileName},
         {QStringLiteral("seq"), b.seq},
         {QStringLiteral("sha256"), b.sha256},
         {QStringLiteral("previous_sha256"), b.previousSha256},
         {QStringLiteral("bytes"), b.bytes},
         {QStringLiteral("records"), receipt.records},
         {QStringLiteral("zero_report"), receipt.records == 0},
         {QStringLiteral("counts"), b.counts},
         {QStringLiteral("sealed"), b.sealed()},
         {QStringLiteral("public_key"), signing::publicKeyText(key.publicKey)}},
        (receipt.records == 0
             ? ExportCmdText::tr("Nothing changed since the last export: zero report %1 written "
                                 "(%2).")
                   .arg(b.fileName, b.path)
             : ExportCmdText::tr("Export %1 written: %2 records (%3 immunizations, %4 patients), "
                                 "SHA-256 %5.")
                   .arg(b.path)
                   .arg(receipt.records)
                   .arg(b.counts.value(QStringLiteral("immunizations")).toInt())
                   .arg(b.counts.value(QStringLiteral("patients")).toInt())
                   .arg(b.sha256)) +
            sealedNote);
    return ExitOk;
}

int runSealTo(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    const bool clear = ctx.args().isSet(QStringLiteral("clear"));
    QString keyText;
    if (!clear) {
        VAX_TRY_VALUE_OR(auto text, ctx.out().fail,
                         keyFileText(ctx, QStringLiteral("public-key"),
                                     ExportCmdText::tr("the district's public key, "
                                                       "district.pub; or pass --clear")));
        keyText = text;
    }
    const Status set = sealsetting::set(s.db(), s.clock(), s.actor.id, keyText);
    if (!set)
        return ctx.out().fail(set.error());
    VAX_TRY_VALUE_OR(auto key, ctx.out().fail, sealsetting::publicKey(s.db()));
    const QString shown = key.isEmpty() ? QString() : sealing::publicKeyText(key);
    ctx.out().record({{QStringLiteral("seal_to_public_key"), shown}},
                     shown.isEmpty()
                         ? ExportCmdText::tr("Exports are no longer sealed: they are signed .zip "
                                             "files anyone holding them can read.")
                         : ExportCmdText::tr("Every export (vaxctl and the Day close page) is now "
                                             "sealed to the district key %1.")
                               .arg(shown));
    return ExitOk;
}

int runExportList(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    Exporter exporter(*site->db, *site->clock);
    VAX_TRY_VALUE_OR(auto pending, ctx.out().fail, exporter.pendingRecords());
    VAX_TRY_VALUE_OR(auto history, ctx.out().fail, exporter.history());
    ctx.out().record({{QStringLiteral("pending_records"), pending}},
                     ExportCmdText::tr("Not yet exported: %1 records.").arg(pending));
    for (const ExportBatch& b : history)
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
    VAX_TRY_VALUE_OR(auto publicKey, ctx.out().fail,
                     signing::parsePublicKey(QString::fromUtf8(keyFile.read(64 * 1024))));
    std::optional<sealing::DistrictKeys> district;
    if (ctx.args().isSet(QStringLiteral("district-key"))) {
        VAX_TRY_VALUE_OR(auto text, ctx.out().fail,
                         keyFileText(ctx, QStringLiteral("district-key"),
                                     ExportCmdText::tr("the district's secret key, "
                                                       "district.key")));
        VAX_TRY_VALUE_OR(auto keys, ctx.out().fail, sealing::parseSecretKey(text));
        district = keys;
    }
    std::optional<QString> previous;
    const QString previousPath = ctx.args().value(QStringLiteral("previous"));
    if (!previousPath.isEmpty()) {
        VAX_TRY_VALUE_OR(auto sha, ctx.out().fail,
                         bundle::bundleSha256(previousPath, district ? &*district : nullptr));
        previous = sha;
    }
    VAX_TRY_VALUE_OR(auto verified, ctx.out().fail,
                     district ? bundle::verifySealed(args.first(), publicKey, *district, previous)
                              : bundle::verify(args.first(), publicKey, previous));
    QJsonObject records;
    for (auto it = verified.records.begin(); it != verified.records.end(); ++it)
        records.insert(it.key(), it.value());
    const QJsonObject& m = verified.manifest;
    ctx.out().record(
        {{QStringLiteral("valid"), true},
         {QStringLiteral("sha256"), verified.sha256},
         {QStringLiteral("seq"), m.value(QStringLiteral("seq"))},
         {QStringLiteral("site"), m.value(QStringLiteral("site"))},
         {QStringLiteral("previous_sha256"), m.value(QStringLiteral("previous_sha256"))},
         {QStringLiteral("chain_checked"), previous.has_value()},
         {QStringLiteral("sealed"), verified.sealed},
         {QStringLiteral("zero_report"), m.value(QStringLiteral("zero_report"))},
         {QStringLiteral("records"), records}},
        ExportCmdText::tr("Valid: signature, every file's SHA-256 and record count%1. Bundle "
                          "%2 of site %3, SHA-256 %4.")
            .arg((verified.sealed ? ExportCmdText::tr(" (unsealed with the district key)")
                                  : QString()) +
                 (previous ? ExportCmdText::tr(", and the chain to the previous bundle")
                           : QString()))
            .arg(m.value(QStringLiteral("seq")).toInt())
            .arg(
                m.value(QStringLiteral("site")).toObject().value(QStringLiteral("code")).toString(),
                verified.sha256));
    return ExitOk;
}

int runShowPublic(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto key, ctx.out().fail, signingKey(ctx, *site->db, true));
    const QString text = signing::publicKeyText(key.publicKey);
    ctx.out().record({{QStringLiteral("public_key"), text}}, text);
    return ExitOk;
}

// The district's key pair for sealed bundles: district.key (secret, 0600, stays with the
// district) and district.pub (for the sites' export seal-to). Needs no site database.
int runDistrictKeyInit(CommandContext& ctx)
{
    const QString dir = ctx.args().value(QStringLiteral("out"));
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        return ctx.out().fail(
            makeError(ErrorCode::InvalidArgument,
                      ExportCmdText::tr("--out: give an existing folder for district.key and "
                                        "district.pub (%1 is not one).")
                          .arg(dir),
                      QStringLiteral("out")));
    const sealing::DistrictKeys keys = sealing::generate();
    const QString keyPath = QDir(dir).absoluteFilePath(QStringLiteral("district.key"));
    const QString pubPath = QDir(dir).absoluteFilePath(QStringLiteral("district.pub"));
    const QString publicText = sealing::publicKeyText(keys.publicKey);
    if (QFileInfo::exists(keyPath) || QFileInfo::exists(pubPath))
        return ctx.out().fail(makeError(
            ErrorCode::AlreadyExists,
            ExportCmdText::tr("%1 already holds a district key: replacing it would make every "
                              "bundle sealed to it unreadable. Move district.key and "
                              "district.pub away first, or choose another folder.")
                .arg(QDir::toNativeSeparators(dir)),
            QStringLiteral("out")));
    const Status secret = durable::writeFile(
        keyPath, sealing::secretKeyText(keys.secretKey).toLatin1() + '\n', QStringLiteral("out"));
    if (!secret)
        return ctx.out().fail(secret.error());
    const Status pub =
        durable::writeFile(pubPath, publicText.toLatin1() + '\n', QStringLiteral("out"));
    if (!pub) {
        QFile::remove(keyPath);
        return ctx.out().fail(pub.error());
    }
    ctx.out().record(
        {{QStringLiteral("public_key"), publicText},
         {QStringLiteral("secret_key_file"), keyPath},
         {QStringLiteral("public_key_file"), pubPath}},
        ExportCmdText::tr("District key pair written. Keep %1 at the district (its "
                          "loss makes sealed bundles unreadable; its theft lets "
                          "others read them). Give %2 to the sites: vaxctl export "
                          "seal-to --public-key district.pub.")
            .arg(QDir::toNativeSeparators(keyPath), QDir::toNativeSeparators(pubPath)));
    return ExitOk;
}

int runKeyInit(CommandContext& ctx)
{
    if (ctx.args().isSet(QStringLiteral("district")))
        return runDistrictKeyInit(ctx);
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    const QString pass = passphrase(ctx);
    if (pass.isEmpty())
        return ctx.out().fail(makeError(
            ErrorCode::InvalidArgument,
            ExportCmdText::tr("Passphrase: pass --passphrase-stdin and type it, or set %1.")
                .arg(QString::fromLatin1(signingkey::kPassphraseEnv)),
            QStringLiteral("passphrase-stdin")));
    VAX_TRY_VALUE_OR(
        auto pair, ctx.out().fail,
        signingkey::initFile(s.db(), s.clock(), ctx.args().value(QStringLiteral("file")), pass,
                             s.actor.id));
    const QString text = signing::publicKeyText(pair.publicKey);
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
                 "Close the day (close open vials, build the summary), show a day's summary, or "
                 "reopen a closed day");
         },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("date"),
                          ExportCmdText::tr("Only show the summary of this day "
                                            "(YYYY-MM-DD)"),
                          QStringLiteral("D")});
             p.addOption({QStringLiteral("reopen"),
                          ExportCmdText::tr("Reopen this closed day (YYYY-MM-DD; site "
                                            "administrator, until its bundle is exported)"),
                          QStringLiteral("D")});
             p.addOption(actorOpt());
         },
         runDayClose});
    registry.add(
        {{QStringLiteral("export")},
         [] { return ExportCmdText::tr("Write the signed bundle of everything not yet exported"); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("out"), ExportCmdText::tr("Folder to write the .zip into"),
                          QStringLiteral("DIR")});
             p.addOption({QStringLiteral("seal-to"),
                          ExportCmdText::tr("Seal the bundle to the district's public key in "
                                            "FILE (district.pub): a .zip.sealed only the "
                                            "district opens"),
                          QStringLiteral("FILE")});
             p.addOption(actorOpt());
             p.addOption(passphraseOpt());
         },
         runExport});
    registry.add(
        {{QStringLiteral("export"), QStringLiteral("seal-to")},
         [] {
             return ExportCmdText::tr(
                 "Seal every export of this site to the district's public key (site "
                 "setting)");
         },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("public-key"),
                          ExportCmdText::tr("The district's public key file "
                                            "(district.pub)"),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("clear"), ExportCmdText::tr("Stop sealing exports")});
             p.addOption(actorOpt());
         },
         runSealTo});
    registry.add({{QStringLiteral("export"), QStringLiteral("list")},
                  [] { return ExportCmdText::tr("Past exports and records not yet exported"); },
                  [](QCommandLineParser&) {},
                  runExportList});
    registry.add({{QStringLiteral("verify")},
                  [] {
                      return ExportCmdText::tr(
                          "Check a bundle: signature, every hash, record counts, chain (a "
                          "sealed one with --district-key)");
                  },
                  [](QCommandLineParser& p) {
                      p.addPositionalArgument(QStringLiteral("BUNDLE"),
                                              ExportCmdText::tr("The .zip (or .zip.sealed) to "
                                                                "check"));
                      p.addOption({QStringLiteral("public-key"),
                                   ExportCmdText::tr("File with the site's public key"),
                                   QStringLiteral("FILE")});
                      p.addOption({QStringLiteral("previous"),
                                   ExportCmdText::tr("The site's previous bundle, to check the "
                                                     "chain"),
                                   QStringLiteral("BUNDLE")});
                      p.addOption({QStringLiteral("district-key"),
                                   ExportCmdText::tr("The district's secret key file "
                                                     "(district.key), to open a sealed bundle"),
                                   QStringLiteral("FILE")});
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
                          "Keep the signing key in a passphrase key file (no keychain), or with "
                          "--district make the district's sealing key pair");
                  },
                  [](QCommandLineParser& p) {
                      p.addOption({QStringLiteral("file"),
                                   ExportCmdText::tr("The key file (created when missing)"),
                                   QStringLiteral("PATH")});
                      p.addOption({QStringLiteral("district"),
                                   ExportCmdText::tr("Make the district's key pair for sealed "
                                                     "bundles (district.key, district.pub) in "
                                                     "--out DIR")});
                      p.addOption({QStringLiteral("out"),
                                   ExportCmdText::tr("Folder for district.key and district.pub"),
                                   QStringLiteral("DIR")});
                      p.addOption(passphraseOpt());
                      p.addOption(actorOpt());
                  },
                  runKeyInit});
}

}  // namespace vax::cli
