#include "checkin/checkinpanel.h"

#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include "catalog/catalog.h"
#include "checkin/birthdate.h"
#include "checkin/duplicatedialog.h"
#include "checkin/scannotice.h"
#include "checkin/screeningtoggles.h"
#include "common/labels.h"
#include "contraindication/contraindicationbox.h"
#include "contraindication/liftdialog.h"
#include "desk/recipientdisplay.h"
#include "identity/masking.h"
#include "scan/scanrouter.h"
#include "shell/livetext.h"
#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

namespace {
// A keyboard-wedge scanner sends a character every few milliseconds; people need 60 ms or more.
constexpr qint64 kBurstGapMs = 30;

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

// Anything a scanner sends that the check-in either uses or explains: a person's document or
// QR code, or a vaccine box code (GS1 string or trace code).
// "Guardian: name (relation)" without empty parts: the name and relation come one step at a time.
QString guardianLine(const QString& name, const QString& relation)
{
    if (name.isEmpty())
        return CheckInPanel::tr("A guardian signs");
    if (relation.isEmpty())
        return CheckInPanel::tr("Guardian: %1").arg(name);
    return CheckInPanel::tr("Guardian: %1 (%2)").arg(name, relation);
}

bool isScan(const QString& text)
{
    return classifyScan(text) != ScanKind::Unknown;
}
}  // namespace

CheckInPanel::CheckInPanel(SiteContext& site, QWidget* parent)
    : QWidget(parent),
      m_site(site),
      m_service(*site.db, *site.clock),
      m_drafts(DraftStore::pathForDatabase(site.db->path()))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("entryPrompt"));
    scaleFont(m_prompt, 1.2, true);
    layout->addWidget(m_prompt);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("scanField"));
    scaleFont(m_entry, 1.6);
    m_entry->setStyleSheet(
        QStringLiteral("QLineEdit { border: 2px solid #1d4f91; "
                       "border-radius: 4px; padding: 6px; }"));
    m_entry->installEventFilter(this);
    layout->addWidget(m_entry);
    m_entryHint = new QLabel(this);
    m_entryHint->setObjectName(QStringLiteral("entryHint"));
    m_entryHint->setStyleSheet(QStringLiteral("color:#555;"));
    m_checkInButton = new QPushButton(this);
    m_checkInButton->setObjectName(QStringLiteral("checkInButton"));
    m_checkInButton->setFocusPolicy(Qt::NoFocus);
    connect(m_checkInButton, &QPushButton::clicked, this, [this] {
        submit();
        syncErrorVisibility();
        m_entry->setFocus();
    });
    auto* hintRow = new QHBoxLayout;
    hintRow->addWidget(m_entryHint, 1);
    hintRow->addWidget(m_checkInButton);
    layout->addLayout(hintRow);
    m_notice = new ScanNotice(this);
    layout->addWidget(m_notice);

    // The form; hidden when the queue number is shown, so the number has the room.
    m_formArea = new QWidget(this);
    auto* formLayout = new QVBoxLayout(m_formArea);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(4);
    m_document = addRow(grid, 0, "documentError");
    m_birth = addRow(grid, 2, "birthDateError");
    m_name = addRow(grid, 4, "nameError");
    m_temperature = addRow(grid, 6, "temperatureError");
    m_consent = addRow(grid, 8, "consentError");
    m_document.value->setObjectName(QStringLiteral("documentValue"));
    m_birth.value->setObjectName(QStringLiteral("birthDateValue"));
    m_name.value->setObjectName(QStringLiteral("nameValue"));
    m_temperature.value->setObjectName(QStringLiteral("temperatureValue"));
    m_consent.value->setObjectName(QStringLiteral("consentValue"));
    formLayout->addLayout(grid);

    m_contraindications = new ContraindicationBox(m_site, m_formArea);
    formLayout->addWidget(m_contraindications);
    m_screeningCaption = new QLabel(m_formArea);
    scaleFont(m_screeningCaption, 1.0, true);
    formLayout->addWidget(m_screeningCaption);
    m_toggles = new ScreeningToggles(Questionnaire::builtIn(), m_formArea);
    m_toggles->setObjectName(QStringLiteral("screeningToggles"));
    formLayout->addWidget(m_toggles);
    m_screeningError = new QLabel(m_formArea);
    m_screeningError->setObjectName(QStringLiteral("screeningError"));
    m_screeningError->setWordWrap(true);
    m_screeningError->setStyleSheet(errorTextStyle());
    formLayout->addWidget(m_screeningError);
    connect(m_toggles, &ScreeningToggles::changed, this, [this] {
        m_form.answers = m_toggles->answers();
        saveDraft();
    });

    layout->addWidget(m_formArea);

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    clearOnLanguageChange(m_saveError);
    m_saveError->setStyleSheet(QStringLiteral("color:white; background:%1; padding:6px; "
                                              "font-weight:bold;")
                                   .arg(QLatin1String(kErrorColour)));
    layout->addWidget(m_saveError);

    m_result = new QWidget(this);
    auto* resultLayout = new QHBoxLayout(m_result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    m_queueNumber = new QLabel(m_result);
    m_queueNumber->setObjectName(QStringLiteral("queueNumber"));
    m_queueNumber->setAlignment(Qt::AlignCenter);
    m_queueNumber->setMinimumWidth(320);
    scaleFont(m_queueNumber, 12.0, true);
    resultLayout->addWidget(m_queueNumber);
    auto* resultText = new QVBoxLayout;
    m_resultMessage = new QLabel(m_result);
    m_resultMessage->setObjectName(QStringLiteral("resultMessage"));
    m_resultMessage->setWordWrap(true);
    scaleFont(m_resultMessage, 1.3, true);
    resultText->addWidget(m_resultMessage);
    m_print = new QPushButton(m_result);
    m_print->setObjectName(QStringLiteral("printTicket"));
    m_print->setFocusPolicy(Qt::NoFocus);
    connect(m_print, &QPushButton::clicked, this, &CheckInPanel::printTicket);
    resultText->addWidget(m_print, 0, Qt::AlignLeft);
    resultText->addStretch();
    resultLayout->addLayout(resultText, 1);
    layout->addWidget(m_result);
    layout->addStretch();

    connect(m_entry, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (!m_notice->asking())
            m_notice->dismiss();
        liveValidate(text);
        syncErrorVisibility();
        saveDraft();
    });
    if (auto adultAge = loadAdultAgeYears(*site.db))
        m_adultAgeYears = *adultAge;
    retranslate();
    restoreDraft();
}

