#pragma once

#include <QFutureWatcher>
#include <QPointer>
#include <QTimeZone>

#include <functional>
#include <optional>

#include "common/result.h"
#include "dayclose/dayclose.h"
#include "exchange/exporter.h"
#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace vax::ui {

class DayCloseConfirmDialog;

// Day close: the day's summary with two charts (doses per hour; by age group and sex), the stock
// reconciliation, "not yet exported: N records", Close day, Export (on a worker thread with its
// own connection, with a progress bar), the past exports and Print report.
class DayClosePage final : public WorkspacePage {
    Q_OBJECT
public:
    DayClosePage(SiteContext& site, CurrentUser currentUser, QWidget* parent = nullptr);
    QString title() const override;
    void refresh();

    // Where the bundle goes and the key file's passphrase: dialogs by default; tests set them.
    using FolderProvider = std::function<QString()>;
    using PassphraseProvider = std::function<std::optional<QString>()>;
    void setFolderProvider(FolderProvider provider) { m_folder = std::move(provider); }
    void setPassphraseProvider(PassphraseProvider p) { m_passphrase = std::move(p); }

    // Shows what is still open and asks for the day to be typed; closes only when confirmed.
    void closeDay();
    // A site administrator undoes the close of today until its bundle is exported.
    void reopenDay();
    // The "Close the day?" confirmation while it is shown, else null.
    DayCloseConfirmDialog* confirmation() const;
    void startExport();
    bool exporting() const { return m_job.isRunning(); }
    const DaySummary& summary() const { return m_summary; }
    QString message() const;

signals:
    void exportFinished(bool ok);
    // The day was closed or reopened (the main window's status shows it).
    void dayStateChanged();

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
    FolderProvider m_folder;
    PassphraseProvider m_passphrase;
    QFutureWatcher<Result<ExportReceipt>> m_job;

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
};

}  // namespace vax::ui
