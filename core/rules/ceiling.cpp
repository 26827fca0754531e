#include "ceiling.h"

#include <QHash>
#include <algorithm>

namespace td::rules {

using money::Decimal;
using money::Rational;

namespace {

Rational meanOf(const std::vector<Decimal> &values, size_t count)
{
    Rational sum = 0;
    for (size_t i = 0; i < count; ++i)
        sum += values[i].toRational();
    return sum / Rational(static_cast<long long>(count));
}

Rational medianOf(const std::vector<Decimal> &sorted)
{
    const size_t n = sorted.size();
    if (n % 2 == 1)
        return sorted[n / 2].toRational();
    return (sorted[n / 2 - 1].toRational() + sorted[n / 2].toRational()) / 2;
}

} // namespace

std::variant<CeilingOutcome, CeilingError>
computeCeilings(const model::Product &product,
                const std::vector<const model::ReferencePrice *> &references, const FxTable &fx,
                const model::Parameters &p)
{
    // §1.7: several references for one market — the latest applies.
    QHash<QString, const model::ReferencePrice *> latest;
    for (const model::ReferencePrice *r : references) {
        auto it = latest.find(r->market);
        if (it == latest.end() || r->date > (*it)->date)
            latest.insert(r->market, r);
    }
    CeilingOutcome out;
    for (const model::ReferencePrice *r : std::as_const(latest)) {
        const auto rate = fx.rate(r->currency);
        if (!rate)
            return CeilingError{r->market, r->currency};
        out.basket.push_back(
            Decimal::fromRational(r->unitPrice.toRational() / *rate, p.priceDecimals));
    }
    std::sort(out.basket.begin(), out.basket.end());
    if (!out.basket.empty()) {
        out.median = medianOf(out.basket);
        std::optional<Rational> statistic;
        switch (p.linkageMethod) {
        case model::LinkageMethod::None:
            break;
        case model::LinkageMethod::Min:
            statistic = out.basket.front().toRational();
            break;
        case model::LinkageMethod::Median:
            statistic = *out.median;
            break;
        case model::LinkageMethod::Mean:
            statistic = meanOf(out.basket, out.basket.size());
            break;
        case model::LinkageMethod::MeanLowest3:
            statistic = meanOf(out.basket, std::min<size_t>(3, out.basket.size()));
            break;
        }
        if (statistic)
            out.linkageCeiling =
                Decimal::fromRational(p.linkageFactor.toRational() * *statistic, p.priceDecimals);
    }
    // A declared ceiling has at most price_decimals decimals (import rule); shown at exactly
    // price_decimals like every ceiling ("2" → "2.0000").
    if (product.maxUnitPrice)
        out.effectiveCeiling = product.maxUnitPrice->rounded(p.priceDecimals);
    if (out.linkageCeiling &&
        (!out.effectiveCeiling || *out.linkageCeiling < *out.effectiveCeiling))
        out.effectiveCeiling = out.linkageCeiling;
    return out;
}

std::optional<Decimal> medianPriceRatio(const Decimal &unit, const CeilingOutcome &ceilings)
{
    if (!ceilings.median || *ceilings.median == 0)
        return std::nullopt;
    return Decimal::fromRational(unit.toRational() / *ceilings.median, 2);
}

} // namespace td::rules
