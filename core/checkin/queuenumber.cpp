#include "checkin/queuenumber.h"

#include <QStringList>

#include <limits>

#include "checkin/visitrepository.h"

namespace vax {

namespace {
constexpr int kBlock = VisitRepository::kDeskQueueBlock;

std::optional<int> positiveNumber(const QString& digits)
{
    for (const QChar c : digits)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    bool ok = false;
    const int n = digits.toInt(&ok);
    return ok && n > 0 ? std::optional<int>(n) : std::nullopt;
}
}  // namespace

QString queueLabel(int number)
{
    if (number <= 0)
        return {};
    if (number < kBlock)
        return QString::number(number);
    return QStringLiteral("%1-%2").arg(number / kBlock).arg(number % kBlock);
}

std::optional<int> parseQueueNumber(const QString& text)
{
    QString t = text;
    t.remove(QLatin1Char(' '));
    t.replace(QChar(0xFF0D), QLatin1Char('-'));  // the full-width hyphen of a Chinese keyboard
    const QStringList parts = t.split(QLatin1Char('-'));
    if (parts.size() == 1)
        return positiveNumber(parts[0]);
    if (parts.size() != 2)
        return std::nullopt;
    const auto desk = positiveNumber(parts[0]);
    const auto k = positiveNumber(parts[1]);
    if (!desk || !k || *k >= kBlock || *desk > (std::numeric_limits<int>::max() / kBlock) - 1)
        return std::nullopt;
    return *desk * kBlock + *k;
}

}  // namespace vax
