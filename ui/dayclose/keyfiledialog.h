#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vax::ui {

// "Create a signing key file": where the passphrase-protected key file goes, the passphrase
// twice (checked against the rule vaxctl key init applies). Create only emits submitted(); the
// page makes the file off the GUI thread (signingkey::initFile) and then calls accept() or
// showError(). The typed input stays on screen until it succeeds.
class KeyFileDialog final : public QDialog {
    Q_OBJECT
public:
    KeyFileDialog(const QString& suggestedPath, const QString& reason, QWidget* parent = nullptr);
    void setBusy(bool busy);
    void showError(const QString& text);

signals:
    void submitted(const QString& path, const QString& passphrase);

private:
    void submit();
    void browse();

    QLabel* m_reason = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_browse = nullptr;
};

}  // namespace vax::ui
