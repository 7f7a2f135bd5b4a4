#include "checkin/checkinformview.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "checkin/checkinpanel.h"
#include "checkin/consent.h"
#include "checkin/screeningtoggles.h"
#include "common/age.h"
#include "contraindication/contraindicationbox.h"
#include "shell/livetext.h"
#include "shell/style.h"

namespace vax::ui {

// The strings keep the check-in panel's translation context (translations/*.ts).
CheckInFormView::CheckInFormView(SiteContext& site, QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    m_document = addRow(grid, 0, "documentValue", "documentError");
    m_birth = addRow(grid, 2, "birthDateValue", "birthDateError");
    m_name = addRow(grid, 4, "nameValue", "nameError");
    m_temperature = addRow(grid, 6, "temperatureValue", "temperatureError");
    m_consent = addRow(grid, 8, "consentValue", "consentError");
    layout->addLayout(grid);

    m_contraindications = new ContraindicationBox(site, this);
    layout->addWidget(m_contraindications);
    m_screeningCaption = new QLabel(this);
    scaleFont(m_screeningCaption, 1.0, true);
    layout->addWidget(m_screeningCaption);
    m_toggles = new ScreeningToggles(Questionnaire::builtIn(), this);
    m_toggles->setObjectName(QStringLiteral("screeningToggles"));
    layout->addWidget(m_toggles);
    m_screeningError = new QLabel(this);
    m_screeningError->setObjectName(QStringLiteral("screeningError"));
    m_screeningError->setWordWrap(true);
    m_screeningError->setStyleSheet(errorTextStyle());
    layout->addWidget(m_screeningError);
}

CheckInFormView::Row CheckInFormView::addRow(QGridLayout* grid, int row, const char* valueName,
                                             const char* errorName)
{
    Row r;
    r.caption = new QLabel(this);
    r.caption->setStyleSheet(QStringLiteral("color:#555;"));
    r.value = new QLabel(this);
    r.value->setObjectName(QString::fromLatin1(valueName));
    r.value->setTextInteractionFlags(Qt::NoTextInteraction);
    scaleFont(r.value, 1.15, true);
    r.error = new QLabel(this);
    r.error->setObjectName(QString::fromLatin1(errorName));
    r.error->setWordWrap(true);
    clearOnLanguageChange(r.error);  // an error of the previous language goes
    grid->addWidget(r.caption, row, 0);
    grid->addWidget(r.value, row, 1);
    grid->addWidget(r.error, row + 1, 1);
    return r;
}

void CheckInFormView::retranslate()
{
    m_document.caption->setText(CheckInPanel::tr("Document"));
    m_birth.caption->setText(CheckInPanel::tr("Birth date"));
    m_name.caption->setText(CheckInPanel::tr("Name"));
    m_temperature.caption->setText(CheckInPanel::tr("Temperature"));
    m_consent.caption->setText(CheckInPanel::tr("Consent"));
    m_screeningCaption->setText(
        CheckInPanel::tr("Screening — number key toggles a question, N answers the rest \"no\""));
    m_toggles->retranslate();
    m_contraindications->retranslate();
}

void CheckInFormView::render(const CheckInForm& form, CheckInStep step, const QDate& today)
{
    if (m_contraindications->personId() != form.personId)
        m_contraindications->showPerson(form.personId);
    m_document.value->setText(form.document ? documentSummary(*form.document) : form.documentText);
    const bool birthRow = needsBirthDate(form);
    m_birth.caption->setVisible(birthRow);
    m_birth.value->setVisible(birthRow);
    QString birth;
    if (birthRow && form.document->birthDate)
        birth = form.birthDateConfirmed
                    ? CheckInPanel::tr("%1 (age %2), confirmed")
                          .arg(form.document->birthDate->toString(Qt::ISODate))
                          .arg(ageInWholeYears(*form.document->birthDate, today))
                    : CheckInPanel::tr("%1 (age %2), type it again")
                          .arg(form.document->birthDate->toString(Qt::ISODate))
                          .arg(ageInWholeYears(*form.document->birthDate, today));
    else if (birthRow)
        birth = CheckInPanel::tr("not on the document's number: type it");
    m_birth.value->setText(birth);
    QString name = form.name;
    if (!form.personId.isEmpty())
        name += QStringLiteral("  ") + CheckInPanel::tr("(on file)");
    else if (!form.name.isEmpty())
        name += QStringLiteral("  ") + CheckInPanel::tr("(new person)");
    if (!form.phone.isEmpty())
        name += QStringLiteral("  ") + form.phone;
    m_name.value->setText(name);
    const auto t = parseTemperature(form.temperatureText);
    m_temperature.value->setText(t ? QStringLiteral("%1 °C").arg(*t, 0, 'f', 1)
                                   : form.temperatureText);
    QString consent;
    if (form.guardianSigns)
        consent = guardianLine(form.guardianName, form.guardianRelation);
    else if (step == CheckInStep::GuardianName || step == CheckInStep::GuardianRelation)
        consent = CheckInPanel::tr("Signed by the person");
    consent = consent.isEmpty() ? CheckInPanel::tr("Consent text %1: not yet recorded")
                                      .arg(QLatin1String(kConsentTextVersion))
                                : consent;
    m_consent.value->setText(consent);

    const auto highlight = [](const Row& row, bool active) {
        row.caption->setStyleSheet(active ? QStringLiteral("color:white; background:#1d4f91; "
                                                           "padding:2px 6px; font-weight:bold;")
                                          : QStringLiteral("color:#555; padding:2px 6px;"));
    };
    highlight(m_document, step == CheckInStep::Scan);
    highlight(m_birth, step == CheckInStep::BirthDate || step == CheckInStep::BirthDateAgain);
    highlight(m_name, step == CheckInStep::Name);
    highlight(m_temperature, step == CheckInStep::Temperature);
    highlight(m_consent, step == CheckInStep::Consent || step == CheckInStep::GuardianName ||
                             step == CheckInStep::GuardianRelation);
    m_toggles->setActive(step == CheckInStep::Screening);
}

QLabel* CheckInFormView::errorLabel(CheckInField field) const
{
    switch (field) {
        case CheckInField::Document:
            return m_document.error;
        case CheckInField::BirthDate:
            return m_birth.error;
        case CheckInField::Name:
            return m_name.error;
        case CheckInField::Temperature:
            return m_temperature.error;
        case CheckInField::Consent:
            return m_consent.error;
        case CheckInField::Screening:
            return m_screeningError;
    }
    return m_screeningError;
}

void CheckInFormView::setError(CheckInField field, const QString& message)
{
    QLabel* label = errorLabel(field);
    label->setText(message);
    label->setStyleSheet(errorTextStyle());
}

void CheckInFormView::setNote(CheckInField field, const FieldNote& note)
{
    QLabel* label = errorLabel(field);
    label->setText(note.text);
    label->setStyleSheet(note.ok ? colourTextStyle(kOkColour) : errorTextStyle());
}

void CheckInFormView::clearError(CheckInField field)
{
    errorLabel(field)->clear();
}

QString CheckInFormView::error(CheckInField field) const
{
    return errorLabel(field)->text();
}

void CheckInFormView::clearErrors()
{
    for (const Row* row : {&m_document, &m_birth, &m_name, &m_temperature, &m_consent}) {
        row->error->clear();
        row->error->setStyleSheet(QString());
    }
    m_screeningError->clear();
}

void CheckInFormView::syncErrorVisibility()
{
    for (QLabel* label : {m_document.error, m_birth.error, m_name.error, m_temperature.error,
                          m_consent.error, m_screeningError})
        label->setVisible(!label->text().isEmpty());
}

}  // namespace vax::ui
