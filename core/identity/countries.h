#pragma once

#include <QStringView>

namespace vax {

// Whether `code` is an ISO 3166-1 alpha-3 country code (upper case), e.g. "CHN", "USA".
bool isIsoAlpha3Country(QStringView code);

}  // namespace vax
