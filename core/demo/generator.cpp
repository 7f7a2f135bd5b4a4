#include "demo/generator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include "common/age.h"
#include "demo/bulk.h"
#include "identity/residentid.h"

namespace vax::demo {

namespace {
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

}  // namespace

QString randomUuid(Rng& rng)
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
    // `age` completed years today (the age rule of common/age.h): born on the latest such date
    // or up to 364 days before it.
    QDate latest(m_today.year() - age, m_today.month(), 1);
    latest = latest.addDays(std::min(m_today.day(), latest.daysInMonth()) - 1);
    while (ageInWholeYears(latest, m_today) < age)
        latest = latest.addDays(-1);
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

}  // namespace vax::demo
