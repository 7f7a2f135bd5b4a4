#pragma once

#include <QFutureWatcher>
#include <QWidget>

#include "security/staff.h"
#include "site/sitecontext.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QComboBox;

namespace vax::ui {

// The login screen. The Argon2id check runs on a worker thread; the database is only touched on
// the GUI thread (its connection belongs there). A training database shows its demo login.
class LoginPage : public QWidget {
    Q_OBJECT
public:
    explicit LoginPage(SiteContext& site, QWidget* parent = nullptr);
    void reset();
    // Shows a message above the form (e.g. why the last session ended).
    void showMessage(const QString& message);

signals:
    void loggedIn(const vax::StaffMember& member);
    void languageChosen(const QString& language);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void submit();
    void finish();
    void showError(const QString& message);

    SiteContext& m_site;
    QLabel* m_title = nullptr;
    QLabel* m_siteLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_submit = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_demo = nullptr;
    QComboBox* m_language = nullptr;
    QFutureWatcher<bool> m_check;
    std::optional<StaffCredentials> m_pending;
};

}  // namespace vax::ui
