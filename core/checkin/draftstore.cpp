#include "checkin/draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace vax {

namespace {
struct DraftText {
    Q_DECLARE_TR_FUNCTIONS(CheckInDraft)
};

constexpr int kDraftFormat = 1;
}  // namespace

DraftStore::DraftStore(QString path) : m_path(std::move(path)) {}

QString DraftStore::pathForDatabase(const QString& databasePath)
{
    return databasePath + QStringLiteral(".checkin-draft.json");
}

Status DraftStore::save(const QJsonObject& draft)
{
    QJsonObject doc = draft;
    doc.insert(QStringLiteral("draft_format"), kDraftFormat);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         DraftText::tr("The check-in draft cannot be saved to %1 (%2). Free disk "
                                       "space or fix the folder's permissions; the form keeps "
                                       "what was typed.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                         QStringLiteral("draft"));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         DraftText::tr("The check-in draft cannot be saved to %1 (%2). Free disk "
                                       "space or fix the folder's permissions; the form keeps "
                                       "what was typed.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                         QStringLiteral("draft"));
    return {};
}

Result<std::optional<QJsonObject>> DraftStore::load() const
{
    QFile file(m_path);
    if (!file.exists())
        return std::optional<QJsonObject>();
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         DraftText::tr("The check-in draft %1 cannot be read (%2). Fix its "
                                       "permissions or delete the file.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                         QStringLiteral("draft"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject() ||
        doc.object().value(QStringLiteral("draft_format")).toInt() != kDraftFormat)
        return makeError(ErrorCode::Io,
                         DraftText::tr("The check-in draft %1 is damaged or from another version. "
                                       "Delete the file; only an unfinished form is lost.")
                             .arg(QDir::toNativeSeparators(m_path)),
                         QStringLiteral("draft"));
    QJsonObject o = doc.object();
    o.remove(QStringLiteral("draft_format"));
    return std::optional<QJsonObject>(o);
}

Status DraftStore::clear()
{
    QFile file(m_path);
    if (file.exists() && !file.remove())
        return makeError(ErrorCode::Io,
                         DraftText::tr("The check-in draft %1 cannot be removed (%2). Fix the "
                                       "folder's permissions.")
                             .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                         QStringLiteral("draft"));
    return {};
}

}  // namespace vax
