#include "checkin/checkinpanel.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include "checkin/checkinentry.h"
#include "checkin/checkinformview.h"
#include "checkin/checkinresultview.h"
#include "checkin/checkinsteps.h"
#include "checkin/duplicatedialog.h"
#include "checkin/screeningtoggles.h"
#include "common/age.h"
#include "contraindication/contraindicationbox.h"
#include "desk/recipientdisplay.h"
#include "identity/masking.h"
#include "scan/scanrouter.h"
#include "shell/livetext.h"
#include "shell/style.h"

namespace vax::ui {

CheckInPanel::CheckInPanel(SiteContext& site, QWidget* parent)
    : QWidget(parent),
      m_site(site),
      m_recorder(site),
      m_drafts(DraftStore::pathForDatabase(site.db->path()))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_entry = new CheckInEntry([this] { return m_step; },
                               [this](const QString& text) { return handleStepKey(text); }, this);
    layout->addWidget(m_entry);
    connect(m_entry, &CheckInEntry::enterPressed, this, &CheckInPanel::handleEnter);
    connect(m_entry, &CheckInEntry::submitRequested, this, &CheckInPanel::submit);
    connect(m_entry, &CheckInEntry::submitClicked, this, [this] {
        submit();
        syncErrorVisibility();
        m_entry->line()->setFocus();
    });
    connect(m_entry, &CheckInEntry::printRequested, this, &CheckInPanel::printTicket);
    connect(m_entry, &CheckInEntry::liftRequested, this, [this] {
        m_formView->contraindications()->liftFirst([this] { m_entry->line()->setFocus(); });
    });
    connect(m_entry, &CheckInEntry::backRequested, this, &CheckInPanel::goBack);
    connect(m_entry, &CheckInEntry::keyHandled, this, &CheckInPanel::syncErrorVisibility);
    connect(m_entry, &CheckInEntry::edited, this, [this](const QString& text) {
        liveValidate(text);
        syncErrorVisibility();
        saveDraft();
    });

    // The form; hidden when the queue number is shown, so the number has the room.
    m_formView = new CheckInFormView(site, this);
    layout->addWidget(m_formView);
    connect(m_formView->toggles(), &ScreeningToggles::changed, this, [this] {
        m_form.answers = m_formView->toggles()->answers();
        saveDraft();
    });

