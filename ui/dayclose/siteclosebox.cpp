#include "dayclose/siteclosebox.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMutex>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "security/secretstore.h"
#include "shell/style.h"
#include "sitesync/sitelink.h"
#include "storage/database.h"

namespace vax::ui {

// What the GUI thread and the close's worker share: the force asked for, and what the close saw.
struct SiteCloseBox::Shared {
    QMutex mutex;
    bool force = false;
    QString reason;
    std::optional<sitesync::SiteCloseState> seen;
    std::optional<sitesync::SiteCloseReceipt> receipt;
};

SiteCloseBox::SiteCloseBox(SiteContext& site, std::function<QString()> actorId, QWidget* parent)
    : QWidget(parent),
      m_site(site),
      m_actorId(std::move(actorId)),
      m_secrets(systemKeychain()),
      m_shared(std::make_shared<Shared>())
{
    setObjectName(QStringLiteral("siteCloseBox"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("siteCloseHeading"));
    scaleFont(m_heading, 1.1, true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("siteCloseStatus"));
    m_status->setWordWrap(true);
    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("notPushedTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMaximumHeight(120);
    m_checkButton = new QPushButton(this);
    m_checkButton->setObjectName(QStringLiteral("siteCheckButton"));
    m_force = new QPushButton(this);
    m_force->setObjectName(QStringLiteral("forceCloseButton"));
    m_force->setEnabled(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_checkButton);
    buttons->addWidget(m_force);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(m_checkButton, &QPushButton::clicked, this, &SiteCloseBox::check);
    connect(m_force, &QPushButton::clicked, this, &SiteCloseBox::askForce);
    connect(&m_check, &QFutureWatcher<Result<sitesync::SiteCloseState>>::finished, this,
            &SiteCloseBox::checkFinished);
    retranslate();
    setVisible(false);
}

SiteCloseBox::~SiteCloseBox()
{
    m_check.waitForFinished();
}

void SiteCloseBox::retranslate()
{
    m_heading->setText(tr("Site day close — %1: one bundle for the whole site, once every desk "
                          "has pushed its records")
                           .arg(m_site.calendar().today().toString(Qt::ISODate)));
    m_checkButton->setText(tr("Check the &desks"));
    m_force->setText(tr("&Force the close…"));
    m_force->setToolTip(
        tr("Site administrator: close the site's day although the desks listed "
           "have not pushed; their records follow in a follow-up bundle."));
    m_model->setHorizontalHeaderLabels(
        {tr("Desk not pushed"), tr("Last contact"), tr("Records waiting")});
}

bool SiteCloseBox::refresh()
{
    auto link = sitesync::SiteJoinService::link(*m_site.db);
    m_joined = link && link->has_value();
    setVisible(m_joined);
    return m_joined;
}

QString SiteCloseBox::statusText() const
{
    return m_status->text();
}

void SiteCloseBox::check()
{
    if (!m_joined || checking())
        return;
    m_checkButton->setEnabled(false);
    m_status->setText(tr("Asking the site server which desks have pushed…"));
    m_status->setStyleSheet(QString());
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    const QDate day = m_site.calendar().today();
    const SecretStoreFactory secrets = m_secrets;
    m_check.setFuture(
        QtConcurrent::run([path, clock, day, secrets]() -> Result<sitesync::SiteCloseState> {
            // A connection of this worker thread's own (DESIGN.md §9).
            OpenOptions options;
            options.path = path;
            VAX_TRY_VALUE(auto db, Database::open(options));
            const std::unique_ptr<SecretStore> store = secrets();
            return sitesync::SiteDayClose::check(*db, *clock, *store, day);
        }));
}

void SiteCloseBox::checkFinished()
{
    m_checkButton->setEnabled(true);
    const Result<sitesync::SiteCloseState> state = m_check.result();
    if (!state) {
        m_status->setText(state.error().message);
        m_status->setStyleSheet(colourTextStyle(kErrorColour));
    } else {
        showState(*state);
    }
    emit checked();
}

void SiteCloseBox::showState(const sitesync::SiteCloseState& state)
{
    const QList<sitesync::SiteCloseDesk> waiting = state.notPushed();
    m_model->removeRows(0, m_model->rowCount());
    for (const sitesync::SiteCloseDesk& d : waiting)
        m_model->appendRow(
            {new QStandardItem(tr("Desk %1").arg(d.desk)),
             new QStandardItem(d.lastContact ? m_site.calendar()
                                                   .local(*d.lastContact)
                                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                             : tr("never")),
             new QStandardItem(d.waiting ? QString::number(*d.waiting) : tr("unknown"))});
    m_table->resizeColumnsToContents();
    m_force->setEnabled(!waiting.isEmpty() && state.closes.isEmpty());
    QString text;
    if (!state.closes.isEmpty()) {
        const sitesync::SiteCloseRecord& last = state.closes.back();
        text = tr("The site's day was closed by desk %1 at %2 (%3).")
                   .arg(last.desk)
                   .arg(m_site.calendar().local(last.closedAt).toString(QStringLiteral("HH:mm")),
                        last.bundleFile);
    } else if (waiting.isEmpty()) {
        text = tr("Every desk has pushed: Export writes the site's day close.");
    } else {
        text =
            tr("%n desk(s) have not pushed up to the close: sync them, or force the close "
               "with a reason.",
               nullptr, int(waiting.size()));
    }
    m_status->setText(text);
    m_status->setStyleSheet(
        colourTextStyle(waiting.isEmpty() || !state.closes.isEmpty() ? kOkColour : kErrorColour));
}

void SiteCloseBox::askForce()
{
    if (reasonDialog())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("forceReasonDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Force the site day close"));
    dialog->setLabelText(
        tr("Why close before every desk has pushed? (e.g. \"desk 3 broken, its "
           "records follow\")"));
    m_reason = dialog;
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& reason) {
        if (reason.trimmed().isEmpty()) {
            m_status->setText(
                tr("Reason: say why the day is closed before every desk has "
                   "pushed; nothing was closed."));
            m_status->setStyleSheet(colourTextStyle(kErrorColour));
            return;
        }
        {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->force = true;
            m_shared->reason = reason.trimmed();
        }
        emit forceRequested();
    });
    dialog->open();
}

