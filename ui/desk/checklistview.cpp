#include "desk/checklistview.h"

#include <QGridLayout>
#include <QLabel>

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
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(1, 1);
    int row = 0;
    int lastGroup = -1;
    m_rows.resize(allChecklistItems().size());
    for (ChecklistItemKey key : allChecklistItems()) {
        const int g = groupIndex(checklistGroupOf(key));
        if (g != lastGroup) {
            auto* title = new QLabel(this);
            title->setObjectName(QStringLiteral("checkGroup%1").arg(g));
            scaleFont(title, 1.1, true);
            title->setStyleSheet(QStringLiteral("color:#1a1a1a; background:#e4e9f0; "
                                                "padding:2px 6px;"));
            grid->addWidget(title, row++, 0, 1, 3);
            m_groupTitles[g] = title;
            lastGroup = g;
        }
        Row& r = m_rows[static_cast<size_t>(key)];
        const QString name = checklistItemName(key);
        r.mark = new QLabel(this);
        r.mark->setObjectName(QStringLiteral("check_") + name);
        r.mark->setAlignment(Qt::AlignCenter);
        r.mark->setFixedWidth(44);
        scaleFont(r.mark, 1.7, true);
        r.title = new QLabel(this);
        r.title->setObjectName(QStringLiteral("checkTitle_") + name);
        scaleFont(r.title, 1.0);
        r.detail = new QLabel(this);
        r.detail->setObjectName(QStringLiteral("checkDetail_") + name);
        r.detail->setWordWrap(true);
        r.key = new QLabel(this);
        r.key->setObjectName(QStringLiteral("checkKey_") + name);
        r.key->setAlignment(Qt::AlignCenter);
        scaleFont(r.key, 1.0, true);
        auto* text = new QWidget(this);
        auto* textLayout = new QVBoxLayout(text);
        textLayout->setContentsMargins(0, 0, 0, 0);
        textLayout->setSpacing(0);
        textLayout->addWidget(r.title);
        textLayout->addWidget(r.detail);
        grid->addWidget(r.mark, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        grid->addWidget(r.key, row, 2, Qt::AlignTop);
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
        r.key->clear();
        r.key->hide();
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
        r.title->setText(QStringLiteral("<b>%1</b> — <b style='color:%2'>%3</b>")
                             .arg(item.title.toHtmlEscaped(), colour, stateWord(item.state)));
        QStringList lines;
        if (!item.detail.isEmpty())
            lines << item.detail.toHtmlEscaped();
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
        const QString key = keys.value(item.key);
        r.key->setText(key);
        r.key->setStyleSheet(QStringLiteral("color:white; background:%1; padding:2px 8px; "
                                            "border-radius:4px;")
                                 .arg(QLatin1String(kWaitColour)));
        r.key->setVisible(!key.isEmpty());
    }
}

}  // namespace vax::ui
