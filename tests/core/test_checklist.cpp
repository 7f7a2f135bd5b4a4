// The 三查七对一验证 engine, pure: every rule on its boundary, table-driven. Each case starts from
// a dose that may be given (an adult, screening clear, an available BBIBP-CorV lot, everything
// confirmed) and changes one thing; the expected findings are the exact set produced.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

#include <functional>

#include "support/checklistinput.h"
#include "verification/checklist.h"

using namespace vax;

namespace {
const QTimeZone kChina(8 * 3600);
// 2021-06-01 09:00 in China.
const QDateTime kNow(QDate(2021, 6, 1), QTime(9, 0), kChina);
const QDate kToday(2021, 6, 1);

const Product& product(const char* code)
{
    const Product* p = Catalog::builtIn().find(QString::fromLatin1(code));
    if (!p)
        qFatal("no product %s", code);
    return *p;
}

PastDose past(const char* code, int number, int daysAgo, bool completed = true)
{
    return {QStringLiteral("d-%1-%2").arg(QLatin1String(code)).arg(number),
            QString::fromLatin1(code), number, kToday.addDays(-daysAgo), completed};
}

void useProduct(ChecklistInput& in, const char* code)
{
    in.product = &product(code);
    in.lot->productCode = in.product->code;
    in.lot->dosesPerVial = in.product->vialDoses;
}

void openVial(ChecklistInput& in, qint64 secondsToDiscard, int dosesLeft = 2)
{
    in.vial = VialFacts{QStringLiteral("vial-1"), in.lot->id, kNow.addSecs(secondsToDiscard),
                        dosesLeft, false};
}

ChecklistInput goodInput()
{
    return test::passingChecklistInput(kNow, kChina);
}

// `n` items waiting for a lot to be scanned.
QStringList waits(int n)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("lot.not_scanned:needs_confirmation");
    return out;
}

struct Case {
    const char* name;
    std::function<void(ChecklistInput&)> change;
    QStringList findings;  // exactly these, as "code:state"
    bool canAdminister;
    int doseNumber = -1;  // -1: not checked
};

QStringList findingsOf(const ChecklistResult& r)
{
    QStringList out;
    for (const ChecklistItem& i : r.items)
        for (const CheckFinding& f : i.findings)
            out << f.code + QLatin1Char(':') + checkStateName(f.state);
    out.sort();
    return out;
}

