#pragma once

namespace vax {
// Registers vaxcore's embedded resources (migrations, catalog, translations). Needed because
// vaxcore is a static library; safe to call more than once.
void initCoreResources();
}  // namespace vax
