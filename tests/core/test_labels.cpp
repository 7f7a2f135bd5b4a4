// Every stable code VaxPoint shows has a label in each shipped language, loaded from the real
// translations (the .qm files built into vaxcore): no code reaches a person untranslated.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <functional>

#include "catalog/catalog.h"
#include "checkin/screening.h"
#include "coldchain/excursiondetector.h"
#include "common/i18n.h"
#include "common/labels.h"
#include "identity/document.h"
#include "observation/timing.h"
#include "scan/scanrouter.h"
#include "stock/stockledger.h"
#include "verification/checklist.h"

using namespace vax;
using labels::Family;

namespace {

// Restores English (the tests' language) however a test ends.
struct LanguageGuard {
    ~LanguageGuard() { installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }
};

// The names of an enum's values, walked from 0 through its name function until the name is
// empty or repeats (each name function falls back to empty or to one of its names past the last
// value), so a value added to the enum is walked without changing this test.
template <typename E>
QStringList walkEnum(const std::function<QString(E)>& name)
{
    QStringList names;
    for (int i = 0; i < 1000; ++i) {
        const QString n = name(static_cast<E>(i));
        if (n.isEmpty() || names.contains(n))
            break;
        names << n;
    }
    return names;
}

bool hasHan(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

// What a Chinese label must not contain: a snake_case code, an ISO 8601 span, an English word
// written in lower case (an untranslated source text or code such as "fever").
QString chineseProblem(const QString& text)
{
    static const QRegularExpression snake(QStringLiteral("[a-z]+_[a-z_]+"));
    static const QRegularExpression span(QStringLiteral("P[0-9]+[YMWD]"));
    static const QRegularExpression latinWord(QStringLiteral("\\b[a-z]{3,}\\b"));
    if (snake.match(text).hasMatch())
        return QStringLiteral("a snake_case code");
    if (span.match(text).hasMatch())
        return QStringLiteral("an ISO 8601 span");
    if (latinWord.match(text).hasMatch())
        return QStringLiteral("a lower-case Latin word");
    if (!hasHan(text))
        return QStringLiteral("no Chinese character");
    return {};
}

}  // namespace

TEST(Labels, EveryFamilyHasCodes)
{
    for (Family f : labels::kAllFamilies)
        EXPECT_FALSE(labels::knownCodes(f).isEmpty()) << qPrintable(labels::familyName(f));
}

// The walk of the issue: every code of every family, in zh_CN, zh_TW and en.
TEST(Labels, EveryCodeHasALabelInEveryLanguage)
{
    LanguageGuard guard;
    int checked = 0;
    for (const QString& language : supportedLanguages()) {
        ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), language));
        const bool chinese = language.startsWith(QLatin1String("zh"));
        for (Family f : labels::kAllFamilies) {
            for (const QString& code : labels::knownCodes(f)) {
                const QString text = labels::label(f, code);
                const QString where = QStringLiteral("%1 %2 \"%3\": \"%4\"")
                                          .arg(language, labels::familyName(f), code, text);
                EXPECT_FALSE(text.trimmed().isEmpty()) << qPrintable(where);
                EXPECT_NE(text, code) << qPrintable(where);
                if (chinese) {
                    const QString problem = chineseProblem(text);
                    EXPECT_TRUE(problem.isEmpty())
                        << qPrintable(where + QStringLiteral(": ") + problem);
                }
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 3 * 250);
}

// zh_TW is not zh_CN: the Traditional translation is loaded, not a fallback.
TEST(Labels, TraditionalChineseDiffersFromSimplified)
{
    LanguageGuard guard;
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    const QString cn = labels::label(Family::Error, QStringLiteral("db.corrupt"));
    const QString reasonCn = labels::screeningReasons({QStringLiteral("fever")});
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_TW")));
    EXPECT_NE(labels::label(Family::Error, QStringLiteral("db.corrupt")), cn);
    EXPECT_NE(labels::screeningReasons({QStringLiteral("fever")}), reasonCn);
}

// Each enum with a name function is walked to its end; every name must be a known code of its
// family (so it has a label), and the families list no code the enum does not have.
TEST(Labels, EnumWalksAreExhaustive)
{
    struct Walk {
        Family family;
        QStringList names;
        int expected;  // the enum's size today: a new value must come with its label
    };
    const std::vector<Walk> walks{
        {Family::ScreeningOutcome, walkEnum<ScreeningOutcome>(screeningOutcomeName), 4},
        {Family::ChecklistGroup, walkEnum<ChecklistGroup>(checklistGroupName), 3},
        {Family::ChecklistItem, walkEnum<ChecklistItemKey>(checklistItemName),
         static_cast<int>(allChecklistItems().size())},
        {Family::CheckState, walkEnum<CheckState>(checkStateName), 4},
        {Family::MovementKind, walkEnum<MovementKind>(movementKindName), 5},
        {Family::WasteReason, walkEnum<WasteReason>(wasteReasonName), 5},
        {Family::ExcursionKind, walkEnum<ExcursionKind>(excursionKindName), 3},
        {Family::BoardState, walkEnum<observation::BoardState>(observation::boardStateName), 4},
        {Family::Sex, {sexName(Sex::Male), sexName(Sex::Female)}, 2},
        {Family::ScanKind, walkEnum<ScanKind>(scanKindName), 5},
        {Family::Error, walkEnum<ErrorCode>(errorCodeName),
         static_cast<int>(labels::knownCodes(Family::Error).size())},
    };
    for (const Walk& w : walks) {
        const QString family = labels::familyName(w.family);
        EXPECT_EQ(w.names.size(), w.expected) << qPrintable(family);
        const QStringList known = labels::knownCodes(w.family);
        for (const QString& name : w.names)
            EXPECT_TRUE(known.contains(name)) << qPrintable(family + QStringLiteral(": ") + name);
        for (const QString& code : known)
            EXPECT_TRUE(w.names.contains(code)) << qPrintable(family + QStringLiteral(": ") + code);
    }
    // The error walk reaches the codes added last (the walk stops at the first repeat).
    EXPECT_TRUE(labels::knownCodes(Family::Error)
                    .contains(errorCodeName(ErrorCode::CertificatePayloadMismatch)));
    EXPECT_GE(labels::knownCodes(Family::Error).size(), 80);
}