const std::vector<Case>& cases()
{
    static const std::vector<Case> all = {
        {"baseline: everything passes", [](ChecklistInput&) {}, {}, true, 1},

        // Intervals: the minimum blocks, the recommended maximum only warns.
        {"interval: exactly the minimum (21 days) passes",
         [](ChecklistInput& in) { in.history = {past("BBIBP-CorV", 1, 21)}; },
         {},
         true,
         2},
        {"interval: one day short of the minimum blocks",
         [](ChecklistInput& in) { in.history = {past("BBIBP-CorV", 1, 20)}; },
         {QStringLiteral("interval.too_early:fail")},
         false,
         2},
        {"interval: exactly the recommended maximum (8 weeks) passes",
         [](ChecklistInput& in) { in.history = {past("BBIBP-CorV", 1, 56)}; },
         {},
         true,
         2},
        {"interval: past the recommended maximum warns and completes the series",
         [](ChecklistInput& in) { in.history = {past("BBIBP-CorV", 1, 400)}; },
         {QStringLiteral("interval.late:warning")},
         true,
         2},
        {"interval: ZF2001 dose 3 is measured from dose 2 (min) and dose 1 (max)",
         [](ChecklistInput& in) {
             useProduct(in, "ZF2001");
             in.history = {past("ZF2001", 1, 200), past("ZF2001", 2, 28)};
         },
         {QStringLiteral("interval.late:warning")},
         true,
         3},
        {"series: complete after two doses",
         [](ChecklistInput& in) {
             in.history = {past("BBIBP-CorV", 1, 90), past("BBIBP-CorV", 2, 60)};
         },
         {QStringLiteral("series.complete:fail")},
         false,
         0},
        {"series: a dose entered in error does not count",
         [](ChecklistInput& in) {
             in.history = {past("BBIBP-CorV", 1, 30), past("BBIBP-CorV", 2, 2, false)};
         },
         {},
         true,
         2},
        {"series: one-dose Convidecia given already",
         [](ChecklistInput& in) {
             useProduct(in, "Convidecia");
             openVial(in, 3600);
             in.history = {past("Convidecia", 1, 100)};
         },
         {QStringLiteral("series.complete:fail")},
         false,
         0},

        // Interchange: within the inactivated group yes, across platforms no.
        {"interchange: CoronaVac then BBIBP-CorV completes the series",
         [](ChecklistInput& in) { in.history = {past("CoronaVac", 1, 21)}; },
         {QStringLiteral("interchange.other_product:warning")},
         true,
         2},
        {"interchange: ZF2001 (other platform) then BBIBP-CorV is refused",
         [](ChecklistInput& in) { in.history = {past("ZF2001", 1, 40)}; },
         {QStringLiteral("interchange.not_allowed:fail")},
         false},
        {"interchange: switched off by policy",
         [](ChecklistInput& in) {
             in.policy.interchangeWithinGroup = false;
             in.history = {past("CoronaVac", 1, 30)};
         },
         {QStringLiteral("interchange.not_allowed:fail")},
         false},

        // Another vaccine within 14 days (configurable), doctor-overridable.
        {"other vaccine: 13 days ago defers",
         [](ChecklistInput& in) { in.history = {past("HepB-10", 1, 13)}; },
         {QStringLiteral("other_vaccine.within_days:fail")},
         false,
         1},
        {"other vaccine: 14 days ago passes",
         [](ChecklistInput& in) { in.history = {past("HepB-10", 1, 14)}; },
         {},
         true,
         1},
        {"other vaccine: a doctor's override lets it through as a warning",
         [](ChecklistInput& in) {
             in.history = {past("HepB-10", 1, 3)};
             in.overrides = {QStringLiteral("other_vaccine.within_days")};
         },
         {QStringLiteral("other_vaccine.within_days:warning")},
         true},
        {"other vaccine: policy of 7 days",
         [](ChecklistInput& in) {
             in.policy.otherVaccineDays = 7;
             in.history = {past("HepB-10", 1, 7)};
         },
         {},
         true},

        // Age by the calendar: on the birthday yes, the day before no, 29 February.
        {"age: 18th birthday today meets ZF2001's minimum",
         [](ChecklistInput& in) {
             useProduct(in, "ZF2001");
             in.person.birthDate = QDate(2003, 6, 1);
         },
         {},
         true},
        {"age: the day before the 18th birthday is too young",
         [](ChecklistInput& in) {
             useProduct(in, "ZF2001");
             in.person.birthDate = QDate(2003, 6, 2);
             in.visit.signer = ConsentSigner::Guardian;
             in.visit.guardianName = QStringLiteral("张母");
             in.visit.guardianRelation = QStringLiteral("mother");
         },
         {QStringLiteral("age.below_minimum:fail")},
         false},
        // docs/desk.md "Age": born 29 February, a new age on 1 March in a common year.
        {"age: born 29 Feb 2004, still 17 on 28 Feb 2022",
         [](ChecklistInput& in) {
             useProduct(in, "ZF2001");
             in.person.birthDate = QDate(2004, 2, 29);
             in.now = QDateTime(QDate(2022, 2, 28), QTime(9, 0), kChina);
             in.visit.date = QDate(2022, 2, 28);
             in.lot->expiry = QDate(2022, 12, 31);
         },
         {QStringLiteral("age.below_minimum:fail"),
          QStringLiteral("consent.guardian_missing:fail")},
         false},
        {"age: born 29 Feb 2004, 18 on 1 Mar 2022",
         [](ChecklistInput& in) {
             useProduct(in, "ZF2001");
             in.person.birthDate = QDate(2004, 2, 29);
             in.now = QDateTime(QDate(2022, 3, 1), QTime(9, 0), kChina);
             in.visit.date = QDate(2022, 3, 1);
             in.lot->expiry = QDate(2022, 12, 31);
         },
         {},
         true},
        {"age: born 29 Feb 2004, still 17 on 27 Feb 2022",
         [](ChecklistInput& in) {
             useProduct(in, "ZF2001");
             in.person.birthDate = QDate(2004, 2, 29);
             in.now = QDateTime(QDate(2022, 2, 27), QTime(9, 0), kChina);
             in.visit.date = QDate(2022, 2, 27);
             in.lot->expiry = QDate(2022, 12, 31);
         },
         {QStringLiteral("age.below_minimum:fail"),
          QStringLiteral("consent.guardian_missing:fail")},
         false},
        {"age: born 29 Feb 2000, still 2 on 28 Feb 2003 (P3Y)",
         [](ChecklistInput& in) {
             in.person.birthDate = QDate(2000, 2, 29);
             in.now = QDateTime(QDate(2003, 2, 28), QTime(9, 0), kChina);
             in.visit.date = QDate(2003, 2, 28);
             in.visit.signer = ConsentSigner::Guardian;
             in.visit.guardianName = QStringLiteral("张父");
             in.visit.guardianRelation = QStringLiteral("father");
         },
         {QStringLiteral("age.below_minimum:fail")},
         false},
        {"age: born 29 Feb 2000, 3 years old on 1 Mar 2003 (P3Y)",
         [](ChecklistInput& in) {
             in.person.birthDate = QDate(2000, 2, 29);
             in.now = QDateTime(QDate(2003, 3, 1), QTime(9, 0), kChina);
             in.visit.date = QDate(2003, 3, 1);
             in.visit.signer = ConsentSigner::Guardian;
             in.visit.guardianName = QStringLiteral("张父");
             in.visit.guardianRelation = QStringLiteral("father");
         },
         {},
         true},
        {"age: HepB-10 is for under 18; an adult needs a doctor",
         [](ChecklistInput& in) { useProduct(in, "HepB-10"); },
         {QStringLiteral("age.above_maximum:fail")},
         false},
        {"age: 17 years 364 days is still under HepB-10's maximum",
         [](ChecklistInput& in) {
             useProduct(in, "HepB-10");
             in.person.birthDate = QDate(2003, 6, 2);
             in.visit.signer = ConsentSigner::Guardian;
             in.visit.guardianName = QStringLiteral("张母");
             in.visit.guardianRelation = QStringLiteral("mother");
         },
         {},
         true},
        {"age: birth date unknown",
         [](ChecklistInput& in) { in.person.birthDate = QDate(); },
         {QStringLiteral("age.unknown:fail")},
         false},

        // Consent: a 17-year-old needs a guardian.
        {"consent: 17-year-old signed alone",
         [](ChecklistInput& in) { in.person.birthDate = QDate(2003, 6, 2); },
         {QStringLiteral("consent.guardian_missing:fail")},
         false},
        {"consent: 17-year-old with a guardian",
         [](ChecklistInput& in) {
             in.person.birthDate = QDate(2003, 6, 2);
             in.visit.signer = ConsentSigner::Guardian;
             in.visit.guardianName = QStringLiteral("张母");
             in.visit.guardianRelation = QStringLiteral("mother");
         },
         {},
         true},
        {"consent: guardian without relation",
         [](ChecklistInput& in) {
             in.person.birthDate = QDate(2010, 1, 1);
             in.visit.signer = ConsentSigner::Guardian;
             in.visit.guardianName = QStringLiteral("张母");
         },
         {QStringLiteral("consent.guardian_missing:fail")},
         false},
        {"consent: 18 today signs alone",
         [](ChecklistInput& in) { in.person.birthDate = QDate(2003, 6, 1); },
         {},
         true},
        {"consent: not recorded",
         [](ChecklistInput& in) { in.visit.consentRecorded = false; },
         {QStringLiteral("consent.missing:fail")},
         false},

        // Screening and the visit.
        {"screening: contraindicated is never overridable",
         [](ChecklistInput& in) {
             in.visit.screening = ScreeningOutcome::Contraindicated;
             in.overrides = {QStringLiteral("screening.contraindicated")};
         },
         {QStringLiteral("screening.contraindicated:fail")},
         false},
        {"screening: defer",
         [](ChecklistInput& in) { in.visit.screening = ScreeningOutcome::Defer; },
         {QStringLiteral("screening.deferred:fail")},
         false},
        {"screening: doctor review blocks",
         [](ChecklistInput& in) { in.visit.screening = ScreeningOutcome::DoctorReview; },
         {QStringLiteral("screening.doctor_review:fail")},
         false},
        {"screening: doctor review overridden",
         [](ChecklistInput& in) {
             in.visit.screening = ScreeningOutcome::DoctorReview;
             in.overrides = {QStringLiteral("screening.doctor_review")};
         },
         {QStringLiteral("screening.doctor_review:warning")},
         true},
        {"screening: missing",
         [](ChecklistInput& in) { in.visit.screeningRecorded = false; },
         {QStringLiteral("screening.missing:fail")},
         false},
        {"visit: checked in yesterday",
         [](ChecklistInput& in) { in.visit.date = kToday.addDays(-1); },
         {QStringLiteral("visit.not_today:fail")},
         false},
        {"visit: already vaccinated",
         [](ChecklistInput& in) { in.visit.state = QStringLiteral("vaccinated"); },
         {QStringLiteral("visit.already_vaccinated:fail")},
         false},

        // The lot: expiry by the site's calendar day, quarantine, stock.
        {"lot: expiring today is usable today",
         [](ChecklistInput& in) { in.lot->expiry = kToday; },
         {},
         true},
        {"lot: expired yesterday",
         [](ChecklistInput& in) { in.lot->expiry = kToday.addDays(-1); },
         {QStringLiteral("lot.expired:fail")},
         false},
        {"lot: 00:30 at the site is already the next day (UTC still the day before)",
         [](ChecklistInput& in) {
             in.now = QDateTime(QDate(2021, 6, 1), QTime(0, 30), kChina);
             in.lot->expiry = QDate(2021, 5, 31);
         },
         {QStringLiteral("lot.expired:fail")},
         false},
        {"lot: quarantined",
         [](ChecklistInput& in) { in.lot->status = QStringLiteral("quarantined"); },
         {QStringLiteral("lot.quarantined:fail")},
         false},
        {"lot: recalled",
         [](ChecklistInput& in) { in.lot->status = QStringLiteral("recalled"); },
         {QStringLiteral("lot.recalled:fail")},
         false},
        {"lot: discarded",
         [](ChecklistInput& in) { in.lot->status = QStringLiteral("discarded"); },
         {QStringLiteral("lot.discarded:fail")},
         false},
        {"stock: none left",
         [](ChecklistInput& in) { in.lot->available = 0; },
         {QStringLiteral("stock.none:fail")},
         false},
        {"lot: not scanned yet waits",
         [](ChecklistInput& in) {
             in.lot.reset();
             in.product = nullptr;
         },
         waits(9), false, 0},

        // Open vials: expired at the discard minute.
        {"vial: one minute before the discard time",
         [](ChecklistInput& in) {
             useProduct(in, "Convidecia");
             openVial(in, 60);
         },
         {},
         true},
        {"vial: at the discard minute it is expired",
         [](ChecklistInput& in) {
             useProduct(in, "Convidecia");
             openVial(in, 0);
         },
         {QStringLiteral("vial.past_discard:fail")},
         false},
        {"vial: empty",
         [](ChecklistInput& in) {
             useProduct(in, "Convidecia");
             openVial(in, 3600, 0);
         },
         {QStringLiteral("vial.empty:fail")},
         false},
        {"vial: of another lot",
         [](ChecklistInput& in) {
             useProduct(in, "Convidecia");
             openVial(in, 3600);
             in.vial->lotId = QStringLiteral("lot-other");
         },
         {QStringLiteral("vial.other_lot:fail")},
         false},
        {"vial: multi-dose product without an open vial",
         [](ChecklistInput& in) { useProduct(in, "Convidecia"); },
         {QStringLiteral("vial.not_opened:fail")},
         false},

        // Box trace codes.
        {"trace code: unused code of this lot",
         [](ChecklistInput& in) {
             in.traceCode = TraceCodeFacts{QStringLiteral("81234567890123456789"), true,
                                           QStringLiteral("lot-1"), false};
         },
         {},
         true},
        {"trace code: already used",
         [](ChecklistInput& in) {
             in.traceCode = TraceCodeFacts{QStringLiteral("81234567890123456789"), true,
                                           QStringLiteral("lot-1"), true};
         },
         {QStringLiteral("trace_code.used:fail")},
         false},
        {"trace code: of another lot",
         [](ChecklistInput& in) {
             in.traceCode = TraceCodeFacts{QStringLiteral("81234567890123456789"), true,
                                           QStringLiteral("lot-2"), false};
         },
         {QStringLiteral("trace_code.other_lot:fail")},
         false},
        {"trace code: never received",
         [](ChecklistInput& in) {
             in.traceCode =
                 TraceCodeFacts{QStringLiteral("81234567890123456789"), false, QString(), false};
         },
         {QStringLiteral("trace_code.unknown:fail")},
         false},

        // The seven verifications.
        {"product: another product was chosen",
         [](ChecklistInput& in) { in.expectedProduct = QStringLiteral("CoronaVac"); },
         {QStringLiteral("product.mismatch:fail")},
         false},
        {"product: not in the catalog",
         [](ChecklistInput& in) {
             in.product = nullptr;
             in.lot->productCode = QStringLiteral("NOPE");
         },
         waits(7) << QStringLiteral("product.unknown:fail"), false},
        {"specification: lot recorded with other vial size",
         [](ChecklistInput& in) { in.lot->dosesPerVial = 2; },
         {QStringLiteral("specification.mismatch:fail")},
         false},
        {"dose: 1.0 mL instead of 0.5 mL",
         [](ChecklistInput& in) { in.amountMl = 1.0; },
         {QStringLiteral("dose.amount_mismatch:fail")},
         false},
        {"dose: 0.5 mL given explicitly", [](ChecklistInput& in) { in.amountMl = 0.5; }, {}, true},
        {"site: right deltoid allowed",
         [](ChecklistInput& in) { in.site = QStringLiteral("RD"); },
         {},
         true},
        {"site: left thigh not allowed",
         [](ChecklistInput& in) { in.site = QStringLiteral("LT"); },
         {QStringLiteral("site.not_allowed:fail")},
         false},
        {"site: not chosen yet waits",
         [](ChecklistInput& in) { in.site.clear(); },
         {QStringLiteral("site.missing:needs_confirmation")},
         false},
        {"route: subcutaneous for an IM vaccine",
         [](ChecklistInput& in) { in.route = QStringLiteral("SC"); },
         {QStringLiteral("route.mismatch:fail")},
         false},
        {"route: IM given explicitly",
         [](ChecklistInput& in) { in.route = QStringLiteral("IM"); },
         {},
         true},
        {"confirmations: nothing ticked waits on three items",
         [](ChecklistInput& in) { in.confirmed.clear(); },
         {QStringLiteral("appearance.unconfirmed:needs_confirmation"),
          QStringLiteral("name.unconfirmed:needs_confirmation"),
          QStringLiteral("verification.unconfirmed:needs_confirmation")},
         false},
        {"name: missing on record",
         [](ChecklistInput& in) { in.person.name = QStringLiteral(" "); },
         {QStringLiteral("name.missing:fail")},
         false},

        // Overrides only apply to overridable findings.
        {"override: a too-early dose cannot be overridden",
         [](ChecklistInput& in) {
             in.history = {past("BBIBP-CorV", 1, 5)};
             in.overrides = {QStringLiteral("interval.too_early")};
         },
         {QStringLiteral("interval.too_early:fail")},
         false},
    };
    return all;
}

