#include "scan/gs1.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace vax {

namespace {
struct Gs1Text {
    Q_DECLARE_TR_FUNCTIONS(Gs1)
};

const QString& gs1Field()
{
    static const QString f = QStringLiteral("gs1");
    return f;
}

constexpr int kMaxVariable = 20;

// Length of the value of a supported AI: >0 fixed, 0 variable (ends with GS or the input),
// -1 not supported.
int valueLength(QStringView ai)
{
    if (ai == u"01")
        return 14;
    if (ai == u"17" || ai == u"11" || ai == u"13" || ai == u"15" || ai == u"16")
        return 6;
    if (ai == u"10" || ai == u"21")
        return 0;
    return -1;
}

// GS1 AI encodable character set 82 (the characters a lot or serial may hold).
bool isSet82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    return QStringView(u"!\"%&'()*+,-./:;<=>?_").contains(c);
}

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return !s.isEmpty();
}

struct Element {
    QString ai;
    QString value;
    bool endedByInput = false;  // a variable field that ran to the end of the input
};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::Gs1Invalid, message, gs1Field());
}

// A YYMMDD date; DD=00 means the last day of the month. Years are 2000–2099: vaccine expiry
// dates are never in the last century.
std::optional<QDate> gs1Date(QStringView v)
{
    if (!allDigits(v) || v.size() != 6)
        return std::nullopt;
    const int year = 2000 + v.mid(0, 2).toInt();
    const int month = v.mid(2, 2).toInt();
    const int day = v.mid(4, 2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (day == 0)
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    const QDate d(year, month, day);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// Checks one element's value; an empty optional when it is fine.
std::optional<Error> checkElement(const Element& e)
{
    if (e.ai == u"01") {
        if (!allDigits(e.value))
            return invalid(Gs1Text::tr("GTIN (01) must be 14 digits; the scan gave \"%1\". Scan "
                                       "the box code again.")
                               .arg(e.value));
        if (!isValidGtin14(e.value))
            return makeError(ErrorCode::Gs1Checksum,
                             Gs1Text::tr("GTIN (01) %1 has a wrong check digit. Scan the box "
                                         "code again; if it repeats, the label is damaged.")
                                 .arg(e.value),
                             gs1Field());
        return std::nullopt;
    }
    if (valueLength(e.ai) == 6) {
        if (!gs1Date(e.value))
            return invalid(Gs1Text::tr("Date (%1) \"%2\" is not a YYMMDD date. Scan the box "
                                       "code again or type the date.")
                               .arg(e.ai, e.value));
        return std::nullopt;
    }
    if (e.value.isEmpty())
        return invalid(Gs1Text::tr("(%1) is empty. Scan the box code again.").arg(e.ai));
    if (e.value.size() > kMaxVariable)
        return invalid(Gs1Text::tr("(%1) has %2 characters; at most %3 are allowed. Scan the box "
                                   "code again.")
                           .arg(e.ai)
                           .arg(e.value.size())
                           .arg(kMaxVariable));
    for (QChar c : e.value) {
        if (!isSet82(c))
            return invalid(Gs1Text::tr("(%1) contains \"%2\", which a GS1 code cannot hold. Scan "
                                       "the box code again.")
                               .arg(e.ai, QString(c)));
    }
    return std::nullopt;
}

// Splits an element string (without symbology id) into elements, checking each.
Result<std::vector<Element>> splitElements(QStringView s)
{
    std::vector<Element> out;
    QSet<QString> seen;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s.at(i) == QChar(kGs1Separator)) {  // a separator before an AI (FNC1 at start)
            ++i;
            continue;
        }
        if (i + 2 > s.size())
            return invalid(
                Gs1Text::tr("The code ends in the middle of an element. Scan it "
                            "again."));
        Element e;
        e.ai = s.mid(i, 2).toString();
        const int len = valueLength(e.ai);
        if (len < 0)
            return invalid(Gs1Text::tr("Application identifier (%1) is not supported here; "
                                       "VaxPoint reads (01), (17), (10) and (21). Type the lot "
                                       "and expiry instead.")
                               .arg(e.ai));
        if (seen.contains(e.ai))
            return invalid(Gs1Text::tr("(%1) appears twice. Scan the box code again.").arg(e.ai));
        seen.insert(e.ai);
        i += 2;
        if (len > 0) {
            if (i + len > s.size())
                return invalid(Gs1Text::tr("(%1) needs %2 characters but the code ends early. "
                                           "Scan it again.")
                                   .arg(e.ai)
                                   .arg(len));
            e.value = s.mid(i, len).toString();
            i += len;
        } else {
            const qsizetype end = s.indexOf(QChar(kGs1Separator), i);
            e.endedByInput = end < 0;
            const qsizetype stop = end < 0 ? s.size() : end;
            e.value = s.mid(i, stop - i).toString();
            i = stop;
        }
        out.push_back(e);
    }
    if (out.empty())
        return invalid(Gs1Text::tr("The code is empty. Scan the box code again."));
    return out;
}

