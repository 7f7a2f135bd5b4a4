#pragma once

#include <QDate>

namespace vax {

struct CalendarSpan;

// The one age rule of VaxPoint (docs/desk.md "Age"). Check-in, consent, the desk checklist, the
// catalog's age ranges, reports and the demo data all ask it; nothing else counts ages.
//
// A person reaches an age of Y years and M months on the same day of the month as their birth,
// Y years and M months later. When that month is too short for the day (born on 29 February, a
// common year; born on the 31st, a 30-day month), the age is reached on the first day of the next
// month: born 29 February 2004, a person is 18 on 1 March 2022 (and on 29 February in a leap
// year); born 31 August, 6 months old on 1 March. Days of a span are then added exactly.

// The first day on which a person born on `birthDate` has reached `years` years, `months` months
// and `days` days of age. Invalid when `birthDate` is.
QDate ageReachedOn(const QDate& birthDate, int years, int months = 0, int days = 0);
// The same for a catalog span ("P3Y", "P8M", "P18Y").
QDate ageReachedOn(const QDate& birthDate, const CalendarSpan& age);
// Whether a person born on `birthDate` has reached the age `age` on `onDate`.
bool hasReachedAge(const QDate& birthDate, const CalendarSpan& age, const QDate& onDate);
// Completed years of age on `onDate` (negative before the birth date; 0 for an invalid date).
int ageInWholeYears(const QDate& birthDate, const QDate& onDate);

}  // namespace vax
