// vaxctl run in-process: the --json contract scripts rely on (DESIGN.md §6).
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "clirun.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "support/tempdb.h"

using namespace vax;
using vax::test::CliRun;
using vax::test::runVaxctl;
using vax::test::TempDb;

namespace {

QStringList initArgs(const QString& db)
{
    return {QStringLiteral("--db"),         db,
            QStringLiteral("init"),         QStringLiteral("--site-code"),
            QStringLiteral("CLI-001"),      QStringLiteral("--site-name"),
            QStringLiteral("CLI site"),     QStringLiteral("--district"),
            QStringLiteral("CLI district"), QStringLiteral("--training"),
            QStringLiteral("--json")};
}

class Vaxctl : public testing::Test {
protected:
    void SetUp() override
    {
        const CliRun init = runVaxctl(initArgs(m_tmp.path()));
        ASSERT_EQ(init.code, 0) << qPrintable(init.out) << qPrintable(init.err);
        const QJsonObject site = init.only();
        ASSERT_EQ(site.value(QStringLiteral("code")).toString(), QStringLiteral("CLI-001"));
        EXPECT_TRUE(site.value(QStringLiteral("training")).toBool());
        EXPECT_EQ(site.value(QStringLiteral("schema")).toInt(), Database::latestSchemaVersion());
        EXPECT_EQ(site.value(QStringLiteral("demo_username")).toString(),
                  QString::fromLatin1(kDemoUsername));
        EXPECT_EQ(QFileInfo(site.value(QStringLiteral("db")).toString()).canonicalFilePath(),
                  QFileInfo(m_tmp.path()).canonicalFilePath());
    }

    QString db() const { return m_tmp.path(); }
    TempDb m_tmp;
};

void expectHealthy(const QJsonObject& check)
{
    EXPECT_TRUE(check.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(check.value(QStringLiteral("schema")).toInt(), Database::latestSchemaVersion());
    EXPECT_EQ(check.value(QStringLiteral("quick_check")).toString(), QStringLiteral("ok"));
    const QJsonObject site = check.value(QStringLiteral("site")).toObject();
    EXPECT_EQ(site.value(QStringLiteral("code")).toString(), QStringLiteral("CLI-001"));
    EXPECT_TRUE(site.value(QStringLiteral("training")).toBool());
    const QJsonObject audit = check.value(QStringLiteral("audit")).toObject();
    EXPECT_TRUE(audit.value(QStringLiteral("ok")).toBool());
    EXPECT_GE(audit.value(QStringLiteral("rows")).toInt(), 1);
}

}  // namespace

TEST_F(Vaxctl, InitThenCheckDb)
{
    const CliRun check = runVaxctl(
        {QStringLiteral("--db"), db(), QStringLiteral("check-db"), QStringLiteral("--json")});
    ASSERT_EQ(check.code, 0) << qPrintable(check.out) << qPrintable(check.err);
    expectHealthy(check.only());
    // created_at is ISO 8601 with an offset.
    const QString created = check.only()
                                .value(QStringLiteral("site"))
                                .toObject()
                                .value(QStringLiteral("created_at"))
                                .toString();
    EXPECT_TRUE(QDateTime::fromString(created, Qt::ISODate).isValid()) << qPrintable(created);
    EXPECT_TRUE(created.endsWith(QLatin1Char('Z')) || created.contains(QLatin1Char('+')) ||
                created.lastIndexOf(QLatin1Char('-')) > 10)
        << qPrintable(created);
}

TEST_F(Vaxctl, GlobalFlagsBeforeOrAfterTheCommandWords)
{
    const QString d = db();
    const QList<QStringList> forms = {
        {QStringLiteral("--json"), QStringLiteral("--db"), d, QStringLiteral("check-db")},
        {QStringLiteral("check-db"), QStringLiteral("--db"), d, QStringLiteral("--json")},
        {QStringLiteral("--db"), d, QStringLiteral("check-db"), QStringLiteral("--json")},
        {QStringLiteral("--json"), QStringLiteral("check-db"), QStringLiteral("--db=") + d},
    };
    for (const QStringList& args : forms) {
        SCOPED_TRACE(qPrintable(args.join(QLatin1Char(' '))));
        const CliRun r = runVaxctl(args);
        ASSERT_EQ(r.code, 0) << qPrintable(r.out) << qPrintable(r.err);
        expectHealthy(r.only());
    }
    // Two-word commands too: the flags between or after the words.
    const CliRun audit = runVaxctl({QStringLiteral("audit"), QStringLiteral("--json"),
                                    QStringLiteral("verify"), QStringLiteral("--db"), d});
    ASSERT_EQ(audit.code, 0) << qPrintable(audit.out);
    EXPECT_TRUE(audit.only().value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(audit.only().value(QStringLiteral("head")).toString().size(), 64);
}

TEST_F(Vaxctl, TextOutputWithoutJson)
{
    const CliRun r = runVaxctl({QStringLiteral("check-db"), QStringLiteral("--db"), db()});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QLatin1String("CLI-001"))) << qPrintable(r.out);
    EXPECT_FALSE(r.out.trimmed().startsWith(QLatin1Char('{')));
}

