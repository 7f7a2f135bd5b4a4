#pragma once
// Reading rows by column name, as every repository does.
#include "storage/database.h"

namespace vax {

// A text column of the current row by name (NULL reads as an empty string).
inline QString text(const Query& q, const char* column)
{
    return q.value(QString::fromLatin1(column)).toString();
}

}  // namespace vax
