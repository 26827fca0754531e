#pragma once

#include "bidentry.h"

#include <vector>

namespace td::rules {

/// Price linkage out (价格联动, rules.md §9): the linked price cap of every qualified bid —
/// winners and revived: max(linkage_out_factor × own award, the highest award), others: the
/// highest award; rounded to price_decimals. Disqualified bids get none.
std::vector<std::optional<money::Decimal>> linkedPriceCaps(const std::vector<BidEntry *> &ranked,
                                                           const model::Parameters &parameters);

} // namespace td::rules