TEST_F(Vaxctl, SecondInitFailsWithAlreadyExists)
{
    const CliRun r = runVaxctl(initArgs(db()));
    EXPECT_NE(r.code, 0);
    const QJsonObject error = r.only().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("already_exists"));
    EXPECT_TRUE(QFileInfo::exists(db())) << "a refused init must keep the existing database";
}

TEST_F(Vaxctl, BackupToAnExtraFolder)
{
    QTemporaryDir usb;
    ASSERT_TRUE(usb.isValid());
    const QString extra = usb.filePath(QStringLiteral("copy"));
    const CliRun r = runVaxctl({QStringLiteral("backup"), QStringLiteral("--to"), extra,
                                QStringLiteral("--db"), db(), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0) << qPrintable(r.out) << qPrintable(r.err);
    const QJsonObject obj = r.only();
    const QString path = obj.value(QStringLiteral("path")).toString();
    const QString copy = obj.value(QStringLiteral("copy")).toString();
    ASSERT_TRUE(QFileInfo::exists(path)) << qPrintable(path);
    ASSERT_TRUE(QFileInfo::exists(copy)) << qPrintable(copy);
    EXPECT_EQ(QFileInfo(copy).absolutePath(), QFileInfo(extra).absoluteFilePath());
    EXPECT_EQ(obj.value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
    QFile a(path), b(copy);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly));
    ASSERT_TRUE(b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());
    EXPECT_TRUE(
        listBackups(QFileInfo(db()).absolutePath() + QStringLiteral("/backups")).contains(path));
}

// A file that lost its SQLite header is refused as "not a database" (not as damage: no backup
// advice) and left alone; damage inside the file is tests/core/test_open_faults.cpp's.
TEST_F(Vaxctl, AFileWithoutItsHeaderIsReportedAndLeftAlone)
{
    {
        QFile f(db());
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.seek(0));
        f.write(QByteArray(16, 'X'));  // the "SQLite format 3" magic
    }
    const QByteArray damaged = m_tmp.fileBytes();
    const CliRun r = runVaxctl(
        {QStringLiteral("check-db"), QStringLiteral("--db"), db(), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 1);
    const QJsonObject error = r.only().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("db.not_a_database"));
    EXPECT_EQ(m_tmp.fileBytes(), damaged);
}

TEST(VaxctlErrors, MissingDatabaseGivesAnErrorObject)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    const CliRun r = runVaxctl(
        {QStringLiteral("check-db"), QStringLiteral("--db"), missing, QStringLiteral("--json")});
    EXPECT_NE(r.code, 0);
    const QJsonObject root = r.only();
    ASSERT_TRUE(root.value(QStringLiteral("error")).isObject()) << qPrintable(r.out);
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("db.not_initialized"));
    EXPECT_FALSE(error.value(QStringLiteral("message")).toString().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(missing)) << "check-db must not create a database";
}

TEST(VaxctlErrors, MissingDatabaseWithoutJsonWritesToStderr)
{
    QTemporaryDir dir;
    const CliRun r = runVaxctl({QStringLiteral("check-db"), QStringLiteral("--db"),
                                dir.filePath(QStringLiteral("missing.sqlite"))});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
    EXPECT_FALSE(r.err.isEmpty());
}

TEST(VaxctlErrors, UnknownCommandIsAUsageError)
{
    const CliRun r = runVaxctl({QStringLiteral("frobnicate"), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 2);
    const QJsonObject error = r.only().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("usage"));
    EXPECT_TRUE(
        error.value(QStringLiteral("message")).toString().contains(QLatin1String("frobnicate")));
}

TEST(VaxctlErrors, UnknownOptionAndMissingDbValueAreUsageErrors)
{
    const CliRun option = runVaxctl(
        {QStringLiteral("check-db"), QStringLiteral("--bogus"), QStringLiteral("--json")});
    EXPECT_EQ(option.code, 2);
    EXPECT_EQ(option.only()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("usage"));
    const CliRun noPath =
        runVaxctl({QStringLiteral("--json"), QStringLiteral("check-db"), QStringLiteral("--db")});
    EXPECT_EQ(noPath.code, 2);
    EXPECT_EQ(noPath.only()
                  .value(QStringLiteral("error"))
                  .toObject()
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("usage"));
}

