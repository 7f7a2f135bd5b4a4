#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

#include "desk/recipientdisplay.h"
#include "verification/checklist.h"

namespace vax {
struct AdministerReceipt;
struct DeskContext;
}  // namespace vax

namespace vax::ui {

class InjectionChecklist;

// What the injection desk says about its checklist, as text: the prompt of the next step, the
// dose due, the keys beside the items that wait for the nurse, the site, the "Saved" banner and
// what the recipient display shows. No widgets; the strings keep the injection panel's
// translation context.

// The time of day on the site's clock, HH:mm.
QString siteHhmm(const QDateTime& at);
// What to do next; `signedIn`: a vaccinator is signed in at the desk.
QString injectionPrompt(const InjectionChecklist& checklist, bool signedIn);
// The person card's "Dose due" line (needs a loaded context); `blocked`: the dose record blocks
// the dose (the line is shown as an error).
QString doseDueText(const InjectionChecklist& checklist, bool* blocked);
// The key beside each item that waits for one: Space (the next eye check), V, L / R.
QHash<ChecklistItemKey, QString> checklistKeyHints(const InjectionChecklist& checklist);
// "Site: Left deltoid (L / R)", or a dash before a site is chosen.
QString siteLine(const QString& site);
// The green banner of a saved dose: when it was given and when the person may leave.
QString savedText(const AdministerReceipt& receipt);
// The vaccine scanned for the person, as the recipient display shows it (masked name); needs a
// context with a product and a lot.
RecipientVaccine recipientVaccine(const DeskContext& context, int doseNumber);

}  // namespace vax::ui
