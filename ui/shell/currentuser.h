#pragma once

#include <functional>
#include <optional>

#include "security/staff.h"

namespace vax::ui {

// Who is signed in right now (nothing on the login screen). Pages ask when they act, so a page
// built before the login still books its writes to the right person.
using CurrentUser = std::function<std::optional<StaffMember>()>;

}  // namespace vax::ui
