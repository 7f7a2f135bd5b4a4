#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;

namespace vax::ui {

// What the recipient display shows for the 一验证 step (DOMAIN.md §2).
struct RecipientVaccine {
    QString maskedName;  // the display faces the public: masked, never the full name
    int queueNumber = 0;
    QString vaccine;  // in the UI language
    QString manufacturer;
    QString lot;
    QDate expiry;
    int doseNumber = 0;  // 0: not known (the series is complete or blocked)
    int seriesDoses = 0;
};

// A window that faces the person being vaccinated (DESIGN.md §7): vaccine name, manufacturer,
// lot, expiry and dose number in very large type, and "Saved" after the dose. A top-level window
// of its own, so it can sit on a second screen.
class RecipientDisplay final : public QWidget {
    Q_OBJECT
public:
    explicit RecipientDisplay(QWidget* parent = nullptr);

    void showIdle();
    void showWaiting(const QString& maskedName, int queueNumber);
    void showVaccine(const RecipientVaccine& vaccine);
    // After the dose: "Saved", and until when to stay in the observation area.
    void showSaved(const QString& leaveAt);
    // Check-in of a document that carries no birth date: the birth date the nurse typed, for the
    // person to confirm. `maskedName` may be empty (not typed yet).
    void showBirthDate(const QString& maskedName, const QDate& birthDate, int ageYears);
    // Back to the welcome screen if a birth date is shown (what the injection desk shows stays).
    void clearBirthDate();
    // Full screen on a screen other than `besides`' when there is one; else a normal window.
    void present(QWidget* besides);

    QString statusText() const;

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    void retranslate();
    void setRowsVisible(bool visible);

    struct Row {
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
    };
    QLabel* m_person = nullptr;
    Row m_vaccine, m_manufacturer, m_lot, m_expiry, m_dose, m_birth;
    QLabel* m_status = nullptr;
    RecipientVaccine m_shown;
    enum class Mode { Idle, Waiting, Vaccine, Saved, BirthDate } m_mode = Mode::Idle;
    QString m_leaveAt;
    QDate m_birthDate;
    int m_ageYears = 0;
    QPointer<QWidget> m_desk;  // gets the activation back: the keyboard belongs to the desk
};

}  // namespace vax::ui
