#include "desk/desktext.h"

namespace vax {

Status expectChanged(bool changed, const QString& what)
{
    if (!changed)
        return makeError(
            ErrorCode::Internal,
            DeskText::tr("%1 changed while saving; nothing was saved. Try again.").arg(what));
    return {};
}

}  // namespace vax
