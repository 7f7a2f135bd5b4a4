#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

#include <optional>

#include "security/staff.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;

namespace vax::ui {

// A doctor allows a dose that the checklist blocks for an overridable reason (DOMAIN.md §2):
// the doctor's username and password (checked off the GUI thread, counted like a login) and the
// reason. Keyboard only: Enter moves to the next field and, on the reason, decides; Esc cancels.
class OverrideDialog final : public QDialog {
    Q_OBJECT
public:
    // `findings`: what the doctor overrides, in words.
    OverrideDialog(SiteContext& site, const QStringList& findings, QWidget* parent = nullptr);

    QString doctorId() const { return m_doctorId; }
    QString reason() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void finish();
    void showError(const QString& message);

    SiteContext& m_site;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QFutureWatcher<bool> m_check;
    std::optional<StaffCredentials> m_pending;
    QString m_doctorId;
};

}  // namespace vax::ui
