#include "demo/generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "checkin/consent.h"
#include "checkin/screening.h"
#include "common/clock.h"
#include "identity/residentid.h"
#include "site/site.h"
#include "storage/audit.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace vax::demo {

namespace {
struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoSeed)
};

// A choice among items with weights: cumulative sums and a binary search.
template <typename T>
class Weighted {
public:
    Weighted() = default;
    Weighted(std::initializer_list<std::pair<T, double>> items)
    {
        for (const auto& [item, weight] : items)
            add(item, weight);
    }
    void add(const T& item, double weight)
    {
        m_items.push_back(item);
        m_cumulative.push_back((m_cumulative.empty() ? 0.0 : m_cumulative.back()) + weight);
    }
    const T& pick(Rng& rng) const
    {
        const double x = rng.unit() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        const auto i = std::min(static_cast<size_t>(it - m_cumulative.begin()), m_items.size() - 1);
        return m_items[i];
    }

private:
    std::vector<T> m_items;
    std::vector<double> m_cumulative;
};

// Surnames with their approximate share in per cent (2020 census order), and a few compound
// surnames.
const Weighted<const char16_t*>& surnames()
{
    static const Weighted<const char16_t*> w{
        {u"王", 7.1},    {u"李", 7.0},    {u"张", 6.7},    {u"刘", 5.4},    {u"陈", 4.6},
        {u"杨", 3.1},    {u"黄", 2.4},    {u"赵", 2.3},    {u"吴", 2.0},    {u"周", 1.9},
        {u"徐", 1.5},    {u"孙", 1.5},    {u"马", 1.4},    {u"朱", 1.3},    {u"胡", 1.2},
        {u"郭", 1.1},    {u"何", 1.1},    {u"林", 1.0},    {u"高", 1.0},    {u"罗", 1.0},
        {u"郑", 0.9},    {u"梁", 0.9},    {u"谢", 0.8},    {u"宋", 0.7},    {u"唐", 0.7},
        {u"许", 0.7},    {u"韩", 0.7},    {u"冯", 0.7},    {u"邓", 0.7},    {u"曹", 0.7},
        {u"彭", 0.6},    {u"曾", 0.6},    {u"肖", 0.6},    {u"田", 0.6},    {u"董", 0.5},
        {u"袁", 0.5},    {u"潘", 0.5},    {u"于", 0.5},    {u"蒋", 0.5},    {u"蔡", 0.5},
        {u"余", 0.5},    {u"杜", 0.5},    {u"叶", 0.5},    {u"程", 0.5},    {u"苏", 0.4},
        {u"魏", 0.4},    {u"吕", 0.4},    {u"丁", 0.4},    {u"任", 0.4},    {u"沈", 0.4},
        {u"姚", 0.4},    {u"卢", 0.4},    {u"姜", 0.4},    {u"崔", 0.4},    {u"钟", 0.4},
        {u"谭", 0.3},    {u"陆", 0.3},    {u"汪", 0.3},    {u"范", 0.3},    {u"金", 0.3},
        {u"石", 0.3},    {u"廖", 0.3},    {u"贾", 0.3},    {u"夏", 0.3},    {u"韦", 0.3},
        {u"付", 0.3},    {u"方", 0.3},    {u"白", 0.3},    {u"邹", 0.3},    {u"孟", 0.3},
        {u"熊", 0.3},    {u"秦", 0.3},    {u"邱", 0.3},    {u"江", 0.3},    {u"尹", 0.2},
        {u"薛", 0.2},    {u"闫", 0.2},    {u"段", 0.2},    {u"雷", 0.2},    {u"侯", 0.2},
        {u"龙", 0.2},    {u"史", 0.2},    {u"陶", 0.2},    {u"黎", 0.2},    {u"贺", 0.2},
        {u"顾", 0.2},    {u"毛", 0.2},    {u"郝", 0.2},    {u"龚", 0.2},    {u"邵", 0.2},
        {u"万", 0.2},    {u"钱", 0.2},    {u"严", 0.2},    {u"覃", 0.2},    {u"武", 0.2},
        {u"戴", 0.2},    {u"莫", 0.2},    {u"孔", 0.2},    {u"向", 0.2},    {u"汤", 0.2},
        {u"欧阳", 0.1},  {u"上官", 0.02}, {u"司马", 0.02}, {u"诸葛", 0.02}, {u"东方", 0.01},
        {u"皇甫", 0.01}, {u"令狐", 0.01}};
    return w;
}

