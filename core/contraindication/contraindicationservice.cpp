#include "contraindication/contraindicationservice.h"

#include <QCoreApplication>
#include <QJsonObject>

#include "catalog/catalog.h"
#include "checkin/person.h"
#include "checkin/screening.h"
#include "common/clock.h"
#include "common/ids.h"
#include "common/inputpolicy.h"
#include "contraindication/contraindicationrepository.h"
#include "desk/doserepository.h"
#include "security/password.h"
#include "security/permissions.h"
#include "site/site.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax {

namespace {
struct ContraindicationServiceText {
    Q_DECLARE_TR_FUNCTIONS(Contraindication)
};

QJsonObject describe(const Contraindication& c)
{
    QJsonObject o{{QStringLiteral("person_id"), c.personId},
                  {QStringLiteral("kind"), contraindicationKindName(c.kind)},
                  {QStringLiteral("scope"), c.scopeSpec().toString()},
                  {QStringLiteral("origin"), contraindicationOriginName(c.origin)},
                  {QStringLiteral("reason_code"), c.reasonCode}};
    if (c.until.isValid())
        o.insert(QStringLiteral("until"), c.until.toString(Qt::ISODate));
    return o;
}

// The product group that "previous_group" names: the group of the person's latest dose (the
// product itself when it has no group); all vaccines when there is no earlier dose.
Result<ScopeSpec> previousGroup(Database& db, const QString& personId)
{
    VAX_TRY_VALUE(auto last, DoseRepository::lastCompletedProductOf(db, personId));
    const Product* p = last.isEmpty() ? nullptr : Catalog::builtIn().find(last);
    if (!p)
        return ScopeSpec{};
    if (!p->interchangeGroup.isEmpty())
        return ScopeSpec{ContraindicationScope::Group, p->interchangeGroup};
    return ScopeSpec{ContraindicationScope::Product, p->code};
}
}  // namespace

ContraindicationService::ContraindicationService(const ServiceContext& ctx)
    : m_db(ctx.db), m_clock(ctx.clock), m_zone(ctx.calendar.zone())
{
}

QDate ContraindicationService::today() const
{
    return m_clock.nowUtc().toTimeZone(m_zone).date();
}

Result<std::vector<Contraindication>> ContraindicationService::ofPerson(const QString& personId,
                                                                        bool all)
{
    auto rows = ContraindicationRepository::ofPerson(m_db, personId, all);
    if (!rows || all)
        return rows;
    const QDate day = today();
    std::vector<Contraindication> active;
    for (Contraindication& c : *rows)
        if (c.activeOn(day))
            active.push_back(std::move(c));
    return active;
}

Result<Contraindication> ContraindicationService::byId(const QString& id)
{
    VAX_TRY_VALUE(auto found, ContraindicationRepository::byId(m_db, id.trimmed()));
    if (!found)
        return makeError(ErrorCode::NotFound,
                         ContraindicationServiceText::tr(
                             "Contraindication: there is no \"%1\". Take the id from \"vaxctl "
                             "person contraindications PERSON\".")
                             .arg(id),
                         QStringLiteral("id"));
    return *found;
}

Result<StaffCredentials> ContraindicationService::beginDoctorCheck(const QString& username)
{
    if (username.trimmed().isEmpty())
        return makeError(ErrorCode::PermissionDenied,
                         ContraindicationServiceText::tr("Doctor: the doctor types their own "
                                                         "username."),
                         QStringLiteral("doctor"));
    return AuthService::beginLogin({m_db, SiteCalendar(m_clock, m_zone)}, username.trimmed());
}

Result<DoctorProof> ContraindicationService::finishDoctorCheck(const StaffCredentials& account,
                                                               UnlockMethod method, bool ok)
{
    VAX_TRY_VALUE(auto member,
                  AuthService::finishConfirm({m_db, SiteCalendar(m_clock, m_zone)}, account, method,
                                             ok, QStringLiteral("contraindication")));
    VAX_TRY_VALUE(auto allowed,
                  requirePermission(m_db, member.id, Permission::ManageContraindications));
    return DoctorProof(allowed, m_clock.nowUtc());
}