// Whether the tail of a variable field could itself be one or more further elements (a GS the
// scanner did not send). Such a tail must parse to the end with AIs not seen before.
bool couldHideElements(const QString& value, const QSet<QString>& seenAis)
{
    for (qsizetype cut = 1; cut + 2 < value.size(); ++cut) {
        auto tail = splitElements(QStringView(value).mid(cut));
        if (!tail)
            continue;
        bool plausible = true;
        for (const Element& t : *tail) {
            if (seenAis.contains(t.ai) || checkElement(t)) {
                plausible = false;
                break;
            }
        }
        if (plausible)
            return true;
    }
    return false;
}
}  // namespace

bool isValidGtin14(const QString& digits)
{
    if (digits.size() != 14 || !allDigits(digits))
        return false;
    int sum = 0;
    for (int k = 0; k < 13; ++k) {
        const int d = digits.at(k).unicode() - u'0';
        sum += (k % 2 == 0) ? d * 3 : d;  // weights 3,1,3,… from the left for 14 digits
    }
    return (10 - sum % 10) % 10 == digits.at(13).unicode() - u'0';
}

Result<Gs1Data> parseGs1(const QString& scanned)
{
    Gs1Data data;
    QStringView s(scanned);
    while (!s.isEmpty() && (s.back() == u'\r' || s.back() == u'\n'))
        s.chop(1);
    // AIM symbology ids of GS1 carriers: DataMatrix, GS1-128, QR, DataBar.
    for (QStringView aim : {u"]d2", u"]C1", u"]Q3", u"]e0"}) {
        if (s.startsWith(aim)) {
            data.hadSymbologyId = true;
            s = s.mid(3);
            break;
        }
    }
    VAX_TRY_VALUE(auto elements, splitElements(s));
    // A scanner that sends one GS sends them all; without any GS, a variable field that runs to
    // the end may have swallowed the elements after it.
    const bool separatorsArrive = s.contains(QChar(kGs1Separator));
    QSet<QString> seen;
    for (const Element& e : elements)
        seen.insert(e.ai);
    for (const Element& e : elements) {
        if (e.endedByInput && !separatorsArrive &&
            (e.value.size() > kMaxVariable || couldHideElements(e.value, seen))) {
            return makeError(ErrorCode::Gs1Ambiguous,
                             Gs1Text::tr("(%1) \"%2\" may hold further elements because the "
                                         "scanner sent no GS separator, so the lot or serial "
                                         "cannot be read safely. Set the scanner to send GS "
                                         "(Ctrl+]) or type the lot and expiry.")
                                 .arg(e.ai, e.value),
                             gs1Field());
        }
        if (auto problem = checkElement(e))
            return *problem;
        if (e.ai == u"01")
            data.gtin = e.value;
        else if (e.ai == u"17")
            data.expiry = *gs1Date(e.value);
        else if (e.ai == u"10")
            data.lot = e.value;
        else if (e.ai == u"21")
            data.serial = e.value;
    }
    if (data.gtin.isEmpty())
        return invalid(
            Gs1Text::tr("The code has no GTIN (01). Scan the code on the vaccine box, "
                        "not another label."));
    return data;
}

}  // namespace vax
