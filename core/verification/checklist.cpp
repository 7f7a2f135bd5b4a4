#include "verification/checklist.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

#include "common/age.h"
#include "common/i18n.h"
#include "common/labels.h"
#include "stock/lotstatus.h"

namespace vax {

namespace {
struct ChecklistText {
    Q_DECLARE_TR_FUNCTIONS(Checklist)
};

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString productName(const Product& p)
{
    return p.name.forLocale(currentLanguage());
}

// Builds one item: findings are added with their rules, the state is the worst of them.
class ItemBuilder {
public:
    ItemBuilder(ChecklistItemKey key, QString title)
    {
        m_item.key = key;
        m_item.group = checklistGroupOf(key);
        m_item.title = std::move(title);
    }

    void fail(const QString& code, const QString& message, bool overridable = false)
    {
        m_item.findings.push_back({code, CheckState::Fail, message, true, overridable, false});
    }
    void warn(const QString& code, const QString& message)
    {
        m_item.findings.push_back({code, CheckState::Warning, message, false, false, false});
    }
    void wait(const QString& code, const QString& message)
    {
        m_item.findings.push_back(
            {code, CheckState::NeedsConfirmation, message, true, false, false});
    }
    void detail(const QString& text) { m_item.detail = text; }
    bool hasBlocking() const
    {
        return std::any_of(m_item.findings.begin(), m_item.findings.end(),
                           [](const CheckFinding& f) { return f.blocks; });
    }
    ChecklistItem& item() { return m_item; }

private:
    ChecklistItem m_item;
};

void waitForLot(ItemBuilder& b)
{
    b.wait(QStringLiteral("lot.not_scanned"),
           ChecklistText::tr("Scan the vaccine box or vial to check this."));
}

// What the person carries from earlier visits (a screening answer, an AEFI, a doctor's entry):
// a contraindication blocks and only a doctor's lifting ends it; a precaution needs a doctor's
// decision. One that names a product, group or component waits for the scan to be judged.
void checkRecordedContraindications(const ChecklistInput& in, const QDate& today, ItemBuilder& b)
{
    for (const Contraindication& c : in.contraindications) {
        if (!c.activeOn(today))
            continue;
        const bool applies =
            c.scope == ContraindicationScope::All || (in.product && c.appliesTo(*in.product));
        const QString what = contraindicationReasonLabel(c);
        const QString scope = contraindicationScopeLabel(c.scopeSpec());
        if (!applies) {
            if (!in.product)
                b.warn(c.kind == ContraindicationKind::Precaution
                           ? QStringLiteral("health.precaution_on_record")
                           : QStringLiteral("health.contraindication_on_record"),
                       ChecklistText::tr("On record: %1 for %2 (%3). The scanned vaccine will "
                                         "be checked against it.")
                           .arg(contraindicationKindLabel(c.kind), scope, what));
            continue;
        }
        if (c.kind == ContraindicationKind::Contraindication)
            b.fail(QStringLiteral("health.contraindication_on_record"),
                   ChecklistText::tr("Contraindication on record for %1: %2 (%3, %4). Do not "
                                     "vaccinate whatever today's answers are; only a doctor can "
                                     "lift it.")
                       .arg(scope, what, contraindicationOriginLabel(c.origin),
                            c.recordedAt.toTimeZone(in.zone).date().toString(Qt::ISODate)));
        else
            b.fail(QStringLiteral("health.precaution_on_record"),
                   ChecklistText::tr("Precaution on record for %1: %2. A doctor must decide; a "
                                     "doctor may allow the dose with a reason.")
                       .arg(scope, what),
                   /*overridable=*/true);
    }
}

ChecklistItem checkHealth(const ChecklistInput& in, const QDate& today,
                          const std::vector<const PastDose*>& otherVaccines)
{
    ItemBuilder b(ChecklistItemKey::Health, ChecklistText::tr("Health and contraindications"));
    const VisitFacts& v = in.visit;
    if (v.date != today)
        b.fail(QStringLiteral("visit.not_today"),
               ChecklistText::tr("The check-in is from %1, not today. Check the person in again "
                                 "today (screening and consent).")
                   .arg(isoDate(v.date)));
    if (v.state == QLatin1String("vaccinated"))
        b.fail(QStringLiteral("visit.already_vaccinated"),
               ChecklistText::tr("A dose is already recorded for this check-in. Do not give "
                                 "another; look at the dose list."));
    else if (v.state == QLatin1String("deferred") || v.state == QLatin1String("cancelled"))
        b.fail(QStringLiteral("visit.closed"),
               ChecklistText::tr("This check-in was %1. Check the person in again if they are "
                                 "to be vaccinated.")
                   .arg(labels::visitState(v.state)));

    const QString reasons = labels::screeningReasons(v.screeningReasons);
    if (!v.screeningRecorded)
        b.fail(QStringLiteral("screening.missing"),
               ChecklistText::tr("No screening is recorded today. Send the person back to "
                                 "check-in for screening."));
    else if (v.screening == ScreeningOutcome::Contraindicated)
        b.fail(QStringLiteral("screening.contraindicated"),
               ChecklistText::tr("Screening found a contraindication (%1): do not vaccinate; "
                                 "refer to a doctor.")
                   .arg(reasons));
    else if (v.screening == ScreeningOutcome::Defer)
        b.fail(QStringLiteral("screening.deferred"),
               ChecklistText::tr("Screening says defer (%1): not today. The person may come "
                                 "back when it has passed.")
                   .arg(reasons));
    else if (v.screening == ScreeningOutcome::DoctorReview)
        b.fail(QStringLiteral("screening.doctor_review"),
               ChecklistText::tr("Screening needs a doctor's decision (%1). A doctor may allow "
                                 "the dose with a reason.")
                   .arg(reasons),
               /*overridable=*/true);

    checkRecordedContraindications(in, today, b);

    const bool minor = in.person.birthDate.isValid() &&
                       ageInWholeYears(in.person.birthDate, today) < in.policy.adultAgeYears;
    if (!v.consentRecorded)
        b.fail(QStringLiteral("consent.missing"),
               ChecklistText::tr("No consent is recorded. Record the consent at check-in."));
    else if (minor && (v.signer != ConsentSigner::Guardian || v.guardianName.trimmed().isEmpty() ||
                       v.guardianRelation.trimmed().isEmpty()))
        b.fail(QStringLiteral("consent.guardian_missing"),
               ChecklistText::tr("The person is under %1: a guardian must sign the consent with "
                                 "name and relation. Record it at check-in.")
                   .arg(in.policy.adultAgeYears));

    for (const PastDose* d : otherVaccines) {
        const qint64 days = d->date.daysTo(today);
        if (days >= 0 && days < in.policy.otherVaccineDays) {
            b.fail(QStringLiteral("other_vaccine.within_days"),
                   ChecklistText::tr("Another vaccine (%1) was given on %2, %3 days ago; wait %4 "
                                     "days, until %5, or a doctor may allow it with a reason.")
                       .arg(labels::product(d->productCode), isoDate(d->date))
                       .arg(days)
                       .arg(in.policy.otherVaccineDays)
                       .arg(isoDate(d->date.addDays(in.policy.otherVaccineDays))),
                   /*overridable=*/true);
            break;
        }
    }
    b.detail(v.screening == ScreeningOutcome::Clear
                 ? ChecklistText::tr("Screening clear; consent by %1.")
                       .arg(v.signer == ConsentSigner::Guardian
                                ? ChecklistText::tr("guardian %1 (%2)")
                                      .arg(v.guardianName, v.guardianRelation)
                                : ChecklistText::tr("the person"))
                 : ChecklistText::tr("Screening: %1.")
                       .arg(labels::label(labels::Family::ScreeningOutcome,
                                          screeningOutcomeName(v.screening))));
    return b.item();
}

struct SeriesState {
    int doseNumber = 0;
};

ChecklistItem checkRecord(const ChecklistInput& in, const Catalog& catalog, const QDate& today,
                          const std::vector<const PastDose*>& sameDisease, SeriesState* series)
{
    ItemBuilder b(ChecklistItemKey::Record, ChecklistText::tr("Record: dose due and intervals"));
    if (!in.product) {
        waitForLot(b);
        return b.item();
    }
    const Product& p = *in.product;
    std::vector<const PastDose*> counted;
    bool mixed = false;
    for (const PastDose* d : sameDisease) {
        if (d->productCode == p.code) {
            counted.push_back(d);
            continue;
        }
        const Product* earlier = catalog.find(d->productCode);
        const bool interchangeable = in.policy.interchangeWithinGroup && earlier &&
                                     !p.interchangeGroup.isEmpty() &&
                                     earlier->interchangeGroup == p.interchangeGroup;
        if (interchangeable) {
            counted.push_back(d);
            mixed = true;
        } else {
            b.fail(QStringLiteral("interchange.not_allowed"),
                   ChecklistText::tr("Dose %1 on %2 was %3; %4 may not complete or follow that "
                                     "series. Use %3 or a product that may replace it.")
                       .arg(d->doseNumber)
                       .arg(isoDate(d->date), labels::product(d->productCode),
                            labels::product(p.code)));
        }
    }
    series->doseNumber = static_cast<int>(counted.size()) + 1;
    if (mixed)
        b.warn(QStringLiteral("interchange.other_product"),
               ChecklistText::tr("Earlier doses were another product of the same group; %1 may "
                                 "complete the series.")
                   .arg(labels::product(p.code)));
    if (static_cast<int>(counted.size()) >= p.seriesDoses) {
        b.fail(QStringLiteral("series.complete"),
               ChecklistText::tr("The series of %1 dose(s) is complete (last dose on %2). Do not "
                                 "give another dose.")
                   .arg(p.seriesDoses)
                   .arg(isoDate(counted.back()->date)));
        series->doseNumber = 0;
        b.detail(ChecklistText::tr("Series complete."));
        return b.item();
    }
    QStringList detail{
        ChecklistText::tr("Dose %1 of %2.").arg(series->doseNumber).arg(p.seriesDoses)};
    for (const SeriesInterval& iv : p.intervals) {
        if (iv.dose != series->doseNumber || iv.after < 1 ||
            iv.after > static_cast<int>(counted.size()))
            continue;
        const QDate prior = counted.at(iv.after - 1)->date;
        const QDate earliest = iv.min.addTo(prior);
        const qint64 days = prior.daysTo(today);
        detail << ChecklistText::tr("%1 days after dose %2 (%3).")
                      .arg(days)
                      .arg(iv.after)
                      .arg(isoDate(prior));
        if (today < earliest) {
            b.fail(QStringLiteral("interval.too_early"),
                   ChecklistText::tr("Too early: dose %1 may be given from %2 (%3 after dose %4 "
                                     "on %5). Give an appointment for that day.")
                       .arg(series->doseNumber)
                       .arg(isoDate(earliest), iv.min.describe())
                       .arg(iv.after)
                       .arg(isoDate(prior)));
        } else if (iv.recommendedMax && today > iv.recommendedMax->addTo(prior)) {
            b.warn(QStringLiteral("interval.late"),
                   ChecklistText::tr("Later than recommended (by %1 after dose %2). Give the dose "
                                     "now: a late dose completes the series, it never restarts "
                                     "it.")
                       .arg(isoDate(iv.recommendedMax->addTo(prior)))
                       .arg(iv.after));
        }
    }
    b.detail(detail.join(QLatin1Char(' ')));
    return b.item();
}

ChecklistItem checkVaccine(const ChecklistInput& in, const QDate& today)
{
    ItemBuilder b(ChecklistItemKey::Vaccine, ChecklistText::tr("Vaccine: appearance, lot, expiry"));
    if (!in.lot) {
        waitForLot(b);
        return b.item();
    }
    const LotFacts& lot = *in.lot;
    const std::optional<LotStatus> status = lotStatusFromName(lot.status);
    if (status == LotStatus::Quarantined)
        b.fail(QStringLiteral("lot.quarantined"),
               ChecklistText::tr("Lot %1 is quarantined after a temperature excursion. Take "
                                 "another lot; a supervisor must release this one first.")
                   .arg(lot.number));
    else if (status == LotStatus::Recalled)
        b.fail(QStringLiteral("lot.recalled"),
               ChecklistText::tr("Lot %1 is recalled. Take another lot.").arg(lot.number));
    else if (status == LotStatus::Discarded)
        b.fail(QStringLiteral("lot.discarded"),
               ChecklistText::tr("Lot %1 was discarded. Take another lot.").arg(lot.number));
    else if (status != LotStatus::Available)
        b.fail(QStringLiteral("lot.unusable"),
               ChecklistText::tr("Lot %1 is %2. Take another lot.")
                   .arg(lot.number, labels::label(labels::Family::LotStatus, lot.status)));
    if (!lot.expiry.isValid() || lot.expiry < today)
        b.fail(QStringLiteral("lot.expired"),
               ChecklistText::tr("Lot %1 expired on %2. Book it as wasted (expired) and take "
                                 "another lot.")
                   .arg(lot.number, isoDate(lot.expiry)));

    const bool multiDose = in.product && in.product->vialDoses > 1;
    if (in.vial) {
        const VialFacts& v = *in.vial;
        if (v.lotId != lot.id)
            b.fail(QStringLiteral("vial.other_lot"),
                   ChecklistText::tr("The open vial is of another lot than %1. Scan the vial you "
                                     "hold.")
                       .arg(lot.number));
        if (v.closed)
            b.fail(QStringLiteral("vial.closed"),
                   ChecklistText::tr("This vial was closed. Open a new vial."));
        else if (in.now >= v.discardAt)
            b.fail(QStringLiteral("vial.past_discard"),
                   ChecklistText::tr("The open vial had to be discarded at %1. Discard it and open "
                                     "a new vial.")
                       .arg(v.discardAt.toTimeZone(in.zone).toString(QStringLiteral("HH:mm"))));
        else if (v.dosesLeft <= 0)
            b.fail(QStringLiteral("vial.empty"),
                   ChecklistText::tr("The open vial has no doses left. Open a new vial."));
    } else if (multiDose) {
        b.fail(QStringLiteral("vial.not_opened"),
               ChecklistText::tr("%1 comes in %2-dose vials: open a vial (or scan the open one) "
                                 "before the dose.")
                   .arg(labels::product(in.product->code))
                   .arg(in.product->vialDoses));
    } else if (lot.available <= 0) {
        b.fail(QStringLiteral("stock.none"),
               ChecklistText::tr("Lot %1 has no doses in stock. Check the box and the stock "
                                 "count; take another lot.")
                   .arg(lot.number));
    }

    if (in.traceCode) {
        const TraceCodeFacts& t = *in.traceCode;
        if (!t.known)
            b.fail(QStringLiteral("trace_code.unknown"),
                   ChecklistText::tr("Box code %1 was not received at this site. Scan a box of "
                                     "the lot, or receive the box first.")
                       .arg(t.code));
        else if (t.lotId != lot.id)
            b.fail(QStringLiteral("trace_code.other_lot"),
                   ChecklistText::tr("Box code %1 belongs to another lot than %2. Scan the box "
                                     "you hold.")
                       .arg(t.code, lot.number));
        else if (t.used)
            b.fail(QStringLiteral("trace_code.used"),
                   ChecklistText::tr("Box code %1 was already used for a dose. Set the box aside "
                                     "and take a new one.")
                       .arg(t.code));
    }
    if (!in.confirmed.contains(ChecklistItemKey::Vaccine))
        b.wait(QStringLiteral("appearance.unconfirmed"),
               ChecklistText::tr("Look at the vaccine and syringe (appearance, label, lot, "
                                 "expiry) and confirm."));
    b.detail(ChecklistText::tr("Lot %1, expires %2.").arg(lot.number, isoDate(lot.expiry)) +
             (in.vial ? QLatin1Char(' ') + ChecklistText::tr("Open vial: %1 dose(s) left, discard "
                                                             "at %2.")
                                               .arg(in.vial->dosesLeft)
                                               .arg(in.vial->discardAt.toTimeZone(in.zone).toString(
                                                   QStringLiteral("HH:mm")))
                      : QString()));
    return b.item();
}

ChecklistItem checkName(const ChecklistInput& in)
{
    ItemBuilder b(ChecklistItemKey::Name, ChecklistText::tr("Name"));
    if (in.person.name.trimmed().isEmpty())
        b.fail(QStringLiteral("name.missing"),
               ChecklistText::tr("The person has no name on record. Correct the registration."));
    else if (!in.confirmed.contains(ChecklistItemKey::Name))
        b.wait(
            QStringLiteral("name.unconfirmed"),
            ChecklistText::tr("Ask the person's name and confirm it is %1.").arg(in.person.name));
    b.detail(in.person.name);
    return b.item();
}

ChecklistItem checkAge(const ChecklistInput& in, const QDate& today)
{
    ItemBuilder b(ChecklistItemKey::Age, ChecklistText::tr("Age"));
    const QDate birth = in.person.birthDate;
    if (!birth.isValid() || birth > today) {
        b.fail(QStringLiteral("age.unknown"),
               ChecklistText::tr("The birth date is missing or in the future. Correct the "
                                 "registration."));
        return b.item();
    }
    b.detail(ChecklistText::tr("%1 years (born %2).")
                 .arg(ageInWholeYears(birth, today))
                 .arg(isoDate(birth)));
    if (!in.product) {
        waitForLot(b);
        return b.item();
    }
    const Product& p = *in.product;
    const QDate minDate = ageReachedOn(birth, p.minAge);
    if (today < minDate)
        b.fail(QStringLiteral("age.below_minimum"),
               ChecklistText::tr("Too young for %1: the minimum age is %2, reached on %3.")
                   .arg(labels::product(p.code), p.minAge.describe(), isoDate(minDate)));
    if (p.maxAge && hasReachedAge(birth, *p.maxAge, today))
        b.fail(QStringLiteral("age.above_maximum"),
               ChecklistText::tr("%1 is for people younger than %2 (until %3). A doctor may "
                                 "allow it with a reason.")
                   .arg(labels::product(p.code), p.maxAge->describe(),
                        isoDate(ageReachedOn(birth, *p.maxAge))),
               /*overridable=*/true);
    return b.item();
}

ChecklistItem checkProduct(const ChecklistInput& in)
{
    ItemBuilder b(ChecklistItemKey::Product, ChecklistText::tr("Vaccine name"));
    if (!in.lot) {
        waitForLot(b);
        return b.item();
    }
    if (!in.product) {
        b.fail(QStringLiteral("product.unknown"),
               ChecklistText::tr("Product %1 of lot %2 is not in the catalog. Take another lot.")
                   .arg(in.lot->productCode, in.lot->number));
        return b.item();
    }
    if (!in.expectedProduct.isEmpty() && in.expectedProduct != in.product->code)
        b.fail(QStringLiteral("product.mismatch"),
               ChecklistText::tr("The scanned vaccine is %1, but %2 was chosen. Take the right "
                                 "vaccine.")
                   .arg(labels::product(in.product->code), labels::product(in.expectedProduct)));
    b.detail(productName(*in.product));
    return b.item();
}

ChecklistItem checkSpecification(const ChecklistInput& in)
{
    ItemBuilder b(ChecklistItemKey::Specification, ChecklistText::tr("Specification"));
    if (!in.product || !in.lot) {
        waitForLot(b);
        return b.item();
    }
    if (in.lot->dosesPerVial != in.product->vialDoses)
        b.fail(QStringLiteral("specification.mismatch"),
               ChecklistText::tr("Lot %1 holds %2 dose(s) per vial, the catalog says %3 for %4. "
                                 "Check the box and the lot record.")
                   .arg(in.lot->number)
                   .arg(in.lot->dosesPerVial)
                   .arg(in.product->vialDoses)
                   .arg(labels::product(in.product->code)));
    b.detail(ChecklistText::tr("%1 mL per dose, %2 dose(s) per vial.")
                 .arg(in.product->doseVolumeMl)
                 .arg(in.product->vialDoses));
    return b.item();
}

ChecklistItem checkDose(const ChecklistInput& in, int doseNumber)
{
    ItemBuilder b(ChecklistItemKey::Dose, ChecklistText::tr("Dose"));
    if (!in.product) {
        waitForLot(b);
        return b.item();
    }
    const double amount = in.amountMl > 0 ? in.amountMl : in.product->doseVolumeMl;
    if (std::abs(amount - in.product->doseVolumeMl) > 0.0005)
        b.fail(QStringLiteral("dose.amount_mismatch"),
               ChecklistText::tr("%1 mL is not the dose of %2 (%3 mL). Draw the catalog dose.")
                   .arg(amount)
                   .arg(labels::product(in.product->code))
                   .arg(in.product->doseVolumeMl));
    b.detail(doseNumber > 0 ? ChecklistText::tr("%1 mL, dose %2 of %3.")
                                  .arg(amount)
                                  .arg(doseNumber)
                                  .arg(in.product->seriesDoses)
                            : ChecklistText::tr("%1 mL.").arg(amount));
    return b.item();
}

ChecklistItem checkSite(const ChecklistInput& in)
{
    ItemBuilder b(ChecklistItemKey::Site, ChecklistText::tr("Site"));
    if (!in.product) {
        waitForLot(b);
        return b.item();
    }
    const QStringList& allowed = in.product->sites;
    if (in.site.isEmpty()) {
        if (!allowed.isEmpty())
            b.wait(QStringLiteral("site.missing"),
                   ChecklistText::tr("Choose the injection site (%1).")
                       .arg(labels::injectionSites(allowed)));
    } else if (!allowed.contains(in.site)) {
        b.fail(QStringLiteral("site.not_allowed"),
               ChecklistText::tr("%1 is not a site for %2; use %3.")
                   .arg(labels::injectionSite(in.site), labels::product(in.product->code),
                        allowed.isEmpty() ? ChecklistText::tr("no site (not injected)")
                                          : labels::injectionSites(allowed)));
    }
    b.detail(labels::injectionSite(in.site));
    return b.item();
}

ChecklistItem checkRoute(const ChecklistInput& in)
{
    ItemBuilder b(ChecklistItemKey::Route, ChecklistText::tr("Route"));
    if (!in.product) {
        waitForLot(b);
        return b.item();
    }
    const QString route = in.route.isEmpty() ? in.product->route : in.route;
    if (route != in.product->route)
        b.fail(QStringLiteral("route.mismatch"),
               ChecklistText::tr("%1 is given %2, not %3.")
                   .arg(labels::product(in.product->code), labels::route(in.product->route),
                        labels::route(route)));
    b.detail(labels::route(route));
    return b.item();
}

ChecklistItem checkVerification(const ChecklistInput& in)
{
    ItemBuilder b(ChecklistItemKey::Verification,
                  ChecklistText::tr("The person verifies the vaccine and its expiry"));
    if (!in.lot || !in.product) {
        waitForLot(b);
        return b.item();
    }
    if (!in.confirmed.contains(ChecklistItemKey::Verification))
        b.wait(QStringLiteral("verification.unconfirmed"),
               ChecklistText::tr("Show the person (or guardian) the vaccine name and expiry and "
                                 "confirm that they checked it."));
    b.detail(ChecklistText::tr("%1, lot %2, expires %3.")
                 .arg(productName(*in.product), in.lot->number, isoDate(in.lot->expiry)));
    return b.item();
}

// A joined desk that judged less than the site's whole history: the nurse asks the person about
// other doses today and confirms it (Record in `confirmed`).
void checkHistoryScope(const ChecklistInput& in, const QString& note, ChecklistItem& item)
{
    const HistoryScope& h = in.historyScope;
    if (h.kind == HistoryScope::Kind::Desk)
        return;
    item.detail = item.detail.isEmpty()
                      ? note
                      : ChecklistText::tr("%1. %2", "the history judged, then the item's detail")
                            .arg(note, item.detail);
    if (!h.needsQuestion())
        return;
    const QString code = h.kind == HistoryScope::Kind::DeskOnly
                             ? QStringLiteral("history.desk_only")
                             : QStringLiteral("history.incomplete");
    QString why =
        h.kind == HistoryScope::Kind::DeskOnly
            ? ChecklistText::tr("History judged: %1. Doses given at other desks may be missing.")
                  .arg(note)
            : ChecklistText::tr(
                  "History judged: %1, but %n of the person's records from other "
                  "desks could not be applied here yet.",
                  nullptr, h.missing)
                  .arg(note);
    if (in.confirmed.contains(ChecklistItemKey::Record))
        item.findings.push_back(
            {code, CheckState::Warning,
             why + QLatin1Char(' ') +
                 ChecklistText::tr("You confirmed that you asked the person about other doses "
                                   "today."),
             false, false, false});
    else
        item.findings.push_back(
            {code, CheckState::NeedsConfirmation,
             why + QLatin1Char(' ') +
                 ChecklistText::tr("Ask the person whether they had any other vaccine today, "
                                   "then confirm that you asked."),
             true, false, false});
}

void finish(ChecklistItem& item)
{
    item.state = CheckState::Pass;
    for (const CheckFinding& f : item.findings)
        item.state = std::max(item.state, f.state);
}
}  // namespace

QString historyScopeName(HistoryScope::Kind kind)
{
    switch (kind) {
        case HistoryScope::Kind::Desk:
            return QStringLiteral("desk");
        case HistoryScope::Kind::Site:
            return QStringLiteral("site");
        case HistoryScope::Kind::DeskOnly:
            return QStringLiteral("desk_only");
    }
    return {};
}

QString historyScopeNote(const HistoryScope& scope, const QTimeZone& zone, const QDate& today)
{
    const auto at = [&](const QDateTime& t) {
        const QDateTime local = t.toTimeZone(zone);
        return local.date() == today ? local.toString(QStringLiteral("HH:mm"))
                                     : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    switch (scope.kind) {
        case HistoryScope::Kind::Desk:
            return {};
        case HistoryScope::Kind::Site:
            return ChecklistText::tr("site history as of %1").arg(at(scope.asOf));
        case HistoryScope::Kind::DeskOnly:
            return scope.unreachableSince.isValid()
                       ? ChecklistText::tr("this desk only: server unreachable since %1")
                             .arg(at(scope.unreachableSince))
                       : ChecklistText::tr("this desk only: the site server was not asked");
    }
    return {};
}

QString checklistGroupName(ChecklistGroup group)
{
    switch (group) {
        case ChecklistGroup::ThreeChecks:
            return QStringLiteral("three_checks");
        case ChecklistGroup::SevenVerifications:
            return QStringLiteral("seven_verifications");
        case ChecklistGroup::OneValidation:
            return QStringLiteral("one_validation");
    }
    return {};
}

QString checklistItemName(ChecklistItemKey key)
{
    switch (key) {
        case ChecklistItemKey::Health:
            return QStringLiteral("health");
        case ChecklistItemKey::Record:
            return QStringLiteral("record");
        case ChecklistItemKey::Vaccine:
            return QStringLiteral("vaccine");
        case ChecklistItemKey::Name:
            return QStringLiteral("name");
        case ChecklistItemKey::Age:
            return QStringLiteral("age");
        case ChecklistItemKey::Product:
            return QStringLiteral("product");
        case ChecklistItemKey::Specification:
            return QStringLiteral("specification");
        case ChecklistItemKey::Dose:
            return QStringLiteral("dose");
        case ChecklistItemKey::Site:
            return QStringLiteral("site");
        case ChecklistItemKey::Route:
            return QStringLiteral("route");
        case ChecklistItemKey::Verification:
            return QStringLiteral("verification");
    }
    return {};
}

std::optional<ChecklistItemKey> checklistItemFromName(const QString& name)
{
    for (ChecklistItemKey key : allChecklistItems())
        if (checklistItemName(key) == name)
            return key;
    return std::nullopt;
}

QString checkStateName(CheckState state)
{
    switch (state) {
        case CheckState::Pass:
            return QStringLiteral("pass");
        case CheckState::Warning:
            return QStringLiteral("warning");
        case CheckState::NeedsConfirmation:
            return QStringLiteral("needs_confirmation");
        case CheckState::Fail:
            return QStringLiteral("fail");
    }
    return {};
}

ChecklistGroup checklistGroupOf(ChecklistItemKey key)
{
    switch (key) {
        case ChecklistItemKey::Health:
        case ChecklistItemKey::Record:
        case ChecklistItemKey::Vaccine:
            return ChecklistGroup::ThreeChecks;
        case ChecklistItemKey::Verification:
            return ChecklistGroup::OneValidation;
        default:
            return ChecklistGroup::SevenVerifications;
    }
}

const std::vector<ChecklistItemKey>& confirmableItems()
{
    static const std::vector<ChecklistItemKey> items{
        ChecklistItemKey::Vaccine, ChecklistItemKey::Name, ChecklistItemKey::Verification};
    return items;
}

const std::vector<ChecklistItemKey>& allChecklistItems()
{
    static const std::vector<ChecklistItemKey> items{
        ChecklistItemKey::Health,        ChecklistItemKey::Record,      ChecklistItemKey::Vaccine,
        ChecklistItemKey::Name,          ChecklistItemKey::Age,         ChecklistItemKey::Product,
        ChecklistItemKey::Specification, ChecklistItemKey::Dose,        ChecklistItemKey::Site,
        ChecklistItemKey::Route,         ChecklistItemKey::Verification};
    return items;
}

bool ChecklistItem::blocks() const
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const CheckFinding& f) { return f.blocks; });
}

