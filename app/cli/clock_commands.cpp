// vaxctl clock status|acknowledge|tolerance: the PC's clock against the latest time written.
#include <QCoreApplication>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/session.h"
#include "site/clockservice.h"

namespace vax::cli {

namespace {
struct ClockCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// ISO 8601 with the site's offset; empty for an invalid time.
QString isoIn(const QDateTime& t, const QTimeZone& zone)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toTimeZone(zone);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

int runClockStatus(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto site, ctx.out().fail, ctx.site());
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, ClockService::status(site->serviceContext()));
    const QJsonObject obj{{QStringLiteral("latest_written"), isoIn(s.latestWritten, s.zone)},
                          {QStringLiteral("now"), isoIn(s.now, s.zone)},
                          {QStringLiteral("behind_seconds"), s.behindMs / 1000},
                          {QStringLiteral("tolerance_minutes"), s.toleranceMinutes},
                          {QStringLiteral("writes_refused"), s.refused},
                          {QStringLiteral("time_zone"), QString::fromUtf8(s.zone.id())}};
    const QString none = ClockCmdText::tr("nothing written yet");
    QString text =
        ClockCmdText::tr("Latest time written: %1\nThe PC's clock now:  %2\n")
            .arg(s.latestWritten.isValid() ? ClockGuard::showTime(s.latestWritten, s.zone) : none,
                 ClockGuard::showTime(s.now, s.zone));
    if (s.behindMs > 0)
        text += ClockCmdText::tr(
                    "The clock is %1 behind the latest time written (tolerance %2 "
                    "min).\n")
                    .arg(ClockGuard::showDuration(s.behindMs))
                    .arg(s.toleranceMinutes);
    text += s.refused ? ClockCmdText::tr(
                            "Writes are REFUSED: set the PC's clock right (date, time and "
                            "time zone), or have a site administrator run \"vaxctl clock "
                            "acknowledge --reason TEXT --actor ADMIN\".")
                      : ClockCmdText::tr("Writes are accepted.");
    ctx.out().record(obj, text);
    return ExitOk;
}

int runClockAcknowledge(CommandContext& ctx)
{
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    VAX_TRY_VALUE_OR(
        auto ack, ctx.out().fail,
        ClockService::acknowledge(s.services(), ctx.args().value(QStringLiteral("reason"))));
    const QTimeZone zone = siteZone(s.db());
    ctx.out().record(
        {{QStringLiteral("acknowledged"), true},
         {QStringLiteral("previous_latest_written"), isoIn(ack.previousMark, zone)},
         {QStringLiteral("latest_written"), isoIn(ack.newMark, zone)},
         {QStringLiteral("actor"), s.actor.username}},
        ClockCmdText::tr("Clock correction acknowledged by %1: the latest time written was %2, "
                         "it is now %3. Writes at the PC's time are accepted again.")
            .arg(s.actor.username,
                 ack.previousMark.isValid() ? ClockGuard::showTime(ack.previousMark, zone)
                                            : ClockCmdText::tr("nothing written yet"),
                 ClockGuard::showTime(ack.newMark, zone)));
    return ExitOk;
}

int runClockTolerance(CommandContext& ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    bool ok = false;
    const int minutes = args.size() == 1 ? args.first().toInt(&ok) : 0;
    if (!ok)
        return ctx.out().usage(
            ClockCmdText::tr("Give the minutes: vaxctl clock tolerance "
                             "MINUTES --actor ADMIN"));
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    const Status set = ClockService::setToleranceMinutes(s.services(), minutes);
    if (!set)
        return ctx.out().fail(set.error());
    ctx.out().record({{QStringLiteral("tolerance_minutes"), minutes}},
                     ClockCmdText::tr("Clock tolerance is now %1 minutes.").arg(minutes));
    return ExitOk;
}
}  // namespace

void registerClockCommands(Registry& registry)
{
    registry.add({words("clock", "status"),
                  [] {
                      return ClockCmdText::tr(
                          "The PC's clock against the latest time written; whether writes are "
                          "refused");
                  },
                  nullptr, runClockStatus});
    registry.add({words("clock", "acknowledge"),
                  [] {
                      return ClockCmdText::tr(
                          "Site admin: accept a deliberate correction of the PC's clock");
                  },
                  [](QCommandLineParser& p) {
                      p.addOptions({actorOpt(),
                                    {QStringLiteral("reason"),
                                     ClockCmdText::tr("Why the clock was corrected (required)"),
                                     QStringLiteral("TEXT")}});
                  },
                  runClockAcknowledge});
    registry.add({words("clock", "tolerance"),
                  [] {
                      return ClockCmdText::tr(
                          "Site admin: minutes a write may be stamped before the latest one");
                  },
                  [](QCommandLineParser& p) {
                      p.addOption(actorOpt());
                      p.addPositionalArgument(QStringLiteral("MINUTES"),
                                              ClockCmdText::tr("1 to 1440 (default 5)"));
                  },
                  runClockTolerance});
}

}  // namespace vax::cli
