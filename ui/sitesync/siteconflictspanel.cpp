#include "sitesync/siteconflictspanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

#include "security/secretstore.h"
#include "shell/style.h"
#include "storage/database.h"

namespace vax::ui {

namespace {
enum Column { Number, Kind, What, Desk, Since, ColumnCount };
}  // namespace

SiteConflictsModel::SiteConflictsModel(QObject* parent) : QAbstractTableModel(parent) {}

void SiteConflictsModel::setList(sitesync::ConflictList list, SiteCalendar calendar)
{
    beginResetModel();
    m_list = std::move(list);
    m_calendar = std::move(calendar);
    endResetModel();
}

int SiteConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.conflicts.size() + m_list.pending.size());
}

int SiteConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<sitesync::SiteConflict> SiteConflictsModel::conflictAt(int row) const
{
    if (row < 0 || row >= m_list.conflicts.size())
        return std::nullopt;
    return m_list.conflicts.at(row);
}

QString SiteConflictsModel::what(const sitesync::SiteConflict& c) const
{
    const QJsonObject d = c.detail;
    if (c.kind == QLatin1String("double_dose"))
        return tr("Person %1 has dose %2 of the %3 series twice (doses %4)")
            .arg(d.value(QStringLiteral("person")).toString())
            .arg(d.value(QStringLiteral("dose_number")).toInt())
            .arg(d.value(QStringLiteral("series")).toString(),
                 QVariant(d.value(QStringLiteral("doses")).toArray().toVariantList())
                     .toStringList()
                     .join(QStringLiteral(", ")));
    if (c.kind == QLatin1String("person_merge"))
        return tr("Person %1 merged into %2 (the same document)")
            .arg(d.value(QStringLiteral("merged")).toString(),
                 d.value(QStringLiteral("kept")).toString());
    if (c.kind == QLatin1String("foreign_owner"))
        return tr("Desk %1 changed %2 %3, which desk %4 owns; desk %4's version is kept")
            .arg(c.desk)
            .arg(c.table, c.rowId)
            .arg(d.value(QStringLiteral("owner")).toInt());
    return QStringLiteral("%1 %2").arg(c.table, c.rowId);
}

QVariant SiteConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const int row = index.row();
    if (const auto c = conflictAt(row)) {
        switch (index.column()) {
            case Number:
                return QStringLiteral("#%1").arg(c->id);
            case Kind:
                if (c->kind == QLatin1String("double_dose"))
                    return tr("Double dose");
                if (c->kind == QLatin1String("person_merge"))
                    return tr("Person merge");
                if (c->kind == QLatin1String("foreign_owner"))
                    return tr("Another desk's record");
                return c->kind;
            case What:
                return what(*c);
            case Desk:
                return c->desk;
            case Since:
                return m_calendar ? m_calendar->minuteText(c->raisedAt) : QString();
        }
        return {};
    }
    const sitesync::PendingRow& p = m_list.pending.at(row - m_list.conflicts.size());
    switch (index.column()) {
        case Number:
            return QStringLiteral("—");
        case Kind:
            return tr("Set aside here");
        case What:
            return tr("%1 %2 could not be applied (%n attempt(s)): %3", "", p.tries)
                .arg(p.table, p.id, p.reason);
        case Desk:
            return p.desk;
        case Since:
            return m_calendar ? m_calendar->minuteText(p.firstAt) : QString();
    }
    return {};
}

QVariant SiteConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case Number:
            return tr("No.");
        case Kind:
            return tr("Kind");
        case What:
            return tr("What happened");
        case Desk:
            return tr("From desk");
        case Since:
            return tr("Since");
    }
    return {};
}

