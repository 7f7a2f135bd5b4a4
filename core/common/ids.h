#pragma once

#include <QString>
#include <QUuid>

namespace vax {

// A new record id: a random UUID without braces. Ids never change once written.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace vax
