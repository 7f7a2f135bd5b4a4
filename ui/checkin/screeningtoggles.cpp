#include "checkin/screeningtoggles.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

#include "common/i18n.h"
#include "shell/style.h"

namespace vax::ui {

ScreeningToggles::ScreeningToggles(const Questionnaire& questionnaire, QWidget* parent)
    : QWidget(parent), m_questionnaire(questionnaire)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    const auto& questions = questionnaire.questions();
    m_answers.assign(questions.size(), std::nullopt);
    for (int i = 0; i < count(); ++i) {
        Row row;
        row.number = new QLabel(QString::number(i + 1), this);
        row.number->setAlignment(Qt::AlignCenter);
        row.number->setFixedWidth(28);
        row.text = new QLabel(this);
        row.text->setWordWrap(true);
        row.yes = new QPushButton(this);
        row.no = new QPushButton(this);
        for (QPushButton* b : {row.yes, row.no}) {
            b->setFocusPolicy(Qt::NoFocus);
            b->setCheckable(true);
            b->setFixedSize(60, 26);
        }
        row.yes->setObjectName(QStringLiteral("screeningYes_%1").arg(questions.at(i).id));
        row.no->setObjectName(QStringLiteral("screeningNo_%1").arg(questions.at(i).id));
        connect(row.yes, &QPushButton::clicked, this, [this, i] { set(i, true); });
        connect(row.no, &QPushButton::clicked, this, [this, i] { set(i, false); });
        grid->addWidget(row.number, i, 0);
        grid->addWidget(row.text, i, 1);
        grid->addWidget(row.yes, i, 2);
        grid->addWidget(row.no, i, 3);
        m_rows.push_back(row);
    }
    retranslate();
}

void ScreeningToggles::retranslate()
{
    const QString language = currentLanguage();
    const auto& questions = m_questionnaire.questions();
    for (int i = 0; i < count(); ++i) {
        const Row& row = m_rows.at(static_cast<size_t>(i));
        row.text->setText(questions.at(static_cast<size_t>(i)).text(language));
        row.yes->setText(tr("Yes"));
        row.no->setText(tr("No"));
        paintRow(i);
    }
}

void ScreeningToggles::clear()
{
    for (int i = 0; i < count(); ++i)
        m_answers[static_cast<size_t>(i)].reset();
    for (int i = 0; i < count(); ++i)
        paintRow(i);
    emit changed();
}

void ScreeningToggles::set(int index, std::optional<bool> answer)
{
    if (index < 0 || index >= count())
        return;
    m_answers[static_cast<size_t>(index)] = answer;
    paintRow(index);
    emit changed();
}

void ScreeningToggles::toggle(int index)
{
    if (index < 0 || index >= count())
        return;
    const auto& a = m_answers.at(static_cast<size_t>(index));
    set(index, !(a && *a));
}

void ScreeningToggles::answerOpenQuestionsNo()
{
    for (int i = 0; i < count(); ++i) {
        if (!m_answers.at(static_cast<size_t>(i)))
            m_answers[static_cast<size_t>(i)] = false;
        paintRow(i);
    }
    emit changed();
}

bool ScreeningToggles::complete() const
{
    for (const auto& a : m_answers) {
        if (!a)
            return false;
    }
    return true;
}

ScreeningAnswers ScreeningToggles::answers() const
{
    ScreeningAnswers out;
    const auto& questions = m_questionnaire.questions();
    for (int i = 0; i < count(); ++i) {
        if (const auto& a = m_answers.at(static_cast<size_t>(i)))
            out.insert(questions.at(static_cast<size_t>(i)).id, *a);
    }
    return out;
}

void ScreeningToggles::setAnswers(const ScreeningAnswers& answers)
{
    const auto& questions = m_questionnaire.questions();
    for (int i = 0; i < count(); ++i) {
        const QString& id = questions.at(static_cast<size_t>(i)).id;
        m_answers[static_cast<size_t>(i)] =
            answers.contains(id) ? std::optional<bool>(answers.value(id)) : std::nullopt;
        paintRow(i);
    }
    emit changed();
}

void ScreeningToggles::setActive(bool active)
{
    for (const Row& row : m_rows)
        row.number->setStyleSheet(active ? QStringLiteral("background:#1d4f91; color:white; "
                                                          "border-radius:4px; font-weight:bold;")
                                         : QStringLiteral("color:#555;"));
}

void ScreeningToggles::paintRow(int index)
{
    const Row& row = m_rows.at(static_cast<size_t>(index));
    const auto& a = m_answers.at(static_cast<size_t>(index));
    row.yes->setChecked(a && *a);
    row.no->setChecked(a && !*a);
    const QString base =
        QStringLiteral("padding: 0px; border: 1px solid #999; border-radius: 3px;");
    row.yes->setStyleSheet(base + (a && *a ? QStringLiteral("background:%1; color:white; "
                                                            "font-weight:bold;")
                                                 .arg(QLatin1String(kErrorColour))
                                           : QStringLiteral("background:white;")));
    row.no->setStyleSheet(
        base + (a && !*a
                    ? QStringLiteral("background:%1; color:white;").arg(QLatin1String(kOkColour))
                    : QStringLiteral("background:white;")));
    row.text->setStyleSheet(a && *a ? errorTextStyle() : QString());
}

}  // namespace vax::ui
