#pragma once

// One vaxctl command run in-process (cli::run, the code behind the vaxctl binary), and what it
// printed. Shared by the CLI tests; each test builds its arguments (--db, --json) itself.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include "cli/cli.h"

namespace vax::test {

struct CliRun {
    int code = 0;
    QString out;  // stdout
    QString err;  // stderr

    // The JSON object on stdout line `line` (0: the first).
    QJsonObject json(int line = 0) const
    {
        return QJsonDocument::fromJson(out.section(QLatin1Char('\n'), line, line).toUtf8())
            .object();
    }
    // Every stdout line as a JSON object (list commands print one object a line).
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> all;
        for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            all << QJsonDocument::fromJson(l.toUtf8()).object();
        return all;
    }
    int lines() const { return static_cast<int>(out.count(QLatin1Char('\n'))); }
    QJsonObject error() const { return json().value(QStringLiteral("error")).toObject(); }
    QString errorCode() const { return error().value(QStringLiteral("code")).toString(); }
    // The codes of a refusal's items (the checklist findings of a refused dose).
    QStringList itemCodes() const
    {
        QStringList codes;
        for (const QJsonValue& v : error().value(QStringLiteral("items")).toArray())
            codes << v.toObject().value(QStringLiteral("code")).toString();
        return codes;
    }
};

inline CliRun runVaxctl(const QStringList& args)
{
    CliRun r;
    QTextStream o(&r.out);
    QTextStream e(&r.err);
    r.code = cli::run(args, o, e);
    o.flush();
    e.flush();
    return r;
}

}  // namespace vax::test
