#include "resultjson.h"

#include "jsoncursor.h"
#include "jsonwriter.h"
#include "rules/reasontext.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace td::io {

using model::Decimal;

namespace {

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

// A product's per-buyer rows of formats.md §2.
void writeAllocations(JsonWriter &w, const std::vector<model::Allocation> &allocations,
                      bool withExplanations)
{
    w.beginArray("allocations");
    for (const model::Allocation &a : allocations) {
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
}

// One product of formats.md §2 (with its explanations when asked).
void writeProduct(JsonWriter &w, const model::ProductResult &p, const model::Parameters &parameters,
                  bool withExplanations, bool storedRunBody)
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
            if (!storedRunBody) // rebuilt on reading, in the reader's language
                w.value("explanation", rules::reasonSentence(b, p, parameters));
            writeDetails(w, b.explanation);
        }
        w.endObject();
    }
    w.endArray();
    if (!storedRunBody)
        writeAllocations(w, p.allocations, withExplanations);
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
                        JsonWriter::Sink sink, bool parallel, bool storedRunBody)
{
    qsizetype allocations = 0;
    for (const model::ProductResult &p : result.products)
        allocations +=
            static_cast<qsizetype>((storedRunBody ? 0 : p.allocations.size()) + p.bids.size());
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
            writeProduct(w, p, result.parameters, withExplanations, storedRunBody);
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
                writeProduct(part, p, result.parameters, withExplanations, storedRunBody);
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
    // A pull reader straight into the model (JsonCursor): a national batch's run is ~50 MB.
    // Unknown keys are skipped; a missing number reads as 0 and a missing decimal as none (or
    // 0 where the model has no "none"), as the writer never omits one.
    JsonCursor in(json.constData(), json.constData() + json.size());
    model::EvaluationResult result;
    QString ruleSetName, parameterText;
    using Key = std::string_view;
    auto decOrZero = [&in] { return in.decimal().value_or(Decimal()); };
    auto readDetails = [&](model::BidExplanation &x) {
        if (in.isNull())
            return;
        in.object([&](Key key) {
            if (key == "threshold")
                x.threshold = in.decimal();
            else if (key == "floor")
                x.floor = in.decimal();
            else if (key == "half_ceiling")
                x.halfCeiling = in.decimal();
            else if (key == "ceiling")
                x.ceiling = in.decimal();
            else if (key == "spread_base")
                x.spreadBase = in.decimal();
            else if (key == "score") {
                if (in.isNull())
                    return;
                model::ScoreBreakdown score;
                in.object([&](Key k) {
                    if (k == "price")
                        score.price = decOrZero();
                    else if (k == "quality")
                        score.quality = decOrZero();
                    else if (k == "lead")
                        score.lead = decOrZero();
                    else if (k == "shelf")
                        score.shelf = decOrZero();
                    else if (k == "total")
                        score.total = decOrZero();
                    else
                        in.skip();
                });
                x.score = score;
            } else if (key == "tied_with")
                x.tiedWith = in.string();
            else if (key == "shortlist_size")
                x.shortlistSize = static_cast<int>(in.integer());
            else if (key == "qualified")
                x.qualified = static_cast<int>(in.integer());
            else if (key == "awardees")
                x.awardees = in.integer();
            else if (key == "shelf_life_months")
                x.shelfLifeMonths = in.integer();
            else if (key == "min_shelf_life_months")
                x.minShelfLifeMonths = in.integer();
            else if (key == "quality_tier")
                x.qualityTier = in.string();
            else if (key == "min_quality_tier")
                x.minQualityTier = in.string();
            else
                in.skip();
        });
    };
    auto readBid = [&](model::ProductResult &p) {
        model::BidResult b;
        std::optional<model::BidStatus> status;
        std::optional<model::Reason> reason;
        in.object([&](Key key) {
            if (key == "bid_id")
                b.bidId = in.string();
            else if (key == "bidder_id")
                b.bidderId = in.string();
            else if (key == "unit_price")
                b.unitPrice = decOrZero();
            else if (key == "status")
                status = statusFromName(in.string());
            else if (key == "reason")
                reason = reasonFromName(in.string());
            else if (key == "rank") {
                if (in.isIntegerNext())
                    b.rank = static_cast<int>(in.integer());
                else
                    in.skip();
            } else if (key == "tie_key") {
                const QString name = in.string();
                if (!name.isNull())
                    b.tieKey = tieKeyFromName(name);
            } else if (key == "score")
                b.score = in.decimal();
            else if (key == "award_price")
                b.awardPrice = in.decimal();
            else if (key == "mpr")
                b.mpr = in.decimal();
            else if (key == "linked_price_cap")
                b.linkedPriceCap = in.decimal();
            else if (key == "details")
                readDetails(b.explanation);
            else
                in.skip();
        });
        if (!status || !reason)
            throw JsonCursor::Error("a bid without a known status and reason");
        b.status = *status;
        b.reason = *reason;
        p.bids.push_back(std::move(b));
    };
    // Allocations repeat their bid, region and currency row after row: one shared QString each.
    std::string_view lastBidBytes, lastRegionBytes, lastCurrencyBytes;
    QString lastBid, lastRegion, lastCurrency;
    auto readAllocation = [&](model::ProductResult &p) {
        model::Allocation &a = p.allocations.emplace_back();
        in.object([&](Key key) {
            if (key == "bid_id")
                a.bidId = in.string(&lastBidBytes, &lastBid);
            else if (key == "buyer_id")
                a.buyerId = in.string();
            else if (key == "region")
                a.region = in.string(&lastRegionBytes, &lastRegion);
            else if (key == "volume")
                a.volume = decOrZero();
            else if (key == "value")
                a.value = decOrZero();
            else if (key == "local_currency")
                a.localCurrency = in.string(&lastCurrencyBytes, &lastCurrency);
            else if (key == "local_value")
                a.localValue = decOrZero();
            else if (key == "preferred")
                a.preferred = in.boolean();
            else
                in.skip();
        });
    };
    auto readProduct = [&] {
        model::ProductResult &p = result.products.emplace_back();
        in.object([&](Key key) {
            if (key == "product_id")
                p.productId = in.string();
            else if (key == "qualified")
                p.qualified = static_cast<int>(in.integer());
            else if (key == "shortlist_size")
                p.shortlistSize = static_cast<int>(in.integer());
            else if (key == "lowest_unit_price")
                p.lowestUnitPrice = in.decimal();
            else if (key == "anchor_price")
                p.anchorPrice = in.decimal();
            else if (key == "anchor_exact")
                p.anchorExact = in.decimal();
            else if (key == "effective_ceiling")
                p.effectiveCeiling = in.decimal();
            else if (key == "linkage_ceiling")
                p.linkageCeiling = in.decimal();
            else if (key == "reference_median")
                p.referenceMedian = in.decimal();
            else if (key == "revival_price")
                p.revivalPrice = in.decimal();
            else if (key == "winners")
                p.winners = static_cast<int>(in.integer());
            else if (key == "agreed_share")
                p.agreedShare = in.decimal();
            else if (key == "demand_total")
                p.demandTotal = decOrZero();
            else if (key == "agreed_total")
                p.agreedTotal = decOrZero();
            else if (key == "bids")
                in.array([&] { readBid(p); });
            else if (key == "allocations")
                in.array([&] { readAllocation(p); });
            else if (key == "unassigned")
                in.array([&] {
                    model::Unassigned &u = p.unassigned.emplace_back();
                    u.reason = model::Reason::NoEligibleWinner;
                    in.object([&](Key k) {
                        if (k == "region")
                            u.region = in.string();
                        else if (k == "volume")
                            u.volume = decOrZero();
                        else
                            in.skip();
                    });
                });
            else if (key == "picks")
                in.array([&] {
                    model::RegionPick &pick = p.picks.emplace_back();
                    in.object([&](Key k) {
                        if (k == "round")
                            pick.round = static_cast<int>(in.integer());
                        else if (k == "bid_id")
                            pick.bidId = in.string();
                        else if (k == "region")
                            pick.region = in.string();
                        else if (k == "volume")
                            pick.volume = decOrZero();
                        else
                            in.skip();
                    });
                });
            else
                in.skip();
        });
    };
    try {
        in.object([&](Key key) {
            if (key == "tender_id")
                result.tenderId = in.string();
            else if (key == "currency")
                result.currency = in.string();
            else if (key == "rule_set")
                ruleSetName = in.string();
            else if (key == "parameters")
                parameterText = in.string();
            else if (key == "products")
                in.array(readProduct);
            else
                in.skip();
        });
        if (!in.atEnd())
            return std::nullopt;
    } catch (const JsonCursor::Error &) {
        return std::nullopt;
    }
    const auto ruleSet = model::ruleSetFromName(ruleSetName);
    if (!ruleSet)
        return std::nullopt;
    result.parameters.ruleSet = *ruleSet;
    if (!model::applyParameterText(result.parameters, parameterText).empty())
        return std::nullopt;
    return result;
}

} // namespace td::io
