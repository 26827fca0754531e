#include "demandtable.h"

#include <algorithm>
#include <numeric>

namespace td::rules {

namespace {

// A buyer's country, region and currency as last seen: a buyer nearly always keeps them from
// row to row, so comparing the readers' shared string pointers replaces three lookups a row.
struct BuyerAttributes
{
    struct Seen
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
        int index = -1;
    };
    Seen country, region, currency;
};

int indexVia(BuyerAttributes::Seen &seen, StringIndex &index, const QString &text)
{
    if (text.constData() != seen.data || text.size() != seen.size)
        seen = {text.constData(), text.size(), index.indexOf(text)};
    return seen.index;
}

} // namespace

DemandTable DemandTable::build(const std::vector<model::Demand> &demand)
{
    DemandTable table;
    // A first pass in file order gives each row its product and buyer; the rows themselves are
    // written once, by the second pass, straight to their places (a copy of every row in file
    // order first cost a 48-byte row of fresh memory per demand row: 96 MB for 2,000,000).
    const size_t n = demand.size();
    std::vector<quint32> productOf(n), buyerOf(n);
    model::RecurringOrder buyerOrder; // each product lists the buyers in much the same order
    for (size_t i = 0; i < n; ++i) {
        productOf[i] = static_cast<quint32>(table.products.indexOf(demand[i].productId));
        buyerOf[i] = static_cast<quint32>(table.buyers.indexOf(demand[i].buyerId, buyerOrder));
    }
    // Buyers are handled in identifier order (§7.2, §1.6: by UTF-8 bytes): rank the distinct
    // ids once, then order the rows by that integer rank.
    const std::vector<QString> &ids = table.buyers.values();
    std::vector<int> byId(ids.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](int a, int b) {
        return model::identifierLess(ids[static_cast<size_t>(a)], ids[static_cast<size_t>(b)]);
    });
    std::vector<quint32> rank(ids.size());
    for (size_t r = 0; r < byId.size(); ++r)
        rank[static_cast<size_t>(byId[r])] = static_cast<quint32>(r);
    table.buyerIds.resize(ids.size());
    for (const int buyer : byId) {
        const QString &id = ids[static_cast<size_t>(buyer)];
        table.buyerIds[static_cast<size_t>(buyer)] = QString(id.constData(), id.size());
    }
    // A counting sort of all rows by buyer rank (stable: file order among equals) gives, per
    // product, each row's place in buyer order, in linear time (sorting each product's rows
    // took a third of the build). Only 4-byte indices move in that order; the rows are then
    // written in file order to their places (gathering them in buyer order instead missed the
    // cache at every row: two thirds of the build).
    std::vector<quint32> destination(n);
    {
        std::vector<quint32> next(ids.size() + 1, 0);
        for (const quint32 buyer : buyerOf)
            ++next[rank[buyer] + 1];
        std::partial_sum(next.begin(), next.end(), next.begin());
        std::vector<quint32> order(n);
        for (size_t i = 0; i < n; ++i)
            order[next[rank[buyerOf[i]]]++] = static_cast<quint32>(i);
        std::vector<quint32> start(static_cast<size_t>(table.products.size()) + 1, 0);
        for (const quint32 product : productOf)
            ++start[product + 1];
        std::partial_sum(start.begin(), start.end(), start.begin());
        std::vector<quint32> place(start.begin(), start.end() - 1);
        for (const quint32 i : order)
            destination[i] = place[productOf[i]]++;
        table.rowsByProduct.reserve(start.size() - 1);
        table.rows.resize(n);
        for (size_t p = 0; p + 1 < start.size(); ++p)
            table.rowsByProduct.emplace_back(table.rows.data() + start[p], start[p + 1] - start[p]);
    }
    std::vector<BuyerAttributes> attributes(ids.size());
    for (size_t i = 0; i < n; ++i) {
        const model::Demand &d = demand[i];
        DemandRow &row = table.rows[destination[i]];
        row.quantity = d.quantity;
        row.buyer = static_cast<int>(buyerOf[i]);
        BuyerAttributes &a = attributes[buyerOf[i]];
        row.region = indexVia(a.region, table.regions, d.region);
        row.country = indexVia(a.country, table.countries, d.country);
        row.currency = indexVia(a.currency, table.currencies, d.currency);
        row.preferred =
            d.preferredBidder.isEmpty() ? -1 : table.preferred.indexOf(d.preferredBidder);
    }
    return table;
}

} // namespace td::rules
