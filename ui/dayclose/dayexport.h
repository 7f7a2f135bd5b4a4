#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

#include "common/result.h"
#include "exchange/exporter.h"
#include "exchange/signing.h"
#include "site/sitecontext.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace vax {
class AsyncSecretStore;
class KeychainKeyRequest;
}  // namespace vax

namespace vax::ui {

class KeyFileDialog;

// The day-close page's export: the Export button and its progress bar, the signing key (asked
// of the system keyring asynchronously, with a visible wait and Cancel; or the key file's
// passphrase), a key file offered when the keyring has none, and the export itself on a worker
// thread with its own connection. Its widgets belong to the page, which lays them out; what it
// has to say goes to the page's message line.
class DayExport final : public QObject {
    Q_OBJECT
public:
    using FolderProvider = std::function<QString()>;
    using PassphraseProvider = std::function<std::optional<QString>()>;
    // What writes the bundle, on the worker thread with its connection: Exporter::run by
    // default; a joined desk's page makes it the site day close (SiteCloseBox).
    using ExportJob = std::function<Result<ExportReceipt>(Database& db, const Clock& clock,
                                                          const ExportRequest& request)>;

    // `actorId`: who exports; `shownMessage`: the page's message now (the key file dialog
    // repeats it).
    DayExport(SiteContext& site, std::function<QString()> actorId,
              std::function<QString()> shownMessage, QWidget* page);
    ~DayExport() override;

    QPushButton* exportButton() const { return m_export; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* createKeyFileButton() const { return m_createKeyFile; }
    // The row shown while the keyring is asked: a spinner, what to do, Stop waiting.
    QWidget* keyringWaitRow() const { return m_keyringWait; }
    void retranslate();

    void setFolderProvider(FolderProvider provider) { m_folder = std::move(provider); }
    void setPassphraseProvider(PassphraseProvider p) { m_passphrase = std::move(p); }
    void setJob(ExportJob job) { m_exportJob = std::move(job); }
    void setKeychain(std::unique_ptr<AsyncSecretStore> keychain, int timeoutMs);

    void start();
    bool running() const { return m_job.isRunning(); }
    bool waitingForKeyring() const;
    void cancelKeyringWait();
    void createKeyFile();
    KeyFileDialog* keyFileDialog() const;

signals:
    void message(const QString& text, bool error);
    void finished(bool ok);
    void signingKeyChanged();

private:
    void run(const QString& folder, const QString& passphrase,
             const std::optional<QByteArray>& secretKey);
    void exported();
    void keyringAnswered(bool ok);
    void setKeyringWaiting(bool waiting);
    void keyFileSubmitted(const QString& path, const QString& passphrase);
    void keyFileMade();

    SiteContext& m_site;
    std::function<QString()> m_actorId;
    std::function<QString()> m_shownMessage;
    QWidget* m_page;
    FolderProvider m_folder;
    PassphraseProvider m_passphrase;
    ExportJob m_exportJob;
    QFutureWatcher<Result<ExportReceipt>> m_job;
    std::unique_ptr<AsyncSecretStore> m_keychain;
    KeychainKeyRequest* m_keyRequest = nullptr;
    QFutureWatcher<Result<signing::KeyPair>> m_keyFileJob;
    QPointer<KeyFileDialog> m_keyFileDialog;
    QString m_waitingFolder;  // the export that waits for a signing key

    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_createKeyFile = nullptr;
    QWidget* m_keyringWait = nullptr;
    QLabel* m_keyringWaitText = nullptr;
    QPushButton* m_keyringCancel = nullptr;
};

}  // namespace vax::ui