// Given-name characters, most common first, weighted 1 / (rank + 8).
Weighted<QChar> rankedChars(const char16_t* chars)
{
    Weighted<QChar> w;
    for (int i = 0; chars[i]; ++i)
        w.add(QChar(chars[i]), 1.0 / (i + 8.0));
    return w;
}

const Weighted<QChar>& givenChars(Sex sex, bool older)
{
    static const Weighted<QChar> maleOld =
        rankedChars(u"国建明军伟华平强志文海林永德成春庆荣兵东勇俊峰刚斌光福金学宝新辉清中生利忠");
    static const Weighted<QChar> maleYoung =
        rankedChars(u"伟浩宇杰涛磊鑫鹏超博轩睿子天泽然家俊凯帅晨阳旭宁龙亮健洋飞志文明一梓皓豪");
    static const Weighted<QChar> femaleOld =
        rankedChars(u"秀英芳兰桂凤玉珍梅丽华淑霞红萍云琴艳敏静燕玲翠英莲娟春香美荣素");
    static const Weighted<QChar> femaleYoung =
        rankedChars(u"婷丽娜敏静欣怡雪琳洁慧颖倩晶佳雯丹璐悦月琪蕾露彤妍思雨涵馨梦薇嘉晓子诗");
    if (sex == Sex::Male)
        return older ? maleOld : maleYoung;
    return older ? femaleOld : femaleYoung;
}

// Real county-level codes of GB/T 2260, weighted roughly by population.
const Weighted<int>& regions()
{
    static const Weighted<int> w{
        {110101, 2}, {110105, 4}, {110108, 4}, {110106, 2}, {110114, 2}, {120101, 1}, {120104, 2},
        {130102, 2}, {130104, 2}, {130602, 1}, {140105, 2}, {140107, 1}, {150102, 1}, {210102, 2},
        {210202, 1}, {220102, 2}, {230102, 2}, {230103, 1}, {310101, 2}, {310104, 2}, {310115, 4},
        {310112, 2}, {320102, 2}, {320106, 2}, {320505, 2}, {320583, 2}, {330106, 2}, {330110, 2},
        {330205, 1}, {330302, 2}, {340104, 2}, {340111, 1}, {350102, 1}, {350203, 2}, {350583, 2},
        {360102, 2}, {370102, 2}, {370202, 2}, {370602, 1}, {371302, 3}, {410105, 3}, {410305, 2},
        {411302, 2}, {420106, 3}, {420111, 2}, {430104, 2}, {430111, 2}, {440103, 2}, {440106, 3},
        {440304, 3}, {440305, 3}, {440606, 2}, {441302, 2}, {441900, 3}, {450103, 2}, {450305, 1},
        {460105, 1}, {500103, 2}, {500112, 3}, {510104, 2}, {510107, 3}, {510704, 1}, {520102, 2},
        {530102, 2}, {540102, 1}, {610113, 3}, {620102, 1}, {630102, 1}, {640104, 1}, {650102, 1},
        {652801, 1}};
    return w;
}

// Ages 3–90 in bands shaped like China's population.
const Weighted<std::pair<int, int>>& ageBands()
{
    static const Weighted<std::pair<int, int>> w{{{3, 11}, 11},  {{12, 17}, 7},  {{18, 29}, 14},
                                                 {{30, 39}, 16}, {{40, 49}, 15}, {{50, 59}, 16},
                                                 {{60, 69}, 12}, {{70, 79}, 6},  {{80, 90}, 3}};
    return w;
}

