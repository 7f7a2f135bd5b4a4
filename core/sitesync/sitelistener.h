#pragma once

// The wake-up of a board PC (docs/site.md 1 and 5): a thread of its own, with an event loop and
// its own PostgreSQL connection, that LISTENs on `vaxsite_change` (vaxsite.push notifies once
// per pushed batch, at commit). A notification carries no data: it only says "pull now", and
// the caller's replicator round re-reads by its cursor, so a lost or doubled notification costs
// nothing but a round.
//
// The driver says nothing when the connection drops (the server restarted, a cable pulled), so
// the listener runs a heartbeat query every few seconds; a failed heartbeat closes the
// connection, wakes the caller (its round finds the server gone and says so), and the listener
// connects and subscribes again every few seconds until it can. Once subscribed again it wakes
// the caller, who catches up on what it missed. While LISTEN is not possible (the server away, a
// driver without notifications) it wakes the caller every `pollMs`: a polling fallback.
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include "common/result.h"
#include "site/siterepository.h"
#include "sitesync/sitelink.h"

class QThread;

namespace vax {
class SecretStore;
}  // namespace vax

namespace vax::sitesync {

class PgConnection;

struct ListenerOptions {
    int heartbeatMs = 5000;  // a query on the listening connection this often
    int retryMs = 5000;      // after a failure, the next connection attempt
    int pollMs = 10000;      // while not listening: a wake-up this often
};

// Why the listener woke its caller.
enum class WakeReason {
    Notified,    // a desk pushed a batch
    Subscribed,  // listening (again): notifications may have been missed before
    Lost,        // the connection dropped: the caller's round finds out why
    Poll,        // not listening: the polling fallback
};

class SiteListener final : public QObject {
    Q_OBJECT
public:
    // Opens the listening connection; called on the listener's thread (a connection belongs to
    // the thread that opened it), again after every failure.
    using Connector = std::function<Result<std::unique_ptr<PgConnection>>()>;
    static QString channel() { return QStringLiteral("vaxsite_change"); }

    explicit SiteListener(Connector connect, ListenerOptions options = {},
                          QObject* parent = nullptr);
    ~SiteListener() override;

    // Starts the thread; it connects at once.
    void start();
    // Closes the connection on its thread and joins it. Harmless to repeat.
    void stop();
    bool isListening() const { return m_listening.load(); }
    // How many times a subscription succeeded (1 after the first, 2 after a reconnection).
    int subscriptions() const { return m_subscriptions.load(); }

signals:
    // Delivered on the thread that owns the listener (the window's).
    void woken(vax::sitesync::WakeReason reason, const QString& payload);
    // Listening or not; `problem` says why not (empty while listening).
    void listeningChanged(bool listening, const QString& problem);

private:
    class Worker;
    friend class Worker;

    Connector m_connect;
    ListenerOptions m_options;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    std::atomic<bool> m_listening{false};
    std::atomic<int> m_subscriptions{0};
};

// The connector of a joined desk: the desk role with its password from a secret store made on
// the listener's thread (the system keychain in the application), checked as a sync round
// checks the server (connectJoinedDesk).
SiteListener::Connector joinedDeskConnector(SiteInfo site, SiteLink link,
                                            std::function<std::unique_ptr<SecretStore>()> secrets,
                                            int timeoutSeconds = 2);

}  // namespace vax::sitesync

Q_DECLARE_METATYPE(vax::sitesync::WakeReason)
