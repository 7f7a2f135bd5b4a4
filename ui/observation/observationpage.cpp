#include "observation/observationpage.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QShortcut>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#include "aefi/aefiservice.h"
#include "checkin/queuenumber.h"
#include "observation/boardmodel.h"
#include "observation/observationboard.h"
#include "observation/observationdialogs.h"
#include "observation/observationservice.h"
#include "shell/livetext.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

using observation::BoardEntry;

ObservationPage::ObservationPage(SiteContext& site, CurrentUser currentUser, QWidget* parent)
    : WorkspacePage(parent), m_site(site), m_currentUser(std::move(currentUser))
{
    setObjectName(QStringLiteral("observationPage"));
    m_model = new BoardModel(site, this);

    m_serious = new QLabel(this);
    m_serious->setObjectName(QStringLiteral("seriousBanner"));
    m_serious->setWordWrap(true);
    m_serious->setStyleSheet(
        QStringLiteral("background: #d01010; color: white; font-weight: "
                       "bold; padding: 8px;"));
    scaleFont(m_serious, 1.2, true);
    m_serious->hide();
    body()->addWidget(m_serious);
    m_jump = new QLabel(this);
    m_jump->setObjectName(QStringLiteral("jumpBanner"));
    m_jump->setWordWrap(true);
    m_jump->setStyleSheet(
        QStringLiteral("background: #ffb300; color: black; font-weight: bold; padding: 8px;"));
    m_jump->hide();
    body()->addWidget(m_jump);

    auto* row = new QHBoxLayout;
    m_numberLabel = new QLabel(this);
    scaleFont(m_numberLabel, 1.3, true);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("numberField"));
    // "3-17" (a joined desk's number, docs/site.md 6), "30017" or "17".
    m_number->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,9}([-\\x{FF0D}][0-9]{0,4})?")), m_number));
    m_number->setMaximumWidth(160);
    scaleFont(m_number, 1.6, true);
    m_numberLabel->setBuddy(m_number);
    m_keys = new QLabel(this);
    m_keys->setWordWrap(true);
    row->addWidget(m_numberLabel);
    row->addWidget(m_number);
    row->addWidget(m_keys, 1);
    body()->addLayout(row);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("observationTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(BoardModel::StateColumn,
                                                      QHeaderView::Stretch);
    scaleFont(m_table, 1.15);
    body()->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_depart = new QPushButton(this);
    m_leftEarly = new QPushButton(this);
    m_aefi = new QPushButton(this);
    m_openBoard = new QPushButton(this);
    m_aefi->setStyleSheet(errorTextStyle());
    for (QPushButton* b : {m_depart, m_leftEarly, m_aefi})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_openBoard);
    body()->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("observationMessage"));
    m_message->setWordWrap(true);
    clearOnLanguageChange(m_message);
    body()->addWidget(m_message);

    connect(m_depart, &QPushButton::clicked, this, &ObservationPage::departSelected);
    connect(m_leftEarly, &QPushButton::clicked, this, &ObservationPage::leftEarlySelected);
    connect(m_aefi, &QPushButton::clicked, this, &ObservationPage::adverseEventSelected);
    connect(m_openBoard, &QPushButton::clicked, this, [this] { openBoard(); });
    auto* boardKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_B), this);
    boardKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(boardKey, &QShortcut::activated, this, [this] { openBoard(); });
    connect(m_number, &QLineEdit::textEdited, this, &ObservationPage::onNumberEdited);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const BoardEntry* e = m_model->entryAt(current.row());
                m_selectedId = e ? e->observationId : QString();
                // A row picked with the mouse or the arrows replaces a number typed for
                // another person: the field never names someone other than the selection.
                if (e && !m_number->text().isEmpty() &&
                    parseQueueNumber(m_number->text()) != e->queueNumber)
                    m_number->clear();
            });
    connect(m_model, &BoardModel::reloaded, this, &ObservationPage::onReloaded);
    m_number->installEventFilter(this);
    m_table->installEventFilter(this);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ObservationPage::tick);
    ObservationPage::retranslate();
    onReloaded();
}

QString ObservationPage::title() const
{
    return tr("Observation");
}

void ObservationPage::retranslate()
{
    WorkspacePage::retranslate();
    m_numberLabel->setText(tr("&Number:"));
    m_keys->setText(
        tr("Type the queue number, then: D departure · E left early · A adverse "
           "event · Ctrl+B board"));
    m_depart->setText(tr("Departure (D)"));
    m_leftEarly->setText(tr("Left early (E)"));
    m_aefi->setText(tr("Adverse event (A)"));
    m_openBoard->setText(tr("Open board (Ctrl+B)"));
    refreshBanners();
}