const Weighted<int>& mobilePrefixes()
{
    static const Weighted<int> w{
        {130, 3}, {131, 3}, {132, 3}, {133, 3}, {134, 3}, {135, 5}, {136, 5}, {137, 5}, {138, 6},
        {139, 6}, {150, 4}, {151, 4}, {152, 3}, {153, 2}, {155, 3}, {156, 3}, {157, 2}, {158, 4},
        {159, 4}, {166, 1}, {170, 1}, {173, 1}, {175, 1}, {176, 1}, {177, 2}, {178, 1}, {180, 3},
        {181, 2}, {182, 3}, {183, 2}, {184, 1}, {185, 2}, {186, 3}, {187, 3}, {188, 3}, {189, 3},
        {191, 1}, {193, 1}, {195, 1}, {198, 2}, {199, 1}};
    return w;
}

struct ForeignCountry {
    const char* code;
    const char* passportLetter;  // "" for all-digit numbers
};

const Weighted<ForeignCountry>& passportCountries()
{
    static const Weighted<ForeignCountry> w{
        {{"KOR", "M"}, 4}, {{"USA", ""}, 3},  {{"JPN", "TK"}, 3}, {{"RUS", ""}, 2},
        {{"GBR", ""}, 1},  {{"DEU", "C"}, 1}, {{"FRA", ""}, 1},   {{"CAN", "AB"}, 1},
        {{"SGP", "K"}, 1}, {{"MYS", "A"}, 1}, {{"PAK", "AB"}, 1}, {{"VNM", "C"}, 1}};
    return w;
}

const char* const kLatinSurnames[] = {"KIM",  "LEE",    "PARK",    "SMITH",  "JOHNSON", "TANAKA",
                                      "SATO", "IVANOV", "MUELLER", "MARTIN", "BROWN",   "NGUYEN",
                                      "TAN",  "KHAN",   "WILSON",  "PETROV"};
const char* const kLatinGiven[] = {"JOHN", "MARY",   "MINJUN", "SEOYEON", "HIROSHI", "YUKI",
                                   "ANNA", "DMITRY", "THOMAS", "SOPHIE",  "DAVID",   "LINH",
                                   "WEI",  "AISHA",  "PETER",  "ELENA"};

QString digits(Rng& rng, int count)
{
    QString s(count, u'0');
    for (int i = 0; i < count; ++i)
        s[i] = QChar(u'0' + static_cast<char16_t>(rng.below(10)));
    return s;
}

QString uuid(Rng& rng)
{
    quint64 hi = rng.next();
    quint64 lo = rng.next();
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC 4122 variant
    static const char kHex[] = "0123456789abcdef";
    char out[36];
    int o = 0;
    auto put = [&](quint64 v, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            out[o++] = kHex[(v >> (4 * i)) & 0xF];
    };
    put(hi >> 32, 8);
    out[o++] = '-';
    put((hi >> 16) & 0xFFFF, 4);
    out[o++] = '-';
    put(hi & 0xFFFF, 4);
    out[o++] = '-';
    put(lo >> 48, 4);
    out[o++] = '-';
    put(lo & 0xFFFFFFFFFFFFULL, 12);
    return QString::fromLatin1(out, 36);
}
}  // namespace

// --- Rng ---------------------------------------------------------------------------------------

Rng::Rng(quint64 seed)
{
    for (quint64& s : m_s) {  // splitmix64
        seed += 0x9E3779B97F4A7C15ULL;
        quint64 z = seed;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        s = z ^ (z >> 31);
    }
}

