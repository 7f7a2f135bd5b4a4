#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

#include <memory>
#include <optional>

#include "checkin/checkinform.h"
#include "checkin/checkinpersonfinder.h"
#include "checkin/checkinrecorder.h"
#include "checkin/draftstore.h"
#include "checkin/ticket.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;

namespace vax {
class SecretStore;
}

namespace vax::ui {

class CheckInEntry;
class CheckInFormView;
class CheckInResultView;
class ContraindicationBox;
class RecipientDisplay;
enum class CheckInField;

// Check-in at the desk, driven by one entry line that always has the focus: a scan (a fast key
// burst ending in Enter) or a typed ID fills the form, then Enter walks (birth date, for a
// document whose number carries none →) name → temperature → screening (number keys toggle a
// question, N answers the rest "no") → consent → queue number.
// Esc goes back one step, Ctrl+Enter checks in from anywhere, Ctrl+P prints the ticket. The
// unfinished form is kept in a draft file, so a database error or a restart loses nothing.
//
// The panel walks the steps: it takes what the entry line (CheckInEntry) hands over and keeps
// the form and its draft; a scanned document becomes the person in CheckInPersonFinder, the
// rules of each step are in checkinsteps.h, the core's answers in CheckInRecorder, and
// CheckInFormView and CheckInResultView show it.
class CheckInPanel final : public QWidget, private CheckInPersonFinder::Walk {
    Q_OBJECT
public:
    explicit CheckInPanel(SiteContext& site, QWidget* parent = nullptr);

    void setStaffId(const QString& staffId) { m_staffId = staffId; }
    // Where a typed birth date is shown to the person to confirm (the desk's recipient display).
    void setRecipientDisplay(RecipientDisplay* display);
    // Milliseconds on a monotonic clock, read at each key to tell a scanner burst (keys under
    // 30 ms apart) from typing. Tests set a clock they advance themselves, so a loaded machine
    // cannot turn a burst into typing.
    void setKeyClock(std::function<qint64()> clock);
    CheckInStep step() const override { return m_step; }
    QLineEdit* entry() const;
    const CheckInForm& form() const { return m_form; }
    // The person's contraindications on record, shown before the screening questions.
    ContraindicationBox* contraindications() const;
    // The ticket of the last check-in (or of the visit found for today).
    const std::optional<Ticket>& lastTicket() const;
    bool printLastTicketToPdf(const QString& path) const;
    // Clears the form and the draft: the next person.
    void startNewPerson() override;
    // The site server's password comes from the system keychain; tests give a store of their own.
    void setSiteSecrets(std::shared_ptr<SecretStore> secrets);

signals:
    // After a check-in, a deferral or a cancel: the queue list refreshes.
    void queueChanged();
    // A joined desk's search of the site server for the person answered or gave up.
    void siteSearchAnswered();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void render();
    void goTo(CheckInStep step) override;
    void goBack();
    void saveDraft();
    void restoreDraft();
    std::function<void()> handleStepKey(const QString& text);
    void handleEnter();
    void liveValidate(const QString& text);
    void takeBirthDate(const QString& text);
    void commitTemperature();
    void afterScreening();
    void submit();
    void showError(const Error& error);
    void syncErrorVisibility();
    void resolveDuplicate();
    void showDone(const CheckInRecorder::Recorded& recorded) override;
    void showSaveError(const QString& message) override;
    CheckInForm& editableForm() override { return m_form; }
    void clearForm();
    void showBirthDateToPerson() override;
    void printTicket();
    bool isMinor() const;
    QDate today() const;

    SiteContext& m_site;
    CheckInRecorder m_recorder;
    DraftStore m_drafts;
    QString m_staffId;
    CheckInForm m_form;
    CheckInStep m_step = CheckInStep::Scan;
    int m_adultAgeYears = kDefaultAdultAgeYears;  // the site's, read for each new person
    QPointer<RecipientDisplay> m_display;

    CheckInEntry* m_entry = nullptr;
    CheckInFormView* m_formView = nullptr;
    QLabel* m_saveError = nullptr;
    CheckInResultView* m_result = nullptr;
    CheckInPersonFinder* m_finder = nullptr;
};

}  // namespace vax::ui
