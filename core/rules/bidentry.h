#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"

#include <optional>

namespace td::rules {

/// One bid while its product is evaluated: the inputs the rules read and what they decide.
/// The rule functions work on contiguous arrays of these (one product at a time).
struct BidEntry
{
    const model::Bid *bid = nullptr;
    const model::Bidder *bidder = nullptr;
    money::Decimal unit; ///< comparable unit price, rounded (§2)
    model::QualityTier tier = model::QualityTier::C;
    std::optional<model::Reason> disqualification;
    int rank = 0; ///< 1-based among qualified bids
    std::optional<model::TieKey> tieKey;
    std::optional<model::ScoreBreakdown> score;
    model::BidStatus status = model::BidStatus::Disqualified;
    model::Reason reason = model::Reason::NoGmp;
    std::optional<money::Decimal> award;
    model::BidExplanation explanation;

    bool isWinning() const
    {
        return status == model::BidStatus::Winner || status == model::BidStatus::Revived;
    }
};

/// Whether `bidder` may supply `country`: registered there, or in A with a recognition A>country
/// (rules.md §7.3; one step only).
bool isRegistered(const model::Bidder &bidder, const QString &country,
                  const std::vector<model::Recognition> &recognitions);

} // namespace td::rules