quint64 Rng::next()
{
    auto rotl = [](quint64 x, int k) { return (x << k) | (x >> (64 - k)); };
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

quint64 Rng::below(quint64 n)
{
    return static_cast<quint64>((static_cast<unsigned __int128>(next()) * n) >> 64);
}

int Rng::between(int lo, int hi)
{
    return lo + static_cast<int>(below(static_cast<quint64>(hi - lo + 1)));
}

double Rng::unit()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool Rng::chance(double p)
{
    return unit() < p;
}

// --- PeopleFactory -----------------------------------------------------------------------------

PeopleFactory::PeopleFactory(quint64 seed, QDate today) : m_rng(seed), m_today(today) {}

QString PeopleFactory::chineseName(Sex sex, bool older)
{
    QString name = QString::fromUtf16(surnames().pick(m_rng));
    const Weighted<QChar>& chars = givenChars(sex, older);
    // One given character: about a third of older people, a sixth of younger ones.
    const bool single = m_rng.chance(older ? 0.33 : 0.16);
    const QChar first = chars.pick(m_rng);
    name += first;
    if (!single)
        name += m_rng.chance(0.03) ? first : chars.pick(m_rng);  // 婷婷, 丹丹 …
    return name;
}

QDate PeopleFactory::birthDateForAge(int age)
{
    // `age` completed years today: born between a year and a day before `today - age` years.
    const QDate latest = m_today.addYears(-age);
    return latest.addDays(-m_rng.between(0, 364));
}

QString PeopleFactory::residentNumber(const QDate& birth, Sex sex, bool permit)
{
    for (;;) {
        const int region = permit ? (m_rng.chance(0.6)   ? 810000
                                     : m_rng.chance(0.7) ? 820000
                                                         : 830000)
                                  : regions().pick(m_rng);
        // The sequence digits: odd for men, even for women.
        const int sequence =
            sex == Sex::Male ? 2 * m_rng.between(0, 499) + 1 : 2 * m_rng.between(1, 499);
        const qint64 ymd = birth.year() * 10000 + birth.month() * 100 + birth.day();
        const qint64 key = (static_cast<qint64>(region) * 100000000 + ymd) * 1000 + sequence;
        if (!m_takenIds.insert(key).second)
            continue;
        QString n = QStringLiteral("%1%2%3")
                        .arg(region, 6, 10, QLatin1Char('0'))
                        .arg(ymd, 8, 10, QLatin1Char('0'))
                        .arg(sequence, 3, 10, QLatin1Char('0'));
        n += mod11_2CheckChar(n);
        return n;
    }
}

QString PeopleFactory::phone()
{
    return QString::number(mobilePrefixes().pick(m_rng)) + digits(m_rng, 8);
}

bool PeopleFactory::take(DocumentType type, const QString& matchKey)
{
    const QString key = documentTypeName(type) + QLatin1Char(':') + matchKey;
    if (m_takenOther.contains(key))
        return false;
    m_takenOther.insert(key);
    return true;
}

void PeopleFactory::markTaken(DocumentType type, const QString& matchKey)
{
    if ((type == DocumentType::ResidentId || type == DocumentType::ResidencePermit) &&
        matchKey.size() == 18) {
        bool ok = false;
        const qint64 key = matchKey.left(17).toLongLong(&ok);
        if (ok) {
            m_takenIds.insert(key);
            return;
        }
    }
    m_takenOther.insert(documentTypeName(type) + QLatin1Char(':') + matchKey);
}

FakePerson PeopleFactory::next()
{
    FakePerson p;
    p.sex = m_rng.chance(0.51) ? Sex::Male : Sex::Female;
    const auto& band = ageBands().pick(m_rng);
    const int age = m_rng.between(band.first, band.second);
    p.birthDate = birthDateForAge(age);
    const bool older = p.birthDate.year() < 1975;
    p.name = chineseName(p.sex, older);
    // Documents: mostly resident IDs; a few percent from Hong Kong, Macao, Taiwan and abroad.
    const double kind = m_rng.unit();
    if (kind < 0.972) {
        p.document.type = DocumentType::ResidentId;
        p.document.number = residentNumber(p.birthDate, p.sex, false);
    } else if (kind < 0.977) {
        p.document.type = DocumentType::ResidencePermit;
        p.document.number = residentNumber(p.birthDate, p.sex, true);
    } else if (kind < 0.986) {
        p.document.type = DocumentType::HomeReturnPermit;
        do {
            p.document.number =
                (m_rng.chance(0.8) ? QStringLiteral("H") : QStringLiteral("M")) + digits(m_rng, 8);
        } while (!take(DocumentType::HomeReturnPermit, p.document.number));
        if (m_rng.chance(0.5))
            p.document.number +=
                QStringLiteral("%1").arg(m_rng.between(0, 3), 2, 10, QLatin1Char('0'));
    } else if (kind < 0.989) {
        p.document.type = DocumentType::TaiwanCompatriotPermit;
        do {
            p.document.number = digits(m_rng, 8);
        } while (!take(DocumentType::TaiwanCompatriotPermit, p.document.number));
    } else {
        p.document.type = DocumentType::Passport;
        const ForeignCountry& c = passportCountries().pick(m_rng);
        p.document.country = QString::fromLatin1(c.code);
        const QString letters = QString::fromLatin1(c.passportLetter);
        do {
            p.document.number = letters + digits(m_rng, 9 - static_cast<int>(letters.size()) -
                                                            (letters.isEmpty() ? 0 : 1));
        } while (!take(DocumentType::Passport,
                       p.document.country + QLatin1Char(':') + p.document.number));
        p.name = QString::fromLatin1(kLatinSurnames[m_rng.below(std::size(kLatinSurnames))]) +
                 QLatin1Char(' ') +
                 QString::fromLatin1(kLatinGiven[m_rng.below(std::size(kLatinGiven))]);
    }
    if (p.document.type != DocumentType::ResidentId &&
        p.document.type != DocumentType::ResidencePermit) {
        p.document.birthDate = p.birthDate;  // typed at the desk: the number does not carry it
        p.document.sex = p.sex;
    }
    // Phones: a few people give none; families share one.
    const double ph = m_rng.unit();
    if (ph < 0.05)
        p.phone.clear();
    else if (ph < 0.09 && !m_recentPhones.empty())
        p.phone = m_recentPhones[m_rng.below(m_recentPhones.size())];
    else
        p.phone = phone();
    if (!p.phone.isEmpty()) {
        if (m_recentPhones.size() < 64)
            m_recentPhones.push_back(p.phone);
        else
            m_recentPhones[m_rng.below(64)] = p.phone;
    }
    return p;
}

// --- seeding -----------------------------------------------------------------------------------

namespace {

// Prepared once, executed per row.
class Insert {
public:
    Insert(Database& db, const QString& sql) : m_query(db.connection()), m_sql(sql)
    {
        m_prepared = m_query.prepare(sql);
    }
    Status run(std::initializer_list<QVariant> values)
    {
        if (!m_prepared)
            return Database::sqlError(m_query.lastError(), m_sql);
        int i = 0;
        for (const QVariant& v : values)
            m_query.bindValue(i++, v);
        if (!m_query.exec())
            return Database::sqlError(m_query.lastError(), m_sql);
        return {};
    }
    qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

Result<qint64> scalarInt(Database& db, const QString& sql)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    return q->scalar().toLongLong();
}

// Restores the page cache size when seeding ends, however it ends.
class CacheSize {
public:
    explicit CacheSize(Database& db) : m_db(db)
    {
        auto q = db.exec(QStringLiteral("PRAGMA cache_size"));
        if (q)
            m_old = q->scalar().toLongLong();
        static_cast<void>(db.exec(QStringLiteral("PRAGMA cache_size = -1048576")));  // 1 GiB
    }
    ~CacheSize()
    {
        static_cast<void>(m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_old)));
    }

private:
    Database& m_db;
    qint64 m_old = -2000;
};

}  // namespace

