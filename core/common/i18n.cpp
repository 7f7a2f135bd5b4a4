#include "common/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

#include "common/resources.h"

namespace vax {

namespace {
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
QString g_current = QStringLiteral("en");
}  // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString preferredLanguage()
{
    const QString env = QString::fromLocal8Bit(qgetenv("VAXPOINT_LANG"));
    if (supportedLanguages().contains(env))
        return env;
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Chinese) {
        if (system.script() == QLocale::TraditionalChineseScript ||
            system.territory() == QLocale::Taiwan || system.territory() == QLocale::HongKong ||
            system.territory() == QLocale::Macao)
            return QStringLiteral("zh_TW");
        return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    initCoreResources();
    // Set first: installing a translator sends LanguageChange, and widgets read this then.
    g_current = language;
    if (g_app)
        app.removeTranslator(g_app.get());
    if (g_qt)
        app.removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/vaxpoint_%1.qm").arg(language)))
        app.installTranslator(g_app.get());
    if (g_qt->load(QStringLiteral("qtbase_%1").arg(language),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(g_qt.get());
    QLocale::setDefault(QLocale(language));
    return true;
}

QString currentLanguage()
{
    return g_current;
}

}  // namespace vax
