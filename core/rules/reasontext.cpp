#include "reasontext.h"

#include <QCoreApplication>

namespace td::rules {

// lupdate reads the context from this class; tr() uses the same qualified name at run time.
class ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(td::rules::ReasonText)
};

using model::Reason;

namespace {

QString figure(const std::optional<money::Decimal> &value, const model::Parameters &p)
{
    return value ? exactFigure(*value, p) : QStringLiteral("–");
}

} // namespace

QString exactFigure(const money::Decimal &value, const model::Parameters &p)
{
    return value.toStringTrimmed(p.priceDecimals);
}

QString statusText(model::BidStatus status)
{
    switch (status) {
    case model::BidStatus::Winner:
        return ReasonText::tr("winner");
    case model::BidStatus::Revived:
        return ReasonText::tr("revived");
    case model::BidStatus::NotSelected:
        return ReasonText::tr("not selected");
    case model::BidStatus::NotShortlisted:
        return ReasonText::tr("not shortlisted");
    case model::BidStatus::Disqualified:
        break;
    }
    return ReasonText::tr("disqualified");
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::NoGmp:
        return ReasonText::tr("no valid GMP certificate");
    case Reason::QualityNotMet:
        return ReasonText::tr("quality tier below the minimum");
    case Reason::NotRegistered:
        return ReasonText::tr("not registered in a demand country");
    case Reason::ShortShelfLife:
        return ReasonText::tr("shelf life too short");
    case Reason::AboveCeiling:
        return ReasonText::tr("above the ceiling price");
    case Reason::WithinSpread:
        return ReasonText::tr("within the price spread");
    case Reason::BelowFloor:
        return ReasonText::tr("at or below the floor price");
    case Reason::HalfOfCeiling:
        return ReasonText::tr("at or below half of the ceiling");
    case Reason::Revived:
        return ReasonText::tr("revived at the revival price");
    case Reason::TopScore:
        return ReasonText::tr("among the top scores");
    case Reason::OutsideSpread:
        return ReasonText::tr("outside the price spread");
    case Reason::BeyondShortlist:
        return ReasonText::tr("beyond the shortlist");
    case Reason::BelowAwardees:
        return ReasonText::tr("below the awarded places");
    case Reason::NoEligibleWinner:
        break;
    }
    return ReasonText::tr("no eligible winner");
}

QString tieKeyText(model::TieKey key)
{
    switch (key) {
    case model::TieKey::UnitPrice:
        return ReasonText::tr("lower unit price");
    case model::TieKey::QualityTier:
        return ReasonText::tr("higher quality tier");
    case model::TieKey::Capacity:
        return ReasonText::tr("larger capacity");
    case model::TieKey::SubmittedAt:
        return ReasonText::tr("earlier submission");
    case model::TieKey::BidId:
        break;
    }
    return ReasonText::tr("bid id");
}

QString tieSentence(const model::BidResult &bid, const model::Parameters &p)
{
    if (!bid.tieKey)
        return {};
    const QString on = p.ruleSet == model::RuleSet::Meat ? ReasonText::tr("total score")
                                                         : ReasonText::tr("unit price");
    return ReasonText::tr("tie with %1 on %2; decided by %3")
        .arg(bid.explanation.tiedWith, on, tieKeyText(*bid.tieKey));
}

QString reasonSentence(const model::BidResult &bid, const model::ProductResult &product,
                       const model::Parameters &p)
{
    const model::BidExplanation &x = bid.explanation;
    const QString unit = bid.unitPrice.toString();
    const QString spread = p.spreadFactor.toString();
    const bool anchored = p.ruleSet == model::RuleSet::VbpB11;
    const QString base = anchored
                             ? ReasonText::tr("anchor %1").arg(figure(product.anchorPrice, p))
                             : ReasonText::tr("lowest %1").arg(figure(product.lowestUnitPrice, p));
    QString rank;
    if (bid.rank)
        rank = ReasonText::tr("rank %1 of %2; ").arg(*bid.rank).arg(product.qualified);
    QString sentence;
    switch (bid.reason) {
    case Reason::NoGmp:
        return ReasonText::tr("disqualified: the bidder has no valid GMP certificate (rules §3)");
    case Reason::QualityNotMet:
        return ReasonText::tr(
                   "disqualified: quality tier %1 is below the minimum tier %2 (rules §3)")
            .arg(x.qualityTier, x.minQualityTier);
    case Reason::NotRegistered:
        return ReasonText::tr(
            "disqualified: the bidder is registered in none of the countries of the demand, "
            "directly or through a recognition (rules §3)");
    case Reason::ShortShelfLife:
        return ReasonText::tr(
                   "disqualified: shelf life %1 months < the minimum %2 months (rules §3)")
            .arg(x.shelfLifeMonths)
            .arg(x.minShelfLifeMonths);
    case Reason::AboveCeiling:
        return ReasonText::tr("disqualified: unit price %1 > ceiling %2 (rules §3, §4)")
            .arg(unit, figure(x.ceiling, p));
    case Reason::WithinSpread:
        sentence =
            ReasonText::tr("%1 ≤ %2 × %3 = %4").arg(unit, spread, base, figure(x.threshold, p));
        break;
    case Reason::BelowFloor:
        sentence = ReasonText::tr("%1 ≤ floor %2 (%1 > %3 × %4 = %5)")
                       .arg(unit, figure(x.floor, p), spread, base, figure(x.threshold, p));
        break;
    case Reason::HalfOfCeiling:
        sentence = ReasonText::tr("%1 ≤ half of the ceiling %2 (%1 > %3 × %4 = %5)")
                       .arg(unit, figure(x.halfCeiling, p), spread, base, figure(x.threshold, p));
        break;
    case Reason::Revived:
        sentence = ReasonText::tr("%1 > %2 × %3 = %4; accepted revival at %5")
                       .arg(unit, spread, base, figure(x.threshold, p), figure(bid.awardPrice, p));
        break;
    case Reason::OutsideSpread:
        sentence = ReasonText::tr("%1 > %2 × %3 = %4 and above the floor %5")
                       .arg(unit, spread, base, figure(x.threshold, p), figure(x.floor, p));
        break;
    case Reason::BeyondShortlist:
        sentence = ReasonText::tr("only the first %1 of %2 qualified bids are shortlisted")
                       .arg(x.shortlistSize)
                       .arg(x.qualified);
        break;
    case Reason::TopScore:
        sentence = ReasonText::tr("score %1; the top %2 win")
                       .arg(bid.score ? bid.score->toString() : QString())
                       .arg(x.awardees);
        break;
    case Reason::BelowAwardees:
        sentence = ReasonText::tr("score %1; only the top %2 win")
                       .arg(bid.score ? bid.score->toString() : QString())
                       .arg(x.awardees);
        break;
    case Reason::NoEligibleWinner:
        break;
    }
    QString result = rank + sentence;
    const QString tie = tieSentence(bid, p);
    if (!tie.isEmpty())
        result += QStringLiteral("; ") + tie;
    return result;
}

} // namespace td::rules
