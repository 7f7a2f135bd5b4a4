#pragma once

#include <QWidget>

#include "checkin/checkinsteps.h"
#include "site/sitecontext.h"

class QGridLayout;
class QLabel;

namespace vax::ui {

class ContraindicationBox;
class ScreeningToggles;

// The check-in form as the nurse sees it while the entry line walks it: one row a field
// (document, birth date, name, temperature, consent) with the row of the current step
// highlighted, the person's contraindications on record, the screening questions, and the
// message under each field. It shows the form; the panel owns it and the walk.
class CheckInFormView final : public QWidget {
    Q_OBJECT
public:
    CheckInFormView(SiteContext& site, QWidget* parent = nullptr);

    void retranslate();
    // Shows `form` at `step` (ages on `today`).
    void render(const CheckInForm& form, CheckInStep step, const QDate& today);

    // An error under `field`, in the error style.
    void setError(CheckInField field, const QString& message);
    // A note under `field` while it is typed: green when `note.ok`, else an error.
    void setNote(CheckInField field, const FieldNote& note);
    void clearError(CheckInField field);
    QString error(CheckInField field) const;
    void clearErrors();
    // Empty message lines take no room: the form must fit a 1366×768 desk screen.
    void syncErrorVisibility();

    ScreeningToggles* toggles() const { return m_toggles; }
    ContraindicationBox* contraindications() const { return m_contraindications; }

private:
    struct Row {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
        QLabel* error = nullptr;
    };
    Row addRow(QGridLayout* grid, int row, const char* valueName, const char* errorName);
    QLabel* errorLabel(CheckInField field) const;

    Row m_document, m_birth, m_name, m_temperature, m_consent;
    ContraindicationBox* m_contraindications = nullptr;
    QLabel* m_screeningCaption = nullptr;
    QLabel* m_screeningError = nullptr;
    ScreeningToggles* m_toggles = nullptr;
};

}  // namespace vax::ui
