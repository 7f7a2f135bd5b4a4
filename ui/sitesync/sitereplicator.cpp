#include "sitesync/sitereplicator.h"

#include <QThread>
#include <QTimer>

#include "common/clock.h"
#include "security/secretstore.h"
#include "sitesync/replicator.h"
#include "storage/database.h"

namespace vax::ui {

SecretStoreFactory systemKeychain()
{
    return [] { return std::make_unique<KeychainSecretStore>(); };
}

Result<std::unique_ptr<Database>> openWorkerConnection(const QString& path)
{
    OpenOptions options;
    options.path = path;
    options.migrate = false;  // the window's connection migrated it
    return Database::open(options);
}

// Lives on the replicator's thread: everything it owns (the SQLite connection, the secret
// store, the timer) is made, used and destroyed there.
class SiteReplicator::Worker final : public QObject {
public:
    Worker(SiteReplicator* owner, QString path, std::shared_ptr<Clock> clock,
           QFuture<Status> integrity, SecretStoreFactory secrets, Options options)
        : m_owner(owner),
          m_path(std::move(path)),
          m_clock(std::move(clock)),
          m_integrity(std::move(integrity)),
          m_makeSecrets(std::move(secrets)),
          m_options(options)
    {
    }

    void begin()
    {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &Worker::round);
        round();
    }

    // Runs a round now, or right after the running one (the keychain waits in a local event
    // loop, where a timer or a request may arrive: rounds never nest).
    void round()
    {
        if (m_busy) {
            m_again = true;
            return;
        }
        m_busy = true;
        do {
            m_again = false;
            m_timer->stop();
            SiteRound r = once();
            QMetaObject::invokeMethod(m_owner, [owner = m_owner, r] { owner->deliver(r); });
        } while (m_again && !QThread::currentThread()->isInterruptionRequested());
        m_busy = false;
        if (!QThread::currentThread()->isInterruptionRequested())
            m_timer->start(m_options.intervalMs);
    }

private:
    // Opens this thread's connection once the window's quick_check has passed. While it runs
    // (seconds to minutes on a campaign's file) the round is skipped rather than waited for, so
    // closing the window never waits for the check.
    Status ensureOpen()
    {
        if (m_db || !m_integrity.isFinished())
            return {};
        VAX_TRY(m_integrity.result());
        VAX_TRY_VALUE(m_db, openWorkerConnection(m_path));
        return {};
    }

    SiteRound once()
    {
        SiteRound r;
        r.number = ++m_rounds;
        const Status opened = ensureOpen();
        if (!opened) {
            r.problem = opened.error();
            return r;
        }
        if (!m_db)
            return r;  // the file's check is still running
        auto link = sitesync::SiteJoinService::link(*m_db);
        if (!link) {
            r.problem = link.error();
            return r;
        }
        if (!*link)
            return r;  // working alone: nothing to do, nothing to show
        if (!m_secrets)
            m_secrets = m_makeSecrets();
        sitesync::SyncOptions options;
        options.batchSize = m_options.batchSize;
        options.timeoutSeconds = m_options.timeoutSeconds;
        auto report = sitesync::SiteSyncService::sync(*m_db, *m_clock, *m_secrets, options);
        Status outcome;
        if (report) {
            r.pushed = report->push.rows;
            r.pulled = report->pull.rows;
        } else {
            r.problem = report.error();
            outcome = report.error();
        }
        // Best effort: a refused write (a full disk, the clock set back) must not stop the
        // rounds; the next round records again.
        (void)sitesync::SiteStatusService::recordRound(*m_db, m_clock->nowUtc(), outcome);
        auto state = sitesync::SiteStatusService::local(*m_db, m_clock->nowUtc());
        if (state)
            r.status = *state;
        else if (!r.problem)
            r.problem = state.error();
        return r;
    }

    SiteReplicator* m_owner;
    QString m_path;
    std::shared_ptr<Clock> m_clock;
    QFuture<Status> m_integrity;
    SecretStoreFactory m_makeSecrets;
    Options m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    QTimer* m_timer = nullptr;
    int m_rounds = 0;
    bool m_busy = false;
    bool m_again = false;
};

SiteReplicator::SiteReplicator(QString dbPath, std::shared_ptr<Clock> clock,
                               QFuture<Status> integrity, SecretStoreFactory secrets,
                               Options options, QObject* parent)
    : QObject(parent),
      m_path(std::move(dbPath)),
      m_clock(std::move(clock)),
      m_integrity(std::move(integrity)),
      m_secrets(secrets ? std::move(secrets) : systemKeychain()),
      m_options(options)
{
    qRegisterMetaType<SiteRound>();
}

SiteReplicator::~SiteReplicator()
{
    stop();
}

void SiteReplicator::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vax-site-replicator"));
    m_worker = new Worker(this, m_path, m_clock, m_integrity, m_secrets, m_options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, [w = m_worker] { w->begin(); });
    // Destroyed on its own thread once the loop has ended: the connection closes where it was
    // opened.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

void SiteReplicator::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->round(); });
}

void SiteReplicator::stop()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;  // deleted on its thread after the loop ended
}

bool SiteReplicator::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SiteReplicator::deliver(const SiteRound& round)
{
    m_last = round;
    emit roundFinished(round);
}

}  // namespace vax::ui
