#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace vax {

// A calendar span as written in the catalog: ISO 8601 "P3Y", "P6M", "P4W", "P21D", "P1Y6M".
// Years and months are calendar steps (a birthday is the same day of the month; 29 Feb steps to
// 28 Feb in a common year), weeks and days are exact.
struct CalendarSpan {
    int years = 0;
    int months = 0;
    int days = 0;  // weeks are folded into days

    static std::optional<CalendarSpan> parse(const QString& text);
    QString toString() const;
    // In words for people, translated: "3 years", "1 year 6 months", "21 days".
    QString describe() const;
    QDate addTo(const QDate& date) const;
    bool isZero() const { return years == 0 && months == 0 && days == 0; }
    bool operator==(const CalendarSpan&) const = default;
};

}  // namespace vax
