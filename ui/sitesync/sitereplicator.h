#pragma once

// The GUI's replicator (docs/site.md 1 and 5): when the desk's database is joined to a site
// server, a worker thread pushes this desk's records and pulls the other desks' every few
// seconds and on demand. The worker owns its own SQLite connection to the desk's file (a
// connection belongs to the thread that opened it) and its own keychain access; each round
// opens its own PostgreSQL connection (SiteSyncService::sync). The window's thread never waits
// for the network or for a pull: it only receives each round's outcome. A failed round is
// reported and the next one tries again. The destructor stops the worker and joins its thread.
#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

#include "common/result.h"
#include "sitesync/sitelink.h"

class QThread;

namespace vax {
class Clock;
class Database;
class SecretStore;
}  // namespace vax

namespace vax::ui {

// Makes the secret store a round reads the desk's server password from, on the worker's thread
// (the system keychain in the application; an in-memory store in tests).
using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;
// The system keychain (KeychainSecretStore).
SecretStoreFactory systemKeychain();
// A connection of the calling (worker) thread's own to the window's database file, which the
// window's connection has already checked and migrated.
Result<std::unique_ptr<Database>> openWorkerConnection(const QString& path);

// What one round did, and the desk's site state after it, as the status bar shows it.
struct SiteRound {
    int number = 0;                // rounds finished since the replicator started
    sitesync::SiteStatus status;   // SiteStatusService::local after the round
    std::optional<Error> problem;  // why the round failed (the next round tries again)
    qint64 pushed = 0;             // rows pushed by this round
    qint64 pulled = 0;             // rows pulled by this round
};

class SiteReplicator final : public QObject {
    Q_OBJECT
public:
    struct Options {
        int intervalMs = 5000;  // pause between the end of one round and the next
        // Rows per pulled batch: each batch is one SQLite write transaction, so a small batch
        // keeps the write lock short and a nurse's save never waits noticeably behind a pull
        // (docs/site.md 5). Pushes read in batches of the same size.
        int batchSize = 100;
        int timeoutSeconds = 2;  // PostgreSQL connect timeout
    };

    // `integrity`: the window's quick_check of the file; the worker opens its connection and
    // writes only once it has passed.
    SiteReplicator(QString dbPath, std::shared_ptr<Clock> clock, QFuture<Status> integrity,
                   SecretStoreFactory secrets, Options options, QObject* parent = nullptr);
    ~SiteReplicator() override;

    // Starts the worker thread; its first round runs at once.
    void start();
    // A round as soon as the one running (if any) has finished (after a join, a "sync now").
    void syncNow();
    // Stops the worker: a round that is running finishes first (at most the connect timeout
    // and the round's own work); then the thread is joined. Harmless to repeat.
    void stop();
    bool isRunning() const;
    // The last round's outcome, if one has finished.
    const std::optional<SiteRound>& lastRound() const { return m_last; }

signals:
    void roundFinished(const vax::ui::SiteRound& round);

private:
    class Worker;
    void deliver(const SiteRound& round);

    QString m_path;
    std::shared_ptr<Clock> m_clock;
    QFuture<Status> m_integrity;
    SecretStoreFactory m_secrets;
    Options m_options;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    std::optional<SiteRound> m_last;
};

}  // namespace vax::ui

Q_DECLARE_METATYPE(vax::ui::SiteRound)
