#include "desk/injectionpanel.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

#include "checkin/person.h"
#include "common/labels.h"
#include "desk/checklistview.h"
#include "desk/overridedialog.h"
#include "desk/personcard.h"
#include "desk/recipientdisplay.h"
#include "print/certificate.h"
#include "scan/scanrouter.h"
#include "shell/sitetime.h"
#include "shell/style.h"
#include "stock/openvialpanel.h"
#include "stock/scanfield.h"

namespace vax::ui {

namespace {
QString hhmm(const QDateTime& at)
{
    return inSiteZone(at).toString(QStringLiteral("HH:mm"));
}
}  // namespace

InjectionPanel::InjectionPanel(SiteContext& site, QWidget* parent)
    : QWidget(parent),
      m_site(site),
      m_queue(site.serviceContext()),
      m_administration(site.serviceContext()),
      m_certificates(site.serviceContext()),
      m_printerProvider(askForPrinter)
{
    setObjectName(QStringLiteral("injectionPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("injectionPrompt"));
    m_prompt->setWordWrap(true);
    scaleFont(m_prompt, 1.2, true);
    layout->addWidget(m_prompt);
    m_scanField = new ScanField(this);
    m_scanField->setObjectName(QStringLiteral("injectionScan"));
    scaleFont(m_scanField, 1.35);
    m_scanField->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid #1d4f91; "
                       "border-radius: 4px; padding: 4px; }"));
    m_scanField->installEventFilter(this);
    setFocusProxy(m_scanField);
    layout->addWidget(m_scanField);
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("injectionKeys"));
    m_keys->setWordWrap(true);
    m_keys->setStyleSheet(QStringLiteral("color:#555;"));
    scaleFont(m_keys, 0.85);
    layout->addWidget(m_keys);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("injectionMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("savedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    scaleFont(m_banner, 1.9, true);
    m_banner->setStyleSheet(
        QStringLiteral("color:white; background:%1; padding:10px;").arg(QLatin1String(kOkColour)));
    m_banner->hide();
    layout->addWidget(m_banner);
    m_certificateBanner = new QLabel(this);
    m_certificateBanner->setObjectName(QStringLiteral("certificateBanner"));
    m_certificateBanner->setWordWrap(true);
    m_certificateBanner->setAlignment(Qt::AlignCenter);
    scaleFont(m_certificateBanner, 1.3, true);
    m_certificateBanner->hide();
    layout->addWidget(m_certificateBanner);

    auto* columns = new QHBoxLayout;
    m_checklist = new ChecklistView(this);
    m_checklist->setObjectName(QStringLiteral("checklistView"));
    // Fits a 1280×800 window as it is; on a smaller screen it scrolls rather than push the
    // Administer button off the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_checklist);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    columns->addWidget(scroll, 2);

    auto* right = new QVBoxLayout;
    m_card = new PersonCard(this);
    m_card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);  // never squashed
    connect(m_card, &PersonCard::printCertificateRequested, this,
            &InjectionPanel::printCertificate);
    right->addWidget(m_card);
    m_siteLabel = new QLabel(this);
    m_siteLabel->setObjectName(QStringLiteral("siteChoice"));
    scaleFont(m_siteLabel, 1.2, true);
    right->addWidget(m_siteLabel);
    m_administer = new QPushButton(this);
    m_administer->setObjectName(QStringLiteral("administerButton"));
    m_administer->setFocusPolicy(Qt::NoFocus);
    m_administer->setMinimumHeight(56);
    scaleFont(m_administer, 1.5, true);
    m_administer->setStyleSheet(
        QStringLiteral("QPushButton { padding: 6px 28px; background:%1; color:white; } "
                       "QPushButton:disabled { background:#d5d9de; color:#6b7178; }")
            .arg(QLatin1String(kOkColour)));
    connect(m_administer, &QPushButton::clicked, this, &InjectionPanel::administer);
    right->addWidget(m_administer);
    m_vials = new OpenVialPanel(*site.db, *site.clock, this);
    m_vials->setObjectName(QStringLiteral("deskOpenVials"));
    // The scan field keeps the keyboard: the vial list and its button are for the eyes (and
    // the mouse); a vial is chosen by scanning its id.
    for (QWidget* w : m_vials->findChildren<QWidget*>())
        w->setFocusPolicy(Qt::NoFocus);
    // The list gives way first when the column is short (a long dose history).
    // The desk column is narrow: the time left says what the discard time says, so that column
    // goes. The lot number, doses and time are sized to their contents (a lot number is never
    // cut); only the vaccine's name gives way and is elided.
    if (auto* table = m_vials->findChild<QTableView*>(QStringLiteral("openVials"))) {
        table->setMinimumHeight(48);
        table->setColumnHidden(OpenVialsModel::ColDiscardAt, true);
        table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(OpenVialsModel::ColProduct,
                                                        QHeaderView::Stretch);
        table->setTextElideMode(Qt::ElideRight);
    }
    connect(m_vials, &OpenVialPanel::vialOpened, this, [this](const OpenVial& vial) {
        if (m_called && !m_saved)
            loadScan(DeskScan{m_called->visitId, {}, vial.id, {}});
        m_scanField->setFocus();
    });
    right->addWidget(m_vials, 1);
    auto* buttons = new QHBoxLayout;
    m_callNext = new QPushButton(this);
    m_callNext->setObjectName(QStringLiteral("callNextButton"));
    m_showDisplay = new QPushButton(this);
    m_showDisplay->setObjectName(QStringLiteral("showRecipientDisplay"));
    for (QPushButton* b : {m_callNext, m_showDisplay}) {
        b->setFocusPolicy(Qt::NoFocus);
        buttons->addWidget(b);
    }
    connect(m_callNext, &QPushButton::clicked, this, &InjectionPanel::callNext);
    connect(m_showDisplay, &QPushButton::clicked, this, &InjectionPanel::showRecipientDisplay);
    right->addLayout(buttons);
    columns->addLayout(right, 1);
    layout->addLayout(columns, 1);

