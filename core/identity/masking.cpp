#include "identity/masking.h"

#include <QList>

namespace vax {

namespace {
// Splits into user-perceived characters well enough for names: keeps surrogate pairs whole.
QStringList characters(const QString& s)
{
    QStringList out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size()) {
            out << s.mid(i, 2);
            ++i;
        } else {
            out << QString(s.at(i));
        }
    }
    return out;
}
}  // namespace

QString maskName(const QString& name)
{
    const QStringList c = characters(name.trimmed());
    const qsizetype n = c.size();
    if (n == 0)
        return QString();
    if (n == 1)
        return QStringLiteral("*");
    if (n == 2)
        return c.at(0) + QLatin1Char('*');
    if (n == 3)
        return c.at(0) + QLatin1Char('*') + c.at(2);
    return c.at(0) + c.at(1) + QString(n - 3, QLatin1Char('*')) + c.at(n - 1);
}

QString maskDocumentNumber(const QString& number)
{
    const qsizetype n = number.size();
    if (n >= 15)
        return number.left(6) + QString(n - 10, QLatin1Char('*')) + number.right(4);
    if (n >= 5)
        return number.left(2) + QString(n - 4, QLatin1Char('*')) + number.right(2);
    return QString(n, QLatin1Char('*'));
}

}  // namespace vax
