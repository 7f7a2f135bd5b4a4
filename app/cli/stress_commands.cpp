// vaxctl stress: administers doses in a loop on a training database, printing each dose id only
// after its commit returned (the crash tests kill it at random moments and look for every
// printed id).
#include <QCoreApplication>
#include <QTimeZone>

#include "checkin/checkinservice.h"
#include "checkin/consent.h"
#include "checkin/screening.h"
#include "cli/commands.h"
#include "cli/stocksupport.h"
#include "desk/administrationservice.h"
#include "desk/queueservice.h"
#include "identity/document.h"
#include "storage/database.h"

namespace vax::cli {

namespace {
struct StressCmdText {
    Q_DECLARE_TR_FUNCTIONS(vaxctl)
};

// A valid 18-digit resident ID (MOD 11-2) for the n-th stress person: an adult born in 1950
// or later (n / 1000 days after 1950-01-01), sequence n % 1000.
QString stressResidentId(qint64 n)
{
    return composeResidentId(110105, QDate(1950, 1, 1).addDays(n / 1000),
                             static_cast<int>(n % 1000));
}

// The next resident ID not on file, starting from person number `n`.
Result<QString> freshResidentId(Database& db, qint64& n)
{
    for (;; ++n) {
        const QString id = stressResidentId(n);
        VAX_TRY_VALUE(auto q, db.exec(QStringLiteral("SELECT count(*) FROM identity_document WHERE "
                                                     "match_key = ?"),
                                      {id}));
        if (q.scalar().toLongLong() == 0)
            return id;
    }
}

// A lot with at least `doses` on hand: a fresh BBIBP-CorV lot in the training fridge.
Result<LotInfo> stressLot(Session& s, int doses, quint64 seed)
{
    VAX_TRY_VALUE(auto training, LotService::find(s.db(), QStringLiteral("TRAIN-B2021001")));
    LotReceipt r;
    r.productCode = QStringLiteral("BBIBP-CorV");
    // At most 20 characters: the time in base 36 keeps each run's lot apart.
    r.lotNumber =
        QStringLiteral("STRESS-") +
        QString::number(s.clock().nowUtc().toMSecsSinceEpoch() + qint64(seed % 1000), 36).toUpper();
    r.expiry = s.site->calendar().today().addDays(365);
    r.doses = doses;
    r.fridgeId = training.fridgeId;
    VAX_TRY_VALUE(auto received, LotService::receive(s.services(), r));
    return received.lot;
}

int runStress(CommandContext& ctx)
{
    auto n = stock::intOption(ctx, QStringLiteral("doses"), true);
    if (!n || *n < 1 || *n > 1'000'000)
        return ctx.out().usage(
            StressCmdText::tr("--doses: give how many doses to administer, e.g. --doses 500."));
    quint64 seed = 1;
    if (ctx.args().isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = ctx.args().value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.out().usage(
                StressCmdText::tr("--seed: give a whole number, e.g. --seed 42."));
    }
    VAX_TRY_VALUE_OR(auto s, ctx.out().fail, session(ctx));
    if (!s.site->site.training)
        return ctx.out().fail(makeError(
            ErrorCode::DemoTrainingOnly,
            StressCmdText::tr("The stress test writes to training databases only; %1 is the "
                              "production database of site %2 and was not changed. Use a "
                              "training database (vaxctl init --training).")
                .arg(s.db().path(), s.site->site.code),
            QStringLiteral("db")));

    VAX_TRY_VALUE_OR(auto lot, ctx.out().fail, stressLot(s, *n, seed));
    VAX_TRY_VALUE_OR(auto persons, ctx.out().fail,
                     s.db().exec(QStringLiteral("SELECT count(*) FROM person")));
    // Person numbers start after the persons on file and are spread by the seed, so runs on
    // the same database do not keep retrying the same documents.
    qint64 next = persons.scalar().toLongLong() + static_cast<qint64>(seed % 1000) * 1000;

    CheckInService checkin(s.services());
    QueueService queue(s.services());
    AdministrationService administration(s.services());
    const QString deskName = QStringLiteral("stress");
    for (int i = 0; i < *n; ++i) {
        VAX_TRY_VALUE_OR(auto document, ctx.out().fail, freshResidentId(s.db(), next));
        CheckInRequest in;
        in.staffId = s.actor.id;
        in.draft.name = StressCmdText::tr("Stress test %1").arg(next++);
        in.duplicate.kind = DuplicateResolution::ConfirmNewPerson;
        in.draft.document.number = document;
        for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
            in.answers.insert(q.id, false);
        in.temperatureC = 36.6;
        in.consent.textVersion = QString::fromLatin1(kConsentTextVersion);
        VAX_TRY_VALUE_OR(auto visit, ctx.out().fail, checkin.checkIn(in));

        VAX_TRY_VALUE_OR(auto called, ctx.out().fail, queue.callNext(deskName, s.actor.id));
        if (!called.has_value())
            return ctx.out().fail(makeError(
                ErrorCode::Internal,
                StressCmdText::tr("Nobody was waiting after a check-in; stopped after %1 doses.")
                    .arg(i)));

        AdministerRequest r;
        r.scan.visitId = called->visitId;
        r.scan.lot = lot.id;
        r.choices.site = QStringLiteral("LD");
        for (ChecklistItemKey k : confirmableItems())
            r.choices.confirmed.insert(k);
        // On a desk joined to a site the stress nurse has also asked about other doses today.
        r.choices.confirmed.insert(ChecklistItemKey::Record);
        r.desk = deskName;
        r.staffId = s.actor.id;
        ChecklistResult evaluated;
        VAX_TRY_VALUE_OR(auto given, ctx.out().fail, administration.administer(r, &evaluated));
        // Only now is the dose committed (synchronous=FULL): record() prints and flushes.
        ctx.out().record({{QStringLiteral("dose_id"), given.dose.id}}, given.dose.id);
    }
    return ExitOk;
}
}  // namespace

void registerStressCommands(Registry& registry)
{
    registry.add({{QStringLiteral("stress")},
                  [] {
                      return StressCmdText::tr(
                          "Administer doses in a loop on a training database (crash tests)");
                  },
                  [](QCommandLineParser& p) {
                      p.addOptions(
                          {{QStringLiteral("doses"),
                            StressCmdText::tr("Doses to administer; each dose id is printed "
                                              "once it is saved"),
                            QStringLiteral("N")},
                           {QStringLiteral("seed"),
                            StressCmdText::tr("Seed for the generated persons (default 1)"),
                            QStringLiteral("S")},
                           actorOpt()});
                  },
                  runStress});
}

}  // namespace vax::cli
