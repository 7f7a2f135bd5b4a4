// vaxctl: VaxPoint's command line, for scripts and district staff. All logic is in vaxcli/core.
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

#include "cli/cli.h"
#include "common/i18n.h"

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vaxpoint"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VAX_VERSION));
    vax::installTranslations(app, vax::preferredLanguage());
    QTextStream out(stdout);
    QTextStream err(stderr);
    return vax::cli::run(app.arguments().mid(1), out, err);
}
