#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "checkin/screening.h"

class QLabel;
class QPushButton;

namespace vax::ui {

// The screening questions as compact numbered yes/no rows. Built for the keyboard (the check-in
// panel forwards keys): the question's number toggles it, N answers every open question "no" —
// so the common case "all no" is one key. Buttons never take focus: the scan field keeps it.
class ScreeningToggles final : public QWidget {
    Q_OBJECT
public:
    explicit ScreeningToggles(const Questionnaire& questionnaire, QWidget* parent = nullptr);

    int count() const { return static_cast<int>(m_answers.size()); }
    void clear();
    // index 0-based: open or "no" → yes; yes → no.
    void toggle(int index);
    void answerOpenQuestionsNo();
    bool complete() const;
    ScreeningAnswers answers() const;  // answered questions only
    void setAnswers(const ScreeningAnswers& answers);
    void setActive(bool active);
    void retranslate();

signals:
    void changed();

private:
    struct Row {
        QLabel* number = nullptr;
        QLabel* text = nullptr;
        QPushButton* yes = nullptr;
        QPushButton* no = nullptr;
    };
    void set(int index, std::optional<bool> answer);
    void paintRow(int index);

    const Questionnaire& m_questionnaire;
    std::vector<std::optional<bool>> m_answers;
    std::vector<Row> m_rows;
};

}  // namespace vax::ui
