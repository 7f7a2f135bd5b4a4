// The fuzz build compiles only the parsers, not common/resources.cpp (which pulls in the
// migrations and translations): Catalog::builtInJson() needs just the catalog resource.
#include "common/resources.h"

#include <QtGlobal>

static void initCatalog()
{
    Q_INIT_RESOURCE(vaxcore_catalog);
}

void vax::initCoreResources()
{
    initCatalog();
}
