#include "selection.h"

#include "ranking.h"

#include <algorithm>

namespace td::rules {

using model::BidStatus;
using model::Reason;
using money::Decimal;
using money::Rational;

namespace {

// Thresholds are compared exactly as rationals; what the explanation shows carries 6 more
// digits than prices, enough to tell 0.5364 from 0.53640000001.
int displayScale(const model::Parameters &p)
{
    return std::min(p.priceDecimals + 6, 24);
}

} // namespace

SelectionOutcome selectVbp(std::vector<BidEntry *> &ranked, const model::Product &product,
                           const model::Parameters &p)
{
    SelectionOutcome out;
    const int n = static_cast<int>(ranked.size());
    out.shortlistSize = shortlistSize(p.ruleSet, n);
    if (n == 0)
        return out;
    out.lowest = ranked.front()->unit;

    // The spread applies to the lowest price, or under vbp-b11 to the anchor:
    // max(lowest, 0.5 × mean of the shortlisted units), kept exact (§1.3).
    Rational spreadBase = out.lowest->toRational();
    if (p.ruleSet == model::RuleSet::VbpB11) {
        Rational sum = 0;
        for (int i = 0; i < out.shortlistSize; ++i)
            sum += ranked[static_cast<size_t>(i)]->unit.toRational();
        const Rational halfMean = sum / (2 * out.shortlistSize);
        spreadBase = std::max(spreadBase, halfMean);
        // Kept as a rational for the threshold; the Decimal copy is for display (6 more digits).
        out.anchorExact = Decimal::fromRational(spreadBase, displayScale(p));
        out.anchorPrice = Decimal::fromRational(spreadBase, p.priceDecimals);
    }
    const Rational threshold = p.spreadFactor.toRational() * spreadBase;
    const Rational floor = p.floorUnitPrice.toRational();
    std::optional<Rational> halfCeiling;
    if (p.ruleSet == model::RuleSet::VbpB9 && product.maxUnitPrice)
        halfCeiling = product.maxUnitPrice->toRational() / 2;

    int winners = 0;
    Decimal highestWinning;
    for (int i = 0; i < n; ++i) {
        BidEntry &e = *ranked[static_cast<size_t>(i)];
        const Rational unit = e.unit.toRational();
        e.explanation.threshold = Decimal::fromRational(threshold, displayScale(p));
        e.explanation.spreadBase = Decimal::fromRational(spreadBase, displayScale(p));
        e.explanation.floor = p.floorUnitPrice;
        if (halfCeiling)
            e.explanation.halfCeiling = Decimal::fromRational(*halfCeiling, displayScale(p));
        e.explanation.shortlistSize = out.shortlistSize;
        e.explanation.qualified = n;
        if (i >= out.shortlistSize) {
            e.status = BidStatus::NotShortlisted;
            e.reason = Reason::BeyondShortlist;
            continue;
        }
        std::optional<Reason> win;
        if (unit <= threshold)
            win = Reason::WithinSpread;
        else if (unit <= floor)
            win = Reason::BelowFloor;
        else if (halfCeiling && unit <= *halfCeiling)
            win = Reason::HalfOfCeiling;
        if (win) {
            e.status = BidStatus::Winner;
            e.reason = *win;
            e.award = e.unit;
            if (winners == 0 || e.unit > highestWinning)
                highestWinning = e.unit;
            ++winners;
        } else {
            e.status = BidStatus::NotSelected;
            e.reason = Reason::OutsideSpread;
        }
    }

    if (p.ruleSet == model::RuleSet::VbpB9 || winners == 0)
        return out;
    // Revival: the highest winning unit price; under vbp-b10 with exactly one winner,
    // spread_factor × its unit price instead, rounded to price_decimals.
    Decimal revivalPrice = highestWinning;
    if (p.ruleSet == model::RuleSet::VbpB10 && winners == 1)
        revivalPrice = Decimal::fromRational(
            p.spreadFactor.toRational() * highestWinning.toRational(), p.priceDecimals);
    for (BidEntry *e : ranked) {
        if (e->status == BidStatus::NotSelected && e->bid->acceptsRevival) {
            e->status = BidStatus::Revived;
            e->reason = Reason::Revived;
            e->award = revivalPrice;
            out.revivalPrice = revivalPrice;
        }
    }
    return out;
}

namespace {

Decimal round4(const Rational &value)
{
    return Decimal::fromRational(value, 4);
}

Decimal tierPoints(model::QualityTier tier)
{
    switch (tier) {
    case model::QualityTier::A:
        return 25;
    case model::QualityTier::B:
        return 20;
    case model::QualityTier::C:
        break;
    }
    return 10;
}

} // namespace

SelectionOutcome selectByScore(std::vector<BidEntry *> &qualified, const model::Parameters &p)
{
    SelectionOutcome out;
    const int n = static_cast<int>(qualified.size());
    out.shortlistSize = n;
    if (n == 0)
        return out;
    Decimal lowest = qualified.front()->unit;
    qint64 leadMin = qualified.front()->bid->leadTimeDays;
    qint64 leadMax = leadMin;
    for (const BidEntry *e : qualified) {
        lowest = std::min(lowest, e->unit);
        leadMin = std::min(leadMin, e->bid->leadTimeDays);
        leadMax = std::max(leadMax, e->bid->leadTimeDays);
    }
    out.lowest = lowest;

    for (BidEntry *e : qualified) {
        model::ScoreBreakdown s;
        // A unit price that rounds to 0 takes the full price score (§6.1).
        s.price = e->unit.isZero()
                      ? p.wPrice.rounded(4)
                      : round4(p.wPrice.toRational() * lowest.toRational() / e->unit.toRational());
        s.quality = round4(tierPoints(e->tier).toRational() * p.wQuality.toRational() / 25);
        s.lead = leadMax == leadMin
                     ? p.wLead.rounded(4)
                     : round4(p.wLead.toRational() * Rational(leadMax - e->bid->leadTimeDays) /
                              Rational(leadMax - leadMin));
        if (e->bid->shelfLifeMonths >= 36)
            s.shelf = p.wShelf.rounded(4);
        else if (e->bid->shelfLifeMonths >= 24)
            s.shelf = round4(p.wShelf.toRational() * Rational(3, 5));
        else
            s.shelf = Decimal().rounded(4);
        s.total = (s.price + s.quality + s.lead + s.shelf).rounded(2);
        e->score = s;
        e->explanation.score = s;
    }
    rankBids(qualified, /*byScore=*/true);
    for (BidEntry *e : qualified) {
        e->explanation.awardees = p.awardees;
        e->explanation.qualified = n;
        e->explanation.shortlistSize = n;
        if (e->rank <= p.awardees) {
            e->status = BidStatus::Winner;
            e->reason = Reason::TopScore;
            e->award = e->unit;
        } else {
            e->status = BidStatus::NotSelected;
            e->reason = Reason::BelowAwardees;
        }
    }
    return out;
}

} // namespace td::rules
