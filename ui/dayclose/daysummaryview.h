#pragma once

#include <QWidget>

#include "dayclose/dayclose.h"

class QChartView;
class QLabel;

namespace vax::ui {

// The day in figures beside two charts: doses per hour, and doses by age group and sex. Redrawn
// from the day's summary (and after a language switch, by the page that owns it).
class DaySummaryView final : public QWidget {
    Q_OBJECT
public:
    explicit DaySummaryView(QWidget* parent = nullptr);

    void setSummary(const DaySummary& summary);

private:
    QLabel* m_figures = nullptr;
    QChartView* m_hourly = nullptr;
    QChartView* m_ages = nullptr;
};

}  // namespace vax::ui
