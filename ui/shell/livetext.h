#pragma once

#include <QString>

#include <functional>

class QLabel;

namespace vax::ui {

// Messages a screen sets from code ("Number 3 has left.", "Recorded 5.0 °C.") do not change by
// themselves when the language is switched at runtime: retranslate() only redoes the fixed
// texts. These helpers make such a label follow the language.
//
// Shows render() now and renders it again after every language switch. If the label's text was
// replaced by other code in between, the switch clears it instead (a stale message never stays
// in the previous language).
void setLiveText(QLabel* label, std::function<QString()> render);
// For a label whose messages come already rendered (e.g. an error message from core): a
// language switch clears it unless its current text came from setLiveText().
void clearOnLanguageChange(QLabel* label);

}  // namespace vax::ui
