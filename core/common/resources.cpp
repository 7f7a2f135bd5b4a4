#include "common/resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initAll()
{
    Q_INIT_RESOURCE(vaxcore_migrations);
    Q_INIT_RESOURCE(vaxcore_siteserver);
    Q_INIT_RESOURCE(vaxcore_catalog);
    Q_INIT_RESOURCE(vaxcore_screening);
    Q_INIT_RESOURCE(vaxcore_i18n);
}

void vax::initCoreResources()
{
    initAll();
}
