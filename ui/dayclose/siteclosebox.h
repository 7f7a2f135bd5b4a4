#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

#include "common/result.h"
#include "dayclose/dayexport.h"
#include "site/sitecontext.h"
#include "sitesync/sitedayclose.h"
#include "sitesync/sitereplicator.h"

class QInputDialog;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace vax::ui {

// The day-close page's part on a joined desk (docs/site.md 3.7): "Site day close", the desks that
// have not pushed up to the close (desk, last contact, records waiting), asked of the server on
// a worker thread with its own connection, and Force the close…, which asks the reason. The
// page's Export then makes the site day close (job()): one bundle for the whole site.
class SiteCloseBox final : public QWidget {
    Q_OBJECT
public:
    SiteCloseBox(SiteContext& site, std::function<QString()> actorId, QWidget* parent = nullptr);
    ~SiteCloseBox() override;

    // The keychain holding the desk's server password (the system keychain by default).
    void setSecrets(SecretStoreFactory secrets) { m_secrets = std::move(secrets); }
    // Shown only on a joined desk; true when joined.
    bool refresh();
    bool joined() const { return m_joined; }
    // Syncs and asks the server which desks have not pushed (on a worker thread).
    void check();
    bool checking() const { return m_check.isRunning(); }
    // Asks the reason, then emits forceRequested() with it (a site administrator's act: the core
    // checks the permission).
    void askForce();
    // The reason dialog while it is shown, else null.
    QInputDialog* reasonDialog() const;
    // The site close as the page's export job; it reads the force and the reason given last.
    DayExport::ExportJob job();
    // After the page's export finished: the desks as the close saw them, and its outcome.
    void exportFinished(bool ok);
    QStandardItemModel* notPushedModel() const { return m_model; }
    QString statusText() const;
    void retranslate();

signals:
    void forceRequested();
    void checked();

private:
    struct Shared;
    void showState(const sitesync::SiteCloseState& state);
    void checkFinished();

    SiteContext& m_site;
    std::function<QString()> m_actorId;
    SecretStoreFactory m_secrets;
    std::shared_ptr<Shared> m_shared;
    bool m_joined = false;
    QFutureWatcher<Result<sitesync::SiteCloseState>> m_check;
    QPointer<QInputDialog> m_reason;

    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_force = nullptr;
};

}  // namespace vax::ui
