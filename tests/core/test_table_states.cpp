// The typed states of the clinical tables are the schema's: every enum value's text is one the
// table's CHECK constraint allows, every allowed text maps back to its value, and anything else
// is no state at all. A new state added on one side only fails here.
#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

#include "aefi/adverseeventrepository.h"
#include "checkin/visitrepository.h"
#include "desk/doserepository.h"
#include "observation/observationrepository.h"
#include "support/tempdb.h"

using namespace vax;

namespace {

class TableStatesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        db = tmp.open();
        ASSERT_TRUE(db);
    }

    // The texts `CHECK (column IN (…))` of `table`'s CREATE statement allows, in its order.
    QStringList allowed(const QString& table, const QString& column)
    {
        auto q = db->exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {table});
        EXPECT_TRUE(q.ok());
        if (!q.ok() || !q->next())
            return {};
        const QString sql = q->value(0).toString();
        const QRegularExpression check(
            QStringLiteral("CHECK\\s*\\(\\s*%1\\s+IN\\s*\\(([^)]*)\\)").arg(column));
        const auto m = check.match(sql);
        EXPECT_TRUE(m.hasMatch()) << qPrintable(table + QLatin1Char('.') + column);
        QStringList out;
        for (const auto& v :
             QRegularExpression(QStringLiteral("'([^']*)'")).globalMatch(m.captured(1)))
            out << v.captured(1);
        return out;
    }

    test::TempDb tmp;
    std::unique_ptr<Database> db;
};

template <typename E>
void expectSameStates(const QStringList& schema, std::initializer_list<E> values,
                      const std::function<QString(E)>& text,
                      const std::function<std::optional<E>(QStringView)>& fromText)
{
    QStringList typed;
    for (E v : values) {
        typed << text(v);
        EXPECT_TRUE(fromText(text(v)) == v) << qPrintable(text(v));
    }
    EXPECT_EQ(typed, schema);
    EXPECT_FALSE(fromText(u"").has_value());
    EXPECT_FALSE(fromText(u"unknown").has_value());
    // The stored text exactly: no other case, no padding.
    for (E v : values) {
        EXPECT_FALSE(fromText(text(v).toUpper()).has_value()) << qPrintable(text(v));
        EXPECT_FALSE(fromText(text(v) + QLatin1Char(' ')).has_value()) << qPrintable(text(v));
    }
}

}  // namespace

TEST_F(TableStatesTest, VisitStatesAreTheSchemas)
{
    expectSameStates<VisitState>(allowed(QStringLiteral("visit"), QStringLiteral("state")),
                                 {VisitState::Waiting, VisitState::Called, VisitState::Vaccinated,
                                  VisitState::Deferred, VisitState::Cancelled},
                                 visitStateText, visitStateFromText);
    EXPECT_EQ(allowed(QStringLiteral("visit"), QStringLiteral("lane")),
              QStringList({queueLaneText(QueueLane::Normal), queueLaneText(QueueLane::Priority)}));
}

TEST_F(TableStatesTest, ConsentSignersAreTheSchemas)
{
    expectSameStates<ConsentSigner>(allowed(QStringLiteral("consent"), QStringLiteral("signer")),
                                    {ConsentSigner::Self, ConsentSigner::Guardian},
                                    consentSignerText, consentSignerFromText);
}

TEST_F(TableStatesTest, DoseStatusesAreTheSchemas)
{
    expectSameStates<DoseStatus>(allowed(QStringLiteral("dose"), QStringLiteral("status")),
                                 {DoseStatus::Completed, DoseStatus::EnteredInError},
                                 doseStatusText, doseStatusFromText);
}

TEST_F(TableStatesTest, ObservationStatesAreTheSchemas)
{
    expectSameStates<ObservationState>(
        allowed(QStringLiteral("observation"), QStringLiteral("state")),
        {ObservationState::Observing, ObservationState::Departed, ObservationState::LeftEarly,
         ObservationState::AdverseEvent, ObservationState::Referred, ObservationState::Cancelled},
        observationStateText, observationStateFromText);
    // Only these two keep a person on the board.
    QStringList inArea;
    for (ObservationState s :
         {ObservationState::Observing, ObservationState::Departed, ObservationState::LeftEarly,
          ObservationState::AdverseEvent, ObservationState::Referred, ObservationState::Cancelled})
        if (inObservationArea(s))
            inArea << observationStateText(s);
    EXPECT_EQ(inArea, QStringList({QStringLiteral("observing"), QStringLiteral("adverse_event")}));
}

TEST_F(TableStatesTest, AdverseEventStatusesAreTheSchemas)
{
    expectSameStates<AdverseEventStatus>(
        allowed(QStringLiteral("adverse_event"), QStringLiteral("status")),
        {AdverseEventStatus::Active, AdverseEventStatus::EnteredInError}, adverseEventStatusText,
        adverseEventStatusFromText);
}
