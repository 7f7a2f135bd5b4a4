#include "scan/scanrouter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vax {

namespace {
struct ScanText {
    Q_DECLARE_TR_FUNCTIONS(ScanRouter)
};

QString trimmedScan(const QString& s)
{
    QString t = s;
    while (!t.isEmpty() && (t.back() == u'\r' || t.back() == u'\n' || t.back() == u' '))
        t.chop(1);
    while (!t.isEmpty() && t.front() == u' ')
        t.remove(0, 1);
    return t;
}

bool fullMatch(const char16_t* pattern, const QString& text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QString::fromUtf16(pattern)))
        .match(text)
        .hasMatch();
}
}  // namespace

QString scanKindName(ScanKind kind)
{
    switch (kind) {
        case ScanKind::IdDocument:
            return QStringLiteral("id_document");
        case ScanKind::RegistrationQr:
            return QStringLiteral("registration_qr");
        case ScanKind::Gs1:
            return QStringLiteral("gs1");
        case ScanKind::TraceCode:
            return QStringLiteral("trace_code");
        case ScanKind::Unknown:
            break;
    }
    return QStringLiteral("unknown");
}

ScanKind classifyScan(const QString& scanned)
{
    const QString s = trimmedScan(scanned);
    if (s.isEmpty())
        return ScanKind::Unknown;
    for (const char16_t* aim : {u"]d2", u"]C1", u"]Q3", u"]e0"}) {
        if (s.startsWith(QString::fromUtf16(aim)))
            return ScanKind::Gs1;
    }
    if (s.contains(QChar(kGs1Separator)))
        return ScanKind::Gs1;
    if (s.startsWith(QLatin1Char('{')))
        return ScanKind::RegistrationQr;
    const QString n = normalizeDocumentNumber(s);
    if (fullMatch(u"[0-9]{15}|[0-9]{17}[0-9X]", n))
        return ScanKind::IdDocument;
    if (fullMatch(u"[0-9]{20}", s))
        return ScanKind::TraceCode;
    // A GS1 string without AIM id: (01) and its 14 digits first, then further elements.
    if (fullMatch(u"01[0-9]{14}[\\x21-\\x7E]*", s))
        return ScanKind::Gs1;
    return ScanKind::Unknown;
}

Result<ScanResult> parseScan(const QString& scanned, const QDate& today)
{
    const QString s = trimmedScan(scanned);
    ScanResult r;
    r.kind = classifyScan(s);
    switch (r.kind) {
        case ScanKind::IdDocument: {
            VAX_TRY_VALUE(auto doc,
                          checkDocument(DocumentInput{std::nullopt, s, {}, {}, {}}, today));
            r.document = doc;
            return r;
        }
        case ScanKind::RegistrationQr: {
            VAX_TRY_VALUE(auto reg, parseRegistrationQr(s, today));
            r.registration = reg;
            return r;
        }
        case ScanKind::Gs1: {
            VAX_TRY_VALUE(auto gs1, parseGs1(s));
            r.gs1 = gs1;
            return r;
        }
        case ScanKind::TraceCode:
            r.traceCode = s;
            return r;
        case ScanKind::Unknown:
            break;
    }
    return makeError(ErrorCode::ScanUnknown,
                     ScanText::tr("The scan \"%1\" is not an ID card, a registration QR code, a "
                                  "GS1 box code or a 20-digit trace code. Scan again, or type "
                                  "the number into the field it belongs to.")
                         .arg(s.left(60)),
                     QStringLiteral("scan"));
}

}  // namespace vax
