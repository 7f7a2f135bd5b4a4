#pragma once

#include <QByteArray>
#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace vax::ui {

// A Data Matrix symbol as its module grid (ECC 200, encoded by libdmtx), drawn as vector
// rectangles so it stays sharp in a PDF at any print size.
class DataMatrix {
public:
    // Encodes `data` in the smallest square symbol that holds it. With `gs1`, the symbol is a
    // GS1 DataMatrix: it starts with FNC1, and every GS (0x1D) in `data` is encoded as FNC1
    // (the separator after a variable-length element), which a scanner sends back as GS.
    // Empty when libdmtx cannot encode it (too long).
    static std::optional<DataMatrix> encode(const QByteArray& data, bool gs1);

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    // Row 0 is the top row, column 0 the left column, as printed.
    bool isDark(int row, int column) const
    {
        return m_modules[static_cast<size_t>(row * m_columns + column)];
    }

    // The modules this symbol needs around it (ISO/IEC 16022: at least one; two is kinder to
    // handheld scanners next to printed text).
    static constexpr int kQuietZone = 2;
    // Paints the symbol with its quiet zone into `box` (a square of the symbol's proportions,
    // centred): white background, one black rectangle per dark module.
    void paint(QPainter& painter, const QRectF& box) const;

private:
    int m_rows = 0;
    int m_columns = 0;
    std::vector<bool> m_modules;
};

}  // namespace vax::ui
