#include "exchange/csv.h"

namespace vax::csv {

QString field(const QString& value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        const bool formula = first == u'=' || first == u'+' || first == u'@' ||
                             (first == u'-' && (v.size() == 1 || !v.at(1).isDigit()));
        if (formula)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

QByteArray document(const QStringList& header, const std::vector<QStringList>& rows)
{
    QString text;
    auto line = [&text](const QStringList& values) {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString& v : values)
            fields.append(field(v));
        text += fields.join(u',');
        text += QStringLiteral("\r\n");
    };
    line(header);
    for (const QStringList& r : rows)
        line(r);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

int rowCount(const QByteArray& document)
{
    int lines = 0;
    bool quoted = false;
    for (const char c : document) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            ++lines;
    }
    return lines > 0 ? lines - 1 : 0;
}

}  // namespace vax::csv
