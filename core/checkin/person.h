#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

#include "common/result.h"
#include "identity/document.h"

namespace vax {

class Database;

struct Person {
    QString id;
    QString name;
    std::optional<Sex> sex;
    QDate birthDate;
    QString phone;
    QDateTime createdAt;
};

// The person aggregate: the person table and the identity documents it holds (identity_document),
// migrations 3 and 8. Owns their SQL and maps rows by column name; neither table has a state.
// Call the writers inside a WriteTransaction: they write no audit row of their own.
class PersonRepository {
public:
    static Result<std::optional<Person>> byId(Database& db, const QString& id);
    // Exact match on a document (type + match key).
    static Result<std::optional<Person>> byDocument(Database& db, DocumentType type,
                                                    const QString& matchKey);
    static Result<std::vector<Person>> byPhone(Database& db, const QString& phone);
    // A name fragment: FTS5 trigram for three or more characters. One or two letters: names that
    // start with them (in name order), then names containing them (the first found); LIKE when
    // the fragment holds other characters.
    static Result<std::vector<Person>> byName(Database& db, const QString& fragment,
                                              int limit = 50);
    // Persons with the same name and birth date that do not hold a document of this type and key:
    // possibly the same person with another document.
    static Result<std::vector<Person>> possibleDuplicates(Database& db, const QString& name,
                                                          const QDate& birthDate,
                                                          const IdentityDocument& document);

    static Status insert(Database& db, const Person& person, const QString& staffId);
    static Status addDocument(Database& db, const QString& personId, const IdentityDocument& doc,
                              const QDateTime& at, const QString& staffId);
    static Result<std::vector<IdentityDocument>> documents(Database& db, const QString& personId);

private:
    static Result<std::vector<Person>> byShortFragment(Database& db, const QString& fragment,
                                                       int limit);
};

}  // namespace vax