class ChecklistRules : public ::testing::TestWithParam<size_t> {};
}  // namespace

TEST_P(ChecklistRules, ProducesExactlyTheExpectedFindings)
{
    const Case& c = cases().at(GetParam());
    SCOPED_TRACE(c.name);
    ChecklistInput in = goodInput();
    c.change(in);
    const ChecklistResult r = evaluateChecklist(in);
    QStringList expected = c.findings;
    expected.sort();
    EXPECT_EQ(findingsOf(r), expected);
    EXPECT_EQ(r.canAdminister(), c.canAdminister);
    if (c.doseNumber >= 0) {
        EXPECT_EQ(r.doseNumber, c.doseNumber);
    }
    ASSERT_EQ(r.items.size(), 11u);
    for (const ChecklistItem& item : r.items)
        for (const CheckFinding& f : item.findings) {
            EXPECT_FALSE(f.message.isEmpty()) << qPrintable(f.code);
            EXPECT_EQ(f.blocks,
                      f.state == CheckState::Fail || f.state == CheckState::NeedsConfirmation)
                << qPrintable(f.code);
        }
}

INSTANTIATE_TEST_SUITE_P(
    Table, ChecklistRules, ::testing::Range<size_t>(0, cases().size()),
    [](const ::testing::TestParamInfo<size_t>& param) {
        QString name = QString::fromLatin1(cases().at(param.param).name);
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("_"));
        return QStringLiteral("%1_%2").arg(param.param).arg(name).toStdString();
    });

