#include "exchange/bundle.h"

#include <zip.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <memory>

#include "exchange/csv.h"
#include "exchange/signing.h"

namespace vax::bundle {
namespace {

struct BundleText {
    Q_DECLARE_TR_FUNCTIONS(BundleText)
};

const QString kManifest = QStringLiteral("manifest.json");
const QString kSignature = QStringLiteral("manifest.sig");

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

struct ArchiveCloser {
    void operator()(zip_t* z) const
    {
        if (z)
            zip_discard(z);
    }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;

Error zipError(const QString& what, zip_error_t* err)
{
    return makeError(ErrorCode::Io, BundleText::tr("Could not build the export archive (%1: %2).")
                                        .arg(what, QString::fromUtf8(zip_error_strerror(err))));
}

}  // namespace

Result<QByteArray> zipFiles(const std::vector<File>& files, time_t mtime)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
    if (!buffer)
        return zipError(QStringLiteral("buffer"), &err);
    zip_source_keep(buffer);
    std::unique_ptr<zip_source_t, decltype(&zip_source_free)> keep(buffer, &zip_source_free);
    zip_t* raw = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
    if (!raw)
        return zipError(QStringLiteral("open"), &err);
    Archive archive(raw);
    for (const File& f : files) {
        zip_source_t* src = zip_source_buffer(archive.get(), f.data.constData(),
                                              static_cast<zip_uint64_t>(f.data.size()), 0);
        if (!src)
            return zipError(f.name, zip_get_error(archive.get()));
        const zip_int64_t index =
            zip_file_add(archive.get(), f.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(src);
            return zipError(f.name, zip_get_error(archive.get()));
        }
        const auto i = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive.get(), i, ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(archive.get(), i, mtime, 0);
    }
    if (zip_close(archive.get()) < 0)
        return zipError(QStringLiteral("close"), zip_get_error(archive.get()));
    (void)archive.release();  // zip_close freed it

    if (zip_source_open(buffer) < 0)
        return zipError(QStringLiteral("read"), zip_source_error(buffer));
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    QByteArray out(static_cast<qsizetype>(size), '\0');
    const zip_int64_t read = zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
    zip_source_close(buffer);
    if (read != size)
        return zipError(QStringLiteral("read"), zip_source_error(buffer));
    return out;
}

Result<std::vector<File>> unzipFiles(const QByteArray& bytes)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t* src = zip_source_buffer_create(bytes.constData(),
                                                 static_cast<zip_uint64_t>(bytes.size()), 0, &err);
    if (!src)
        return zipError(QStringLiteral("buffer"), &err);
    zip_t* raw = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!raw) {
        zip_source_free(src);
        return makeError(ErrorCode::BundleInvalid,
                         BundleText::tr("The file is not a readable export bundle (%1). Ask the "
                                        "site to send it again.")
                             .arg(QString::fromUtf8(zip_error_strerror(&err))));
    }
    Archive archive(raw);
    std::vector<File> files;
    const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        const auto index = static_cast<zip_uint64_t>(i);
        if (zip_stat_index(archive.get(), index, 0, &st) < 0)
            return zipError(QStringLiteral("stat"), zip_get_error(archive.get()));
        zip_file_t* zf = zip_fopen_index(archive.get(), index, 0);
        if (!zf)
            return makeError(
                ErrorCode::BundleInvalid,
                BundleText::tr("Bundle entry %1 cannot be read (%2).")
                    .arg(QString::fromUtf8(st.name),
                         QString::fromUtf8(zip_error_strerror(zip_get_error(archive.get())))));
        QByteArray data(static_cast<qsizetype>(st.size), '\0');
        const zip_int64_t got = zip_fread(zf, data.data(), st.size);
        zip_fclose(zf);
        if (got != static_cast<zip_int64_t>(st.size))
            return makeError(
                ErrorCode::BundleInvalid,
                BundleText::tr("Bundle entry %1 is damaged.").arg(QString::fromUtf8(st.name)));
        files.push_back({QString::fromUtf8(st.name), data});
    }
    return files;
}

int countRecords(const QString& name, const QByteArray& data)
{
    if (name.endsWith(u".ndjson")) {
        int n = 0;
        for (const QByteArray& line : data.split('\n'))
            if (!line.trimmed().isEmpty())
                ++n;
        return n;
    }
    if (name.endsWith(u".csv"))
        return csv::rowCount(data);
    if (name.endsWith(u".hl7")) {
        int n = 0;
        for (const QByteArray& seg : data.split('\r'))
            if (seg.trimmed().startsWith("MSH|"))
                ++n;
        return n;
    }
    return -1;
}

Result<QString> fileSha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         BundleText::tr("Cannot read %1: %2.").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

