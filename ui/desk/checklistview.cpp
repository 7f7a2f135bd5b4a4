#include "desk/checklistview.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "shell/style.h"

namespace vax::ui {

namespace {
constexpr const char* kWaitColour = "#1d4f91";
constexpr const char* kWarnColour = "#8a5a00";

int groupIndex(ChecklistGroup group)
{
    switch (group) {
        case ChecklistGroup::ThreeChecks:
            return 0;
        case ChecklistGroup::SevenVerifications:
            return 1;
        case ChecklistGroup::OneValidation:
            return 2;
    }
    return 0;
}
}  // namespace

ChecklistView::ChecklistView(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(0);
    grid->setColumnStretch(1, 1);
    int row = 0;
    int lastGroup = -1;
    m_rows.resize(allChecklistItems().size());
    for (ChecklistItemKey key : allChecklistItems()) {
        const int g = groupIndex(checklistGroupOf(key));
        if (g != lastGroup) {
            auto* title = new QLabel(this);
            title->setObjectName(QStringLiteral("checkGroup%1").arg(g));
            scaleFont(title, 1.0, true);
            title->setStyleSheet(
                QStringLiteral("color:#1a1a1a; background:#e4e9f0; "
                               "padding:1px 6px;"));
            grid->addWidget(title, row++, 0, 1, 2);
            m_groupTitles[g] = title;
            lastGroup = g;
        }
        Row& r = m_rows[static_cast<size_t>(key)];
        const QString name = checklistItemName(key);
        r.mark = new QLabel(this);
        r.mark->setObjectName(QStringLiteral("check_") + name);
        r.mark->setAlignment(Qt::AlignCenter);
        r.mark->setFixedSize(36, 24);
        scaleFont(r.mark, 1.25, true);
        // Title, state word and what was checked on one line; each finding's reason below.
        r.title = new QLabel(this);
        r.title->setObjectName(QStringLiteral("checkTitle_") + name);
        r.title->setWordWrap(true);
        r.detail = new QLabel(this);
        r.detail->setObjectName(QStringLiteral("checkDetail_") + name);
        r.detail->setWordWrap(true);
        auto* text = new QWidget(this);
        auto* textLayout = new QVBoxLayout(text);
        textLayout->setContentsMargins(0, 1, 0, 1);
        textLayout->setSpacing(0);
        textLayout->addWidget(r.title);
        textLayout->addWidget(r.detail);
        grid->addWidget(r.mark, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        ++row;
    }
    grid->setRowStretch(row, 1);
    retranslate();
    clear();
}

QString ChecklistView::mark(CheckState state)
{
    switch (state) {
        case CheckState::Pass:
            return QStringLiteral("✓");
        case CheckState::Warning:
            return QStringLiteral("!");
        case CheckState::NeedsConfirmation:
            return QStringLiteral("?");
        case CheckState::Fail:
            return QStringLiteral("✗");
    }
    return {};
}

QString ChecklistView::stateWord(CheckState state)
{
    switch (state) {
        case CheckState::Pass:
            return tr("OK");
        case CheckState::Warning:
            return tr("note");
        case CheckState::NeedsConfirmation:
            return tr("waiting");
        case CheckState::Fail:
            return tr("STOP");
    }
    return {};
}

QString ChecklistView::stateColour(CheckState state)
{
    switch (state) {
        case CheckState::Pass:
            return QLatin1String(kOkColour);
        case CheckState::Warning:
            return QLatin1String(kWarnColour);
        case CheckState::NeedsConfirmation:
            return QLatin1String(kWaitColour);
        case CheckState::Fail:
            return QLatin1String(kErrorColour);
    }
    return {};
}

void ChecklistView::retranslate()
{
    m_groupTitles[0]->setText(tr("三查 Three checks"));
    m_groupTitles[1]->setText(tr("七对 Seven verifications"));
    m_groupTitles[2]->setText(tr("一验证 The person verifies"));
}

void ChecklistView::clear()
{
    for (Row& r : m_rows) {
        r.mark->setText(QStringLiteral("·"));
        r.mark->setStyleSheet(QStringLiteral("color:#888; border:2px solid #ccc;"));
        r.title->clear();
        r.detail->clear();
        r.detail->hide();
    }
}

void ChecklistView::setResult(const ChecklistResult& result,
                              const QHash<ChecklistItemKey, QString>& keys)
{
    for (const ChecklistItem& item : result.items) {
        Row& r = m_rows[static_cast<size_t>(item.key)];
        const QString colour = stateColour(item.state);
        r.mark->setText(mark(item.state));
        r.mark->setStyleSheet(
            QStringLiteral("color:white; background:%1; border-radius:4px;").arg(colour));
        QString title = QStringLiteral("<b>%1</b> — <b style='color:%2'>%3</b>")
                            .arg(item.title.toHtmlEscaped(), colour, stateWord(item.state));
        const QString key = keys.value(item.key);
        if (!key.isEmpty())
            title += QStringLiteral(
                         " <span style='color:white; background:%1; font-weight:bold;'>"
                         "&nbsp;%2&nbsp;</span>")
                         .arg(QLatin1String(kWaitColour), key.toHtmlEscaped());
        if (!item.detail.isEmpty())
            title += QStringLiteral(" <span style='color:#333;'>· %1</span>")
                         .arg(item.detail.toHtmlEscaped());
        r.title->setText(title);
        QStringList lines;
        for (const CheckFinding& f : item.findings) {
            const QString c = stateColour(f.state);
            QString text = f.message.toHtmlEscaped();
            if (f.overridden)
                text = tr("Overridden by a doctor: %1").arg(text);
            else if (f.overridable && f.blocks)
                text += QLatin1Char(' ') + tr("(Ctrl+D: doctor's decision)");
            lines << QStringLiteral("<span style='color:%1'>%2</span>").arg(c, text);
        }
        r.detail->setText(lines.join(QStringLiteral("<br>")));
        r.detail->setVisible(!lines.isEmpty());
    }
}

}  // namespace vax::ui
