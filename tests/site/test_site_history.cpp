// Site history at the desk (docs/site.md 5) against a real PostgreSQL (label site): desk 2 asks
// the server for a person before the checklist and at check-in, so what desk 1 recorded a moment
// ago and desk 2 has not pulled yet is judged by desk 2's own rule engine; with the server
// stopped the checklist says it judged this desk only and asks the nurse to confirm she asked
// about other doses today. A desk that has not joined a site judges its own records as before.
#include <gtest/gtest.h>

#include <QJsonArray>

#include "checkin/visitrepository.h"
#include "sitesync/sitehistory.h"
#include "twodesks.h"

using namespace vax;
using namespace vax::sitesync;
using namespace vax::test;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

class SiteHistory : public TwoDesks {
protected:
    // Both desks a week later: too early for dose 2 of the site's vaccine (21 days).
    void aWeekLater()
    {
        one.clock.advance(7 * kDayMs);
        two.clock.advance(7 * kDayMs);
    }
    // What check-in at desk `d` asks the server before registering person `i`.
    HistoryFetch findOnServer(Desk& d, int i)
    {
        const CheckInRequest r = d.checkInRequest(i);
        auto found = SiteHistoryService::findPersons(
            *d.db, d.clock, d.secrets,
            personQueryOf(r.draft, ServiceContext(*d.db, d.clock).calendar.today()));
        EXPECT_TRUE(found.ok()) << qPrintable(found.error().message);
        return found.valueOr({});
    }
    static QString personOf(Desk& d, const QString& visitId)
    {
        auto v = VisitRepository::forDesk(*d.db, visitId);
        EXPECT_TRUE(v.ok() && v->has_value());
        return v && *v ? (*v)->personId : QString();
    }
    HistoryFetch refresh(Desk& d, const QString& visitId)
    {
        auto f = SiteHistoryService::refresh(*d.db, d.clock, d.secrets, personOf(d, visitId));
        EXPECT_TRUE(f.ok()) << qPrintable(f.error().message);
        return f.valueOr({});
    }
    static ChecklistResult checklist(Desk& d, const AdministerRequest& req)
    {
        AdministrationService administration({*d.db, d.clock});
        auto r = administration.evaluate(req.scan, req.choices);
        EXPECT_TRUE(r.ok()) << qPrintable(r.error().message);
        return r.valueOr({});
    }
    static QStringList codes(const ChecklistResult& r, ChecklistItemKey key)
    {
        QStringList out;
        if (r.items.empty())
            return out;
        for (const CheckFinding& f : r.item(key).findings)
            out << f.code;
        return out;
    }
};

