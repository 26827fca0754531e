#pragma once

#include "bidentry.h"

#include <optional>
#include <vector>

namespace td::rules {

struct SelectionOutcome
{
    int shortlistSize = 0;
    std::optional<money::Decimal> lowest;
    std::optional<money::Decimal> anchorExact;  ///< vbp-b11, for display (6 more digits)
    std::optional<money::Decimal> anchorPrice;  ///< vbp-b11, rounded once from the exact anchor
    std::optional<money::Decimal> revivalPrice; ///< vbp-b10, vbp-b11 when a bid revived
};

/// VBP selection (rules.md §5) over ranked qualified bids: shortlist K(N), winners by the spread
/// (1.8 × lowest, or × anchor under vbp-b11), the floor and (vbp-b9) half of the declared
/// ceiling; then revival at the revival price. Sets status, reason, award and explanation.
SelectionOutcome selectVbp(std::vector<BidEntry *> &ranked, const model::Product &product,
                           const model::Parameters &parameters);

/// Weighted scoring (rules.md §6) of the qualified bids: scores, ranking by total, the top
/// `awardees` win. Ranks the vector itself.
SelectionOutcome selectByScore(std::vector<BidEntry *> &qualified,
                               const model::Parameters &parameters);

} // namespace td::rules
