#include "ui/screenshot.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QWidget>

namespace vax::test {

QString saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = QStringLiteral(VAX_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QApplication::processEvents();  // let pending layout changes land before the grab
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    return widget->grab().save(path) ? path : QString();
}

}  // namespace vax::test
