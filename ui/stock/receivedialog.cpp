#include "stock/receivedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include "catalog/catalog.h"
#include "coldchain/fridges.h"
#include "common/clock.h"
#include "common/i18n.h"
#include "scan/gs1.h"
#include "shell/style.h"
#include "stock/scanfield.h"

namespace vax::ui {

namespace {
const QString kErrorStyle =
    QStringLiteral("border: 2px solid %1;").arg(QLatin1String(kErrorColour));
}

ReceiveDialog::ReceiveDialog(Database& db, const Clock& clock, QString actorId, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_actorId(std::move(actorId))
{
    setWindowTitle(tr("Receive a delivery"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Scan the DataMatrix code on a box: it fills vaccine, lot and "
                               "expiry. Then scan the 20-digit trace code of every box."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_scan = new ScanField(this);
    m_scan->setObjectName(QStringLiteral("scanField"));
    m_scan->setPlaceholderText(tr("Scan here"));
    scaleFont(m_scan, 1.2);
    layout->addWidget(m_scan);

    auto* form = new QFormLayout;
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("product"));
    m_product->addItem(tr("— choose —"), QString());
    for (const Product& p : Catalog::builtIn().products())
        m_product->addItem(
            QStringLiteral("%1 (%2)").arg(p.name.forLocale(currentLanguage()), p.code), p.code);
    m_lot = new QLineEdit(this);
    m_lot->setObjectName(QStringLiteral("lot"));
    m_lot->setMaxLength(40);  // longer input is kept and refused with a message, not cut
    m_expiry = new QLineEdit(this);
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setPlaceholderText(tr("YYYY-MM-DD"));
    m_vials = new QSpinBox(this);
    m_vials->setObjectName(QStringLiteral("vials"));
    m_vials->setRange(0, 100000);
    m_doses = new QSpinBox(this);
    m_doses->setObjectName(QStringLiteral("doses"));
    m_doses->setRange(0, 1000000);
    m_doses->setSpecialValueText(tr("from vials"));
    m_fridge = new QComboBox(this);
    m_fridge->setObjectName(QStringLiteral("fridge"));
    if (auto fridges = FridgeRepository::list(m_db)) {
        for (const Fridge& f : *fridges)
            m_fridge->addItem(f.name, f.id);
    }
    form->addRow(tr("&Vaccine"), m_product);
    form->addRow(tr("&Lot"), m_lot);
    form->addRow(tr("&Expiry"), m_expiry);
    form->addRow(tr("V&ials"), m_vials);
    form->addRow(tr("&Doses"), m_doses);
    form->addRow(tr("&Fridge"), m_fridge);
    layout->addLayout(form);

    auto* boxHeading = new QLabel(tr("Box trace codes scanned"), this);
    layout->addWidget(boxHeading);
    m_boxes = new QListWidget(this);
    m_boxes->setObjectName(QStringLiteral("boxList"));
    m_boxes->setMaximumHeight(140);
    layout->addWidget(m_boxes);
    m_removeBox = new QPushButton(tr("Remove selected box"), this);
    m_removeBox->setAutoDefault(false);
    layout->addWidget(m_removeBox, 0, Qt::AlignLeft);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    // ActionRole: a button box makes its first AcceptRole button the default when shown.
    m_receive = buttons->addButton(tr("&Receive (Ctrl+Enter)"), QDialogButtonBox::ActionRole);
    m_receive->setObjectName(QStringLiteral("receiveButton"));
    auto* cancel = new QPushButton(tr("Cancel"), this);
    buttons->addButton(cancel, QDialogButtonBox::ActionRole);
    // Enter belongs to the scanner: no button is the default, so a scan never submits.
    for (QPushButton* b : {m_receive, cancel}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    layout->addWidget(buttons);

    connect(m_scan, &QLineEdit::returnPressed, this, &ReceiveDialog::handleScan);
    connect(m_receive, &QPushButton::clicked, this, &ReceiveDialog::submit);
    // A shortcut of its own: the button's text carries a mnemonic, which would replace it.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ReceiveDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_removeBox, &QPushButton::clicked, this, [this] { delete m_boxes->currentItem(); });
    m_scan->setFocus();
}

QStringList ReceiveDialog::traceCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_boxes->count(); ++i)
        codes << m_boxes->item(i)->text();
    return codes;
}

void ReceiveDialog::handleScan()
{
    const QString text = m_scan->text().trimmed();
    if (text.isEmpty())
        return;
    clearError();
    if (LotService::isTraceCode(text)) {
        if (traceCodes().contains(text)) {
            showError(tr("Box code: %1 was already scanned for this delivery; scan the next "
                         "box.")
                          .arg(text),
                      m_scan);
            return;
        }
        m_boxes->addItem(text);
        m_boxes->scrollToBottom();
        m_scan->clear();
        return;
    }
    auto gs1 = parseGs1(text);
    if (!gs1) {
        const bool looksGs1 = text.startsWith(QLatin1String("]d2")) ||
                              text.startsWith(QLatin1String("01")) ||
                              text.contains(QChar(kGs1Separator));
        showError(looksGs1 ? gs1.error().message
                           : tr("Scan: this is neither the DataMatrix code of a box nor a "
                                "20-digit trace code. Scan the box again."),
                  m_scan);
        return;
    }
    const Product* product = Catalog::builtIn().findByGtin(gs1->gtin);
    if (!product) {
        showError(tr("Scan: GTIN %1 is not a vaccine of the catalog; choose the vaccine by "
                     "hand.")
                      .arg(gs1->gtin),
                  m_scan);
        return;
    }
    m_product->setCurrentIndex(m_product->findData(product->code));
    m_gtin = gs1->gtin;
    if (!gs1->lot.isEmpty())
        m_lot->setText(gs1->lot);
    if (gs1->expiry.isValid())
        m_expiry->setText(gs1->expiry.toString(Qt::ISODate));
    m_scan->clear();
}

QWidget* ReceiveDialog::fieldWidget(const QString& field) const
{
    if (field == QLatin1String("product"))
        return m_product;
    if (field == QLatin1String("lot"))
        return m_lot;
    if (field == QLatin1String("expiry"))
        return m_expiry;
    if (field == QLatin1String("vials"))
        return m_vials;
    if (field == QLatin1String("doses"))
        return m_doses;
    if (field == QLatin1String("fridge"))
        return m_fridge;
    if (field == QLatin1String("box"))
        return m_boxes;
    return m_scan;
}

void ReceiveDialog::submit()
{
    clearError();
    if (!m_scan->text().trimmed().isEmpty()) {
        showError(tr("Scan: the scan field still holds \"%1\"; press Enter to use it or clear "
                     "it.")
                      .arg(m_scan->text()),
                  m_scan);
        return;
    }
    LotReceipt r;
    r.productCode = m_product->currentData().toString();
    if (r.productCode.isEmpty()) {
        showError(tr("Vaccine: choose the vaccine, or scan the box's DataMatrix code."), m_product);
        return;
    }
    r.lotNumber = m_lot->text().trimmed();
    r.expiry = QDate::fromString(m_expiry->text().trimmed(), Qt::ISODate);
    const Product* product = Catalog::builtIn().find(r.productCode);
    r.gtin = product && product->gtins.contains(m_gtin) ? m_gtin : QString();
    r.vials = m_vials->value();
    r.doses = m_doses->value();
    r.fridgeId = m_fridge->currentData().toString();
    r.traceCodes = traceCodes();
    auto received = LotService::receive({m_db, m_clock, m_actorId}, r);
    if (!received) {
        showError(received.error().message, fieldWidget(received.error().field));
        return;
    }
    m_result = *received;
    accept();
}

void ReceiveDialog::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setStyleSheet(kErrorStyle);
        field->setFocus();
    }
}

void ReceiveDialog::clearError()
{
    m_error->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_scan, m_product, m_lot, m_expiry, m_vials,
                                                      m_doses, m_fridge, m_boxes})
        w->setStyleSheet(QString());
}

}  // namespace vax::ui
