#include "desk/injectionpanel.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QVBoxLayout>

#include "checkin/queuenumber.h"
#include "desk/checklistview.h"
#include "desk/injectioncolumn.h"
#include "desk/injectionentry.h"
#include "desk/injectionkeys.h"
#include "desk/injectiontexts.h"
#include "desk/overridedialog.h"
#include "desk/personcard.h"
#include "desk/recipientdisplay.h"
#include "desk/sitehistoryasker.h"
#include "identity/masking.h"
#include "scan/scanrouter.h"
#include "stock/openvialpanel.h"
#include "stock/scanfield.h"

namespace vax::ui {

InjectionPanel::InjectionPanel(SiteContext& site, QWidget* parent)
    : QWidget(parent),
      m_site(site),
      m_queue(site.serviceContext()),
      m_checklist(site.serviceContext()),
      m_certificate(site.serviceContext())
{
    setObjectName(QStringLiteral("injectionPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entry = new InjectionEntry(this);
    setFocusProxy(m_entry->scanField());
    layout->addWidget(m_entry);
    m_keys = new InjectionKeys(
        m_entry->scanField(), [this](QChar command) { return commandKey(command); }, this);
    connectKeys();

    auto* columns = new QHBoxLayout;
    m_checklistView = new ChecklistView(this);
    m_checklistView->setObjectName(QStringLiteral("checklistView"));
    // Fits a 1280×800 window as it is; on a smaller screen it scrolls rather than push the
    // Administer button off the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_checklistView);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columns->addWidget(scroll, 2);

    m_column = new InjectionColumn(site, this);
    connect(m_column->card(), &PersonCard::printCertificateRequested, this,
            &InjectionPanel::printCertificate);
    connect(m_column, &InjectionColumn::administerClicked, this, &InjectionPanel::administer);
    connect(m_column, &InjectionColumn::callNextClicked, this, &InjectionPanel::callNext);
    connect(m_column, &InjectionColumn::displayClicked, this,
            &InjectionPanel::showRecipientDisplay);
    connect(m_column->vials(), &OpenVialPanel::vialOpened, this, [this](const OpenVial& vial) {
        if (m_checklist.called() && !m_checklist.saved())
            loadScan(DeskScan{m_checklist.called()->visitId, {}, vial.id, {}});
        scanField()->setFocus();
    });
    columns->addWidget(m_column, 1);
    layout->addLayout(columns, 1);

    m_display = new RecipientDisplay(this);
    m_display->showIdle();
    m_siteHistory = new SiteHistoryAsker(site, this);
    retranslate();
}

void InjectionPanel::setSiteSecrets(std::shared_ptr<SecretStore> secrets)
{
    m_siteHistory->setSecrets(std::move(secrets));
}

InjectionPanel::~InjectionPanel() = default;

void InjectionPanel::connectKeys()
{
    connect(m_keys, &InjectionKeys::callNextRequested, this, &InjectionPanel::callNext);
    connect(m_keys, &InjectionKeys::displayRequested, this, &InjectionPanel::showRecipientDisplay);
    connect(m_keys, &InjectionKeys::overrideRequested, this, &InjectionPanel::overrideByDoctor);
    connect(m_keys, &InjectionKeys::printRequested, this, &InjectionPanel::printCertificate);
    connect(m_keys, &InjectionKeys::administerRequested, this, &InjectionPanel::administer);
    connect(m_keys, &InjectionKeys::scanned, this, &InjectionPanel::scanned);
    connect(m_keys, &InjectionKeys::clearVaccineRequested, this, &InjectionPanel::clearVaccine);
    connect(m_keys, &InjectionKeys::undoRequested, this, [this] {
        if (m_checklist.undoLastConfirmation())
            render();
    });
    connect(m_keys, &InjectionKeys::confirmRequested, this, [this] {
        if (m_checklist.confirmNext())
            render();
    });
}

ScanField* InjectionPanel::scanField() const
{
    return m_entry->scanField();
}

void InjectionPanel::setStaffId(const QString& staffId)
{
    m_staffId = staffId;
    m_column->vials()->setActorId(staffId);
    render();
}

bool InjectionPanel::canAdminister() const
{
    return !m_staffId.isEmpty() && m_checklist.canAdminister();
}

void InjectionPanel::retranslate()
{
    m_entry->retranslate();
    m_checklistView->retranslate();
    m_column->retranslate();
    // A message of the previous language goes; the checklist's texts come from core, in the
    // language of the moment: evaluated again (a saved dose keeps its recorded result).
    if (m_entry->hasMessage())
        m_entry->showMessage(QString(), false);
    if (!m_checklist.saved())
        m_checklist.evaluate();
    render();
}

void InjectionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// ---- the person and the scan ----

void InjectionPanel::callNext()
{
    if (m_staffId.isEmpty()) {
        m_entry->showMessage(tr("Sign in first: the dose is recorded with your name."), true);
        return;
    }
    const auto& current = m_checklist.called();
    if (current && !m_checklist.saved() && !m_skipArmed) {
        m_skipArmed = true;
        m_entry->showMessage(
            tr("No. %1 has not been vaccinated. Press F5 again to call the next person; "
               "No. %1 stays \"called\".")
                .arg(queueLabel(current->queueNumber)),
            true);
        return;
    }
    m_skipArmed = false;
    if (m_calling)
        return;  // the site's queue is being asked: one call at a time
    if (m_siteHistory->joined()) {
        // The site's queue (docs/site.md 6): the server's claim and a pull run off this thread.
        m_calling = true;
        m_entry->showMessage(tr("Calling the next person of the site…"), false);
        m_siteHistory->callNext(m_desk, m_staffId, [this](const Result<sitesync::SiteCall>& call) {
            m_calling = false;
            takeCall(call);
        });
        return;
    }
    auto called = m_queue.callNext(m_desk, m_staffId);
    if (!called) {
        takeCall(called.error());
        return;
    }
    sitesync::SiteCall call;
    call.called = *called;
    takeCall(call);
}

void InjectionPanel::takeCall(const Result<sitesync::SiteCall>& call)
{
    if (!call) {
        m_entry->showMessage(call.error().message, true);
        return;
    }
    const bool alone = call->source == sitesync::QueueSource::Desk;
    m_entry->showQueueSource(call->joined ? tr("Called from: %1").arg(call->note()) : QString(),
                             call->joined && alone);
    emit queueChanged();
    if (!call->called) {
        m_entry->showMessage(tr("Nobody is waiting. Check people in with F2."), false);
        return;
    }
    m_column->vials()->setScannedLot({}, {});
    m_entry->hideBanners();
    m_entry->showMessage({}, false);
    scanField()->clear();
    if (const auto loaded = m_checklist.call(*call->called); !loaded) {
        m_entry->showMessage(loaded.error().message, true);
        render();
        return;
    }
    render();
    scanField()->setFocus();
    askSiteHistory();
}

void InjectionPanel::askSiteHistory()
{
    const auto& called = m_checklist.called();
    if (!called || !m_siteHistory->joined())
        return;
    m_entry->showMessage(tr("Asking the site server for this person's doses…"), false);
    const QString visitId = called->visitId;
    m_siteHistory->refresh(called->personId, [this, visitId](const auto& fetched) {
        const auto& now = m_checklist.called();
        if (!now || now->visitId != visitId || m_checklist.saved())
            return;  // another person is at the desk by now
        if (const auto loaded = m_checklist.reload(); !loaded)
            m_entry->showMessage(loaded.error().message, true);
        else if (!fetched)
            m_entry->showMessage(fetched.error().message, true);
        else if (fetched->problem)
            m_entry->showMessage(
                tr("The site server did not answer: the checklist judges this desk's records "
                   "only. Ask the person about other doses today, then press Space."),
                true);
        else
            m_entry->showMessage({}, false);
        render();
        emit siteHistoryChecked();
    });
}

void InjectionPanel::scanned(const QString& raw)
{
    const QString text = raw.trimmed();
    if (!m_checklist.called()) {
        m_entry->showMessage(tr("Call the person first (F5), then scan the vaccine."), true);
        return;
    }
    if (m_checklist.saved()) {
        m_entry->showMessage(tr("This dose is saved. Press F5 to call the next person."), true);
        scanField()->clear();
        return;
    }
    const auto next = m_checklist.readScan(text);
    if (!next) {
        m_entry->showMessage(next.error().message, true);
        return;
    }
    if (!loadScan(*next) && classifyScan(text) == ScanKind::IdDocument)
        m_entry->showMessage(
            tr("This is a person's document. Here the vaccine is scanned: F5 calls the "
               "next person; check-in is F2."),
            true);
}

// Loads what was scanned; on an error the earlier scan stays and the error is shown.
bool InjectionPanel::loadScan(const DeskScan& scan)
{
    if (const auto loaded = m_checklist.load(scan); !loaded) {
        m_entry->showMessage(loaded.error().message, true);
        scanField()->selectAll();
        return false;
    }
    const auto& lot = m_checklist.context()->lot;
    m_entry->showMessage({}, false);
    scanField()->clear();
    m_column->vials()->setScannedLot(lot ? lot->id : QString(), lot ? lot->productCode : QString());
    m_column->vials()->refresh();
    render();
    // With a second screen the person sees the vaccine at once; on a single screen the window
    // would cover the desk, so it waits for F9.
    if (lot && !m_display->isVisible() && QGuiApplication::screens().size() > 1)
        showRecipientDisplay();
    return true;
}

void InjectionPanel::clearVaccine()
{
    if (!m_checklist.called() || m_checklist.saved() || !m_checklist.context())
        return;
    loadScan(DeskScan{m_checklist.called()->visitId, {}, {}, {}});
}

// L, R and V act only once a vaccine is scanned (before that, letters type a lot number).
std::function<void()> InjectionPanel::commandKey(QChar command)
{
    if (!m_checklist.takesCommandKeys())
        return {};
    const InjectionChecklist::Snapshot before = m_checklist.snapshot();
    if (command == u'V') {
        m_checklist.toggleConfirmation(ChecklistItemKey::Verification);
        render();
    } else if (const auto chosen = m_checklist.chooseSite(command); !chosen) {
        m_entry->showMessage(chosen.error().message, true);
    } else {
        render();
    }
    return [this, before] {
        m_checklist.restore(before);
        render();
    };
}

void InjectionPanel::overrideByDoctor()
{
    if (!m_checklist.context() || m_checklist.saved())
        return;
    const auto [codes, words] = m_checklist.overridable();
    if (codes.isEmpty()) {
        m_entry->showMessage(tr("Nothing here may be overridden by a doctor."), true);
        return;
    }
    // Non-blocking: the password check runs off the GUI thread while the dialog stays open.
    auto* dialog = new OverrideDialog(m_site, m_checklist.scan().visitId, codes, words, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, codes = codes, words = words] {
        m_checklist.allowOverride(dialog->approval(), dialog->reason(), codes);
        m_entry->showMessage(
            tr("A doctor allowed: %1. Reason: %2")
                .arg(words.join(QStringLiteral("; ")), m_checklist.overrideReason()),
            false);
        render();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        window()->activateWindow();
        scanField()->setFocus();
    });
    dialog->open();
}

// ---- administer ----

void InjectionPanel::administer()
{
    if (!m_checklist.called() || !m_checklist.context()) {
        m_entry->showMessage(tr("Nobody is called: press F5 to call the next person."), true);
        return;
    }
    if (m_checklist.saved()) {
        m_entry->showMessage(tr("This dose is saved. Press F5 to call the next person."), false);
        return;
    }
    if (!canAdminister()) {
        const auto blocking = m_checklist.result().blocking();
        m_entry->showRefusal(
            tr("Not yet — nothing was saved: %1")
                .arg(blocking.empty() ? tr("no dose is due.") : blocking.front().second.message));
        return;
    }
    auto receipt = m_checklist.administer(m_desk, m_staffId);
    if (!receipt) {
        m_entry->showMessage(tr("Not saved: %1").arg(receipt.error().message), true);
        render();
        return;
    }
    m_entry->showSaved(savedText(*receipt));
    m_entry->showMessage({}, false);
    m_display->showSaved(siteHhmm(receipt->observationEndsAt));
    m_column->vials()->refresh();
    render();
    emit queueChanged();
    scanField()->setFocus();
}

void InjectionPanel::showRecipientDisplay()
{
    updateRecipientDisplay();
    m_display->present(window());
    scanField()->setFocus();
}

// ---- on screen ----

void InjectionPanel::render()
{
    m_entry->setPrompt(injectionPrompt(m_checklist, !m_staffId.isEmpty()));
    if (m_checklist.context())
        m_checklistView->setResult(m_checklist.result(), checklistKeyHints(m_checklist));
    else
        m_checklistView->clear();
    m_column->render(m_checklist, canAdminister());
    if (canAdminister())
        m_entry->dropRefusal();
    updateRecipientDisplay();
}

void InjectionPanel::updateRecipientDisplay()
{
    if (m_checklist.saved())
        return;  // the "Saved" screen stays until the next person is called
    const auto& context = m_checklist.context();
    if (!m_checklist.called() || !context)
        m_display->showIdle();
    else if (!context->input.product || !context->lot)
        m_display->showWaiting(maskName(context->person.name), context->queueNumber);
    else
        m_display->showVaccine(recipientVaccine(*context, m_checklist.result().doseNumber));
}

// ---- the certificate ----

void InjectionPanel::printCertificate()
{
    if (!m_checklist.called()) {
        m_entry->showMessage(
            tr("Call the person first (F5): the certificate is printed for the person at "
               "the desk."),
            true);
        return;
    }
    if (m_staffId.isEmpty()) {
        m_entry->showMessage(tr("Sign in first: the certificate is issued in your name."), true);
        return;
    }
    m_entry->hideCertificate();
    const auto outcome =
        m_certificate.issueAndPrint(this, m_staffId, m_checklist.called()->personId);
    if (outcome.printerAsked)
        window()->activateWindow();
    scanField()->setFocus();
    if (!outcome.printed) {
        m_entry->showMessage(outcome.message, true);
        return;
    }
    m_entry->showMessage({}, false);
    m_entry->showCertificatePrinted(outcome.message);
}

}  // namespace vax::ui
