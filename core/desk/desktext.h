#pragma once

#include <QCoreApplication>
#include <QString>

#include "common/result.h"

namespace vax {

// The translation context of the injection desk's messages ("Desk"), shared by the queue, the
// administration and the correction services.
struct DeskText {
    Q_DECLARE_TR_FUNCTIONS(Desk)
};

// A guarded state change found its row changed by someone else: "`what` changed while saving".
// `changed` is what the repository's transition returned.
Status expectChanged(bool changed, const QString& what);

}  // namespace vax
