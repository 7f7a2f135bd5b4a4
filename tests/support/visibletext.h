#pragma once

// The text a person sees on screen, for the GUI tests that search it (raw codes, English words
// in a Chinese screen): every visible label, button, line edit, combo box item, group box title,
// tab, table cell and header, status bar message and menu title. Tooltips are left out.
#include <QString>

#include <vector>

class QWidget;

namespace vax::test {

struct Shown {
    QString widget;  // object names (else class names) from the window down, e.g. "DeskPage/x"
    QString text;
};

// The visible texts under `root`; without one, of every visible top-level window, with its title.
std::vector<Shown> visibleTexts(QWidget* root = nullptr);

}  // namespace vax::test
