#pragma once

#include <QString>

#include <vector>

namespace vax {

struct Migration {
    int version = 0;
    QString name;
    QString sql;
};

// Every migration, in order: resources/migrations/NNNN_name.sql, version N. Numbers must run
// 1, 2, 3 … without a gap; a gap is a build error caught by the tests.
const std::vector<Migration>& migrations();

}  // namespace vax