    m_display = new RecipientDisplay(this);
    m_display->showIdle();
    retranslate();
}

InjectionPanel::~InjectionPanel() = default;

void InjectionPanel::setStaffId(const QString& staffId)
{
    m_staffId = staffId;
    m_vials->setActorId(staffId);
    render();
}

bool InjectionPanel::canAdminister() const
{
    return m_called && m_context && !m_saved && !m_staffId.isEmpty() && m_result.canAdminister();
}

void InjectionPanel::retranslate()
{
    m_callNext->setText(tr("Next (F5)"));
    m_showDisplay->setText(tr("Display (F9)"));
    m_showDisplay->setToolTip(tr("Show the recipient display; full screen on a second screen"));
    m_administer->setText(tr("Administer (Enter)"));
    m_keys->setText(
        tr("F5 next · scan + Enter · Space confirm · V verified · L / R site · "
           "Enter administer · Esc back · Ctrl+D doctor · Ctrl+P certificate · F9 display"));
    m_checklist->retranslate();
    m_card->retranslate();
    // A message of the previous language goes; the checklist's texts come from core, in the
    // language of the moment: evaluated again (a saved dose keeps its recorded result).
    if (!m_message->text().isEmpty())
        showMessage(QString(), false);
    if (m_saved)
        render();
    else
        reevaluate();
}

void InjectionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InjectionPanel::showMessage(const QString& text, bool error)
{
    m_refusalShown = false;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color:white; background:%1; padding:6px; "
                                                    "font-weight:bold;")
                                         .arg(QLatin1String(kErrorColour))
                                   : QStringLiteral("color:#1a1a1a; background:#e4e9f0; "
                                                    "padding:6px;"));
    m_message->setVisible(!text.isEmpty());
}

// ---- the person and the scan ----