Result<Written> write(const QString& path, const Spec& spec, const QByteArray& secretKey)
{
    QJsonObject manifest = spec.manifest;
    manifest.insert(QStringLiteral("format"), 1);
    manifest.insert(QStringLiteral("software"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("VaxPoint")},
                                {QStringLiteral("version"), QStringLiteral(VAX_VERSION)}});
    manifest.insert(QStringLiteral("created_at"), spec.createdAt.toString(Qt::ISODate));
    QJsonArray listed;
    QSet<QString> names;
    for (const File& f : spec.files) {
        if (f.name == kManifest || f.name == kSignature || names.contains(f.name))
            return makeError(ErrorCode::InvalidArgument,
                             BundleText::tr("Bundle file name %1 is used twice.").arg(f.name));
        names.insert(f.name);
        QJsonObject entry{{QStringLiteral("name"), f.name},
                          {QStringLiteral("sha256"), sha256Hex(f.data)},
                          {QStringLiteral("bytes"), f.data.size()}};
        if (const int records = countRecords(f.name, f.data); records >= 0)
            entry.insert(QStringLiteral("records"), records);
        listed.append(entry);
    }
    manifest.insert(QStringLiteral("files"), listed);
    const QByteArray manifestJson = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    const QByteArray signature = signing::sign(manifestJson, secretKey);

    std::vector<File> entries{{kManifest, manifestJson}, {kSignature, signature.toBase64() + '\n'}};
    entries.insert(entries.end(), spec.files.begin(), spec.files.end());
    auto zipped = zipFiles(entries, spec.createdAt.toSecsSinceEpoch());
    if (!zipped.ok())
        return zipped.error();
    const QByteArray& zipBytes = *zipped;

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(zipBytes) != zipBytes.size() || !out.commit())
        return makeError(ErrorCode::Io,
                         BundleText::tr("Could not write the export to %1: %2. Check the folder "
                                        "exists, is writable and has free space.")
                             .arg(path, out.errorString()));
    return Written{path, sha256Hex(zipBytes), manifestJson, zipBytes.size()};
}

Result<Verified> verify(const QString& path, const QByteArray& publicKey,
                        const std::optional<QString>& previousSha256)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            BundleText::tr("Cannot open the bundle %1: %2.").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    auto unzipped = unzipFiles(bytes);
    if (!unzipped.ok())
        return unzipped.error();
    const std::vector<File>& files = *unzipped;
    QMap<QString, QByteArray> byName;
    for (const File& file : files)
        byName.insert(file.name, file.data);
    if (!byName.contains(kManifest) || !byName.contains(kSignature))
        return makeError(ErrorCode::BundleInvalid,
                         BundleText::tr("The bundle has no %1 or no %2: it was not written by "
                                        "VaxPoint or was repacked.")
                             .arg(kManifest, kSignature));
    const QByteArray manifestJson = byName.value(kManifest);
    const QByteArray signature = QByteArray::fromBase64(byName.value(kSignature).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!signing::verify(manifestJson, signature, publicKey))
        return makeError(ErrorCode::BundleSignature,
                         BundleText::tr("The signature does not match: the manifest was changed "
                                        "or the bundle was signed with another site's key."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestJson, &parseError);
    if (!doc.isObject())
        return makeError(
            ErrorCode::BundleInvalid,
            BundleText::tr("manifest.json is not valid JSON (%1).").arg(parseError.errorString()));
    Verified result;
    result.manifest = doc.object();
    QSet<QString> listed{kManifest, kSignature};
    for (const QJsonValue& v : result.manifest.value(QStringLiteral("files")).toArray()) {
        const QJsonObject entry = v.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        listed.insert(name);
        if (!byName.contains(name))
            return makeError(ErrorCode::BundleFileMismatch,
                             BundleText::tr("%1 is listed in the manifest but missing from the "
                                            "bundle.")
                                 .arg(name));
        const QByteArray data = byName.value(name);
        if (sha256Hex(data) != entry.value(QStringLiteral("sha256")).toString() ||
            data.size() != entry.value(QStringLiteral("bytes")).toInteger(-1))
            return makeError(ErrorCode::BundleFileMismatch,
                             BundleText::tr("%1 was changed after signing (its SHA-256 or size "
                                            "differs from the manifest).")
                                 .arg(name));
        const int records = countRecords(name, data);
        if (entry.contains(QStringLiteral("records")) &&
            entry.value(QStringLiteral("records")).toInt(-1) != records)
            return makeError(ErrorCode::BundleFileMismatch,
                             BundleText::tr("%1 holds %2 records, the manifest says %3.")
                                 .arg(name)
                                 .arg(records)
                                 .arg(entry.value(QStringLiteral("records")).toInt()));
        if (records >= 0)
            result.records.insert(name, records);
    }
    for (const File& file : files)
        if (!listed.contains(file.name))
            return makeError(ErrorCode::BundleFileMismatch,
                             BundleText::tr("%1 is in the bundle but not in the signed manifest.")
                                 .arg(file.name));
    if (previousSha256) {
        const QString claimed = result.manifest.value(QStringLiteral("previous_sha256")).toString();
        if (claimed != *previousSha256)
            return makeError(
                ErrorCode::BundleChain,
                BundleText::tr("This bundle does not follow the previous one: it "
                               "names %1 as its predecessor, the previous bundle "
                               "is %2. A bundle in between is missing.")
                    .arg(claimed.isEmpty() ? BundleText::tr("none") : claimed, *previousSha256));
    }
    result.sha256 = sha256Hex(bytes);
    return result;
}

}  // namespace vax::bundle
