#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace vax {

// A calendar span as written in the catalog: ISO 8601 "P3Y", "P6M", "P4W", "P21D", "P1Y6M".
// As an age (a product's minAge / maxAge) it is judged by the age rule of common/age.h
// (ageReachedOn, hasReachedAge), never by addTo.
struct CalendarSpan {
    int years = 0;
    int months = 0;
    int days = 0;  // weeks are folded into days

    static std::optional<CalendarSpan> parse(const QString& text);
    QString toString() const;
    // In words for people, translated: "3 years", "1 year 6 months", "21 days".
    QString describe() const;
    // The same as an age: "3 years old" / "3 岁", "8 months old" / "8 月龄".
    QString describeAsAge() const;
    // `date` plus the span, for intervals between doses: years and months are calendar steps
    // (29 Feb steps to 28 Feb in a common year), weeks and days are exact. Not for ages.
    QDate addTo(const QDate& date) const;
    bool isZero() const { return years == 0 && months == 0 && days == 0; }
    bool operator==(const CalendarSpan&) const = default;
};

}  // namespace vax
