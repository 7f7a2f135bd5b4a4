#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

#include "common/result.h"
#include "dayclose/dayclose.h"
#include "exchange/exporter.h"
#include "exchange/signing.h"
#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace vax {
class AsyncSecretStore;
class KeychainKeyRequest;
}  // namespace vax

namespace vax::ui {

class DayCloseConfirmDialog;
class KeyFileDialog;

// Day close: the day's summary with two charts (doses per hour; by age group and sex), the stock
// reconciliation, "not yet exported: N records", Close day, Export (on a worker thread with its
// own connection, with a progress bar), the past exports and Print report.
class DayClosePage final : public WorkspacePage {
    Q_OBJECT
public:
    DayClosePage(SiteContext& site, CurrentUser currentUser, QWidget* parent = nullptr);
    ~DayClosePage() override;
    QString title() const override;
    void refresh();

    // Where the bundle goes and the key file's passphrase: dialogs by default; tests set them.
    using FolderProvider = std::function<QString()>;
    using PassphraseProvider = std::function<std::optional<QString>()>;
    void setFolderProvider(FolderProvider provider) { m_folder = std::move(provider); }
    void setPassphraseProvider(PassphraseProvider p) { m_passphrase = std::move(p); }
    // The keychain and how long to wait for it (the system keychain, signingkey::
    // kGuiKeychainTimeoutMs by default); tests put in a keychain that never answers.
    void setKeychain(std::unique_ptr<AsyncSecretStore> keychain, int timeoutMs);

    // Shows what is still open and asks for the day to be typed; closes only when confirmed.
    void closeDay();
    // A site administrator undoes the close of today until its bundle is exported.
    void reopenDay();
    // The "Close the day?" confirmation while it is shown, else null.
    DayCloseConfirmDialog* confirmation() const;
    void startExport();
    bool exporting() const { return m_job.isRunning(); }
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
    void runExport(const QString& folder, const QString& passphrase,
                   const std::optional<QByteArray>& secretKey);
    void keyringAnswered(bool ok);
    void setKeyringWaiting(bool waiting);
    void keyFileSubmitted(const QString& path, const QString& passphrase);
    void keyFileMade();

    SiteContext& m_site;
    CurrentUser m_currentUser;
    DaySummary m_summary;
    FolderProvider m_folder;
    PassphraseProvider m_passphrase;
    QFutureWatcher<Result<ExportReceipt>> m_job;
    std::unique_ptr<AsyncSecretStore> m_keychain;
    KeychainKeyRequest* m_keyRequest = nullptr;
    QFutureWatcher<Result<signing::KeyPair>> m_keyFileJob;
    QPointer<KeyFileDialog> m_keyFileDialog;
    QString m_waitingFolder;  // the export that waits for a signing key

    QLabel* m_figures = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_reconciliation = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_closedBanner = nullptr;
    QPointer<DayCloseConfirmDialog> m_confirm;
    QLabel* m_stockHeading = nullptr;
    QLabel* m_exportsHeading = nullptr;
    QChartView* m_hourly = nullptr;
    QChartView* m_ages = nullptr;
    QStandardItemModel* m_stock = nullptr;
    QStandardItemModel* m_exports = nullptr;
    QTableView* m_stockView = nullptr;
    QTableView* m_exportsView = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QProgressBar* m_progress = nullptr;
    QWidget* m_keyringWait = nullptr;
    QLabel* m_keyringWaitText = nullptr;
    QPushButton* m_keyringCancel = nullptr;
    QPushButton* m_createKeyFile = nullptr;
};

}  // namespace vax::ui