Result<DoctorProof> ContraindicationService::authenticateDoctor(const QString& username,
                                                                const QString& secret)
{
    VAX_TRY_VALUE(auto account, beginDoctorCheck(username));
    const UnlockMethod method = AuthService::unlockMethodFor(account, secret);
    return finishDoctorCheck(account, method, AuthService::verifyUnlock(account, secret));
}

Status ContraindicationService::checkProof(const DoctorProof& doctor) const
{
    const qint64 age = doctor.at().secsTo(m_clock.nowUtc());
    if (age < 0 || age > kDoctorProofSeconds)
        return makeError(ErrorCode::PermissionDenied,
                         ContraindicationServiceText::tr("Doctor: the password was confirmed "
                                                         "too long ago. Type it again."),
                         QStringLiteral("doctor"));
    // The roles are read again: an account disabled or changed meanwhile is refused.
    VAX_TRY(requirePermission(m_db, doctor.doctor().id, Permission::ManageContraindications));
    return {};
}

Result<Contraindication> ContraindicationService::add(const NewContraindication& entry,
                                                      const DoctorProof& doctor)
{
    VAX_TRY(checkProof(doctor));
    const QString reason = entry.reason.trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         ContraindicationServiceText::tr("Reason: say what the contraindication "
                                                         "is, e.g. \"anaphylaxis to neomycin\"."),
                         QStringLiteral("reason"));
    VAX_TRY(input::checkText(reason, QStringLiteral("reason"),
                             ContraindicationServiceText::tr("Reason"), input::kNote));
    VAX_TRY(input::checkText(entry.scope.code.trimmed(), QStringLiteral("scope"),
                             ContraindicationServiceText::tr("Scope"), input::kIdentifier));
    if (entry.scope.scope != ContraindicationScope::All && entry.scope.code.trimmed().isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            ContraindicationServiceText::tr("Scope: name the product, group or "
                                            "component, e.g. group:covid-inactivated."),
            QStringLiteral("scope"));
    if (entry.scope.scope == ContraindicationScope::Product &&
        !Catalog::builtIn().find(entry.scope.code))
        return makeError(ErrorCode::InvalidArgument,
                         ContraindicationServiceText::tr("Scope: there is no product \"%1\" in "
                                                         "the catalog; use its code, e.g. "
                                                         "product:BBIBP-CorV.")
                             .arg(entry.scope.code),
                         QStringLiteral("scope"));
    if (entry.until.isValid() && entry.until < today())
        return makeError(ErrorCode::InvalidArgument,
                         ContraindicationServiceText::tr("Until: %1 is already past; give today "
                                                         "or a later date, or none for a "
                                                         "permanent one.")
                             .arg(entry.until.toString(Qt::ISODate)),
                         QStringLiteral("until"));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY_VALUE(auto person, PersonRepository::byId(m_db, entry.personId));
    if (!person)
        return makeError(ErrorCode::NotFound,
                         ContraindicationServiceText::tr("Person: there is no person \"%1\". "
                                                         "Find them with \"vaxctl person find\".")
                             .arg(entry.personId),
                         QStringLiteral("person"));
    const QDateTime now = m_clock.nowUtc();
    Contraindication c;
    c.id = newId();
    c.personId = entry.personId;
    c.kind = entry.kind;
    c.scope = entry.scope.scope;
    c.scopeCode =
        entry.scope.scope == ContraindicationScope::All ? QString() : entry.scope.code.trimmed();
    c.allergy = entry.allergy;
    c.reasonCode = QStringLiteral("doctor");
    c.reason = reason;
    c.origin = ContraindicationOrigin::Doctor;
    c.until = entry.until;
    c.recordedAt = now;
    c.recordedBy = doctor.doctor().id;
    VAX_TRY(ContraindicationRepository::insert(m_db, c));
    VAX_TRY(AuditLog::append(m_db, {now, c.recordedBy, QStringLiteral("contraindication.add"),
                                    QStringLiteral("contraindication"), c.id, describe(c)}));
    VAX_TRY(tx.commit());
    return byId(c.id);
}

