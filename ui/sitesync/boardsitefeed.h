#pragma once

// The observation board on its own PC (docs/site.md 1 and 5): when the PC's database is joined
// to a site server, the board's people come from every desk. The existing replicator
// (SiteReplicator: push and pull on a thread of its own) brings them into this PC's database,
// where the board reads them as it reads its own; a SiteListener (LISTEN vaxsite_change on its
// own thread) asks it for a round as soon as a desk pushed, and polls while it cannot listen.
// The replicator's own timer stays as a slow safety net. After each round the board is told the
// server's state (its offline banner) and looks for new rows at once.
#include <QObject>

#include "sitesync/sitelistener.h"
#include "sitesync/sitereplicator.h"

namespace vax {
struct SiteContext;
}

namespace vax::ui {

class ObservationBoard;

class BoardSiteFeed final : public QObject {
    Q_OBJECT
public:
    struct Options {
        SiteReplicator::Options replicator{60'000, 100, 2};  // woken by the listener
        sitesync::ListenerOptions listener;
    };

    BoardSiteFeed(SiteContext& site, ObservationBoard* board, SecretStoreFactory secrets,
                  Options options, QObject* parent = nullptr);
    ~BoardSiteFeed() override;

    // Starts the replicator and the listener when the PC is joined; false (nothing started)
    // while it works alone or its link cannot be read.
    bool start();
    void stop();

    SiteReplicator* replicator() const { return m_replicator; }
    sitesync::SiteListener* listener() const { return m_listener; }

private:
    SiteContext& m_site;
    ObservationBoard* m_board;
    SecretStoreFactory m_secrets;
    Options m_options;
    SiteReplicator* m_replicator = nullptr;
    sitesync::SiteListener* m_listener = nullptr;
};

}  // namespace vax::ui
