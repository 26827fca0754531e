#pragma once

#include "money/decimal.h"

#include <QStringView>

#include <optional>

namespace td::model {

/// The ratio that turns a strength in `unit` into `targetUnit` (rules.md §2): 1 for the same
/// unit string; exact powers of ten between the mass units g, mg and mcg; none otherwise
/// ("ml" against "mg" is an import error).
std::optional<money::Rational> strengthUnitFactor(QStringView unit, QStringView targetUnit);

} // namespace td::model