Result<Contraindication> ContraindicationService::lift(const QString& id, const QString& reason,
                                                       const DoctorProof& doctor)
{
    VAX_TRY(checkProof(doctor));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::ReasonRequired,
                         ContraindicationServiceText::tr("Reason: say why the doctor lifts it, "
                                                         "e.g. \"allergy test negative\"."),
                         QStringLiteral("reason"));
    VAX_TRY(input::checkText(reason.trimmed(), QStringLiteral("reason"),
                             ContraindicationServiceText::tr("Reason"), input::kNote));
    VAX_TRY_VALUE(auto tx, WriteTransaction::begin(m_db));
    VAX_TRY_VALUE(auto existing, byId(id));
    if (existing.lifted())
        return makeError(
            ErrorCode::AlreadyDecided,
            ContraindicationServiceText::tr("Contraindication %1 was already lifted "
                                            "on %2.")
                .arg(existing.id, existing.liftedAt.toTimeZone(m_zone).toString(Qt::ISODate)),
            QStringLiteral("id"));
    const QDateTime now = m_clock.nowUtc();
    VAX_TRY(ContraindicationRepository::markLifted(m_db, existing.id, now, doctor.doctor().id,
                                                   reason.trimmed()));
    QJsonObject detail = describe(existing);
    detail.insert(QStringLiteral("reason"), reason.trimmed());
    VAX_TRY(
        AuditLog::append(m_db, {now, doctor.doctor().id, QStringLiteral("contraindication.lift"),
                                QStringLiteral("contraindication"), existing.id, detail}));
    VAX_TRY(tx.commit());
    return byId(existing.id);
}

Result<std::vector<Contraindication>> ContraindicationService::recordFromScreening(
    Database& db, const Questionnaire& questionnaire, const QString& personId,
    const QString& deferralId, const QStringList& reasons, const QDateTime& at,
    const QString& staffId, QDate until)
{
    std::vector<Contraindication> out;
    for (const QString& reason : reasons) {
        const ScreeningQuestion* q = questionnaire.question(reason);
        if (!q || q->outcome != ScreeningOutcome::Contraindicated || q->rememberScope.isEmpty())
            continue;
        ScopeSpec scope;
        if (q->rememberScope == u"previous_group") {
            VAX_TRY_VALUE(auto previous, previousGroup(db, personId));
            scope = previous;
        } else {
            VAX_TRY_VALUE(auto parsed, ScopeSpec::parse(q->rememberScope, q->id));
            scope = parsed;
        }
        Contraindication c;
        c.id = newId();
        c.personId = personId;
        c.kind = ContraindicationKind::Contraindication;
        c.scope = scope.scope;
        c.scopeCode = scope.code;
        c.allergy = q->rememberAllergy;
        c.reasonCode = q->id;
        c.origin = ContraindicationOrigin::Screening;
        c.originId = deferralId;
        c.originDetail = q->id;
        c.until = until;
        c.recordedAt = at;
        c.recordedBy = staffId;
        VAX_TRY(ContraindicationRepository::insert(db, c));
        out.push_back(c);
    }
    return out;
}

Result<std::optional<Contraindication>> ContraindicationService::recordFromAefi(
    Database& db, const Catalog& catalog, const QString& personId, const QString& eventId,
    const QString& doseId, const QString& productCode, const QStringList& symptoms,
    const QDateTime& at, const QString& staffId)
{
    QStringList allergic;
    for (const QString& s : symptoms)
        if (catalog.seriousAllergicAefi().contains(s))
            allergic << s;
    if (allergic.isEmpty())
        return std::optional<Contraindication>();
    const Product* product = catalog.find(productCode);
    Contraindication c;
    c.id = newId();
    c.personId = personId;
    c.kind = ContraindicationKind::Contraindication;
    if (product && !product->interchangeGroup.isEmpty()) {
        c.scope = ContraindicationScope::Group;
        c.scopeCode = product->interchangeGroup;
    } else {
        c.scope = ContraindicationScope::Product;
        c.scopeCode = productCode;
    }
    c.allergy = true;
    c.reasonCode = allergic.join(u';');
    c.origin = ContraindicationOrigin::Aefi;
    c.originId = eventId;
    c.originDetail = doseId;
    c.recordedAt = at;
    c.recordedBy = staffId;
    VAX_TRY(ContraindicationRepository::insert(db, c));
    return std::optional<Contraindication>(c);
}

}  // namespace vax