TEST(Checklist, ElevenItemsInThreeGroups)
{
    const ChecklistResult r = evaluateChecklist(goodInput());
    ASSERT_EQ(r.items.size(), 11u);
    int groups[3] = {};
    for (const ChecklistItem& i : r.items) {
        ++groups[static_cast<int>(i.group)];
        EXPECT_EQ(i.state, CheckState::Pass) << qPrintable(checklistItemName(i.key));
        EXPECT_FALSE(i.title.isEmpty());
        EXPECT_EQ(checklistItemFromName(checklistItemName(i.key)), i.key);
    }
    EXPECT_EQ(groups[0], 3);
    EXPECT_EQ(groups[1], 7);
    EXPECT_EQ(groups[2], 1);
}

TEST(Checklist, OverridesThatMatchNothingAreReported)
{
    ChecklistInput in = goodInput();
    in.history = {past("HepB-10", 1, 2)};
    in.overrides = {QStringLiteral("other_vaccine.within_days"), QStringLiteral("lot.expired"),
                    QStringLiteral("interval.too_early")};
    const ChecklistResult r = evaluateChecklist(in);
    EXPECT_TRUE(r.canAdminister());
    EXPECT_EQ(r.appliedOverrides, QStringList{QStringLiteral("other_vaccine.within_days")});
    EXPECT_EQ(r.rejectedOverrides,
              (QStringList{QStringLiteral("interval.too_early"), QStringLiteral("lot.expired")}));
}

