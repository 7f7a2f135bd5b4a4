#include "site/sitecontext.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "storage/backup.h"

namespace vax {

namespace {
struct ContextText {
    Q_DECLARE_TR_FUNCTIONS(SiteContext)
};
}  // namespace

Result<SiteContext> openSite(const SiteOpenOptions& options)
{
    // An empty file is what an interrupted first start leaves: the window may create the
    // training site in it as in a missing file (vaxctl never: it asks for "vaxctl init").
    const QFileInfo file(options.path);
    const bool missing = !file.exists() || (file.isFile() && file.size() == 0);
    OpenOptions open;
    open.path = options.path;
    open.create = missing && options.createTrainingIfMissing;
    open.checkInBackground = options.background;
    VAX_TRY_VALUE(auto db, Database::open(open));
    SiteContext ctx;
    ctx.db = std::move(db);

    auto site = SiteService::load(*ctx.db);
    if (!site && site.error().code == ErrorCode::DbNotInitialized &&
        options.createTrainingIfMissing) {
        VAX_TRY_VALUE(auto clock, clockForDatabase(true, SiteCalendar::defaultZone()));
        InitRequest req;
        req.code = QStringLiteral("TRAINING");
        req.name = ContextText::tr("Training vaccination point");
        req.district = ContextText::tr("Training district");
        req.training = true;
        site = SiteService::init({*ctx.db, *clock}, req);
    }
    if (!site)
        return site.error();
    ctx.site = *site;

    VAX_TRY_VALUE(auto clock, clockForDatabase(ctx.site.training, ctx.site.timeZone()));
    ctx.clock = clock;

    if (options.dailyBackup && options.background) {
        ctx.backgroundBackup =
            std::make_unique<BackgroundBackup>(ctx.db->path(), ctx.clock, ctx.db->integrity());
    } else if (options.dailyBackup) {
        auto backup = dailyBackupIfDue(*ctx.db, *ctx.clock);
        if (backup)
            ctx.dailyBackup = *backup;
        else
            ctx.backupWarning = dailyBackupWarning(backup.error());
    }
    return ctx;
}

}  // namespace vax
