#include "dayclose/dayexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#include "dayclose/dayclosepage.h"
#include "dayclose/keyfiledialog.h"
#include "dayclose/reportpdf.h"
#include "exchange/keychainkey.h"
#include "exchange/signingkey.h"
#include "security/asyncsecret.h"
#include "storage/database.h"

namespace vax::ui {

// The strings keep the day close page's translation context (translations/*.ts).
DayExport::DayExport(SiteContext& site, std::function<QString()> actorId,
                     std::function<QString()> shownMessage, QWidget* page)
    : QObject(page),
      m_site(site),
      m_actorId(std::move(actorId)),
      m_shownMessage(std::move(shownMessage)),
      m_page(page)
{
    m_export = new QPushButton(page);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_createKeyFile = new QPushButton(page);
    m_createKeyFile->setObjectName(QStringLiteral("createKeyFileButton"));
    m_createKeyFile->setVisible(false);

    // While the system keyring is asked for the signing key (its first-time prompt waits for a
    // person): a visible state with Cancel; the rest of the program stays usable.
    m_keyringWait = new QWidget(page);
    m_keyringWait->setObjectName(QStringLiteral("keyringWaiting"));
    m_keyringWaitText = new QLabel(m_keyringWait);
    m_keyringWaitText->setObjectName(QStringLiteral("keyringWaitingText"));
    m_keyringWaitText->setWordWrap(true);
    auto* spinner = new QProgressBar(m_keyringWait);
    spinner->setRange(0, 0);
    spinner->setMaximumWidth(120);
    m_keyringCancel = new QPushButton(m_keyringWait);
    m_keyringCancel->setObjectName(QStringLiteral("keyringCancelButton"));
    auto* waitRow = new QHBoxLayout(m_keyringWait);
    waitRow->setContentsMargins(0, 0, 0, 0);
    waitRow->addWidget(spinner);
    waitRow->addWidget(m_keyringWaitText, 1);
    waitRow->addWidget(m_keyringCancel);
    m_keyringWait->setStyleSheet(QStringLiteral("#keyringWaiting { background: #fff4d6; }"));
    m_keyringWait->setVisible(false);

    m_folder = [page] {
        return QFileDialog::getExistingDirectory(page,
                                                 DayClosePage::tr("Write the export bundle into"));
    };
    m_passphrase = [page]() -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(page, DayClosePage::tr("Signing key"),
                                  DayClosePage::tr("Passphrase of the signing key file:"),
                                  QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };

    connect(m_export, &QPushButton::clicked, this, &DayExport::start);
    connect(m_keyringCancel, &QPushButton::clicked, this, &DayExport::cancelKeyringWait);
    connect(m_createKeyFile, &QPushButton::clicked, this, &DayExport::createKeyFile);
    connect(&m_keyFileJob, &QFutureWatcher<Result<signing::KeyPair>>::finished, this,
            &DayExport::keyFileMade);
    setKeychain(std::make_unique<AsyncKeychainStore>(QString::fromLatin1(kKeychainService)),
                signingkey::kGuiKeychainTimeoutMs);
    connect(&m_job, &QFutureWatcher<Result<ExportReceipt>>::finished, this, &DayExport::exported);
}

DayExport::~DayExport()
{
    delete m_keyRequest;  // before the keychain it asks
}

void DayExport::retranslate()
{
    m_export->setText(DayClosePage::tr("&Export…"));
    m_createKeyFile->setText(DayClosePage::tr("Create a &key file…"));
    m_createKeyFile->setToolTip(DayClosePage::tr(
        "Keep the export signing key in a file protected by a passphrase, for a PC whose "
        "system keyring is missing or does not answer."));
    m_keyringWaitText->setText(
        DayClosePage::tr(
            "Waiting for the system keyring… (answer the keyring's prompt: on a new desktop it "
            "asks you to choose a password for a new keyring). At most %1 s; other pages can be "
            "used meanwhile.")
            .arg(signingkey::kGuiKeychainTimeoutMs / 1000));
    m_keyringCancel->setText(DayClosePage::tr("Stop &waiting"));
}

void DayExport::setKeychain(std::unique_ptr<AsyncSecretStore> keychain, int timeoutMs)
{
    delete m_keyRequest;
    m_keychain = std::move(keychain);
    m_keyRequest = new KeychainKeyRequest(*m_keychain, timeoutMs, this);
    connect(m_keyRequest, &KeychainKeyRequest::finished, this, &DayExport::keyringAnswered);
    setKeyringWaiting(false);
}

void DayExport::exported()
{
    const Result<ExportReceipt> result = m_job.result();
    m_export->setEnabled(true);
    m_progress->setVisible(false);
    if (result) {
        const ExportBatch& b = result->batch;
        emit message(
            result->records == 0
                ? DayClosePage::tr("Nothing changed since the last export: zero report %1 written "
                                   "to %2.")
                      .arg(b.fileName, QDir::toNativeSeparators(b.path))
                : DayClosePage::tr("Export %1 written: %2 records (%3 doses). Give this file to "
                                   "the district: %4")
                          .arg(b.fileName)
                          .arg(result->records)
                          .arg(b.counts.value(QStringLiteral("immunizations")).toInt())
                          .arg(QDir::toNativeSeparators(b.path)) +
                      (b.sealed()
                           ? DayClosePage::tr(" It is sealed for the district: only the district's "
                                              "key opens it.")
                           : QString()),
            false);
    } else {
        // The core's message names the folder and the fix; nothing was recorded, so say so.
        emit message(
            result.error().message + QLatin1Char(' ') +
                DayClosePage::tr("The records stay pending: export again when it is fixed."),
            true);
    }
    emit finished(result.ok());
}

void DayExport::start()
{
    if (m_job.isRunning() || waitingForKeyring() || m_keyFileJob.isRunning())
        return;
    const QString folder = m_folder ? m_folder() : QString();
    if (folder.isEmpty())
        return;
    auto choice = signingkey::storeChoice(*m_site.db);
    if (!choice) {
        emit message(choice.error().message, true);
        return;
    }
    if (choice->file) {
        const std::optional<QString> given = m_passphrase ? m_passphrase() : std::nullopt;
        if (!given)
            return;
        run(folder, *given, std::nullopt);
        return;
    }
    // The keychain is asked here, asynchronously: its first-time prompt needs a person.
    m_waitingFolder = folder;
    setKeyringWaiting(true);
    m_keyRequest->start();
}

bool DayExport::waitingForKeyring() const
{
    return m_keyRequest && m_keyRequest->running();
}

void DayExport::setKeyringWaiting(bool waiting)
{
    m_keyringWait->setVisible(waiting);
    m_export->setEnabled(!waiting && !m_job.isRunning());
    if (waiting) {
        m_createKeyFile->setVisible(false);
        emit message(QString(), false);
        m_keyringCancel->setFocus();
    }
}

void DayExport::cancelKeyringWait()
{
    if (!waitingForKeyring())
        return;
    m_keyRequest->cancel();
    m_waitingFolder.clear();
    setKeyringWaiting(false);
    m_createKeyFile->setVisible(true);
    emit message(
        DayClosePage::tr("Export cancelled: nothing was written. If the keyring's prompt is still "
                         "open, close it; to sign without the keyring, create a key file."),
        false);
    m_export->setFocus();
}

void DayExport::keyringAnswered(bool ok)
{
    setKeyringWaiting(false);
    const Result<signing::KeyPair>& key = *m_keyRequest->result();
    if (ok) {
        const QString folder = std::exchange(m_waitingFolder, QString());
        run(folder, QString(), key->secretKey);
        return;
    }
    // Missing, refused or too slow: offer the key file; the export waits for it.
    m_createKeyFile->setVisible(true);
    emit message(
        key.error().message + QLatin1Char(' ') +
            DayClosePage::tr("No signing key is available: create a key file protected by a "
                             "passphrase, and the export goes on with it."),
        true);
    if (m_page->isVisible())
        createKeyFile();
}

KeyFileDialog* DayExport::keyFileDialog() const
{
    return m_keyFileDialog.data();
}

void DayExport::createKeyFile()
{
    if (m_keyFileDialog || m_keyFileJob.isRunning())
        return;
    const QString suggested = QFileInfo(m_site.db->path())
                                  .absoluteDir()
                                  .filePath(QStringLiteral("vaxpoint-signing-key.bin"));
    m_keyFileDialog = new KeyFileDialog(suggested, m_shownMessage(), m_page);
    m_keyFileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_keyFileDialog, &KeyFileDialog::submitted, this, &DayExport::keyFileSubmitted);
    connect(m_keyFileDialog, &QDialog::rejected, this, [this] {
        if (!m_waitingFolder.isEmpty()) {
            m_waitingFolder.clear();
            emit message(DayClosePage::tr("Export cancelled: no signing key, nothing was written."),
                         false);
        }
    });
    m_keyFileDialog->open();
}

