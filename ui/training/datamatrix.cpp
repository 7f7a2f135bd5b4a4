#include "training/datamatrix.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <memory>

#include <dmtx.h>

namespace vax::ui {

namespace {
struct EncodeDeleter {
    void operator()(DmtxEncode* e) const { dmtxEncodeDestroy(&e); }
};
}  // namespace

std::optional<DataMatrix> DataMatrix::encode(const QByteArray& data, bool gs1)
{
    std::unique_ptr<DmtxEncode, EncodeDeleter> enc(dmtxEncodeCreate());
    if (!enc)
        return std::nullopt;
    dmtxEncodeSetProp(enc.get(), DmtxPropSizeRequest, DmtxSymbolSquareAuto);
    dmtxEncodeSetProp(enc.get(), DmtxPropModuleSize, 1);
    dmtxEncodeSetProp(enc.get(), DmtxPropMarginSize, 0);
    QByteArray input = data;
    if (gs1) {
        // libdmtx encodes the chosen character as FNC1; a leading one marks GS1 data.
        dmtxEncodeSetProp(enc.get(), DmtxPropFnc1, 0x1D);
        input.prepend('\x1D');
    }
    if (dmtxEncodeDataMatrix(enc.get(), static_cast<int>(input.size()),
                             reinterpret_cast<unsigned char*>(input.data())) != DmtxPass)
        return std::nullopt;
    const int sizeIdx = enc->region.sizeIdx;
    DataMatrix m;
    m.m_rows = dmtxGetSymbolAttribute(DmtxSymAttribSymbolRows, sizeIdx);
    m.m_columns = dmtxGetSymbolAttribute(DmtxSymAttribSymbolCols, sizeIdx);
    m.m_modules.assign(static_cast<size_t>(m.m_rows * m.m_columns), false);
    for (int row = 0; row < m.m_rows; ++row) {
        for (int col = 0; col < m.m_columns; ++col) {
            // libdmtx counts symbol rows from the bottom.
            const int status = dmtxSymbolModuleStatus(enc->message, sizeIdx, row, col);
            m.m_modules[static_cast<size_t>((m.m_rows - 1 - row) * m.m_columns + col)] =
                (status & DmtxModuleOnRGB) != 0;
        }
    }
    return m;
}

void DataMatrix::paint(QPainter& painter, const QRectF& box) const
{
    const int across = m_columns + 2 * kQuietZone;
    const int down = m_rows + 2 * kQuietZone;
    const double module = std::min(box.width() / across, box.height() / down);
    const QPointF origin(box.center().x() - module * across / 2.0,
                         box.center().y() - module * down / 2.0);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(origin, QSizeF(module * across, module * down)));
    // One path of all dark modules: no hairline gaps between neighbours in a PDF viewer.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int row = 0; row < m_rows; ++row) {
        for (int col = 0; col < m_columns; ++col) {
            if (isDark(row, col))
                dark.addRect(QRectF(origin.x() + (col + kQuietZone) * module,
                                    origin.y() + (row + kQuietZone) * module, module, module));
        }
    }
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

}  // namespace vax::ui
