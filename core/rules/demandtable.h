#pragma once

#include "model/tenderdata.h"
#include "money/decimal.h"
#include "stringindex.h"

#include <span>
#include <vector>

namespace td::rules {

/// One buyer's demand for one product, every string resolved to an index into DemandTable.
struct DemandRow
{
    money::Decimal quantity;
    int buyer = 0;
    int region = 0;
    int country = 0;
    int currency = 0;
    int preferred = -1; ///< index into DemandTable::preferred; -1 = no preferred bidder
};

/// The demand table as the volume rules read it (§7), built in one sequential pass.
///
/// A national batch has hundreds of thousands of demand rows of some 200 bytes each, with
/// strings on the heap; reading them per product in buyer order chased a pointer (a cache miss)
/// for every quantity, region and buyer id. Here each product's rows are contiguous, small and
/// already in buyer_id order, and the strings are indices into tables of distinct values.
struct DemandTable
{
    StringIndex products; ///< product_id of the rows (index = rowsByProduct position)
    StringIndex buyers;
    StringIndex regions;
    StringIndex countries;
    StringIndex currencies;
    StringIndex preferred; ///< preferred_bidder values
    /// Each buyer's id (by buyer index), copied in buyer_id order so that consecutive ids are
    /// near each other in memory: the allocations copy them in that order.
    std::vector<QString> buyerIds;
    std::vector<DemandRow> rows; ///< every row: the products one after the other
    /// Each product's rows in `rows`, in buyer_id order (§7.2).
    std::vector<std::span<const DemandRow>> rowsByProduct;

    DemandTable() = default;
    DemandTable(DemandTable &&) = default; // the spans keep pointing into the moved rows
    DemandTable &operator=(DemandTable &&) = default;
    DemandTable(const DemandTable &) = delete; // a copy's spans would point into this one
    DemandTable &operator=(const DemandTable &) = delete;

    static DemandTable build(const std::vector<model::Demand> &demand);
};

} // namespace td::rules
