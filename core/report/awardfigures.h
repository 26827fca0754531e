#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace td::report {

using money::Decimal;

/// One winning (or revived) bid in the summary: what it was awarded.
struct AwardRow
{
    QString bidId;
    QString bidderId;
    model::BidStatus status = model::BidStatus::Winner;
    int rank = 0;
    Decimal awardPrice;
    Decimal volume;        ///< sum of its allocations
    Decimal contractValue; ///< sum of its allocation values (each rounded to 2 decimals)
    /// volume × effective ceiling, rounded to 2 decimals, − contract value; none without ceiling.
    std::optional<Decimal> savingsVsCeiling;
    /// volume × reference median (exact), rounded to 2 decimals, − contract value.
    std::optional<Decimal> savingsVsMedian;
};

struct ProductAward
{
    QString productId;
    int winners = 0;
    std::optional<Decimal> agreedShare;
    Decimal demandTotal;
    Decimal agreedTotal;
    Decimal unassignedTotal;
    std::vector<AwardRow> rows; ///< rank order
    Decimal contractValue;
    std::optional<Decimal> savingsVsCeiling; ///< sum over rows that have one
    std::optional<Decimal> savingsVsMedian;
};

/// A linked price cap (rules.md §9) in the tender currency and in every currency of the
/// product's buyers: cap × rate rounded to price_decimals (§9 last sentence).
struct LocalAmount
{
    QString currency;
    Decimal value;
};

struct CapRow
{
    QString bidId;
    QString bidderId;
    model::BidStatus status = model::BidStatus::Winner;
    Decimal cap;
    std::vector<LocalAmount> local; ///< in buyerCurrencies() order
};

/// The summary figures of every product, in the result's product order.
std::vector<ProductAward> productAwards(const model::EvaluationResult &result);

/// The distinct currencies of a product's buyers other than the tender currency, sorted.
QStringList buyerCurrencies(const model::TenderData &data, const QString &productId);

/// Linked price caps of every qualified bid of `product` (disqualified ones have none), with
/// the cap converted to each of `currencies`. A currency without a rate is left out.
std::vector<CapRow> linkageCaps(const model::TenderData &data, const model::ProductResult &product,
                                const QStringList &currencies, int priceDecimals);

} // namespace td::report
