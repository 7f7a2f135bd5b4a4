// The injection desk on screen: prompt, person card, checklist, site, Administer, and the
// recipient display.
#include <QLabel>
#include <QPushButton>

#include "common/i18n.h"
#include "common/labels.h"
#include "desk/checklistview.h"
#include "desk/injectionpanel.h"
#include "desk/personcard.h"
#include "desk/recipientdisplay.h"
#include "identity/masking.h"
#include "shell/sitetime.h"

namespace vax::ui {

namespace {
QString hhmm(const QDateTime& at)
{
    return inSiteZone(at).toString(QStringLiteral("HH:mm"));
}
}  // namespace

void InjectionPanel::reevaluate()
{
    if (m_context)
        m_result = m_administration.evaluate(*m_context, m_choices);
    render();
}

QString InjectionPanel::doseDue(bool* blocked) const
{
    *blocked = false;
    if (m_saved)
        return tr("Given at %1: dose %2 of %3")
            .arg(hhmm(m_saved->dose.administeredAt))
            .arg(m_saved->dose.doseNumber)
            .arg(m_saved->checklist.seriesDoses);
    const ChecklistInput& in = m_context->input;
    ChecklistResult preview = m_result;
    const Product* product = in.product;
    QString suffix;
    if (!product) {
        // Not scanned yet: the series of the last dose given, by the same rules.
        for (auto it = m_context->history.rbegin(); it != m_context->history.rend() && !product;
             ++it)
            if (it->status == QLatin1String("completed"))
                product = Catalog::builtIn().find(it->productCode);
        if (!product)
            return tr("Dose due: dose 1 (no earlier doses); scan the vaccine");
        DeskContext guess = *m_context;
        guess.input.product = product;
        preview = m_administration.evaluate(guess, m_choices);
        suffix = QLatin1Char(' ') + tr("(by the earlier doses; scan the vaccine)");
    }
    const ChecklistItem& record = preview.item(ChecklistItemKey::Record);
    *blocked = record.state == CheckState::Fail;
    const QString name = PersonCard::productName(product->code);
    QString text =
        preview.doseNumber > 0
            ? tr("%1, dose %2 of %3").arg(name).arg(preview.doseNumber).arg(product->seriesDoses)
            : tr("none — %1").arg(name);
    for (const CheckFinding& f : record.findings)
        if (f.state == CheckState::Fail)
            text += QStringLiteral(" — ") + f.message;
    return tr("Dose due: %1").arg(text + suffix);
}

QString InjectionPanel::prompt() const
{
    if (m_staffId.isEmpty())
        return tr("Sign in to give doses.");
    if (!m_called)
        return tr("Press F5 to call the next person.");
    if (m_saved)
        return tr("Saved. Press F5 to call the next person.");
    if (!m_context || !m_context->lot)
        return tr("Scan the vaccine box, the open vial or the lot number, then Enter.");
    if (const auto key = nextEyeCheck())
        return *key == ChecklistItemKey::Name
                   ? tr("Space: you asked the name and it is %1.").arg(m_context->person.name)
                   : tr("Space: you looked at the vaccine and syringe (appearance, label, lot, "
                        "expiry).");
    if (!m_choices.confirmed.contains(ChecklistItemKey::Verification))
        return tr("V: the person has checked the vaccine and expiry on their screen.");
    if (m_choices.site.isEmpty())
        return tr("Choose the site: L left, R right.");
    if (m_result.canAdminister())
        return tr("Enter: administer and save.");
    const auto blocking = m_result.blocking();
    return tr("Cannot administer: %1")
        .arg(blocking.empty() ? tr("no dose is due.") : blocking.front().second.message);
}

void InjectionPanel::renderPerson()
{
    if (!m_called || !m_context) {
        m_card->clear();
        return;
    }
    bool blocked = false;
    const QString due = doseDue(&blocked);
    m_card->setPerson(*m_context, m_documentNumber, due, blocked);
}

void InjectionPanel::render()
{
    m_prompt->setText(prompt());
    renderPerson();
    if (m_context) {
        QHash<ChecklistItemKey, QString> keys;
        if (!m_saved) {
            if (const auto next = nextEyeCheck())
                keys.insert(*next, tr("Space"));
            if (m_context->lot && !m_choices.confirmed.contains(ChecklistItemKey::Verification))
                keys.insert(ChecklistItemKey::Verification, QStringLiteral("V"));
            if (m_context->input.product && m_choices.site.isEmpty())
                keys.insert(ChecklistItemKey::Site, QStringLiteral("L / R"));
        }
        m_checklist->setResult(m_result, keys);
    } else {
        m_checklist->clear();
    }
    m_siteLabel->setText(m_choices.site.isEmpty()
                             ? tr("Site: — (L / R)")
                             : tr("Site: %1 (L / R)").arg(labels::injectionSite(m_choices.site)));
    m_administer->setEnabled(canAdminister());
    m_administer->setVisible(!m_saved);  // the green banner says it all
    // A refusal ("not yet, nothing was saved") outlives nothing: once every item allows the dose
    // it is gone, so a red banner never sits beside an enabled Administer key.
    if (m_refusalShown && canAdminister()) {
        showMessage({}, false);
        m_refusalShown = false;
    }
    updateRecipientDisplay();
}

void InjectionPanel::updateRecipientDisplay()
{
    if (m_saved)
        return;  // the "Saved" screen stays until the next person is called
    if (!m_called || !m_context) {
        m_display->showIdle();
        return;
    }
    const QString masked = maskName(m_context->person.name);
    const Product* p = m_context->input.product;
    if (!p || !m_context->lot) {
        m_display->showWaiting(masked, m_context->queueNumber);
        return;
    }
    RecipientVaccine v;
    v.maskedName = masked;
    v.queueNumber = m_context->queueNumber;
    v.vaccine = p->name.forLocale(currentLanguage());
    v.manufacturer = p->manufacturer.forLocale(currentLanguage());
    v.lot = m_context->lot->lotNumber;
    v.expiry = m_context->lot->expiry;
    v.doseNumber = m_result.doseNumber;
    v.seriesDoses = p->seriesDoses;
    m_display->showVaccine(v);
}

}  // namespace vax::ui
