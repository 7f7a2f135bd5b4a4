#include "exchange/bundle.h"

#include <zip.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QTemporaryFile>

#include <cctype>
#include <memory>

#include "exchange/signing.h"
#include "storage/durablefile.h"

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

constexpr qsizetype kReadChunk = 64 * 1024;
constexpr qint64 kMaxSignatureBytes = 1024;

QMutex g_hookMutex;
std::function<void(const QString&)> g_beforeProof;

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1 << 20), 'f', 1);
}

Error tooLarge(const QString& name, qint64 bytes, qint64 limit)
{
    return makeError(ErrorCode::BundleInvalid,
                     BundleText::tr("Bundle entry %1 unpacks to %2 MB, more than the %3 MB a "
                                    "bundle entry may hold: it was not written by VaxPoint or "
                                    "was tampered with. It was not unpacked.")
                         .arg(name, megabytes(bytes), megabytes(limit)));
}

Status checkFileSize(const QFile& f, const QString& path, const Limits& limits)
{
    if (f.size() <= limits.maxFileBytes)
        return {};
    return makeError(
        ErrorCode::BundleTooLarge,
        BundleText::tr("The bundle %1 is %2 MB, more than the %3 MB a bundle may "
                       "be: it was not written by VaxPoint. It was not opened.")
            .arg(QFileInfo(path).fileName(), megabytes(f.size()), megabytes(limits.maxFileBytes)));
}

Error entryDamaged(const QString& name, const QString& detail)
{
    return makeError(
        ErrorCode::BundleInvalid,
        BundleText::tr("Bundle entry %1 is damaged (%2). Ask the site to send it again.")
            .arg(name, detail));
}

// Records counted chunk by chunk, as countRecords() counts them in one piece.
class RecordCounter {
public:
    explicit RecordCounter(const QString& name)
        : m_kind(name.endsWith(u".ndjson") ? Kind::Ndjson
                 : name.endsWith(u".csv")  ? Kind::Csv
                 : name.endsWith(u".hl7")  ? Kind::Hl7
                                           : Kind::None)
    {
    }

    void add(const char* data, qsizetype size)
    {
        for (qsizetype i = 0; i < size; ++i) {
            const char c = data[i];
            switch (m_kind) {
                case Kind::Ndjson:  // a line that is not blank
                    if (c == '\n') {
                        m_count += m_content ? 1 : 0;
                        m_content = false;
                    } else if (!std::isspace(static_cast<unsigned char>(c))) {
                        m_content = true;
                    }
                    break;
                case Kind::Csv:  // line ends outside quotes
                    if (c == '"')
                        m_quoted = !m_quoted;
                    else if (c == '\n' && !m_quoted)
                        ++m_count;
                    break;
                case Kind::Hl7:  // segments whose trimmed text starts with "MSH|"
                    if (c == '\r') {
                        m_count += m_matched == 4 ? 1 : 0;
                        m_matched = 0;
                        m_started = false;
                    } else if (!m_started && std::isspace(static_cast<unsigned char>(c))) {
                    } else {
                        m_started = true;
                        if (m_matched >= 0 && m_matched < 4)
                            m_matched = c == "MSH|"[m_matched] ? m_matched + 1 : -1;
                    }
                    break;
                case Kind::None:
                    return;
            }
        }
    }

    int result() const
    {
        switch (m_kind) {
            case Kind::Ndjson:
                return m_count + (m_content ? 1 : 0);
            case Kind::Csv:
                return m_count > 0 ? m_count - 1 : 0;
            case Kind::Hl7:
                return m_count + (m_matched == 4 ? 1 : 0);
            case Kind::None:
                break;
        }
        return -1;
    }

private:
    enum class Kind { None, Ndjson, Csv, Hl7 };
    Kind m_kind;
    int m_count = 0;
    bool m_content = false;
    bool m_quoted = false;
    bool m_started = false;
    int m_matched = 0;
};

