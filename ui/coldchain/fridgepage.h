#pragma once

#include <QFutureWatcher>
#include <QTimer>

#include <vector>

#include "coldchain/coldchainservice.h"
#include "coldchain/fridges.h"
#include "shell/currentuser.h"
#include "shell/workspacepage.h"
#include "site/sitecontext.h"

class QLabel;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace vax::ui {

class ExcursionsModel;
class FridgeChart;

// What a logger import on the worker thread came back with.
struct ImportOutcome {
    QString format;
    ReadingOutcome outcome;
};

// Cold chain: the fridges, the manual reading (with a reminder when one is due), the import of a
// logger file, a chart of the last 30 days with the allowed band and the excursions, and the
// supervisor's decision on quarantined lots.
class FridgePage final : public WorkspacePage {
    Q_OBJECT
public:
    static constexpr int kChartDays = 30;

    FridgePage(SiteContext& site, CurrentUser currentUser, QWidget* parent = nullptr);
    QString title() const override;
    void refresh();
    // Imports a logger file into the selected fridge on a worker thread; importFinished() follows.
    void importFile(const QString& path);
    bool importRunning() const { return m_importJob.isRunning(); }
    FridgeChart* chart() const { return m_chart; }
    ExcursionsModel* excursions() const { return m_excursions; }

signals:
    void importFinished();

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    QString selectedFridgeId() const;
    void showFridge();
    void updateReminder();
    void recordReading();
    void chooseImportFile();
    void finishImport();
    void decide(bool release);
    void updateDecisionButtons();
    static void setMessage(QLabel* label, const QString& text, bool error);

    SiteContext& m_site;
    CurrentUser m_currentUser;
    std::vector<Fridge> m_fridges;
    QListWidget* m_fridgeList = nullptr;
    QLabel* m_fridgesHeading = nullptr;
    QLabel* m_readingHeading = nullptr;
    QLabel* m_reminder = nullptr;
    QLineEdit* m_celsius = nullptr;
    QPushButton* m_record = nullptr;
    QLabel* m_readingMessage = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_importMessage = nullptr;
    FridgeChart* m_chart = nullptr;
    QLabel* m_excursionHeading = nullptr;
    QTableView* m_excursionView = nullptr;
    ExcursionsModel* m_excursions = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_release = nullptr;
    QCheckBox* m_override = nullptr;  // release without a reading back in range
    QPushButton* m_discard = nullptr;
    QLabel* m_decisionMessage = nullptr;
    QTimer m_reminderTimer;
    QFutureWatcher<Result<ImportOutcome>> m_importJob;
};

}  // namespace vax::ui
