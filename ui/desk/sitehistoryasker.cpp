#include "desk/sitehistoryasker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include "security/secretstore.h"
#include "sitesync/sitelink.h"
#include "storage/database.h"

namespace vax::ui {

SiteHistoryAsker::SiteHistoryAsker(SiteContext& site, QObject* parent)
    : QObject(parent), m_site(site)
{
    // One thread that never expires: the connection it opened stays with it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

SiteHistoryAsker::~SiteHistoryAsker()
{
    m_pool.waitForDone();
    // The connection and the keychain close on the thread that opened them (it never expires).
    if (m_db || m_keychain)
        QtConcurrent::run(&m_pool, [this] {
            m_db.reset();
            m_keychain.reset();
        }).waitForFinished();
}

bool SiteHistoryAsker::joined() const
{
    auto link = sitesync::SiteJoinService::link(*m_site.db);
    return link && link->has_value();
}

void SiteHistoryAsker::refresh(const QString& personId, Done done)
{
    std::shared_ptr<Clock> clock = m_site.clock;
    run<sitesync::HistoryFetch>(
        [clock, personId](Database& db, SecretStore& secrets) {
            return sitesync::SiteHistoryService::refresh(db, *clock, secrets, personId);
        },
        std::move(done));
}

void SiteHistoryAsker::findPersons(const sitesync::PersonQuery& query, Done done)
{
    std::shared_ptr<Clock> clock = m_site.clock;
    run<sitesync::HistoryFetch>(
        [clock, query](Database& db, SecretStore& secrets) {
            return sitesync::SiteHistoryService::findPersons(db, *clock, secrets, query);
        },
        std::move(done));
}

void SiteHistoryAsker::callNext(const QString& desk, const QString& staffId, CallDone done)
{
    std::shared_ptr<Clock> clock = m_site.clock;
    run<sitesync::SiteCall>(
        [clock, desk, staffId](Database& db, SecretStore& secrets) {
            return sitesync::SiteQueueService::callNext({db, *clock}, secrets, desk, staffId);
        },
        std::move(done));
}

template <typename T>
void SiteHistoryAsker::run(std::function<Result<T>(Database&, SecretStore&)> job,
                           std::function<void(const Result<T>&)> done)
{
    auto* watcher = new QFutureWatcher<Result<T>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    const QString path = m_site.db->path();
    std::shared_ptr<SecretStore> given = m_secrets;
    watcher->setFuture(
        QtConcurrent::run(&m_pool, [this, path, given, job = std::move(job)]() -> Result<T> {
            if (!m_db) {
                OpenOptions options;
                options.path = path;
                VAX_TRY_VALUE(m_db, Database::open(options));
            }
            SecretStore* secrets = given.get();
            if (!secrets) {
                if (!m_keychain)
                    m_keychain = std::make_unique<KeychainSecretStore>();
                secrets = m_keychain.get();
            }
            return job(*m_db, *secrets);
        }));
}

}  // namespace vax::ui