struct FileCloser {
    void operator()(zip_file_t* f) const
    {
        if (f)
            zip_fclose(f);
    }
};

// Streams entry `index` into `sink` chunk by chunk, refusing more bytes than it declares.
Status readEntry(zip_t* archive, zip_uint64_t index, const QString& name, qint64 declared,
                 const std::function<void(const char*, qsizetype)>& sink)
{
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, index, 0));
    if (!file)
        return entryDamaged(name, QString::fromUtf8(zip_error_strerror(zip_get_error(archive))));
    QByteArray buffer(kReadChunk, '\0');
    qint64 total = 0;
    while (true) {
        const zip_int64_t n =
            zip_fread(file.get(), buffer.data(), static_cast<zip_uint64_t>(buffer.size()));
        if (n < 0)
            return entryDamaged(name, QString::fromUtf8(zip_file_strerror(file.get())));
        if (n == 0)
            break;
        total += n;
        if (total > declared)
            return makeError(ErrorCode::BundleInvalid,
                             BundleText::tr("Bundle entry %1 unpacks to more than the %2 bytes "
                                            "it declares: it was tampered with. Unpacking "
                                            "stopped.")
                                 .arg(name)
                                 .arg(declared));
        sink(buffer.constData(), static_cast<qsizetype>(n));
    }
    if (total != declared)
        return entryDamaged(name,
                            BundleText::tr("%1 bytes instead of %2").arg(total).arg(declared));
    return {};
}

struct Entry {
    zip_uint64_t index = 0;
    qint64 size = 0;
};

Result<QByteArray> readSmallEntry(zip_t* archive, const QString& name, const Entry& e, qint64 limit)
{
    if (e.size > limit)
        return tooLarge(name, e.size, limit);
    QByteArray data;
    VAX_TRY(readEntry(archive, e.index, name, e.size,
                      [&data](const char* p, qsizetype n) { data.append(p, n); }));
    return data;
}