TEST(VaxctlErrors, BadSiteCodeNamesTheFieldAndLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    const CliRun r =
        runVaxctl({QStringLiteral("init"), QStringLiteral("--site-code"),
                   QStringLiteral("no spaces!"), QStringLiteral("--site-name"), QStringLiteral("N"),
                   QStringLiteral("--district"), QStringLiteral("D"), QStringLiteral("--training"),
                   QStringLiteral("--db"), path, QStringLiteral("--json")});
    EXPECT_EQ(r.code, 1);
    const QJsonObject error = r.only().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid_argument"));
    EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("site-code"));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST(VaxctlCatalog, ValidateNamesTheFieldOfABadFile)
{
    QTemporaryDir dir;
    QJsonObject root = QJsonDocument::fromJson(Catalog::builtInJson()).object();
    QJsonArray products = root.value(QStringLiteral("products")).toArray();
    QJsonObject second = products.at(1).toObject();
    const QString code = second.value(QStringLiteral("code")).toString();
    second[QStringLiteral("doseVolumeMl")] = 0;
    products[1] = second;
    root[QStringLiteral("products")] = products;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(root).toJson());
    }
    const CliRun r = runVaxctl(
        {QStringLiteral("catalog"), QStringLiteral("validate"), bad, QStringLiteral("--json")});
    EXPECT_EQ(r.code, 1);
    const QJsonObject error = r.only().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("catalog.invalid"));
    EXPECT_EQ(error.value(QStringLiteral("field")).toString(), QStringLiteral("doseVolumeMl"));
    EXPECT_TRUE(error.value(QStringLiteral("message")).toString().contains(code));
}

TEST(VaxctlCatalog, ValidateAcceptsTheBuiltInCatalog)
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.json"));
    {
        QFile f(good);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(Catalog::builtInJson());
    }
    const CliRun r = runVaxctl(
        {QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("validate"), good});
    ASSERT_EQ(r.code, 0) << qPrintable(r.out);
    EXPECT_TRUE(r.only().value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(r.only().value(QStringLiteral("products")).toInt(),
              static_cast<int>(Catalog::builtIn().products().size()));
    EXPECT_EQ(r.only().value(QStringLiteral("version")).toString(), Catalog::builtIn().version());
}

TEST(VaxctlCatalog, ValidateOfAMissingFileIsAnIoError)
{
    QTemporaryDir dir;
    const CliRun r =
        runVaxctl({QStringLiteral("catalog"), QStringLiteral("validate"),
                   dir.filePath(QStringLiteral("nope.json")), QStringLiteral("--json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(
        r.only().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("io"));
}

TEST(VaxctlCatalog, ListPrintsOneObjectPerProduct)
{
    const CliRun r =
        runVaxctl({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(r.code, 0);
    const auto lines = r.strictJsonLines();
    ASSERT_EQ(lines.size(), static_cast<qsizetype>(Catalog::builtIn().products().size()));
    EXPECT_EQ(lines.first().value(QStringLiteral("code")).toString(),
              Catalog::builtIn().products().front().code);
}

TEST(VaxctlVersion, PrintsNameVersionAndSchema)
{
    const CliRun json = runVaxctl({QStringLiteral("--version"), QStringLiteral("--json")});
    ASSERT_EQ(json.code, 0);
    const QJsonObject v = json.only();
    EXPECT_EQ(v.value(QStringLiteral("name")).toString(), QStringLiteral("vaxctl"));
    EXPECT_EQ(v.value(QStringLiteral("version")).toString(), QStringLiteral(VAX_VERSION));
    EXPECT_EQ(v.value(QStringLiteral("schema")).toInt(), Database::latestSchemaVersion());

    const CliRun text = runVaxctl({QStringLiteral("--version")});
    ASSERT_EQ(text.code, 0);
    EXPECT_EQ(text.out.trimmed(), QStringLiteral("vaxctl ") + QStringLiteral(VAX_VERSION));
}

TEST(VaxctlHelp, NoArgumentsIsUsageAndHelpIsOk)
{
    const CliRun none = runVaxctl({});
    EXPECT_EQ(none.code, 2);
    EXPECT_TRUE(none.out.contains(QLatin1String("check-db")));
    const CliRun help = runVaxctl({QStringLiteral("--help")});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(QLatin1String("init")));
}
