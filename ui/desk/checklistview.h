#pragma once

#include <QHash>
#include <QWidget>

#include <vector>

#include "verification/checklist.h"

class QLabel;

namespace vax::ui {

// The checklist of the injection desk in its three groups, 三查 / 七对 / 一验证 (DOMAIN.md §2):
// every item with a large mark (✓ ✗ ? !), a colour AND a word for its state — never colour
// alone — what was checked, and the reason of each finding in words. Items that wait for the
// nurse's eyes show the key that confirms them.
class ChecklistView final : public QWidget {
    Q_OBJECT
public:
    explicit ChecklistView(QWidget* parent = nullptr);

    // `keys`: the key hint shown beside items that wait for a confirmation (e.g. "Space", "V").
    void setResult(const ChecklistResult& result,
                   const QHash<ChecklistItemKey, QString>& keys = {});
    void clear();
    void retranslate();

    static QString mark(CheckState state);  // ✓ ! ? ✗
    static QString stateWord(CheckState state);
    static QString stateColour(CheckState state);

private:
    struct Row {
        QLabel* mark = nullptr;
        QLabel* title = nullptr;
        QLabel* detail = nullptr;
    };
    std::vector<Row> m_rows;  // by ChecklistItemKey
    QLabel* m_groupTitles[3] = {};
};

}  // namespace vax::ui