void ObservationPage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    tick();
    m_timer->start();
    m_number->setFocus();
}

void ObservationPage::hideEvent(QHideEvent* event)
{
    m_timer->stop();
    WorkspacePage::hideEvent(event);
}

void ObservationPage::tick()
{
    m_model->tick();
    refreshBanners();
}

void ObservationPage::onReloaded()
{
    // Keep the person selected across reloads.
    const int row = [this] {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->entryAt(r)->observationId == m_selectedId)
                return r;
        return -1;
    }();
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_selectedId.clear();
    // Today's serious adverse events, also of people who have left (referred).
    AefiService aefis(m_site.serviceContext());
    auto today = aefis.listOn(m_site.calendar().today());
    QStringList serious;
    if (today)
        for (const AdverseEventRecord& r : *today)
            if (r.immediateReport)
                serious << tr("No. %1 %2 (%3)")
                               .arg(queueLabel(r.queueNumber))
                               .arg(r.maskedName,
                                    inSiteZone(r.onset).toString(QStringLiteral("HH:mm")));
    m_serious->setProperty("events", serious);
    refreshBanners();
}

void ObservationPage::refreshBanners()
{
    const QStringList serious = m_serious->property("events").toStringList();
    m_serious->setText(serious.isEmpty()
                           ? QString()
                           : tr("SERIOUS adverse event today — report to the district "
                                "immediately: %1")
                                 .arg(serious.join(QStringLiteral(", "))));
    m_serious->setVisible(!serious.isEmpty());
    if (const auto jump = m_model->lastJumpMs()) {
        m_jump->setText(tr("The computer's clock was changed by %1 minutes. Times left may be "
                           "wrong — check the system clock. Recorded end times were not "
                           "changed.")
                            .arg(static_cast<double>(*jump) / 60000.0, 0, 'f', 1));
        m_jump->show();
    } else {
        m_jump->hide();
    }
}

ObservationBoard* ObservationPage::board() const
{
    return m_board.data();
}

QString ObservationPage::message() const
{
    return m_message->text();
}

QString ObservationPage::seriousBannerText() const
{
    return m_serious->isHidden() ? QString() : m_serious->text();
}

QString ObservationPage::jumpBannerText() const
{
    return m_jump->isHidden() ? QString() : m_jump->text();
}

void ObservationPage::onNumberEdited(const QString& text)
{
    const std::optional<int> number = parseQueueNumber(text);
    if (number && selectNumber(*number))
        return;
    // No one (or nobody yet) has this number: whoever was selected before stays unselected,
    // so that a key pressed now cannot act on them.
    clearSelection();
    if (!text.isEmpty())
        showMessage([text] { return tr("Number %1 is not in the observation area.").arg(text); },
                    true);
}

void ObservationPage::clearSelection()
{
    m_selectedId.clear();
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
}

void ObservationPage::finishAction()
{
    m_number->clear();
    clearSelection();
    m_number->setFocus();
}

bool ObservationPage::selectNumber(int queueNumber)
{
    const int row = m_model->rowOfNumber(queueNumber);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    m_selectedId = m_model->entryAt(row)->observationId;
    showMessage(QString(), false);
    return true;
}

const BoardEntry* ObservationPage::selected() const
{
    for (const BoardEntry& e : m_model->entries())
        if (e.observationId == m_selectedId)
            return &e;
    return nullptr;
}

const BoardEntry* ObservationPage::target()
{
    // A typed number decides alone: the person it names, or nobody. Only with the field empty
    // does a row picked with the mouse or the arrows count.
    const QString typed = m_number->text().trimmed();
    if (!typed.isEmpty()) {
        const std::optional<int> number = parseQueueNumber(typed);
        if (!number || !selectNumber(*number)) {
            showMessage(
                [typed] { return tr("Number %1 is not in the observation area.").arg(typed); },
                true);
            finishAction();
            return nullptr;
        }
        return selected();
    }
    const BoardEntry* e = selected();
    if (!e)
        showMessage([] { return tr("Type the queue number of the person first."); }, true);
    return e;
}

QString ObservationPage::actorId()
{
    const auto user = m_currentUser ? m_currentUser() : std::nullopt;
    return user ? user->id : QString();
}

void ObservationPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);  // already rendered: a language switch clears it
    m_message->setStyleSheet(error ? errorTextStyle() : colourTextStyle(kOkColour));
}

void ObservationPage::showMessage(std::function<QString()> render, bool error)
{
    showMessage(QString(), error);
    setLiveText(m_message, std::move(render));  // rendered again in the new language
}

