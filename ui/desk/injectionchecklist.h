#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "desk/administrationservice.h"
#include "desk/queueservice.h"

namespace vax::ui {

// The checklist of the person at the injection desk, as the nurse's keys build it: who is
// called, what was scanned, the eye checks confirmed (in their order, for Backspace), the site,
// a doctor's override, the result evaluated through AdministrationService after every change,
// and the dose once it is saved. No widgets: the panel renders it and routes the keys to it.
// Its messages keep the injection panel's translation context.
class InjectionChecklist {
public:
    explicit InjectionChecklist(const ServiceContext& services);

    // A person is called: everything of the one before goes (the last result stays until the
    // person's checklist is evaluated). The person's record is loaded without a vaccine; on an
    // error the person stays called, without a context.
    Status call(const CalledVisit& visit);

    const std::optional<CalledVisit>& called() const { return m_called; }
    const std::optional<DeskContext>& context() const { return m_context; }
    const DeskScan& scan() const { return m_scan; }
    const DeskChoices& choices() const { return m_choices; }
    const ChecklistResult& result() const { return m_result; }
    const std::optional<AdministerReceipt>& saved() const { return m_saved; }
    // The person's first identity document (empty when none is on record).
    const QString& documentNumber() const { return m_documentNumber; }
    const std::vector<ChecklistItemKey>& confirmOrder() const { return m_confirmOrder; }

    // Called, loaded, not saved yet, and every item allows the dose (the vaccinator's sign-in is
    // the panel's).
    bool canAdminister() const;
    // L, R and V act only once a vaccine is scanned (before that, letters type a lot number).
    bool takesCommandKeys() const;

    // What a scan (or a typed code) names for the called person: a box trace code, the lot of a
    // GS1 code, an open vial's id or else a lot number; the error of a GS1 code without a lot.
    Result<DeskScan> readScan(const QString& text) const;
    // Loads what was scanned: a multi-dose lot takes its open vial (the one to discard first);
    // another vaccine than before drops the eye checks of the vaccine and the person's
    // verification, and a site the product does not allow. On an error the earlier scan stays.
    Status load(const DeskScan& scan);
    // Reads the person's records again (the site server's answer arrived), keeping the scan and
    // the confirmations.
    Status reload() { return load(m_scan); }

    // The check Space confirms next: the name any time; at a joined desk without the site's
    // whole history, that the nurse asked about other doses today (Record); the vaccine's
    // appearance once it is scanned. The person's own verification has its own key (V).
    std::optional<ChecklistItemKey> nextEyeCheck() const;
    // Space: confirms the next eye check; false when there is none (or the dose is saved).
    bool confirmNext();
    void toggleConfirmation(ChecklistItemKey key);
    // Backspace: takes back the last confirmation; false when there is none.
    bool undoLastConfirmation();
    // L / R: the product's first site on that side; again, the next one on that side. The error
    // names the product's sites when it has none on that side.
    Status chooseSite(QChar side);
    // The choices and the order of the confirmations, for a scanner burst's first key to be
    // undone: restored, Backspace takes back what it took back before.
    struct Snapshot {
        DeskChoices choices;
        std::vector<ChecklistItemKey> confirmOrder;
    };
    Snapshot snapshot() const { return {m_choices, m_confirmOrder}; }
    void restore(const Snapshot& before);

    // The failing findings a doctor may override: their codes and their messages.
    struct Overridable {
        QStringList codes;
        QStringList messages;
    };
    Overridable overridable() const;
    // A doctor allowed `codes` (Ctrl+D): sent with the dose as the approval and reason.
    void allowOverride(const std::optional<OverrideApproval>& approval, const QString& reason,
                       const QStringList& codes);
    const QString& overrideReason() const { return m_overrideReason; }

    // The dose due as the desk shows it before the dose: the scanned product, or before a scan
    // the product of the last dose given (`guessed`), evaluated by the same rules. No product:
    // no earlier dose either.
    struct DueDose {
        const Product* product = nullptr;
        ChecklistResult preview;
        bool guessed = false;
    };
    DueDose dueDose() const;

    // Evaluates the checklist again (after a change of language, too).
    void evaluate();
    // Saves the dose; the core re-checks everything. On a refusal the core's checklist, when it
    // ran, replaces the one shown.
    Result<AdministerReceipt> administer(const QString& desk, const QString& staffId);

private:
    std::optional<QString> openVialFor(const QString& lotId) const;
    void forgetConfirmation(ChecklistItemKey key);

    Database& m_db;
    const Clock& m_clock;
    AdministrationService m_administration;

    std::optional<CalledVisit> m_called;
    std::optional<DeskContext> m_context;
    QString m_documentNumber;
    DeskScan m_scan;
    DeskChoices m_choices;
    std::vector<ChecklistItemKey> m_confirmOrder;  // for Backspace: undo the last confirmation
    std::optional<OverrideApproval> m_doctorApproval;
    QString m_overrideReason;
    ChecklistResult m_result;
    std::optional<AdministerReceipt> m_saved;
};

}  // namespace vax::ui
