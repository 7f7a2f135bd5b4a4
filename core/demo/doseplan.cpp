#include "demo/doseplan.h"

#include "common/age.h"
#include "demo/generator.h"

namespace vax::demo {

DosePlanner::DosePlanner(const Catalog& catalog)
{
    static const struct {
        const char* code;
        double weight;
    } kShares[] = {{"BBIBP-CorV", 36},
                   {"CoronaVac", 34},
                   {"WIBP-CorV", 12},
                   {"ZF2001", 10},
                   {"Convidecia", 8}};
    for (const auto& s : kShares) {
        if (const Product* p = catalog.find(QString::fromLatin1(s.code)))
            m_shares.push_back({p, s.weight});
    }
}

bool DosePlanner::ageAllows(const Product& product, const QDate& birth, const QDate& day)
{
    if (!hasReachedAge(birth, product.minAge, day))
        return false;
    return !product.maxAge || !hasReachedAge(birth, *product.maxAge, day);
}

const Product* DosePlanner::chooseFirst(Rng& rng, const QDate& birth, const QDate& day) const
{
    double total = 0;
    for (const Share& s : m_shares)
        total += ageAllows(*s.product, birth, day) ? s.weight : 0;
    if (total <= 0)
        return nullptr;
    double x = rng.unit() * total;
    const Product* last = nullptr;
    for (const Share& s : m_shares) {
        if (!ageAllows(*s.product, birth, day))
            continue;
        last = s.product;
        x -= s.weight;
        if (x < 0)
            return s.product;
    }
    return last;
}

QDate DosePlanner::firstEligibleDay(const QDate& birth) const
{
    QDate best;
    for (const Share& s : m_shares) {
        const QDate from = ageReachedOn(birth, s.product->minAge);
        if (!best.isValid() || from < best)
            best = from;
    }
    return best;
}

const Product* DosePlanner::chooseNext(Rng& rng, const Product& series, bool mixingAllowed,
                                       double mixShare) const
{
    if (!mixingAllowed || series.interchangeGroup.isEmpty() || !rng.chance(mixShare))
        return &series;
    std::vector<const Product*> others;
    for (const Share& s : m_shares) {
        if (s.product != &series && s.product->interchangeGroup == series.interchangeGroup)
            others.push_back(s.product);
    }
    if (others.empty())
        return &series;
    return others[rng.below(others.size())];
}

QDate DosePlanner::earliestNext(const Product& product, const std::vector<QDate>& doses)
{
    if (doses.empty())
        return {};
    const int next = static_cast<int>(doses.size()) + 1;
    QDate earliest = doses.back().addDays(1);
    for (const SeriesInterval& iv : product.intervals) {
        if (iv.dose != next || iv.after < 1 || iv.after > static_cast<int>(doses.size()))
            continue;
        const QDate from = iv.min.addTo(doses[static_cast<size_t>(iv.after - 1)]);
        if (from > earliest)
            earliest = from;
    }
    return earliest;
}

}  // namespace vax::demo
