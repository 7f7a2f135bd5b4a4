#pragma once

#include <QDate>
#include <QString>

#include <vector>

#include "catalog/catalog.h"

namespace vax::demo {

class Rng;

// Which vaccine a synthetic person gets, and when each dose of the series may come, read from
// the catalog: the same minimum ages and intervals the desk's checklist enforces. Pure.
class DosePlanner {
public:
    // The COVID-19 products of `catalog` with a share like China's 2021 campaign (BBIBP-CorV and
    // CoronaVac most, then WIBP, ZF2001, Convidecia). Products not in the catalog are left out.
    explicit DosePlanner(const Catalog& catalog);

    // A product for dose 1 on `day` for a person born on `birth`, among the products whose
    // minimum (and maximum) age allows it; nullptr when none does yet.
    const Product* chooseFirst(Rng& rng, const QDate& birth, const QDate& day) const;
    // The first day on which some product allows dose 1 (invalid when none ever does).
    QDate firstEligibleDay(const QDate& birth) const;
    // The product of a later dose: the same as the series so far, or now and then (`mixShare`)
    // another product of its interchange group when mixing is allowed.
    const Product* chooseNext(Rng& rng, const Product& series, bool mixingAllowed,
                              double mixShare = 0.03) const;
    // The earliest day dose `doses.size() + 1` of `product` may be given after the series'
    // doses on `doses` (oldest first): every interval rule of the catalog for that dose, and
    // never before the day after the last dose.
    static QDate earliestNext(const Product& product, const std::vector<QDate>& doses);
    static bool ageAllows(const Product& product, const QDate& birth, const QDate& day);

private:
    struct Share {
        const Product* product;
        double weight;
    };
    std::vector<Share> m_shares;
};

}  // namespace vax::demo
