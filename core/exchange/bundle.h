#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <ctime>
#include <optional>
#include <vector>

#include "common/result.h"

// The export bundle of DESIGN.md §5: one .zip holding the data files, manifest.json (every
// file's SHA-256, size and record count, plus what the caller puts in: site, period, sequence,
// the previous bundle's SHA-256, counts, audit head) and manifest.sig (Ed25519 over
// manifest.json). Written atomically; verified file by file.
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
    QString sha256;  // hex, of the whole .zip: the next bundle's "previous_sha256"
    QByteArray manifestJson;
    qint64 bytes = 0;
};

// Records in a data file, by its kind: NDJSON lines, CSV rows after the header, HL7 messages
// (MSH segments); -1 for files that hold no records (summary, report).
int countRecords(const QString& name, const QByteArray& data);

// Builds the zip in memory and writes it to `path` atomically (temporary file, fsync, rename).
Result<Written> write(const QString& path, const Spec& spec, const QByteArray& secretKey);

struct Verified {
    QJsonObject manifest;
    QString sha256;
    QMap<QString, int> records;  // per data file
};

// Checks the signature with `publicKey`, that every file the manifest lists is present with its
// SHA-256, size and record count, that no unlisted file is present, and — when given — that
// the manifest's previous_sha256 is `previousSha256` (hex). The error names the first problem.
Result<Verified> verify(const QString& path, const QByteArray& publicKey,
                        const std::optional<QString>& previousSha256 = std::nullopt);

// A zip archive in memory of `files` in order, each entry dated `mtime` (deflate).
Result<QByteArray> zipFiles(const std::vector<File>& files, time_t mtime);
// The entries of a zip archive in memory, in order.
Result<std::vector<File>> unzipFiles(const QByteArray& bytes);

// The SHA-256 (hex) of a file on disk.
Result<QString> fileSha256(const QString& path);

}  // namespace vax::bundle