CheckInPanel::Row CheckInPanel::addRow(QGridLayout* grid, int row, const char* errorName)
{
    Row r;
    r.caption = new QLabel(m_formArea);
    r.caption->setStyleSheet(QStringLiteral("color:#555;"));
    r.value = new QLabel(m_formArea);
    r.value->setTextInteractionFlags(Qt::NoTextInteraction);
    scaleFont(r.value, 1.15, true);
    r.error = new QLabel(m_formArea);
    r.error->setObjectName(QString::fromLatin1(errorName));
    r.error->setWordWrap(true);
    clearOnLanguageChange(r.error);  // an error of the previous language goes
    grid->addWidget(r.caption, row, 0);
    grid->addWidget(r.value, row, 1);
    grid->addWidget(r.error, row + 1, 1);
    return r;
}

QDate CheckInPanel::today() const
{
    return m_service.today();
}

bool CheckInPanel::isMinor() const
{
    return m_form.document && m_form.document->birthDate &&
           ageInWholeYears(*m_form.document->birthDate, today()) < m_adultAgeYears;
}

void CheckInPanel::retranslate()
{
    m_document.caption->setText(tr("Document"));
    m_birth.caption->setText(tr("Birth date"));
    m_name.caption->setText(tr("Name"));
    m_temperature.caption->setText(tr("Temperature"));
    m_consent.caption->setText(tr("Consent"));
    m_screeningCaption->setText(
        tr("Screening — number key toggles a question, N answers the rest \"no\""));
    m_print->setText(tr("Print ticket (Ctrl+P)"));
    m_toggles->retranslate();
    m_contraindications->retranslate();
    render();
}

