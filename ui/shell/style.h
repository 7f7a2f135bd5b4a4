#pragma once

#include <QFont>
#include <QStringList>

class QApplication;
class QWidget;

namespace vax::ui {

// The look every screen shares: large readable type (nurses work at arm's length), a CJK-capable
// font family order, and the colours the states use everywhere.
void applyAppStyle(QApplication& app);

inline constexpr const char* kTrainingColour = "#b35900";  // training banner, amber
inline constexpr const char* kOkColour = "#1b7f3b";
inline constexpr const char* kErrorColour = "#b3261e";

// The font families every screen and printout uses, Latin first, then CJK (fonts-noto-cjk).
QStringList fontFamilies();
// A font for painted documents (tickets, certificates, printed sheets): `pixelHeight` pixels of
// the painter's device, at least 1.
QFont documentFont(double pixelHeight, bool bold = false);
// A monospace font for codes printed on documents (DejaVu Sans Mono), `pixelHeight` as above.
QFont documentCodeFont(double pixelHeight);

// The style sheets of messages, in one place so every screen's messages look alike.
// An error message beside a field: the error colour, bold.
QString errorTextStyle();
// A message in a state's colour (kOkColour, kErrorColour, kTrainingColour), bold or not.
QString colourTextStyle(const char* colour, bool bold = false);
// A banner across the screen for what stops the work (not saved, a contraindication): white on
// the error colour, bold.
QString errorBannerStyle();

// The font of a table cell that needs attention (an open excursion, a quarantined lot, the time
// left on a vial): the application font, bold.
QFont attentionFont();

// Makes a widget's font `factor` times the application font.
void scaleFont(QWidget* widget, double factor, bool bold = false);

}  // namespace vax::ui
