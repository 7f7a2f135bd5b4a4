#pragma once

#include <QString>

class QWidget;

namespace vax::test {
// Saves widget->grab() as <build>/screenshots/<name>.png and returns the path (empty on failure).
QString saveScreenshot(QWidget* widget, const QString& name);
// The same in `language` (e.g. "zh_CN"): switches the running application to it for the grab
// (every page retranslates on LanguageChange), then back to "en", in which the tests assert.
// Saved as <name>-<language>.png.
QString saveScreenshotIn(QWidget* widget, const QString& name, const QString& language);
}  // namespace vax::test