void CheckInPanel::render()
{
    if (m_contraindications->personId() != m_form.personId)
        m_contraindications->showPerson(m_form.personId);
    const bool done = m_step == CheckInStep::Done;
    QString prompt;
    switch (m_step) {
        case CheckInStep::Scan:
            prompt =
                tr("Scan the ID card or registration QR code, or type the ID number, then "
                   "Enter");
            break;
        case CheckInStep::BirthDate:
            prompt =
                tr("The %1 number carries no birth date: type it from the document as "
                   "digits (YYYYMMDD or YYYY-MM-DD), then Enter")
                    .arg(m_form.document ? documentTypeLabel(m_form.document->type) : QString());
            break;
        case CheckInStep::BirthDateAgain:
            prompt = tr("Type the birth date a second time to confirm it, then Enter. It makes "
                        "the person: %1")
                         .arg(m_form.document && m_form.document->birthDate
                                  ? ageBoundariesCrossed(*m_form.document->birthDate, today(),
                                                         Catalog::builtIn(), m_adultAgeYears)
                                        .join(QStringLiteral("; "))
                                  : QString());
            break;
        case CheckInStep::Name:
            prompt = tr("New person: type the name as on the document, then Enter");
            break;
        case CheckInStep::Temperature:
            prompt = tr("Axillary temperature in °C (36.6 or 366), then Enter");
            break;
        case CheckInStep::Screening:
            prompt =
                tr("Screening: press N if every answer is \"no\"; a question's number "
                   "toggles \"yes\"");
            break;
        case CheckInStep::Consent:
            prompt = isMinor() ? tr("Under %1: a guardian signs the consent. Press Enter or G "
                                    "to record the guardian")
                                     .arg(m_adultAgeYears)
                               : tr("Consent signed by the person: press Enter to check in (G: "
                                    "a guardian signed)");
            break;
        case CheckInStep::GuardianName:
            prompt = tr("Guardian's name, then Enter");
            break;
        case CheckInStep::GuardianRelation:
            prompt =
                tr("Guardian's relation to the person (e.g. mother, father), then Enter to "
                   "check in");
            break;
        case CheckInStep::Deferral:
            prompt =
                tr("Not today. Press Enter to record the deferral, Esc to correct the "
                   "answers");
            break;
        case CheckInStep::Done:
            prompt = tr("Scan the next person");
            break;
    }
    m_prompt->setText(prompt);
    m_entryHint->setText(tr("Enter: next step · Esc: back · Ctrl+Enter: check in"));

    m_document.value->setText(m_form.document ? documentSummary(*m_form.document)
                                              : m_form.documentText);
    const bool birthRow = needsBirthDate();
    m_birth.caption->setVisible(birthRow);
    m_birth.value->setVisible(birthRow);
    QString birth;
    if (birthRow && m_form.document->birthDate)
        birth = m_form.birthDateConfirmed
                    ? tr("%1 (age %2), confirmed")
                          .arg(m_form.document->birthDate->toString(Qt::ISODate))
                          .arg(ageInWholeYears(*m_form.document->birthDate, today()))
                    : tr("%1 (age %2), type it again")
                          .arg(m_form.document->birthDate->toString(Qt::ISODate))
                          .arg(ageInWholeYears(*m_form.document->birthDate, today()));
    else if (birthRow)
        birth = tr("not on the document's number: type it");
    m_birth.value->setText(birth);
    QString name = m_form.name;
    if (!m_form.personId.isEmpty())
        name += QStringLiteral("  ") + tr("(on file)");
    else if (!m_form.name.isEmpty())
        name += QStringLiteral("  ") + tr("(new person)");
    if (!m_form.phone.isEmpty())
        name += QStringLiteral("  ") + m_form.phone;
    m_name.value->setText(name);
    const auto t = parseTemperature(m_form.temperatureText);
    m_temperature.value->setText(t ? QStringLiteral("%1 °C").arg(*t, 0, 'f', 1)
                                   : m_form.temperatureText);
    QString consent;
    if (m_form.guardianSigns)
        consent = guardianLine(m_form.guardianName, m_form.guardianRelation);
    else if (m_step == CheckInStep::GuardianName || m_step == CheckInStep::GuardianRelation)
        consent = tr("Signed by the person");
    consent = consent.isEmpty()
                  ? tr("Consent text %1: not yet recorded").arg(QLatin1String(kConsentTextVersion))
                  : consent;
    m_consent.value->setText(consent);

    const auto highlight = [this](const Row& row, bool active) {
        row.caption->setStyleSheet(active ? QStringLiteral("color:white; background:#1d4f91; "
                                                           "padding:2px 6px; font-weight:bold;")
                                          : QStringLiteral("color:#555; padding:2px 6px;"));
    };
    highlight(m_document, m_step == CheckInStep::Scan);
    highlight(m_birth, m_step == CheckInStep::BirthDate || m_step == CheckInStep::BirthDateAgain);
    highlight(m_name, m_step == CheckInStep::Name);
    highlight(m_temperature, m_step == CheckInStep::Temperature);
    highlight(m_consent, m_step == CheckInStep::Consent || m_step == CheckInStep::GuardianName ||
                             m_step == CheckInStep::GuardianRelation);
    m_toggles->setActive(m_step == CheckInStep::Screening);
    m_result->setVisible(done || m_step == CheckInStep::Deferral);
    m_formArea->setVisible(!done);
    m_checkInButton->setVisible(m_step == CheckInStep::Consent ||
                                m_step == CheckInStep::GuardianRelation ||
                                m_step == CheckInStep::Deferral);
    m_checkInButton->setText(m_step == CheckInStep::Deferral ? tr("Record deferral (Enter)")
                                                             : tr("Check in (Ctrl+Enter)"));
    m_print->setVisible(done && m_ticket.has_value());
    m_queueNumber->setVisible(done && m_ticket.has_value());
    m_saveError->setVisible(!m_saveError->text().isEmpty());
    syncErrorVisibility();
}

// Empty error lines take no room: the form must fit a 1366×768 desk screen.
void CheckInPanel::syncErrorVisibility()
{
    for (QLabel* label : {m_document.error, m_birth.error, m_name.error, m_temperature.error,
                          m_consent.error, m_screeningError, m_saveError})
        label->setVisible(!label->text().isEmpty());
}

void CheckInPanel::goTo(CheckInStep step)
{
    m_step = step;
    m_notice->dismiss();
    m_lineBurst.clear();
    m_burst.clear();
    m_burstUndo.reset();
    // The entry shows the value of the step, so Esc and errors keep what was typed.
    switch (step) {
        case CheckInStep::Scan:
            m_entry->setText(m_form.documentText);
            break;
        case CheckInStep::BirthDate:
            m_entry->setText(m_form.birthDateText);
            break;
        case CheckInStep::Name:
            m_entry->setText(m_form.name);
            break;
        case CheckInStep::Temperature:
            m_entry->setText(m_form.temperatureText);
            break;
        case CheckInStep::GuardianName:
            m_entry->setText(m_form.guardianName);
            break;
        case CheckInStep::GuardianRelation:
            m_entry->setText(m_form.guardianRelation);
            break;
        default:
            m_entry->clear();
            break;
    }
    if (step != CheckInStep::Done && step != CheckInStep::Deferral)
        m_resultMessage->clear();
    render();
    m_entry->setFocus();
    saveDraft();
}

