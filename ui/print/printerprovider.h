#pragma once

#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace vax::ui {

// Where something is printed: a printer ready to paint on, or null when the user cancelled. The
// app asks with the print dialog; tests hand in a PDF printer so that a key press really prints.
using PrinterProvider =
    std::function<std::unique_ptr<QPrinter>(QWidget* parent, const QString& title)>;

// The print dialog (QPrintDialog): Enter prints, Esc cancels.
std::unique_ptr<QPrinter> askForPrinter(QWidget* parent, const QString& title);
// A printer that writes a PDF file at `path` (QPrinter::PdfFormat), with no dialog.
std::unique_ptr<QPrinter> pdfPrinter(const QString& path);

}  // namespace vax::ui