// The data files' codes: every question of the built-in questionnaire and every product, route,
// site and age span of the built-in catalog is among the family's codes.
TEST(Labels, DataFileCodesAreCovered)
{
    const QStringList reasons = labels::knownCodes(Family::ScreeningReason);
    EXPECT_TRUE(reasons.contains(QStringLiteral("fever")));
    for (const ScreeningQuestion& q : Questionnaire::builtIn().questions())
        EXPECT_TRUE(reasons.contains(q.id)) << qPrintable(q.id);
    const QStringList spans = labels::knownCodes(Family::AgeSpan);
    for (const Product& p : Catalog::builtIn().products()) {
        EXPECT_TRUE(labels::knownCodes(Family::Product).contains(p.code));
        EXPECT_TRUE(labels::knownCodes(Family::Route).contains(p.route)) << qPrintable(p.code);
        for (const QString& s : p.sites)
            EXPECT_TRUE(labels::knownCodes(Family::InjectionSite).contains(s)) << qPrintable(s);
        EXPECT_TRUE(spans.contains(p.minAge.toString())) << qPrintable(p.code);
        EXPECT_TRUE(labels::knownCodes(Family::Platform).contains(p.platform));
    }
    EXPECT_TRUE(spans.contains(QStringLiteral("P3Y")));
}

// Finding codes are written where the rules are: every code the checklist (or the desk) can
// produce has a label. Read from the sources so that a new finding cannot be forgotten.
TEST(Labels, EveryFindingCodeInTheSourcesHasALabel)
{
    static const QRegularExpression finding(
        QStringLiteral("\\b(?:fail|warn|wait)\\(\\s*QStringLiteral\\(\"([a-z_]+\\.[a-z_.]+)\"\\)"));
    const QStringList known = labels::knownCodes(Family::Finding);
    int found = 0;
    for (const QString& folder : {QStringLiteral("verification"), QStringLiteral("desk")}) {
        const QDir dir(QStringLiteral(VAX_SOURCE_DIR "/core/") + folder);
        for (const QString& file : dir.entryList({QStringLiteral("*.cpp")}, QDir::Files)) {
            QFile f(dir.filePath(file));
            ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(f.fileName());
            const QString source = QString::fromUtf8(f.readAll());
            for (auto it = finding.globalMatch(source); it.hasNext();) {
                const QString code = it.next().captured(1);
                ++found;
                EXPECT_TRUE(known.contains(code)) << qPrintable(file + QStringLiteral(": ") + code);
            }
        }
    }
    EXPECT_GE(found, 40);  // the scan itself works
}

TEST(Labels, ExamplesOfTheIssue)
{
    LanguageGuard guard;
    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    EXPECT_EQ(labels::screeningReasons({QStringLiteral("fever")}), QStringLiteral("发热"));
    EXPECT_EQ(labels::screeningReasons({QStringLiteral("fever"), QStringLiteral("pregnancy")}),
              QStringLiteral("发热、怀孕"));
    EXPECT_EQ(labels::visitState(QStringLiteral("vaccinated")), QStringLiteral("已接种"));
    EXPECT_EQ(labels::ageSpan(QStringLiteral("P3Y")),
              CalendarSpan::parse(QStringLiteral("P3Y"))->describe());
    EXPECT_TRUE(labels::ageSpan(QStringLiteral("P8M")).startsWith(QStringLiteral("8")));
    // A minimum age reads as an age.
    EXPECT_EQ(labels::age(QStringLiteral("P3Y")), QStringLiteral("3 岁"));
    EXPECT_EQ(labels::age(QStringLiteral("P8M")), QStringLiteral("8 月龄"));
    EXPECT_EQ(labels::route(QStringLiteral("IM")), QStringLiteral("肌内注射"));
    EXPECT_EQ(labels::injectionSites({QStringLiteral("LD"), QStringLiteral("RD")}),
              QStringLiteral("左上臂三角肌、右上臂三角肌"));
    EXPECT_EQ(labels::product(QStringLiteral("BBIBP-CorV")),
              Catalog::builtIn().find(QStringLiteral("BBIBP-CorV"))->name.zhCN);

    ASSERT_TRUE(installTranslations(*QCoreApplication::instance(), QStringLiteral("en")));
    EXPECT_EQ(labels::screeningReasons({QStringLiteral("fever"), QStringLiteral("pregnancy")}),
              QStringLiteral("Fever, Pregnancy"));
    EXPECT_EQ(labels::ageSpan(QStringLiteral("P3Y")), QStringLiteral("3 years"));
    EXPECT_EQ(labels::age(QStringLiteral("P3Y")), QStringLiteral("3 years old"));
    EXPECT_EQ(labels::age(QStringLiteral("P1Y6M")), QStringLiteral("1 year 6 months old"));
    EXPECT_EQ(labels::route(QStringLiteral("IM")), QStringLiteral("Intramuscular"));
    // An unknown code comes back as it is rather than as nothing.
    EXPECT_EQ(labels::label(Family::VisitState, QStringLiteral("teleported")),
              QStringLiteral("teleported"));
}