void CheckInPanel::saveDraft()
{
    if (m_step == CheckInStep::Done || m_form.isEmpty()) {
        (void)m_drafts.clear();
        return;
    }
    if (auto saved = m_drafts.save(m_form.toJson(m_step, m_entry->text())); !saved) {
        m_saveError->setText(saved.error().message);
        m_saveError->setVisible(true);
    }
}

void CheckInPanel::restoreDraft()
{
    auto loaded = m_drafts.load();
    if (!loaded) {
        m_saveError->setText(loaded.error().message);
        render();
        return;
    }
    if (!*loaded) {
        goTo(CheckInStep::Scan);
        return;
    }
    CheckInStep step = CheckInStep::Scan;
    QString entry;
    m_form = CheckInForm::fromJson(**loaded, &step, &entry);
    if (!m_form.documentText.isEmpty()) {
        auto doc = checkDocument(m_form.draftDocument, today());
        if (doc)
            m_form.document = *doc;
    }
    if (needsBirthDate() && m_form.document->birthDate)
        showBirthDateToPerson();
    m_toggles->setAnswers(m_form.answers);
    goTo(step);
    m_entry->setText(entry);
    saveDraft();
    m_resultMessage->setText(
        tr("The unfinished check-in was restored. Continue where it "
           "stopped."));
    m_result->setVisible(true);
}

void CheckInPanel::startNewPerson()
{
    // The site may have changed its adult age since the last person; a failed read keeps the
    // last value (the core reads it again when it checks in).
    if (auto adultAge = loadAdultAgeYears(*m_site.db))
        m_adultAgeYears = *adultAge;
    if (m_display)
        m_display->clearBirthDate();
    m_form = CheckInForm();
    m_toggles->clear();
    clearErrors();
    m_saveError->clear();
    (void)m_drafts.clear();
    goTo(CheckInStep::Scan);
}

void CheckInPanel::clearErrors()
{
    for (const Row* row : {&m_document, &m_birth, &m_name, &m_temperature, &m_consent}) {
        row->error->clear();
        row->error->setStyleSheet(QString());
    }
    m_screeningError->clear();
}

bool CheckInPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_entry && event->type() == QEvent::KeyPress) {
        const bool handled = handleKey(static_cast<QKeyEvent*>(event));
        syncErrorVisibility();
        return handled;
    }
    return QWidget::eventFilter(watched, event);
}

bool CheckInPanel::handleKey(QKeyEvent* key)
{
    const qint64 gap = m_keyTiming.gap(key);
    switch (m_notice->handleKey(key, gap)) {
        case ScanNotice::Answer::Keep:
            keepTypedValue();
            return true;
        case ScanNotice::Answer::StartNew:
            handleScan(m_notice->pendingScan(), true);
            return true;
        case ScanNotice::Answer::Swallowed:
            return true;
        case ScanNotice::Answer::None:
            break;
    }
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (key->modifiers() & Qt::ControlModifier)) {
        submit();
        return true;
    }
    if (key->matches(QKeySequence::Print) ||
        (key->key() == Qt::Key_P && key->modifiers() == Qt::ControlModifier)) {
        printTicket();
        return true;
    }
    if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier) {
        liftContraindication();
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        switch (m_step) {
            case CheckInStep::Scan:
                startNewPerson();
                break;
            case CheckInStep::BirthDate:
            case CheckInStep::Done:
                goTo(CheckInStep::Scan);
                break;
            case CheckInStep::BirthDateAgain:
                goTo(CheckInStep::BirthDate);
                break;
            case CheckInStep::Name:
                m_form.birthDateConfirmed = false;
                goTo(needsBirthDate() ? CheckInStep::BirthDate : CheckInStep::Scan);
                break;
            case CheckInStep::Temperature:
                goTo(m_form.personId.isEmpty() ? CheckInStep::Name : CheckInStep::Scan);
                break;
            case CheckInStep::Screening:
                goTo(CheckInStep::Temperature);
                break;
            case CheckInStep::Consent:
            case CheckInStep::Deferral:
                goTo(CheckInStep::Screening);
                break;
            case CheckInStep::GuardianName:
                goTo(CheckInStep::Consent);
                break;
            case CheckInStep::GuardianRelation:
                goTo(CheckInStep::GuardianName);
                break;
        }
        return true;
    }
    const bool keyStep = m_step == CheckInStep::Screening || m_step == CheckInStep::Consent ||
                         m_step == CheckInStep::Deferral;
    if (!keyStep) {
        if (enter) {
            // A burst after a partly typed value (a temperature, a name): the burst alone is
            // the scan, and the value is kept when the scan is explained or asked about. The
            // scan step's line holds a document number itself.
            QString before, scan;
            m_typedBeforeScan.clear();
            if (m_step != CheckInStep::Scan && m_step != CheckInStep::Done &&
                m_lineBurst.split(m_entry->text(), &before, &scan) && !before.isEmpty() &&
                isScan(scan)) {
                m_typedBeforeScan = before;
                m_entry->setText(scan);
            }
            m_lineBurst.clear();
            handleEnter();
            return true;
        }
        m_lineBurst.key(key->text(), gap);
        return false;  // the line edit types it
    }
    // Screening and consent act on single keys, unless the keys arrive as a scanner burst:
    // then the first key's action is undone and the burst is typed as a scan.
    if (enter) {
        m_typedBeforeScan.clear();
        if (m_burst.size() > 1)
            handleScan(m_entry->text());
        else
            handleEnter();
        m_burst.clear();
        return true;
    }
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint())
        return false;
    if (!m_burst.isEmpty() && gap < kBurstGapMs) {
        if (m_burstUndo) {
            m_toggles->setAnswers(m_burstUndo->answers);
            m_form.guardianSigns = m_burstUndo->guardianSigns;
            m_step = m_burstUndo->step;
            m_burstUndo.reset();
            render();
        }
        m_burst += text;
        m_entry->setText(m_burst);
        return true;
    }
    const Undo undo{m_step, m_toggles->answers(), m_form.guardianSigns};
    const bool acted = handleStepKey(text);
    const bool stillKeyStep = m_step == CheckInStep::Screening || m_step == CheckInStep::Consent ||
                              m_step == CheckInStep::Deferral;
    // goTo() may have cleared these; a burst may still follow this first key.
    m_burst = stillKeyStep ? text : QString();
    m_burstUndo = acted && stillKeyStep ? std::optional<Undo>(undo) : std::nullopt;
    m_entry->clear();
    return true;
}

