// vaxctl setting get|set: the site settings a script may read and change. Each setting keeps its
// validation in core (SiteAdminService, VialService, consent versions).
#include <QCoreApplication>

#include "checkin/consent.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "site/siteadmin.h"
#include "stock/openvial.h"

namespace vax::cli {

namespace {

struct SettingCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// Site settings vaxctl may read and change; each has its own validation in core.
const QStringList& settingKeys()
{
    static const QStringList keys{QStringLiteral("stock.session_end"),
                                  QStringLiteral("security.idle_lock_minutes"),
                                  QString::fromLatin1(kConsentVersionsKey)};
    return keys;
}

Result<QString> settingKey(CommandContext& ctx, int arguments)
{
    const QStringList args = ctx.args().positionalArguments();
    if (args.size() != arguments)
        return makeError(ErrorCode::InvalidArgument,
                         arguments == 1
                             ? SettingCmdText::tr("Give the setting: vaxctl setting get KEY")
                             : SettingCmdText::tr("Give the setting and its value: vaxctl setting "
                                                  "set KEY VALUE"),
                         QStringLiteral("KEY"));
    if (!settingKeys().contains(args.first()))
        return makeError(ErrorCode::InvalidArgument,
                         SettingCmdText::tr("KEY: \"%1\" is not a setting vaxctl can change; use "
                                            "one of: %2.")
                             .arg(args.first(), settingKeys().join(QStringLiteral(", "))),
                         QStringLiteral("KEY"));
    return args.first();
}

int runSettingGet(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto key, ctx.out().fail, settingKey(ctx, 1));
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    QString value;
    if (key == u"security.idle_lock_minutes") {
        VAX_TRY_VALUE_OR(auto minutes, ctx.out().fail,
                         SiteAdminService::idleLockMinutes(*site->db));
        value = QString::number(minutes);
    } else if (key == QLatin1String(kConsentVersionsKey)) {
        VAX_TRY_VALUE_OR(auto versions, ctx.out().fail, loadConsentVersions(*site->db));
        value = versions.join(u',');
    } else {
        VAX_TRY_VALUE_OR(auto end, ctx.out().fail, VialService::sessionEnd(*site->db));
        value = end.toString(QStringLiteral("HH:mm"));
    }
    ctx.out().record({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, value);
    return ExitOk;
}

int runSettingSet(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto key, ctx.out().fail, settingKey(ctx, 2));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    const QString given = ctx.args().positionalArguments().at(1);
    QString value;
    if (key == u"security.idle_lock_minutes") {
        bool ok = false;
        const int minutes = given.toInt(&ok);
        const Status set = SiteAdminService::setIdleLockMinutes(s.services(), ok ? minutes : -1);
        if (!set)
            return ctx.out().fail(set.error());
        value = QString::number(minutes);
    } else if (key == QLatin1String(kConsentVersionsKey)) {
        const Status set = SiteAdminService::setConsentVersions(s.services(), given.split(u','));
        if (!set)
            return ctx.out().fail(set.error());
        VAX_TRY_VALUE_OR(auto versions, ctx.out().fail, loadConsentVersions(s.db()));
        value = versions.join(u',');
    } else {
        VAX_TRY_VALUE_OR(auto end, ctx.out().fail, VialService::setSessionEnd(s.services(), given));
        value = end.toString(QStringLiteral("HH:mm"));
    }
    ctx.out().record({{QStringLiteral("key"), key}, {QStringLiteral("value"), value}},
                     SettingCmdText::tr("%1 is now %2.").arg(key, value));
    return ExitOk;
}
}  // namespace

void registerSettingCommands(Registry& registry)
{
    registry.add(
        {words("setting", "get"), [] { return SettingCmdText::tr("Show a site setting"); },
         [](QCommandLineParser& p) {
             p.addPositionalArgument(
                 QStringLiteral("KEY"),
                 SettingCmdText::tr("Setting key: stock.session_end, security.idle_lock_minutes or "
                                    "checkin.consent_versions"));
         },
         runSettingGet});
    registry.add(
        {words("setting", "set"), [] { return SettingCmdText::tr("Change a site setting"); },
         [](QCommandLineParser& p) {
             p.addOption(actorOpt());
             p.addPositionalArgument(
                 QStringLiteral("KEY"),
                 SettingCmdText::tr("Setting key: stock.session_end, security.idle_lock_minutes or "
                                    "checkin.consent_versions"));
             p.addPositionalArgument(
                 QStringLiteral("VALUE"),
                 SettingCmdText::tr("HH:MM (24-hour); minutes; the site's consent form versions, "
                                    "comma-separated"));
         },
         runSettingSet});
}

}  // namespace vax::cli
