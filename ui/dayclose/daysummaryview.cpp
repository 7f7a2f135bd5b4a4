#include "dayclose/daysummaryview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <algorithm>

#include "charts/axisscale.h"
#include "dayclose/dayclosepage.h"

namespace vax::ui {
namespace {

QChartView* makeChart(const QString& name, QWidget* parent)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

void setBars(QChartView* view, const QString& title, const QStringList& categories,
             const std::vector<std::pair<QString, std::vector<int>>>& sets)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    // removeAxis hands the axis back: delete it, or its labels and grid stay drawn under the new
    // one (seen after a language switch rebuilt the charts).
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    auto* series = new QBarSeries;
    int max = 0;
    for (const auto& [name, values] : sets) {
        auto* set = new QBarSet(name);
        for (int v : values) {
            *set << v;
            max = std::max(max, v);
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setObjectName(QStringLiteral("countAxis"));
    applyScale(y, niceScale(0, max, AxisKind::Count), AxisKind::Count);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
}

}  // namespace

DaySummaryView::DaySummaryView(QWidget* parent) : QWidget(parent)
{
    m_figures = new QLabel(this);
    m_figures->setObjectName(QStringLiteral("dayFigures"));
    m_figures->setTextFormat(Qt::RichText);
    m_hourly = makeChart(QStringLiteral("hourlyChart"), this);
    m_ages = makeChart(QStringLiteral("ageChart"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figures);
    layout->addWidget(m_hourly, 3);
    layout->addWidget(m_ages, 3);
}

// The strings keep the day close page's translation context (translations/*.ts).
void DaySummaryView::setSummary(const DaySummary& s)
{
    m_figures->setText(
        DayClosePage::tr("<table cellpadding='3'>"
                         "<tr><td>Check-ins</td><td align='right'><b>%1</b></td></tr>"
                         "<tr><td>Doses given</td><td align='right'><b>%2</b></td></tr>"
                         "<tr><td>Corrected (entered in error)</td><td align='right'>%3</td></tr>"
                         "<tr><td>Deferred</td><td align='right'>%4</td></tr>"
                         "<tr><td>Adverse events</td><td align='right'>%5 (%6 serious)</td></tr>"
                         "<tr><td>Doses wasted</td><td align='right'>%7</td></tr>"
                         "<tr><td>Vials still open</td><td align='right'>%8</td></tr>"
                         "<tr><td>Fridge readings</td><td align='right'>%9</td></tr>"
                         "<tr><td>Excursions</td><td align='right'>%10</td></tr></table>")
            .arg(s.checkIns)
            .arg(s.dosesGiven)
            .arg(s.dosesCorrected)
            .arg(s.deferrals)
            .arg(s.aefiTotal)
            .arg(s.aefiSerious)
            .arg(s.wasted())
            .arg(s.vialsOpen)
            .arg([&] {
                int n = 0;
                for (const FridgeDay& f : s.fridges)
                    n += f.readings;
                return n;
            }())
            .arg(static_cast<int>(s.excursions.size())));

    QStringList hours;
    std::vector<int> perHour;
    int first = 8, last = 17;
    for (int h = 0; h < 24; ++h)
        if (s.hourly[static_cast<size_t>(h)] > 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    for (int h = first; h <= last; ++h) {
        hours << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        perHour.push_back(s.hourly[static_cast<size_t>(h)]);
    }
    setBars(m_hourly, DayClosePage::tr("Doses per hour"), hours,
            {{DayClosePage::tr("Doses"), perHour}});

    const QStringList& groups = ageGroups();
    std::vector<int> male(static_cast<size_t>(groups.size())),
        female(static_cast<size_t>(groups.size())), unknown(static_cast<size_t>(groups.size()));
    for (const DoseCell& c : s.doses) {
        const auto i = static_cast<size_t>(groups.indexOf(c.ageGroup));
        if (i < male.size())
            (c.sex == u"male" ? male : c.sex == u"female" ? female : unknown)[i] += c.count;
    }
    std::vector<std::pair<QString, std::vector<int>>> sets{{DayClosePage::tr("Male"), male},
                                                           {DayClosePage::tr("Female"), female}};
    if (std::any_of(unknown.begin(), unknown.end(), [](int v) { return v > 0; }))
        sets.emplace_back(DayClosePage::tr("Unknown"), unknown);
    setBars(m_ages, DayClosePage::tr("Doses by age group"), groups, sets);
}

}  // namespace vax::ui