// A single key at the screening, consent or deferral step. Returns whether it did something.
bool CheckInPanel::handleStepKey(const QString& text)
{
    const QChar c = text.at(0).toUpper();
    if (m_step == CheckInStep::Screening) {
        if (c.isDigit() && c != u'0') {
            m_toggles->toggle(c.digitValue() - 1);
            m_screeningError->clear();
            return true;
        }
        if (c == u'N') {
            m_toggles->answerOpenQuestionsNo();
            afterScreening();
            return true;
        }
        return false;
    }
    if (m_step == CheckInStep::Consent) {
        if (c == u'G') {
            m_form.guardianSigns = true;
            goTo(CheckInStep::GuardianName);
            return true;
        }
        if (c == u'S' && !isMinor()) {
            m_form.guardianSigns = false;
            submit();
            return true;
        }
    }
    return false;
}

void CheckInPanel::handleEnter()
{
    const QString text = m_entry->text().trimmed();
    // A scan at any step is used (the next person, asked first while one is half checked in)
    // or explained (a box code), never typed into the step's value.
    if (m_step != CheckInStep::Scan && isScan(text)) {
        handleScan(text);
        return;
    }
    switch (m_step) {
        case CheckInStep::Scan:
        case CheckInStep::Done:
            if (text.isEmpty() && m_step == CheckInStep::Scan && m_form.document)
                goTo(stepAfterDocument());
            else if (!text.isEmpty())
                handleScan(text);
            break;
        case CheckInStep::BirthDate:
            commitBirthDate(text);
            break;
        case CheckInStep::BirthDateAgain:
            confirmBirthDate(text);
            break;
        case CheckInStep::Name:
            if (text.isEmpty()) {
                m_name.error->setText(tr("The name is empty. Type the name as on the document."));
                m_name.error->setStyleSheet(errorTextStyle());
                return;
            }
            m_form.name = text.simplified();
            m_name.error->clear();
            goTo(CheckInStep::Temperature);
            break;
        case CheckInStep::Temperature:
            commitTemperature();
            break;
        case CheckInStep::Screening:
            if (!m_toggles->complete()) {
                m_screeningError->setText(
                    tr("Some questions are not answered. Press N to answer "
                       "the rest \"no\"."));
                return;
            }
            afterScreening();
            break;
        case CheckInStep::Consent:
            if (isMinor() || m_form.guardianSigns) {
                m_form.guardianSigns = true;
                goTo(CheckInStep::GuardianName);
            } else {
                submit();
            }
            break;
        case CheckInStep::GuardianName:
            m_form.guardianName = text;
            if (text.isEmpty()) {
                m_consent.error->setText(tr("Enter the guardian's name."));
                m_consent.error->setStyleSheet(errorTextStyle());
                return;
            }
            m_consent.error->clear();  // the name is there: "enter the name" is no longer true
            goTo(CheckInStep::GuardianRelation);
            break;
        case CheckInStep::GuardianRelation:
            m_form.guardianRelation = text;
            submit();
            break;
        case CheckInStep::Deferral:
            submit();
            break;
    }
}