    m_saveError = new QLabel(this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    clearOnLanguageChange(m_saveError);
    m_saveError->setStyleSheet(errorBannerStyle());
    layout->addWidget(m_saveError);

    m_result = new CheckInResultView(this);
    connect(m_result, &CheckInResultView::printRequested, this, &CheckInPanel::printTicket);
    layout->addWidget(m_result);
    layout->addStretch();

    if (auto adultAge = loadAdultAgeYears(*site.db))
        m_adultAgeYears = *adultAge;
    m_finder = new CheckInPersonFinder(site, m_recorder, *this, m_entry, m_formView, this);
    connect(m_entry, &CheckInEntry::scanned, m_finder, &CheckInPersonFinder::handleScan);
    connect(m_entry, &CheckInEntry::keepRequested, m_finder, &CheckInPersonFinder::keepTypedValue);
    connect(m_finder, &CheckInPersonFinder::siteSearchAnswered, this,
            &CheckInPanel::siteSearchAnswered);
    retranslate();
    restoreDraft();
}

void CheckInPanel::setRecipientDisplay(RecipientDisplay* display)
{
    m_display = display;
}

void CheckInPanel::setKeyClock(std::function<qint64()> clock)
{
    m_entry->setKeyClock(std::move(clock));
}

QLineEdit* CheckInPanel::entry() const
{
    return m_entry->line();
}

ContraindicationBox* CheckInPanel::contraindications() const
{
    return m_formView->contraindications();
}

const std::optional<Ticket>& CheckInPanel::lastTicket() const
{
    return m_result->ticket();
}

QDate CheckInPanel::today() const
{
    return m_recorder.today();
}

bool CheckInPanel::isMinor() const
{
    return ui::isMinor(m_form, today(), m_adultAgeYears);
}

void CheckInPanel::retranslate()
{
    m_formView->retranslate();
    m_result->retranslate();
    render();
}

void CheckInPanel::render()
{
    m_formView->render(m_form, m_step, today());
    m_entry->setPrompt(stepPrompt(m_step, m_form, today(), m_adultAgeYears),
                       tr("Enter: next step · Esc: back · Ctrl+Enter: check in"));
    m_result->showStep(m_step);
    m_formView->setVisible(m_step != CheckInStep::Done);
    m_entry->setCheckInButton(m_step == CheckInStep::Consent ||
                                  m_step == CheckInStep::GuardianRelation ||
                                  m_step == CheckInStep::Deferral,
                              m_step == CheckInStep::Deferral ? tr("Record deferral (Enter)")
                                                              : tr("Check in (Ctrl+Enter)"));
    syncErrorVisibility();
}

void CheckInPanel::syncErrorVisibility()
{
    m_formView->syncErrorVisibility();
    m_saveError->setVisible(!m_saveError->text().isEmpty());
}

void CheckInPanel::goTo(CheckInStep step)
{
    m_step = step;
    m_entry->forgetKeys();
    QLineEdit* line = m_entry->line();
    if (const std::optional<QString> value = stepValue(step, m_form))
        line->setText(*value);
    else
        line->clear();
    if (step != CheckInStep::Done && step != CheckInStep::Deferral)
        m_result->clearMessage();
    render();
    line->setFocus();
    saveDraft();
}

void CheckInPanel::goBack()
{
    if (m_step == CheckInStep::Scan) {
        startNewPerson();
        return;
    }
    if (m_step == CheckInStep::Name)
        m_form.birthDateConfirmed = false;
    goTo(stepBack(m_step, m_form));
}

void CheckInPanel::saveDraft()
{
    if (m_step == CheckInStep::Done || m_form.isEmpty()) {
        (void)m_drafts.clear();
        return;
    }
    if (auto saved = m_drafts.save(m_form.toJson(m_step, m_entry->line()->text())); !saved) {
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
    m_form = formFromDraft(**loaded, today(), &step, &entry);
    if (needsBirthDate(m_form) && m_form.document->birthDate)
        showBirthDateToPerson();
    m_formView->toggles()->setAnswers(m_form.answers);
    goTo(step);
    m_entry->line()->setText(entry);
    saveDraft();
    m_result->showNote(tr("The unfinished check-in was restored. Continue where it stopped."));
}

void CheckInPanel::startNewPerson()
{
    // The site may have changed its adult age since the last person; a failed read keeps the
    // last value (the core reads it again when it checks in).
    if (auto adultAge = loadAdultAgeYears(*m_site.db))
        m_adultAgeYears = *adultAge;
    clearForm();
    m_formView->clearErrors();
    m_saveError->clear();
    goTo(CheckInStep::Scan);
}

// The person is gone from the form, the draft and the recipient display.
void CheckInPanel::clearForm()
{
    m_form = CheckInForm();
    m_formView->toggles()->clear();
    (void)m_drafts.clear();
    if (m_display)
        m_display->clearBirthDate();
}

// A single key at the screening or consent step. Returns how to undo it when it did something.
std::function<void()> CheckInPanel::handleStepKey(const QString& text)
{
    ScreeningToggles* toggles = m_formView->toggles();
    const CheckInStep step = m_step;
    const ScreeningAnswers answers = toggles->answers();
    const bool guardianSigns = m_form.guardianSigns;
    const QChar c = text.at(0).toUpper();
    bool acted = false;
    if (m_step == CheckInStep::Screening) {
        if (c.isDigit() && c != u'0') {
            toggles->toggle(c.digitValue() - 1);
            m_formView->clearError(CheckInField::Screening);
            acted = true;
        } else if (c == u'N') {
            toggles->answerOpenQuestionsNo();
            afterScreening();
            acted = true;
        }
    } else if (m_step == CheckInStep::Consent) {
        if (c == u'G') {
            m_form.guardianSigns = true;
            goTo(CheckInStep::GuardianName);
            acted = true;
        } else if (c == u'S' && !isMinor()) {
            m_form.guardianSigns = false;
            submit();
            acted = true;
        }
    }
    if (!acted)
        return {};
    return [this, toggles, step, answers, guardianSigns] {
        toggles->setAnswers(answers);
        m_form.guardianSigns = guardianSigns;
        m_step = step;
        render();
    };
}

void CheckInPanel::handleEnter()
{
    const QString text = m_entry->line()->text().trimmed();
    // A scan at any step is used (the next person, asked first while one is half checked in)
    // or explained (a box code), never typed into the step's value.
    if (m_step != CheckInStep::Scan && classifyScan(text) != ScanKind::Unknown) {
        m_finder->handleScan(text);
        return;
    }
    switch (m_step) {
        case CheckInStep::Scan:
        case CheckInStep::Done:
            if (text.isEmpty() && m_step == CheckInStep::Scan && m_form.document)
                goTo(stepAfterDocument(m_form));
            else if (!text.isEmpty())
                m_finder->handleScan(text);
            break;
        case CheckInStep::BirthDate:
        case CheckInStep::BirthDateAgain:
            takeBirthDate(text);
            break;
        case CheckInStep::Name:
            if (text.isEmpty()) {
                m_formView->setError(CheckInField::Name,
                                     tr("The name is empty. Type the name as on the document."));
                return;
            }
            m_form.name = text.simplified();
            m_formView->clearError(CheckInField::Name);
            goTo(CheckInStep::Temperature);
            m_finder->askSite();  // by name and birth date: another document?
            break;
        case CheckInStep::Temperature:
            commitTemperature();
            break;
        case CheckInStep::Screening:
            if (!m_formView->toggles()->complete()) {
                m_formView->setError(CheckInField::Screening,
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
                m_formView->setError(CheckInField::Consent, tr("Enter the guardian's name."));
                return;
            }
            // The name is there: "enter the name" is no longer true.
            m_formView->clearError(CheckInField::Consent);
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
        !m_formView->error(CheckInField::Consent).isEmpty()) {
        m_formView->clearError(CheckInField::Consent);
        syncErrorVisibility();
        return;
    }
    if (m_step == CheckInStep::Temperature) {
        const QString fever = feverNote(text);
        if (fever.isEmpty())
            m_formView->clearError(CheckInField::Temperature);
        else
            m_formView->setError(CheckInField::Temperature, fever);
        return;
    }
    if (m_step == CheckInStep::Scan)
        m_formView->setNote(CheckInField::Document, documentNote(text, today()));
}

void CheckInPanel::setSiteSecrets(std::shared_ptr<SecretStore> secrets)
{
    m_finder->setSiteSecrets(std::move(secrets));
}

// The birth-date step (docs/checkin.md, docs/desk.md "Age"): typed as digits, shown on the
// recipient display, typed a second time when it crosses a consent or catalog age boundary.
void CheckInPanel::takeBirthDate(const QString& text)
{
    const BirthDateTyped typed = typeBirthDate(m_form, m_step, text, today(), m_adultAgeYears);
    if (typed.error.isEmpty())
        m_formView->clearError(CheckInField::BirthDate);
    else
        m_formView->setError(CheckInField::BirthDate, typed.error);
    if (typed.display == BirthDateTyped::Display::Show)
        showBirthDateToPerson();
    else if (typed.display == BirthDateTyped::Display::Clear && m_display)
        m_display->clearBirthDate();
    if (typed.next)
        goTo(*typed.next);
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

void CheckInPanel::commitTemperature()
{
    const QString text = m_entry->line()->text().trimmed();
    if (const QString error = typeTemperature(m_form, text); !error.isEmpty()) {
        m_formView->setError(CheckInField::Temperature, error);
        m_entry->line()->setText(text);
        return;
    }
    liveValidate(m_form.temperatureText);
    goTo(CheckInStep::Screening);
}

void CheckInPanel::afterScreening()
{
    m_form.answers = m_formView->toggles()->answers();
    const ScreeningVerdict verdict = screeningVerdict(m_form);
    if (verdict.deferral) {
        goTo(CheckInStep::Deferral);
        m_result->showDeferral(*verdict.deferral);
        return;
    }
    m_formView->setError(CheckInField::Screening, verdict.note);
    goTo(CheckInStep::Consent);
}

void CheckInPanel::submit()
{
    m_formView->clearErrors();
    m_saveError->clear();
    const auto request = checkInRequest(m_form, m_formView->toggles()->answers(), m_staffId);
    if (!request) {
        showError(request.error());
        return;
    }
    m_form.answers = request->answers;
    auto recorded = m_step == CheckInStep::Deferral ? m_recorder.recordDeferral(*request)
                                                    : m_recorder.checkIn(*request);
    if (!recorded) {
        showError(recorded.error());
        return;
    }
    showDone(*recorded);
    emit queueChanged();
}

// The person is done: the form and the draft are cleared, the result shows.
void CheckInPanel::showDone(const CheckInRecorder::Recorded& recorded)
{
    m_result->setTicket(recorded.ticket);
    clearForm();
    goTo(CheckInStep::Done);
    m_result->showDone(recorded.message, recorded.queueNumber, recorded.ok);
}

void CheckInPanel::showSaveError(const QString& message)
{
    m_saveError->setText(message);
}

void CheckInPanel::showError(const Error& error)
{
    if (error.code == ErrorCode::PersonDuplicate) {
        resolveDuplicate();
        return;
    }
    const ErrorPlace place = placeError(error, m_form);
    if (place.field) {
        if (place.step)
            goTo(*place.step);
        m_formView->setError(*place.field, error.message);
    } else {
        // The database refused (locked, full, read-only …): nothing was written; keep the form.
        m_saveError->setText(tr("Not saved: %1 The form is kept; press Ctrl+Enter to try again.")
                                 .arg(error.message));
        render();
        saveDraft();
    }
    m_entry->line()->setFocus();
}

void CheckInPanel::resolveDuplicate()
{
    auto* dialog = new DuplicateDialog(m_recorder.possibleDuplicates(m_form), m_form.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicateDialog::resolved, this,
            [this](const DuplicateResolution& resolution) {
                m_form.duplicate = resolution;
                submit();
                syncErrorVisibility();
            });
    connect(dialog, &QDialog::finished, this, [this] { m_entry->line()->setFocus(); });
    dialog->open();
}

void CheckInPanel::printTicket()
{
    if (m_step != CheckInStep::Done || !m_result->ticket())
        return;
    m_result->printTicket();
    m_entry->line()->setFocus();
}

bool CheckInPanel::printLastTicketToPdf(const QString& path) const
{
    return m_result->ticket() && printTicketToPdf(path, *m_result->ticket());
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
    m_entry->line()->setFocus();
}

}  // namespace vax::ui
