// Fuzzes the GS1 element string parser (core/scan/gs1): parseGs1 on arbitrary scanner text.
// An accepted code must hold only valid fields and re-encode (with GS separators) to itself.
#include "fuzzsupport.h"
#include "scan/gs1.h"
#include "scan/scanrouter.h"

using namespace vax;

namespace {
bool isSet82Text(const QString& s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'a' && u <= u'z') ||
                        QStringView(u"!\"%&'()*+,-./:;<=>?_").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

QString describe(const Gs1Data& d)
{
    return d.gtin + QLatin1Char('|') + d.expiry.toString(Qt::ISODate) + QLatin1Char('|') + d.lot +
           QLatin1Char('|') + d.serial;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString scanned = fuzz::text(data, size);
    auto parsed = parseGs1(scanned);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), parsed.error().codeName());
        return 0;
    }
    const Gs1Data& d = *parsed;
    const QString what = describe(d);
    FUZZ_CHECK(isValidGtin14(d.gtin), what);
    FUZZ_CHECK(d.lot.size() <= 20 && isSet82Text(d.lot), what);
    FUZZ_CHECK(d.serial.size() <= 20 && isSet82Text(d.serial), what);
    FUZZ_CHECK(d.expiry.isNull() ||
                   (d.expiry.isValid() && d.expiry.year() >= 2000 && d.expiry.year() <= 2099),
               what);

    // Re-encode with a GS after every variable field: the same data comes back, and the scan
    // router sends it to the GS1 parser.
    const QChar gs(kGs1Separator);
    QString encoded = QStringLiteral("01") + d.gtin;
    if (d.expiry.isValid())
        encoded += QStringLiteral("17") + d.expiry.toString(QStringLiteral("yyMMdd"));
    if (!d.lot.isEmpty())
        encoded += QStringLiteral("10") + d.lot + gs;
    if (!d.serial.isEmpty())
        encoded += QStringLiteral("21") + d.serial + gs;
    auto again = parseGs1(encoded);
    FUZZ_CHECK(again.ok(), what + QStringLiteral(" → ") + again.error().message);
    FUZZ_CHECK(again->gtin == d.gtin && again->expiry == d.expiry && again->lot == d.lot &&
                   again->serial == d.serial,
               what + QStringLiteral(" → ") + describe(*again));
    FUZZ_CHECK(classifyScan(encoded) == ScanKind::Gs1, encoded);
    return 0;
}
