#include "storage/clockguard.h"

#include <QCoreApplication>
#include <QStringList>

#include "common/clock.h"
#include "common/sitecalendar.h"
#include "site/site.h"
#include "storage/database.h"
#include "storage/meta.h"

namespace vax {

namespace {
struct ClockGuardText {
    Q_DECLARE_TR_FUNCTIONS(ClockGuard)
};

const QString kLatestKey = QStringLiteral("clock.latest_write");
const QString kToleranceKey = QStringLiteral("clock.tolerance_minutes");
const QString kAcknowledge = QStringLiteral("clock.acknowledge");

// Signing in and out records who was there, not a clinical fact; the acknowledgement moves the
// mark itself.
const QStringList& exemptActions()
{
    static const QStringList actions{QStringLiteral("login"),
                                     QStringLiteral("login.failed"),
                                     QStringLiteral("unlock"),
                                     QStringLiteral("unlock.failed"),
                                     QStringLiteral("lock"),
                                     QStringLiteral("logout"),
                                     kAcknowledge};
    return actions;
}

QString stamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.toUTC();
}

// The audit rows' times, in order, with the latest so far: finds the rows that run backwards.
class TimeLine {
public:
    TimeLine(int toleranceMinutes, int limit)
        : m_toleranceSecs(60LL * toleranceMinutes), m_limit(limit)
    {
    }

    void feed(qint64 id, const QString& atText, const QString& action)
    {
        const bool acknowledgement = action == kAcknowledge;
        if (!acknowledgement && !ClockGuard::appliesTo(action))
            return;
        const QDateTime at = parseStamp(atText);
        if (!at.isValid())
            return;
        if (acknowledgement || !m_latest.isValid() || at >= m_latest) {
            m_latest = at;
            m_latestId = id;
            return;
        }
        if (at >= m_latest.addSecs(-m_toleranceSecs))
            return;
        ++m_count;
        if (static_cast<int>(m_steps.size()) < m_limit)
            m_steps.push_back({id, action, at, m_latestId, m_latest});
    }

    std::vector<AuditTimeStep> steps() const { return m_steps; }
    qint64 count() const { return m_count; }

private:
    qint64 m_toleranceSecs;
    int m_limit;
    QDateTime m_latest;
    qint64 m_latestId = 0;
    qint64 m_count = 0;
    std::vector<AuditTimeStep> m_steps;
};

Error wentBack(Database& db, const QDateTime& at, const QDateTime& latest)
{
    const QTimeZone zone = siteZone(db);
    return makeError(
        ErrorCode::ClockWentBack,
        ClockGuardText::tr("The PC's clock is behind: it says %1, but this database already holds "
                           "a record written at %2, %3 later. Nothing was saved. Set the PC's "
                           "clock right (date, time and time zone), or ask the site "
                           "administrator to acknowledge a deliberate correction of the clock.")
            .arg(ClockGuard::showTime(at, zone), ClockGuard::showTime(latest, zone),
                 ClockGuard::showDuration(at.msecsTo(latest))),
        QStringLiteral("clock"));
}
}  // namespace

bool ClockGuard::appliesTo(const QString& action)
{
    return !exemptActions().contains(action);
}

Result<QDateTime> ClockGuard::latestWritten(Database& db)
{
    VAX_TRY_VALUE(auto mark, readMeta(db, kLatestKey));
    if (!mark.isEmpty())
        return parseStamp(mark);
    // A database written before the mark existed: its last audit row under the rule.
    QStringList marks;
    QVariantList args;
    for (const QString& a : exemptActions()) {
        marks << QStringLiteral("?");
        args << a;
    }
    VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT at FROM audit WHERE action NOT IN (%1) "
                                                 "ORDER BY id DESC LIMIT 1")
                                      .arg(marks.join(QLatin1Char(','))),
                                  args));
    return q.next() ? parseStamp(q.value(0).toString()) : QDateTime();
}

Result<int> ClockGuard::toleranceMinutes(Database& db)
{
    VAX_TRY_VALUE(auto text, readMeta(db, kToleranceKey));
    bool ok = false;
    const int minutes = text.toInt(&ok);
    if (!ok || minutes < kMinClockToleranceMinutes || minutes > kMaxClockToleranceMinutes)
        return kDefaultClockToleranceMinutes;
    return minutes;
}

Status ClockGuard::admit(Database& db, const QDateTime& at)
{
    const QDateTime t = at.toUTC();
    VAX_TRY_VALUE(auto latest, latestWritten(db));
    if (latest.isValid()) {
        VAX_TRY_VALUE(auto tolerance, toleranceMinutes(db));
        if (t < latest.addSecs(-60LL * tolerance))
            return wentBack(db, t, latest);
        if (t <= latest)
            return {};
    }
    return writeMeta(db, kLatestKey, stamp(t));
}

Status ClockGuard::resetMark(Database& db, const QDateTime& at)
{
    return writeMeta(db, kLatestKey, stamp(at));
}

Result<ClockState> ClockGuard::state(Database& db, const Clock& clock)
{
    ClockState s;
    s.now = clock.nowUtc();
    VAX_TRY_VALUE(auto latest, latestWritten(db));
    VAX_TRY_VALUE(auto tolerance, toleranceMinutes(db));
    s.latestWritten = latest;
    s.toleranceMinutes = tolerance;
    s.zone = siteZone(db);
    if (s.latestWritten.isValid() && s.now < s.latestWritten) {
        s.behindMs = s.now.msecsTo(s.latestWritten);
        s.refused = s.now < s.latestWritten.addSecs(-60LL * s.toleranceMinutes);
    }
    return s;
}

Result<std::vector<AuditTimeStep>> ClockGuard::backwardSteps(Database& db, int limit, qint64* count)
{
    VAX_TRY_VALUE(auto tolerance, toleranceMinutes(db));
    VAX_TRY_VALUE(auto rows,
                  db.exec(QStringLiteral("SELECT id, at, action FROM audit ORDER BY id")));
    TimeLine line(tolerance, limit);
    while (rows.next())
        line.feed(rows.value(0).toLongLong(), rows.value(1).toString(), rows.value(2).toString());
    if (count)
        *count = line.count();
    return line.steps();
}

QString ClockGuard::showTime(const QDateTime& t, const QTimeZone& zone)
{
    const QDateTime local = t.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int magnitude = offset < 0 ? -offset : offset;
    return ClockGuardText::tr("%1 (UTC%2%3:%4)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
        .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
        .arg((magnitude % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString ClockGuard::showDuration(qint64 ms)
{
    const qint64 secs = (ms < 0 ? -ms : ms) / 1000;
    const qint64 days = secs / 86400;
    const qint64 hours = (secs % 86400) / 3600;
    const qint64 minutes = (secs % 3600) / 60;
    if (days > 0)
        return ClockGuardText::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return ClockGuardText::tr("%1 h %2 min").arg(hours).arg(minutes);
    return ClockGuardText::tr("%1 min %2 s").arg(minutes).arg(secs % 60);
}

}  // namespace vax
