#include "awardfigures.h"

#include "rules/fxtable.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace td::report {

namespace {

bool isAwarded(model::BidStatus status)
{
    return status == model::BidStatus::Winner || status == model::BidStatus::Revived;
}

void addTo(std::optional<Decimal> &sum, const std::optional<Decimal> &value)
{
    if (!value)
        return;
    sum = sum ? *sum + *value : *value;
}

} // namespace

std::vector<ProductAward> productAwards(const model::EvaluationResult &result)
{
    std::vector<ProductAward> awards;
    awards.reserve(result.products.size());
    for (const model::ProductResult &product : result.products) {
        ProductAward award;
        award.productId = product.productId;
        award.winners = product.winners;
        award.agreedShare = product.agreedShare;
        award.demandTotal = product.demandTotal;
        award.agreedTotal = product.agreedTotal;
        for (const model::Unassigned &u : product.unassigned)
            award.unassignedTotal += u.volume;

        QHash<QString, qsizetype> rowOfBid;
        for (const model::BidResult &bid : product.bids) {
            if (!isAwarded(bid.status) || !bid.awardPrice)
                continue;
            AwardRow row;
            row.bidId = bid.bidId;
            row.bidderId = bid.bidderId;
            row.status = bid.status;
            row.rank = bid.rank.value_or(0);
            row.awardPrice = *bid.awardPrice;
            rowOfBid.insert(bid.bidId, static_cast<qsizetype>(award.rows.size()));
            award.rows.push_back(row);
        }
        for (const model::Allocation &allocation : product.allocations) {
            const auto it = rowOfBid.constFind(allocation.bidId);
            if (it == rowOfBid.constEnd())
                continue;
            AwardRow &row = award.rows[static_cast<size_t>(*it)];
            row.volume += allocation.volume;
            row.contractValue += allocation.value;
        }
        for (AwardRow &row : award.rows) {
            if (product.effectiveCeiling)
                row.savingsVsCeiling =
                    (row.volume * *product.effectiveCeiling).rounded(2) - row.contractValue;
            if (product.referenceMedian)
                row.savingsVsMedian =
                    (row.volume * *product.referenceMedian).rounded(2) - row.contractValue;
            award.contractValue += row.contractValue;
            addTo(award.savingsVsCeiling, row.savingsVsCeiling);
            addTo(award.savingsVsMedian, row.savingsVsMedian);
        }
        awards.push_back(std::move(award));
    }
    return awards;
}

QStringList buyerCurrencies(const model::TenderData &data, const QString &productId)
{
    QSet<QString> seen;
    QStringList currencies;
    for (const model::Demand &d : data.demand) {
        if (d.productId != productId || d.currency == data.tender.currency || seen.contains(d.currency))
            continue;
        seen.insert(d.currency);
        currencies << d.currency;
    }
    std::sort(currencies.begin(), currencies.end(), model::identifierLess);
    return currencies;
}

std::vector<CapRow> linkageCaps(const model::TenderData &data, const model::ProductResult &product,
                                const QStringList &currencies, int priceDecimals)
{
    const rules::FxTable fx(data.tender.currency, data.fxRates);
    std::vector<std::pair<QString, Decimal>> rates;
    for (const QString &currency : currencies)
        if (const auto rate = fx.rateDecimal(currency))
            rates.emplace_back(currency, *rate);

    std::vector<CapRow> rows;
    for (const model::BidResult &bid : product.bids) {
        if (!bid.linkedPriceCap)
            continue;
        CapRow row;
        row.bidId = bid.bidId;
        row.bidderId = bid.bidderId;
        row.status = bid.status;
        row.cap = *bid.linkedPriceCap;
        for (const auto &[currency, rate] : rates)
            row.local.push_back({currency, (row.cap * rate).rounded(priceDecimals)});
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace td::report