SiteConflictsPanel::SiteConflictsPanel(SiteContext& site, CurrentUser currentUser,
                                       SecretStoreFactory secrets, QWidget* parent)
    : QWidget(parent),
      m_site(site),
      m_currentUser(std::move(currentUser)),
      m_secrets(secrets ? std::move(secrets) : systemKeychain())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("siteConflictsHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("siteConflictsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_model = new SiteConflictsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("siteConflicts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    auto* row = new QHBoxLayout;
    m_noteLabel = new QLabel(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("siteConflictNote"));
    m_noteLabel->setBuddy(m_note);
    m_resolve = new QPushButton(this);
    m_resolve->setObjectName(QStringLiteral("siteConflictResolve"));
    row->addWidget(m_noteLabel);
    row->addWidget(m_note, 1);
    row->addWidget(m_resolve);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("siteConflictMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    setTabOrder(m_view, m_note);
    setTabOrder(m_note, m_resolve);

    connect(m_resolve, &QPushButton::clicked, this, &SiteConflictsPanel::resolveChosen);
    connect(&m_job, &QFutureWatcherBase::finished, this, &SiteConflictsPanel::finished);
    retranslate();
}

void SiteConflictsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SiteConflictsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void SiteConflictsPanel::retranslate()
{
    m_heading->setText(tr("Site conflicts"));
    m_noteLabel->setText(tr("Resolution &note"));
    m_note->setPlaceholderText(
        tr("What was checked and decided, e.g. both doses confirmed with "
           "the person"));
    m_resolve->setText(tr("&Resolve"));
    m_resolve->setToolTip(
        tr("Resolved on the site server, so every desk shows it resolved after its next sync"));
    refresh();
}

void SiteConflictsPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Enter on a row goes to the note; Enter in the note (or on the button) resolves.
    event->accept();
    if (m_view->hasFocus() && chosen()) {
        m_note->setFocus(Qt::OtherFocusReason);
        m_note->selectAll();
        return;
    }
    if (m_view->hasFocus()) {
        showMessage(tr("A record set aside is not resolved here: it applies by itself at a later "
                       "sync once what it needs has arrived (or after an upgrade). Choose a "
                       "conflict (a row with a number)."),
                    true, m_view);
        return;
    }
    resolveChosen();
}

void SiteConflictsPanel::refresh()
{
    auto listed = sitesync::SiteConflicts::list(*m_site.db, false);
    if (!listed) {
        m_summary->setText(listed.error().message);
        return;
    }
    const int current = m_view->currentIndex().row();
    const QString summary =
        listed->readAt
            ? tr("%n conflict(s) waiting for review, as read from the site server at %1.", "",
                 static_cast<int>(listed->open))
                  .arg(m_site.calendar().minuteText(*listed->readAt))
            : tr("No conflicts read yet: this desk has not synced with a site server.");
    const QString pending =
        listed->pending.isEmpty()
            ? QString()
            : QLatin1Char(' ') +
                  tr("%n record(s) of other desks could not be applied here and wait with "
                     "their reason.",
                     "", static_cast<int>(listed->pending.size()));
    m_summary->setText(summary + pending);
    m_model->setList(*std::move(listed), m_site.calendar());
    if (m_model->rowCount() > 0)
        m_view->selectRow(std::clamp(current, 0, m_model->rowCount() - 1));
}

std::optional<sitesync::SiteConflict> SiteConflictsPanel::chosen() const
{
    return m_model->conflictAt(m_view->currentIndex().row());
}

void SiteConflictsPanel::showMessage(const QString& text, bool error, QWidget* field)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorTextStyle() : colourTextStyle(kOkColour, true));
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void SiteConflictsPanel::resolveChosen()
{
    if (m_job.isRunning())
        return;
    const std::optional<StaffMember> actor = m_currentUser ? m_currentUser() : std::nullopt;
    if (!actor) {
        showMessage(tr("Sign in as a site administrator to resolve a conflict."), true);
        return;
    }
    const auto conflict = chosen();
    if (!conflict) {
        showMessage(tr("Choose a conflict in the list first (a row with a number)."), true, m_view);
        return;
    }
    if (m_note->text().trimmed().isEmpty()) {
        showMessage(
            tr("Resolution note: say what was checked and decided about #%1.").arg(conflict->id),
            true, m_note);
        return;
    }
    m_resolve->setEnabled(false);
    showMessage(tr("Resolving #%1 on the site server…").arg(conflict->id), false);
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    m_job.setFuture(QtConcurrent::run([path, clock, secrets = m_secrets, id = conflict->id,
                                       note = m_note->text(),
                                       actorId = actor->id]() -> Result<sitesync::SiteConflict> {
        // A connection and a keychain of this worker thread's own; closed when it ends.
        VAX_TRY_VALUE(auto db, openWorkerConnection(path));
        const std::unique_ptr<SecretStore> store = secrets();
        return sitesync::SiteConflicts::resolve({*db, *clock, actorId}, *store, id, note);
    }));
}

void SiteConflictsPanel::finished()
{
    m_resolve->setEnabled(true);
    const Result<sitesync::SiteConflict> result = m_job.result();
    if (!result) {
        // The service's message names the field and the fix.
        QWidget* field = result.error().field == QLatin1String("note") ? m_note : nullptr;
        showMessage(result.error().message, true, field);
        return;
    }
    m_note->clear();
    refresh();
    showMessage(tr("#%1 resolved on the site server; every desk shows it resolved after its next "
                   "sync.")
                    .arg(result->id),
                false, m_view);
}

}  // namespace vax::ui
