// The one age rule (core/common/age.h, docs/desk.md "Age"), at every age boundary the catalog
// and the consent use, on 28 February, 29 February and 1 March of leap and common years. Pure.
#include <gtest/gtest.h>

#include <QTimeZone>

#include "catalog/catalog.h"
#include "checkin/birthdate.h"
#include "checkin/consent.h"
#include "common/age.h"
#include "dayclose/dayclose.h"
#include "verification/checklist.h"

using namespace vax;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

CalendarSpan span(const char* text)
{
    return *CalendarSpan::parse(QString::fromLatin1(text));
}

// Born on `birth`, the age `span` is reached on `reached`. The reached dates are written out
// (computed by hand and by an independent script), never derived from the code under test.
struct Boundary {
    const char* birth;
    const char* span;
    const char* reached;
};

// Birth dates 29 Feb, 28 Feb, 1 Mar, 31 Jan and 31 Aug; the catalog's ages (P3Y, P18Y, P8M,
// HepB-10's maximum P18Y), the report's age groups (12, 15, 60), the consent's 18, and month
// spans that end in a short month (P1M, P6M).
const Boundary kBoundaries[] = {
    {"2004-02-29", "P3Y", "2007-03-01"},  {"2004-02-29", "P12Y", "2016-02-29"},
    {"2004-02-29", "P15Y", "2019-03-01"}, {"2004-02-29", "P18Y", "2022-03-01"},
    {"2004-02-29", "P8M", "2004-10-29"},  {"2004-02-29", "P1M", "2004-03-29"},
    {"2004-02-29", "P6M", "2004-08-29"},  {"2003-02-28", "P3Y", "2006-02-28"},
    {"2003-02-28", "P12Y", "2015-02-28"}, {"2003-02-28", "P15Y", "2018-02-28"},
    {"2003-02-28", "P18Y", "2021-02-28"}, {"2003-02-28", "P8M", "2003-10-28"},
    {"2003-02-28", "P1M", "2003-03-28"},  {"2003-02-28", "P6M", "2003-08-28"},
    {"2004-02-28", "P3Y", "2007-02-28"},  {"2004-02-28", "P12Y", "2016-02-28"},
    {"2004-02-28", "P15Y", "2019-02-28"}, {"2004-02-28", "P18Y", "2022-02-28"},
    {"2004-02-28", "P8M", "2004-10-28"},  {"2004-02-28", "P1M", "2004-03-28"},
    {"2004-02-28", "P6M", "2004-08-28"},  {"2003-03-01", "P3Y", "2006-03-01"},
    {"2003-03-01", "P12Y", "2015-03-01"}, {"2003-03-01", "P15Y", "2018-03-01"},
    {"2003-03-01", "P18Y", "2021-03-01"}, {"2003-03-01", "P8M", "2003-11-01"},
    {"2003-03-01", "P1M", "2003-04-01"},  {"2003-03-01", "P6M", "2003-09-01"},
    {"2004-03-01", "P3Y", "2007-03-01"},  {"2004-03-01", "P12Y", "2016-03-01"},
    {"2004-03-01", "P15Y", "2019-03-01"}, {"2004-03-01", "P18Y", "2022-03-01"},
    {"2004-03-01", "P8M", "2004-11-01"},  {"2004-03-01", "P1M", "2004-04-01"},
    {"2004-03-01", "P6M", "2004-09-01"},  {"2004-01-31", "P3Y", "2007-01-31"},
    {"2004-01-31", "P12Y", "2016-01-31"}, {"2004-01-31", "P15Y", "2019-01-31"},
    {"2004-01-31", "P18Y", "2022-01-31"}, {"2004-01-31", "P8M", "2004-10-01"},
    {"2004-01-31", "P1M", "2004-03-01"},  {"2004-01-31", "P6M", "2004-07-31"},
    {"2003-08-31", "P3Y", "2006-08-31"},  {"2003-08-31", "P12Y", "2015-08-31"},
    {"2003-08-31", "P15Y", "2018-08-31"}, {"2003-08-31", "P18Y", "2021-08-31"},
    {"2003-08-31", "P8M", "2004-05-01"},  {"2003-08-31", "P1M", "2003-10-01"},
    {"2003-08-31", "P6M", "2004-03-01"},  {"1960-02-29", "P60Y", "2020-02-29"},
    {"1962-02-28", "P60Y", "2022-02-28"}, {"1963-03-01", "P60Y", "2023-03-01"},
    {"1960-01-31", "P60Y", "2020-01-31"}, {"1961-08-31", "P60Y", "2021-08-31"},
    {"1964-02-29", "P60Y", "2024-02-29"},
};

