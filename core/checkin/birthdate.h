#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include "common/result.h"

namespace vax {

class Catalog;

// A birth date typed at check-in for a document whose number carries none (passport, Home
// Return Permit, Taiwan permit, the older permanent residence card): "YYYYMMDD" or "YYYY-MM-DD"
// (full-width digits and spaces accepted). A real date, not after `today`, at most 130 years
// before it. Errors name the field "birth_date" and say how to type it.
Result<QDate> parseTypedBirthDate(const QString& text, const QDate& today);
// Only the form: "YYYYMMDD" or "YYYY-MM-DD", a day that exists (vaxctl --birth-date; the
// document check refuses a future birth).
Result<QDate> parseBirthDateDigits(const QString& text);

// The age boundaries of the consent and of the catalog that a birth date puts the person on the
// restricted side of, on `today`, where a person of exactly `adultAgeYears` is not (docs/desk.md
// "Age"): under the adult age (a guardian signs), below a product's minimum age that an adult
// has reached, at or above a product's maximum age that an adult has not reached. Translated,
// one line each. Not empty: a typed birth date is typed a second time to confirm it.
QStringList ageBoundariesCrossed(const QDate& birthDate, const QDate& today, const Catalog& catalog,
                                 int adultAgeYears);

}  // namespace vax
