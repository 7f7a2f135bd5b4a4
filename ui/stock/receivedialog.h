#pragma once

#include <QDialog>

#include "stock/lotservice.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace vax {
class Clock;
class Database;
}  // namespace vax

namespace vax::ui {

class ScanField;

// Receiving a delivery: scan a box's GS1 DataMatrix (product, lot, expiry), then the 20-digit
// trace codes of the boxes one after another; enter the quantity and choose the fridge. Errors
// name the field and keep what was typed.
class ReceiveDialog final : public QDialog {
    Q_OBJECT
public:
    ReceiveDialog(Database& db, const Clock& clock, QString actorId, QWidget* parent = nullptr);
    const ReceiveResult& received() const { return m_result; }
    QStringList traceCodes() const;

private:
    void handleScan();
    void submit();
    void showError(const QString& message, QWidget* field);
    void clearError();
    QWidget* fieldWidget(const QString& field) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_actorId;
    ReceiveResult m_result;

    ScanField* m_scan = nullptr;
    QComboBox* m_product = nullptr;
    QLineEdit* m_lot = nullptr;
    QLineEdit* m_expiry = nullptr;
    QSpinBox* m_vials = nullptr;
    QSpinBox* m_doses = nullptr;
    QComboBox* m_fridge = nullptr;
    QListWidget* m_boxes = nullptr;
    QPushButton* m_removeBox = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_receive = nullptr;
    QString m_gtin;
};

}  // namespace vax::ui
