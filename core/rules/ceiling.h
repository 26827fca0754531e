#pragma once

#include "fxtable.h"
#include "model/parameters.h"

#include <optional>
#include <vector>

namespace td::rules {

/// The reference basket of one product and what rules.md §4 derives from it.
struct CeilingOutcome
{
    std::vector<money::Decimal> basket;    ///< latest reference per market, converted, rounded
    std::optional<money::Rational> median; ///< exact median of the basket (for MPR)
    std::optional<money::Decimal> linkageCeiling;
    std::optional<money::Decimal> effectiveCeiling;
};

/// A reference whose currency has no rate.
struct CeilingError
{
    QString market;
    QString currency;
};

/// rules.md §4: converts the product's references (the latest per market), computes the
/// linkage ceiling with `linkage_method` × `linkage_factor` (exact, then rounded), and the
/// effective ceiling, the lower of it and the declared max_unit_price.
std::variant<CeilingOutcome, CeilingError>
computeCeilings(const model::Product &product,
                const std::vector<const model::ReferencePrice *> &references, const FxTable &fx,
                const model::Parameters &parameters);

/// MPR = unit ÷ exact median, rounded to 2 decimals; none without references.
std::optional<money::Decimal> medianPriceRatio(const money::Decimal &unit,
                                               const CeilingOutcome &ceilings);

} // namespace td::rules