QInputDialog* SiteCloseBox::reasonDialog() const
{
    return m_reason && m_reason->isVisible() ? m_reason.data() : nullptr;
}

DayExport::ExportJob SiteCloseBox::job()
{
    const std::shared_ptr<Shared> shared = m_shared;
    const SecretStoreFactory secrets = m_secrets;
    const QDate day = m_site.calendar().today();
    return [shared, secrets, day](Database& db, const Clock& clock,
                                  const ExportRequest& r) -> Result<ExportReceipt> {
        sitesync::SiteCloseRequest request;
        request.day = day;
        request.outDir = r.outDir;
        request.actorId = r.actorId;
        request.secretKey = r.secretKey;
        request.renderReport = r.renderReport;
        request.progress = r.progress;
        {
            QMutexLocker lock(&shared->mutex);
            request.force = shared->force;
            request.reason = shared->reason;
        }
        const std::unique_ptr<SecretStore> store = secrets();
        sitesync::SiteCloseState seen;
        auto closed = sitesync::SiteDayClose::close(db, clock, *store, request, &seen);
        QMutexLocker lock(&shared->mutex);
        shared->seen = seen;
        shared->receipt.reset();
        if (!closed)
            return closed.error();
        shared->receipt = *closed;
        return closed->exported;
    };
}

void SiteCloseBox::exportFinished(bool ok)
{
    std::optional<sitesync::SiteCloseState> seen;
    std::optional<sitesync::SiteCloseReceipt> receipt;
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->force = false;
        m_shared->reason.clear();
        seen = m_shared->seen;
        receipt = m_shared->receipt;
    }
    if (seen && !seen->day.isNull())
        showState(*seen);
    if (ok && receipt)
        m_status->setText(receipt->followUp()
                              ? tr("Follow-up %1 of the site's day written.").arg(receipt->part)
                          : receipt->forced ? tr("The site's day was closed, forced: the desks "
                                                 "listed send their records in a follow-up.")
                                            : tr("The site's day was closed."));
}

}  // namespace vax::ui
