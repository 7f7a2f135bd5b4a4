#pragma once

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

#include "site/sitecontext.h"
#include "sitesync/sitehistory.h"
#include "sitesync/sitequeue.h"

namespace vax {
class SecretStore;
}

namespace vax::ui {

// Asks the site server off the GUI thread (docs/site.md 5, "Site history at the desk"): a
// person's history before the checklist, the people matching a check-in, "call next". One worker
// thread with its own database connection, opened on the first ask and kept (a quick_check per ask
// would cost seconds on a large file), so asks run one after the other. The nurse never waits: the
// screen carries on with this desk's records and takes the answer when it comes.
class SiteHistoryAsker final : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const Result<sitesync::HistoryFetch>&)>;

    explicit SiteHistoryAsker(SiteContext& site, QObject* parent = nullptr);
    ~SiteHistoryAsker() override;

    // The system keychain by default (opened on the worker thread); tests give their own store.
    void setSecrets(std::shared_ptr<SecretStore> secrets) { m_secrets = std::move(secrets); }
    // Whether this desk joined a site server: a desk that did not asks nobody.
    bool joined() const;

    // `done` runs on the GUI thread with the answer, never after this object is gone.
    void refresh(const QString& personId, Done done);
    void findPersons(const sitesync::PersonQuery& query, Done done);
    // "Call next" at `desk` through the site's queue (docs/site.md 6): the server's claim and,
    // when needed, the pull run here; the call is written by this thread's connection.
    using CallDone = std::function<void(const Result<sitesync::SiteCall>&)>;
    void callNext(const QString& desk, const QString& staffId, CallDone done);

private:
    template <typename T>
    void run(std::function<Result<T>(Database&, SecretStore&)> job,
             std::function<void(const Result<T>&)> done);

    SiteContext& m_site;
    std::shared_ptr<SecretStore> m_secrets;
    QThreadPool m_pool;
    // Touched on the worker thread only.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_keychain;
};

}  // namespace vax::ui
