#include "resultjson.h"

#include "jsonwriter.h"
#include "rules/reasontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace td::io {

using model::Decimal;

namespace {

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
        x.score = model::ScoreBreakdown{
            readDecOrZero(s[QStringLiteral("price")]), readDecOrZero(s[QStringLiteral("quality")]),
            readDecOrZero(s[QStringLiteral("lead")]), readDecOrZero(s[QStringLiteral("shelf")]),
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

template <typename Enum, typename NameOf>
std::optional<Enum> enumFromName(const QString &name, NameOf nameOf,
                                 std::initializer_list<Enum> all)
{
    for (Enum e : all)
        if (nameOf(e) == name)
            return e;
    return std::nullopt;
}

std::optional<model::BidStatus> statusFromName(const QString &name)
{
    using S = model::BidStatus;
    return enumFromName<S>(
        name, model::statusName,
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

namespace {

void writeDec(JsonWriter &w, const char *key, const std::optional<Decimal> &value)
{
    if (value)
        w.decimal(key, *value);
    else
        w.null(key);
}

void writeDetails(JsonWriter &w, const model::BidExplanation &x)
{
    w.beginObject("details");
    writeDec(w, "threshold", x.threshold);
    writeDec(w, "floor", x.floor);
    writeDec(w, "half_ceiling", x.halfCeiling);
    writeDec(w, "ceiling", x.ceiling);
    writeDec(w, "spread_base", x.spreadBase);
    if (x.score) {
        w.beginObject("score");
        w.decimal("price", x.score->price);
        w.decimal("quality", x.score->quality);
        w.decimal("lead", x.score->lead);
        w.decimal("shelf", x.score->shelf);
        w.decimal("total", x.score->total);
        w.endObject();
    }
    if (x.tiedWith.isEmpty())
        w.null("tied_with");
    else
        w.value("tied_with", x.tiedWith);
    w.value("shortlist_size", x.shortlistSize);
    w.value("qualified", x.qualified);
    w.value("awardees", x.awardees);
    w.value("shelf_life_months", x.shelfLifeMonths);
    w.value("min_shelf_life_months", x.minShelfLifeMonths);
    w.value("quality_tier", x.qualityTier);
    w.value("min_quality_tier", x.minQualityTier);
    w.endObject();
}

// One product of formats.md §2 (with its explanations when asked).
void writeProduct(JsonWriter &w, const model::ProductResult &p, const model::Parameters &parameters,
                  bool withExplanations)
{
    w.beginObject();
    w.value("product_id", p.productId);
    w.value("qualified", p.qualified);
    w.value("shortlist_size", p.shortlistSize);
    writeDec(w, "lowest_unit_price", p.lowestUnitPrice);
    writeDec(w, "anchor_price", p.anchorPrice);
    writeDec(w, "effective_ceiling", p.effectiveCeiling);
    writeDec(w, "linkage_ceiling", p.linkageCeiling);
    w.value("winners", p.winners);
    if (p.agreedShare)
        w.value("agreed_share", p.agreedShare->toStringTrimmed(2));
    else
        w.null("agreed_share");
    w.beginArray("bids");
    for (const model::BidResult &b : p.bids) {
        w.beginObject();
        w.value("bid_id", b.bidId);
        w.value("bidder_id", b.bidderId);
        w.decimal("unit_price", b.unitPrice);
        w.value("status", model::statusName(b.status));
        w.value("reason", model::reasonName(b.reason));
        if (b.rank)
            w.value("rank", *b.rank);
        else
            w.null("rank");
        if (b.tieKey)
            w.value("tie_key", model::tieKeyName(*b.tieKey));
        else
            w.null("tie_key");
        writeDec(w, "score", b.score);
        writeDec(w, "award_price", b.awardPrice);
        writeDec(w, "mpr", b.mpr);
        writeDec(w, "linked_price_cap", b.linkedPriceCap);
        if (withExplanations) {
            w.value("explanation", rules::reasonSentence(b, p, parameters));
            writeDetails(w, b.explanation);
        }
        w.endObject();
    }
    w.endArray();
    w.beginArray("allocations");
    for (const model::Allocation &a : p.allocations) {
        w.beginObject();
        w.value("bid_id", a.bidId);
        w.value("buyer_id", a.buyerId);
        w.value("region", a.region);
        w.decimal("volume", a.volume);
        w.decimal("value", a.value);
        w.value("local_currency", a.localCurrency);
        w.decimal("local_value", a.localValue);
        if (withExplanations)
            w.boolean("preferred", a.preferred);
        w.endObject();
    }
    w.endArray();
    w.beginArray("unassigned");
    for (const model::Unassigned &u : p.unassigned) {
        w.beginObject();
        w.value("region", u.region);
        w.decimal("volume", u.volume);
        w.value("reason", model::reasonName(u.reason));
        w.endObject();
    }
    w.endArray();
    if (withExplanations) {
        writeDec(w, "anchor_exact", p.anchorExact);
        writeDec(w, "reference_median", p.referenceMedian);
        writeDec(w, "revival_price", p.revivalPrice);
        w.decimal("demand_total", p.demandTotal);
        w.decimal("agreed_total", p.agreedTotal);
        w.beginArray("picks");
        for (const model::RegionPick &k : p.picks) {
            w.beginObject();
            w.value("round", k.round);
            w.value("bid_id", k.bidId);
            w.value("region", k.region);
            w.decimal("volume", k.volume);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
}

// Runs write(k) for k in [0, count) on up to every core; each k exactly once.
template <typename Write> void writeInParallel(size_t count, Write write)
{
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (size_t k = next++; k < count; k = next++)
            write(k);
    };
    const unsigned helpers =
        std::min<unsigned>(std::max(1u, std::thread::hardware_concurrency()) - 1, 7u);
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < helpers && t + 1 < count; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &t : threads)
        t.join();
}

} // namespace

QByteArray resultToJson(const model::EvaluationResult &result, bool withExplanations, bool indented,
                        JsonWriter::Sink sink, bool parallel)
{
    qsizetype allocations = 0;
    for (const model::ProductResult &p : result.products)
        allocations += static_cast<qsizetype>(p.allocations.size() + p.bids.size());
    const qsizetype bytesPerItem = indented ? 256 : 160;
    JsonWriter w(sink ? 0 : allocations * bytesPerItem + 4096, indented);
    if (sink)
        w.setSink(std::move(sink));
    w.beginObject();
    w.value("tender_id", result.tenderId);
    w.value("currency", result.currency);
    w.value("rule_set", model::ruleSetName(result.parameters.ruleSet));
    if (withExplanations)
        w.value("parameters", model::parametersToText(result.parameters));
    w.beginArray("products");
    const size_t count = result.products.size();
    if (!parallel || allocations < 20000 || count < 2) {
        for (const model::ProductResult &p : result.products)
            writeProduct(w, p, result.parameters, withExplanations);
    } else {
        // A national batch: hundreds of thousands of allocations. Products are written on every
        // core, a batch at a time (so only a batch's text is held at once besides the output),
        // each as the very bytes the loop above would write, then appended in product order.
        constexpr size_t Batch = 16;
        std::vector<QByteArray> parts(Batch);
        for (size_t start = 0; start < count; start += Batch) {
            const size_t size = std::min(Batch, count - start);
            writeInParallel(size, [&](size_t k) {
                const model::ProductResult &p = result.products[start + k];
                JsonWriter part(static_cast<qsizetype>(p.allocations.size() + p.bids.size()) *
                                        bytesPerItem +
                                    4096,
                                indented);
                part.resumeInside(2, start + k > 0); // inside the root object and "products"
                writeProduct(part, p, result.parameters, withExplanations);
                parts[k] = part.takeFragment();
            });
            for (size_t k = 0; k < size; ++k) {
                w.fragment(parts[k]);
                parts[k] = QByteArray();
            }
        }
    }
    w.endArray();
    w.endObject();
    return w.take();
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
    if (!model::applyParameterText(result.parameters, root[QStringLiteral("parameters")].toString())
             .empty())
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
            p.allocations.push_back(
                {j[QStringLiteral("bid_id")].toString(), j[QStringLiteral("buyer_id")].toString(),
                 j[QStringLiteral("region")].toString(), readDecOrZero(j[QStringLiteral("volume")]),
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
            p.picks.push_back({j[QStringLiteral("round")].toInt(),
                               j[QStringLiteral("bid_id")].toString(),
                               j[QStringLiteral("region")].toString(),
                               readDecOrZero(j[QStringLiteral("volume")])});
        }
        result.products.push_back(std::move(p));
    }
    return result;
}

} // namespace td::io