// The checks of verify() on an open archive; the caller adds the file's SHA-256.
Result<Verified> verifyArchive(zip_t* archive, const QByteArray& publicKey, const Limits& limits)
{
    // 1. The central directory only: names and declared sizes. Nothing is unpacked yet.
    QMap<QString, Entry> entries;
    QStringList order;
    qint64 total = 0;
    const zip_int64_t n = zip_get_num_entries(archive, 0);
    if (n > limits.maxEntries)
        return makeError(ErrorCode::BundleTooLarge,
                         BundleText::tr("The bundle holds %1 entries, more than the %2 a "
                                        "VaxPoint bundle may hold: it was not written by "
                                        "VaxPoint or was tampered with. It was not unpacked.")
                             .arg(n)
                             .arg(limits.maxEntries));
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        const auto index = static_cast<zip_uint64_t>(i);
        if (zip_stat_index(archive, index, 0, &st) < 0 || !(st.valid & ZIP_STAT_NAME) ||
            !(st.valid & ZIP_STAT_SIZE))
            return zipError(QStringLiteral("stat"), zip_get_error(archive));
        const QString name = QString::fromUtf8(st.name);
        if (entries.contains(name))
            return makeError(ErrorCode::BundleInvalid,
                             BundleText::tr("Bundle entry %1 appears twice: the bundle was "
                                            "repacked or tampered with.")
                                 .arg(name));
        const auto size = static_cast<qint64>(std::min<zip_uint64_t>(st.size, 1ull << 62));
        if (size > limits.maxEntryBytes)
            return tooLarge(name, size, limits.maxEntryBytes);
        total += size;
        if (total > limits.maxTotalBytes)
            return makeError(ErrorCode::BundleInvalid,
                             BundleText::tr("The bundle unpacks to more than %1 MB (at entry %2): "
                                            "it was not written by VaxPoint or was tampered with. "
                                            "It was not unpacked.")
                                 .arg(megabytes(limits.maxTotalBytes), name));
        entries.insert(name, {index, size});
        order << name;
    }

    // 2. The signed manifest.
    if (!entries.contains(kManifest) || !entries.contains(kSignature))
        return makeError(ErrorCode::BundleInvalid,
                         BundleText::tr("The bundle has no %1 or no %2: it was not written by "
                                        "VaxPoint or was repacked.")
                             .arg(kManifest, kSignature));
    VAX_TRY_VALUE(auto manifestJson, readSmallEntry(archive, kManifest, entries.value(kManifest),
                                                    limits.maxManifestBytes));
    VAX_TRY_VALUE(auto signatureText, readSmallEntry(archive, kSignature, entries.value(kSignature),
                                                     kMaxSignatureBytes));
    const QByteArray signature =
        QByteArray::fromBase64(signatureText.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
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
    const QJsonArray listed = result.manifest.value(QStringLiteral("files")).toArray();

    // 3. Every listed file present with the manifest's size, nothing unlisted: still nothing
    // unpacked.
    QSet<QString> names{kManifest, kSignature};
    for (const QJsonValue& v : listed) {
        const QJsonObject entry = v.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        names.insert(name);
        if (!entries.contains(name))
            return makeError(ErrorCode::BundleFileMismatch,
                             BundleText::tr("%1 is listed in the manifest but missing from the "
                                            "bundle.")
                                 .arg(name));
        if (entries.value(name).size != entry.value(QStringLiteral("bytes")).toInteger(-1))
            return makeError(ErrorCode::BundleFileMismatch,
                             BundleText::tr("%1 was changed after signing (its SHA-256 or size "
                                            "differs from the manifest).")
                                 .arg(name));
    }
    for (const QString& name : order)
        if (!names.contains(name))
            return makeError(
                ErrorCode::BundleFileMismatch,
                BundleText::tr("%1 is in the bundle but not in the signed manifest.").arg(name));

    // 4. Each file streamed: its SHA-256 and its records.
    for (const QJsonValue& v : listed) {
        const QJsonObject entry = v.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        RecordCounter counter(name);
        const Entry& e = entries[name];
        VAX_TRY(readEntry(archive, e.index, name, e.size, [&](const char* p, qsizetype size) {
            hash.addData(QByteArrayView(p, size));
            counter.add(p, size);
        }));
        if (QString::fromLatin1(hash.result().toHex()) !=
            entry.value(QStringLiteral("sha256")).toString())
            return makeError(ErrorCode::BundleFileMismatch,
                             BundleText::tr("%1 was changed after signing (its SHA-256 or size "
                                            "differs from the manifest).")
                                 .arg(name));
        const int records = counter.result();
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
    return result;
}

Error notABundle(zip_error_t* err)
{
    return makeError(ErrorCode::BundleInvalid,
                     BundleText::tr("The file is not a readable export bundle (%1). Ask the "
                                    "site to send it again.")
                         .arg(QString::fromUtf8(zip_error_strerror(err))));
}

// The bytes (kept alive by the caller) as a read-only archive, its consistency checked.
Result<Archive> openZipBytes(const QByteArray& bytes)
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
        return notABundle(&err);
    }
    Archive archive(raw);
    return archive;
}

Result<Verified> verifyZipBytes(const QByteArray& bytes, const QByteArray& publicKey)
{
    VAX_TRY_VALUE(auto archive, openZipBytes(bytes));
    auto result = verifyArchive(archive.get(), publicKey, Limits{});
    if (result)
        result->sha256 = sha256Hex(bytes);
    return result;
}

Status checkChain(const Verified& v, const std::optional<QString>& previousSha256)
{
    if (!previousSha256)
        return {};
    const QString claimed = v.manifest.value(QStringLiteral("previous_sha256")).toString();
    if (claimed == *previousSha256)
        return {};
    return makeError(
        ErrorCode::BundleChain,
        BundleText::tr("This bundle does not follow the previous one: it "
                       "names %1 as its predecessor, the previous bundle "
                       "is %2. A bundle in between is missing.")
            .arg(claimed.isEmpty() ? BundleText::tr("none") : claimed, *previousSha256));
}

