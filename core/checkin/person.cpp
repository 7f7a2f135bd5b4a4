#include "checkin/person.h"

#include <QCoreApplication>

#include <algorithm>

#include "common/ids.h"
#include "storage/database.h"
#include "storage/queryread.h"

namespace vax {

namespace {
struct PersonText {
    Q_DECLARE_TR_FUNCTIONS(Person)
};

const QString kColumns = QStringLiteral(
    "p.id AS id, p.name AS name, p.sex AS sex, p.birth_date AS birth_date, p.phone AS phone, "
    "p.created_at AS created_at");

Person readPerson(const Query& q)
{
    Person p;
    p.id = text(q, "id");
    p.name = text(q, "name");
    p.sex = sexFromName(text(q, "sex"));
    p.birthDate = QDate::fromString(text(q, "birth_date"), Qt::ISODate);
    p.phone = text(q, "phone");
    p.createdAt = QDateTime::fromString(text(q, "created_at"), Qt::ISODateWithMs);
    return p;
}

Result<std::vector<Person>> readAll(Database& db, const QString& sql, const QVariantList& args)
{
    VAX_TRY_VALUE(auto q, db.exec(sql, args));
    std::vector<Person> out;
    while (q.next())
        out.push_back(readPerson(q));
    return out;
}

Result<std::optional<Person>> readOne(Database& db, const QString& sql, const QVariantList& args)
{
    VAX_TRY_VALUE(auto all, readAll(db, sql, args));
    if (all.empty())
        return std::optional<Person>();
    return std::optional<Person>(all.front());
}
// QSqlQuery binds a null QString as NULL; NOT NULL text columns want ''.
QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
}  // namespace

Result<std::vector<Person>> PersonRepository::byShortFragment(Database& db, const QString& fragment,
                                                              int limit)
{
    // Names starting with `fragment` sort (as UTF-8 bytes) from it up to it + U+10FFFF.
    const QString upper = fragment + QString::fromUcs4(U"\U0010FFFF");
    VAX_TRY_VALUE(auto prefixed,
                  readAll(db,
                          QStringLiteral("SELECT %1 FROM person p WHERE p.name >= ? AND "
                                         "p.name < ? ORDER BY p.name LIMIT ?")
                              .arg(kColumns),
                          {fragment, upper, limit}));
    const int found = static_cast<int>(prefixed.size());
    if (found >= limit)
        return prefixed;
    // The first matches of the index (those starting with the fragment among them), not all of
    // them sorted: one or two characters match too many names to sort them all.
    VAX_TRY_VALUE(
        auto others,
        readAll(db,
                QStringLiteral("SELECT %1 FROM person p WHERE p.seq IN (SELECT rowid FROM "
                               "person_name_short WHERE person_name_short MATCH ? LIMIT ?) AND NOT "
                               "(p.name >= ? AND p.name < ?) ORDER BY p.name LIMIT ?")
                    .arg(kColumns),
                {QLatin1Char('"') + fragment + QLatin1Char('"'), limit + found, fragment, upper,
                 limit - found}));
    prefixed.insert(prefixed.end(), others.begin(), others.end());
    return prefixed;
}

Result<std::optional<Person>> PersonRepository::byId(Database& db, const QString& id)
{
    return readOne(db, QStringLiteral("SELECT %1 FROM person p WHERE p.id = ?").arg(kColumns),
                   {id});
}

Result<std::optional<Person>> PersonRepository::byDocument(Database& db, DocumentType type,
                                                           const QString& matchKey)
{
    return readOne(db,
                   QStringLiteral("SELECT %1 FROM identity_document d JOIN person p ON "
                                  "p.id = d.person_id WHERE d.type = ? AND d.match_key = ?")
                       .arg(kColumns),
                   {documentTypeName(type), matchKey});
}

Result<std::vector<Person>> PersonRepository::byPhone(Database& db, const QString& phone)
{
    return readAll(db,
                   QStringLiteral("SELECT %1 FROM person p WHERE p.phone = ? AND p.phone <> '' "
                                  "ORDER BY p.name LIMIT 50")
                       .arg(kColumns),
                   {phone});
}

Result<std::vector<Person>> PersonRepository::byName(Database& db, const QString& fragment,
                                                     int limit)
{
    const QString f = fragment.simplified();
    if (f.isEmpty())
        return std::vector<Person>();
    if (f.size() >= 3) {
        // A phrase query: the fragment in double quotes, inner quotes doubled.
        QString phrase = f;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return readAll(db,
                       QStringLiteral("SELECT %1 FROM person_name_fts f JOIN person p ON "
                                      "p.seq = f.rowid WHERE person_name_fts MATCH ? "
                                      "ORDER BY p.name LIMIT ?")
                           .arg(kColumns),
                       {QLatin1Char('"') + phrase + QLatin1Char('"'), limit});
    }
    // Trigrams need three characters; Chinese names are often two. One or two letters: the names
    // that start with them first (a surname, a whole two-character name) in name order from the
    // name index, then others that contain them, from the character-pair index (schema 8).
    if (std::all_of(f.cbegin(), f.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
        return byShortFragment(db, f, limit);
    QString pattern = f;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return readAll(db,
                   QStringLiteral("SELECT %1 FROM person p WHERE p.name LIKE ? ESCAPE '\\' "
                                  "ORDER BY p.name LIMIT ?")
                       .arg(kColumns),
                   {QLatin1Char('%') + pattern + QLatin1Char('%'), limit});
}

Result<std::vector<Person>> PersonRepository::possibleDuplicates(Database& db, const QString& name,
                                                                 const QDate& birthDate,
                                                                 const IdentityDocument& document)
{
    return readAll(db,
                   QStringLiteral("SELECT %1 FROM person p WHERE p.name = ? AND p.birth_date = ? "
                                  "AND NOT EXISTS (SELECT 1 FROM identity_document d WHERE "
                                  "d.person_id = p.id AND d.type = ? AND d.match_key = ?) "
                                  "ORDER BY p.created_at")
                       .arg(kColumns),
                   {name.simplified(), birthDate.toString(Qt::ISODate),
                    documentTypeName(document.type), document.matchKey});
}

Status PersonRepository::insert(Database& db, const Person& p, const QString& staffId)
{
    if (p.name.simplified().isEmpty() || !p.birthDate.isValid())
        return makeError(
            ErrorCode::PersonInvalid,
            PersonText::tr("A person needs a name and a birth date. Enter both."),
            p.name.simplified().isEmpty() ? QStringLiteral("name") : QStringLiteral("birth_date"));
    VAX_TRY(db.exec(QStringLiteral("INSERT INTO person(id, name, sex, birth_date, phone, "
                                   "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {p.id, p.name.simplified(), p.sex ? QVariant(sexName(*p.sex)) : QVariant(),
                     p.birthDate.toString(Qt::ISODate), notNull(p.phone),
                     p.createdAt.toUTC().toString(Qt::ISODateWithMs), staffId}));
    return {};
}

Status PersonRepository::addDocument(Database& db, const QString& personId,
                                     const IdentityDocument& doc, const QDateTime& at,
                                     const QString& staffId)
{
    VAX_TRY_VALUE(auto existing, byDocument(db, doc.type, doc.matchKey));
    if (existing)
        return makeError(ErrorCode::DocumentTaken,
                         PersonText::tr("This %1 is already registered to another person. Find "
                                        "that person instead of adding the document again.")
                             .arg(documentTypeLabel(doc.type)),
                         QStringLiteral("document_number"));
    VAX_TRY(db.exec(
        QStringLiteral("INSERT INTO identity_document(id, person_id, type, number, match_key, "
                       "country, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {newId(), personId, documentTypeName(doc.type), doc.number, doc.matchKey,
         notNull(doc.country), at.toUTC().toString(Qt::ISODateWithMs), staffId}));
    return {};
}

Result<std::vector<IdentityDocument>> PersonRepository::documents(Database& db,
                                                                  const QString& personId)
{
    VAX_TRY_VALUE(
        auto q, db.exec(QStringLiteral("SELECT type, number, match_key, country FROM "
                                       "identity_document WHERE person_id = ? ORDER BY created_at"),
                        {personId}));
    std::vector<IdentityDocument> out;
    while (q.next()) {
        IdentityDocument d;
        d.type = documentTypeFromName(text(q, "type")).value_or(DocumentType::ResidentId);
        d.number = text(q, "number");
        d.matchKey = text(q, "match_key");
        d.country = text(q, "country");
        out.push_back(d);
    }
    return out;
}

}  // namespace vax