TEST_F(SiteHistory, ADoseGivenAtDeskOneAndNotPulledMakesDeskTwoRefuseATooEarlySecondDose)
{
    receiveLot();
    const QString firstDose = one.admit(1);
    ASSERT_FALSE(firstDose.isEmpty());
    sync(one);  // on the server; desk 2 does not pull
    aWeekLater();

    // Check-in at desk 2 finds the person on the server: no second record.
    const HistoryFetch found = findOnServer(two, 1);
    EXPECT_TRUE(found.answered);
    EXPECT_EQ(found.rows, 2);  // the person and the document
    CheckInService checkin({*two.db, two.clock});
    auto receipt = checkin.checkIn(two.checkInRequest(1));
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    EXPECT_FALSE(receipt->personCreated);
    auto deskOnePerson = one.db->exec(QStringLiteral("SELECT id FROM person"));
    ASSERT_TRUE(deskOnePerson.ok());
    EXPECT_EQ(receipt->personId, deskOnePerson->scalar().toString());
    QueueService queue({*two.db, two.clock});
    auto called = queue.callNext(QStringLiteral("2"), kStaff);
    ASSERT_TRUE(called.ok() && called->has_value());
    AdministerRequest req = two.doseRequest((*called)->visitId);

    // Not asked yet: desk 2 knows no dose, and says it judged this desk only.
    const ChecklistResult before = checklist(two, req);
    EXPECT_EQ(before.history.kind, HistoryScope::Kind::DeskOnly);
    EXPECT_FALSE(codes(before, ChecklistItemKey::Record).contains(u"interval.too_early"));
    EXPECT_TRUE(codes(before, ChecklistItemKey::Record).contains(u"history.desk_only"));

    // Asked: desk 1's dose is here, judged by desk 2's own rules.
    const HistoryFetch fetched = refresh(two, (*called)->visitId);
    EXPECT_TRUE(fetched.answered);
    EXPECT_FALSE(fetched.problem.has_value());
    EXPECT_EQ(fetched.setAside, 0);
    EXPECT_EQ(fetched.scope.kind, HistoryScope::Kind::Site);
    EXPECT_EQ(fetched.scope.asOf, two.clock.nowUtc());
    const ChecklistResult after = checklist(two, req);
    EXPECT_EQ(after.history.kind, HistoryScope::Kind::Site);
    EXPECT_EQ(after.historyNote, QStringLiteral("site history as of 09:00"));
    EXPECT_TRUE(codes(after, ChecklistItemKey::Record).contains(u"interval.too_early"));
    EXPECT_FALSE(codes(after, ChecklistItemKey::Record).contains(u"history.desk_only"));
    EXPECT_EQ(after.toJson().value(u"history").toObject().value(u"scope").toString(),
              QStringLiteral("site"));

    AdministrationService administration({*two.db, two.clock});
    auto given = administration.administer(req);
    ASSERT_FALSE(given.ok());
    EXPECT_EQ(given.error().code, ErrorCode::DeskChecklistFailed);
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM dose")), 1);

    // What was fetched came from desk 1 and is not desk 2's to push.
    EXPECT_EQ(two.number(QStringLiteral("SELECT origin_desk FROM dose")), 1);
    EXPECT_EQ(two.number(QStringLiteral("SELECT origin_desk FROM person")), 1);
    EXPECT_EQ(two.backlog(), 2);  // only the visit desk 2 checked in, and its consent
    for (int round = 0; round < 2; ++round) {
        sync(two);
        sync(one);
    }
    expectSameRows();
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM person")), 1);
}

TEST_F(SiteHistory, AContraindicationRecordedAtDeskOneIsSeenAtDeskTwosChecklist)
{
    receiveLot();
    CheckInRequest screened = one.checkInRequest(2);
    screened.answers.insert(QStringLiteral("neurological"), true);
    auto deferred = CheckInService({*one.db, one.clock}).recordDeferral(screened);
    ASSERT_TRUE(deferred.ok()) << qPrintable(deferred.error().message);
    ASSERT_EQ(deferred->contraindicationIds.size(), 1);
    sync(one);
    aWeekLater();

    findOnServer(two, 2);
    const QString visitId = two.checkInAndCall(2);
    ASSERT_FALSE(visitId.isEmpty());
    EXPECT_EQ(personOf(two, visitId), deferred->personId);
    const AdministerRequest req = two.doseRequest(visitId);
    EXPECT_FALSE(codes(checklist(two, req), ChecklistItemKey::Health)
                     .contains(u"health.contraindication_on_record"));

    EXPECT_TRUE(refresh(two, visitId).answered);
    const ChecklistResult after = checklist(two, req);
    EXPECT_TRUE(
        codes(after, ChecklistItemKey::Health).contains(u"health.contraindication_on_record"));
    EXPECT_EQ(after.item(ChecklistItemKey::Health).state, CheckState::Fail);
    EXPECT_FALSE(after.canAdminister());
    EXPECT_EQ(two.number(QStringLiteral("SELECT origin_desk FROM contraindication")), 1);
}

