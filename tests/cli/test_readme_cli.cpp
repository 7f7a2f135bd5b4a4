// The README's command examples run as written: every indented line of "## The command line"
// that starts with "vaxctl" runs, in order, through /bin/sh with the real vaxctl first on PATH,
// in a fresh temp dir (so `--db site.sqlite` is a new training database there). A word in
// capitals ending in _ID (VISIT_ID) stands for the value of that key (visit_id) in the JSON an
// earlier command printed. Any non-zero exit fails the test.
#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace {

// The example lines of the README's "The command line" section.
QStringList readmeExamples()
{
    QFile f(QStringLiteral(VAX_SOURCE_DIR "/README.md"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(f.fileName());
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    QStringList examples;
    bool inSection = false;
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("## ")))
            inSection = line == QLatin1String("## The command line");
        else if (inSection && line.startsWith(QLatin1String("    vaxctl ")))
            examples << line.trimmed();
    }
    return examples;
}

// The keys ending in _id of every JSON object `out` printed, as VISIT_ID → value.
void collectIds(const QByteArray& out, QMap<QString, QString>& ids)
{
    for (const QByteArray& line : out.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().endsWith(QLatin1String("_id")) && it.value().isString())
                ids.insert(it.key().toUpper(), it.value().toString());
        }
    }
}

TEST(Readme, CommandLineExamplesRunAsWritten)
{
    const QStringList examples = readmeExamples();
    ASSERT_GE(examples.size(), 10) << "the README's examples were not found";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The temperature logger's export the `temps import` example reads (plain timestamp,celsius).
    {
        QFile csv(dir.filePath(QStringLiteral("logger.csv")));
        ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
        csv.write(
            "timestamp,celsius\n2026-01-05T08:00:00+08:00,4.5\n"
            "2026-01-05T08:30:00+08:00,4.7\n2026-01-05T09:00:00+08:00,4.6\n");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& k : env.keys())
        if (k.startsWith(QLatin1String("VAXPOINT_")))
            env.remove(k);
    env.insert(QStringLiteral("PATH"), QFileInfo(QStringLiteral(VAXCTL_PATH)).absolutePath() +
                                           QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    // No keychain in a test: the signing key sits in a passphrase-protected file instead.
    env.insert(QStringLiteral("VAXPOINT_KEY_PASSPHRASE"), QStringLiteral("readme test passphrase"));

    QMap<QString, QString> ids;
    static const QRegularExpression placeholder(QStringLiteral("\\b[A-Z]+_ID\\b"));
    for (QString line : examples) {
        for (auto it = ids.begin(); it != ids.end(); ++it)
            line.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(it.key())), it.value());
        ASSERT_FALSE(placeholder.match(line).hasMatch())
            << "no earlier command printed the id for: " << qPrintable(line);
        QProcess sh;
        sh.setProcessEnvironment(env);
        sh.setWorkingDirectory(dir.path());
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
        ASSERT_TRUE(sh.waitForStarted(30000));
        sh.closeWriteChannel();
        ASSERT_TRUE(sh.waitForFinished(300000)) << qPrintable(line);
        const QByteArray out = sh.readAllStandardOutput();
        const QByteArray err = sh.readAllStandardError();
        ASSERT_EQ(sh.exitStatus(), QProcess::NormalExit) << qPrintable(line);
        ASSERT_EQ(sh.exitCode(), 0) << qPrintable(line) << "\n"
                                    << out.constData() << err.constData();
        collectIds(out, ids);
    }
}

}  // namespace
