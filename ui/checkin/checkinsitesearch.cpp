#include "checkin/checkinsitesearch.h"

#include "desk/sitehistoryasker.h"

namespace vax::ui {

CheckInSiteSearch::CheckInSiteSearch(SiteContext& site, QObject* parent)
    : QObject(parent), m_asker(new SiteHistoryAsker(site, this))
{
}

void CheckInSiteSearch::setSecrets(std::shared_ptr<SecretStore> secrets)
{
    m_asker->setSecrets(std::move(secrets));
}

bool CheckInSiteSearch::stillAsked(const CheckInForm& form, const QString& matchKey)
{
    return form.document && form.document->matchKey == matchKey && form.personId.isEmpty();
}

void CheckInSiteSearch::ask(const CheckInForm& form)
{
    if (!form.document || !form.personId.isEmpty() || !m_asker->joined())
        return;
    sitesync::PersonQuery query;
    query.document = form.document;
    query.phone = form.phone;
    query.name = form.name;
    query.birthDate = form.document->birthDate.value_or(QDate());
    const QString key = form.document->matchKey;
    m_asker->findPersons(query, [this, key](const auto& fetched) {
        if (fetched && fetched->answered)
            emit found(key);
        emit answered();
    });
}

}  // namespace vax::ui
