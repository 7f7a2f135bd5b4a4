#pragma once

#include <QString>

class QWidget;

namespace vax::test {
// Saves widget->grab() as <build>/screenshots/<name>.png and returns the path (empty on failure).
QString saveScreenshot(QWidget* widget, const QString& name);
}  // namespace vax::test
