#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <ctime>
#include <functional>
#include <optional>
#include <vector>

#include "common/result.h"
#include "exchange/sealing.h"

// The export bundle of DESIGN.md §5: one .zip holding the data files, manifest.json (every
// file's SHA-256, size and record count, plus what the caller puts in: site, period, sequence,
// the previous bundle's SHA-256, counts, audit head) and manifest.sig (Ed25519 over
// manifest.json). Written atomically and proven; optionally sealed for the district; verified
// file by file with bounded memory.
namespace vax::bundle {

struct File {
    QString name;
    QByteArray data;
};

struct Spec {
    QJsonObject manifest;  // caller's fields; "files", "format" and "software" are added
    std::vector<File> files;
    QDateTime createdAt;  // also the zip entries' time, so equal input gives equal bytes
};

struct Written {
    QString path;
    QString sha256;  // hex, of the .zip (also when sealed): the next bundle's "previous_sha256"
    QByteArray manifestJson;
    qint64 bytes = 0;  // of the file on disk
    bool sealed = false;
};

// Records in a data file, by its kind: NDJSON lines, CSV rows after the header, HL7 messages
// (MSH segments); -1 for files that hold no records (summary, report).
int countRecords(const QString& name, const QByteArray& data);

// Builds the zip in memory and proves it (signature, every file's hash and count); seals it to
// `sealTo` (the district's X25519 public key, sealing.h) when given; writes the file durably
// (durable::writeFile: a 0600 temporary file, fsync, rename, folder fsync); then proves the file
// on disk, re-read from the medium: a plain bundle verifies in full with the SHA-256 built, a
// sealed one holds exactly the bytes written with a sound framing. A failed proof removes the
// file. Every failure is ErrorCode::Io (field "out") naming the folder and the fix.
Result<Written> write(const QString& path, const Spec& spec, const QByteArray& secretKey,
                      const QByteArray& sealTo = {});

// Test-only: called with the path once the file is in place, before it is proven.
void setBeforeProofHookForTesting(std::function<void(const QString& path)> hook);

struct Verified {
    QJsonObject manifest;
    QString sha256;              // of the .zip (of the unsealed zip for a sealed bundle)
    QMap<QString, int> records;  // per data file
    bool sealed = false;
};

// What verify accepts before it unpacks anything: each entry's declared size, the sum of them,
// and manifest.json's size. Entries are streamed (hashed and counted chunk by chunk), so memory
// stays bounded whatever the limits.
struct Limits {
    qint64 maxEntryBytes = qint64(512) << 20;
    qint64 maxTotalBytes = qint64(2) << 30;
    qint64 maxManifestBytes = qint64(4) << 20;
    int maxEntries = 64;                    // a VaxPoint bundle has a handful
    qint64 maxFileBytes = qint64(2) << 30;  // the .zip (or sealed file) itself
};

// Checks, in this order and before unpacking any data, every entry's declared size against
// `limits` (ErrorCode::BundleInvalid naming the entry), the signature with `publicKey`, that
// every file the manifest lists is present with the manifest's size and no unlisted file is;
// then streams each file for its SHA-256 and record count, refusing an entry that produces more
// than it declares; and — when given — that the manifest's previous_sha256 is `previousSha256`
// (hex). The error names the first problem. A sealed bundle: ErrorCode::InvalidArgument, field
// "district-key".
Result<Verified> verify(const QString& path, const QByteArray& publicKey,
                        const std::optional<QString>& previousSha256 = std::nullopt,
                        const Limits& limits = {});
// The same for a bundle sealed to the district, opened with the district's keys (a plain bundle
// is verified as it is). The zip is unsealed into a private temporary file, never into memory.
Result<Verified> verifySealed(const QString& path, const QByteArray& publicKey,
                              const sealing::DistrictKeys& district,
                              const std::optional<QString>& previousSha256 = std::nullopt,
                              const Limits& limits = {});
// Whether the file at `path` is a sealed bundle (false when it cannot be read).
bool isSealedFile(const QString& path);
// The SHA-256 (hex) of a bundle's zip: of the file, or of its unsealed content (then `district`
// is needed: InvalidArgument, field "district-key", without it).
Result<QString> bundleSha256(const QString& path, const sealing::DistrictKeys* district = nullptr);

// A zip archive in memory of `files` in order, each entry dated `mtime` (deflate).
Result<QByteArray> zipFiles(const std::vector<File>& files, time_t mtime);
// The entries of a zip archive in memory, in order (entries over Limits' maxEntryBytes refused).
Result<std::vector<File>> unzipFiles(const QByteArray& bytes);

// The SHA-256 (hex) of a file on disk.
Result<QString> fileSha256(const QString& path);

}  // namespace vax::bundle
