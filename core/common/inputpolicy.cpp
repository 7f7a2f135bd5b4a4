#include "common/inputpolicy.h"

#include <QCoreApplication>

#include <cmath>

namespace vax::input {

namespace {

struct InputText {
    Q_DECLARE_TR_FUNCTIONS(InputPolicy)
};

Error invalid(const QString& field, const QString& message)
{
    return makeError(ErrorCode::InputInvalid, message, field);
}

// Why a code point is refused, or an empty string.
QString refusal(char32_t c, Lines lines)
{
    if (lines == Lines::Multi && (c == u'\n' || c == u'\r' || c == u'\t'))
        return {};
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return InputText::tr("a control character");
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
        c == 0x200F || c == 0x061C)
        return InputText::tr("a character that reverses the direction of the text");
    if (c == 0x2028 || c == 0x2029)
        return lines == Lines::Multi ? QString() : InputText::tr("a line break");
    if (c == 0xFEFF || c == 0x200B)
        return InputText::tr("an invisible character");
    if (c == 0xFFFD)
        return InputText::tr("a character that could not be read (the text was not valid UTF-8)");
    if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE || (c >= 0xD800 && c <= 0xDFFF))
        return InputText::tr("a character that is not text");
    return {};
}

struct Scan {
    qsizetype index = -1;  // of the refused character
    char32_t codePoint = 0;
    QString why;
    qsizetype characters = 0;
};

Scan scan(QStringView value, Lines lines)
{
    Scan s;
    for (qsizetype i = 0; i < value.size(); ++i) {
        char32_t c = value.at(i).unicode();
        const qsizetype at = i;
        if (QChar::isHighSurrogate(c) && i + 1 < value.size() &&
            QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            c = QChar::surrogateToUcs4(value.at(i), value.at(i + 1));
            ++i;
        }
        ++s.characters;
        if (s.index >= 0)
            continue;
        const QString why = refusal(c, lines);
        if (!why.isEmpty()) {
            s.index = at;
            s.codePoint = c;
            s.why = why;
        }
    }
    return s;
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

}  // namespace

qsizetype firstRefusedCharacter(QStringView value, Lines lines)
{
    return scan(value, lines).index;
}

Status checkText(QStringView value, const QString& field, const QString& label, TextRule rule)
{
    const Scan s = scan(value, rule.lines);
    if (s.characters > rule.maxChars)
        return invalid(field, InputText::tr("%1 is %2 characters long; at most %3 fit. Shorten "
                                            "it, or check that nothing was pasted or scanned "
                                            "into the field twice.")
                                  .arg(label)
                                  .arg(s.characters)
                                  .arg(rule.maxChars));
    if (s.index >= 0)
        return invalid(field, InputText::tr("%1 contains %2 (%3) at character %4. Type it "
                                            "again by hand: text copied from elsewhere can carry "
                                            "hidden characters.")
                                  .arg(label, s.why, codePointName(s.codePoint))
                                  .arg(s.index + 1));
    return {};
}

Status checkPhone(QStringView value, const QString& field, const QString& label)
{
    VAX_TRY(checkText(value, field, label, kPhone));
    if (value.trimmed().isEmpty())
        return {};
    int digits = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isDigit() && c.unicode() < 0x80)
            ++digits;
        else if (c == u'+' && value.left(i).trimmed().isEmpty())
            continue;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')')
            return invalid(field, InputText::tr("%1 may hold only digits, a leading +, spaces, "
                                                "hyphens and brackets; \"%2\" is not one. "
                                                "Enter the number as digits, e.g. 13800138000.")
                                      .arg(label, QString(c)));
    }
    if (digits < 5 || digits > 15)
        return invalid(field, InputText::tr("%1 has %2 digits; a phone number has 5 to 15. "
                                            "Check the number.")
                                  .arg(label)
                                  .arg(digits));
    return {};
}

Status checkNumber(double value, const QString& field, const QString& label, double min, double max,
                   const QString& unit)
{
    const QString range = unit.isEmpty() ? QStringLiteral("%1 … %2").arg(min).arg(max)
                                         : QStringLiteral("%1 … %2 %3").arg(min).arg(max).arg(unit);
    if (!std::isfinite(value))
        return invalid(
            field,
            InputText::tr("%1 is not a number. Enter a number between %2.").arg(label, range));
    if (value < min || value > max)
        return invalid(field, InputText::tr("%1 is %2, outside %3. Enter a number in that "
                                            "range.")
                                  .arg(label)
                                  .arg(value)
                                  .arg(range));
    return {};
}

Status checkNotFuture(const QDateTime& at, const QDateTime& now, const QString& field,
                      const QString& label, qint64 toleranceSeconds)
{
    if (!at.isValid())
        return invalid(field, InputText::tr("%1 is not a valid time. Enter it as "
                                            "YYYY-MM-DD HH:MM.")
                                  .arg(label));
    if (now.secsTo(at) > toleranceSeconds)
        return invalid(field, InputText::tr("%1 (%2) lies in the future; the site's clock says "
                                            "%3. Enter the time it happened, or check the "
                                            "clock of the device that recorded it.")
                                  .arg(label, at.toString(Qt::ISODate), now.toString(Qt::ISODate)));
    return {};
}

Status checkNotFuture(const QDate& date, const QDate& today, const QString& field,
                      const QString& label)
{
    if (!date.isValid())
        return invalid(field,
                       InputText::tr("%1 is not a valid date. Enter it as YYYY-MM-DD.").arg(label));
    if (date > today)
        return invalid(field,
                       InputText::tr("%1 (%2) lies after today (%3). Enter the date from "
                                     "the document.")
                           .arg(label, date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    return {};
}

qsizetype invalidUtf8Offset(const QByteArray& bytes)
{
    // Checked by hand rather than through QStringDecoder, which does not report where: the
    // Unicode standard's well-formed UTF-8 table (no overlongs, no surrogates, ≤ U+10FFFF).
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (int k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += len;
    }
    return -1;
}

Status checkUtf8(const QByteArray& bytes, const QString& field, const QString& label)
{
    const qsizetype at = invalidUtf8Offset(bytes);
    if (at < 0)
        return {};
    return invalid(field, InputText::tr("%1 is not valid UTF-8 text (byte %2). Save or type it "
                                        "again as UTF-8.")
                              .arg(label)
                              .arg(at + 1));
}

}  // namespace vax::input
