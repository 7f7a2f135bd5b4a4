#include "dayclose/dayclosepage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "common/labels.h"
#include "dayclose/dayconfirmdialog.h"
#include "dayclose/daysummaryview.h"
#include "dayclose/reportpdf.h"
#include "dayclose/siteclosebox.h"
#include "exchange/exporter.h"
#include "security/asyncsecret.h"
#include "shell/livetext.h"
#include "shell/style.h"

namespace vax::ui {
namespace {

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
        QStringLiteral("background: %1; color: white; padding: 8px; font-weight: bold;")
            .arg(QLatin1String(kTrainingColour)));
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
    m_export = new DayExport(
        site, [this] { return actorId(); }, [this] { return message(); }, this);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    setTabOrder(m_export->exportButton(), m_print);  // Tab: Export, then Print report
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_pending, 1);
    actions->addWidget(m_export->progressBar());
    actions->addWidget(m_close);
    actions->addWidget(m_reopen);
    actions->addWidget(m_export->exportButton());
    actions->addWidget(m_export->createKeyFileButton());
    actions->addWidget(m_print);
    body()->addLayout(actions);
    body()->addWidget(m_export->keyringWaitRow());
    m_siteClose = new SiteCloseBox(
        site, [this] { return actorId(); }, this);
    body()->addWidget(m_siteClose);

    m_message = new QLabel(this);
    clearOnLanguageChange(m_message);  // a message of the previous language goes
    m_message->setObjectName(QStringLiteral("dayCloseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_message);

    m_summaryView = new DaySummaryView(this);
    body()->addWidget(m_summaryView, 3);

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

    connect(m_close, &QPushButton::clicked, this, &DayClosePage::closeDay);
    connect(m_reopen, &QPushButton::clicked, this, &DayClosePage::reopenDay);
    connect(m_print, &QPushButton::clicked, this, &DayClosePage::printReport);
    connect(m_export, &DayExport::message, this, &DayClosePage::showMessage);
    connect(m_export, &DayExport::signingKeyChanged, this, &DayClosePage::signingKeyChanged);
    connect(m_siteClose, &SiteCloseBox::forceRequested, this, &DayClosePage::startExport);
    connect(m_export, &DayExport::finished, this, [this](bool ok) {
        m_siteClose->exportFinished(ok);
        refresh();
        emit exportFinished(ok);
    });
    DayClosePage::retranslate();
}

void DayClosePage::setFolderProvider(FolderProvider provider)
{
    m_export->setFolderProvider(std::move(provider));
}

void DayClosePage::setPassphraseProvider(PassphraseProvider p)
{
    m_export->setPassphraseProvider(std::move(p));
}

void DayClosePage::setKeychain(std::unique_ptr<AsyncSecretStore> keychain, int timeoutMs)
{
    m_export->setKeychain(std::move(keychain), timeoutMs);
}

void DayClosePage::startExport()
{
    m_export->start();
}

bool DayClosePage::exporting() const
{
    return m_export->running();
}

bool DayClosePage::waitingForKeyring() const
{
    return m_export->waitingForKeyring();
}

void DayClosePage::cancelKeyringWait()
{
    m_export->cancelKeyringWait();
}

void DayClosePage::createKeyFile()
{
    m_export->createKeyFile();
}

KeyFileDialog* DayClosePage::keyFileDialog() const
{
    return m_export->keyFileDialog();
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
    m_message->setStyleSheet(error ? colourTextStyle(kErrorColour) : QString());
}

void DayClosePage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    refresh();
    m_siteClose->check();
}

void DayClosePage::retranslate()
{
    WorkspacePage::retranslate();
    m_close->setText(tr("&Close the day"));
    m_close->setToolTip(
        tr("Shows what is still open, then closes every open vial (the doses left in them are "
           "wasted) and records the day as closed once you type the day's date."));
    m_reopen->setText(tr("&Reopen the day"));
    m_export->retranslate();
    m_siteClose->retranslate();
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
    // Joined: Export makes the site's day close (one bundle for the whole site).
    m_export->setJob(m_siteClose->refresh() ? m_siteClose->job() : DayExport::ExportJob());
    Exporter exporter(*m_site.db, *m_site.clock);
    auto pending = exporter.pendingRecords();
    m_pending->setText(pending ? tr("Not yet exported: %1 records").arg(*pending)
                               : pending.error().message);
    m_pending->setStyleSheet(
        colourTextStyle(pending && *pending > 0 ? kTrainingColour : kOkColour));
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
    m_summaryView->setSummary(s);

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
    m_reconciliation->setStyleSheet(colourTextStyle(uncounted == 0 ? kOkColour : kTrainingColour));
}

void DayClosePage::closeDay()
{
    if (confirmation())
        return;  // already asking
    auto items = DayCloseService::openItems(m_site.serviceContext());
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
    auto closed = DayCloseService::close(m_site.serviceContext(actorId()));
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
    if (Status st = DayCloseService::reopen(m_site.serviceContext(actorId()), day); !st) {
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
