#include "coldchain/fridgepage.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "coldchain/csvimporters.h"
#include "coldchain/excursionsmodel.h"
#include "coldchain/fridgechart.h"
#include "coldchain/importsupport.h"
#include "coldchain/lotquarantine.h"
#include "coldchain/readingschedule.h"
#include "security/permissions.h"
#include "shell/livetext.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

FridgePage::FridgePage(SiteContext& site, CurrentUser currentUser, QWidget* parent)
    : WorkspacePage(parent), m_site(site), m_currentUser(std::move(currentUser))
{
    auto* columns = new QHBoxLayout;
    body()->addLayout(columns, 1);

    // Left: fridges, the manual reading and the logger import.
    auto* left = new QVBoxLayout;
    m_fridgesHeading = new QLabel(this);
    scaleFont(m_fridgesHeading, 1.2, true);
    m_fridgeList = new QListWidget(this);
    m_fridgeList->setObjectName(QStringLiteral("fridgeList"));
    m_fridgeList->setMaximumHeight(150);
    m_readingHeading = new QLabel(this);
    scaleFont(m_readingHeading, 1.2, true);
    m_reminder = new QLabel(this);
    m_reminder->setObjectName(QStringLiteral("readingReminder"));
    m_reminder->setWordWrap(true);
    m_celsius = new QLineEdit(this);
    m_celsius->setObjectName(QStringLiteral("celsiusInput"));
    m_celsius->setPlaceholderText(QStringLiteral("4.5"));
    scaleFont(m_celsius, 1.3);
    m_record = new QPushButton(this);
    m_record->setObjectName(QStringLiteral("recordReading"));
    auto* readingRow = new QHBoxLayout;
    readingRow->addWidget(m_celsius, 1);
    readingRow->addWidget(m_record);
    m_readingMessage = new QLabel(this);
    clearOnLanguageChange(m_readingMessage);
    m_readingMessage->setObjectName(QStringLiteral("readingMessage"));
    m_readingMessage->setWordWrap(true);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_importMessage = new QLabel(this);
    clearOnLanguageChange(m_importMessage);
    m_importMessage->setObjectName(QStringLiteral("importMessage"));
    m_importMessage->setWordWrap(true);
    left->addWidget(m_fridgesHeading);
    left->addWidget(m_fridgeList);
    left->addSpacing(12);
    left->addWidget(m_readingHeading);
    left->addWidget(m_reminder);
    left->addLayout(readingRow);
    left->addWidget(m_readingMessage);
    left->addSpacing(12);
    left->addWidget(m_import);
    left->addWidget(m_importMessage);
    left->addStretch();
    auto* leftBox = new QWidget(this);
    leftBox->setLayout(left);
    leftBox->setFixedWidth(300);
    columns->addWidget(leftBox);

    // Right: the chart, the excursions and the decision on them.
    auto* right = new QVBoxLayout;
    m_chart = new FridgeChart(this);
    right->addWidget(m_chart, 3);
    m_excursionHeading = new QLabel(this);
    scaleFont(m_excursionHeading, 1.2, true);
    right->addWidget(m_excursionHeading);
    m_excursions = new ExcursionsModel(this);
    m_excursionView = new QTableView(this);
    m_excursionView->setObjectName(QStringLiteral("excursionTable"));
    m_excursionView->setModel(m_excursions);
    m_excursionView->verticalHeader()->hide();
    m_excursionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The lots column holds lot numbers and their state: sized to its contents like the others,
    // never cut ("TRAIN-…", "已隔…"); a long list scrolls sideways.
    m_excursionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_excursionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_excursionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    right->addWidget(m_excursionView, 1);
    auto* decisionRow = new QHBoxLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_release = new QPushButton(this);
    m_release->setObjectName(QStringLiteral("releaseButton"));
    m_discard = new QPushButton(this);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_override = new QCheckBox(this);
    m_override->setObjectName(QStringLiteral("releaseOverride"));
    decisionRow->addWidget(m_reason, 1);
    decisionRow->addWidget(m_release);
    decisionRow->addWidget(m_discard);
    right->addLayout(decisionRow);
    right->addWidget(m_override);
    m_decisionMessage = new QLabel(this);
    clearOnLanguageChange(m_decisionMessage);
    m_decisionMessage->setObjectName(QStringLiteral("decisionMessage"));
    m_decisionMessage->setWordWrap(true);
    right->addWidget(m_decisionMessage);
    columns->addLayout(right, 1);

    connect(m_fridgeList, &QListWidget::currentRowChanged, this, &FridgePage::showFridge);
    connect(m_celsius, &QLineEdit::returnPressed, this, &FridgePage::recordReading);
    connect(m_record, &QPushButton::clicked, this, &FridgePage::recordReading);
    connect(m_import, &QPushButton::clicked, this, &FridgePage::chooseImportFile);
    connect(&m_importJob, &QFutureWatcher<Result<ImportOutcome>>::finished, this,
            &FridgePage::finishImport);
    connect(m_release, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_discard, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_excursionView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FridgePage::updateDecisionButtons);
    connect(&m_reminderTimer, &QTimer::timeout, this, &FridgePage::updateReminder);
    m_reminderTimer.start(60 * 1000);
    FridgePage::retranslate();
}

