#include "sitesync/sitelistener.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

#include "security/secretstore.h"
#include "sitesync/pgconnection.h"

namespace vax::sitesync {

// Lives on the listener's thread: the connection, its driver's notifications and the timers are
// made, used and destroyed there.
class SiteListener::Worker final : public QObject {
public:
    explicit Worker(SiteListener* owner) : m_owner(owner), m_options(owner->m_options) {}

    void begin()
    {
        m_heartbeat = timer(m_options.heartbeatMs, false, [this] { heartbeat(); });
        m_retry = timer(m_options.retryMs, true, [this] { connectAndListen(); });
        m_poll = timer(m_options.pollMs, false, [this] { wake(WakeReason::Poll); });
        connectAndListen();
    }

    // Closes the connection on this thread (before the thread ends).
    void end()
    {
        m_heartbeat->stop();
        m_retry->stop();
        m_poll->stop();
        m_connection.reset();
        m_owner->m_listening = false;
    }

private:
    template <typename F>
    QTimer* timer(int ms, bool singleShot, F f)
    {
        auto* t = new QTimer(this);
        t->setInterval(ms);
        t->setSingleShot(singleShot);
        connect(t, &QTimer::timeout, this, f);
        return t;
    }

    void wake(WakeReason reason, const QString& payload = {})
    {
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, reason, payload] { emit owner->woken(reason, payload); });
    }

    void setListening(bool listening, const QString& problem)
    {
        const bool was = m_owner->m_listening.exchange(listening);
        if (was == listening && problem == m_problem)
            return;
        m_problem = problem;
        QMetaObject::invokeMethod(m_owner, [owner = m_owner, listening, problem] {
            emit owner->listeningChanged(listening, problem);
        });
    }

    void connectAndListen()
    {
        if (QThread::currentThread()->isInterruptionRequested())
            return;
        auto c = m_owner->m_connect();
        if (!c) {
            notListening(c.error().message);
            return;
        }
        QSqlDriver* driver = (*c)->driver();
        if (!driver->hasFeature(QSqlDriver::EventNotifications) ||
            !driver->subscribeToNotification(SiteListener::channel())) {
            // The server answers but will not LISTEN: poll, and try LISTEN again later.
            notListening(driver->lastError().text());
            return;
        }
        connect(
            driver, &QSqlDriver::notification, this,
            [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                if (name == SiteListener::channel())
                    wake(WakeReason::Notified, payload.toString());
            });
        m_connection = std::move(*c);
        m_poll->stop();
        m_heartbeat->start();
        ++m_owner->m_subscriptions;
        setListening(true, {});
        wake(WakeReason::Subscribed);  // what happened while nobody listened
    }

    void heartbeat()
    {
        if (!m_connection)
            return;
        auto q = m_connection->exec(QStringLiteral("SELECT 1"));
        if (q && q->next())
            return;
        // The connection is gone: the caller's round says why; listen again later.
        m_connection.reset();
        m_heartbeat->stop();
        wake(WakeReason::Lost);
        notListening(q ? QString() : q.error().message);
    }

    void notListening(const QString& problem)
    {
        m_connection.reset();
        setListening(false, problem);
        if (!m_poll->isActive())
            m_poll->start();
        m_retry->start();
    }

    SiteListener* m_owner;
    ListenerOptions m_options;
    std::unique_ptr<PgConnection> m_connection;
    QTimer* m_heartbeat = nullptr;
    QTimer* m_retry = nullptr;
    QTimer* m_poll = nullptr;
    QString m_problem;
};

SiteListener::SiteListener(Connector connect, ListenerOptions options, QObject* parent)
    : QObject(parent), m_connect(std::move(connect)), m_options(options)
{
    qRegisterMetaType<WakeReason>();
}

SiteListener::~SiteListener()
{
    stop();
}

void SiteListener::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vax-site-listener"));
    auto* worker = new Worker(this);
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, [worker] { worker->begin(); });
    // The connection closes on the thread that opened it, before the loop ends.
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread->start(QThread::LowPriority);
}

void SiteListener::stop()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker] {
            w->end();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

SiteListener::Connector joinedDeskConnector(SiteInfo site, SiteLink link,
                                            std::function<std::unique_ptr<SecretStore>()> secrets,
                                            int timeoutSeconds)
{
    return [site = std::move(site), link = std::move(link), secrets = std::move(secrets),
            timeoutSeconds]() -> Result<std::unique_ptr<PgConnection>> {
        const std::unique_ptr<SecretStore> store = secrets();
        return connectJoinedDesk(site, *store, link, timeoutSeconds);
    };
}

}  // namespace vax::sitesync