void InjectionPanel::callNext()
{
    if (m_staffId.isEmpty()) {
        showMessage(tr("Sign in first: the dose is recorded with your name."), true);
        return;
    }
    if (m_called && !m_saved && !m_skipArmed) {
        m_skipArmed = true;
        showMessage(tr("No. %1 has not been vaccinated. Press F5 again to call the next person; "
                       "No. %1 stays \"called\".")
                        .arg(m_called->queueNumber),
                    true);
        return;
    }
    m_skipArmed = false;
    auto called = m_queue.callNext(m_desk, m_staffId);
    if (!called) {
        showMessage(called.error().message, true);
        return;
    }
    emit queueChanged();
    if (!*called) {
        showMessage(tr("Nobody is waiting. Check people in with F2."), false);
        return;
    }
    m_called = **called;
    m_context.reset();
    m_vials->setScannedLot({}, {});
    m_saved.reset();
    m_scan = DeskScan{m_called->visitId, {}, {}, {}};
    m_choices = DeskChoices();
    m_confirmOrder.clear();
    m_doctorApproval.reset();
    m_overrideReason.clear();
    m_documentNumber.clear();
    m_banner->hide();
    m_certificateBanner->hide();
    showMessage({}, false);
    m_scanField->clear();
    if (auto docs = PersonRepository::documents(*m_site.db, m_called->personId);
        docs && !docs->empty())
        m_documentNumber = docs->front().number;
    auto context = m_administration.loadContext(m_scan);
    if (!context) {
        showMessage(context.error().message, true);
        render();
        return;
    }
    m_context = std::move(*context);
    reevaluate();
    m_scanField->setFocus();
}

void InjectionPanel::handleScan(const QString& raw)
{
    const QString text = raw.trimmed();
    if (!m_called) {
        showMessage(tr("Call the person first (F5), then scan the vaccine."), true);
        return;
    }
    if (m_saved) {
        showMessage(tr("This dose is saved. Press F5 to call the next person."), true);
        m_scanField->clear();
        return;
    }
    DeskScan next{m_called->visitId, {}, {}, {}};
    const ScanKind kind = classifyScan(text);
    if (kind == ScanKind::TraceCode) {
        next.traceCode = text;
    } else if (kind == ScanKind::Gs1) {
        auto gs1 = parseGs1(text);
        if (!gs1) {
            showMessage(gs1.error().message, true);
            return;
        }
        if (gs1->lot.isEmpty()) {
            showMessage(tr("Box code: this GS1 code carries no lot number (10). Scan the box's "
                           "trace code or type the lot number."),
                        true);
            return;
        }
        next.lot = gs1->lot;
    } else if (auto vial = VialService::find(*m_site.db, text); vial && *vial) {
        next.vialId = text;
    } else {
        next.lot = text;
    }
    if (!loadScan(next) && kind == ScanKind::IdDocument)
        showMessage(tr("This is a person's document. Here the vaccine is scanned: F5 calls the "
                       "next person; check-in is F2."),
                    true);
}

// Loads what was scanned; on an error the earlier scan stays and the error is shown.
bool InjectionPanel::loadScan(const DeskScan& scan)
{
    DeskScan next = scan;
    auto context = m_administration.loadContext(next);
    if (context && context->input.product && context->input.product->vialDoses > 1 &&
        !context->vial && context->lot) {
        // A multi-dose lot: take its open vial (the one to discard first).
        if (const auto vial = openVialFor(context->lot->id)) {
            next.vialId = *vial;
            context = m_administration.loadContext(next);
        }
    }
    if (!context) {
        showMessage(context.error().message, true);
        m_scanField->selectAll();
        return false;
    }
    const bool sameLot =
        m_context && m_context->lot && context->lot && m_context->lot->id == context->lot->id;
    m_scan = next;
    m_context = std::move(*context);
    if (!sameLot) {
        // The eyes checked another vaccine: appearance and the person's check start again.
        for (ChecklistItemKey k : {ChecklistItemKey::Vaccine, ChecklistItemKey::Verification}) {
            m_choices.confirmed.remove(k);
            m_confirmOrder.erase(std::remove(m_confirmOrder.begin(), m_confirmOrder.end(), k),
                                 m_confirmOrder.end());
        }
        const Product* p = m_context->input.product;
        if (p && !p->sites.contains(m_choices.site))
            m_choices.site.clear();
    }
    showMessage({}, false);
    m_scanField->clear();
    m_vials->setScannedLot(m_context->lot ? m_context->lot->id : QString(),
                           m_context->lot ? m_context->lot->productCode : QString());
    m_vials->refresh();
    reevaluate();
    // With a second screen the person sees the vaccine at once; on a single screen the window
    // would cover the desk, so it waits for F9.
    if (m_context->lot && !m_display->isVisible() && QGuiApplication::screens().size() > 1)
        showRecipientDisplay();
    return true;
}