Error proofFailed(const QString& path, const QString& detail)
{
    return makeError(ErrorCode::Io,
                     BundleText::tr("The export written to the folder %1 does not read back as "
                                    "it was written (%2). The medium may be failing: the file "
                                    "was removed and nothing was recorded as exported. Choose "
                                    "another folder or USB drive and export again.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()), detail),
                     QStringLiteral("out"));
}

// The file on disk, re-read (from the medium: durable::writeFile dropped its cache), is what was
// meant to be written.
Status prove(const QString& path, const QByteArray& fileBytes, const QString& zipSha, bool sealed,
             const QByteArray& publicKey)
{
    if (!sealed) {
        auto v = verify(path, publicKey);
        if (!v)
            return proofFailed(path, v.error().message);
        if (v->sha256 != zipSha)
            return proofFailed(path, BundleText::tr("its SHA-256 differs"));
        return {};
    }
    auto sha = fileSha256(path);
    if (!sha)
        return proofFailed(path, sha.error().message);
    if (*sha != sha256Hex(fileBytes))
        return proofFailed(path, BundleText::tr("its SHA-256 differs"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return proofFailed(path, f.errorString());
    auto plain = sealing::inspect(f);
    if (!plain)
        return proofFailed(path, plain.error().message);
    return {};
}

}  // namespace

void setBeforeProofHookForTesting(std::function<void(const QString& path)> hook)
{
    QMutexLocker lock(&g_hookMutex);
    g_beforeProof = std::move(hook);
}

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
    VAX_TRY_VALUE(auto archive, openZipBytes(bytes));
    std::vector<File> files;
    const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        const auto index = static_cast<zip_uint64_t>(i);
        if (zip_stat_index(archive.get(), index, 0, &st) < 0)
            return zipError(QStringLiteral("stat"), zip_get_error(archive.get()));
        if (st.size > static_cast<zip_uint64_t>(Limits{}.maxEntryBytes))
            return tooLarge(QString::fromUtf8(st.name),
                            static_cast<qint64>(std::min<zip_uint64_t>(st.size, 1ull << 62)),
                            Limits{}.maxEntryBytes);
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
    RecordCounter counter(name);
    counter.add(data.constData(), data.size());
    return counter.result();
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

Result<Written> write(const QString& path, const Spec& spec, const QByteArray& secretKey,
                      const QByteArray& sealTo)
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
    VAX_TRY_VALUE(auto zipped, zipFiles(entries, spec.createdAt.toSecsSinceEpoch()));
    const QByteArray& zipBytes = zipped;

    const QString zipSha = sha256Hex(zipBytes);
    VAX_TRY_VALUE(auto keys, signing::fromSecretKey(secretKey));
    // Proven before anything is written: what is sealed or written is a bundle that verifies.
    if (auto built = verifyZipBytes(zipBytes, keys.publicKey); !built)
        return makeError(ErrorCode::Internal,
                         BundleText::tr("The export built in memory does not verify (%1); "
                                        "nothing was written.")
                             .arg(built.error().message));
    const bool sealed = !sealTo.isEmpty();
    QByteArray fileBytes = zipBytes;
    if (sealed) {
        VAX_TRY_VALUE(auto sealedBytes, sealing::seal(zipBytes, sealTo));
        fileBytes = std::move(sealedBytes);
    }
    VAX_TRY(durable::writeFile(path, fileBytes, QStringLiteral("out")));
    {
        QMutexLocker lock(&g_hookMutex);
        if (g_beforeProof)
            g_beforeProof(path);
    }
    if (const Status proven = prove(path, fileBytes, zipSha, sealed, keys.publicKey); !proven) {
        QFile::remove(path);
        return proven.error();
    }
    return Written{path, zipSha, manifestJson, fileBytes.size(), sealed};
}

bool isSealedFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && sealing::isSealed(f.read(sealing::kMagicBytes));
}

