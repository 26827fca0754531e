#include "linkageout.h"

namespace td::rules {

using money::Decimal;

std::vector<std::optional<Decimal>> linkedPriceCaps(const std::vector<BidEntry *> &ranked,
                                                    const model::Parameters &p)
{
    std::optional<Decimal> highest;
    for (const BidEntry *e : ranked)
        if (e->isWinning() && e->award && (!highest || *e->award > *highest))
            highest = e->award;
    std::vector<std::optional<Decimal>> caps(ranked.size());
    if (!highest)
        return caps;
    for (size_t i = 0; i < ranked.size(); ++i) {
        const BidEntry &e = *ranked[i];
        if (e.isWinning()) {
            const Decimal own = Decimal::fromRational(
                p.linkageOutFactor.toRational() * e.award->toRational(), p.priceDecimals);
            caps[i] = std::max(own, highest->rounded(p.priceDecimals));
        } else {
            caps[i] = highest->rounded(p.priceDecimals);
        }
    }
    return caps;
}

} // namespace td::rules
