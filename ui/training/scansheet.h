#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QRectF>
#include <QString>

#include <vector>

#include "training/trainingcodes.h"

class QPainter;

namespace vax::ui {

// Printable practice sheets for a training database (A4 portrait): per lot a block with the
// product and lot in the screen's language, the lot's GS1 DataMatrix box code with its
// human-readable element string, and Data Matrix codes of some of its boxes' trace codes. A
// nurse scans them at the desk, at receipt or at check-in exactly as real boxes.
class ScanSheet {
    Q_DECLARE_TR_FUNCTIONS(ScanSheet)
public:
    ScanSheet(QString siteName, QDate printedOn, std::vector<TrainingLotCodes> lots);

    int pageCount() const;
    int lotCount() const { return static_cast<int>(m_lots.size()); }
    int codeCount() const;  // Data Matrix symbols on all pages

    // Where a code sits on a page (millimetres from the paper's top-left corner, quiet zone
    // included) and what a scanner reads from it.
    struct PlacedCode {
        QRectF boxMm;
        QByteArray payload;  // GS separators as 0x1D, no AIM id
        bool gs1 = false;
    };
    std::vector<PlacedCode> codesOnPage(int page) const;

    // Paints page `page` (0-based) with its top-left at the painter's origin, `dotsPerMm`
    // device units per millimetre.
    void paintPage(QPainter& painter, int page, double dotsPerMm) const;
    // Every page as one PDF document.
    QByteArray toPdf() const;
    // One page as an image at `dpi` (white paper), e.g. for a screenshot or to decode it.
    QImage renderPage(int page, int dpi) const;

    static constexpr double kPageWidthMm = 210.0;
    static constexpr double kPageHeightMm = 297.0;

private:
    struct Block {
        int lot = 0;  // index into m_lots
        double topMm = 0;
    };
    std::vector<Block> blocksOnPage(int page) const;

    QString m_siteName;
    QDate m_printedOn;
    std::vector<TrainingLotCodes> m_lots;
};

}  // namespace vax::ui
