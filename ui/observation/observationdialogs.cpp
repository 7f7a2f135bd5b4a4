#include "observation/observationdialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

namespace {
QLabel* errorLabel(QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->hide();
    return l;
}
}  // namespace

// ---------------------------------------------------------------------------------------------

LeftEarlyDialog::LeftEarlyDialog(const QString& warning, Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("leftEarlyDialog"));
    setWindowTitle(tr("Left early"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(warning, this);
    text->setObjectName(QStringLiteral("leftEarlyWarning"));
    text->setWordWrap(true);
    text->setStyleSheet(colourTextStyle(kTrainingColour, true));
    layout->addWidget(text);
    auto* form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("leftEarlyReason"));
    m_reason->setEditable(true);
    m_reason->addItems({QString(), tr("Refused to wait"), tr("Urgent matter, had to leave"),
                        tr("Left without telling staff")});
    m_reason->setCurrentIndex(0);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record early leave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LeftEarlyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeftEarlyDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString LeftEarlyDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LeftEarlyDialog::accept()
{
    const Status done = m_submit(m_reason->currentText());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

QChar AefiDialog::symptomKey(int index)
{
    static const QString keys = QStringLiteral("1234567890ABCDEF");
    return index >= 0 && index < keys.size() ? keys.at(index) : QChar();
}

AefiDialog::AefiDialog(const QString& who, const QDateTime& now, Submit submit, QWidget* parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("aefiDialog"));
    setWindowTitle(tr("Adverse event"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Adverse event following immunization — %1").arg(who), this);
    scaleFont(heading, 1.2, true);
    layout->addWidget(heading);

    auto* form = new QFormLayout;
    m_onset = new QDateTimeEdit(inSiteZone(now), this);
    m_onset->setObjectName(QStringLiteral("aefiOnset"));
    m_onset->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("&Onset:"), m_onset);
    layout->addLayout(form);

    auto* symptomGroup = new QGroupBox(tr("Symptoms (press the key to tick)"), this);
    auto* grid = new QGridLayout(symptomGroup);
    int i = 0;
    for (const aefi::Symptom& s : aefi::symptoms()) {
        auto* box = new QCheckBox(
            QStringLiteral("[%1]  %2").arg(symptomKey(i)).arg(aefi::symptomName(s.code)),
            symptomGroup);
        box->setObjectName(QStringLiteral("symptom_") + s.code);
        if (s.alwaysSerious)
            box->setStyleSheet(colourTextStyle(kErrorColour));
        box->installEventFilter(this);
        connect(box, &QCheckBox::toggled, this, &AefiDialog::onSymptomToggled);
        grid->addWidget(box, i % 8, i / 8);
        m_symptoms.emplace_back(s.code, box);
        ++i;
    }
    layout->addWidget(symptomGroup);
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("aefiOther"));
    m_other->setPlaceholderText(tr("Describe the other symptom"));
    m_other->setEnabled(false);
    layout->addWidget(m_other);

    auto* details = new QFormLayout;
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("aefiSeverity"));
    for (const QString& code : aefi::severities())
        m_severity->addItem(aefi::severityName(code), code);
    details->addRow(tr("Se&verity:"), m_severity);
    m_seriousness = new QComboBox(this);
    m_seriousness->setObjectName(QStringLiteral("aefiSeriousness"));
    m_seriousness->addItem(tr("Not serious"), QStringLiteral("non_serious"));
    m_seriousness->addItem(tr("Serious — report immediately"), QStringLiteral("serious"));
    details->addRow(tr("Se&riousness:"), m_seriousness);
    auto* actionsRow = new QWidget(this);
    auto* actionsLayout = new QHBoxLayout(actionsRow);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString& code : aefi::actions()) {
        auto* box = new QCheckBox(aefi::actionName(code), actionsRow);
        box->setObjectName(QStringLiteral("action_") + code);
        box->setChecked(code == QLatin1String("observed"));
        actionsLayout->addWidget(box);
        m_actions.emplace_back(code, box);
    }
    details->addRow(tr("Actions:"), actionsRow);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("aefiOutcome"));
    for (const QString& code : aefi::outcomes())
        m_outcome->addItem(aefi::outcomeName(code), code);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(QStringLiteral("unknown"))));
    details->addRow(tr("O&utcome:"), m_outcome);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("aefiNote"));
    details->addRow(tr("&Note:"), m_note);
    layout->addLayout(details);

    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record adverse event"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AefiDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AefiDialog::reject);
    layout->addWidget(buttons);
    m_symptoms.front().second->setFocus();
}

QCheckBox* AefiDialog::symptomBox(const QString& code) const
{
    for (const auto& [c, box] : m_symptoms)
        if (c == code)
            return box;
    return nullptr;
}

QCheckBox* AefiDialog::actionBox(const QString& code) const
{
    for (const auto& [c, box] : m_actions)
        if (c == code)
            return box;
    return nullptr;
}

QString AefiDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool AefiDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const QString text = key->text().toUpper();
        if (text.size() == 1 && !(key->modifiers() & ~Qt::KeypadModifier)) {
            for (size_t i = 0; i < m_symptoms.size(); ++i) {
                if (symptomKey(static_cast<int>(i)) == text.at(0)) {
                    m_symptoms[i].second->toggle();
                    m_symptoms[i].second->setFocus();
                    return true;
                }
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AefiDialog::onSymptomToggled()
{
    bool serious = false;
    bool other = false;
    for (const auto& [code, box] : m_symptoms) {
        if (!box->isChecked())
            continue;
        other = other || code == QLatin1String("other");
        for (const aefi::Symptom& s : aefi::symptoms())
            serious = serious || (s.code == code && s.alwaysSerious);
    }
    m_other->setEnabled(other);
    if (serious)
        m_seriousness->setCurrentIndex(m_seriousness->findData(QStringLiteral("serious")));
}

aefi::Report AefiDialog::report() const
{
    aefi::Report r;
    r.onset = m_onset->dateTime().toUTC();
    for (const auto& [code, box] : m_symptoms)
        if (box->isChecked())
            r.symptoms << code;
    r.otherDescription = m_other->text();
    r.severity = m_severity->currentData().toString();
    r.seriousness = m_seriousness->currentData().toString();
    for (const auto& [code, box] : m_actions)
        if (box->isChecked())
            r.actions << code;
    r.outcome = m_outcome->currentData().toString();
    r.note = m_note->text();
    return r;
}

void AefiDialog::accept()
{
    const Status done = m_submit(report());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

}  // namespace vax::ui
