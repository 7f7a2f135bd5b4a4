#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QLabel;
class QListView;
class QPushButton;
class QStringListModel;
class QTableView;

namespace vax::ui {

class ClockPanel;

// The vaccine catalog in use, one product per row.
class CatalogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CatalogModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void refresh();  // after a language change
};

// Site settings, the clock, backups and the catalog. The backup runs on a worker thread with its
// own database connection, so the window never freezes on a large database.
class AdminPage final : public WorkspacePage {
    Q_OBJECT
public:
    explicit AdminPage(SiteContext& site, CurrentUser currentUser = {}, QWidget* parent = nullptr);
    QString title() const override;
    // The PC's clock against the latest time written, and the acknowledgement of a correction.
    ClockPanel* clockPanel() const { return m_clock; }

signals:
    void backupWritten(const QString& path);

protected:
    void retranslate() override;

private:
    void startBackup();
    void refreshBackups();

    SiteContext& m_site;
    QLabel* m_siteInfo = nullptr;
    ClockPanel* m_clock = nullptr;
    QLabel* m_backupHeading = nullptr;
    QLabel* m_backupStatus = nullptr;
    QPushButton* m_backupButton = nullptr;
    QListView* m_backupList = nullptr;
    QStringListModel* m_backups = nullptr;
    QLabel* m_catalogHeading = nullptr;
    QTableView* m_catalogView = nullptr;
    CatalogModel* m_catalog = nullptr;
    QFutureWatcher<Result<QString>> m_backupJob;
};

}  // namespace vax::ui
