#pragma once

#include "bidentry.h"

#include <vector>

namespace td::rules {

/// Orders qualified bids and records the deciding §8 key of each (rules.md §8).
/// VBP: by unit price, then the tie keys. Meat (`byScore`): by rounded total descending, then
/// unit price and the tie keys. Sets rank (1-based) and tieKey; the vector is reordered.
void rankBids(std::vector<BidEntry *> &qualified, bool byScore);

/// K(N) of rules.md §5 for the VBP rule sets; N for meat.
int shortlistSize(model::RuleSet ruleSet, int qualified);

} // namespace td::rules