TEST_F(SiteHistory, CheckInAtDeskTwoFindsAPersonRegisteredOnlyAtDeskOne)
{
    const CheckInRequest r = one.checkInRequest(3);
    auto registered = CheckInService({*one.db, one.clock}).registerPerson(r.draft, {}, kStaff);
    ASSERT_TRUE(registered.ok()) << qPrintable(registered.error().message);
    ASSERT_TRUE(registered->created);
    sync(one);

    const HistoryFetch found = findOnServer(two, 3);
    EXPECT_TRUE(found.answered);
    EXPECT_EQ(found.written, 2);
    auto receipt = CheckInService({*two.db, two.clock}).checkIn(two.checkInRequest(3));
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error().message);
    EXPECT_FALSE(receipt->personCreated);
    EXPECT_EQ(receipt->personId, registered->person.id);
    for (int round = 0; round < 2; ++round) {
        sync(two);
        sync(one);
    }
    EXPECT_EQ(one.number(QStringLiteral("SELECT count(*) FROM person")), 1);
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM person")), 1);
    expectSameRows();
}

TEST_F(SiteHistory, WithTheServerStoppedTheChecklistSaysThisDeskOnlyAndAsksTheNurse)
{
    receiveLot();
    const QString visitId = two.checkInAndCall(4);
    ASSERT_FALSE(visitId.isEmpty());
    ASSERT_TRUE(pg.stop()) << qPrintable(pg.error());

    const HistoryFetch fetched = refresh(two, visitId);
    EXPECT_TRUE(fetched.joined);
    EXPECT_FALSE(fetched.answered);
    ASSERT_TRUE(fetched.problem.has_value());
    EXPECT_EQ(fetched.problem->code, ErrorCode::SiteUnreachable);
    EXPECT_EQ(fetched.scope.kind, HistoryScope::Kind::DeskOnly);
    EXPECT_EQ(fetched.scope.unreachableSince, two.clock.nowUtc());

    AdministerRequest req = two.doseRequest(visitId);
    const ChecklistResult offline = checklist(two, req);
    EXPECT_EQ(offline.historyNote,
              QStringLiteral("this desk only: server unreachable since 09:00"));
    EXPECT_EQ(offline.item(ChecklistItemKey::Record).state, CheckState::NeedsConfirmation);
    EXPECT_TRUE(codes(offline, ChecklistItemKey::Record).contains(u"history.desk_only"));
    EXPECT_FALSE(offline.canAdminister());

    AdministrationService administration({*two.db, two.clock});
    auto refused = administration.administer(req);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DeskChecklistFailed);
    EXPECT_EQ(refused.error().field, QStringLiteral("record"));
    EXPECT_EQ(two.number(QStringLiteral("SELECT count(*) FROM dose")), 0);

    // The nurse asked the person about other doses today and confirms it.
    req.choices.confirmed.insert(ChecklistItemKey::Record);
    auto given = administration.administer(req);
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    const QJsonObject recorded = given->dose.checklist;
    EXPECT_EQ(recorded.value(u"history").toObject().value(u"scope").toString(),
              QStringLiteral("desk_only"));
    EXPECT_TRUE(recorded.value(u"confirmed").toArray().contains(QStringLiteral("record")));
}

TEST_F(SiteHistory, ADeskNotJoinedJudgesItsOwnRecordsAsBefore)
{
    Desk alone;
    alone.receiveLot(10);
    ASSERT_FALSE(HasFatalFailure());
    const QString visitId = alone.checkInAndCall(5);
    ASSERT_FALSE(visitId.isEmpty());

    const HistoryFetch fetched = refresh(alone, visitId);
    EXPECT_FALSE(fetched.joined);
    EXPECT_EQ(fetched.scope.kind, HistoryScope::Kind::Desk);
    const AdministerRequest req = alone.doseRequest(visitId);
    const ChecklistResult r = checklist(alone, req);
    EXPECT_TRUE(r.historyNote.isEmpty());
    EXPECT_FALSE(r.toJson().contains(u"history"));
    EXPECT_TRUE(r.canAdminister());
    AdministrationService administration({*alone.db, alone.clock});
    auto given = administration.administer(req);
    ASSERT_TRUE(given.ok()) << qPrintable(given.error().message);
    EXPECT_FALSE(given->dose.checklist.contains(u"history"));
}

}  // namespace
