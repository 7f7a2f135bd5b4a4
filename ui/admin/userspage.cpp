#include "admin/userspage.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

#include "common/clock.h"
#include "exchange/signingkey.h"
#include "security/secretstore.h"
#include "security/userservice.h"
#include "shell/livetext.h"
#include "shell/style.h"
#include "site/siteadmin.h"

namespace vax::ui {

namespace {
enum Column { ColUser, ColName, ColRoles, ColState, ColPin, ColCount };

QString rolesText(Roles roles)
{
    QStringList names;
    for (Role r : kAllRoles)
        if (roles.testFlag(r))
            names << roleDisplayName(r);
    return names.join(QStringLiteral(", "));
}

// Role check boxes, for the add and roles dialogs.
class RoleBoxes {
public:
    RoleBoxes(QWidget* parent, QFormLayout* form, const QString& label, Roles initial)
    {
        auto* box = new QWidget(parent);
        auto* row = new QVBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        for (Role r : kAllRoles) {
            auto* check = new QCheckBox(roleDisplayName(r), box);
            check->setObjectName(QStringLiteral("role_") + roleName(r));
            check->setChecked(initial.testFlag(r));
            row->addWidget(check);
            m_boxes.emplace_back(r, check);
        }
        form->addRow(label, box);
    }
    Roles roles() const
    {
        Roles roles;
        for (const auto& [r, check] : m_boxes)
            if (check->isChecked())
                roles |= r;
        return roles;
    }

private:
    std::vector<std::pair<Role, QCheckBox*>> m_boxes;
};

QLineEdit* passwordEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}
}  // namespace

StaffModel::StaffModel(QObject* parent) : QAbstractTableModel(parent) {}

void StaffModel::setStaff(std::vector<StaffMember> staff)
{
    beginResetModel();
    m_staff = std::move(staff);
    endResetModel();
}

const StaffMember* StaffModel::at(int row) const
{
    return row >= 0 && row < rowCount() ? &m_staff.at(static_cast<size_t>(row)) : nullptr;
}

int StaffModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staff.size());
}

int StaffModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColCount;
}

QVariant StaffModel::data(const QModelIndex& index, int role) const
{
    const StaffMember* m = at(index.row());
    if (!m || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
        case ColUser:
            return m->username;
        case ColName:
            return m->displayName;
        case ColRoles:
            return rolesText(m->roles);
        case ColState:
            if (m->disabled)
                return tr("Disabled");
            return m->lockedUntil.isValid() ? tr("Locked out") : tr("Active");
        case ColPin:
            return m->hasPin ? tr("Set") : tr("—");
        default:
            return {};
    }
}

QVariant StaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
        case ColUser:
            return tr("Username");
        case ColName:
            return tr("Name");
        case ColRoles:
            return tr("Roles");
        case ColState:
            return tr("State");
        case ColPin:
            return tr("PIN");
        default:
            return {};
    }
}

UsersPage::UsersPage(SiteContext& site, QWidget* parent) : WorkspacePage(parent), m_site(site)
{
    m_usersHeading = new QLabel(this);
    scaleFont(m_usersHeading, 1.3, true);
    m_model = new StaffModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("staffTable"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ColRoles, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_add = new QPushButton(this);
    m_reset = new QPushButton(this);
    m_disable = new QPushButton(this);
    m_roles = new QPushButton(this);
    m_pin = new QPushButton(this);
    m_pin->setObjectName(QStringLiteral("myPin"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_reset, m_disable, m_roles})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_pin);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatus"));
    m_status->setWordWrap(true);

    m_idleLabel = new QLabel(this);
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleMinutes->setRange(kMinIdleLockMinutes, kMaxIdleLockMinutes);
    m_idleSave = new QPushButton(this);
    auto* idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleLabel);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addWidget(m_idleSave);
    idleRow->addStretch();

    m_keysHeading = new QLabel(this);
    scaleFont(m_keysHeading, 1.3, true);
    m_keychain = new QLabel(this);
    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setWordWrap(true);
    m_keychainCheck = new QPushButton(this);
    m_keychainProbe = new QLabel(this);
    m_keychainProbe->setObjectName(QStringLiteral("keychainProbe"));
    m_keychainProbe->setWordWrap(true);
    clearOnLanguageChange(m_keychainProbe);  // an answer in the previous language
    auto* keyTexts = new QVBoxLayout;
    keyTexts->addWidget(m_keychain);
    keyTexts->addWidget(m_keychainProbe);
    auto* keyRow = new QHBoxLayout;
    keyRow->addLayout(keyTexts, 1);
    keyRow->addWidget(m_keychainCheck, 0, Qt::AlignTop);

    body()->addWidget(m_usersHeading);
    body()->addWidget(m_view, 1);
    body()->addLayout(buttons);
    body()->addWidget(m_status);
    body()->addSpacing(12);
    body()->addLayout(idleRow);
    body()->addSpacing(12);
    body()->addWidget(m_keysHeading);
    body()->addLayout(keyRow);

    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_roles, &QPushButton::clicked, this, &UsersPage::editRoles);
    connect(m_pin, &QPushButton::clicked, this, &UsersPage::setMyPin);
    connect(m_idleSave, &QPushButton::clicked, this, &UsersPage::saveIdleLock);
    connect(m_keychainCheck, &QPushButton::clicked, this, &UsersPage::checkKeychain);
    connect(&m_job, &QFutureWatcher<Status>::finished, this, [this] {
        const Status result = m_job.result();
        showStatus(result ? m_jobDone : result.error().message, !result.ok());
        refresh();
    });
    UsersPage::retranslate();
}

