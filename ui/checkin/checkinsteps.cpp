#include "checkin/checkinsteps.h"

#include "catalog/catalog.h"
#include "checkin/birthdate.h"
#include "checkin/checkinpanel.h"
#include "checkin/consent.h"
#include "common/age.h"
#include "common/labels.h"
#include "scan/scanrouter.h"

namespace vax::ui {

QString documentSummary(const IdentityDocument& d)
{
    QString s = documentTypeLabel(d.type) + QStringLiteral("  ") + d.number;
    if (d.birthDate)
        s += QStringLiteral("  ") + d.birthDate->toString(Qt::ISODate);
    if (d.sex)
        s += QStringLiteral("  ") +
             (*d.sex == Sex::Male ? CheckInPanel::tr("male") : CheckInPanel::tr("female"));
    return s;
}

QString guardianLine(const QString& name, const QString& relation)
{
    if (name.isEmpty())
        return CheckInPanel::tr("A guardian signs");
    if (relation.isEmpty())
        return CheckInPanel::tr("Guardian: %1").arg(name);
    return CheckInPanel::tr("Guardian: %1 (%2)").arg(name, relation);
}

Result<CheckInForm> formFromScan(const QString& text, const QDate& today)
{
    auto scanned = parseScan(text, today);
    CheckInForm form;
    if (scanned && scanned->registration) {
        form.document = scanned->registration->document;
        form.documentText = scanned->registration->document.number;
        form.name = scanned->registration->name;
        form.phone = scanned->registration->phone;
        form.appointmentId = scanned->registration->appointmentId;
        return form;
    }
    if (scanned) {
        form.document = scanned->document;
        form.documentText = scanned->document->number;
        return form;
    }
    if (classifyScan(text) == ScanKind::Unknown) {
        // Not a scan shape: maybe a typed permit number.
        auto doc = checkDocument(DocumentInput{{}, text, {}, {}, {}}, today);
        if (doc) {
            form.document = *doc;
            form.documentText = text.trimmed();
            return form;
        }
    }
    return scanned.error();
}

CheckInForm formFromDraft(const QJsonObject& draft, const QDate& today, CheckInStep* step,
                          QString* entryText)
{
    CheckInForm form = CheckInForm::fromJson(draft, step, entryText);
    if (!form.documentText.isEmpty()) {
        auto doc = checkDocument(form.draftDocument, today);
        if (doc)
            form.document = *doc;
    }
    return form;
}

bool needsBirthDate(const CheckInForm& form)
{
    return form.document && form.personId.isEmpty() && !numberCarriesBirthDate(*form.document);
}

bool isMinor(const CheckInForm& form, const QDate& today, int adultAgeYears)
{
    return form.document && form.document->birthDate &&
           ageInWholeYears(*form.document->birthDate, today) < adultAgeYears;
}

CheckInStep stepAfterDocument(const CheckInForm& form)
{
    if (needsBirthDate(form) && !form.birthDateConfirmed)
        return CheckInStep::BirthDate;
    return form.name.isEmpty() ? CheckInStep::Name : CheckInStep::Temperature;
}

CheckInStep stepBack(CheckInStep step, const CheckInForm& form)
{
    switch (step) {
        case CheckInStep::Scan:
        case CheckInStep::BirthDate:
        case CheckInStep::Done:
            return CheckInStep::Scan;
        case CheckInStep::BirthDateAgain:
            return CheckInStep::BirthDate;
        case CheckInStep::Name:
            return needsBirthDate(form) ? CheckInStep::BirthDate : CheckInStep::Scan;
        case CheckInStep::Temperature:
            return form.personId.isEmpty() ? CheckInStep::Name : CheckInStep::Scan;
        case CheckInStep::Screening:
            return CheckInStep::Temperature;
        case CheckInStep::Consent:
        case CheckInStep::Deferral:
            return CheckInStep::Screening;
        case CheckInStep::GuardianName:
            return CheckInStep::Consent;
        case CheckInStep::GuardianRelation:
            return CheckInStep::GuardianName;
    }
    return CheckInStep::Scan;
}

std::optional<QString> stepValue(CheckInStep step, const CheckInForm& form)
{
    switch (step) {
        case CheckInStep::Scan:
            return form.documentText;
        case CheckInStep::BirthDate:
            return form.birthDateText;
        case CheckInStep::Name:
            return form.name;
        case CheckInStep::Temperature:
            return form.temperatureText;
        case CheckInStep::GuardianName:
            return form.guardianName;
        case CheckInStep::GuardianRelation:
            return form.guardianRelation;
        default:
            return std::nullopt;
    }
}

bool takesSingleKeys(CheckInStep step)
{
    return step == CheckInStep::Screening || step == CheckInStep::Consent ||
           step == CheckInStep::Deferral;
}

QString stepPrompt(CheckInStep step, const CheckInForm& form, const QDate& today, int adultAgeYears)
{
    switch (step) {
        case CheckInStep::Scan:
            return CheckInPanel::tr(
                "Scan the ID card or registration QR code, or type the ID number, then "
                "Enter");
        case CheckInStep::BirthDate:
            return CheckInPanel::tr(
                       "The %1 number carries no birth date: type it from the "
                       "document as digits (YYYYMMDD or YYYY-MM-DD), then Enter")
                .arg(form.document ? documentTypeLabel(form.document->type) : QString());
        case CheckInStep::BirthDateAgain:
            return CheckInPanel::tr(
                       "Type the birth date a second time to confirm it, then Enter. "
                       "It makes the person: %1")
                .arg(form.document && form.document->birthDate
                         ? ageBoundariesCrossed(*form.document->birthDate, today,
                                                Catalog::builtIn(), adultAgeYears)
                               .join(QStringLiteral("; "))
                         : QString());
        case CheckInStep::Name:
            return CheckInPanel::tr("New person: type the name as on the document, then Enter");
        case CheckInStep::Temperature:
            return CheckInPanel::tr("Axillary temperature in °C (36.6 or 366), then Enter");
        case CheckInStep::Screening:
            return CheckInPanel::tr(
                "Screening: press N if every answer is \"no\"; a question's number "
                "toggles \"yes\"");
        case CheckInStep::Consent:
            return isMinor(form, today, adultAgeYears)
                       ? CheckInPanel::tr(
                             "Under %1: a guardian signs the consent. Press Enter "
                             "or G to record the guardian")
                             .arg(adultAgeYears)
                       : CheckInPanel::tr(
                             "Consent signed by the person: press Enter to check in (G: "
                             "a guardian signed)");
        case CheckInStep::GuardianName:
            return CheckInPanel::tr("Guardian's name, then Enter");
        case CheckInStep::GuardianRelation:
            return CheckInPanel::tr(
                "Guardian's relation to the person (e.g. mother, father), then Enter to "
                "check in");
        case CheckInStep::Deferral:
            return CheckInPanel::tr(
                "Not today. Press Enter to record the deferral, Esc to correct the "
                "answers");
        case CheckInStep::Done:
            return CheckInPanel::tr("Scan the next person");
    }
    return QString();
}

FieldNote documentNote(const QString& typed, const QDate& today)
{
    const QString n = normalizeDocumentNumber(typed);
    FieldNote note;
    bool digits = !n.isEmpty();
    for (int i = 0; i < n.size(); ++i) {
        if (!n.at(i).isDigit() && !(i == 17 && n.at(i) == u'X'))
            digits = false;
    }
    if (digits && n.size() == 18) {
        auto doc = checkDocument(DocumentInput{{}, n, {}, {}, {}}, today);
        note.ok = doc.ok();
        note.text = note.ok ? CheckInPanel::tr("Valid: %1").arg(documentSummary(*doc))
                            : doc.error().message;
    } else if (digits && n.size() > 18) {
        note.text =
            CheckInPanel::tr("An ID number has 18 characters; this one has %1. Check the number.")
                .arg(n.size());
    } else if (digits && n.size() >= 6) {
        note.text = CheckInPanel::tr("%1 of 18 characters").arg(n.size());
        note.ok = true;
    }
    return note;
}

QString feverNote(const QString& typed)
{
    const auto t = parseTemperature(typed);
    const double threshold = Questionnaire::builtIn().feverThresholdC();
    if (t && *t >= threshold && *t < 43.0)
        return CheckInPanel::tr("Fever (%1 °C or more): the person will be deferred today.")
            .arg(threshold, 0, 'f', 1);
    return QString();
}

Result<double> readTemperature(const QString& typed)
{
    const QString text = typed.trimmed();
    const QString field = QStringLiteral("temperature");
    if (text.isEmpty())
        return makeError(ErrorCode::CheckInTemperature,
                         CheckInPanel::tr("Enter the temperature in °C, e.g. 36.5 or 365."), field);
    const auto t = parseTemperature(text);
    if (!t)
        return makeError(ErrorCode::CheckInTemperature,
                         CheckInPanel::tr("\"%1\" is not a temperature. Enter it in °C, e.g. 36.5 "
                                          "or 365.")
                             .arg(text),
                         field);
    return *t;
}

QString typeTemperature(CheckInForm& form, const QString& typed)
{
    const auto t = readTemperature(typed);
    if (!t)
        return t.error().message;
    form.temperatureText = QString::number(*t, 'f', 1);
    // The core checks plausibility (34–43 °C) with its own message.
    auto checked = evaluateScreening(Questionnaire::builtIn(), {}, *t);
    if (!checked && checked.error().code == ErrorCode::CheckInTemperature)
        return checked.error().message;
    return {};
}

ScreeningVerdict screeningVerdict(const CheckInForm& form)
{
    const auto t = parseTemperature(form.temperatureText);
    auto result = evaluateScreening(Questionnaire::builtIn(), form.answers, t.value_or(0.0));
    if (result && result->outcome == ScreeningOutcome::Contraindicated)
        return {CheckInPanel::tr("Do not vaccinate: contraindication (%1). Refer to a doctor.")
                    .arg(labels::screeningReasons(result->reasons)),
                {}};
    if (result && result->outcome == ScreeningOutcome::Defer)
        return {CheckInPanel::tr("Not today: defer (%1). The person may come back when it has "
                                 "passed.")
                    .arg(labels::screeningReasons(result->reasons)),
                {}};
    if (result && result->outcome == ScreeningOutcome::DoctorReview)
        return {std::nullopt,
                CheckInPanel::tr("A doctor must review this person before the injection.")};
    return {};
}

BirthDateTyped typeBirthDate(CheckInForm& form, CheckInStep step, const QString& text,
                             const QDate& today, int adultAgeYears)
{
    auto date = parseTypedBirthDate(text, today);
    if (!date)
        return {std::nullopt, date.error().message, BirthDateTyped::Display::Keep};
    if (step == CheckInStep::BirthDateAgain) {
        const QDate first = form.document->birthDate.value_or(QDate());
        if (*date != first) {
            // Which of the two is wrong is not known: both are typed again.
            form.birthDateText.clear();
            form.document->birthDate.reset();
            return {CheckInStep::BirthDate,
                    CheckInPanel::tr("Birth date: the second entry %1 differs from the first %2. "
                                     "Type the birth date again from the document.")
                        .arg(date->toString(Qt::ISODate), first.toString(Qt::ISODate)),
                    BirthDateTyped::Display::Clear};
        }
        form.birthDateConfirmed = true;
        return {stepAfterDocument(form), QString(), BirthDateTyped::Display::Keep};
    }
    form.birthDateText = text;
    form.document->birthDate = *date;
    form.birthDateConfirmed = false;
    if (!ageBoundariesCrossed(*date, today, Catalog::builtIn(), adultAgeYears).isEmpty())
        return {CheckInStep::BirthDateAgain, QString(), BirthDateTyped::Display::Show};
    form.birthDateConfirmed = true;
    return {stepAfterDocument(form), QString(), BirthDateTyped::Display::Show};
}

Result<CheckInRequest> checkInRequest(const CheckInForm& form, const ScreeningAnswers& answers,
                                      const QString& staffId)
{
    if (!form.document)
        return makeError(
            ErrorCode::InvalidArgument,
            CheckInPanel::tr("No document yet. Scan the ID card or type the ID number."),
            QStringLiteral("scan"));
    if (needsBirthDate(form) && (!form.birthDateConfirmed || !form.document->birthDate))
        return makeError(ErrorCode::PersonInvalid,
                         CheckInPanel::tr("Birth date: the %1 number does not carry it. Type the "
                                          "birth date from the document as digits (YYYYMMDD or "
                                          "YYYY-MM-DD), then Enter.")
                             .arg(documentTypeLabel(form.document->type)),
                         QStringLiteral("birth_date"));
    if (form.personId.isEmpty() && form.name.isEmpty())
        return makeError(ErrorCode::PersonInvalid,
                         CheckInPanel::tr("The name is empty. Type the name as on the document."),
                         QStringLiteral("name"));
    const auto t = parseTemperature(form.temperatureText);
    if (!t)
        return makeError(
            ErrorCode::CheckInTemperature,
            CheckInPanel::tr("No temperature yet. Measure it and enter it in °C, e.g. 36.5."),
            QStringLiteral("temperature"));
    CheckInRequest request;
    request.staffId = staffId;
    if (!form.personId.isEmpty())
        request.personId = form.personId;
    request.draft.name = form.name;
    request.draft.document =
        DocumentInput{form.document->type, form.document->number, form.document->country,
                      form.document->birthDate, form.document->sex};
    request.draft.phone = form.phone;
    request.duplicate = form.duplicate;
    request.answers = answers;
    request.temperatureC = *t;
    request.consent.textVersion = QString::fromLatin1(kConsentTextVersion);
    if (form.guardianSigns) {
        request.consent.signer = ConsentSigner::Guardian;
        request.consent.guardianName = form.guardianName;
        request.consent.guardianRelation = form.guardianRelation;
    }
    request.appointmentId = form.appointmentId;
    return request;
}

ErrorPlace placeError(const Error& error, CheckInForm& form)
{
    const QString& f = error.field;
    if (f == u"name")
        return {CheckInStep::Name, CheckInField::Name};
    if (f == u"temperature")
        return {CheckInStep::Temperature, CheckInField::Temperature};
    if (f == u"screening" || Questionnaire::builtIn().question(f))
        return {CheckInStep::Screening, CheckInField::Screening};
    if (f == u"guardian_name") {
        form.guardianSigns = true;
        return {CheckInStep::GuardianName, CheckInField::Consent};
    }
    if (f == u"guardian_relation")
        return {CheckInStep::GuardianRelation, CheckInField::Consent};
    if (f.startsWith(u"consent"))
        return {CheckInStep::Consent, CheckInField::Consent};
    if (error.code == ErrorCode::CheckInAlreadyToday || f == u"person")
        return {std::nullopt, CheckInField::Name};
    if (f == u"birth_date" && needsBirthDate(form)) {
        form.birthDateConfirmed = false;
        return {CheckInStep::BirthDate, CheckInField::BirthDate};
    }
    if (f == u"scan" || f.startsWith(u"document") || f == u"birth_date" || f == u"sex" ||
        f == u"country")
        return {CheckInStep::Scan, CheckInField::Document};
    // The database refused (locked, full, read-only …): nothing was written; keep the form.
    return {};
}

}  // namespace vax::ui
