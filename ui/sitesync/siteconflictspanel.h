#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QWidget>

#include "shell/currentuser.h"
#include "site/sitecontext.h"
#include "sitesync/siteconflicts.h"
#include "sitesync/sitereplicator.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vax::ui {

// The site's open conflicts, then the other desks' records set aside at this desk
// (SiteConflicts::list, this desk's copy: works offline), one per row.
class SiteConflictsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit SiteConflictsModel(QObject* parent = nullptr);
    void setList(sitesync::ConflictList list, SiteCalendar calendar);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // The conflict of `row`; none for a record set aside.
    std::optional<sitesync::SiteConflict> conflictAt(int row) const;
    const sitesync::ConflictList& list() const { return m_list; }

private:
    QString what(const sitesync::SiteConflict& c) const;
    sitesync::ConflictList m_list;
    std::optional<SiteCalendar> m_calendar;
};

// Administration ▸ Site server, below the join: the conflicts waiting for a site administrator's
// review and the records this desk could not apply, with "Resolve" for a conflict
// (SiteConflicts::resolve: on the site server, so every desk agrees; refused offline; the
// service checks ResolveSiteConflicts for the signed-in member). Keyboard first: arrows choose a
// row, Enter goes to the note, Enter there resolves. The resolution runs off the window's thread
// with a connection and a keychain of its own.
class SiteConflictsPanel final : public QWidget {
    Q_OBJECT
public:
    SiteConflictsPanel(SiteContext& site, CurrentUser currentUser, SecretStoreFactory secrets,
                       QWidget* parent = nullptr);
    // Reads this desk's copy again (after a sync round, when shown).
    void refresh();
    // Resolves the chosen conflict with the note (what Enter in the note and the button do).
    void resolveChosen();
    bool isResolving() const { return m_job.isRunning(); }

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void finished();
    void showMessage(const QString& text, bool error, QWidget* field = nullptr);
    std::optional<sitesync::SiteConflict> chosen() const;

    SiteContext& m_site;
    CurrentUser m_currentUser;
    SecretStoreFactory m_secrets;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_view = nullptr;
    SiteConflictsModel* m_model = nullptr;
    QLabel* m_noteLabel = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_resolve = nullptr;
    QLabel* m_message = nullptr;
    QFutureWatcher<Result<sitesync::SiteConflict>> m_job;
};

}  // namespace vax::ui
