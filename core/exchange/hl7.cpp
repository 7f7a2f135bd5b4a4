#include "exchange/hl7.h"

namespace vax::hl7 {

QString escape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
            case u'|':
                out += u"\\F\\";
                break;
            case u'^':
                out += u"\\S\\";
                break;
            case u'&':
                out += u"\\T\\";
                break;
            case u'~':
                out += u"\\R\\";
                break;
            case u'\\':
                out += u"\\E\\";
                break;
            case u'\r':
                out += u"\\X0D\\";
                break;
            case u'\n':
                out += u"\\X0A\\";
                break;
            default:
                out += c;
        }
    }
    return out;
}

QString unescape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'\\') {
            out += text.at(i);
            continue;
        }
        const qsizetype end = text.indexOf(u'\\', i + 1);
        if (end < 0) {
            out += text.mid(i);
            break;
        }
        const QString seq = text.mid(i + 1, end - i - 1);
        if (seq == u"F")
            out += u'|';
        else if (seq == u"S")
            out += u'^';
        else if (seq == u"T")
            out += u'&';
        else if (seq == u"R")
            out += u'~';
        else if (seq == u"E")
            out += u'\\';
        else if (seq.startsWith(u'X')) {
            const QByteArray bytes = QByteArray::fromHex(seq.mid(1).toLatin1());
            out += QString::fromUtf8(bytes);
        } else {
            out += text.mid(i, end - i + 1);
        }
        i = end;
    }
    return out;
}

int Segment::offset() const
{
    return m_id == u"MSH" || m_id == u"FHS" || m_id == u"BHS" ? 3 : 1;
}

Segment& Segment::set(int n, const QString& encodedValue)
{
    const int index = n - offset();
    Q_ASSERT(index >= 0);
    while (m_fields.size() <= index)
        m_fields.append(QString());
    m_fields[index] = encodedValue;
    return *this;
}

Segment& Segment::text(int n, const QString& value)
{
    return set(n, escape(value));
}

QString Segment::field(int n) const
{
    if (offset() == 3 && n == 1)
        return QStringLiteral("|");
    if (offset() == 3 && n == 2)
        return QStringLiteral("^~\\&");
    return m_fields.value(n - offset());
}

int Segment::fieldCount() const
{
    qsizetype count = m_fields.size();
    while (count > 0 && m_fields.at(count - 1).isEmpty())
        --count;
    return static_cast<int>(count) + offset() - 1;
}

QString Segment::encode() const
{
    QStringList parts{m_id};
    if (offset() == 3)
        parts.append(QStringLiteral("^~\\&"));
    qsizetype count = m_fields.size();
    while (count > 0 && m_fields.at(count - 1).isEmpty())
        --count;
    for (qsizetype i = 0; i < count; ++i)
        parts.append(m_fields.at(i));
    return parts.join(u'|');
}

QString components(const QStringList& values)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString& v : values)
        escaped.append(escape(v));
    while (!escaped.isEmpty() && escaped.constLast().isEmpty())
        escaped.removeLast();
    return escaped.join(u'^');
}

QString repetitions(const QStringList& encodedValues)
{
    QStringList nonEmpty;
    for (const QString& v : encodedValues)
        if (!v.isEmpty())
            nonEmpty.append(v);
    return nonEmpty.join(u'~');
}

Segment& Message::add(Segment segment)
{
    m_segments.push_back(std::move(segment));
    return m_segments.back();
}

QString Message::encode() const
{
    QString out;
    for (const Segment& s : m_segments) {
        out += s.encode();
        out += u'\r';
    }
    return out;
}

std::vector<ParsedSegment> parse(const QString& text)
{
    std::vector<ParsedSegment> out;
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    normalized.replace(u'\n', u'\r');
    const QStringList lines = normalized.split(u'\r', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        ParsedSegment seg;
        const QString id = line.left(3);
        if (id == u"MSH" || id == u"FHS" || id == u"BHS") {
            // MSH|^~\&|… : fields[1] = "|", fields[2] = "^~\&", fields[3…] follow.
            const QStringList rest = line.mid(4).split(u'|');
            seg.fields = QStringList{id, QStringLiteral("|")} + rest;
        } else {
            seg.fields = line.split(u'|');
        }
        out.push_back(std::move(seg));
    }
    return out;
}

}  // namespace vax::hl7
