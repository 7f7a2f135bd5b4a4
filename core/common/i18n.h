#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace vax {

// The languages VaxPoint ships: "zh_CN" (default on a Chinese system), "zh_TW", "en".
QStringList supportedLanguages();
// VAXPOINT_LANG, else the system locale mapped to a supported language (zh_HK/zh_MO/zh_Hant →
// zh_TW, other zh → zh_CN, anything else → en).
QString preferredLanguage();
// Loads VaxPoint's and Qt's own translations for `language`, replacing any loaded before, so the
// language can change at runtime. Returns false when the language is not shipped.
bool installTranslations(QCoreApplication& app, const QString& language);
QString currentLanguage();

}  // namespace vax