void CheckInPanel::liveValidate(const QString& text)
{
    if (m_step == CheckInStep::GuardianName && !text.trimmed().isEmpty() &&
        !m_consent.error->text().isEmpty()) {
        m_consent.error->clear();
        syncErrorVisibility();
        return;
    }
    if (m_step == CheckInStep::Temperature) {
        const auto t = parseTemperature(text);
        const double threshold = Questionnaire::builtIn().feverThresholdC();
        if (t && *t >= threshold && *t < 43.0) {
            m_temperature.error->setText(
                tr("Fever (%1 °C or more): the person will be deferred today.")
                    .arg(threshold, 0, 'f', 1));
            m_temperature.error->setStyleSheet(errorTextStyle());
        } else {
            m_temperature.error->clear();
        }
        return;
    }
    if (m_step != CheckInStep::Scan)
        return;
    const QString n = normalizeDocumentNumber(text);
    QString message;
    bool ok = false;
    bool digits = !n.isEmpty();
    for (int i = 0; i < n.size(); ++i) {
        if (!n.at(i).isDigit() && !(i == 17 && n.at(i) == u'X'))
            digits = false;
    }
    if (digits && n.size() == 18) {
        auto doc = checkDocument(DocumentInput{{}, n, {}, {}, {}}, today());
        ok = doc.ok();
        message = ok ? tr("Valid: %1").arg(documentSummary(*doc)) : doc.error().message;
    } else if (digits && n.size() > 18) {
        message =
            tr("An ID number has 18 characters; this one has %1. Check the number.").arg(n.size());
    } else if (digits && n.size() >= 6) {
        message = tr("%1 of 18 characters").arg(n.size());
        ok = true;
    }
    m_document.error->setText(message);
    m_document.error->setStyleSheet(ok ? QStringLiteral("color:%1;").arg(QLatin1String(kOkColour))
                                       : errorTextStyle());
}

void CheckInPanel::handleScan(const QString& text, bool switchConfirmed)
{
    const ScanKind kind = classifyScan(text);
    if (kind == ScanKind::Gs1 || kind == ScanKind::TraceCode) {
        if (m_step == CheckInStep::Scan)
            m_document.error->clear();
        keepTypedValue();
        m_notice->explainBoxCode();
        return;
    }
    auto scanned = parseScan(text, today());
    std::optional<IdentityDocument> typedDocument;
    if (!scanned && kind == ScanKind::Unknown) {
        // Not a scan shape: maybe a typed permit number (H/M…, 8-digit Taiwan permit).
        auto doc = checkDocument(DocumentInput{{}, text, {}, {}, {}}, today());
        if (doc)
            typedDocument = *doc;
    }
    if (!scanned && !typedDocument) {
        if (m_step != CheckInStep::Scan)
            goTo(CheckInStep::Scan);
        m_entry->setText(text);
        m_document.error->setText(scanned.error().message);
        m_document.error->setStyleSheet(errorTextStyle());
        return;
    }
    if (!switchConfirmed &&
        askBeforeSwitching(text, typedDocument           ? *typedDocument
                                 : scanned->registration ? scanned->registration->document
                                                         : *scanned->document))
        return;
    startNewPerson();
    m_form.documentText = text.trimmed();
    if (typedDocument) {
        m_form.document = typedDocument;
    } else if (scanned->registration) {
        m_form.document = scanned->registration->document;
        m_form.documentText = scanned->registration->document.number;
        m_form.name = scanned->registration->name;
        m_form.phone = scanned->registration->phone;
        m_form.appointmentId = scanned->registration->appointmentId;
    } else {
        m_form.document = scanned->document;
        m_form.documentText = scanned->document->number;
    }
    lookUpPerson();
}

// Another person's document scanned while one is half checked in: the nurse chooses (N: the
// new one, Esc: keep the current one); the same person's document again changes nothing.
bool CheckInPanel::askBeforeSwitching(const QString& scan, const IdentityDocument& next)
{
    if (m_step == CheckInStep::Scan || m_step == CheckInStep::Done || !m_form.document)
        return false;
    keepTypedValue();  // the scan is not typed into the step's value
    if (next.type == m_form.document->type && next.matchKey == m_form.document->matchKey)
        return true;
    std::function<QString()> current = [name = m_form.name] { return name; };
    if (m_form.name.isEmpty())
        current = [doc = *m_form.document] { return documentSummary(doc); };
    m_notice->askSwitch(
        std::move(current), [next] { return documentSummary(next); }, scan);
    return true;
}

// The step stays; the line shows what was typed before the scan (or the step's value).
void CheckInPanel::keepTypedValue()
{
    const QString typed = m_typedBeforeScan;
    goTo(m_step);
    if (!typed.isEmpty())
        m_entry->setText(typed);
}

void CheckInPanel::lookUpPerson()
{
    auto found =
        PersonRepository::byDocument(*m_site.db, m_form.document->type, m_form.document->matchKey);
    if (!found) {
        m_saveError->setText(found.error().message);
    } else if (*found) {
        const Person& p = **found;
        m_form.personId = p.id;
        m_form.name = p.name;
        if (!m_form.document->birthDate)  // a passport or permit on file: its record's date
            m_form.document->birthDate = p.birthDate;
        if (m_form.phone.isEmpty())
            m_form.phone = p.phone;
        auto visit = m_service.visitToday(p.id);
        if (visit && *visit && (*visit)->state != u"cancelled") {
            const QueueEntry& v = **visit;
            m_ticket = Ticket{m_site.site.name, v.queueNumber, maskName(p.name), v.checkedInAt,
                              v.lane == u"priority"};
            m_form = CheckInForm();
            m_toggles->clear();
            showDone(tr("%1 is already checked in today (%2). Use this number.")
                         .arg(p.name, labels::visitState(v.state)),
                     v.queueNumber, true);
            return;
        }
    }
    if (needsBirthDate() && m_form.document->birthDate) {
        // A registration QR brought one: the nurse checks it with the document and the person.
        m_form.birthDateText = m_form.document->birthDate->toString(Qt::ISODate);
        showBirthDateToPerson();
    }
    goTo(stepAfterDocument());
}

