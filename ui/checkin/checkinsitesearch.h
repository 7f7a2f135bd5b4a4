#pragma once

#include <QObject>

#include <memory>

#include "checkin/checkinform.h"
#include "site/sitecontext.h"

namespace vax {
class SecretStore;
}

namespace vax::ui {

class SiteHistoryAsker;

// At check-in a joined desk asks the site server for a person not on file here before one is
// created (docs/site.md 5): by the document, the phone, and the name with the birth date (another
// document of someone registered at another desk). The ask runs off the GUI thread; the nurse
// carries on, and the people the server knew land in this desk's database, where the panel looks
// for the person again when the answer comes.
class CheckInSiteSearch final : public QObject {
    Q_OBJECT
public:
    explicit CheckInSiteSearch(SiteContext& site, QObject* parent = nullptr);

    // The site server's password comes from the system keychain; tests give a store of their own.
    void setSecrets(std::shared_ptr<SecretStore> secrets);
    // Asks for the person of `form` when this desk joined a site and the form has a document and
    // no person on file here; else does nothing.
    void ask(const CheckInForm& form);
    // Whether an answer about the document `matchKey` still concerns `form`: the same document,
    // and no person on file taken for it meanwhile.
    static bool stillAsked(const CheckInForm& form, const QString& matchKey);

signals:
    // The server answered the ask about the document `matchKey` (the form may have moved on).
    void found(const QString& matchKey);
    // An ask ended, answered or not (after found()).
    void answered();

private:
    SiteHistoryAsker* m_asker = nullptr;
};

}  // namespace vax::ui
