#include "stock/stockdialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "coldchain/fridges.h"
#include "common/clock.h"
#include "shell/sitetime.h"
#include "stock/reconciliation.h"
#include "stock/stockledger.h"

namespace vax::ui {

LotActionDialog::LotActionDialog(Database& db, const Clock& clock, QString actorId, LotRow lot,
                                 QWidget* parent)
    : QDialog(parent),
      m_db(db),
      m_clock(clock),
      m_actorId(std::move(actorId)),
      m_lot(std::move(lot))
{
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<b>%1</b> — lot %2, expiry %3")
            .arg(LotsModel::productName(m_lot.lot.productCode), m_lot.lot.lotNumber.toHtmlEscaped(),
                 m_lot.lot.expiry.toString(Qt::ISODate)),
        this);
    layout->addWidget(heading);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LotActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QComboBox* LotActionDialog::fridgeCombo(bool allFridges)
{
    auto* combo = new QComboBox(this);
    if (allFridges) {
        if (auto fridges = FridgeRepository::list(m_db)) {
            for (const Fridge& f : *fridges)
                combo->addItem(f.name, f.id);
        }
    } else {
        for (const auto& [fridge, doses] : m_lot.byFridge)
            combo->addItem(tr("%1 (%2 doses)").arg(fridge.name).arg(doses), fridge.id);
    }
    return combo;
}

void LotActionDialog::submit()
{
    auto result = apply();
    if (!result) {
        m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    m_outcome = *result;
    accept();
}

WasteDialog::WasteDialog(Database& db, const Clock& clock, QString actorId, LotRow lot,
                         QWidget* parent)
    : LotActionDialog(db, clock, std::move(actorId), std::move(lot), parent)
{
    setWindowTitle(tr("Book wasted doses"));
    m_fridge = fridgeCombo(false);
    m_doses = new QSpinBox(this);
    m_doses->setObjectName(QStringLiteral("wasteDoses"));
    m_doses->setRange(0, 100000);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("wasteReason"));
    m_reason->addItem(tr("Broken"), int(WasteReason::Broken));
    m_reason->addItem(tr("Expired"), int(WasteReason::Expired));
    m_reason->addItem(tr("Open vial time over"), int(WasteReason::OpenVialTime));
    m_reason->addItem(tr("Cold chain"), int(WasteReason::ColdChain));
    m_reason->addItem(tr("Other"), int(WasteReason::Other));
    m_note = new QLineEdit(this);
    form()->addRow(tr("&Fridge"), m_fridge);
    form()->addRow(tr("&Doses"), m_doses);
    form()->addRow(tr("&Reason"), m_reason);
    form()->addRow(tr("&Note"), m_note);
}

Result<QString> WasteDialog::apply()
{
    const auto reason = WasteReason(m_reason->currentData().toInt());
    auto id = LotService::waste({m_db, m_clock, m_actorId}, m_lot.lot.id,
                                m_fridge->currentData().toString(), m_doses->value(), reason,
                                m_note->text().trimmed());
    if (!id)
        return id.error();
    return tr("Booked %1 doses of lot %2 as wasted (%3).")
        .arg(m_doses->value())
        .arg(m_lot.lot.lotNumber, m_reason->currentText());
}

CountDialog::CountDialog(Database& db, const Clock& clock, QString actorId, LotRow lot,
                         QWidget* parent)
    : LotActionDialog(db, clock, std::move(actorId), std::move(lot), parent)
{
    setWindowTitle(tr("Count and reconcile"));
    m_fridge = fridgeCombo(false);
    m_expected = new QLabel(this);
    m_expected->setObjectName(QStringLiteral("expected"));
    m_counted = new QSpinBox(this);
    m_counted->setObjectName(QStringLiteral("counted"));
    m_counted->setRange(0, 1000000);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("countReason"));
    m_reason->setPlaceholderText(tr("Needed when the count differs from the ledger"));
    form()->addRow(tr("&Fridge"), m_fridge);
    form()->addRow(tr("Ledger says"), m_expected);
    form()->addRow(tr("&Counted doses"), m_counted);
    form()->addRow(tr("&Reason"), m_reason);
    connect(m_fridge, &QComboBox::currentIndexChanged, this, &CountDialog::showExpected);
    showExpected();
}

void CountDialog::showExpected()
{
    auto figures =
        StockCountService::dayFigures(m_db, m_lot.lot.id, m_fridge->currentData().toString(),
                                      inSiteZone(m_clock.nowUtc()).date());
    if (!figures) {
        m_expected->setText(figures.error().message);
        return;
    }
    const DayFigures& f = *figures;
    m_expected->setText(tr("%1 doses (opening %2 + received %3 − administered %4 − wasted %5%6)")
                            .arg(f.expected())
                            .arg(f.opening)
                            .arg(f.received)
                            .arg(f.administered)
                            .arg(f.wasted)
                            .arg(f.otherMoves ? tr(" + other %1").arg(f.otherMoves) : QString()));
    m_counted->setValue(f.expected());
}

Result<QString> CountDialog::apply()
{
    auto r = StockCountService::record({m_db, m_clock, m_actorId}, m_lot.lot.id,
                                       m_fridge->currentData().toString(), m_counted->value(),
                                       m_reason->text());
    if (!r)
        return r.error();
    return tr("Lot %1: expected %2, counted %3, difference %4.")
        .arg(m_lot.lot.lotNumber)
        .arg(r->expected)
        .arg(r->counted)
        .arg(r->discrepancy);
}

TransferDialog::TransferDialog(Database& db, const Clock& clock, QString actorId, LotRow lot,
                               QWidget* parent)
    : LotActionDialog(db, clock, std::move(actorId), std::move(lot), parent)
{
    setWindowTitle(tr("Move doses to another fridge"));
    m_from = fridgeCombo(false);
    m_to = fridgeCombo(true);
    m_to->setObjectName(QStringLiteral("toFridge"));
    m_doses = new QSpinBox(this);
    m_doses->setObjectName(QStringLiteral("transferDoses"));
    m_doses->setRange(0, 1000000);
    form()->addRow(tr("F&rom"), m_from);
    form()->addRow(tr("&To"), m_to);
    form()->addRow(tr("&Doses"), m_doses);
}

Result<QString> TransferDialog::apply()
{
    const Status moved = LotService::transfer({m_db, m_clock, m_actorId}, m_lot.lot.id,
                                              m_from->currentData().toString(),
                                              m_to->currentData().toString(), m_doses->value());
    if (!moved)
        return moved.error();
    return tr("Moved %1 doses of lot %2 to %3.")
        .arg(m_doses->value())
        .arg(m_lot.lot.lotNumber, m_to->currentText());
}

}  // namespace vax::ui