bool ChecklistResult::canAdminister() const
{
    return items.size() == allChecklistItems().size() && doseNumber > 0 &&
           std::none_of(items.begin(), items.end(),
                        [](const ChecklistItem& i) { return i.blocks(); });
}

const ChecklistItem& ChecklistResult::item(ChecklistItemKey key) const
{
    return items.at(static_cast<size_t>(key));
}

std::vector<std::pair<ChecklistItemKey, CheckFinding>> ChecklistResult::blocking() const
{
    std::vector<std::pair<ChecklistItemKey, CheckFinding>> out;
    for (const ChecklistItem& i : items)
        for (const CheckFinding& f : i.findings)
            if (f.blocks)
                out.emplace_back(i.key, f);
    return out;
}

QJsonObject ChecklistResult::toJson() const
{
    QJsonArray list;
    for (const ChecklistItem& i : items) {
        QJsonArray findings;
        for (const CheckFinding& f : i.findings)
            findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                        {QStringLiteral("state"), checkStateName(f.state)},
                                        {QStringLiteral("blocks"), f.blocks},
                                        {QStringLiteral("overridden"), f.overridden}});
        list.append(QJsonObject{{QStringLiteral("item"), checklistItemName(i.key)},
                                {QStringLiteral("group"), checklistGroupName(i.group)},
                                {QStringLiteral("state"), checkStateName(i.state)},
                                {QStringLiteral("findings"), findings}});
    }
    QJsonObject out{{QStringLiteral("version"), 1},
                    {QStringLiteral("today"), isoDate(today)},
                    {QStringLiteral("dose_number"), doseNumber},
                    {QStringLiteral("can_administer"), canAdminister()},
                    {QStringLiteral("overrides"), QJsonArray::fromStringList(appliedOverrides)},
                    {QStringLiteral("items"), list}};
    if (history.kind != HistoryScope::Kind::Desk)
        out.insert(QStringLiteral("history"), historyJson(history));
    return out;
}

