#include "desk/recipientdisplay.h"

#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

#include "checkin/queuenumber.h"
#include "shell/style.h"

namespace vax::ui {

RecipientDisplay::RecipientDisplay(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("recipientDisplay"));
    setAttribute(Qt::WA_StyledBackground);
    // It faces the person: showing it must never take the keyboard from the nurse's scan field.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setStyleSheet(QStringLiteral("QWidget#recipientDisplay { background: white; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    m_person = new QLabel(this);
    m_person->setObjectName(QStringLiteral("recipientPerson"));
    m_person->setAlignment(Qt::AlignCenter);
    m_person->setWordWrap(true);
    scaleFont(m_person, 2.2, true);
    m_person->setStyleSheet(QStringLiteral("color:#1d4f91;"));
    layout->addWidget(m_person);
    layout->addSpacing(12);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(1, 1);
    const auto addRow = [&](Row& row, int r, const char* name, double scale) {
        row.caption = new QLabel(this);
        row.caption->setStyleSheet(QStringLiteral("color:#555;"));
        scaleFont(row.caption, 1.8);
        row.value = new QLabel(this);
        row.value->setObjectName(QString::fromLatin1(name));
        row.value->setWordWrap(true);
        scaleFont(row.value, scale, true);
        grid->addWidget(row.caption, r, 0, Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(row.value, r, 1);
    };
    addRow(m_vaccine, 0, "recipientVaccine", 3.4);
    addRow(m_manufacturer, 1, "recipientManufacturer", 2.4);
    addRow(m_lot, 2, "recipientLot", 3.0);
    addRow(m_expiry, 3, "recipientExpiry", 3.0);
    addRow(m_dose, 4, "recipientDose", 3.0);
    addRow(m_birth, 5, "recipientBirthDate", 3.4);
    layout->addLayout(grid);
    layout->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recipientStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    scaleFont(m_status, 2.4, true);
    layout->addWidget(m_status);
    resize(1280, 720);
    retranslate();
}

void RecipientDisplay::retranslate()
{
    setWindowTitle(tr("VaxPoint — your vaccine"));
    m_vaccine.caption->setText(tr("Vaccine"));
    m_manufacturer.caption->setText(tr("Manufacturer"));
    m_lot.caption->setText(tr("Lot"));
    m_expiry.caption->setText(tr("Expiry"));
    m_dose.caption->setText(tr("Dose"));
    m_birth.caption->setText(tr("Birth date"));
    switch (m_mode) {
        case Mode::Idle:
            showIdle();
            break;
        case Mode::Waiting:
            showWaiting(m_shown.maskedName, m_shown.queueNumber);
            break;
        case Mode::Vaccine:
            showVaccine(m_shown);
            break;
        case Mode::Saved:
            showVaccine(m_shown);
            showSaved(m_leaveAt);
            break;
        case Mode::BirthDate:
            showBirthDate(m_shown.maskedName, m_birthDate, m_ageYears);
            break;
    }
}

void RecipientDisplay::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool RecipientDisplay::event(QEvent* event)
{
    // A platform that activates new windows anyway (or a click on the display) must not leave
    // the nurse's scan field without the keyboard.
    if (event->type() == QEvent::WindowActivate && m_desk)
        m_desk->window()->activateWindow();
    return QWidget::event(event);
}

void RecipientDisplay::setRowsVisible(bool visible)
{
    for (const Row* r : {&m_vaccine, &m_manufacturer, &m_lot, &m_expiry, &m_dose}) {
        r->caption->setVisible(visible);
        r->value->setVisible(visible);
    }
    m_birth.caption->setVisible(m_mode == Mode::BirthDate);
    m_birth.value->setVisible(m_mode == Mode::BirthDate);
}

void RecipientDisplay::showIdle()
{
    m_mode = Mode::Idle;
    m_shown = {};
    m_person->setText(tr("Welcome"));
    setRowsVisible(false);
    m_status->setText(tr("Please wait until your number is called."));
    m_status->setStyleSheet(QStringLiteral("color:#555;"));
}

void RecipientDisplay::showWaiting(const QString& maskedName, int queueNumber)
{
    m_mode = Mode::Waiting;
    m_shown = {};
    m_shown.maskedName = maskedName;
    m_shown.queueNumber = queueNumber;
    m_person->setText(tr("No. %1  %2").arg(queueLabel(queueNumber)).arg(maskedName));
    setRowsVisible(false);
    m_status->setText(tr("The nurse is preparing your vaccine."));
    m_status->setStyleSheet(QStringLiteral("color:#555;"));
}

void RecipientDisplay::showVaccine(const RecipientVaccine& v)
{
    m_mode = Mode::Vaccine;
    m_shown = v;
    m_person->setText(tr("No. %1  %2").arg(queueLabel(v.queueNumber)).arg(v.maskedName));
    m_vaccine.value->setText(v.vaccine);
    m_manufacturer.value->setText(v.manufacturer);
    m_lot.value->setText(v.lot);
    m_expiry.value->setText(v.expiry.toString(Qt::ISODate));
    m_dose.value->setText(v.doseNumber > 0
                              ? tr("Dose %1 of %2").arg(v.doseNumber).arg(v.seriesDoses)
                              : tr("Not today — please ask the nurse"));
    m_dose.value->setStyleSheet(v.doseNumber > 0
                                    ? QString()
                                    : QStringLiteral("color:%1;").arg(QLatin1String(kErrorColour)));
    setRowsVisible(true);
    m_status->setText(tr("Please check the vaccine name and the expiry date, and tell the nurse."));
    m_status->setStyleSheet(QStringLiteral("color:#1d4f91;"));
}

void RecipientDisplay::showSaved(const QString& leaveAt)
{
    m_mode = Mode::Saved;
    m_leaveAt = leaveAt;
    // Says what happened — vaccinated, with what — not "saved" (read as "checked in").
    m_status->setText(
        m_shown.vaccine.isEmpty()
            ? tr("✓ Vaccinated. Please wait in the observation area until %1.").arg(leaveAt)
            : tr("✓ Vaccinated with %1. Please wait in the observation area until %2.")
                  .arg(m_shown.vaccine, leaveAt));
    m_status->setStyleSheet(
        QStringLiteral("color:white; background:%1; padding:12px;").arg(QLatin1String(kOkColour)));
}

void RecipientDisplay::showBirthDate(const QString& maskedName, const QDate& birthDate,
                                     int ageYears)
{
    m_mode = Mode::BirthDate;
    m_shown = {};
    m_shown.maskedName = maskedName;
    m_birthDate = birthDate;
    m_ageYears = ageYears;
    m_person->setText(maskedName.isEmpty() ? tr("Your birth date") : maskedName);
    m_birth.value->setText(tr("%1 (age %2)").arg(birthDate.toString(Qt::ISODate)).arg(ageYears));
    setRowsVisible(false);
    m_status->setText(tr("Please check your birth date. If it is wrong, tell the nurse now."));
    m_status->setStyleSheet(QStringLiteral("color:#1d4f91;"));
}

void RecipientDisplay::clearBirthDate()
{
    if (m_mode == Mode::BirthDate)
        showIdle();
}

QString RecipientDisplay::statusText() const
{
    return m_status->text();
}

void RecipientDisplay::present(QWidget* besides)
{
    m_desk = besides;
    const QScreen* own = besides ? besides->screen() : nullptr;
    QScreen* other = nullptr;
    for (QScreen* s : QGuiApplication::screens())
        if (s != own && !other)
            other = s;
    if (other) {
        setScreen(other);
        setGeometry(other->geometry());
        showFullScreen();
    } else {
        showNormal();
    }
    raise();
}

}  // namespace vax::ui
