#pragma once

class QApplication;
class QWidget;

namespace vax::ui {

// The look every screen shares: large readable type (nurses work at arm's length), a CJK-capable
// font family order, and the colours the states use everywhere.
void applyAppStyle(QApplication& app);

inline constexpr const char* kTrainingColour = "#b35900";  // training banner, amber
inline constexpr const char* kOkColour = "#1b7f3b";
inline constexpr const char* kErrorColour = "#b3261e";

// Makes a widget's font `factor` times the application font.
void scaleFont(QWidget* widget, double factor, bool bold = false);

}  // namespace vax::ui