QString FridgePage::title() const
{
    return tr("Cold chain");
}

void FridgePage::retranslate()
{
    WorkspacePage::retranslate();
    m_fridgesHeading->setText(tr("Fridges"));
    m_readingHeading->setText(tr("Manual reading (°C)"));
    m_record->setText(tr("&Record"));
    m_import->setText(tr("&Import logger file…"));
    m_import->setToolTip(tr("LogTag CSV, Fridge-tag 2 / 2 L report, or timestamp,celsius CSV"));
    m_excursionHeading->setText(tr("Excursions and quarantined lots"));
    m_reason->setPlaceholderText(tr("Reason for the decision (required)"));
    m_release->setText(tr("Re&lease lots"));
    m_discard->setText(tr("&Discard lots"));
    m_override->setText(
        tr("Release although no reading shows the fridge back in range "
           "(override: recorded and sent to the district)"));
    refresh();
}

void FridgePage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    refresh();
}

void FridgePage::setMessage(QLabel* label, const QString& text, bool error)
{
    label->setStyleSheet(colourTextStyle(error ? kErrorColour : kOkColour, true));
    label->setText(text);
}

QString FridgePage::selectedFridgeId() const
{
    const int row = m_fridgeList->currentRow();
    return row >= 0 && row < int(m_fridges.size()) ? m_fridges[size_t(row)].id : QString();
}

void FridgePage::refresh()
{
    const QString selected = selectedFridgeId();
    auto fridges = FridgeRepository::list(*m_site.db);
    if (!fridges) {
        setMessage(m_readingMessage, fridges.error().message, true);
        return;
    }
    m_fridges = std::move(*fridges);
    {
        const QSignalBlocker block(m_fridgeList);
        m_fridgeList->clear();
        int current = m_fridges.empty() ? -1 : 0;
        for (size_t i = 0; i < m_fridges.size(); ++i) {
            const Fridge& f = m_fridges[i];
            m_fridgeList->addItem(
                tr("%1 (%2–%3 °C)").arg(f.name).arg(f.thresholds.minC).arg(f.thresholds.maxC));
            if (f.id == selected)
                current = int(i);
        }
        m_fridgeList->setCurrentRow(current);
    }
    showFridge();
}

