#pragma once

#include <QDateTime>
#include <QtCharts/QChartView>

#include <vector>

#include "coldchain/coldchainservice.h"
#include "coldchain/fridges.h"
#include "coldchain/lotquarantine.h"

namespace vax::ui {

// Points to draw for a run of readings: at most about 2 × `buckets` of them, each time bucket
// keeping its lowest and highest reading in time order, so a short peak is never smoothed away.
// Pure.
std::vector<StoredReading> chartPoints(const std::vector<StoredReading>& readings, int buckets);

// A fridge's readings over a window: the temperature line, the allowed band (e.g. 2–8 °C)
// shaded, readings outside it as red points and each excursion as a red span.
class FridgeChart final : public QChartView {
    Q_OBJECT
public:
    explicit FridgeChart(QWidget* parent = nullptr);
    void show(const Fridge& fridge, const std::vector<StoredReading>& readings,
              const std::vector<ExcursionRecord>& excursions, const QDateTime& from,
              const QDateTime& to);
    using QChartView::show;
};

}  // namespace vax::ui
