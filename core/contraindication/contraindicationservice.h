#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

#include "common/result.h"
#include "contraindication/contraindication.h"
#include "security/auth.h"
#include "security/staff.h"
#include "site/servicecontext.h"

namespace vax {

class Catalog;
class Clock;
class Database;
class Questionnaire;

// Proof that a doctor confirmed their password or PIN a moment ago. Only
// ContraindicationService makes one (after AuthService counted the attempt); it is good for
// kDoctorProofSeconds.
class DoctorProof {
public:
    const StaffMember& doctor() const { return m_doctor; }
    const QDateTime& at() const { return m_at; }

private:
    friend class ContraindicationService;
    DoctorProof(StaffMember doctor, QDateTime at) : m_doctor(std::move(doctor)), m_at(std::move(at))
    {
    }
    StaffMember m_doctor;
    QDateTime m_at;
};

inline constexpr int kDoctorProofSeconds = 300;

// A doctor's entry.
struct NewContraindication {
    QString personId;
    ContraindicationKind kind = ContraindicationKind::Contraindication;
    ScopeSpec scope;
    QString reason;  // required
    QDate until;     // invalid: permanent
    bool allergy = false;
};

// A person's contraindications and precautions: read them, create them from a screening answer
// or a serious allergic AEFI (inside the caller's transaction), let a doctor add one by hand, and
// let an authenticated doctor lift one. Each write of its own is one WriteTransaction with an
// audit row.
class ContraindicationService {
public:
    // Dates ("until") are judged in the site's zone (ctx.calendar). The acting staff member is
    // named per call, as this object may outlive a login.
    explicit ContraindicationService(const ServiceContext& ctx);

    QDate today() const;

    // Active ones (not lifted, not past "until" in the site's calendar); with `all`, every one.
    Result<std::vector<Contraindication>> ofPerson(const QString& personId, bool all = false);
    Result<Contraindication> byId(const QString& id);

    // The doctor's check in three steps, like sign-in, so a GUI can run the slow hash off its
    // thread: begin (by username; refuses a locked or disabled account) → AuthService::
    // verifyUnlock (password, or PIN when the account has one) → finishDoctorCheck, which counts
    // a failure toward the lockout (audit "confirm.failed") and refuses a staff member without
    // Permission::ManageContraindications.
    Result<StaffCredentials> beginDoctorCheck(const QString& username);
    Result<DoctorProof> finishDoctorCheck(const StaffCredentials& account, UnlockMethod method,
                                          bool ok);
    // All three on this thread (vaxctl, tests).
    Result<DoctorProof> authenticateDoctor(const QString& username, const QString& secret);

    Result<Contraindication> add(const NewContraindication& entry, const DoctorProof& doctor);
    Result<Contraindication> lift(const QString& id, const QString& reason,
                                  const DoctorProof& doctor);

    // Called inside the check-in's transaction when screening contraindicated: one row per
    // contraindicating question answered yes, scoped as screening.json says. Writes no audit row
    // (the deferral's audit row names them).
    static Result<std::vector<Contraindication>> recordFromScreening(
        Database& db, const Questionnaire& questionnaire, const QString& personId,
        const QString& deferralId, const QStringList& reasons, const QDateTime& at,
        const QString& staffId, QDate until = {});
    // Called inside the AEFI's transaction: when the symptoms hold a code of the catalog's
    // "seriousAllergicAefi", one allergy contraindication on the product's interchange group (the
    // product itself when it has none). nullopt when the event is not one.
    static Result<std::optional<Contraindication>> recordFromAefi(
        Database& db, const Catalog& catalog, const QString& personId, const QString& eventId,
        const QString& doseId, const QString& productCode, const QStringList& symptoms,
        const QDateTime& at, const QString& staffId);

private:
    Status checkProof(const DoctorProof& doctor) const;

    Database& m_db;
    const Clock& m_clock;
    QTimeZone m_zone;
};

}  // namespace vax
