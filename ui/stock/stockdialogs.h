#pragma once

#include <QDialog>

#include "stock/lotsmodel.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vax {
class Clock;
class Database;
}  // namespace vax

namespace vax::ui {

// A small form about one lot that writes through a core service on OK. A refused input shows the
// service's message (which names the field) and keeps what was typed.
class LotActionDialog : public QDialog {
    Q_OBJECT
public:
    LotActionDialog(Database& db, const Clock& clock, QString actorId, LotRow lot, QWidget* parent);
    QString outcome() const { return m_outcome; }  // what was booked, for the page's status line

protected:
    // Runs the write; an error stays on the dialog.
    virtual Result<QString> apply() = 0;
    QFormLayout* form() const { return m_form; }
    // The lot's fridges (those holding doses), or every fridge with allFridges.
    QComboBox* fridgeCombo(bool allFridges);
    Database& m_db;
    const Clock& m_clock;
    QString m_actorId;
    LotRow m_lot;

private:
    void submit();
    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QString m_outcome;
};

class WasteDialog final : public LotActionDialog {
    Q_OBJECT
public:
    WasteDialog(Database& db, const Clock& clock, QString actorId, LotRow lot, QWidget* parent);

protected:
    Result<QString> apply() override;

private:
    QComboBox* m_fridge = nullptr;
    QSpinBox* m_doses = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_note = nullptr;
};

// A physical count against the ledger; a difference needs a reason.
class CountDialog final : public LotActionDialog {
    Q_OBJECT
public:
    CountDialog(Database& db, const Clock& clock, QString actorId, LotRow lot, QWidget* parent);

protected:
    Result<QString> apply() override;

private:
    void showExpected();
    QComboBox* m_fridge = nullptr;
    QLabel* m_expected = nullptr;
    QSpinBox* m_counted = nullptr;
    QLineEdit* m_reason = nullptr;
};

class TransferDialog final : public LotActionDialog {
    Q_OBJECT
public:
    TransferDialog(Database& db, const Clock& clock, QString actorId, LotRow lot, QWidget* parent);

protected:
    Result<QString> apply() override;

private:
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QSpinBox* m_doses = nullptr;
};

}  // namespace vax::ui
