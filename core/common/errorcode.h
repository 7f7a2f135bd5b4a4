#pragma once

#include <QString>

namespace vax {

// Stable error codes. The string form (errorCodeName) is part of the vaxctl --json contract:
// scripts match on it, so never rename one; add new codes at the end of their group.
enum class ErrorCode {
    // general
    Internal,
    InvalidArgument,
    NotFound,
    AlreadyExists,
    PermissionDenied,
    Io,
    // storage
    DbNotInitialized,
    DbOpenFailed,
    DbCorrupt,
    DbNewerSchema,
    DbMigrationFailed,
    DbBusy,
    DbFull,
    DbReadOnly,
    DbQueryFailed,
    BackupFailed,
    AuditBroken,
    // clock
    FakeClockRefused,
    FakeClockInvalid,
    // catalog
    CatalogInvalid,
    // security
    LoginFailed,
    AccountLocked,
    AccountDisabled,
    WeakPassword,
    // identity documents
    IdFormat,
    IdChecksum,
    IdDate,
    IdFutureBirth,
    IdRegion,
    IdMismatch,
    IdCountry,
    IdType,
    // scanner input
    ScanUnknown,
    Gs1Invalid,
    Gs1Checksum,
    Gs1Ambiguous,
    QrInvalid,
    QrVersion,
    // persons and check-in
    PersonInvalid,
    PersonDuplicate,
    DocumentTaken,
    ScreeningInvalid,
    CheckInContraindicated,
    CheckInDeferred,
    CheckInTemperature,
    ConsentMissing,
    ConsentGuardianRequired,
    CheckInAlreadyToday,
    // temperature imports
    ImportLine,
    ImportFormat,
    // stock
    StockNegative,
    LotQuarantined,
    LotExpired,
    ReasonRequired,
    VialExpired,
    VialEmpty,
    TraceCodeInvalid,
    TraceCodeTaken,
    // cold chain
    AlreadyDecided,
    // observation and adverse events
    AefiInvalid,
    ObservationState,
    // export bundles
    BundleInvalid,
    BundleSignature,
    BundleFileMismatch,
    BundleChain,
    // injection desk
    DeskChecklistFailed,
    DeskOverrideRefused,
    DoseAlreadyCorrected,
    // check-in (added after the groups above: codes keep their place)
    CheckInNotDeferred,
    VisitNotWaiting,
    // staff and secrets
    LastSiteAdmin,
    PinNotSet,
    KeychainUnavailable,
    SecretFileRefused,
    // demo data
    DemoTrainingOnly,
    // observation (added after the groups above: codes keep their place)
    ObservationTooEarly,
    // vaccination certificates
    CertificateNoDose,
    CertificateNoDocument,
    CertificatePersonMismatch,
    CertificatePayloadMismatch,
    // clock (added after the groups above: codes keep their place)
    ClockWentBack,
    // storage: what opening a database can meet (added after the groups above)
    DbNotADatabase,
    DbAccessDenied,
    DbUnknownSchema,
    // typed input refused by the input policy (common/inputpolicy.h)
    InputInvalid,
    ConsentVersionUnknown,
    // cold chain: a release without a reading back in range
    QuarantineNoEvidence,
    // bounded inputs: a file or bundle over a size, row or line limit (added after the groups)
    ImportTooLarge,
    BundleTooLarge,
    // site mode: desks and the site's PostgreSQL server (docs/site.md)
    SiteUnreachable,
    SiteLoginFailed,
    SiteTlsRefused,
    SiteOtherSite,
    SiteSchemaNewer,
    SiteSchemaOlder,
    SiteProtocol,
    SiteDeskTaken,
    SiteNotInitialized,
    SiteNotJoined,
    SiteServerError,
    SiteDeskBehind,
    // a dose given at another desk of the site, corrected here (docs/site.md 4)
    DoseOtherDesk,
};

// The stable, dotted name of a code, e.g. "db.corrupt".
QString errorCodeName(ErrorCode code);

}  // namespace vax
