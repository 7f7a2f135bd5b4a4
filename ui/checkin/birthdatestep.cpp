// The birth-date step of check-in: documents whose number carries no birth date (passport,
// permits). Typed as digits, shown on the recipient display, typed a second time when it crosses
// a consent or catalog age boundary (docs/checkin.md, docs/desk.md "Age").
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>

#include "catalog/catalog.h"
#include "checkin/birthdate.h"
#include "checkin/checkinpanel.h"
#include "desk/recipientdisplay.h"
#include "identity/masking.h"
#include "shell/style.h"

namespace vax::ui {

void CheckInPanel::setRecipientDisplay(RecipientDisplay* display)
{
    m_display = display;
}

bool CheckInPanel::needsBirthDate() const
{
    return m_form.document && m_form.personId.isEmpty() &&
           !numberCarriesBirthDate(*m_form.document);
}

CheckInStep CheckInPanel::stepAfterDocument() const
{
    if (needsBirthDate() && !m_form.birthDateConfirmed)
        return CheckInStep::BirthDate;
    return m_form.name.isEmpty() ? CheckInStep::Name : CheckInStep::Temperature;
}

void CheckInPanel::setRowError(const Row& row, const QString& message)
{
    row.error->setText(message);
    row.error->setStyleSheet(errorTextStyle());
}

void CheckInPanel::commitBirthDate(const QString& text)
{
    auto date = parseTypedBirthDate(text, today());
    if (!date) {
        setRowError(m_birth, date.error().message);
        return;
    }
    m_birth.error->clear();
    m_form.birthDateText = text;
    m_form.document->birthDate = *date;
    m_form.birthDateConfirmed = false;
    showBirthDateToPerson();
    if (!ageBoundariesCrossed(*date, today(), Catalog::builtIn(), m_adultAgeYears).isEmpty()) {
        goTo(CheckInStep::BirthDateAgain);
        return;
    }
    m_form.birthDateConfirmed = true;
    goTo(stepAfterDocument());
}

void CheckInPanel::confirmBirthDate(const QString& text)
{
    auto again = parseTypedBirthDate(text, today());
    if (!again) {
        setRowError(m_birth, again.error().message);
        return;
    }
    const QDate first = m_form.document->birthDate.value_or(QDate());
    if (*again != first) {
        // Which of the two is wrong is not known: both are typed again.
        m_form.birthDateText.clear();
        m_form.document->birthDate.reset();
        if (m_display)
            m_display->clearBirthDate();
        goTo(CheckInStep::BirthDate);
        setRowError(m_birth, tr("Birth date: the second entry %1 differs from the first %2. "
                                "Type the birth date again from the document.")
                                 .arg(again->toString(Qt::ISODate), first.toString(Qt::ISODate)));
        return;
    }
    m_birth.error->clear();
    m_form.birthDateConfirmed = true;
    goTo(stepAfterDocument());
}

void CheckInPanel::showBirthDateToPerson()
{
    if (!m_display || !m_form.document || !m_form.document->birthDate)
        return;
    m_display->showBirthDate(m_form.name.isEmpty() ? QString() : maskName(m_form.name),
                             *m_form.document->birthDate,
                             ageInWholeYears(*m_form.document->birthDate, today()));
    // With a second screen the person sees it at once; on one screen F9 at the injection desk.
    if (!m_display->isVisible() && QGuiApplication::screens().size() > 1)
        m_display->present(window());
}

}  // namespace vax::ui
