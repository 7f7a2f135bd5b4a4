#pragma once

#include <QObject>

#include <memory>

#include "checkin/checkinform.h"
#include "checkin/checkinrecorder.h"
#include "site/sitecontext.h"

namespace vax {
class SecretStore;
}

namespace vax::ui {

class CheckInEntry;
class CheckInFormView;
class CheckInSiteSearch;

// A document scanned (or a number typed at the scan step) at the check-in, whatever the step:
// who the person is. A vaccine box code is explained and the step stays; another person's
// document while one is half checked in is asked about first, the same person's changes nothing;
// else the form starts over with the document and the person is looked for on file here (and
// the visit already made today) and, on a joined desk, at the site server (CheckInSiteSearch),
// whose answer may bring the person later.
class CheckInPersonFinder final : public QObject {
    Q_OBJECT
public:
    // What the finder asks of the walk of the steps (CheckInPanel).
    class Walk {
    public:
        virtual CheckInStep step() const = 0;
        virtual CheckInForm& editableForm() = 0;
        virtual void goTo(CheckInStep step) = 0;
        // Clears the form and the draft: the next person.
        virtual void startNewPerson() = 0;
        // The person is done: already checked in today.
        virtual void showDone(const CheckInRecorder::Recorded& recorded) = 0;
        // The person could not be looked for on file.
        virtual void showSaveError(const QString& message) = 0;
        virtual void showBirthDateToPerson() = 0;

    protected:
        ~Walk() = default;
    };

    CheckInPersonFinder(SiteContext& site, CheckInRecorder& recorder, Walk& walk,
                        CheckInEntry* entry, CheckInFormView* formView, QObject* parent = nullptr);

    // The site server's password comes from the system keychain; tests give a store of their own.
    void setSiteSecrets(std::shared_ptr<SecretStore> secrets);
    // A scan, or the one the scan notice asked about and the nurse chose (`switchConfirmed`).
    void handleScan(const QString& text, bool switchConfirmed = false);
    // The step stays; the line shows what was typed before the scan (or the step's value).
    void keepTypedValue();
    // Asks the site server for the person of the form (by name and birth date once typed).
    void askSite();

signals:
    // A joined desk's search of the site server for the person answered or gave up.
    void siteSearchAnswered();

private:
    bool askBeforeSwitching(const QString& scan, const IdentityDocument& next);
    void lookUpPerson();
    // A person the site server knew (CheckInSiteSearch) is taken as the person on file.
    void takeSiteAnswer(const QString& matchKey);

    CheckInRecorder& m_recorder;
    Walk& m_walk;
    CheckInEntry* m_entry = nullptr;
    CheckInFormView* m_formView = nullptr;
    CheckInSiteSearch* m_siteSearch = nullptr;
};

}  // namespace vax::ui
