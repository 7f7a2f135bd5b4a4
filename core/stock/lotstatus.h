#pragma once

#include <QString>

#include <optional>

namespace vax {

// A lot's state (lot.status, stored as its name). available → quarantined by an excursion →
// available again on release, or discarded; recalled is set by no one yet (the schema allows it).
enum class LotStatus { Available, Quarantined, Recalled, Discarded };

inline QString lotStatusName(LotStatus status)
{
    switch (status) {
        case LotStatus::Available:
            return QStringLiteral("available");
        case LotStatus::Quarantined:
            return QStringLiteral("quarantined");
        case LotStatus::Recalled:
            return QStringLiteral("recalled");
        case LotStatus::Discarded:
            return QStringLiteral("discarded");
    }
    return QStringLiteral("discarded");
}

// The state a stored name stands for; nullopt for a name the schema does not allow.
inline std::optional<LotStatus> lotStatusFromName(const QString& name)
{
    for (LotStatus s : {LotStatus::Available, LotStatus::Quarantined, LotStatus::Recalled,
                        LotStatus::Discarded}) {
        if (lotStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

}  // namespace vax