void DayExport::keyFileSubmitted(const QString& path, const QString& passphrase)
{
    const QString dbPath = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    const QString actor = m_actorId();
    // Argon2 takes a noticeable moment: the same core step as "vaxctl key init", on a worker
    // with its own connection.
    m_keyFileJob.setFuture(
        QtConcurrent::run([dbPath, clock, actor, path, passphrase]() -> Result<signing::KeyPair> {
            OpenOptions options;
            options.path = dbPath;
            auto db = Database::open(options);
            if (!db)
                return db.error();
            return signingkey::initFile(**db, *clock, path, passphrase, actor);
        }));
}

void DayExport::keyFileMade()
{
    const Result<signing::KeyPair> made = m_keyFileJob.result();
    if (!made) {
        if (m_keyFileDialog)
            m_keyFileDialog->showError(made.error().message);
        return;
    }
    if (m_keyFileDialog)
        m_keyFileDialog->accept();
    m_createKeyFile->setVisible(false);
    emit signingKeyChanged();
    auto where = signingkey::location(*m_site.db);
    const QString path = where ? QDir::toNativeSeparators(where->path) : QString();
    emit message(DayClosePage::tr(
                     "The signing key is now in the key file %1 (fingerprint %2); each export asks "
                     "for its passphrase.")
                     .arg(path, signingkey::fingerprint(made->publicKey)),
                 false);
    const QString folder = std::exchange(m_waitingFolder, QString());
    if (!folder.isEmpty())
        run(folder, QString(), made->secretKey);
}

