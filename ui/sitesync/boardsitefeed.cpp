#include "sitesync/boardsitefeed.h"

#include "observation/observationboard.h"
#include "site/sitecontext.h"
#include "storage/database.h"

namespace vax::ui {

BoardSiteFeed::BoardSiteFeed(SiteContext& site, ObservationBoard* board, SecretStoreFactory secrets,
                             Options options, QObject* parent)
    : QObject(parent),
      m_site(site),
      m_board(board),
      m_secrets(secrets ? std::move(secrets) : systemKeychain()),
      m_options(options)
{
}

BoardSiteFeed::~BoardSiteFeed()
{
    stop();
}

bool BoardSiteFeed::start()
{
    if (m_replicator)
        return true;
    auto link = sitesync::SiteJoinService::link(*m_site.db);
    if (!link || !*link)
        return false;
    m_board->setSiteDesk((*link)->desk);
    m_replicator = new SiteReplicator(m_site.db->path(), m_site.clock, m_site.db->integrity(),
                                      m_secrets, m_options.replicator, this);
    m_listener = new sitesync::SiteListener(
        sitesync::joinedDeskConnector(m_site.site, **link, m_secrets), m_options.listener, this);
    connect(m_listener, &sitesync::SiteListener::woken, m_replicator, &SiteReplicator::syncNow);
    connect(m_replicator, &SiteReplicator::roundFinished, m_board,
            [board = m_board](const SiteRound& round) {
                board->showSiteStatus(round.status);
                if (round.pulled > 0)
                    board->tick();  // the pulled rows at once, not at the next second
            });
    m_replicator->start();
    m_listener->start();
    return true;
}

void BoardSiteFeed::stop()
{
    if (m_listener)
        m_listener->stop();
    if (m_replicator)
        m_replicator->stop();
}

}  // namespace vax::ui