std::optional<QString> InjectionPanel::openVialFor(const QString& lotId) const
{
    auto vials = VialService::listOpen(*m_site.db);
    if (!vials)
        return std::nullopt;
    const QDateTime now = m_site.clock->nowUtc();
    const OpenVial* best = nullptr;
    for (const OpenVial& v : *vials)
        if (v.lotId == lotId && v.dosesLeft() > 0 && !v.expiredAt(now) &&
            (!best || v.discardAt < best->discardAt))
            best = &v;
    return best ? std::optional<QString>(best->id) : std::nullopt;
}

void InjectionPanel::clearVaccine()
{
    if (!m_called || m_saved || !m_context)
        return;
    loadScan(DeskScan{m_called->visitId, {}, {}, {}});
}

// ---- confirmations, site, override ----

std::optional<ChecklistItemKey> InjectionPanel::nextEyeCheck() const
{
    if (!m_context)
        return std::nullopt;
    // Name any time; the vaccine's appearance once it is scanned. The person's own verification
    // has its own key (V): a run of Spaces never stands in for it.
    if (!m_choices.confirmed.contains(ChecklistItemKey::Name))
        return ChecklistItemKey::Name;
    if (m_context->lot && !m_choices.confirmed.contains(ChecklistItemKey::Vaccine))
        return ChecklistItemKey::Vaccine;
    return std::nullopt;
}

void InjectionPanel::confirmNext()
{
    if (m_saved)
        return;
    if (const auto key = nextEyeCheck())
        toggleConfirmation(*key);
}

void InjectionPanel::toggleConfirmation(ChecklistItemKey key)
{
    if (m_choices.confirmed.contains(key)) {
        m_choices.confirmed.remove(key);
        m_confirmOrder.erase(std::remove(m_confirmOrder.begin(), m_confirmOrder.end(), key),
                             m_confirmOrder.end());
    } else {
        m_choices.confirmed.insert(key);
        m_confirmOrder.push_back(key);
    }
    reevaluate();
}

// L / R: the product's first site on that side; pressed again, the next one on that side.
void InjectionPanel::chooseSite(QChar side)
{
    const QStringList& sites = m_context->input.product->sites;
    QStringList onSide;
    for (const QString& s : sites)
        if (s.startsWith(side))
            onSide << s;
    if (onSide.isEmpty()) {
        showMessage(tr("%1 has no site on that side; use %2.")
                        .arg(labels::product(m_context->input.product->code),
                             labels::injectionSites(sites)),
                    true);
        return;
    }
    const qsizetype at = onSide.indexOf(m_choices.site);
    m_choices.site = onSide.at(at < 0 ? 0 : (at + 1) % onSide.size());
    reevaluate();
}

void InjectionPanel::overrideByDoctor()
{
    if (!m_context || m_saved)
        return;
    QStringList codes;
    QStringList words;
    for (const auto& [key, finding] : m_result.blocking())
        if (finding.overridable && finding.state == CheckState::Fail) {
            codes << finding.code;
            words << finding.message;
        }
    if (codes.isEmpty()) {
        showMessage(tr("Nothing here may be overridden by a doctor."), true);
        return;
    }
    // Non-blocking: the password check runs off the GUI thread while the dialog stays open.
    auto* dialog = new OverrideDialog(m_site, m_scan.visitId, codes, words, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, codes, words] {
        m_doctorApproval = dialog->approval();
        m_overrideReason = dialog->reason();
        for (const QString& c : codes)
            m_choices.overrides.insert(c);
        showMessage(tr("A doctor allowed: %1. Reason: %2")
                        .arg(words.join(QStringLiteral("; ")), m_overrideReason),
                    false);
        reevaluate();
    });
    connect(dialog, &QDialog::finished, this, [this] {
        window()->activateWindow();
        m_scanField->setFocus();
    });
    dialog->open();
}

