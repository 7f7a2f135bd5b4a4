#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "catalog/duration.h"
#include "common/result.h"

namespace vax {

// A text in the three languages VaxPoint ships (zh_CN and en are required in the catalog).
struct LocalizedText {
    QString zhCN;
    QString zhTW;
    QString en;
    // The text for a locale name such as "zh_CN", "zh_TW", "en_US"; falls back to zh_CN, en.
    QString forLocale(const QString& locale) const;
};

// One interval rule of a series: dose `dose` must come at least `min` after dose `after`, and
// should come before `recommendedMax` (a late dose warns; it never restarts the series).
struct SeriesInterval {
    int dose = 0;
    int after = 0;
    CalendarSpan min;
    std::optional<CalendarSpan> recommendedMax;
};

struct Product {
    QString code;  // stable key, e.g. "BBIBP-CorV"
    LocalizedText name;
    LocalizedText manufacturer;
    QString mvx;       // HL7 manufacturer code, may be empty
    QString platform;  // inactivated, adenovirus-vector, recombinant-protein, live-attenuated …
    QString cvx;       // CVX code, may be empty
    QString interchangeGroup;  // products of one group may complete each other's series
    QString disease;           // e.g. "COVID-19", "HepB"
    QStringList components;    // allergens a contraindication may name, e.g. "polysorbate-80"
    double doseVolumeMl = 0;
    QString route;                     // IM, SC, ID, PO, IN
    QStringList sites;                 // HL7 0163 codes allowed, e.g. LD, RD
    int vialDoses = 1;                 // doses in one vial
    std::optional<int> openVialHours;  // multi-dose vials: discard this long after opening
    CalendarSpan minAge;
    std::optional<CalendarSpan> maxAge;  // the person must be younger than this
    int observationMinutes = 30;
    int seriesDoses = 1;
    std::vector<SeriesInterval> intervals;
    QStringList gtins;  // GTIN-14 of its packs, to recognise a scanned box
};

class Catalog {
public:
    // Parses and validates a catalog document. Errors name the product and the field.
    static Result<Catalog> fromJson(const QByteArray& json);
    // The catalog shipped with this build (resources/catalog/catalog.json).
    static const Catalog& builtIn();
    static QByteArray builtInJson();

    const QString& version() const { return m_version; }
    const std::vector<Product>& products() const { return m_products; }
    const Product* find(const QString& code) const;
    const Product* findByGtin(const QString& gtin) const;
    // The AEFI symptom codes that count as a serious allergic reaction ("seriousAllergicAefi"):
    // one recorded after a dose contraindicates further doses of that product's group.
    const QStringList& seriousAllergicAefi() const { return m_seriousAllergicAefi; }

private:
    QString m_version;
    std::vector<Product> m_products;
    QStringList m_seriousAllergicAefi;
};

// The route and site codes the catalog may use (HL7 0162-style short codes, HL7 0163 sites).
const QStringList& knownRoutes();
const QStringList& knownSites();
const QStringList& knownPlatforms();

}  // namespace vax
