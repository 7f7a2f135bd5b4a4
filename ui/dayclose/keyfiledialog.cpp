#include "dayclose/keyfiledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "security/secretstore.h"
#include "shell/style.h"

namespace vax::ui {

KeyFileDialog::KeyFileDialog(const QString& suggestedPath, const QString& reason, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("keyFileDialog"));
    setWindowTitle(tr("Create a signing key file"));
    m_reason = new QLabel(reason, this);
    m_reason->setWordWrap(true);
    auto* explain = new QLabel(
        tr("Exports are signed with the site's key. Without a system keyring, the key is kept in "
           "a file protected by a passphrase: every export asks for it. Keep a copy of the file "
           "(e.g. on a USB stick) and the passphrase where a site administrator finds them: "
           "without both, this key cannot sign again."),
        this);
    explain->setWordWrap(true);

    m_path = new QLineEdit(QDir::toNativeSeparators(suggestedPath), this);
    m_path->setObjectName(QStringLiteral("keyFilePath"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setAutoDefault(false);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("keyFilePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("keyFilePassphraseRepeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* rule = new QLabel(tr("At least %1 characters; a few unrelated words are easy to type "
                               "and hard to guess.")
                                .arg(FileSecretStore::kMinPassphrase),
                            this);
    rule->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Key file:"), pathRow);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Passphrase again:"), m_repeat);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("keyFileError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(colourTextStyle(kErrorColour));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create the key file"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("keyFileCreate"));
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(rule);  // outside the form: a wrapped label there is cut off
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_browse, &QPushButton::clicked, this, &KeyFileDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &KeyFileDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_passphrase->setFocus();
}

void KeyFileDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Key file"), QDir::fromNativeSeparators(m_path->text()), QString(), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void KeyFileDialog::submit()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        showError(tr("Key file: give the path of the file, e.g. on a USB stick."));
        m_path->setFocus();
        return;
    }
    if (const Status rule = FileSecretStore::checkNewPassphrase(m_passphrase->text()); !rule) {
        showError(rule.error().message);
        m_passphrase->setFocus();
        return;
    }
    if (m_repeat->text() != m_passphrase->text()) {
        showError(tr("Passphrase again: the two passphrases differ; type the same one twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    m_error->clear();
    setBusy(true);
    emit submitted(path, m_passphrase->text());
}

void KeyFileDialog::setBusy(bool busy)
{
    for (QWidget* w : {static_cast<QWidget*>(m_path), static_cast<QWidget*>(m_passphrase),
                       static_cast<QWidget*>(m_repeat), static_cast<QWidget*>(m_create),
                       static_cast<QWidget*>(m_browse)})
        w->setEnabled(!busy);
    if (busy)
        m_error->setText(tr("Creating the key file…"));
}

void KeyFileDialog::showError(const QString& text)
{
    setBusy(false);
    m_error->setText(text);
}

}  // namespace vax::ui
