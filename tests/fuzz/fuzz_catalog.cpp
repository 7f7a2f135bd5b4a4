// Fuzzes the vaccine catalog loader (core/catalog): Catalog::fromJson and the ISO 8601 spans it
// reads. Whatever it accepts satisfies every rule the loader promises (the rest of the app
// relies on them), and every span prints to text that parses back to the same span.
#include <algorithm>

#include <QSet>

#include "catalog/catalog.h"
#include "fuzzsupport.h"
#include "scan/gs1.h"

using namespace vax;

namespace {
void checkSpan(const CalendarSpan& span, const QString& what)
{
    FUZZ_CHECK(span.years >= 0 && span.months >= 0 && span.days >= 0, what);
    const auto back = CalendarSpan::parse(span.toString());
    FUZZ_CHECK(back && *back == span, what + QStringLiteral(": ") + span.toString());
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    if (size <= 32) {  // short inputs also go to the span parser directly
        if (auto span = CalendarSpan::parse(fuzz::text(data, size)))
            checkSpan(*span, QStringLiteral("span"));
    }
    auto parsed = Catalog::fromJson(json);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), parsed.error().codeName());
        return 0;
    }
    const Catalog& c = *parsed;
    FUZZ_CHECK(!c.version().isEmpty() && !c.products().empty(), c.version());
    QSet<QString> codes;
    for (const Product& p : c.products()) {
        const QString& what = p.code;
        FUZZ_CHECK(!p.code.isEmpty() && !codes.contains(p.code), what);
        codes.insert(p.code);
        FUZZ_CHECK(c.find(p.code) == &p, what);
        FUZZ_CHECK(!p.name.zhCN.isEmpty() && !p.name.en.isEmpty(), what);
        FUZZ_CHECK(knownPlatforms().contains(p.platform), what);
        FUZZ_CHECK(knownRoutes().contains(p.route), what);
        for (const QString& site : p.sites)
            FUZZ_CHECK(knownSites().contains(site), what);
        FUZZ_CHECK(p.doseVolumeMl > 0 && p.doseVolumeMl <= 5, what);
        FUZZ_CHECK(p.vialDoses >= 1 && p.vialDoses <= 50, what);
        FUZZ_CHECK(p.vialDoses == 1 || p.openVialHours, what);
        FUZZ_CHECK(!p.openVialHours || (*p.openVialHours >= 1 && *p.openVialHours <= 28 * 24),
                   what);
        FUZZ_CHECK(p.observationMinutes >= 0 && p.observationMinutes <= 240, what);
        checkSpan(p.minAge, what + QStringLiteral(" minAge"));
        if (p.maxAge) {
            checkSpan(*p.maxAge, what + QStringLiteral(" maxAge"));
            FUZZ_CHECK(p.maxAge->addTo(QDate(2000, 1, 1)) > p.minAge.addTo(QDate(2000, 1, 1)),
                       what);
        }
        FUZZ_CHECK(p.seriesDoses >= 1 && p.seriesDoses <= 10, what);
        for (const SeriesInterval& si : p.intervals) {
            FUZZ_CHECK(si.dose >= 2 && si.dose <= p.seriesDoses, what);
            FUZZ_CHECK(si.after >= 1 && si.after < si.dose, what);
            checkSpan(si.min, what + QStringLiteral(" interval"));
            if (si.recommendedMax)
                checkSpan(*si.recommendedMax, what + QStringLiteral(" recommendedMax"));
        }
        for (int dose = 2; dose <= p.seriesDoses; ++dose) {
            FUZZ_CHECK(std::any_of(p.intervals.begin(), p.intervals.end(),
                                   [dose](const SeriesInterval& s) { return s.dose == dose; }),
                       what);
        }
        for (const QString& gtin : p.gtins) {
            // The catalog and the box-code scanner agree on what a GTIN is.
            FUZZ_CHECK(isValidGtin14(gtin), what + QStringLiteral(" gtin ") + gtin);
            FUZZ_CHECK(c.findByGtin(gtin) != nullptr, what);
        }
    }
    return 0;
}