// The days the rule is probed on around a boundary: 28 Feb, 29 Feb (leap years) and 1 Mar of
// the year of the boundary, the year before and the year after (one of them at least is leap
// and one common), and the day before and the day of the boundary.
QList<QDate> probes(const QDate& reached)
{
    QList<QDate> out{reached.addDays(-1), reached};
    for (int y = reached.year() - 1; y <= reached.year() + 1; ++y) {
        out << QDate(y, 2, 28) << QDate(y, 3, 1);
        if (QDate::isLeapYear(y))
            out << QDate(y, 2, 29);
    }
    return out;
}

QString describe(const Boundary& b, const QDate& on)
{
    return QStringLiteral("born %1, %2, on %3")
        .arg(QLatin1String(b.birth), QLatin1String(b.span), on.toString(Qt::ISODate));
}

bool hasFinding(const ChecklistResult& r, const char* code)
{
    for (const ChecklistItem& i : r.items)
        for (const CheckFinding& f : i.findings)
            if (f.code == QLatin1String(code))
                return true;
    return false;
}

// A checklist for a person born on `birth`, seen on `on`, with a lot of `product`; consent
// signed by the person.
ChecklistResult checklistOn(const QDate& birth, const QDate& on, const Product& product)
{
    ChecklistInput in;
    in.person = {QStringLiteral("张三"), birth, Sex::Male};
    in.visit.date = on;
    in.visit.state = QStringLiteral("called");
    in.product = &product;
    in.lot =
        LotFacts{QStringLiteral("lot-1"),     QStringLiteral("L1"), product.code, on.addYears(1),
                 QStringLiteral("available"), product.vialDoses,    100};
    in.site = product.sites.value(0);
    const QTimeZone china(8 * 3600);
    in.now = QDateTime(on, QTime(9, 0), china);
    in.zone = china;
    for (ChecklistItemKey k : confirmableItems())
        in.confirmed.insert(k);
    return evaluateChecklist(in);
}

const Product* productWithMinAge(const CalendarSpan& age)
{
    for (const Product& p : Catalog::builtIn().products())
        if (p.minAge == age)
            return &p;
    return nullptr;
}

}  // namespace

TEST(AgeRule, TheTableOfBoundariesOnTheLastDaysOfFebruary)
{
    for (const Boundary& b : kBoundaries) {
        const QDate birth = d(b.birth);
        const QDate reached = d(b.reached);
        ASSERT_TRUE(birth.isValid() && reached.isValid()) << b.birth << " " << b.reached;
        EXPECT_EQ(ageReachedOn(birth, span(b.span)), reached) << b.birth << " " << b.span;
        for (const QDate& on : probes(reached))
            EXPECT_EQ(hasReachedAge(birth, span(b.span), on), on >= reached)
                << qPrintable(describe(b, on));
    }
}

TEST(AgeRule, WholeYearsChangeOnTheDayTheYearSpanIsReached)
{
    for (const Boundary& b : kBoundaries) {
        const CalendarSpan s = span(b.span);
        if (s.months != 0)
            continue;
        const QDate birth = d(b.birth);
        const QDate reached = d(b.reached);
        for (const QDate& on : probes(reached))
            EXPECT_EQ(ageInWholeYears(birth, on) >= s.years, on >= reached)
                << qPrintable(describe(b, on));
        EXPECT_EQ(ageInWholeYears(birth, reached), s.years) << qPrintable(describe(b, reached));
        EXPECT_EQ(ageInWholeYears(birth, reached.addDays(-1)), s.years - 1)
            << qPrintable(describe(b, reached));
    }
}

