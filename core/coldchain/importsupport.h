#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <cmath>
#include <optional>

#include "common/result.h"

namespace vax::importsupport {

struct ImportText {
    Q_DECLARE_TR_FUNCTIONS(TemperatureImport)
};

// An error about one line of an imported file; nothing of the file is imported.
inline Error lineError(int line, const QString& problem)
{
    return makeError(ErrorCode::ImportLine,
                     ImportText::tr("Line %1: %2 Fix the file or export it again; nothing was "
                                    "imported.")
                         .arg(line)
                         .arg(problem),
                     QStringLiteral("line:%1").arg(line));
}

// Splits text into lines, accepting CRLF, LF and a UTF-8 byte-order mark.
inline QStringList splitLines(const QString& text)
{
    QString t = text;
    if (t.startsWith(QChar(0xFEFF)))
        t.remove(0, 1);
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return t.split(QLatin1Char('\n'));
}

// A temperature such as "+8.0", "-0.5", "4,5" (decimal comma). nullopt when not a number or
// outside what any vaccine fridge or freezer logger can measure.
inline std::optional<double> parseCelsius(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < -100.0 || v > 100.0)
        return std::nullopt;
    return v;
}

}  // namespace vax::importsupport
