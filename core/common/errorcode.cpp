#include "common/errorcode.h"

namespace vax {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
        case ErrorCode::Internal: return QStringLiteral("internal");
        case ErrorCode::InvalidArgument: return QStringLiteral("invalid_argument");
        case ErrorCode::NotFound: return QStringLiteral("not_found");
        case ErrorCode::AlreadyExists: return QStringLiteral("already_exists");
        case ErrorCode::PermissionDenied: return QStringLiteral("permission_denied");
        case ErrorCode::Io: return QStringLiteral("io");
        case ErrorCode::DbNotInitialized: return QStringLiteral("db.not_initialized");
        case ErrorCode::DbOpenFailed: return QStringLiteral("db.open_failed");
        case ErrorCode::DbCorrupt: return QStringLiteral("db.corrupt");
        case ErrorCode::DbNewerSchema: return QStringLiteral("db.newer_schema");
        case ErrorCode::DbMigrationFailed: return QStringLiteral("db.migration_failed");
        case ErrorCode::DbBusy: return QStringLiteral("db.busy");
        case ErrorCode::DbFull: return QStringLiteral("db.full");
        case ErrorCode::DbReadOnly: return QStringLiteral("db.read_only");
        case ErrorCode::DbQueryFailed: return QStringLiteral("db.query_failed");
        case ErrorCode::BackupFailed: return QStringLiteral("backup.failed");
        case ErrorCode::AuditBroken: return QStringLiteral("audit.broken");
        case ErrorCode::FakeClockRefused: return QStringLiteral("clock.fake_refused");
        case ErrorCode::FakeClockInvalid: return QStringLiteral("clock.fake_invalid");
        case ErrorCode::CatalogInvalid: return QStringLiteral("catalog.invalid");
        case ErrorCode::LoginFailed: return QStringLiteral("auth.login_failed");
        case ErrorCode::AccountLocked: return QStringLiteral("auth.locked");
        case ErrorCode::AccountDisabled: return QStringLiteral("auth.disabled");
        case ErrorCode::WeakPassword: return QStringLiteral("auth.weak_password");
        case ErrorCode::IdFormat: return QStringLiteral("id.format");
        case ErrorCode::IdChecksum: return QStringLiteral("id.checksum");
        case ErrorCode::IdDate: return QStringLiteral("id.date");
        case ErrorCode::IdFutureBirth: return QStringLiteral("id.future_birth");
        case ErrorCode::IdRegion: return QStringLiteral("id.region");
        case ErrorCode::IdMismatch: return QStringLiteral("id.mismatch");
        case ErrorCode::IdCountry: return QStringLiteral("id.country");
        case ErrorCode::IdType: return QStringLiteral("id.type");
        case ErrorCode::ScanUnknown: return QStringLiteral("scan.unknown");
        case ErrorCode::Gs1Invalid: return QStringLiteral("gs1.invalid");
        case ErrorCode::Gs1Checksum: return QStringLiteral("gs1.checksum");
        case ErrorCode::Gs1Ambiguous: return QStringLiteral("gs1.ambiguous");
        case ErrorCode::QrInvalid: return QStringLiteral("qr.invalid");
        case ErrorCode::QrVersion: return QStringLiteral("qr.version");
        case ErrorCode::PersonInvalid: return QStringLiteral("person.invalid");
        case ErrorCode::PersonDuplicate: return QStringLiteral("person.possible_duplicate");
        case ErrorCode::DocumentTaken: return QStringLiteral("person.document_taken");
        case ErrorCode::ScreeningInvalid: return QStringLiteral("screening.invalid");
        case ErrorCode::CheckInContraindicated: return QStringLiteral("checkin.contraindicated");
        case ErrorCode::CheckInDeferred: return QStringLiteral("checkin.deferred");
        case ErrorCode::CheckInTemperature: return QStringLiteral("checkin.temperature");
        case ErrorCode::ConsentMissing: return QStringLiteral("consent.missing");
        case ErrorCode::ConsentGuardianRequired: return QStringLiteral("consent.guardian_required");
        case ErrorCode::CheckInAlreadyToday: return QStringLiteral("checkin.already_today");
        case ErrorCode::ImportLine: return QStringLiteral("import.line");
        case ErrorCode::ImportFormat: return QStringLiteral("import.format");
        case ErrorCode::StockNegative: return QStringLiteral("stock.negative");
        case ErrorCode::LotQuarantined: return QStringLiteral("stock.quarantined");
        case ErrorCode::LotExpired: return QStringLiteral("stock.expired");
        case ErrorCode::ReasonRequired: return QStringLiteral("stock.reason_required");
        case ErrorCode::VialExpired: return QStringLiteral("stock.vial_expired");
        case ErrorCode::VialEmpty: return QStringLiteral("stock.vial_empty");
        case ErrorCode::TraceCodeInvalid: return QStringLiteral("stock.trace_code_invalid");
        case ErrorCode::TraceCodeTaken: return QStringLiteral("stock.trace_code_taken");
        case ErrorCode::AlreadyDecided: return QStringLiteral("coldchain.already_decided");
    }
    return QStringLiteral("internal");
}

}  // namespace vax