TEST(AgeRule, BornOn29FebruaryANewAgeOn1MarchInACommonYear)
{
    const QDate born(2004, 2, 29);
    EXPECT_EQ(ageInWholeYears(born, QDate(2022, 2, 28)), 17);
    EXPECT_EQ(ageInWholeYears(born, QDate(2022, 3, 1)), 18);
    EXPECT_EQ(ageInWholeYears(born, QDate(2024, 2, 28)), 19);
    EXPECT_EQ(ageInWholeYears(born, QDate(2024, 2, 29)), 20);
    EXPECT_EQ(ageInWholeYears(born, QDate(2024, 3, 1)), 20);
    EXPECT_EQ(ageInWholeYears(born, QDate(2005, 2, 28)), 0);
    EXPECT_EQ(ageInWholeYears(born, QDate(2005, 3, 1)), 1);
    EXPECT_EQ(ageInWholeYears(born, born), 0);
    EXPECT_EQ(ageInWholeYears(born, QDate(2004, 2, 28)), -1);
    EXPECT_EQ(ageInWholeYears(QDate(), QDate(2022, 3, 1)), 0);
    EXPECT_FALSE(ageReachedOn(QDate(), 18).isValid());
    // Days of a span are exact, after the calendar step.
    EXPECT_EQ(ageReachedOn(QDate(2004, 1, 31), 0, 1, 1), QDate(2004, 3, 2));
    EXPECT_EQ(ageReachedOn(QDate(2004, 2, 29), span("P0D")), QDate(2004, 2, 29));
    // A month span over a year end.
    EXPECT_EQ(ageReachedOn(QDate(2003, 12, 31), span("P2M")), QDate(2004, 3, 1));
    EXPECT_EQ(ageReachedOn(QDate(2003, 12, 31), span("P1Y2M")), QDate(2005, 3, 1));
}

// The consent and the desk checklist judge the same boundaries the same way, whatever the day.
TEST(AgeRule, ConsentAndTheChecklistAgreeWithTheTable)
{
    const Product* hepB = Catalog::builtIn().find(QStringLiteral("HepB-10"));
    ASSERT_TRUE(hepB && hepB->maxAge && *hepB->maxAge == span("P18Y"));
    int checked = 0;
    for (const Boundary& b : kBoundaries) {
        const CalendarSpan s = span(b.span);
        const QDate birth = d(b.birth);
        const QDate reached = d(b.reached);
        const Product* product = productWithMinAge(s);
        for (const QDate& on : probes(reached)) {
            if (on < birth)
                continue;
            const bool adult = on >= reached;
            if (product) {  // a catalog minimum: P3Y, P18Y, P8M
                EXPECT_EQ(hasFinding(checklistOn(birth, on, *product), "age.below_minimum"), !adult)
                    << qPrintable(describe(b, on)) << " " << qPrintable(product->code);
                ++checked;
            }
            if (s == span("P18Y")) {
                ConsentInput self;
                self.textVersion = QString::fromLatin1(kConsentTextVersion);
                EXPECT_EQ(checkConsent(self, birth, on, 18).ok(), adult)
                    << qPrintable(describe(b, on));
                const ChecklistResult r = checklistOn(birth, on, *hepB);
                EXPECT_EQ(hasFinding(r, "consent.guardian_missing"), !adult)
                    << qPrintable(describe(b, on));
                EXPECT_EQ(hasFinding(r, "age.above_maximum"), adult) << qPrintable(describe(b, on));
                checked += 3;
            }
        }
    }
    EXPECT_GT(checked, 200);
}

// The day-close report (and the export's summary.json built from it) groups doses by the same
// whole years: 3-11, 12-14, 15-17, 18-59, 60+.
TEST(AgeRule, ReportAgeGroupsChangeOnTheSameDay)
{
    for (const Boundary& b : kBoundaries) {
        const CalendarSpan s = span(b.span);
        if (s.months != 0)
            continue;
        const QDate reached = d(b.reached);
        const QString before = ageGroupOf(ageInWholeYears(d(b.birth), reached.addDays(-1)));
        const QString after = ageGroupOf(ageInWholeYears(d(b.birth), reached));
        EXPECT_TRUE(after.startsWith(QString::number(s.years)))
            << qPrintable(describe(b, reached)) << " " << qPrintable(after);
        EXPECT_NE(before, after) << qPrintable(describe(b, reached));
    }
    EXPECT_EQ(ageGroupOf(ageInWholeYears(QDate(1960, 2, 29), QDate(2020, 2, 28))),
              QStringLiteral("18-59"));
    EXPECT_EQ(ageGroupOf(ageInWholeYears(QDate(1960, 2, 29), QDate(2020, 2, 29))),
              QStringLiteral("60+"));
    EXPECT_EQ(ageGroupOf(ageInWholeYears(QDate(2004, 2, 29), QDate(2022, 2, 28))),
              QStringLiteral("15-17"));
    EXPECT_EQ(ageGroupOf(ageInWholeYears(QDate(2004, 2, 29), QDate(2022, 3, 1))),
              QStringLiteral("18-59"));
}