UsersPage::~UsersPage()
{
    m_job.waitForFinished();
}

QString UsersPage::title() const
{
    return tr("Staff and security");
}

void UsersPage::retranslate()
{
    WorkspacePage::retranslate();
    m_usersHeading->setText(tr("Staff accounts"));
    m_add->setText(tr("&Add…"));
    m_reset->setText(tr("&Reset password…"));
    m_disable->setText(tr("&Disable / enable"));
    m_roles->setText(tr("R&oles…"));
    m_pin->setText(tr("My &PIN…"));
    m_idleLabel->setText(tr("Lock a desk after this many minutes without input:"));
    m_idleSave->setText(tr("Save"));
    m_keysHeading->setText(tr("Keys"));
    m_keychainCheck->setText(tr("Check keychain"));
    showKeyLocation();
}

void UsersPage::showEvent(QShowEvent* event)
{
    WorkspacePage::showEvent(event);
    showKeyLocation();
}

// Where the key is, from the database's own record: never a fixed text, asked again each time
// the page is shown (an export or "vaxctl key init" may have moved it meanwhile).
void UsersPage::showKeyLocation()
{
    auto where = signingkey::location(*m_site.db);
    m_keychain->setText(where ? signingkey::describe(*where) : where.error().message);
    const bool problem =
        !where || (where->kind == signingkey::Location::Kind::KeyFile && where->fileMissing);
    m_keychain->setStyleSheet(problem ? colourTextStyle(kErrorColour) : QString());
}

void UsersPage::setActor(const StaffMember& actor)
{
    m_actor = actor;
    m_status->clear();
    refresh();
}

void UsersPage::refresh()
{
    showKeyLocation();
    auto staff = UserService::list(*m_site.db, m_actor.id);
    m_model->setStaff(staff ? *staff : std::vector<StaffMember>{});
    const bool admin = staff.ok();
    for (QPushButton* b : {m_add, m_reset, m_disable, m_roles, m_idleSave})
        b->setEnabled(admin);
    m_idleMinutes->setEnabled(admin);
    if (!admin && !m_actor.id.isEmpty())
        showStatus(tr("Only a site administrator manages accounts. You can set your own PIN."),
                   false);
    // Unsaved input stays: a refresh (another user switching in) must not undo typing.
    const int stored =
        SiteAdminService::idleLockMinutes(*m_site.db).valueOr(kDefaultIdleLockMinutes);
    if (m_idleLoaded < 0 || m_idleMinutes->value() == m_idleLoaded)
        m_idleMinutes->setValue(stored);
    m_idleLoaded = stored;
}

void UsersPage::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? colourTextStyle(kErrorColour) : QString());
}

const StaffMember* UsersPage::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->at(rows.first().row());
}

void UsersPage::runInBackground(Job job, const QString& done)
{
    if (m_job.isRunning())
        return;
    m_jobDone = done;
    showStatus(tr("Working…"), false);
    const QString path = m_site.db->path();
    const std::shared_ptr<Clock> clock = m_site.clock;
    m_job.setFuture(QtConcurrent::run([path, clock, job]() -> Status {
        // A connection of this worker thread's own; closed when the job ends.
        OpenOptions options;
        options.path = path;
        auto db = Database::open(options);
        if (!db)
            return db.error();
        return job(**db, *clock);
    }));
}

