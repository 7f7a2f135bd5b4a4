#pragma once

#include <QDialog>

#include <functional>
#include <vector>

#include "aefi/aefi.h"
#include "common/result.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace vax::ui {

// Early leave: a warning (the person has not waited the full time), the reason (required) and
// the confirmation. `submit` writes; on an error the dialog stays open with the message.
class LeftEarlyDialog final : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(const QString& reason)>;
    LeftEarlyDialog(const QString& warning, Submit submit, QWidget* parent = nullptr);
    QComboBox* reasonBox() const { return m_reason; }
    QString errorText() const;

    void accept() override;

private:
    Submit m_submit;
    QComboBox* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

// An adverse event following immunization, keyboard first: symptoms toggle with their keys
// (1–9, 0, then A–F) whenever the focus is not in a text field; Tab reaches severity,
// seriousness, actions, outcome and the note; Enter records. A symptom that is always serious
// sets seriousness to serious. `submit` validates and writes (AefiService::add); its error is
// shown here and the dialog stays open.
class AefiDialog final : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<Status(const aefi::Report& report)>;
    AefiDialog(const QString& who, const QDateTime& now, Submit submit, QWidget* parent = nullptr);

    QCheckBox* symptomBox(const QString& code) const;
    QCheckBox* actionBox(const QString& code) const;
    QComboBox* severityBox() const { return m_severity; }
    QComboBox* seriousnessBox() const { return m_seriousness; }
    QComboBox* outcomeBox() const { return m_outcome; }
    QString errorText() const;
    aefi::Report report() const;
    // The key that toggles the i-th symptom: 1–9, 0, A–F.
    static QChar symptomKey(int index);

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onSymptomToggled();

    Submit m_submit;
    std::vector<std::pair<QString, QCheckBox*>> m_symptoms;
    std::vector<std::pair<QString, QCheckBox*>> m_actions;
    QDateTimeEdit* m_onset = nullptr;
    QLineEdit* m_other = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_seriousness = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace vax::ui
