#include "checkin/checkinpersonfinder.h"

#include <QLineEdit>

#include "checkin/checkinentry.h"
#include "checkin/checkinformview.h"
#include "checkin/checkinpanel.h"
#include "checkin/checkinsitesearch.h"
#include "checkin/checkinsteps.h"
#include "scan/scanrouter.h"

namespace vax::ui {

CheckInPersonFinder::CheckInPersonFinder(SiteContext& site, CheckInRecorder& recorder, Walk& walk,
                                         CheckInEntry* entry, CheckInFormView* formView,
                                         QObject* parent)
    : QObject(parent),
      m_recorder(recorder),
      m_walk(walk),
      m_entry(entry),
      m_formView(formView),
      m_siteSearch(new CheckInSiteSearch(site, this))
{
    connect(m_siteSearch, &CheckInSiteSearch::found, this, &CheckInPersonFinder::takeSiteAnswer);
    connect(m_siteSearch, &CheckInSiteSearch::answered, this,
            &CheckInPersonFinder::siteSearchAnswered);
}

void CheckInPersonFinder::setSiteSecrets(std::shared_ptr<SecretStore> secrets)
{
    m_siteSearch->setSecrets(std::move(secrets));
}

void CheckInPersonFinder::askSite()
{
    m_siteSearch->ask(m_walk.editableForm());
}

void CheckInPersonFinder::handleScan(const QString& text, bool switchConfirmed)
{
    const ScanKind kind = classifyScan(text);
    if (kind == ScanKind::Gs1 || kind == ScanKind::TraceCode) {
        if (m_walk.step() == CheckInStep::Scan)
            m_formView->clearError(CheckInField::Document);
        keepTypedValue();
        m_entry->notice()->explainBoxCode();
        return;
    }
    auto person = formFromScan(text, m_recorder.today());
    if (!person) {
        if (m_walk.step() != CheckInStep::Scan)
            m_walk.goTo(CheckInStep::Scan);
        m_entry->line()->setText(text);
        m_formView->setError(CheckInField::Document, person.error().message);
        return;
    }
    if (!switchConfirmed && askBeforeSwitching(text, *person->document))
        return;
    m_walk.startNewPerson();
    m_walk.editableForm() = std::move(*person);
    lookUpPerson();
}

// Another person's document scanned while one is half checked in: the nurse chooses (N: the
// new one, Esc: keep the current one); the same person's document again changes nothing.
bool CheckInPersonFinder::askBeforeSwitching(const QString& scan, const IdentityDocument& next)
{
    const CheckInForm& form = m_walk.editableForm();
    const CheckInStep step = m_walk.step();
    if (step == CheckInStep::Scan || step == CheckInStep::Done || !form.document)
        return false;
    keepTypedValue();  // the scan is not typed into the step's value
    if (next.type == form.document->type && next.matchKey == form.document->matchKey)
        return true;
    std::function<QString()> current = [name = form.name] { return name; };
    if (form.name.isEmpty())
        current = [doc = *form.document] { return documentSummary(doc); };
    m_entry->notice()->askSwitch(
        std::move(current), [next] { return documentSummary(next); }, scan);
    return true;
}

void CheckInPersonFinder::keepTypedValue()
{
    const QString typed = m_entry->typedBeforeScan();
    m_walk.goTo(m_walk.step());
    if (!typed.isEmpty())
        m_entry->line()->setText(typed);
}

// The site server knew people for the document asked about: one of them may now be on file here.
void CheckInPersonFinder::takeSiteAnswer(const QString& matchKey)
{
    CheckInForm& form = m_walk.editableForm();
    if (!CheckInSiteSearch::stillAsked(form, matchKey) || m_walk.step() == CheckInStep::Done)
        return;
    const CheckInStep before = m_walk.step();
    auto onFile = m_recorder.findOnFile(form);
    if (onFile && *onFile) {
        m_walk.showDone(**onFile);  // already checked in today at another desk
    } else if (!form.personId.isEmpty()) {
        m_formView->setNote(
            CheckInField::Document,
            {CheckInPanel::tr("Found on the site server: %1, registered at another desk.")
                 .arg(form.name),
             true});
        const bool typing = before == CheckInStep::Name || before == CheckInStep::BirthDate ||
                            before == CheckInStep::BirthDateAgain;
        m_walk.goTo(typing ? stepAfterDocument(form) : before);
    }
}

void CheckInPersonFinder::lookUpPerson()
{
    CheckInForm& form = m_walk.editableForm();
    auto found = m_recorder.findOnFile(form);
    if (!found) {
        m_walk.showSaveError(found.error().message);
    } else if (*found) {
        m_walk.showDone(**found);  // already checked in today
        return;
    }
    m_siteSearch->ask(form);  // not on file here: perhaps at another desk of the site
    if (needsBirthDate(form) && form.document->birthDate) {
        // A registration QR brought one: the nurse checks it with the document and the person.
        form.birthDateText = form.document->birthDate->toString(Qt::ISODate);
        m_walk.showBirthDateToPerson();
    }
    m_walk.goTo(stepAfterDocument(form));
}

}  // namespace vax::ui
