#include "sitesync/sitequeue.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <memory>
#include <vector>

#include "checkin/visitrepository.h"
#include "common/clock.h"
#include "sitesync/briefconnect.h"
#include "sitesync/pgconnection.h"
#include "sitesync/replicator.h"
#include "sitesync/rowapply.h"
#include "sitesync/sitelink.h"
#include "storage/transaction.h"

namespace vax::sitesync {

namespace {
struct QueueText {
    Q_DECLARE_TR_FUNCTIONS(SiteQueue)
};

// Visits claimed at the server and found called here already (this desk called them offline)
// before the call gives up on the site's queue.
constexpr int kAttempts = 10;
// The pull that brings a claimed visit: short transactions, as the window's replicator.
constexpr int kPullBatch = 100;

Status noteContact(Database& db, const QDateTime& now, bool reachable)
{
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(db));
    VAX_TRY(recordServerContact(db, now, reachable));
    return tx.commit();
}

class SiteCaller {
public:
    SiteCaller(const ServiceContext& ctx, QueueService& queue, const SiteLink& link,
               PgConnection& c, const QString& desk, const QString& staffId)
        : m_ctx(ctx),
          m_queue(queue),
          m_link(link),
          m_c(c),
          m_desk(desk),
          m_staff(staffId),
          m_day(queue.today().toString(Qt::ISODate))
    {
    }

    Result<SiteCall> call()
    {
        SiteCall out;
        out.joined = true;
        out.source = QueueSource::Site;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            VAX_TRY_VALUE(QSqlQuery q,
                          m_c.exec(QStringLiteral("SELECT row_id FROM vaxsite.call_next(?, ?)"),
                                   {m_link.desk, m_day}));
            if (!q.next()) {
                VAX_TRY_VALUE(out.called, callOwnNotPushed());
                return out;
            }
            const QString visitId = q.value(0).toString();
            VAX_TRY_VALUE(bool here, holds(visitId));
            if (!here) {
                VAX_TRY_VALUE(
                    const PullReport pull,
                    SiteSyncService::pull(m_ctx.db, m_ctx.clock, m_c, m_link, kPullBatch));
                out.pulled += pull.rows;
                VAX_TRY_VALUE(here, holds(visitId));
            }
            if (!here) {
                VAX_TRY(release(visitId));
                return makeError(ErrorCode::SiteServerError,
                                 QueueText::tr("The site's next visit could not be brought to "
                                               "this desk (not pulled yet)."),
                                 QStringLiteral("server"));
            }
            VAX_TRY_VALUE(out.called, callHere(visitId));
            if (out.called)
                return out;
            // Called here already (offline, before its push): the claim stays, the next one.
        }
        return makeError(ErrorCode::SiteServerError,
                         QueueText::tr("The site's queue kept giving visits this desk has "
                                       "called already; it has not pulled them yet."),
                         QStringLiteral("server"));
    }

private:
    Result<bool> holds(const QString& visitId)
    {
        VAX_TRY_VALUE(auto v, VisitRepository::byId(m_ctx.db, visitId));
        return v.has_value();
    }

    // The local call of a claimed visit. A call that fails here (this desk's database) gives the
    // claim back, so that the visit is not hidden from the other desks.
    Result<std::optional<CalledVisit>> callHere(const QString& visitId)
    {
        auto called = m_queue.call(visitId, m_desk, m_staff);
        if (!called)
            (void)release(visitId);  // the error that matters is the call's
        return called;
    }

    Status release(const QString& visitId)
    {
        VAX_TRY(
            m_c.exec(QStringLiteral("SELECT vaxsite.release_call(?, ?)"), {m_link.desk, visitId}));
        return {};
    }

    // The server has no unclaimed waiting visit: this desk's waiting visits it does not know
    // yet (checked in since the last push), each claimed by id so that no other desk calls it
    // once it is pushed. A visit another desk holds is skipped: it was called there.
    Result<std::optional<CalledVisit>> callOwnNotPushed()
    {
        VAX_TRY_VALUE(std::vector<QueueEntry> day,
                      VisitRepository::queueOn(m_ctx.db, m_queue.today()));
        std::erase_if(day, [](const QueueEntry& e) {
            return e.state != visitStateText(VisitState::Waiting);
        });
        std::stable_sort(day.begin(), day.end(), [](const QueueEntry& a, const QueueEntry& b) {
            return (a.lane == QStringLiteral("priority")) > (b.lane == QStringLiteral("priority"));
        });
        for (const QueueEntry& e : day) {
            VAX_TRY_VALUE(QSqlQuery q,
                          m_c.exec(QStringLiteral("SELECT vaxsite.claim_visit(?, ?, ?)"),
                                   {m_link.desk, e.visitId, m_day}));
            if (!q.next() || !q.value(0).toBool())
                continue;
            VAX_TRY_VALUE(auto called, callHere(e.visitId));
            if (called)
                return called;
        }
        return std::optional<CalledVisit>();
    }

    const ServiceContext& m_ctx;
    QueueService& m_queue;
    const SiteLink& m_link;
    PgConnection& m_c;
    QString m_desk;
    QString m_staff;
    QString m_day;
};
}  // namespace

QString queueSourceName(QueueSource source)
{
    return source == QueueSource::Site ? QStringLiteral("site") : QStringLiteral("desk");
}

QString SiteCall::note() const
{
    if (source == QueueSource::Site)
        return QueueText::tr("site queue");
    if (!joined)
        return QueueText::tr("this desk's queue");
    if (problem && problem->code == ErrorCode::SiteUnreachable)
        return QueueText::tr("this desk's queue: server unreachable");
    return QueueText::tr("this desk's queue: the site's queue could not be used");
}

Result<SiteCall> SiteQueueService::callNext(const ServiceContext& ctx, SecretStore& secrets,
                                            const QString& desk, const QString& staffId,
                                            const SiteQueueOptions& options)
{
    QueueService queue(ctx);
    VAX_TRY(queue.checkCaller(desk, staffId));
    VAX_TRY_VALUE(const std::optional<SiteLink> link, SiteJoinService::link(ctx.db));
    SiteCall out;
    out.joined = link.has_value();
    if (link) {
        auto c = connectBriefly(ctx.db, secrets, *link, options.timeoutMs,
                                QueueText::tr("The site server %1 did not answer within %2 ms "
                                              "(%3): this desk calls from its own queue."));
        Result<SiteCall> site = c ? SiteCaller(ctx, queue, *link, **c, desk, staffId).call()
                                  : Result<SiteCall>(c.error());
        if (site) {
            VAX_TRY(noteContact(ctx.db, ctx.clock.nowUtc(), true));
            return site;
        }
        if (isDatabaseFailure(site.error()) || site.error().code == ErrorCode::PermissionDenied)
            return site.error();
        // A server that answered and refused, or could not give the visit, was reached.
        VAX_TRY(noteContact(ctx.db, ctx.clock.nowUtc(),
                            site.error().code != ErrorCode::SiteUnreachable));
        out.problem = site.error();
    }
    VAX_TRY_VALUE(out.called, queue.callNext(desk, staffId));
    return out;
}

}  // namespace vax::sitesync
