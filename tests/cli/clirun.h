#pragma once

// One vaxctl command run in-process (cli::run, the code behind the vaxctl binary) or as the real
// binary, and what it printed. Shared by the CLI tests; each test builds its arguments (--db,
// --json) itself.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <gtest/gtest.h>

#include "cli/cli.h"
#include "support/tempdb.h"

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
    // Every stdout line as a JSON object, each checked: a line that is not JSON fails the test (the
    // --json contract: nothing else on stdout; it reads as an empty object).
    QList<QJsonObject> strictJsonLines() const
    {
        QList<QJsonObject> all;
        for (const QString& l : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError e;
            const QJsonDocument doc = QJsonDocument::fromJson(l.toUtf8(), &e);
            EXPECT_EQ(e.error, QJsonParseError::NoError) << "not JSON: " << qPrintable(l);
            all << doc.object();
        }
        return all;
    }
    // The one JSON object on stdout: fails the test unless stdout is exactly one JSON line.
    QJsonObject only() const
    {
        const auto all = strictJsonLines();
        EXPECT_EQ(all.size(), 1) << qPrintable(out);
        return all.value(0);
    }
    int lines() const { return static_cast<int>(out.count(QLatin1Char('\n'))); }
    // The error of stdout line `line` (0: the first; a command that checks many inputs prints
    // one line each), its code and the field it names.
    QJsonObject error(int line = 0) const
    {
        return json(line).value(QStringLiteral("error")).toObject();
    }
    QString errorCode(int line = 0) const
    {
        return error(line).value(QStringLiteral("code")).toString();
    }
    QString errorField(int line = 0) const
    {
        return error(line).value(QStringLiteral("field")).toString();
    }
    QString errorMessage() const { return error().value(QStringLiteral("message")).toString(); }
    // Both streams, for a failure message.
    QString dump() const { return out + err; }
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

#ifdef VAXCTL_PATH
// The real vaxctl binary (VAXCTL_PATH, defined for the suites that run it) with `args`, `env` as
// its environment and `input` on its standard input. A crash reads as code -1.
inline CliRun runVaxctlBinary(
    const QStringList& args,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
    const QByteArray& input = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(VAXCTL_PATH), args);
    EXPECT_TRUE(p.waitForStarted(30000));
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
#endif

// Checks a person in with `document` (张三, 36.5 °C, the training consent) and gives them a dose
// of the training lot, every item confirmed (`administerOptions`: more, e.g. "--desk 1"); the
// administer command's run. `run(line)` runs one command line against the test's site.
template <typename Run>
CliRun checkInAndVaccinate(Run&& run, const QString& document,
                           const QString& administerOptions = {})
{
    const CliRun checked =
        run(QStringLiteral("checkin --name 张三 --temperature 36.5 "
                           "--consent-version 2021-03-cn-covid19-v1 --document ") +
            document);
    EXPECT_EQ(checked.code, 0) << qPrintable(checked.out);
    const QString visit = checked.json().value(QStringLiteral("visit_id")).toString();
    CliRun given = run(QStringLiteral("administer --lot TRAIN-B2021001 --site LD --confirm all ") +
                       administerOptions + QStringLiteral(" --visit ") + visit);
    EXPECT_EQ(given.code, 0) << qPrintable(given.out);
    return given;
}

// A CLI test on a fresh training site (site T-1) in a temp dir: run("command words", {more
// args}) adds --db and --json.
class CliSiteTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const CliRun init =
            run(QStringLiteral("init --site-code T-1 --site-name T --district D --training"));
        ASSERT_EQ(init.code, 0) << qPrintable(init.out + init.err);
    }
    CliRun run(const QString& line, const QStringList& extra = {})
    {
        QStringList args = line.split(QLatin1Char(' '), Qt::SkipEmptyParts) + extra;
        args << QStringLiteral("--db") << tmp.path() << QStringLiteral("--json");
        return runVaxctl(args);
    }
    TempDb tmp;
};

}  // namespace vax::test