void UsersPage::addUser()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a staff account"));
    auto* form = new QFormLayout(&dialog);
    auto* username = new QLineEdit(&dialog);
    auto* name = new QLineEdit(&dialog);
    auto* password = passwordEdit(&dialog);
    auto* confirm = passwordEdit(&dialog);
    form->addRow(tr("Username"), username);
    form->addRow(tr("Full name"), name);
    form->addRow(tr("Password"), password);
    form->addRow(tr("Password again"), confirm);
    RoleBoxes roles(&dialog, form, tr("Roles"), Roles(Role::Registrar));
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (password->text() != confirm->text()) {
        showStatus(tr("Password: the two entries differ; add the account again."), true);
        return;
    }
    const NewStaff staff{username->text().trimmed(), name->text().trimmed(), password->text(),
                         roles.roles()};
    const QString actor = m_actor.id;
    runInBackground(
        [staff, actor](Database& db, const Clock& clock) -> Status {
            auto added = UserService::add({db, clock, actor}, staff);
            if (!added)
                return added.error();
            return {};
        },
        tr("Added %1.").arg(staff.username));
}

void UsersPage::resetPassword()
{
    const StaffMember* target = selected();
    if (!target) {
        showStatus(tr("Choose a staff member in the list first."), true);
        return;
    }
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset password"),
        tr("New password for %1 (they should change it at their next sign-in):")
            .arg(target->displayName),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString actor = m_actor.id;
    const QString id = target->id;
    runInBackground(
        [actor, id, password](Database& db, const Clock& clock) {
            return UserService::changePassword({db, clock, actor}, id, {}, password);
        },
        tr("Password of %1 reset.").arg(target->username));
}

void UsersPage::toggleDisabled()
{
    const StaffMember* target = selected();
    if (!target) {
        showStatus(tr("Choose a staff member in the list first."), true);
        return;
    }
    const bool disable = !target->disabled;
    const QString username = target->username;
    const Status done =
        UserService::setDisabled(m_site.serviceContext(m_actor.id), target->id, disable);
    showStatus(done ? (disable ? tr("Disabled %1.") : tr("Enabled %1.")).arg(username)
                    : done.error().message,
               !done.ok());
    refresh();
}

void UsersPage::editRoles()
{
    const StaffMember* target = selected();
    if (!target) {
        showStatus(tr("Choose a staff member in the list first."), true);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Roles of %1").arg(target->displayName));
    auto* form = new QFormLayout(&dialog);
    RoleBoxes roles(&dialog, form, tr("Roles"), target->roles);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString username = target->username;
    auto done = UserService::setRoles(m_site.serviceContext(m_actor.id), target->id, roles.roles());
    showStatus(done ? tr("Roles of %1 changed.").arg(username) : done.error().message, !done.ok());
    refresh();
}

void UsersPage::setMyPin()
{
    if (m_actor.id.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("My unlock PIN"));
    auto* form = new QFormLayout(&dialog);
    auto* pin = passwordEdit(&dialog);
    pin->setObjectName(QStringLiteral("pinEdit"));
    auto* password = passwordEdit(&dialog);
    password->setObjectName(QStringLiteral("pinPassword"));
    auto* hint = new QLabel(tr("4 to 6 digits. The PIN only unlocks your own locked desk; "
                               "signing in always needs the password."),
                            &dialog);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(tr("PIN"), pin);
    form->addRow(tr("Your password"), password);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString actor = m_actor.id;
    const QString newPin = pin->text();
    const QString pw = password->text();
    runInBackground(
        [actor, newPin, pw](Database& db, const Clock& clock) {
            return UserService::setPin({db, clock, actor}, actor, newPin, pw);
        },
        tr("Your PIN is set. It unlocks your desk after the idle lock."));
}

void UsersPage::saveIdleLock()
{
    const Status done = SiteAdminService::setIdleLockMinutes(m_site.serviceContext(m_actor.id),
                                                             m_idleMinutes->value());
    if (done)
        m_idleLoaded = m_idleMinutes->value();
    showStatus(done ? tr("Desks now lock after %1 minute(s) without input; this applies at the "
                         "next sign-in.")
                          .arg(m_idleMinutes->value())
                    : done.error().message,
               !done.ok());
}

void UsersPage::checkKeychain()
{
    if (m_probe)
        return;
    m_keychainCheck->setEnabled(false);
    m_keychainProbe->setText(tr("Asking the system keychain (at most %1 s)…")
                                 .arg(signingkey::kGuiKeychainTimeoutMs / 1000));
    m_probe = new KeychainProbe(signingkey::kGuiKeychainTimeoutMs, this);
    connect(m_probe, &KeychainProbe::finished, this, [this](const KeychainStatus& status) {
        m_keychainProbe->setText(status.message);
        m_keychainProbe->setStyleSheet(
            colourTextStyle(status.available ? kOkColour : kErrorColour));
        m_keychainCheck->setEnabled(true);
        m_probe->deleteLater();
        m_probe = nullptr;
    });
    m_probe->start();
}

}  // namespace vax::ui
