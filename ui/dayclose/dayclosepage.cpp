#include "dayclose/dayclosepage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

#include "charts/axisscale.h"
#include "common/labels.h"
#include "dayclose/dayconfirmdialog.h"
#include "dayclose/keyfiledialog.h"
#include "dayclose/reportpdf.h"
#include "exchange/keychainkey.h"
#include "exchange/signingkey.h"
#include "security/asyncsecret.h"
#include "shell/livetext.h"
#include "shell/style.h"
#include "storage/database.h"

namespace vax::ui {
namespace {

QChartView* makeChart(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

void setBars(QChartView* view, const QString& title, const QStringList& categories,
             const std::vector<std::pair<QString, std::vector<int>>>& sets)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    // removeAxis hands the axis back: delete it, or its labels and grid stay drawn under the new
    // one (seen after a language switch rebuilt the charts).
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto* series = new QBarSeries;
    int max = 0;
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        for (int v : values) {
            *set << v;
            max = std::max(max, v);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setObjectName(QStringLiteral("countAxis"));
    applyScale(y, niceScale(0, max, AxisKind::Count), AxisKind::Count);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
}

QTableView* makeTable(QStandardItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    return view;
}

QStandardItem* item(const QString& text)
{
    return new QStandardItem(text);
}

}  // namespace

DayClosePage::DayClosePage(SiteContext& site, CurrentUser currentUser, QWidget* parent)
    : WorkspacePage(parent), m_site(site), m_currentUser(std::move(currentUser))
{
    m_closedBanner = new QLabel(this);
    m_closedBanner->setObjectName(QStringLiteral("dayClosedBanner"));
    m_closedBanner->setWordWrap(true);
    m_closedBanner->setStyleSheet(
        QStringLiteral("background: #b35900; color: white; padding: 8px; font-weight: bold;"));
    m_closedBanner->setVisible(false);
    body()->addWidget(m_closedBanner);

    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    scaleFont(m_pending, 1.25, true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeDayButton"));
    m_reopen = new QPushButton(this);
    m_reopen->setObjectName(QStringLiteral("reopenDayButton"));
    m_reopen->setVisible(false);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_createKeyFile = new QPushButton(this);
    m_createKeyFile->setObjectName(QStringLiteral("createKeyFileButton"));
    m_createKeyFile->setVisible(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_pending, 1);
    actions->addWidget(m_progress);
    actions->addWidget(m_close);
    actions->addWidget(m_reopen);
    actions->addWidget(m_export);
    actions->addWidget(m_createKeyFile);
    actions->addWidget(m_print);
    body()->addLayout(actions);

    // While the system keyring is asked for the signing key (its first-time prompt waits for a
    // person): a visible state with Cancel; the rest of the program stays usable.
    m_keyringWait = new QWidget(this);
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
    body()->addWidget(m_keyringWait);

    m_message = new QLabel(this);
    clearOnLanguageChange(m_message);  // a message of the previous language goes
    m_message->setObjectName(QStringLiteral("dayCloseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_message);

    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("dayFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_hourly = makeChart(QStringLiteral("hourlyChart"), this);
    m_ages = makeChart(QStringLiteral("ageChart"), this);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_figures);
    charts->addWidget(m_hourly, 3);
    charts->addWidget(m_ages, 3);
    body()->addLayout(charts, 3);

    m_stockHeading = new QLabel(this);
    scaleFont(m_stockHeading, 1.1, true);
    m_reconciliation = new QLabel(this);
    m_reconciliation->setObjectName(QStringLiteral("reconciliationStatus"));
    m_stock = new QStandardItemModel(this);
    m_stockView = makeTable(m_stock, this);
    m_exportsHeading = new QLabel(this);
    scaleFont(m_exportsHeading, 1.1, true);
    m_exports = new QStandardItemModel(this);
    m_exportsView = makeTable(m_exports, this);
    m_exportsView->setObjectName(QStringLiteral("exportsTable"));
    auto* tables = new QGridLayout;
    tables->addWidget(m_stockHeading, 0, 0);
    tables->addWidget(m_reconciliation, 1, 0);
    tables->addWidget(m_stockView, 2, 0);
    tables->addWidget(m_exportsHeading, 0, 1, 2, 1, Qt::AlignBottom);
    tables->addWidget(m_exportsView, 2, 1);
    tables->setColumnStretch(0, 3);
    tables->setColumnStretch(1, 2);
    body()->addLayout(tables, 2);

    m_folder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Write the export bundle into"));
    };
    m_passphrase = [this]() -> std::optional<QString> {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Signing key"),
                                                   tr("Passphrase of the signing key file:"),
                                                   QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };

    connect(m_close, &QPushButton::clicked, this, &DayClosePage::closeDay);
    connect(m_reopen, &QPushButton::clicked, this, &DayClosePage::reopenDay);
    connect(m_export, &QPushButton::clicked, this, &DayClosePage::startExport);
    connect(m_print, &QPushButton::clicked, this, &DayClosePage::printReport);
    connect(m_keyringCancel, &QPushButton::clicked, this, &DayClosePage::cancelKeyringWait);
    connect(m_createKeyFile, &QPushButton::clicked, this, &DayClosePage::createKeyFile);
    connect(&m_keyFileJob, &QFutureWatcher<Result<signing::KeyPair>>::finished, this,
            &DayClosePage::keyFileMade);
    setKeychain(std::make_unique<AsyncKeychainStore>(QString::fromLatin1(kKeychainService)),
                signingkey::kGuiKeychainTimeoutMs);
    connect(&m_job, &QFutureWatcher<Result<ExportReceipt>>::finished, this, [this] {
        const Result<ExportReceipt> result = m_job.result();
        m_export->setEnabled(true);
        m_progress->setVisible(false);
        if (result) {
            const ExportBatch& b = result->batch;
            showMessage(
                result->records == 0
                    ? tr("Nothing changed since the last export: zero report %1 written "
                         "to %2.")
                          .arg(b.fileName, QDir::toNativeSeparators(b.path))
                    : tr("Export %1 written: %2 records (%3 doses). Give this file to "
                         "the district: %4")
                              .arg(b.fileName)
                              .arg(result->records)
                              .arg(b.counts.value(QStringLiteral("immunizations")).toInt())
                              .arg(QDir::toNativeSeparators(b.path)) +
                          (b.sealed() ? tr(" It is sealed for the district: only the district's "
                                           "key opens it.")
                                      : QString()),
                false);
        } else {
            // The core's message names the folder and the fix; nothing was recorded, so say so.
            showMessage(result.error().message + QLatin1Char(' ') +
                            tr("The records stay pending: export again when it is fixed."),
                        true);
        }
        refresh();
        emit exportFinished(result.ok());
    });
    DayClosePage::retranslate();
}

DayClosePage::~DayClosePage()
{
    delete m_keyRequest;  // before the keychain it asks
}

void DayClosePage::setKeychain(std::unique_ptr<AsyncSecretStore> keychain, int timeoutMs)
{
    delete m_keyRequest;
    m_keychain = std::move(keychain);
    m_keyRequest = new KeychainKeyRequest(*m_keychain, timeoutMs, this);
    connect(m_keyRequest, &KeychainKeyRequest::finished, this, &DayClosePage::keyringAnswered);
    setKeyringWaiting(false);
}

QString DayClosePage::title() const
{
    return tr("Day close");
}

QString DayClosePage::actorId() const
{
    const std::optional<StaffMember> user = m_currentUser ? m_currentUser() : std::nullopt;
    return user ? user->id : QString();
}

QString DayClosePage::message() const
{
    return m_message->text();
}

void DayClosePage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void DayClosePage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    refresh();
}

void DayClosePage::retranslate()
{
    WorkspacePage::retranslate();
    m_close->setText(tr("&Close the day"));
    m_close->setToolTip(
        tr("Shows what is still open, then closes every open vial (the doses left in them are "
           "wasted) and records the day as closed once you type the day's date."));
    m_reopen->setText(tr("&Reopen the day"));
    m_export->setText(tr("&Export…"));
    m_createKeyFile->setText(tr("Create a &key file…"));
    m_createKeyFile->setToolTip(
        tr("Keep the export signing key in a file protected by a passphrase, for a PC whose "
           "system keyring is missing or does not answer."));
    m_keyringWaitText->setText(
        tr("Waiting for the system keyring… (answer the keyring's prompt: on a new desktop it "
           "asks you to choose a password for a new keyring). At most %1 s; other pages can be "
           "used meanwhile.")
            .arg(signingkey::kGuiKeychainTimeoutMs / 1000));
    m_keyringCancel->setText(tr("Stop &waiting"));
    m_print->setText(tr("&Print report…"));
    m_stockHeading->setText(tr("Stock reconciliation"));
    m_exportsHeading->setText(tr("Past exports"));
    m_stock->setHorizontalHeaderLabels({tr("Product"), tr("Lot"), tr("Fridge"), tr("Opening"),
                                        tr("In"), tr("Given"), tr("Wasted"), tr("Expected"),
                                        tr("Count")});
    m_exports->setHorizontalHeaderLabels(
        {tr("No."), tr("Written"), tr("Records"), tr("File"), tr("SHA-256")});
    refresh();
}

void DayClosePage::refresh()
{
    const QDate today = m_site.calendar().today();
    auto s = DayCloseService::summary(*m_site.db, today);
    if (!s) {
        showMessage(s.error().message, true);
        return;
    }
    m_summary = std::move(*s);
    showSummary();
    Exporter exporter(*m_site.db, *m_site.clock);
    auto pending = exporter.pendingRecords();
    m_pending->setText(pending ? tr("Not yet exported: %1 records").arg(*pending)
                               : pending.error().message);
    m_pending->setStyleSheet(pending && *pending > 0 ? QStringLiteral("color: #b35900;")
                                                     : QStringLiteral("color: #1b7f3b;"));
    auto history = exporter.history();
    m_exports->removeRows(0, m_exports->rowCount());
    if (history)
        for (const ExportBatch& b : *history)
            m_exports->appendRow(
                {item(QString::number(b.seq)),
                 item(m_site.calendar()
                          .local(b.createdAt)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                 item(b.zeroReport()
                          ? tr("0 (zero report)")
                          : QString::number(b.counts.value(QStringLiteral("records")).toInt())),
                 item(b.fileName), item(b.sha256.left(12) + QStringLiteral("…"))});
    m_exportsView->resizeColumnsToContents();
}

void DayClosePage::showSummary()
{
    const DaySummary& s = m_summary;
    setHeading(s.closed ? tr("Day close — %1 (closed at %2)")
                              .arg(s.day.toString(Qt::ISODate),
                                   s.closedAt.toString(QStringLiteral("HH:mm")))
                        : tr("Day close — %1").arg(s.day.toString(Qt::ISODate)));
    m_closedBanner->setVisible(s.closed);
    if (s.closed)
        m_closedBanner->setText(
            tr("DAY CLOSED at %1. Check-ins and doses are still saved, under this day; the next "
               "export carries them. A site administrator can reopen the day until it is "
               "exported.")
                .arg(s.closedAt.toString(QStringLiteral("HH:mm"))));
    m_close->setEnabled(!s.closed);
    m_reopen->setVisible(s.closed);
    if (s.closed) {
        // Offered only while the close can still be undone; the reason shows when it cannot.
        const Status reopenable = DayCloseService::canReopen(*m_site.db, s.day);
        m_reopen->setEnabled(reopenable.ok());
        m_reopen->setToolTip(reopenable ? tr("Site administrator: undo the close until the "
                                             "day's bundle is exported.")
                                        : reopenable.error().message);
    }
    m_figures->setText(tr("<table cellpadding='3'>"
                          "<tr><td>Check-ins</td><td align='right'><b>%1</b></td></tr>"
                          "<tr><td>Doses given</td><td align='right'><b>%2</b></td></tr>"
                          "<tr><td>Corrected (entered in error)</td><td align='right'>%3</td></tr>"
                          "<tr><td>Deferred</td><td align='right'>%4</td></tr>"
                          "<tr><td>Adverse events</td><td align='right'>%5 (%6 serious)</td></tr>"
                          "<tr><td>Doses wasted</td><td align='right'>%7</td></tr>"
                          "<tr><td>Vials still open</td><td align='right'>%8</td></tr>"
                          "<tr><td>Fridge readings</td><td align='right'>%9</td></tr>"
                          "<tr><td>Excursions</td><td align='right'>%10</td></tr></table>")
                           .arg(s.checkIns)
                           .arg(s.dosesGiven)
                           .arg(s.dosesCorrected)
                           .arg(s.deferrals)
                           .arg(s.aefiTotal)
                           .arg(s.aefiSerious)
                           .arg(s.wasted())
                           .arg(s.vialsOpen)
                           .arg([&] {
                               int n = 0;
                               for (const FridgeDay& f : s.fridges)
                                   n += f.readings;
                               return n;
                           }())
                           .arg(static_cast<int>(s.excursions.size())));

    QStringList hours;
    std::vector<int> perHour;
    int first = 8, last = 17;
    for (int h = 0; h < 24; ++h)
        if (s.hourly[static_cast<size_t>(h)] > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    for (int h = first; h <= last; ++h) {
        hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        perHour.push_back(s.hourly[static_cast<size_t>(h)]);
    }
    setBars(m_hourly, tr("Doses per hour"), hours, {{tr("Doses"), perHour}});

    const QStringList& groups = ageGroups();
    std::vector<int> male(static_cast<size_t>(groups.size())),
        female(static_cast<size_t>(groups.size())), unknown(static_cast<size_t>(groups.size()));
    for (const DoseCell& c : s.doses) {
        const auto i = static_cast<size_t>(groups.indexOf(c.ageGroup));
        if (i < male.size())
            (c.sex == u"male" ? male : c.sex == u"female" ? female : unknown)[i] += c.count;
    }
    std::vector<std::pair<QString, std::vector<int>>> sets{{tr("Male"), male},
                                                           {tr("Female"), female}};
    if (std::any_of(unknown.begin(), unknown.end(), [](int v) { return v > 0; }))
        sets.emplace_back(tr("Unknown"), unknown);
    setBars(m_ages, tr("Doses by age group"), groups, sets);

    m_stock->removeRows(0, m_stock->rowCount());
    for (const LotDayStock& l : s.stock)
        m_stock->appendRow(
            {item(labels::product(l.productCode)), item(l.lotNumber), item(l.fridgeName),
             item(QString::number(l.opening)), item(QString::number(l.received)),
             item(QString::number(l.administered)), item(QString::number(l.wasted)),
             item(QString::number(l.expected)),
             item(l.counted
                      ? (l.discrepancy == 0 ? tr("matches") : tr("off by %1").arg(l.discrepancy))
                      : tr("not counted"))});
    m_stockView->resizeColumnsToContents();
    const int uncounted = s.uncountedLots();
    m_reconciliation->setText(
        uncounted == 0 ? tr("Every lot in stock was counted today.")
                       : tr("Lots not counted today: %1. Count them on the Stock page before "
                            "closing.")
                             .arg(uncounted));
    m_reconciliation->setStyleSheet(uncounted == 0 ? QStringLiteral("color: #1b7f3b;")
                                                   : QStringLiteral("color: #b35900;"));
}

void DayClosePage::closeDay()
{
    if (confirmation())
        return;  // already asking
    auto items = DayCloseService::openItems(*m_site.db, *m_site.clock);
    if (!items) {
        showMessage(items.error().message, true);
        return;
    }
    auto* dialog = new DayCloseConfirmDialog(*items, this);
    m_confirm = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &DayClosePage::closeConfirmed);
    connect(dialog, &QDialog::rejected, this,
            [this] { showMessage(tr("The day was not closed: nothing changed."), false); });
    dialog->open();
}

DayCloseConfirmDialog* DayClosePage::confirmation() const
{
    return m_confirm && m_confirm->isVisible() ? m_confirm.data() : nullptr;
}

void DayClosePage::closeConfirmed()
{
    auto closed = DayCloseService::close(*m_site.db, *m_site.clock, actorId());
    if (!closed) {
        showMessage(closed.error().message, true);
        return;
    }
    showMessage(tr("Day closed. Open vials closed: %1; doses left in them booked as wasted: %2.")
                    .arg(closed->vialsClosed)
                    .arg(closed->dosesWasted),
                false);
    refresh();
    emit dayStateChanged();
}

void DayClosePage::reopenDay()
{
    const QDate day = m_summary.day;
    if (Status st = DayCloseService::reopen(*m_site.db, *m_site.clock, actorId(), day); !st) {
        showMessage(st.error().message, true);
        return;
    }
    showMessage(tr("Day %1 reopened. Vials closed at the close stay closed; their waste stays "
                   "booked.")
                    .arg(day.toString(Qt::ISODate)),
                false);
    refresh();
    emit dayStateChanged();
}

void DayClosePage::startExport()
{
    if (m_job.isRunning() || waitingForKeyring() || m_keyFileJob.isRunning())
        return;
    const QString folder = m_folder ? m_folder() : QString();
    if (folder.isEmpty())
        return;
    auto choice = signingkey::storeChoice(*m_site.db);
    if (!choice) {
        showMessage(choice.error().message, true);
        return;
    }
    if (choice->file) {
        const std::optional<QString> given = m_passphrase ? m_passphrase() : std::nullopt;
        if (!given)
            return;
        runExport(folder, *given, std::nullopt);
        return;
    }
    // The keychain is asked here, asynchronously: its first-time prompt needs a person.
    m_waitingFolder = folder;
    setKeyringWaiting(true);
    m_keyRequest->start();
}

bool DayClosePage::waitingForKeyring() const
{
    return m_keyRequest && m_keyRequest->running();
}

void DayClosePage::setKeyringWaiting(bool waiting)
{
    m_keyringWait->setVisible(waiting);
    m_export->setEnabled(!waiting && !m_job.isRunning());
    if (waiting) {
        m_createKeyFile->setVisible(false);
        showMessage(QString(), false);
        m_keyringCancel->setFocus();
    }
}

void DayClosePage::cancelKeyringWait()
{
    if (!waitingForKeyring())
        return;
    m_keyRequest->cancel();
    m_waitingFolder.clear();
    setKeyringWaiting(false);
    m_createKeyFile->setVisible(true);
    showMessage(tr("Export cancelled: nothing was written. If the keyring's prompt is still "
                   "open, close it; to sign without the keyring, create a key file."),
                false);
    m_export->setFocus();
}

void DayClosePage::keyringAnswered(bool ok)
{
    setKeyringWaiting(false);
    const Result<signing::KeyPair>& key = *m_keyRequest->result();
    if (ok) {
        const QString folder = std::exchange(m_waitingFolder, QString());
        runExport(folder, QString(), key->secretKey);
        return;
    }
    // Missing, refused or too slow: offer the key file; the export waits for it.
    m_createKeyFile->setVisible(true);
    showMessage(key.error().message + QLatin1Char(' ') +
                    tr("No signing key is available: create a key file protected by a "
                       "passphrase, and the export goes on with it."),
                true);
    if (isVisible())
        createKeyFile();
}

KeyFileDialog* DayClosePage::keyFileDialog() const
{
    return m_keyFileDialog.data();
}

void DayClosePage::createKeyFile()
{
    if (m_keyFileDialog || m_keyFileJob.isRunning())
        return;
    const QString suggested = QFileInfo(m_site.db->path())
                                  .absoluteDir()
                                  .filePath(QStringLiteral("vaxpoint-signing-key.bin"));
    m_keyFileDialog = new KeyFileDialog(suggested, message(), this);
    m_keyFileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_keyFileDialog, &KeyFileDialog::submitted, this, &DayClosePage::keyFileSubmitted);
    connect(m_keyFileDialog, &QDialog::rejected, this, [this] {
        if (!m_waitingFolder.isEmpty()) {
            m_waitingFolder.clear();
            showMessage(tr("Export cancelled: no signing key, nothing was written."), false);
        }
    });
    m_keyFileDialog->open();
}

void DayClosePage::keyFileSubmitted(const QString& path, const QString& passphrase)
{
    const QString dbPath = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    const QString actor = actorId();
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

void DayClosePage::keyFileMade()
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
    showMessage(tr("The signing key is now in the key file %1 (fingerprint %2); each export asks "
                   "for its passphrase.")
                    .arg(path, signingkey::fingerprint(made->publicKey)),
                false);
    const QString folder = std::exchange(m_waitingFolder, QString());
    if (!folder.isEmpty())
        runExport(folder, QString(), made->secretKey);
}

void DayClosePage::runExport(const QString& folder, const QString& passphrase,
                             const std::optional<QByteArray>& secretKey)
{
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    showMessage(tr("Exporting…"), false);
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    const QString actor = actorId();
    QPointer<QProgressBar> bar = m_progress;
    ExportProgress progress = [bar](int percent, const QString&) {
        QMetaObject::invokeMethod(
            bar.data(),
            [bar, percent] {
                if (bar)
                    bar->setValue(percent);
            },
            Qt::QueuedConnection);
    };
    m_job.setFuture(QtConcurrent::run(
        [path, clock, actor, folder, passphrase, secretKey, progress]() -> Result<ExportReceipt> {
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
            Exporter exporter(**db, *clock);
            return exporter.run({folder, actor, secret, renderDayReportPdf, progress});
        }));
}

void DayClosePage::printReport()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Daily report %1").arg(m_summary.day.toString(Qt::ISODate)));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintDayReport(printer, m_summary);
}

}  // namespace vax::ui
