#include "shell/style.h"

#include <QApplication>
#include <QFont>
#include <QWidget>

#include <algorithm>

namespace vax::ui {

QStringList fontFamilies()
{
    return {QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"),
            QStringLiteral("Noto Sans CJK TC"), QStringLiteral("WenQuanYi Micro Hei"),
            QStringLiteral("Microsoft YaHei")};
}

QFont documentFont(double pixelHeight, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPixelSize(std::max(1, static_cast<int>(pixelHeight)));
    f.setBold(bold);
    return f;
}

QFont attentionFont()
{
    QFont f;
    f.setBold(true);
    return f;
}

QFont documentCodeFont(double pixelHeight)
{
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setStyleHint(QFont::Monospace);
    f.setPixelSize(std::max(1, static_cast<int>(pixelHeight)));
    return f;
}

void applyAppStyle(QApplication& app)
{
    QFont font = app.font();
    // Latin text in Noto Sans; Chinese falls back to Noto Sans CJK (fonts-noto-cjk).
    font.setFamilies(fontFamilies());
    if (font.pointSizeF() < 11)
        font.setPointSizeF(11);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(
        "QPushButton { padding: 6px 16px; }"
        "QLineEdit { padding: 4px; }"
        "QListWidget#workspaceNav { font-size: 13pt; border: none; background: #f1f4f8; }"
        "QListWidget#workspaceNav::item { padding: 12px 16px; border: none; color: #1a1a1a; }"
        "QListWidget#workspaceNav::item:selected { background: #1d4f91; color: white; }"
        "QLabel#trainingBanner { background: #b35900; color: white; font-weight: bold;"
        "  padding: 6px; }"
        "QLabel#backupBanner { background: #b3261e; color: white; font-weight: bold;"
        " padding: 6px; }"
        "QLabel#zoneBanner { background: #b3261e; color: white; font-weight: bold;"
        "  padding: 6px; }"
        "QLabel#errorLabel { color: #b3261e; font-weight: bold; }"));
}

QString errorTextStyle()
{
    return colourTextStyle(kErrorColour, true);
}

QString colourTextStyle(const char* colour, bool bold)
{
    return bold ? QStringLiteral("color:%1; font-weight:bold;").arg(QLatin1String(colour))
                : QStringLiteral("color:%1;").arg(QLatin1String(colour));
}

QString errorBannerStyle()
{
    return QStringLiteral("color:white; background:%1; padding:6px; font-weight:bold;")
        .arg(QLatin1String(kErrorColour));
}

void scaleFont(QWidget* widget, double factor, bool bold)
{
    QFont f = widget->font();
    f.setPointSizeF(QApplication::font().pointSizeF() * factor);
    f.setBold(bold);
    widget->setFont(f);
}

}  // namespace vax::ui