Result<Verified> verify(const QString& path, const QByteArray& publicKey,
                        const std::optional<QString>& previousSha256, const Limits& limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            BundleText::tr("Cannot open the bundle %1: %2.").arg(path, f.errorString()));
    VAX_TRY(checkFileSize(f, path, limits));
    if (sealing::isSealed(f.read(sealing::kMagicBytes)))
        return makeError(ErrorCode::InvalidArgument,
                         BundleText::tr("%1 is sealed to the district: give --district-key FILE "
                                        "(the district.key that 'vaxctl key init --district' "
                                        "wrote) to open it.")
                             .arg(QFileInfo(path).fileName()),
                         QStringLiteral("district-key"));
    f.close();
    int code = 0;
    zip_t* raw = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!raw) {
        zip_error_t err;
        zip_error_init_with_code(&err, code);
        const Error e = notABundle(&err);
        zip_error_fini(&err);
        return e;
    }
    Archive archive(raw);
    auto result = verifyArchive(archive.get(), publicKey, limits);
    if (!result)
        return result;
    VAX_TRY(checkChain(*result, previousSha256));
    VAX_TRY_VALUE(auto sha, fileSha256(path));
    result->sha256 = sha;
    return result;
}

Result<Verified> verifySealed(const QString& path, const QByteArray& publicKey,
                              const sealing::DistrictKeys& district,
                              const std::optional<QString>& previousSha256, const Limits& limits)
{
    if (!isSealedFile(path))
        return verify(path, publicKey, previousSha256, limits);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            BundleText::tr("Cannot open the bundle %1: %2.").arg(path, in.errorString()));
    VAX_TRY(checkFileSize(in, path, limits));
    // Private (0600) and removed when done.
    QTemporaryFile plain(QDir::tempPath() + QStringLiteral("/vaxpoint-unsealed-XXXXXX.zip"));
    if (!plain.open())
        return makeError(ErrorCode::Io, BundleText::tr("Cannot unseal into the temporary folder "
                                                       "%1: %2. Free some space there.")
                                            .arg(QDir::tempPath(), plain.errorString()));
    qint64 total = 0;
    VAX_TRY(sealing::open(in, district, [&](const char* p, qsizetype n) -> Status {
        total += n;
        if (total > limits.maxTotalBytes)
            return tooLarge(QFileInfo(path).fileName(), total, limits.maxTotalBytes);
        if (plain.write(p, n) != n)
            return makeError(ErrorCode::Io,
                             BundleText::tr("Cannot unseal into the temporary folder %1: %2. "
                                            "Free some space there.")
                                 .arg(QDir::tempPath(), plain.errorString()));
        return {};
    }));
    if (!plain.flush())
        return makeError(ErrorCode::Io, BundleText::tr("Cannot unseal into the temporary folder "
                                                       "%1: %2. Free some space there.")
                                            .arg(QDir::tempPath(), plain.errorString()));
    auto result = verify(plain.fileName(), publicKey, previousSha256, limits);
    if (result)
        result->sealed = true;
    return result;
}

Result<QString> bundleSha256(const QString& path, const sealing::DistrictKeys* district)
{
    if (!isSealedFile(path))
        return fileSha256(path);
    if (!district)
        return makeError(ErrorCode::InvalidArgument,
                         BundleText::tr("%1 is sealed to the district: give --district-key FILE "
                                        "to open it.")
                             .arg(QFileInfo(path).fileName()),
                         QStringLiteral("district-key"));
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         BundleText::tr("Cannot read %1: %2.").arg(path, in.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    VAX_TRY(sealing::open(in, *district, [&h](const char* p, qsizetype n) -> Status {
        h.addData(QByteArrayView(p, n));
        return {};
    }));
    return QString::fromLatin1(h.result().toHex());
}

}  // namespace vax::bundle
