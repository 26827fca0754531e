#include "demandtable.h"

#include <algorithm>
#include <numeric>

namespace td::rules {

DemandTable DemandTable::build(const std::vector<model::Demand> &demand)
{
    DemandTable table;
    for (const model::Demand &d : demand) {
        const size_t product = static_cast<size_t>(table.products.indexOf(d.productId));
        if (product == table.rowsByProduct.size())
            table.rowsByProduct.emplace_back();
        DemandRow &row = table.rowsByProduct[product].emplace_back();
        row.quantity = d.quantity;
        row.buyer = table.buyers.indexOf(d.buyerId);
        row.region = table.regions.indexOf(d.region);
        row.country = table.countries.indexOf(d.country);
        row.currency = table.currencies.indexOf(d.currency);
        row.preferred =
            d.preferredBidder.isEmpty() ? -1 : table.preferred.indexOf(d.preferredBidder);
    }
    // Buyers are handled in identifier order (§7.2, §1.6: by UTF-8 bytes): rank the distinct
    // ids once, then order each product's rows by that integer rank.
    const std::vector<QString> &ids = table.buyers.values();
    std::vector<int> byId(ids.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](int a, int b) {
        return model::identifierLess(ids[static_cast<size_t>(a)], ids[static_cast<size_t>(b)]);
    });
    std::vector<int> rank(ids.size());
    for (size_t r = 0; r < byId.size(); ++r)
        rank[static_cast<size_t>(byId[r])] = static_cast<int>(r);
    auto byRank = [&rank](const DemandRow &a, const DemandRow &b) {
        return rank[static_cast<size_t>(a.buyer)] < rank[static_cast<size_t>(b.buyer)];
    };
    for (std::vector<DemandRow> &rows : table.rowsByProduct)
        if (!std::is_sorted(rows.begin(), rows.end(), byRank))
            std::sort(rows.begin(), rows.end(), byRank);
    return table;
}

} // namespace td::rules
