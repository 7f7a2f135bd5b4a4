#include <gtest/gtest.h>

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>

#include "checkin/draftstore.h"

using namespace vax;

TEST(DraftStore, SavesLoadsAndClears)
{
    QTemporaryDir dir;
    const QString path = DraftStore::pathForDatabase(dir.filePath(QStringLiteral("site.sqlite")));
    EXPECT_TRUE(path.endsWith(QStringLiteral("site.sqlite.checkin-draft.json")));
    DraftStore store(path);
    auto none = store.load();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());

    const QJsonObject draft{{QStringLiteral("name"), QStringLiteral("张三")},
                            {QStringLiteral("document"), QStringLiteral("11010519491231002X")},
                            {QStringLiteral("temperature"), QStringLiteral("36.6")}};
    ASSERT_TRUE(store.save(draft).ok());
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    // A second store on the same file (a restart of the app) reads it back.
    auto loaded = DraftStore(path).load();
    ASSERT_TRUE(loaded.ok());
    ASSERT_TRUE(loaded->has_value());
    EXPECT_EQ(**loaded, draft);

    ASSERT_TRUE(store.clear().ok());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_TRUE(store.clear().ok());  // clearing nothing is fine
}

TEST(DraftStore, ADamagedDraftIsAnErrorNamingTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("draft.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"name\": \"half");
    f.close();
    auto loaded = DraftStore(path).load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::Io);
    EXPECT_TRUE(loaded.error().message.contains(QStringLiteral("draft.json")));
}

TEST(DraftStore, AnUnwritablePlaceIsAnErrorNamingTheDraft)
{
    QTemporaryDir dir;
    // A regular file where the folder should be: fails for every user, root included.
    QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DraftStore store(dir.filePath(QStringLiteral("not-a-folder/draft.json")));
    auto saved = store.save({{QStringLiteral("name"), QStringLiteral("new")}});
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::Io);
    EXPECT_EQ(saved.error().field, QStringLiteral("draft"));
    EXPECT_TRUE(saved.error().message.contains(QStringLiteral("draft.json")));
}
