// Fuzzes the scanner router (core/scan/scanrouter): classifyScan and parseScan on anything a
// keyboard wedge may send. The parse agrees with the classification, fills exactly the part of
// the result its kind names, and what it read routes back to the same kind.
#include "fuzzsupport.h"
#include "scan/scanrouter.h"

using namespace vax;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString scanned = fuzz::text(data, size);
    const ScanKind kind = classifyScan(scanned);
    FUZZ_CHECK(!scanKindName(kind).isEmpty(), scanned);
    auto parsed = parseScan(scanned, fuzz::today());
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty(), parsed.error().codeName());
        return 0;
    }
    const ScanResult& r = *parsed;
    const QString what = scanKindName(r.kind) + QStringLiteral(": ") + scanned;
    FUZZ_CHECK(r.kind == kind, what);
    FUZZ_CHECK(r.kind != ScanKind::Unknown, what);
    FUZZ_CHECK(r.document.has_value() == (r.kind == ScanKind::IdDocument), what);
    FUZZ_CHECK(r.registration.has_value() == (r.kind == ScanKind::RegistrationQr), what);
    FUZZ_CHECK(r.gs1.has_value() == (r.kind == ScanKind::Gs1), what);
    FUZZ_CHECK(r.traceCode.isEmpty() == (r.kind != ScanKind::TraceCode), what);
    switch (r.kind) {
        case ScanKind::IdDocument: {
            // The stored number scans again to the same document.
            auto again = parseScan(r.document->number, fuzz::today());
            FUZZ_CHECK(again.ok() && again->kind == ScanKind::IdDocument,
                       what + QStringLiteral(" → ") + r.document->number);
            FUZZ_CHECK(again->document->number == r.document->number &&
                           again->document->type == r.document->type &&
                           again->document->birthDate == r.document->birthDate,
                       what);
            break;
        }
        case ScanKind::TraceCode: {
            FUZZ_CHECK(r.traceCode.size() == 20, what);
            for (QChar c : r.traceCode)
                FUZZ_CHECK(c >= u'0' && c <= u'9', what);
            break;
        }
        case ScanKind::Gs1:
            FUZZ_CHECK(isValidGtin14(r.gs1->gtin), what);
            break;
        case ScanKind::RegistrationQr:
            FUZZ_CHECK(!r.registration->name.isEmpty(), what);
            break;
        case ScanKind::Unknown:
            break;
    }
    return 0;
}
