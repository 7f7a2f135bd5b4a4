#pragma once

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

#include "dayclose/dayclose.h"
#include "dayclose/dayexport.h"
#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace vax::ui {

class DayCloseConfirmDialog;
class DaySummaryView;
class KeyFileDialog;
class SiteCloseBox;

// Day close: the day's summary with two charts (doses per hour; by age group and sex), the stock
// reconciliation, "not yet exported: N records", Close day, Export (on a worker thread with its
// own connection, with a progress bar: DayExport), the past exports and Print report.
class DayClosePage final : public WorkspacePage {
    Q_OBJECT
public:
    DayClosePage(SiteContext& site, CurrentUser currentUser, QWidget* parent = nullptr);
    QString title() const override;
    void refresh();

    // Where the bundle goes and the key file's passphrase: dialogs by default; tests set them.
    using FolderProvider = DayExport::FolderProvider;
    using PassphraseProvider = DayExport::PassphraseProvider;
    void setFolderProvider(FolderProvider provider);
    void setPassphraseProvider(PassphraseProvider p);
    // The keychain and how long to wait for it (the system keychain, signingkey::
    // kGuiKeychainTimeoutMs by default); tests put in a keychain that never answers.
    void setKeychain(std::unique_ptr<AsyncSecretStore> keychain, int timeoutMs);
    // On a joined desk (docs/site.md 3.7): the site day close — the desks that have not pushed,
    // Force the close…, and Export making the site's one bundle of the day.
    SiteCloseBox* siteClose() const { return m_siteClose; }

    // Shows what is still open and asks for the day to be typed; closes only when confirmed.
    void closeDay();
    // A site administrator undoes the close of today until its bundle is exported.
    void reopenDay();
    // The "Close the day?" confirmation while it is shown, else null.
    DayCloseConfirmDialog* confirmation() const;
    void startExport();
    bool exporting() const;
    // Waiting for the system keyring (the export's signing key) — the page shows it, with Cancel.
    bool waitingForKeyring() const;
    void cancelKeyringWait();
    // Offers the passphrase key file (the same core step as "vaxctl key init"); the export
    // waiting for a key then goes on with it.
    void createKeyFile();
    // The "Create a signing key file" dialog while it is shown, else null.
    KeyFileDialog* keyFileDialog() const;
    const DaySummary& summary() const { return m_summary; }
    QString message() const;

signals:
    void exportFinished(bool ok);
    // The day was closed or reopened (the main window's status shows it).
    void dayStateChanged();
    // The signing key was set up or moved (the security page shows where it is).
    void signingKeyChanged();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void printReport();
    void closeConfirmed();
    void showSummary();
    void showMessage(const QString& text, bool error);
    QString actorId() const;

    SiteContext& m_site;
    CurrentUser m_currentUser;
    DaySummary m_summary;
    DayExport* m_export = nullptr;
    SiteCloseBox* m_siteClose = nullptr;

    DaySummaryView* m_summaryView = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_reconciliation = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_closedBanner = nullptr;
    QPointer<DayCloseConfirmDialog> m_confirm;
    QLabel* m_stockHeading = nullptr;
    QLabel* m_exportsHeading = nullptr;
    QStandardItemModel* m_stock = nullptr;
    QStandardItemModel* m_exports = nullptr;
    QTableView* m_stockView = nullptr;
    QTableView* m_exportsView = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_print = nullptr;
};

}  // namespace vax::ui