void CheckInPanel::liftContraindication()
{
    if (m_contraindications->shown().empty())
        return;
    auto* dialog = new LiftDialog(m_site, m_contraindications->shown().front(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            m_contraindications->reload();
        m_entry->setFocus();
    });
    dialog->open();
}

void CheckInPanel::commitTemperature()
{
    const QString text = m_entry->text().trimmed();
    const auto t = parseTemperature(text);
    if (text.isEmpty()) {
        setRowError(m_temperature, tr("Enter the temperature in °C, e.g. 36.5 or 365."));
        return;
    }
    if (!t) {
        m_temperature.error->setText(tr("\"%1\" is not a temperature. Enter it in °C, e.g. 36.5 "
                                        "or 365.")
                                         .arg(text));
        m_temperature.error->setStyleSheet(errorTextStyle());
        return;
    }
    m_form.temperatureText = QString::number(*t, 'f', 1);
    // The core checks plausibility (34–43 °C) with its own message.
    auto checked = evaluateScreening(Questionnaire::builtIn(), {}, *t);
    if (!checked && checked.error().code == ErrorCode::CheckInTemperature) {
        m_temperature.error->setText(checked.error().message);
        m_temperature.error->setStyleSheet(errorTextStyle());
        m_entry->setText(text);
        return;
    }
    liveValidate(m_form.temperatureText);
    goTo(CheckInStep::Screening);
}

void CheckInPanel::afterScreening()
{
    m_form.answers = m_toggles->answers();
    const auto t = parseTemperature(m_form.temperatureText);
    auto result = evaluateScreening(Questionnaire::builtIn(), m_form.answers, t.value_or(0.0));
    if (result && (result->outcome == ScreeningOutcome::Defer ||
                   result->outcome == ScreeningOutcome::Contraindicated)) {
        goTo(CheckInStep::Deferral);
        m_queueNumber->clear();
        m_resultMessage->setText(
            result->outcome == ScreeningOutcome::Contraindicated
                ? tr("Do not vaccinate: contraindication (%1). Refer to a doctor.")
                      .arg(labels::screeningReasons(result->reasons))
                : tr("Not today: defer (%1). The person may come back when it has passed.")
                      .arg(labels::screeningReasons(result->reasons)));
        m_resultMessage->setStyleSheet(
            QStringLiteral("color:%1;").arg(QLatin1String(kErrorColour)));
        return;
    }
    m_screeningError->setText(result && result->outcome == ScreeningOutcome::DoctorReview
                                  ? tr("A doctor must review this person before the injection.")
                                  : QString());
    goTo(CheckInStep::Consent);
}

void CheckInPanel::submit()
{
    clearErrors();
    m_saveError->clear();
    if (!m_form.document) {
        showError(makeError(ErrorCode::InvalidArgument,
                            tr("No document yet. Scan the ID card or type the ID number."),
                            QStringLiteral("scan")));
        return;
    }
    if (needsBirthDate() && (!m_form.birthDateConfirmed || !m_form.document->birthDate)) {
        showError(makeError(ErrorCode::PersonInvalid,
                            tr("Birth date: the %1 number does not carry it. Type the birth "
                               "date from the document as digits (YYYYMMDD or YYYY-MM-DD), then "
                               "Enter.")
                                .arg(documentTypeLabel(m_form.document->type)),
                            QStringLiteral("birth_date")));
        return;
    }
    if (m_form.personId.isEmpty() && m_form.name.isEmpty()) {
        showError(makeError(ErrorCode::PersonInvalid,
                            tr("The name is empty. Type the name as on the document."),
                            QStringLiteral("name")));
        return;
    }
    const auto t = parseTemperature(m_form.temperatureText);
    if (!t) {
        showError(makeError(ErrorCode::CheckInTemperature,
                            tr("No temperature yet. Measure it and enter it in °C, e.g. 36.5."),
                            QStringLiteral("temperature")));
        return;
    }
    m_form.answers = m_toggles->answers();
    CheckInRequest request;
    request.staffId = m_staffId;
    if (!m_form.personId.isEmpty())
        request.personId = m_form.personId;
    request.draft.name = m_form.name;
    request.draft.document =
        DocumentInput{m_form.document->type, m_form.document->number, m_form.document->country,
                      m_form.document->birthDate, m_form.document->sex};
    request.draft.phone = m_form.phone;
    request.duplicate = m_form.duplicate;
    request.answers = m_form.answers;
    request.temperatureC = *t;
    request.consent.textVersion = QString::fromLatin1(kConsentTextVersion);
    if (m_form.guardianSigns) {
        request.consent.signer = ConsentSigner::Guardian;
        request.consent.guardianName = m_form.guardianName;
        request.consent.guardianRelation = m_form.guardianRelation;
    }
    request.appointmentId = m_form.appointmentId;

    if (m_step == CheckInStep::Deferral) {
        auto deferred = m_service.recordDeferral(request);
        if (!deferred) {
            showError(deferred.error());
            return;
        }
        const QString name = m_form.name;
        m_ticket.reset();
        m_form = CheckInForm();
        m_toggles->clear();
        showDone(tr("Deferral recorded for %1 (%2). No queue number: not vaccinated today.")
                     .arg(name, labels::screeningReasons(deferred->reasons)),
                 0, false);
        emit queueChanged();
        return;
    }
    auto receipt = m_service.checkIn(request);
    if (!receipt) {
        showError(receipt.error());
        return;
    }
    m_ticket = Ticket{m_site.site.name, receipt->queueNumber, maskName(m_form.name),
                      m_site.clock->nowUtc(), false};
    const QString name = m_form.name;
    m_form = CheckInForm();
    m_toggles->clear();
    showDone(receipt->outcome == ScreeningOutcome::DoctorReview
                 ? tr("%1 is checked in. A doctor reviews before the injection.").arg(name)
                 : tr("%1 is checked in.").arg(name),
             receipt->queueNumber, true);
    emit queueChanged();
}