TEST(Checklist, RecordedJsonCarriesCodesAndStates)
{
    ChecklistInput in = goodInput();
    in.history = {past("BBIBP-CorV", 1, 70)};
    const QJsonObject json = evaluateChecklist(in).toJson();
    EXPECT_EQ(json.value(QStringLiteral("dose_number")).toInt(), 2);
    EXPECT_TRUE(json.value(QStringLiteral("can_administer")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("today")).toString(), QStringLiteral("2021-06-01"));
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 11);
    const QJsonObject record = items.at(1).toObject();
    EXPECT_EQ(record.value(QStringLiteral("item")).toString(), QStringLiteral("record"));
    EXPECT_EQ(record.value(QStringLiteral("state")).toString(), QStringLiteral("warning"));
    EXPECT_EQ(record.value(QStringLiteral("findings"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("interval.late"));
}

// docs/site.md 5: which history the checklist judged. A desk not joined says nothing; a joined
// desk says "site history as of …" or "this desk only …", and without the site's whole history
// the Record item waits until the nurse confirms she asked about other doses today.
TEST(Checklist, AJoinedDeskWithoutTheSiteHistoryWaitsForTheQuestionAboutOtherDoses)
{
    ChecklistInput in = goodInput();
    const ChecklistResult alone = evaluateChecklist(in);
    EXPECT_TRUE(alone.historyNote.isEmpty());
    EXPECT_TRUE(alone.canAdminister());
    EXPECT_FALSE(alone.toJson().contains(QStringLiteral("history")));

    in.historyScope.kind = HistoryScope::Kind::Site;
    in.historyScope.asOf = kNow.addSecs(-120);
    const ChecklistResult site = evaluateChecklist(in);
    EXPECT_EQ(site.historyNote, QStringLiteral("site history as of 08:58"));
    EXPECT_TRUE(site.item(ChecklistItemKey::Record)
                    .detail.startsWith(QStringLiteral("site history as of 08:58")));
    EXPECT_TRUE(findingsOf(site).isEmpty());
    EXPECT_TRUE(site.canAdminister());

    in.historyScope = {HistoryScope::Kind::DeskOnly, {}, kNow.addSecs(-3600), 0};
    const ChecklistResult offline = evaluateChecklist(in);
    EXPECT_EQ(offline.historyNote,
              QStringLiteral("this desk only: server unreachable since 08:00"));
    EXPECT_EQ(findingsOf(offline),
              QStringList{QStringLiteral("history.desk_only:needs_confirmation")});
    EXPECT_FALSE(offline.canAdminister());
    const QJsonObject history = offline.toJson().value(QStringLiteral("history")).toObject();
    EXPECT_EQ(history.value(QStringLiteral("scope")).toString(), QStringLiteral("desk_only"));

    in.confirmed.insert(ChecklistItemKey::Record);
    const ChecklistResult asked = evaluateChecklist(in);
    EXPECT_EQ(findingsOf(asked), QStringList{QStringLiteral("history.desk_only:warning")});
    EXPECT_TRUE(asked.canAdminister());

    in.confirmed.remove(ChecklistItemKey::Record);
    in.historyScope = {HistoryScope::Kind::Site, kNow, {}, 2};
    EXPECT_EQ(findingsOf(evaluateChecklist(in)),
              QStringList{QStringLiteral("history.incomplete:needs_confirmation")});

    in.historyScope = {HistoryScope::Kind::DeskOnly, {}, {}, 0};
    EXPECT_EQ(evaluateChecklist(in).historyNote,
              QStringLiteral("this desk only: the site server was not asked"));
    in.historyScope.unreachableSince = kNow.addDays(-1);
    EXPECT_EQ(evaluateChecklist(in).historyNote,
              QStringLiteral("this desk only: server unreachable since 2021-05-31 09:00"));
}
