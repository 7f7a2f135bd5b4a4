#pragma once

#include <QString>

namespace vax {

// Masks for screens that others can see (DOMAIN.md §5): 张三 → 张*, 李小明 → 李*明,
// 欧阳小华 → 欧阳*华 (four or more characters keep the first two and the last).
QString maskName(const QString& name);

// 110105194912310024 → 110105********0024; shorter numbers keep their first and last two.
QString maskDocumentNumber(const QString& number);

}  // namespace vax