Result<SeedReport> seedPeople(Database& db, const Clock& clock, const SeedOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    auto site = SiteService::load(db);
    if (!site)
        return site.error();
    if (!site->training)
        return makeError(ErrorCode::DemoTrainingOnly,
                         DemoText::tr("Demo data goes into training databases only; %1 is the "
                                      "production database of site %2 and was not changed. Use "
                                      "a training database (vaxctl init --training).")
                             .arg(db.path(), site->code),
                         QStringLiteral("db"));
    if (options.people < 0 || options.days < 0 || options.chunk <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         DemoText::tr("Demo data: the number of people and of days must be zero "
                                      "or more."),
                         QStringLiteral("people"));

    QString staffId = options.staffId;
    if (staffId.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT id FROM staff ORDER BY created_at, id LIMIT 1"));
        if (!q)
            return q.error();
        staffId = q->scalar().toString();
        if (staffId.isEmpty())
            return makeError(ErrorCode::NotFound,
                             DemoText::tr("Demo data: the site has no staff member to record as "
                                          "creator. Initialise the site first."),
                             QStringLiteral("staff"));
    }

    const QDateTime now = clock.nowUtc();
    const QDate today = now.toTimeZone(options.zone).date();
    const QDate firstDay = today.addDays(-options.days);
    PeopleFactory people(options.seed, today);

    CacheSize cache(db);
    {
        auto docs = db.exec(QStringLiteral("SELECT type, match_key FROM identity_document"));
        if (!docs)
            return docs.error();
        while (docs->next()) {
            const auto type = documentTypeFromName(docs->value(0).toString());
            if (type)
                people.markTaken(*type, docs->value(1).toString());
        }
    }
    std::vector<int> lastNumber(static_cast<size_t>(options.days), 0);
    {
        auto q = db.exec(QStringLiteral("SELECT visit_date, last_number FROM queue_counter WHERE "
                                        "visit_date >= ? AND visit_date < ?"),
                         {firstDay.toString(Qt::ISODate), today.toString(Qt::ISODate)});
        if (!q)
            return q.error();
        while (q->next()) {
            const qint64 d =
                firstDay.daysTo(QDate::fromString(q->value(0).toString(), Qt::ISODate));
            if (d >= 0 && d < options.days)
                lastNumber[static_cast<size_t>(d)] = q->value(1).toInt();
        }
    }
    auto personSeq =
        scalarInt(db, QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM person"));
    auto docSeq =
        scalarInt(db, QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM identity_document"));
    auto visitSeq = scalarInt(db, QStringLiteral("SELECT COALESCE(MAX(change_seq), 0) FROM visit"));
    if (!personSeq)
        return personSeq.error();
    if (!docSeq)
        return docSeq.error();
    if (!visitSeq)
        return visitSeq.error();
    // Ids and visits: a stream of their own, which also depends on what the database already
    // holds, so seeding twice with one seed gives new ids.
    Rng rng(options.seed ^ 0x5EEDF00DCAFEULL ^
            (static_cast<quint64>(*personSeq) * 0x9E3779B97F4A7C15ULL));
    qint64 nextPersonSeq = *personSeq + 1;
    qint64 nextDocSeq = *docSeq + 1;
    qint64 nextVisitSeq = *visitSeq + 1;

    // What screening stored for the usual answers ("no" to everything, or a doctor's review),
    // per temperature in tenths: computed by the real rule code once.
    const Questionnaire& questionnaire = Questionnaire::builtIn();
    QHash<int, QString> screeningJson;
    auto screeningFor = [&](int tenths, bool review) -> Result<QString> {
        const int key = tenths * 2 + (review ? 1 : 0);
        auto it = screeningJson.constFind(key);
        if (it != screeningJson.cend())
            return *it;
        ScreeningAnswers answers;
        for (const ScreeningQuestion& q : questionnaire.questions())
            answers.insert(q.id, review && q.outcome == ScreeningOutcome::DoctorReview);
        auto r = evaluateScreening(questionnaire, answers, tenths / 10.0);
        if (!r)
            return r.error();
        const QString json = QString::fromUtf8(
            QJsonDocument(r->toJson(questionnaire.version(), tenths / 10.0, answers))
                .toJson(QJsonDocument::Compact));
        screeningJson.insert(key, json);
        return json;
    };

    // Visits a day when every person comes about twice: spreads the queue over 08:00–17:00.
    const double perDay =
        options.days > 0 ? 2.0 * static_cast<double>(options.people) / options.days : 1.0;
    const double spacingMs = 9.0 * 3600 * 1000 / std::max(perDay, 1.0);
    auto checkInTime = [&](int day, int number) {
        const QDateTime start(firstDay.addDays(day), QTime(8, 0), options.zone);
        return start.addMSecs(static_cast<qint64>(spacingMs * (number - 1)) +
                              static_cast<qint64>(rng.below(20000)));
    };

    Insert person(db, QStringLiteral("INSERT INTO person(id, name, sex, birth_date, phone, "
                                     "change_seq, created_at, created_by) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?)"));
    Insert document(db, QStringLiteral("INSERT INTO identity_document(id, person_id, type, "
                                       "number, match_key, country, change_seq, created_at, "
                                       "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Insert visit(db, QStringLiteral("INSERT INTO visit(id, person_id, visit_date, queue_number, "
                                    "lane, state, temperature_c, screening_version, screening, "
                                    "screening_outcome, appointment_id, checked_in_at, "
                                    "checked_in_by, change_seq) VALUES "
                                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)"));
    Insert consent(db, QStringLiteral("INSERT INTO consent(id, visit_id, text_version, signed_at, "
                                      "signer, guardian_name, guardian_relation, recorded_by) "
                                      "VALUES (?, ?, 'consent-2021-03', ?, ?, ?, ?, ?)"));
    Insert counter(db, QStringLiteral("INSERT INTO queue_counter(visit_date, last_number) VALUES "
                                      "(?, ?) ON CONFLICT(visit_date) DO UPDATE SET last_number = "
                                      "max(last_number, excluded.last_number)"));

    const QString maleName = sexName(Sex::Male);
    const QString femaleName = sexName(Sex::Female);
    const QString empty = QStringLiteral("");
    SeedReport report;
    qint64 done = 0;
    while (done < options.people) {
        const qint64 end = std::min(options.people, done + options.chunk);
        auto tx = WriteTransaction::begin(db);
        if (!tx)
            return tx.error();
        const qint64 chunkVisitsBefore = report.visits;
        qint64 chunkFirstSeq = 0;
        qint64 chunkLastSeq = 0;
        std::vector<bool> touchedDays(static_cast<size_t>(options.days), false);
        for (qint64 i = done; i < end; ++i) {
            const FakePerson fake = people.next();
            auto doc = checkDocument(fake.document, today);
            if (!doc)
                return makeError(ErrorCode::Internal,
                                 QStringLiteral("demo generator made an invalid document %1: %2")
                                     .arg(fake.document.number, doc.error().message));
            // The visits of this person: the first on a day that moves through the window with
            // the person's number (so persons are created in time order), then 21–56 days apart.
            std::vector<int> days;
            if (options.days > 0) {
                int day = static_cast<int>(i * options.days / std::max<qint64>(options.people, 1));
                const double r = rng.unit();
                const int count = r < 0.2 ? 1 : r < 0.75 ? 2 : 3;
                for (int k = 0; k < count && day < options.days; ++k) {
                    days.push_back(day);
                    day += rng.between(21, 56);
                }
            }
            std::vector<int> numbers;
            std::vector<QDateTime> times;
            for (int day : days) {
                const int number = ++lastNumber[static_cast<size_t>(day)];
                touchedDays[static_cast<size_t>(day)] = true;
                numbers.push_back(number);
                times.push_back(checkInTime(day, number).toUTC());
            }
            const QDateTime createdAt =
                times.empty() ? now.addSecs(-(options.people - i)) : times.front();
            const QString createdText = createdAt.toString(Qt::ISODateWithMs);
            const QString personId = uuid(rng);
            const QString sex = fake.sex == Sex::Male ? maleName : femaleName;
            VAX_TRY(person.run({personId, fake.name, sex, fake.birthDate.toString(Qt::ISODate),
                                fake.phone.isNull() ? empty : fake.phone, nextPersonSeq++,
                                createdText, staffId}));
            chunkLastSeq = person.lastId();
            if (chunkFirstSeq == 0)
                chunkFirstSeq = chunkLastSeq;
            VAX_TRY(document.run({uuid(rng), personId, documentTypeName(doc->type), doc->number,
                                  doc->matchKey, doc->country.isNull() ? empty : doc->country,
                                  nextDocSeq++, createdText, staffId}));
            ++report.documents;
            for (size_t k = 0; k < days.size(); ++k) {
                const QDate date = firstDay.addDays(days[k]);
                const int age = ageInYears(fake.birthDate, date);
                const bool review = rng.chance(0.03);
                const int tenths = rng.between(360, 372);
                auto json = screeningFor(tenths, review);
                if (!json)
                    return json.error();
                const QString visitId = uuid(rng);
                const QString at = times[k].toString(Qt::ISODateWithMs);
                VAX_TRY(visit.run(
                    {visitId, personId, date.toString(Qt::ISODate), numbers[k],
                     age >= 60 ? QStringLiteral("priority") : QStringLiteral("normal"),
                     rng.chance(0.02) ? QStringLiteral("cancelled") : QStringLiteral("vaccinated"),
                     tenths / 10.0, questionnaire.version(), *json,
                     review ? QStringLiteral("doctor_review") : QStringLiteral("clear"), at,
                     staffId, nextVisitSeq++}));
                const bool minor = age < 18;
                VAX_TRY(consent.run(
                    {uuid(rng), visitId, at,
                     minor ? QStringLiteral("guardian") : QStringLiteral("self"),
                     minor ? people.chineseName(rng.chance(0.6) ? Sex::Female : Sex::Male, false)
                           : empty,
                     minor ? (rng.chance(0.6) ? QStringLiteral("mother") : QStringLiteral("father"))
                           : empty,
                     staffId}));
                ++report.visits;
                if (!report.firstVisitDate.isValid() || date < report.firstVisitDate)
                    report.firstVisitDate = date;
                if (!report.lastVisitDate.isValid() || date > report.lastVisitDate)
                    report.lastVisitDate = date;
            }
            if (report.firstPersonSeq == 0)
                report.firstPersonSeq = chunkFirstSeq;
            report.lastPersonSeq = chunkLastSeq;
            ++report.persons;
        }
        for (int d = 0; d < options.days; ++d) {
            if (touchedDays[static_cast<size_t>(d)])
                VAX_TRY(counter.run({firstDay.addDays(d).toString(Qt::ISODate),
                                     lastNumber[static_cast<size_t>(d)]}));
        }
        AuditEntry audit;
        audit.at = now;
        audit.actor = staffId;
        audit.action = QStringLiteral("demo.seed");
        audit.entity = QStringLiteral("person");
        audit.detail = {{QStringLiteral("seed"), QString::number(options.seed)},
                        {QStringLiteral("persons"), end - done},
                        {QStringLiteral("first_person_seq"), chunkFirstSeq},
                        {QStringLiteral("last_person_seq"), chunkLastSeq},
                        {QStringLiteral("visits"), report.visits - chunkVisitsBefore}};
        VAX_TRY(AuditLog::append(db, audit));
        VAX_TRY(tx->commit());
        done = end;
        if (options.progress)
            options.progress(done);
    }
    report.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return report;
}

}  // namespace vax::demo
