#pragma once

#include <QLabel>

#include <optional>

#include "common/sitecalendar.h"
#include "sitesync/sitereplicator.h"

namespace vax::ui {

// A moment of site mode as the screens say it: "10:02" today, "2026-12-06 17:40" on another day,
// the site's clock either way.
QString siteMoment(const SiteCalendar& calendar, const QDateTime& t);

// The main window's status-bar item for site mode (docs/site.md 5): "Site server: connected",
// "Site server: offline since 10:02, 14 records waiting", or a refusal by name. Times are the
// site's wall-clock time (the site calendar), never the PC's zone; the count is this desk's
// outbox backlog. Hidden while the desk has not joined a site server. Fed by the replicator's
// rounds; the details (server, desk, last contact, rows set aside) are in the tooltip.
class SiteStatusItem final : public QLabel {
    Q_OBJECT
public:
    explicit SiteStatusItem(SiteCalendar calendar, QWidget* parent = nullptr);
    void showRound(const SiteRound& round);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();

    SiteCalendar m_calendar;
    std::optional<SiteRound> m_round;
};

}  // namespace vax::ui
