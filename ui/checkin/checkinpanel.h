#pragma once

#include <QPointer>
#include <QWidget>
#include <functional>

#include <optional>

#include "checkin/checkinform.h"
#include "checkin/draftstore.h"
#include "checkin/scannotice.h"
#include "checkin/ticket.h"
#include "shell/keytiming.h"
#include "site/sitecontext.h"

class QGridLayout;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vax::ui {

class RecipientDisplay;
class ContraindicationBox;
class ScreeningToggles;

// Check-in at the desk, driven by one entry line that always has the focus: a scan (a fast key
// burst ending in Enter) or a typed ID fills the form, then Enter walks (birth date, for a
// document whose number carries none →) name → temperature → screening (number keys toggle a
// question, N answers the rest "no") → consent → queue number.
// Esc goes back one step, Ctrl+Enter checks in from anywhere, Ctrl+P prints the ticket. The
// unfinished form is kept in a draft file, so a database error or a restart loses nothing.
class CheckInPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CheckInPanel(SiteContext& site, QWidget* parent = nullptr);

    void setStaffId(const QString& staffId) { m_staffId = staffId; }
    // Where a typed birth date is shown to the person to confirm (the desk's recipient display).
    void setRecipientDisplay(RecipientDisplay* display);
    // Milliseconds on a monotonic clock, read at each key to tell a scanner burst (keys under
    // 30 ms apart) from typing. Tests set a clock they advance themselves, so a loaded machine
    // cannot turn a burst into typing.
    void setKeyClock(std::function<qint64()> clock) { m_keyTiming.setClock(std::move(clock)); }
    CheckInStep step() const { return m_step; }
    QLineEdit* entry() const { return m_entry; }
    const CheckInForm& form() const { return m_form; }
    // The person's contraindications on record, shown before the screening questions.
    ContraindicationBox* contraindications() const { return m_contraindications; }
    // The ticket of the last check-in (or of the visit found for today).
    const std::optional<Ticket>& lastTicket() const { return m_ticket; }
    bool printLastTicketToPdf(const QString& path) const;
    // Clears the form and the draft: the next person.
    void startNewPerson();

signals:
    // After a check-in, a deferral or a cancel: the queue list refreshes.
    void queueChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Row {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
        QLabel* error = nullptr;
    };
    Row addRow(QGridLayout* grid, int row, const char* errorName);
    void retranslate();
    void render();
    void goTo(CheckInStep step);
    void saveDraft();
    void restoreDraft();
    bool handleKey(QKeyEvent* key);
    bool handleStepKey(const QString& text);
    void handleEnter();
    void handleScan(const QString& text, bool switchConfirmed = false);
    bool askBeforeSwitching(const QString& scan, const IdentityDocument& next);
    void keepTypedValue();
    void lookUpPerson();
    void liveValidate(const QString& text);
    void commitTemperature();
    void afterScreening();
    void submit();
    void showError(const Error& error);
    void clearErrors();
    void syncErrorVisibility();
    void resolveDuplicate();
    void showDone(const QString& message, int queueNumber, bool ok);
    void printTicket();
    void liftContraindication();
    bool isMinor() const;
    QDate today() const;
    // The birth date is typed for this person: a new person whose document number carries none.
    bool needsBirthDate() const;
    // The step after the document (and after the birth date).
    CheckInStep stepAfterDocument() const;
    void commitBirthDate(const QString& text);
    void confirmBirthDate(const QString& text);
    void showBirthDateToPerson();
    void setRowError(const Row& row, const QString& message);

    SiteContext& m_site;
    CheckInService m_service;
    DraftStore m_drafts;
    QString m_staffId;
    CheckInForm m_form;
    CheckInStep m_step = CheckInStep::Scan;
    std::optional<Ticket> m_ticket;

    QLabel* m_prompt = nullptr;
    QLineEdit* m_entry = nullptr;
    QLabel* m_entryHint = nullptr;
    QPushButton* m_checkInButton = nullptr;
    ScanNotice* m_notice = nullptr;
    // A scan the step cannot use keeps what was typed before it.
    LineBurst m_lineBurst;
    QString m_typedBeforeScan;
    QWidget* m_formArea = nullptr;
    Row m_document, m_birth, m_name, m_temperature, m_consent;
    int m_adultAgeYears = kDefaultAdultAgeYears;  // the site's, read for each new person
    QPointer<RecipientDisplay> m_display;
    ContraindicationBox* m_contraindications = nullptr;
    QLabel* m_screeningCaption = nullptr;
    QLabel* m_screeningError = nullptr;
    ScreeningToggles* m_toggles = nullptr;
    QLabel* m_saveError = nullptr;
    QWidget* m_result = nullptr;
    QLabel* m_resultMessage = nullptr;
    QLabel* m_queueNumber = nullptr;
    QPushButton* m_print = nullptr;

    // Scanner detection: keys closer together than a person types are a burst.
    KeyTiming m_keyTiming;
    QString m_burst;
    struct Undo {
        CheckInStep step;
        ScreeningAnswers answers;
        bool guardianSigns;
    };
    std::optional<Undo> m_burstUndo;
};

}  // namespace vax::ui
