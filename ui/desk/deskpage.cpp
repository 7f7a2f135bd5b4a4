#include "desk/deskpage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include "checkin/checkinpanel.h"
#include "desk/injectionpanel.h"
#include "desk/queuemodel.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

DeskPage::DeskPage(SiteContext& site, QWidget* parent) : WorkspacePage(parent), m_site(site)
{
    setObjectName(QStringLiteral("deskPage"));
    auto* switcher = new QHBoxLayout;
    m_checkInButton = new QPushButton(this);
    m_checkInButton->setObjectName(QStringLiteral("modeCheckIn"));
    m_injectionButton = new QPushButton(this);
    m_injectionButton->setObjectName(QStringLiteral("modeInjection"));
    for (QPushButton* b : {m_checkInButton, m_injectionButton}) {
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        scaleFont(b, 1.15);
        b->setStyleSheet(
            QStringLiteral("QPushButton { padding: 6px 20px; } QPushButton:checked "
                           "{ background: #1d4f91; color: white; }"));
        switcher->addWidget(b);
    }
    switcher->addStretch();
    body()->addLayout(switcher);

    auto* columns = new QHBoxLayout;
    m_modes = new QStackedWidget(this);
    m_checkIn = new CheckInPanel(site, m_modes);
    m_modes->addWidget(m_checkIn);
    m_injectionPlaceholder = new QLabel(m_modes);
    m_injectionPlaceholder->setObjectName(QStringLiteral("injectionPlaceholder"));
    m_injectionPlaceholder->setWordWrap(true);
    m_injectionPlaceholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    scaleFont(m_injectionPlaceholder, 1.2);
    m_injection = m_injectionPlaceholder;
    m_modes->addWidget(m_injection);
    columns->addWidget(m_modes, 4);

    auto* side = new QVBoxLayout;
    m_queueHeading = new QLabel(this);
    scaleFont(m_queueHeading, 1.1, true);
    side->addWidget(m_queueHeading);
    m_queueError = new QLabel(this);
    m_queueError->setObjectName(QStringLiteral("queueError"));
    m_queueError->setStyleSheet(errorTextStyle());
    m_queueError->setWordWrap(true);
    m_queueError->hide();
    side->addWidget(m_queueError);
    m_queue = new QueueModel(this);
    m_queueView = new QTableView(this);
    m_queueView->setObjectName(QStringLiteral("queueList"));
    m_queueView->setModel(m_queue);
    m_queueView->setFocusPolicy(Qt::NoFocus);
    m_queueView->setSelectionMode(QAbstractItemView::NoSelection);
    m_queueView->verticalHeader()->hide();
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_queueView->horizontalHeader()->setSectionResizeMode(m_queue->columnCount() - 1,
                                                          QHeaderView::Stretch);
    m_queueView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->addWidget(m_queueView, 1);
    columns->addLayout(side, 1);
    body()->addLayout(columns, 1);

    connect(m_checkInButton, &QPushButton::clicked, this, [this] { setMode(Mode::CheckIn); });
    connect(m_injectionButton, &QPushButton::clicked, this, [this] { setMode(Mode::Injection); });
    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    f2->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f2, &QShortcut::activated, this, [this] { setMode(Mode::CheckIn); });
    auto* f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    f3->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f3, &QShortcut::activated, this, [this] { setMode(Mode::Injection); });
    connect(m_checkIn, &CheckInPanel::queueChanged, this, &DeskPage::refreshQueue);
    m_injectionPanel = new InjectionPanel(site);
    connect(m_injectionPanel, &InjectionPanel::queueChanged, this, &DeskPage::refreshQueue);
    setInjectionPanel(m_injectionPanel);
    m_checkIn->setRecipientDisplay(m_injectionPanel->recipientDisplay());

    DeskPage::retranslate();
    setMode(Mode::CheckIn);
    refreshQueue();
}

QString DeskPage::title() const
{
    return tr("Desk");
}

void DeskPage::retranslate()
{
    WorkspacePage::retranslate();
    m_checkInButton->setText(tr("Check-in (F2)"));
    m_injectionButton->setText(tr("Injection (F3)"));
    if (m_injectionPlaceholder)
        m_injectionPlaceholder->setText(
            tr("The injection checklist (三查七对一验证) comes here in a later version. Check "
               "people in with F2; their queue numbers are listed on the right."));
    m_queueHeading->setText(tr("Today's queue"));
}

void DeskPage::setStaffId(const QString& staffId)
{
    m_checkIn->setStaffId(staffId);
    if (m_injectionPanel)
        m_injectionPanel->setStaffId(staffId);
}

void DeskPage::setInjectionPanel(QWidget* panel)
{
    const bool showing = m_mode == Mode::Injection;
    if (panel != m_injectionPanel)
        m_injectionPanel = nullptr;
    m_modes->removeWidget(m_injection);
    m_injection->deleteLater();
    m_injectionPlaceholder = nullptr;
    m_injection = panel;
    m_modes->addWidget(panel);
    if (showing)
        m_modes->setCurrentWidget(panel);
    DeskPage::retranslate();
}

void DeskPage::setMode(Mode mode)
{
    m_mode = mode;
    m_checkInButton->setChecked(mode == Mode::CheckIn);
    m_injectionButton->setChecked(mode == Mode::Injection);
    m_modes->setCurrentWidget(mode == Mode::CheckIn ? static_cast<QWidget*>(m_checkIn)
                                                    : m_injection);
    if (mode == Mode::CheckIn)
        m_checkIn->entry()->setFocus();
    else
        m_injection->setFocus();
}

void DeskPage::refreshQueue()
{
    CheckInService service(m_site.serviceContext());
    auto entries = service.queue(service.today());
    if (!entries) {
        m_queueError->setText(entries.error().message);
        m_queueError->show();
        return;
    }
    m_queueError->hide();
    m_queue->setEntries(std::move(*entries));
    m_queueView->scrollToBottom();
}

void DeskPage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    refreshQueue();
}

}  // namespace vax::ui