TEST(AgeRule, TheConsentTakesTheAdultAgeItIsGiven)
{
    ConsentInput self;
    self.textVersion = QString::fromLatin1(kConsentTextVersion);
    const QDate born(2006, 2, 28);
    EXPECT_FALSE(checkConsent(self, born, QDate(2022, 2, 27), 16).ok());
    EXPECT_TRUE(checkConsent(self, born, QDate(2022, 2, 28), 16).ok());
    auto refused = checkConsent(self, born, QDate(2022, 2, 28), 18);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ConsentGuardianRequired);
    EXPECT_EQ(refused.error().field, QStringLiteral("consent_signer"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("under 18")));
}

TEST(TypedBirthDate, DigitsWithOrWithoutHyphens)
{
    const QDate today(2022, 2, 28);
    EXPECT_EQ(*parseTypedBirthDate(QStringLiteral("20040229"), today), QDate(2004, 2, 29));
    EXPECT_EQ(*parseTypedBirthDate(QStringLiteral("2004-02-29"), today), QDate(2004, 2, 29));
    EXPECT_EQ(*parseTypedBirthDate(QStringLiteral(" ２００４０２２９ "), today),
              QDate(2004, 2, 29));
    for (const char* bad :
         {"2003-02-29", "20041301", "2004/02/29", "29.02.2004", "200402", "2004-2-29", "abc", ""}) {
        auto r = parseTypedBirthDate(QString::fromLatin1(bad), today);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().field, QStringLiteral("birth_date")) << bad;
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("Birth date"))) << bad;
    }
    EXPECT_TRUE(parseTypedBirthDate(QStringLiteral("2003-02-29"), today)
                    .error()
                    .message.contains(QStringLiteral("no such day")));
    EXPECT_TRUE(parseTypedBirthDate(QStringLiteral("2004/02/29"), today)
                    .error()
                    .message.contains(QStringLiteral("YYYYMMDD")));
    auto future = parseTypedBirthDate(QStringLiteral("20220301"), today);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().code, ErrorCode::IdFutureBirth);
    EXPECT_TRUE(parseTypedBirthDate(QStringLiteral("20220228"), today).ok());
    EXPECT_FALSE(parseTypedBirthDate(QStringLiteral("18800101"), today).ok());
}

TEST(TypedBirthDate, TheBoundariesThatAskForASecondEntry)
{
    const Catalog& catalog = Catalog::builtIn();
    const QDate born(2004, 2, 29);
    // 17 on 28 Feb 2022: a minor, below ZF2001's and Convidecia's 18 years.
    const QStringList minor = ageBoundariesCrossed(born, QDate(2022, 2, 28), catalog, 18);
    EXPECT_EQ(minor.size(), 3) << qPrintable(minor.join(u'|'));
    EXPECT_TRUE(minor.value(0).contains(QStringLiteral("under 18")));
    EXPECT_TRUE(minor.join(u'|').contains(QStringLiteral("ZF2001")));
    // 18 on 1 Mar 2022: an adult, no boundary (HepB-10's maximum of 18 years is where every
    // adult is).
    EXPECT_TRUE(ageBoundariesCrossed(born, QDate(2022, 3, 1), catalog, 18).isEmpty());
    EXPECT_TRUE(ageBoundariesCrossed(QDate(1950, 1, 31), QDate(2022, 3, 1), catalog, 18).isEmpty());
    // Under 3, under 8 months: the inactivated products' and MMR's minimum ages too.
    EXPECT_EQ(ageBoundariesCrossed(QDate(2020, 3, 1), QDate(2023, 2, 28), catalog, 18).size(),
              1 + 2 + 3);
    EXPECT_EQ(ageBoundariesCrossed(QDate(2021, 8, 31), QDate(2022, 4, 30), catalog, 18).size(),
              1 + 2 + 3 + 1);
    EXPECT_EQ(ageBoundariesCrossed(QDate(2021, 8, 31), QDate(2022, 5, 1), catalog, 18).size(),
              1 + 2 + 3);
    // The site's adult age moves the consent boundary, and with it which maxima count.
    EXPECT_EQ(ageBoundariesCrossed(QDate(2006, 3, 1), QDate(2022, 3, 1), catalog, 16).size(), 0);
    const QStringList over =
        ageBoundariesCrossed(QDate(2000, 3, 1), QDate(2022, 3, 1), catalog, 16);
    ASSERT_EQ(over.size(), 1);
    EXPECT_TRUE(over.at(0).contains(QStringLiteral("HepB-10")));
}
