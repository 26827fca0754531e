#pragma once

#include "model/parameters.h"
#include "model/tenderdata.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace td::model {

enum class BidStatus { Winner, Revived, NotSelected, NotShortlisted, Disqualified };

/// Reason codes of formats.md §2; each maps to one sentence (rules/reasontext.h).
enum class Reason {
    // disqualified (rules.md §3, in order of precedence)
    NoGmp, QualityNotMet, NotRegistered, ShortShelfLife, AboveCeiling,
    // winners
    WithinSpread, BelowFloor, HalfOfCeiling, Revived, TopScore,
    // others
    OutsideSpread, BeyondShortlist, BelowAwardees,
    // unassigned regions
    NoEligibleWinner,
};

/// The §8 key that ordered a bid after the one ranked just before it.
enum class TieKey { UnitPrice, QualityTier, Capacity, SubmittedAt, BidId };

QString statusName(BidStatus status);   // "winner", …
QString reasonName(Reason reason);      // "within_spread", …
QString tieKeyName(TieKey key);         // "unit_price", …

/// The weighted-scoring components of one bid (rules.md §6.1), each rounded to 4 decimals.
struct ScoreBreakdown
{
    Decimal price, quality, lead, shelf;
    Decimal total; ///< sum rounded to 2 decimals
};

/// The figures behind one bid's status, so every sentence can show its numbers.
struct BidExplanation
{
    std::optional<Decimal> threshold;      ///< the spread threshold (exact), VBP
    std::optional<Decimal> floor;          ///< floor_unit_price
    std::optional<Decimal> halfCeiling;    ///< 0.5 × max_unit_price (vbp-b9)
    std::optional<Decimal> ceiling;        ///< effective ceiling (above_ceiling)
    std::optional<Decimal> spreadBase;     ///< lowest, or the anchor under vbp-b11 (exact)
    std::optional<ScoreBreakdown> score;   ///< meat
    QString tiedWith;                      ///< the bid ranked just before when a tie key decided
    int shortlistSize = 0;
    int qualified = 0;
    qint64 awardees = 0;
    qint64 shelfLifeMonths = 0, minShelfLifeMonths = 0;
    QString qualityTier, minQualityTier;
};

struct BidResult
{
    QString bidId;
    QString bidderId;
    Decimal unitPrice;                  ///< comparable unit price (rules.md §2), rounded
    BidStatus status = BidStatus::Disqualified;
    Reason reason = Reason::NoGmp;
    std::optional<int> rank;            ///< none for disqualified bids
    std::optional<TieKey> tieKey;
    std::optional<Decimal> score;       ///< meat total
    std::optional<Decimal> awardPrice;
    std::optional<Decimal> mpr;
    std::optional<Decimal> linkedPriceCap;
    BidExplanation explanation;
};

struct Allocation
{
    QString bidId;
    QString buyerId;
    QString region;
    Decimal volume;
    Decimal value;          ///< tender currency, 2 decimals
    QString localCurrency;
    Decimal localValue;     ///< buyer currency, its minor units
    bool preferred = false; ///< assigned through the buyer's preferred_bidder (§7.2)
};

struct Unassigned
{
    QString region;
    Decimal volume;
    Reason reason = Reason::NoEligibleWinner;
};

/// One pick of the supply-region rounds (rules.md §7.2), in the order they happened.
struct RegionPick
{
    int round = 0; ///< 0 = the first pick of the best-ranked bid
    QString bidId;
    QString region;
    Decimal volume;
};

struct ProductResult
{
    QString productId;
    int qualified = 0;
    int shortlistSize = 0;
    std::optional<Decimal> lowestUnitPrice;
    std::optional<Decimal> anchorPrice;      ///< rounded for display (vbp-b11)
    std::optional<Decimal> anchorExact;      ///< what the threshold used
    std::optional<Decimal> effectiveCeiling;
    std::optional<Decimal> linkageCeiling;
    std::optional<Decimal> referenceMedian;  ///< exact median of the basket, when references exist
    std::optional<Decimal> revivalPrice;
    int winners = 0;
    std::optional<Decimal> agreedShare;
    Decimal demandTotal;                     ///< sum of the buyers' demand
    Decimal agreedTotal;                     ///< sum of the per-buyer agreed volumes
    std::vector<BidResult> bids;             ///< rank order, then disqualified by bid_id
    std::vector<Allocation> allocations;     ///< bid rank, then buyer_id
    std::vector<Unassigned> unassigned;      ///< region order
    std::vector<RegionPick> picks;           ///< in picking order
};

/// The outcome of one evaluation: what rules produce, storage keeps, UI and reports show.
struct EvaluationResult
{
    QString tenderId;
    QString currency;
    Parameters parameters;
    std::vector<ProductResult> products; ///< product_id order
};

} // namespace td::model