// ---- administer ----

void InjectionPanel::administer()
{
    if (!m_called || !m_context) {
        showMessage(tr("Nobody is called: press F5 to call the next person."), true);
        return;
    }
    if (m_saved) {
        showMessage(tr("This dose is saved. Press F5 to call the next person."), false);
        return;
    }
    if (!canAdminister()) {
        const auto blocking = m_result.blocking();
        showMessage(
            tr("Not yet — nothing was saved: %1")
                .arg(blocking.empty() ? tr("no dose is due.") : blocking.front().second.message),
            true);
        m_refusalShown = true;
        return;
    }
    AdministerRequest request;
    request.scan = m_scan;
    request.choices = m_choices;
    request.desk = m_desk;
    request.staffId = m_staffId;
    if (!m_choices.overrides.isEmpty()) {
        request.doctorApproval = m_doctorApproval;
        request.overrideReason = m_overrideReason;
    }
    ChecklistResult evaluated;
    auto receipt = m_administration.administer(request, &evaluated);
    if (!receipt) {
        if (!evaluated.items.empty())
            m_result = evaluated;
        showMessage(tr("Not saved: %1").arg(receipt.error().message), true);
        render();
        return;
    }
    m_saved = *receipt;
    m_result = receipt->checklist;
    m_context->history.push_back(receipt->dose);
    m_banner->setText(
        tr("✓ Saved %1 — may leave observation at %2")
            .arg(hhmm(receipt->dose.administeredAt), hhmm(receipt->observationEndsAt)));
    m_banner->show();
    showMessage({}, false);
    m_display->showSaved(hhmm(receipt->observationEndsAt));
    m_vials->refresh();
    render();
    emit queueChanged();
    m_scanField->setFocus();
}

void InjectionPanel::showRecipientDisplay()
{
    updateRecipientDisplay();
    m_display->present(window());
    m_scanField->setFocus();
}

// ---- the certificate ----

void InjectionPanel::printCertificate()
{
    if (!m_called) {
        showMessage(tr("Call the person first (F5): the certificate is printed for the person at "
                       "the desk."),
                    true);
        return;
    }
    if (m_staffId.isEmpty()) {
        showMessage(tr("Sign in first: the certificate is issued in your name."), true);
        return;
    }
    m_certificateBanner->hide();
    auto issued = m_certificates.issue(m_staffId, m_called->personId);
    if (!issued) {
        showMessage(tr("No certificate: %1").arg(issued.error().message), true);
        m_scanField->setFocus();
        return;
    }
    m_certificate = *issued;
    const QString number = issued->number;
    const std::unique_ptr<QPrinter> printer =
        m_printerProvider(this, tr("Print certificate %1").arg(number));
    window()->activateWindow();
    m_scanField->setFocus();
    if (!printer) {
        showMessage(tr("Certificate %1 is recorded but was not printed. Press Ctrl+P to print a "
                       "new one.")
                        .arg(number),
                    true);
        return;
    }
    if (!paintCertificatePage(*printer, issued->content)) {
        showMessage(tr("Certificate %1 is recorded but the printer refused the page. Check the "
                       "printer, then press Ctrl+P to print a new one.")
                        .arg(number),
                    true);
        return;
    }
    showMessage({}, false);
    m_certificateBanner->setText(tr("Certificate %1 printed").arg(number));
    m_certificateBanner->setStyleSheet(
        QStringLiteral("color:white; background:%1; padding:6px;").arg(QLatin1String(kOkColour)));
    m_certificateBanner->show();
}

}  // namespace vax::ui
