#include "admin/adminpage.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include "admin/clockpanel.h"
#include "catalog/catalog.h"
#include "common/i18n.h"
#include "common/labels.h"
#include "shell/style.h"
#include "storage/backup.h"

namespace vax::ui {

namespace {
enum CatalogColumn {
    ColCode,
    ColName,
    ColManufacturer,
    ColDoses,
    ColDose,
    ColRoute,
    ColAge,
    ColCount
};
}

CatalogModel::CatalogModel(QObject* parent) : QAbstractTableModel(parent) {}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Catalog::builtIn().products().size());
}

int CatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid())
        return {};
    const Product& p = Catalog::builtIn().products().at(static_cast<size_t>(index.row()));
    const QString lang = currentLanguage();
    switch (index.column()) {
        case ColCode:
            return p.code;
        case ColName:
            return p.name.forLocale(lang);
        case ColManufacturer:
            return p.manufacturer.forLocale(lang);
        case ColDoses:
            return p.seriesDoses;
        case ColDose:
            return tr("%1 mL").arg(p.doseVolumeMl);
        case ColRoute:
            return labels::route(p.route);
        case ColAge:
            return labels::age(p.minAge.toString());  // "3 岁", an age, not "3 年"
        default:
            return {};
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
        case ColCode:
            return tr("Code");
        case ColName:
            return tr("Vaccine");
        case ColManufacturer:
            return tr("Manufacturer");
        case ColDoses:
            return tr("Doses in series");
        case ColDose:
            return tr("Dose");
        case ColRoute:
            return tr("Route");
        case ColAge:
            return tr("Minimum age");
        default:
            return {};
    }
}

void CatalogModel::refresh()
{
    beginResetModel();
    endResetModel();
}

AdminPage::AdminPage(SiteContext& site, CurrentUser currentUser, QWidget* parent)
    : WorkspacePage(parent), m_site(site)
{
    m_siteInfo = new QLabel(this);
    m_siteInfo->setTextFormat(Qt::RichText);
    m_siteInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_siteInfo);

    m_clock = new ClockPanel(site, std::move(currentUser), this);
    body()->addSpacing(12);
    body()->addWidget(m_clock);

    m_backupHeading = new QLabel(this);
    scaleFont(m_backupHeading, 1.3, true);
    m_backupButton = new QPushButton(this);
    m_backupButton->setObjectName(QStringLiteral("backupNow"));
    m_backupStatus = new QLabel(this);
    m_backupStatus->setWordWrap(true);
    auto* backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupButton);
    backupRow->addWidget(m_backupStatus, 1);
    m_backups = new QStringListModel(this);
    m_backupList = new QListView(this);
    m_backupList->setModel(m_backups);
    m_backupList->setMaximumHeight(140);
    m_backupList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    body()->addSpacing(12);
    body()->addWidget(m_backupHeading);
    body()->addLayout(backupRow);
    body()->addWidget(m_backupList);

    m_catalogHeading = new QLabel(this);
    scaleFont(m_catalogHeading, 1.3, true);
    m_catalog = new CatalogModel(this);
    m_catalogView = new QTableView(this);
    m_catalogView->setModel(m_catalog);
    m_catalogView->verticalHeader()->hide();
    m_catalogView->horizontalHeader()->setSectionResizeMode(ColName, QHeaderView::Stretch);
    m_catalogView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    body()->addSpacing(12);
    body()->addWidget(m_catalogHeading);
    body()->addWidget(m_catalogView, 1);

    connect(m_backupButton, &QPushButton::clicked, this, &AdminPage::startBackup);
    connect(&m_backupJob, &QFutureWatcher<Result<QString>>::finished, this, [this] {
        const Result<QString> result = m_backupJob.result();
        m_backupButton->setEnabled(true);
        if (result) {
            m_backupStatus->setText(
                tr("Backup written: %1").arg(QDir::toNativeSeparators(*result)));
            emit backupWritten(*result);
        } else {
            m_backupStatus->setText(result.error().message);
        }
        refreshBackups();
    });
    refreshBackups();
    AdminPage::retranslate();
}

QString AdminPage::title() const
{
    return tr("Administration");
}

void AdminPage::retranslate()
{
    WorkspacePage::retranslate();
    const SiteInfo& s = m_site.site;
    m_siteInfo->setText(
        tr("<table cellpadding='3'>"
           "<tr><td><b>Site</b></td><td>%1 (%2)</td></tr>"
           "<tr><td><b>District</b></td><td>%3</td></tr>"
           "<tr><td><b>Database</b></td><td>%4 — schema %5</td></tr>"
           "<tr><td><b>Kind</b></td><td>%6</td></tr></table>")
            .arg(s.name.toHtmlEscaped(), s.code.toHtmlEscaped(), s.district.toHtmlEscaped(),
                 QDir::toNativeSeparators(m_site.db->path()).toHtmlEscaped())
            .arg(m_site.db->schemaVersion())
            .arg(s.training ? tr("<span style='color:#b35900'><b>TRAINING</b> — practice data, "
                                 "not for real records</span>")
                            : tr("Production")));
    m_backupHeading->setText(tr("Backups (the newest %1 are kept)").arg(kBackupsKept));
    m_backupButton->setText(tr("&Back up now"));
    m_catalogHeading->setText(tr("Vaccine catalog %1").arg(Catalog::builtIn().version()));
    m_catalog->refresh();
}

void AdminPage::startBackup()
{
    m_backupButton->setEnabled(false);
    m_backupStatus->setText(tr("Backing up…"));
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    m_backupJob.setFuture(QtConcurrent::run([path, clock]() -> Result<QString> {
        // A connection of this worker thread's own; closed when the job ends.
        OpenOptions options;
        options.path = path;
        auto db = Database::open(options);
        if (!db)
            return db.error();
        return backupNow(**db, *clock, QStringLiteral("manual"));
    }));
}

void AdminPage::refreshBackups()
{
    QStringList names;
    for (const QString& path : listBackups(m_site.db->backupDir()))
        names << QFileInfo(path).fileName();
    m_backups->setStringList(names);
}

}  // namespace vax::ui
