#include "resultjson.h"

#include "rules/reasontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace td::io {

using model::Decimal;

namespace {

QJsonValue dec(const std::optional<Decimal> &value)
{
    return value ? QJsonValue(value->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue str(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

std::optional<Decimal> readDec(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return Decimal::parse(value.toString(), 38, 30);
}

Decimal readDecOrZero(const QJsonValue &value)
{
    return readDec(value).value_or(Decimal());
}

QJsonObject detailsToJson(const model::BidExplanation &x)
{
    QJsonObject o;
    o[QStringLiteral("threshold")] = dec(x.threshold);
    o[QStringLiteral("floor")] = dec(x.floor);
    o[QStringLiteral("half_ceiling")] = dec(x.halfCeiling);
    o[QStringLiteral("ceiling")] = dec(x.ceiling);
    o[QStringLiteral("spread_base")] = dec(x.spreadBase);
    if (x.score) {
        QJsonObject s;
        s[QStringLiteral("price")] = x.score->price.toString();
        s[QStringLiteral("quality")] = x.score->quality.toString();
        s[QStringLiteral("lead")] = x.score->lead.toString();
        s[QStringLiteral("shelf")] = x.score->shelf.toString();
        s[QStringLiteral("total")] = x.score->total.toString();
        o[QStringLiteral("score")] = s;
    }
    o[QStringLiteral("tied_with")] = str(x.tiedWith);
    o[QStringLiteral("shortlist_size")] = x.shortlistSize;
    o[QStringLiteral("qualified")] = x.qualified;
    o[QStringLiteral("awardees")] = x.awardees;
    o[QStringLiteral("shelf_life_months")] = x.shelfLifeMonths;
    o[QStringLiteral("min_shelf_life_months")] = x.minShelfLifeMonths;
    o[QStringLiteral("quality_tier")] = x.qualityTier;
    o[QStringLiteral("min_quality_tier")] = x.minQualityTier;
    return o;
}

model::BidExplanation detailsFromJson(const QJsonObject &o)
{
    model::BidExplanation x;
    x.threshold = readDec(o[QStringLiteral("threshold")]);
    x.floor = readDec(o[QStringLiteral("floor")]);
    x.halfCeiling = readDec(o[QStringLiteral("half_ceiling")]);
    x.ceiling = readDec(o[QStringLiteral("ceiling")]);
    x.spreadBase = readDec(o[QStringLiteral("spread_base")]);
    if (o[QStringLiteral("score")].isObject()) {
        const QJsonObject s = o[QStringLiteral("score")].toObject();
        x.score = model::ScoreBreakdown{readDecOrZero(s[QStringLiteral("price")]),
                                        readDecOrZero(s[QStringLiteral("quality")]),
                                        readDecOrZero(s[QStringLiteral("lead")]),
                                        readDecOrZero(s[QStringLiteral("shelf")]),
                                        readDecOrZero(s[QStringLiteral("total")])};
    }
    x.tiedWith = o[QStringLiteral("tied_with")].toString();
    x.shortlistSize = o[QStringLiteral("shortlist_size")].toInt();
    x.qualified = o[QStringLiteral("qualified")].toInt();
    x.awardees = o[QStringLiteral("awardees")].toInteger();
    x.shelfLifeMonths = o[QStringLiteral("shelf_life_months")].toInteger();
    x.minShelfLifeMonths = o[QStringLiteral("min_shelf_life_months")].toInteger();
    x.qualityTier = o[QStringLiteral("quality_tier")].toString();
    x.minQualityTier = o[QStringLiteral("min_quality_tier")].toString();
    return x;
}

template<typename Enum, typename NameOf>
std::optional<Enum> enumFromName(const QString &name, NameOf nameOf, std::initializer_list<Enum> all)
{
    for (Enum e : all)
        if (nameOf(e) == name)
            return e;
    return std::nullopt;
}

std::optional<model::BidStatus> statusFromName(const QString &name)
{
    using S = model::BidStatus;
    return enumFromName<S>(name, model::statusName,
                           {S::Winner, S::Revived, S::NotSelected, S::NotShortlisted, S::Disqualified});
}

std::optional<model::Reason> reasonFromName(const QString &name)
{
    using R = model::Reason;
    return enumFromName<R>(name, model::reasonName,
                           {R::NoGmp, R::QualityNotMet, R::NotRegistered, R::ShortShelfLife,
                            R::AboveCeiling, R::WithinSpread, R::BelowFloor, R::HalfOfCeiling,
                            R::Revived, R::TopScore, R::OutsideSpread, R::BeyondShortlist,
                            R::BelowAwardees, R::NoEligibleWinner});
}

std::optional<model::TieKey> tieKeyFromName(const QString &name)
{
    using T = model::TieKey;
    return enumFromName<T>(name, model::tieKeyName,
                           {T::UnitPrice, T::QualityTier, T::Capacity, T::SubmittedAt, T::BidId});
}

} // namespace

QByteArray resultToJson(const model::EvaluationResult &result, bool withExplanations)
{
    QJsonObject root;
    root[QStringLiteral("tender_id")] = result.tenderId;
    root[QStringLiteral("currency")] = result.currency;
    root[QStringLiteral("rule_set")] = model::ruleSetName(result.parameters.ruleSet);
    if (withExplanations)
        root[QStringLiteral("parameters")] = model::parametersToText(result.parameters);
    QJsonArray products;
    for (const model::ProductResult &p : result.products) {
        QJsonObject o;
        o[QStringLiteral("product_id")] = p.productId;
        o[QStringLiteral("qualified")] = p.qualified;
        o[QStringLiteral("shortlist_size")] = p.shortlistSize;
        o[QStringLiteral("lowest_unit_price")] = dec(p.lowestUnitPrice);
        o[QStringLiteral("anchor_price")] = dec(p.anchorPrice);
        o[QStringLiteral("effective_ceiling")] = dec(p.effectiveCeiling);
        o[QStringLiteral("linkage_ceiling")] = dec(p.linkageCeiling);
        o[QStringLiteral("winners")] = p.winners;
        o[QStringLiteral("agreed_share")] =
            p.agreedShare ? QJsonValue(p.agreedShare->toStringTrimmed(2)) : QJsonValue(QJsonValue::Null);
        QJsonArray bids;
        for (const model::BidResult &b : p.bids) {
            QJsonObject j;
            j[QStringLiteral("bid_id")] = b.bidId;
            j[QStringLiteral("bidder_id")] = b.bidderId;
            j[QStringLiteral("unit_price")] = b.unitPrice.toString();
            j[QStringLiteral("status")] = model::statusName(b.status);
            j[QStringLiteral("reason")] = model::reasonName(b.reason);
            j[QStringLiteral("rank")] = b.rank ? QJsonValue(*b.rank) : QJsonValue(QJsonValue::Null);
            j[QStringLiteral("tie_key")] =
                b.tieKey ? QJsonValue(model::tieKeyName(*b.tieKey)) : QJsonValue(QJsonValue::Null);
            j[QStringLiteral("score")] = dec(b.score);
            j[QStringLiteral("award_price")] = dec(b.awardPrice);
            j[QStringLiteral("mpr")] = dec(b.mpr);
            j[QStringLiteral("linked_price_cap")] = dec(b.linkedPriceCap);
            if (withExplanations) {
                j[QStringLiteral("explanation")] = rules::reasonSentence(b, p, result.parameters);
                j[QStringLiteral("details")] = detailsToJson(b.explanation);
            }
            bids.append(j);
        }
        o[QStringLiteral("bids")] = bids;
        QJsonArray allocations;
        for (const model::Allocation &a : p.allocations) {
            QJsonObject j;
            j[QStringLiteral("bid_id")] = a.bidId;
            j[QStringLiteral("buyer_id")] = a.buyerId;
            j[QStringLiteral("region")] = a.region;
            j[QStringLiteral("volume")] = a.volume.toString();
            j[QStringLiteral("value")] = a.value.toString();
            j[QStringLiteral("local_currency")] = a.localCurrency;
            j[QStringLiteral("local_value")] = a.localValue.toString();
            if (withExplanations)
                j[QStringLiteral("preferred")] = a.preferred;
            allocations.append(j);
        }
        o[QStringLiteral("allocations")] = allocations;
        QJsonArray unassigned;
        for (const model::Unassigned &u : p.unassigned) {
            QJsonObject j;
            j[QStringLiteral("region")] = u.region;
            j[QStringLiteral("volume")] = u.volume.toString();
            j[QStringLiteral("reason")] = model::reasonName(u.reason);
            unassigned.append(j);
        }
        o[QStringLiteral("unassigned")] = unassigned;
        if (withExplanations) {
            o[QStringLiteral("anchor_exact")] = dec(p.anchorExact);
            o[QStringLiteral("reference_median")] = dec(p.referenceMedian);
            o[QStringLiteral("revival_price")] = dec(p.revivalPrice);
            o[QStringLiteral("demand_total")] = p.demandTotal.toString();
            o[QStringLiteral("agreed_total")] = p.agreedTotal.toString();
            QJsonArray picks;
            for (const model::RegionPick &k : p.picks) {
                QJsonObject j;
                j[QStringLiteral("round")] = k.round;
                j[QStringLiteral("bid_id")] = k.bidId;
                j[QStringLiteral("region")] = k.region;
                j[QStringLiteral("volume")] = k.volume.toString();
                picks.append(j);
            }
            o[QStringLiteral("picks")] = picks;
        }
        products.append(o);
    }
    root[QStringLiteral("products")] = products;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<model::EvaluationResult> resultFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    model::EvaluationResult result;
    result.tenderId = root[QStringLiteral("tender_id")].toString();
    result.currency = root[QStringLiteral("currency")].toString();
    const auto ruleSet = model::ruleSetFromName(root[QStringLiteral("rule_set")].toString());
    if (!ruleSet)
        return std::nullopt;
    result.parameters.ruleSet = *ruleSet;
    if (!model::applyParameterText(result.parameters, root[QStringLiteral("parameters")].toString()).empty())
        return std::nullopt;
    for (const QJsonValue &pv : root[QStringLiteral("products")].toArray()) {
        const QJsonObject o = pv.toObject();
        model::ProductResult p;
        p.productId = o[QStringLiteral("product_id")].toString();
        p.qualified = o[QStringLiteral("qualified")].toInt();
        p.shortlistSize = o[QStringLiteral("shortlist_size")].toInt();
        p.lowestUnitPrice = readDec(o[QStringLiteral("lowest_unit_price")]);
        p.anchorPrice = readDec(o[QStringLiteral("anchor_price")]);
        p.anchorExact = readDec(o[QStringLiteral("anchor_exact")]);
        p.effectiveCeiling = readDec(o[QStringLiteral("effective_ceiling")]);
        p.linkageCeiling = readDec(o[QStringLiteral("linkage_ceiling")]);
        p.referenceMedian = readDec(o[QStringLiteral("reference_median")]);
        p.revivalPrice = readDec(o[QStringLiteral("revival_price")]);
        p.winners = o[QStringLiteral("winners")].toInt();
        p.agreedShare = readDec(o[QStringLiteral("agreed_share")]);
        p.demandTotal = readDecOrZero(o[QStringLiteral("demand_total")]);
        p.agreedTotal = readDecOrZero(o[QStringLiteral("agreed_total")]);
        for (const QJsonValue &bv : o[QStringLiteral("bids")].toArray()) {
            const QJsonObject j = bv.toObject();
            model::BidResult b;
            b.bidId = j[QStringLiteral("bid_id")].toString();
            b.bidderId = j[QStringLiteral("bidder_id")].toString();
            b.unitPrice = readDecOrZero(j[QStringLiteral("unit_price")]);
            const auto status = statusFromName(j[QStringLiteral("status")].toString());
            const auto reason = reasonFromName(j[QStringLiteral("reason")].toString());
            if (!status || !reason)
                return std::nullopt;
            b.status = *status;
            b.reason = *reason;
            if (j[QStringLiteral("rank")].isDouble())
                b.rank = j[QStringLiteral("rank")].toInt();
            if (j[QStringLiteral("tie_key")].isString())
                b.tieKey = tieKeyFromName(j[QStringLiteral("tie_key")].toString());
            b.score = readDec(j[QStringLiteral("score")]);
            b.awardPrice = readDec(j[QStringLiteral("award_price")]);
            b.mpr = readDec(j[QStringLiteral("mpr")]);
            b.linkedPriceCap = readDec(j[QStringLiteral("linked_price_cap")]);
            b.explanation = detailsFromJson(j[QStringLiteral("details")].toObject());
            p.bids.push_back(std::move(b));
        }
        for (const QJsonValue &av : o[QStringLiteral("allocations")].toArray()) {
            const QJsonObject j = av.toObject();
            p.allocations.push_back({j[QStringLiteral("bid_id")].toString(),
                                     j[QStringLiteral("buyer_id")].toString(),
                                     j[QStringLiteral("region")].toString(),
                                     readDecOrZero(j[QStringLiteral("volume")]),
                                     readDecOrZero(j[QStringLiteral("value")]),
                                     j[QStringLiteral("local_currency")].toString(),
                                     readDecOrZero(j[QStringLiteral("local_value")]),
                                     j[QStringLiteral("preferred")].toBool()});
        }
        for (const QJsonValue &uv : o[QStringLiteral("unassigned")].toArray()) {
            const QJsonObject j = uv.toObject();
            p.unassigned.push_back({j[QStringLiteral("region")].toString(),
                                    readDecOrZero(j[QStringLiteral("volume")]),
                                    model::Reason::NoEligibleWinner});
        }
        for (const QJsonValue &kv : o[QStringLiteral("picks")].toArray()) {
            const QJsonObject j = kv.toObject();
            p.picks.push_back({j[QStringLiteral("round")].toInt(), j[QStringLiteral("bid_id")].toString(),
                               j[QStringLiteral("region")].toString(),
                               readDecOrZero(j[QStringLiteral("volume")])});
        }
        result.products.push_back(std::move(p));
    }
    return result;
}

} // namespace td::io
