#include "checkin/duplicatedialog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "shell/sitetime.h"
#include "shell/style.h"

namespace vax::ui {

DuplicateDialog::DuplicateDialog(std::vector<Person> candidates, const QString& name,
                                 QWidget* parent)
    : QDialog(parent), m_candidates(std::move(candidates))
{
    setObjectName(QStringLiteral("duplicateDialog"));
    setWindowTitle(tr("Possibly the same person"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(tr("%1 with the same birth date is already on file with another "
                               "document. Is it the same person?")
                                .arg(name),
                            this);
    text->setWordWrap(true);
    scaleFont(text, 1.1, true);
    layout->addWidget(text);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicateCandidates"));
    for (const Person& p : m_candidates)
        m_list->addItem(tr("%1 · born %2 · phone %3 · on file since %4")
                            .arg(p.name, p.birthDate.toString(Qt::ISODate),
                                 p.phone.isEmpty() ? QStringLiteral("—") : p.phone,
                                 inSiteZone(p.createdAt).date().toString(Qt::ISODate)));
    m_list->setCurrentRow(0);
    m_list->installEventFilter(this);
    layout->addWidget(m_list);
    auto* linkButton = new QPushButton(tr("L — Same person: add this document"), this);
    auto* newButton = new QPushButton(tr("N — A different person: register new"), this);
    auto* cancel = new QPushButton(tr("Esc — Back to the form"), this);
    connect(linkButton, &QPushButton::clicked, this, &DuplicateDialog::link);
    connect(newButton, &QPushButton::clicked, this, &DuplicateDialog::confirmNew);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (QPushButton* b : {linkButton, newButton, cancel}) {
        b->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(b);
    }
    linkButton->setEnabled(!m_candidates.empty());
    m_list->setFocus();
}

bool DuplicateDialog::handleKey(int key)
{
    if (key == Qt::Key_L) {
        link();
        return true;
    }
    if (key == Qt::Key_N) {
        confirmNew();
        return true;
    }
    return false;
}

void DuplicateDialog::keyPressEvent(QKeyEvent* event)
{
    if (!handleKey(event->key()))
        QDialog::keyPressEvent(event);
}

// The list would take L and N for its type-ahead search.
bool DuplicateDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        handleKey(static_cast<QKeyEvent*>(event)->key()))
        return true;
    return QDialog::eventFilter(watched, event);
}

void DuplicateDialog::link()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= static_cast<int>(m_candidates.size()))
        return;
    const QString id = m_candidates.at(static_cast<size_t>(row)).id;
    accept();
    emit resolved({DuplicateResolution::LinkToExisting, id});
}

void DuplicateDialog::confirmNew()
{
    accept();
    emit resolved({DuplicateResolution::ConfirmNewPerson, {}});
}

}  // namespace vax::ui
