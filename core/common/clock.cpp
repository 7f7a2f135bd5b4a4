#include "common/clock.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace vax {

namespace {
struct ClockText {
    Q_DECLARE_TR_FUNCTIONS(Clock)
};
}  // namespace

SystemClock::SystemClock()
{
    m_timer.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return m_timer.elapsed();
}

FakeClock::FakeClock(QDateTime start) : m_now(start.toUTC()) {}

void FakeClock::advance(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    m_monotonicMs += ms;
}

void FakeClock::jumpWall(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
}

ShiftedClock::ShiftedClock(QDateTime start) : m_start(start.toUTC())
{
    m_timer.start();
}

QDateTime ShiftedClock::nowUtc() const
{
    return m_start.addMSecs(m_timer.elapsed());
}

qint64 ShiftedClock::monotonicMs() const
{
    return m_timer.elapsed();
}

Result<QDateTime> parseIsoDateTime(const QString& text, const QString& field, const QTimeZone& zone)
{
    QDateTime parsed = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!parsed.isValid()) {
        return makeError(ErrorCode::InvalidArgument,
                         ClockText::tr("%1: \"%2\" is not a date and time. Write it as "
                                       "YYYY-MM-DDThh:mm:ss, optionally with an offset such as "
                                       "+08:00.")
                             .arg(field, text),
                         field);
    }
    if (parsed.timeSpec() == Qt::LocalTime)  // no offset given: wall-clock time in `zone`
        parsed = QDateTime(parsed.date(), parsed.time(), zone);
    return parsed.toUTC();
}

Result<std::shared_ptr<Clock>> clockForDatabase(bool trainingDatabase, const QTimeZone& siteZone)
{
    const QByteArray fake = qgetenv(kFakeNowEnv);
    if (fake.isEmpty())
        return std::shared_ptr<Clock>(std::make_shared<SystemClock>());
    if (!trainingDatabase) {
        return makeError(ErrorCode::FakeClockRefused,
                         ClockText::tr("VAXPOINT_FAKE_NOW is set, but this is a production "
                                       "database: records must carry the real time. Unset "
                                       "VAXPOINT_FAKE_NOW, or use a training database."),
                         QStringLiteral("VAXPOINT_FAKE_NOW"));
    }
    auto start =
        parseIsoDateTime(QString::fromUtf8(fake), QStringLiteral("VAXPOINT_FAKE_NOW"), siteZone);
    if (!start.ok()) {
        Error e = start.error();
        e.code = ErrorCode::FakeClockInvalid;
        return e;
    }
    return std::shared_ptr<Clock>(std::make_shared<ShiftedClock>(*start));
}

}  // namespace vax