void CheckInPanel::showDone(const QString& message, int queueNumber, bool ok)
{
    (void)m_drafts.clear();
    if (m_display)
        m_display->clearBirthDate();
    goTo(CheckInStep::Done);
    m_queueNumber->setText(queueNumber > 0 ? QString::number(queueNumber) : QString());
    m_queueNumber->setVisible(queueNumber > 0);
    m_resultMessage->setText(message);
    m_resultMessage->setStyleSheet(
        QStringLiteral("color:%1;").arg(QLatin1String(ok ? kOkColour : kErrorColour)));
    m_result->setVisible(true);
}

void CheckInPanel::showError(const Error& error)
{
    const QString& f = error.field;
    const QString style = errorTextStyle();
    const auto put = [&style](QLabel* label, const QString& text) {
        label->setText(text);
        label->setStyleSheet(style);
    };
    if (error.code == ErrorCode::PersonDuplicate) {
        resolveDuplicate();
        return;
    }
    if (f == u"name") {
        goTo(CheckInStep::Name);
        put(m_name.error, error.message);
    } else if (f == u"temperature") {
        goTo(CheckInStep::Temperature);
        put(m_temperature.error, error.message);
    } else if (f == u"screening" || Questionnaire::builtIn().question(f)) {
        goTo(CheckInStep::Screening);
        put(m_screeningError, error.message);
    } else if (f == u"guardian_name") {
        m_form.guardianSigns = true;
        goTo(CheckInStep::GuardianName);
        put(m_consent.error, error.message);
    } else if (f == u"guardian_relation") {
        goTo(CheckInStep::GuardianRelation);
        put(m_consent.error, error.message);
    } else if (f.startsWith(u"consent")) {
        goTo(CheckInStep::Consent);
        put(m_consent.error, error.message);
    } else if (error.code == ErrorCode::CheckInAlreadyToday || f == u"person") {
        put(m_name.error, error.message);
    } else if (f == u"birth_date" && needsBirthDate()) {
        m_form.birthDateConfirmed = false;
        goTo(CheckInStep::BirthDate);
        put(m_birth.error, error.message);
    } else if (f == u"scan" || f.startsWith(u"document") || f == u"birth_date" || f == u"sex" ||
               f == u"country") {
        goTo(CheckInStep::Scan);
        put(m_document.error, error.message);
    } else {
        // The database refused (locked, full, read-only …): nothing was written; keep the form.
        m_saveError->setText(tr("Not saved: %1 The form is kept; press Ctrl+Enter to try "
                                "again.")
                                 .arg(error.message));
        render();
        saveDraft();
    }
    m_entry->setFocus();
}

void CheckInPanel::resolveDuplicate()
{
    auto candidates = PersonRepository::possibleDuplicates(
        *m_site.db, m_form.name, m_form.document->birthDate.value_or(QDate()), *m_form.document);
    auto* dialog =
        new DuplicateDialog(candidates ? *candidates : std::vector<Person>(), m_form.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicateDialog::resolved, this,
            [this](const DuplicateResolution& resolution) {
                m_form.duplicate = resolution;
                submit();
                syncErrorVisibility();
            });
    connect(dialog, &QDialog::finished, this, [this] { m_entry->setFocus(); });
    dialog->open();
}

void CheckInPanel::printTicket()
{
    if (m_step != CheckInStep::Done || !m_ticket)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print ticket %1").arg(m_ticket->queueNumber));
    if (dialog.exec() == QDialog::Accepted)
        ui::printTicket(printer, *m_ticket);
    m_entry->setFocus();
}

bool CheckInPanel::printLastTicketToPdf(const QString& path) const
{
    return m_ticket && printTicketToPdf(path, *m_ticket);
}

void CheckInPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CheckInPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_entry->setFocus();
}

}  // namespace vax::ui
