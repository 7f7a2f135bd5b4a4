#pragma once

#include <QWidget>

#include "desk/deskcontext.h"

class QLabel;
class QPushButton;

namespace vax::ui {

// The called person at the injection desk, on the nurse's own screen: queue number, full name,
// sex, age, the document (masked), the dose due, the dose history and a button that prints the
// person's vaccination certificate (Ctrl+P at the desk).
class PersonCard final : public QWidget {
    Q_OBJECT
public:
    explicit PersonCard(QWidget* parent = nullptr);

    // `doseDue`: the dose due (or given) in words; `blocked`: it cannot be given today (in red).
    void setPerson(const DeskContext& context, const QString& documentNumber,
                   const QString& doseDue, bool blocked);
    void clear();
    void retranslate();

    static QString productName(const QString& productCode);

signals:
    void printCertificateRequested();

private:
    QLabel* m_heading = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_historyHeading = nullptr;
    QLabel* m_history = nullptr;
    QPushButton* m_printCertificate = nullptr;
};

}  // namespace vax::ui
