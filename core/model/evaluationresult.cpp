#include "evaluationresult.h"

namespace td::model {

QString statusName(BidStatus status)
{
    switch (status) {
    case BidStatus::Winner:
        return QStringLiteral("winner");
    case BidStatus::Revived:
        return QStringLiteral("revived");
    case BidStatus::NotSelected:
        return QStringLiteral("not_selected");
    case BidStatus::NotShortlisted:
        return QStringLiteral("not_shortlisted");
    case BidStatus::Disqualified:
        break;
    }
    return QStringLiteral("disqualified");
}

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::NoGmp:
        return QStringLiteral("no_gmp");
    case Reason::QualityNotMet:
        return QStringLiteral("quality_not_met");
    case Reason::NotRegistered:
        return QStringLiteral("not_registered");
    case Reason::ShortShelfLife:
        return QStringLiteral("short_shelf_life");
    case Reason::AboveCeiling:
        return QStringLiteral("above_ceiling");
    case Reason::WithinSpread:
        return QStringLiteral("within_spread");
    case Reason::BelowFloor:
        return QStringLiteral("below_floor");
    case Reason::HalfOfCeiling:
        return QStringLiteral("half_of_ceiling");
    case Reason::Revived:
        return QStringLiteral("revived");
    case Reason::TopScore:
        return QStringLiteral("top_score");
    case Reason::OutsideSpread:
        return QStringLiteral("outside_spread");
    case Reason::BeyondShortlist:
        return QStringLiteral("beyond_shortlist");
    case Reason::BelowAwardees:
        return QStringLiteral("below_awardees");
    case Reason::NoEligibleWinner:
        break;
    }
    return QStringLiteral("no_eligible_winner");
}

QString tieKeyName(TieKey key)
{
    switch (key) {
    case TieKey::UnitPrice:
        return QStringLiteral("unit_price");
    case TieKey::QualityTier:
        return QStringLiteral("quality_tier");
    case TieKey::Capacity:
        return QStringLiteral("capacity");
    case TieKey::SubmittedAt:
        return QStringLiteral("submitted_at");
    case TieKey::BidId:
        break;
    }
    return QStringLiteral("bid_id");
}

} // namespace td::model
