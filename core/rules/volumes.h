#pragma once

#include "bidentry.h"
#include "demandtable.h"
#include "fxtable.h"

#include <vector>

namespace td::rules {

struct VolumeOutcome
{
    std::optional<money::Decimal> agreedShare;
    money::Decimal demandTotal;
    money::Decimal agreedTotal;
    std::vector<model::Allocation> allocations; ///< bid rank, then buyer_id
    std::vector<model::Unassigned> unassigned;  ///< region order
    std::vector<model::RegionPick> picks;       ///< picking order
};

/// A buyer currency without a rate.
struct VolumeError
{
    QString buyerId;
    QString currency;
};

/// Volume commitments (rules.md §7): agreed volume per buyer (demand × share(W), rounded per
/// buyer), preferred bidders first, then whole supply regions picked in rounds by the winning
/// bids in rank order (largest eligible region that fits the remaining capacity), unassigned
/// regions, and contract values in tender and local currency (§7.4).
/// `ranked` holds the qualified bids in rank order with their final statuses; `demand` is the
/// product's rows of `table`, in buyer_id order.
std::variant<VolumeOutcome, VolumeError>
allocateVolumes(const std::vector<BidEntry *> &ranked, std::span<const DemandRow> demand,
                const DemandTable &table, const FxTable &fx, const model::Parameters &parameters);

} // namespace td::rules