void ObservationPage::departSelected()
{
    const BoardEntry* e = target();
    if (!e)
        return;
    const BoardEntry entry = *e;
    ObservationService service(m_site.serviceContext());
    auto done = service.depart(entry.observationId, actorId());
    if (done) {
        const QString number = queueLabel(entry.queueNumber);
        showMessage([number] { return tr("Number %1 has left.").arg(number); }, false);
        m_model->reload();
        finishAction();
        return;
    }
    if (done.error().code == ErrorCode::ObservationTooEarly) {
        openLeftEarly(entry);
        return;
    }
    showMessage(done.error().message, true);
    finishAction();
}

void ObservationPage::leftEarlySelected()
{
    if (const BoardEntry* e = target())
        openLeftEarly(*e);
}

void ObservationPage::openLeftEarly(const BoardEntry& entry)
{
    const qint64 left = observation::secondsLeft(entry.endsAt, m_site.clock->nowUtc());
    const QString warning =
        tr("Number %1 (%2) still has %3 of observation left. Reactions can start in these "
           "minutes: ask the person to stay. If they leave anyway, record an early leave with "
           "the reason.")
            .arg(queueLabel(entry.queueNumber))
            .arg(entry.maskedName, observation::formatLeft(left));
    const QString id = entry.observationId;
    const QString number = queueLabel(entry.queueNumber);
    auto* dialog = new LeftEarlyDialog(
        warning,
        [this, id, number](const QString& reason) -> Status {
            ObservationService service(m_site.serviceContext());
            auto done = service.leftEarly(id, actorId(), reason);
            if (!done)
                return done.error();
            const QString why = reason.trimmed();
            showMessage(
                [number, why] { return tr("Number %1 left early: %2").arg(number).arg(why); },
                false);
            m_model->reload();
            return {};
        },
        this);
    openActionDialog(dialog);
}

void ObservationPage::openActionDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Done or cancelled, the number was used: the next action needs a number of its own.
    connect(dialog, &QDialog::finished, this, &ObservationPage::finishAction);
    dialog->open();
}

void ObservationPage::adverseEventSelected()
{
    const BoardEntry* e = target();
    if (!e)
        return;
    ObservationService service(m_site.serviceContext());
    auto record = service.find(e->observationId);
    if (!record) {
        showMessage(record.error().message, true);
        finishAction();
        return;
    }
    const QString doseId = record->doseId;
    const QString number = queueLabel(record->queueNumber);
    auto* dialog = new AefiDialog(
        tr("No. %1 %2").arg(number).arg(record->maskedName), m_site.clock->nowUtc(),
        [this, doseId, number](const aefi::Report& input) -> Status {
            aefi::Report r = input;
            r.doseId = doseId;
            r.reporterStaffId = actorId();
            AefiService aefis(m_site.serviceContext());
            auto added = aefis.add(r);
            if (!added)
                return added.error();
            const bool serious = added->immediateReport;
            showMessage(
                [number, serious] {
                    return serious ? tr("Adverse event recorded for number %1. SERIOUS: report "
                                        "to the district immediately.")
                                         .arg(number)
                                   : tr("Adverse event recorded for number %1.").arg(number);
                },
                serious);
            m_model->reload();
            return {};
        },
        this);
    openActionDialog(dialog);
}

ObservationBoard* ObservationPage::openBoard()
{
    if (m_board) {
        m_board->raise();
        return m_board;
    }
    // A window of its own (destroyed with the main window), full screen on another screen
    // when there is one — the big screen of the observation area.
    auto* board = new ObservationBoard(m_site, this);
    board->setWindowFlag(Qt::Window);
    board->setAttribute(Qt::WA_DeleteOnClose);
    QScreen* target = screen();
    for (QScreen* s : QGuiApplication::screens())
        if (s != screen()) {
            target = s;
            break;
        }
    board->setScreen(target);
    board->setGeometry(target->geometry());
    board->showFullScreen();
    m_board = board;
    return board;
}

bool ObservationPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return WorkspacePage::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return WorkspacePage::eventFilter(watched, event);
    switch (key->key()) {
        case Qt::Key_D:
            departSelected();
            return true;
        case Qt::Key_E:
            leftEarlySelected();
            return true;
        case Qt::Key_A:
            adverseEventSelected();
            return true;
        default:
            break;
    }
    // Digits typed on the list go to the number field.
    if (watched == m_table && key->text().size() == 1 && key->text().at(0).isDigit()) {
        m_number->setFocus();
        m_number->setText(key->text());
        onNumberEdited(m_number->text());
        return true;
    }
    return WorkspacePage::eventFilter(watched, event);
}

}  // namespace vax::ui
