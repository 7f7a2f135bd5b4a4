#include "ui/screenshot.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

#include "common/i18n.h"

namespace vax::test {

QString saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(VAX_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QApplication::processEvents();  // let pending layout changes land before the grab
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

QString saveScreenshotIn(QWidget* widget, const QString& name, const QString& language)
{
    installTranslations(*qApp, language);
    // Pages rebuild their texts and charts from posted events (LanguageChange, layout
    // requests, deferred deletes): let them all run before the grab.
    QTest::qWait(200);
    const QString path = saveScreenshot(widget, name + QLatin1Char('-') + language);
    installTranslations(*qApp, QStringLiteral("en"));
    QTest::qWait(200);
    return path;
}

}  // namespace vax::test
