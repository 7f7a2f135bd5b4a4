#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

#include "common/result.h"

namespace vax {

// The check-in form's unfinished content, kept in a small JSON file beside the database so it
// survives a database error (disk full, locked, read-only) and a restart of the app. Written
// atomically (QSaveFile: a crash leaves the old draft or the new one, never half of one), owner
// read/write only: it holds personal data. Cleared after a successful check-in or deferral.
class DraftStore {
public:
    explicit DraftStore(QString path);
    // "<database>.checkin-draft.json": one draft per database file (one desk PC per file).
    static QString pathForDatabase(const QString& databasePath);

    const QString& path() const { return m_path; }
    Status save(const QJsonObject& draft);
    // No file: an empty optional. An unreadable or damaged file is an error naming the file.
    Result<std::optional<QJsonObject>> load() const;
    Status clear();

private:
    QString m_path;
};

}  // namespace vax