void DayExport::run(const QString& folder, const QString& passphrase,
                    const std::optional<QByteArray>& secretKey)
{
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    emit message(DayClosePage::tr("Exporting…"), false);
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    const QString actor = m_actorId();
    QPointer<QProgressBar> bar = m_progress;
    const ExportJob job =
        m_exportJob ? m_exportJob : [](Database& db, const Clock& c, const ExportRequest& r) {
            Exporter exporter(db, c);
            return exporter.run(r);
        };
    ExportProgress progress = [bar](int percent, const QString&) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, percent] {
                if (bar)
                    bar->setValue(percent);
            },
            Qt::QueuedConnection);
    };
    m_job.setFuture(QtConcurrent::run([path, clock, actor, folder, passphrase, secretKey, progress,
                                       job]() -> Result<ExportReceipt> {
        // A connection of this worker thread's own (DESIGN.md §9).
        OpenOptions options;
        options.path = path;
        auto db = Database::open(options);
        if (!db)
            return db.error();
        QByteArray secret;
        if (secretKey) {
            secret = *secretKey;
        } else {
            // The key file (the keychain was asked on the GUI thread, asynchronously).
            auto store = signingkey::openStore(**db, passphrase);
            if (!store)
                return store.error();
            auto key = signingkey::load(**store, true);
            if (!key)
                return key.error();
            secret = key->secretKey;
        }
        auto pair = signing::fromSecretKey(secret);
        if (!pair)
            return pair.error();
        VAX_TRY(signingkey::remember(**db, *clock, actor, pair->publicKey));
        return job(**db, *clock, {folder, actor, secret, renderDayReportPdf, progress});
    }));
}

}  // namespace vax::ui