QJsonObject historyJson(const HistoryScope& scope)
{
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return {{QStringLiteral("scope"), historyScopeName(scope.kind)},
            {QStringLiteral("as_of"), time(scope.asOf)},
            {QStringLiteral("unreachable_since"), time(scope.unreachableSince)},
            {QStringLiteral("missing"), scope.missing}};
}

ChecklistResult evaluateChecklist(const ChecklistInput& in)
{
    const Catalog& catalog = in.catalog ? *in.catalog : Catalog::builtIn();
    ChecklistResult result;
    result.today = in.now.toTimeZone(in.zone).date();
    const QDate today = result.today;

    // Earlier doses: of the same disease (the series), or other vaccines (the 14-day rule).
    std::vector<const PastDose*> sameDisease;
    std::vector<const PastDose*> otherVaccines;
    for (const PastDose& d : in.history) {
        if (!d.completed || !in.product)
            continue;  // without the scanned product, the series is not known yet
        const Product* p = catalog.find(d.productCode);
        if (in.product && p && p->disease == in.product->disease)
            sameDisease.push_back(&d);
        else
            otherVaccines.push_back(&d);
    }
    const auto byDate = [](const PastDose* a, const PastDose* b) { return a->date < b->date; };
    std::stable_sort(sameDisease.begin(), sameDisease.end(), byDate);
    std::stable_sort(otherVaccines.begin(), otherVaccines.end(),
                     [](const PastDose* a, const PastDose* b) { return a->date > b->date; });

    SeriesState series;
    result.history = in.historyScope;
    result.historyNote = historyScopeNote(in.historyScope, in.zone, today);
    result.items.push_back(checkHealth(in, today, otherVaccines));
    result.items.push_back(checkRecord(in, catalog, today, sameDisease, &series));
    checkHistoryScope(in, result.historyNote, result.items.back());
    result.items.push_back(checkVaccine(in, today));
    result.items.push_back(checkName(in));
    result.items.push_back(checkAge(in, today));
    result.items.push_back(checkProduct(in));
    result.items.push_back(checkSpecification(in));
    result.items.push_back(checkDose(in, series.doseNumber));
    result.items.push_back(checkSite(in));
    result.items.push_back(checkRoute(in));
    result.items.push_back(checkVerification(in));
    result.doseNumber = series.doseNumber;
    result.seriesDoses = in.product ? in.product->seriesDoses : 0;

    QSet<QString> applied;
    for (ChecklistItem& item : result.items) {
        for (CheckFinding& f : item.findings) {
            if (f.overridable && f.state == CheckState::Fail && in.overrides.contains(f.code)) {
                f.overridden = true;
                f.blocks = false;
                f.state = CheckState::Warning;
                applied.insert(f.code);
            }
        }
        finish(item);
    }
    for (const QString& code : in.overrides) {
        if (applied.contains(code))
            result.appliedOverrides << code;
        else
            result.rejectedOverrides << code;
    }
    result.appliedOverrides.sort();
    result.rejectedOverrides.sort();
    return result;
}

}  // namespace vax