void FridgePage::showFridge()
{
    const int row = m_fridgeList->currentRow();
    auto all = LotQuarantine::list(*m_site.db, false);
    if (!all) {
        setMessage(m_decisionMessage, all.error().message, true);
        return;
    }
    m_excursions->setExcursions(*all);
    updateDecisionButtons();
    updateReminder();
    if (row < 0 || row >= int(m_fridges.size()))
        return;
    const Fridge& fridge = m_fridges[size_t(row)];
    const QDateTime to = m_site.clock->nowUtc();
    const QDateTime from = to.addDays(-kChartDays);
    auto readings = ColdChainService::readings(*m_site.db, fridge.id, from, to.addSecs(1));
    if (!readings) {
        setMessage(m_readingMessage, readings.error().message, true);
        return;
    }
    m_chart->show(fridge, *readings, *all, from, to);
    // The chart's window follows the readings; the title says which period they come from.
    m_chart->chart()->setTitle(tr("%1 — %2 readings in the last %3 days")
                                   .arg(fridge.name)
                                   .arg(readings->size())
                                   .arg(kChartDays));
}

void FridgePage::updateReminder()
{
    const QString fridge = selectedFridgeId();
    if (fridge.isEmpty()) {
        m_reminder->clear();
        return;
    }
    auto due = ColdChainService::manualReadingDue(m_site.serviceContext(), fridge);
    if (!due || !*due) {
        m_reminder->setText(due ? tr("No manual reading due now.") : due.error().message);
        m_reminder->setStyleSheet(QString());
        return;
    }
    m_reminder->setText(**due == ReadingSession::Morning
                            ? tr("The MORNING reading of this fridge is due.")
                            : tr("The AFTERNOON reading of this fridge is due."));
    m_reminder->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; "
                                             "padding: 6px;")
                                  .arg(QLatin1String(kTrainingColour)));
}

void FridgePage::recordReading()
{
    const auto user = m_currentUser ? m_currentUser() : std::nullopt;
    if (!user) {
        setMessage(m_readingMessage, tr("Sign in to record a reading."), true);
        return;
    }
    const auto celsius = importsupport::parseCelsius(m_celsius->text());
    if (!celsius) {
        setMessage(m_readingMessage,
                   tr("Temperature: \"%1\" is not a number of °C; type it as read, e.g. 4.5.")
                       .arg(m_celsius->text()),
                   true);
        m_celsius->setFocus();
        return;
    }
    auto outcome = ColdChainService::addManualReading(m_site.serviceContext(user->id),
                                                      selectedFridgeId(), *celsius, {});
    if (!outcome) {
        setMessage(m_readingMessage, outcome.error().message, true);
        return;
    }
    m_celsius->clear();
    if (outcome->excursions.empty()) {
        const double c = *celsius;
        setMessage(m_readingMessage, {}, false);
        setLiveText(m_readingMessage, [c] { return tr("Recorded %1 °C.").arg(c); });
    } else {
        const double c = *celsius;
        const int lots = outcome->excursions.front().lotsQuarantined;
        setMessage(m_readingMessage, {}, true);
        setLiveText(m_readingMessage, [c, lots] {
            return tr("%1 °C is OUTSIDE the allowed range: %n lot(s) of this fridge are "
                      "quarantined until a supervisor decides.",
                      nullptr, lots)
                .arg(c);
        });
    }
    showFridge();
}

void FridgePage::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a logger file"), QString(),
                                     tr("Logger files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void FridgePage::importFile(const QString& path)
{
    const auto user = m_currentUser ? m_currentUser() : std::nullopt;
    const QString fridgeId = selectedFridgeId();
    if (!user || fridgeId.isEmpty() || m_importJob.isRunning())
        return;
    m_import->setEnabled(false);
    setMessage(m_importMessage, tr("Importing %1…").arg(QFileInfo(path).fileName()), false);
    const QString dbPath = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    const QTimeZone zone = m_site.site.timeZone();
    const QString actor = user->id;
    m_importJob.setFuture(QtConcurrent::run([=]() -> Result<ImportOutcome> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             FridgePage::tr("File: cannot read %1 (%2); choose another file.")
                                 .arg(path, file.errorString()),
                             QStringLiteral("file"));
        // Streamed within the import limits: never the whole file in memory.
        auto report = readTemperatureFile(file, QFileInfo(path).fileName(), zone);
        if (!report)
            return report.error();
        // A connection of this worker thread's own; the import is one transaction.
        OpenOptions options;
        options.path = dbPath;
        auto db = Database::open(options);
        if (!db)
            return db.error();
        auto outcome = ColdChainService::importReport({**db, *clock, actor}, fridgeId, *report);
        if (!outcome)
            return outcome.error();
        return ImportOutcome{report->format, *outcome};
    }));
}

