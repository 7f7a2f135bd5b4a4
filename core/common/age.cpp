#include "common/age.h"

#include "catalog/duration.h"

namespace vax {

QDate ageReachedOn(const QDate& birthDate, int years, int months, int days)
{
    if (!birthDate.isValid())
        return {};
    // Month arithmetic on a month index (year * 12 + month - 1), floor division for safety.
    const int index = (birthDate.year() + years) * 12 + (birthDate.month() - 1) + months;
    const int year = index >= 0 ? index / 12 : -((-index + 11) / 12);
    const int month = index - year * 12 + 1;
    const QDate first(year, month, 1);
    const QDate reached = birthDate.day() <= first.daysInMonth()
                              ? QDate(year, month, birthDate.day())
                              : first.addMonths(1);  // the month is too short: the next 1st
    return reached.addDays(days);
}

QDate ageReachedOn(const QDate& birthDate, const CalendarSpan& age)
{
    return ageReachedOn(birthDate, age.years, age.months, age.days);
}

bool hasReachedAge(const QDate& birthDate, const CalendarSpan& age, const QDate& onDate)
{
    const QDate reached = ageReachedOn(birthDate, age);
    return reached.isValid() && onDate.isValid() && onDate >= reached;
}

int ageInWholeYears(const QDate& birthDate, const QDate& onDate)
{
    if (!birthDate.isValid() || !onDate.isValid())
        return 0;
    int years = onDate.year() - birthDate.year();
    if (ageReachedOn(birthDate, years) > onDate)
        --years;
    return years;
}

}  // namespace vax
