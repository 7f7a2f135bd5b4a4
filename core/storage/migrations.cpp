#include "storage/migrations.h"

#include <QDir>
#include <QFile>

#include "common/resources.h"

namespace vax {

namespace {
std::vector<Migration> loadMigrations()
{
    initCoreResources();
    std::vector<Migration> result;
    const QDir dir(QStringLiteral(":/vax/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read migration %s", qPrintable(file));
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt();
        if (version != static_cast<int>(result.size()) + 1)
            qFatal("migration %s is out of sequence: expected number %d", qPrintable(file),
                   static_cast<int>(result.size()) + 1);
        result.push_back(
            {version, file.section(QLatin1Char('.'), 0, 0), QString::fromUtf8(f.readAll())});
    }
    return result;
}
}  // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = loadMigrations();
    return all;
}

}  // namespace vax
