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
    // Each product's rows by buyer rank: sort 64-bit keys (rank, row) rather than the rows.
    std::vector<quint64> keys;
    std::vector<DemandRow> sorted;
    for (std::vector<DemandRow> &rows : table.rowsByProduct) {
        keys.resize(rows.size());
        bool inOrder = true;
        for (size_t i = 0; i < rows.size(); ++i) {
            keys[i] =
                (quint64(quint32(rank[static_cast<size_t>(rows[i].buyer)])) << 32) | quint32(i);
            inOrder = inOrder && (i == 0 || keys[i - 1] < keys[i]);
        }
        if (inOrder)
            continue;
        std::sort(keys.begin(), keys.end());
        sorted.resize(rows.size());
        for (size_t i = 0; i < keys.size(); ++i)
            sorted[i] = rows[static_cast<size_t>(keys[i] & 0xFFFFFFFFu)];
        rows.swap(sorted);
    }
    return table;
}

} // namespace td::rules
