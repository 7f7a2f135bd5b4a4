#include "desk/injectiontexts.h"

#include "common/i18n.h"
#include "common/labels.h"
#include "desk/injectionchecklist.h"
#include "desk/injectionpanel.h"
#include "desk/personcard.h"
#include "identity/masking.h"
#include "shell/sitetime.h"

namespace vax::ui {

QString siteHhmm(const QDateTime& at)
{
    return inSiteZone(at).toString(QStringLiteral("HH:mm"));
}

QString injectionPrompt(const InjectionChecklist& checklist, bool signedIn)
{
    const auto& context = checklist.context();
    const DeskChoices& choices = checklist.choices();
    const ChecklistResult& result = checklist.result();
    if (!signedIn)
        return InjectionPanel::tr("Sign in to give doses.");
    if (!checklist.called())
        return InjectionPanel::tr("Press F5 to call the next person.");
    if (checklist.saved())
        return InjectionPanel::tr("Saved. Press F5 to call the next person.");
    if (!context || !context->lot)
        return InjectionPanel::tr(
            "Scan the vaccine box, the open vial or the lot number, then Enter.");
    if (const auto key = checklist.nextEyeCheck())
        return *key == ChecklistItemKey::Name
                   ? InjectionPanel::tr("Space: you asked the name and it is %1.")
                         .arg(context->person.name)
                   : InjectionPanel::tr(
                         "Space: you looked at the vaccine and syringe "
                         "(appearance, label, lot, expiry).");
    if (!choices.confirmed.contains(ChecklistItemKey::Verification))
        return InjectionPanel::tr(
            "V: the person has checked the vaccine and expiry on their screen.");
    if (choices.site.isEmpty())
        return InjectionPanel::tr("Choose the site: L left, R right.");
    if (result.canAdminister())
        return InjectionPanel::tr("Enter: administer and save.");
    const auto blocking = result.blocking();
    return InjectionPanel::tr("Cannot administer: %1")
        .arg(blocking.empty() ? InjectionPanel::tr("no dose is due.")
                              : blocking.front().second.message);
}

QString doseDueText(const InjectionChecklist& checklist, bool* blocked)
{
    *blocked = false;
    if (const auto& saved = checklist.saved())
        return InjectionPanel::tr("Given at %1: dose %2 of %3")
            .arg(siteHhmm(saved->dose.administeredAt))
            .arg(saved->dose.doseNumber)
            .arg(saved->checklist.seriesDoses);
    const InjectionChecklist::DueDose due = checklist.dueDose();
    if (!due.product)
        return InjectionPanel::tr("Dose due: dose 1 (no earlier doses); scan the vaccine");
    const QString suffix =
        due.guessed
            ? QLatin1Char(' ') + InjectionPanel::tr("(by the earlier doses; scan the vaccine)")
            : QString();
    const ChecklistItem& record = due.preview.item(ChecklistItemKey::Record);
    *blocked = record.state == CheckState::Fail;
    const QString name = PersonCard::productName(due.product->code);
    QString text = due.preview.doseNumber > 0 ? InjectionPanel::tr("%1, dose %2 of %3")
                                                    .arg(name)
                                                    .arg(due.preview.doseNumber)
                                                    .arg(due.product->seriesDoses)
                                              : InjectionPanel::tr("none — %1").arg(name);
    for (const CheckFinding& f : record.findings)
        if (f.state == CheckState::Fail)
            text += QStringLiteral(" — ") + f.message;
    return InjectionPanel::tr("Dose due: %1").arg(text + suffix);
}

QHash<ChecklistItemKey, QString> checklistKeyHints(const InjectionChecklist& checklist)
{
    QHash<ChecklistItemKey, QString> keys;
    const auto& context = checklist.context();
    if (checklist.saved() || !context)
        return keys;
    if (const auto next = checklist.nextEyeCheck())
        keys.insert(*next, InjectionPanel::tr("Space"));
    if (context->lot && !checklist.choices().confirmed.contains(ChecklistItemKey::Verification))
        keys.insert(ChecklistItemKey::Verification, QStringLiteral("V"));
    if (context->input.product && checklist.choices().site.isEmpty())
        keys.insert(ChecklistItemKey::Site, QStringLiteral("L / R"));
    return keys;
}

QString siteLine(const QString& site)
{
    return site.isEmpty() ? InjectionPanel::tr("Site: — (L / R)")
                          : InjectionPanel::tr("Site: %1 (L / R)").arg(labels::injectionSite(site));
}

QString savedText(const AdministerReceipt& receipt)
{
    return InjectionPanel::tr("✓ Saved %1 — may leave observation at %2")
        .arg(siteHhmm(receipt.dose.administeredAt), siteHhmm(receipt.observationEndsAt));
}

RecipientVaccine recipientVaccine(const DeskContext& context, int doseNumber)
{
    const Product* p = context.input.product;
    RecipientVaccine v;
    v.maskedName = maskName(context.person.name);
    v.queueNumber = context.queueNumber;
    v.vaccine = p->name.forLocale(currentLanguage());
    v.manufacturer = p->manufacturer.forLocale(currentLanguage());
    v.lot = context.lot->lotNumber;
    v.expiry = context.lot->expiry;
    v.doseNumber = doseNumber;
    v.seriesDoses = p->seriesDoses;
    return v;
}

}  // namespace vax::ui