void FridgePage::finishImport()
{
    m_import->setEnabled(true);
    const Result<ImportOutcome> result = m_importJob.result();
    if (!result) {
        setMessage(m_importMessage, result.error().message, true);
    } else {
        QString text = tr("Imported %1 reading(s) (%2); %3 were already stored.")
                           .arg(result->outcome.readingsStored)
                           .arg(result->format)
                           .arg(result->outcome.readingsSkipped);
        int lots = 0;
        for (const StoredExcursion& e : result->outcome.excursions)
            lots += e.lotsQuarantined;
        if (!result->outcome.excursions.empty())
            text += QLatin1Char(' ') + tr("%n new excursion(s); %1 lot(s) quarantined.", nullptr,
                                          int(result->outcome.excursions.size()))
                                           .arg(lots);
        setMessage(m_importMessage, text, !result->outcome.excursions.empty());
    }
    showFridge();
    emit importFinished();
}

void FridgePage::updateDecisionButtons()
{
    const auto user = m_currentUser ? m_currentUser() : std::nullopt;
    // The role table decides (the service checks it again); no role list of our own.
    const bool supervisor = user && allows(user->roles, Permission::ReleaseQuarantine);
    const QModelIndexList rows = m_excursionView->selectionModel()->selectedRows();
    const ExcursionRecord* e =
        rows.isEmpty() ? nullptr : m_excursions->excursion(rows.first().row());
    const bool open = e && e->open();
    m_release->setEnabled(supervisor && open);
    m_discard->setEnabled(supervisor && open);
    m_reason->setEnabled(supervisor);
    m_override->setEnabled(supervisor && open);
    if (open) {
        // Say before the supervisor decides whether the fridge is shown back in range.
        auto gap = LotQuarantine::missingEvidence(*m_site.db, *m_site.clock, e->id);
        if (gap && !gap->isEmpty())
            setMessage(m_decisionMessage, *gap, true);
        else if (gap)
            setMessage(m_decisionMessage, {}, false);
    }
    if (!supervisor)
        m_reason->setPlaceholderText(
            tr("Only a supervisor (site administrator) decides on "
               "quarantined lots"));
}

void FridgePage::decide(bool release)
{
    const auto user = m_currentUser ? m_currentUser() : std::nullopt;
    const QModelIndexList rows = m_excursionView->selectionModel()->selectedRows();
    const ExcursionRecord* e =
        rows.isEmpty() ? nullptr : m_excursions->excursion(rows.first().row());
    if (!user || !e)
        return;
    const QString id = e->id;
    auto decided =
        release
            ? LotQuarantine::release(
                  *m_site.db, *m_site.clock, id, {}, m_reason->text(), *user,
                  m_override->isChecked() ? ReleaseEvidence::Override : ReleaseEvidence::Reading)
            : LotQuarantine::discard(*m_site.db, *m_site.clock, id, {}, m_reason->text(), *user);
    if (!decided) {
        setMessage(m_decisionMessage, decided.error().message, true);
        m_reason->setFocus();
        return;
    }
    const int lots = *decided;
    setMessage(m_decisionMessage, {}, false);
    setLiveText(m_decisionMessage, [release, lots] {
        return release ? tr("Released %n lot(s).", nullptr, lots)
                       : tr("Discarded %n lot(s); their doses in that fridge are booked as "
                            "wasted (cold chain).",
                            nullptr, lots);
    });
    m_reason->clear();
    m_override->setChecked(false);
    // "… quarantined until a supervisor decides" was true before this decision, not after.
    setMessage(m_readingMessage, {}, false);
    showFridge();
}

}  // namespace vax::ui
