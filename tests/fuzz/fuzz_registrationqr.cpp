// Fuzzes the pre-registration QR payload parser (core/scan/registrationqr). An accepted payload
// holds a checked document, a normalised phone and a non-empty name, and the payload written
// back from it (registrationQrPayload) parses to the same registration.
#include "fuzzsupport.h"
#include "scan/registrationqr.h"
#include "scan/scanrouter.h"

using namespace vax;

namespace {
QString describe(const Registration& r)
{
    const IdentityDocument& d = r.document;
    return r.name + QLatin1Char('|') + documentTypeName(d.type) + QLatin1Char('|') + d.number +
           QLatin1Char('|') + d.country + QLatin1Char('|') +
           (d.birthDate ? d.birthDate->toString(Qt::ISODate) : QString()) + QLatin1Char('|') +
           (d.sex ? sexName(*d.sex) : QString()) + QLatin1Char('|') + r.phone + QLatin1Char('|') +
           r.appointmentId;
}

bool same(const Registration& a, const Registration& b)
{
    return a.name == b.name && a.phone == b.phone && a.appointmentId == b.appointmentId &&
           a.document.type == b.document.type && a.document.number == b.document.number &&
           a.document.matchKey == b.document.matchKey && a.document.country == b.document.country &&
           a.document.birthDate == b.document.birthDate && a.document.sex == b.document.sex;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString payload = fuzz::text(data, size);
    (void)normalizePhone(payload);
    auto parsed = parseRegistrationQr(payload, fuzz::today());
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), parsed.error().codeName());
        return 0;
    }
    const Registration& r = *parsed;
    const QString what = describe(r);
    FUZZ_CHECK(!r.name.isEmpty() && r.name == r.name.simplified(), what);
    FUZZ_CHECK(r.phone.isEmpty() || normalizePhone(r.phone) == r.phone, what);
    FUZZ_CHECK(r.appointmentId == r.appointmentId.trimmed(), what);
    FUZZ_CHECK(!r.document.number.isEmpty() && !r.document.matchKey.isEmpty(), what);
    FUZZ_CHECK(!r.document.birthDate || *r.document.birthDate <= fuzz::today(), what);

    DocumentInput in;
    in.type = r.document.type;
    in.number = r.document.number;
    in.country = r.document.country;
    in.birthDate = r.document.birthDate;
    in.sex = r.document.sex;
    const QString written = registrationQrPayload(r.name, in, r.phone, r.appointmentId);
    auto again = parseRegistrationQr(written, fuzz::today());
    FUZZ_CHECK(again.ok(), written + QStringLiteral(" → ") + again.error().message);
    FUZZ_CHECK(same(r, *again), what + QStringLiteral(" → ") + describe(*again));
    FUZZ_CHECK(classifyScan(written) == ScanKind::RegistrationQr, written);
    return 0;
}
