#include "evaluator.h"

#include "bidentry.h"
#include "ceiling.h"
#include "demandtable.h"
#include "fxtable.h"
#include "linkageout.h"
#include "ranking.h"
#include "selection.h"
#include "unitprice.h"
#include "volumes.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <atomic>
#include <stdexcept>
#include <thread>

namespace td::rules {

// lupdate reads the context from this class; tr() uses the same qualified name at run time.
class EvaluatorText
{
    Q_DECLARE_TR_FUNCTIONS(td::rules::EvaluatorText)
};

using model::BidStatus;
using model::Reason;
using money::Decimal;

namespace {

/// The rows of one product, gathered once (indices into the TenderData vectors).
struct ProductRows
{
    std::vector<const model::Bid *> bids;
    std::span<const DemandRow> demand; ///< in DemandTable; empty = no demand
    std::vector<const model::ReferencePrice *> references;
};

std::optional<Reason> disqualification(const BidEntry &e,
                                       const std::vector<QString> &demandCountries,
                                       const std::optional<Decimal> &ceiling,
                                       const model::Parameters &p)
{
    if (!e.bidder->gmp)
        return Reason::NoGmp;
    if (e.tier < p.effectiveMinQualityTier())
        return Reason::QualityNotMet;
    // Registered in none of the demand countries (an empty set: registered in none of them).
    bool registered = false;
    for (const QString &country : demandCountries)
        registered = registered || isRegistered(*e.bidder, country, p.recognitions);
    if (!registered)
        return Reason::NotRegistered;
    if (e.bid->shelfLifeMonths < p.minShelfLifeMonths)
        return Reason::ShortShelfLife;
    if (ceiling && e.unit > *ceiling)
        return Reason::AboveCeiling;
    return std::nullopt;
}

class ProductEvaluator
{
public:
    ProductEvaluator(const model::Product &product, const ProductRows &rows,
                     const DemandTable &demand,
                     const QHash<QString, const model::Bidder *> &bidders, const FxTable &fx,
                     const model::Parameters &p, std::vector<EvaluationError> &errors)
        : m_product(product), m_rows(rows), m_demand(demand), m_bidders(bidders), m_fx(fx), m_p(p),
          m_errors(errors)
    {}

    std::optional<model::ProductResult> run()
    {
        model::ProductResult result;
        result.productId = m_product.id;

        const auto ceilingOrError = computeCeilings(m_product, m_rows.references, m_fx, m_p);
        if (const auto *e = std::get_if<CeilingError>(&ceilingOrError)) {
            error({}, QStringLiteral("currency"),
                  EvaluatorText::tr(
                      "reference price for market %1 is in %2, which has no exchange rate")
                      .arg(e->market, e->currency));
            return std::nullopt;
        }
        const CeilingOutcome &ceilings = std::get<CeilingOutcome>(ceilingOrError);
        result.linkageCeiling = ceilings.linkageCeiling;
        result.effectiveCeiling = ceilings.effectiveCeiling;
        if (ceilings.median)
            result.referenceMedian = Decimal::fromRational(*ceilings.median, m_p.priceDecimals + 1);

        if (!buildEntries())
            return std::nullopt;

        const std::span<const DemandRow> demandRows = m_rows.demand;
        std::vector<QString> countries;
        {
            std::vector<bool> seen(static_cast<size_t>(m_demand.countries.size()));
            for (const DemandRow &row : demandRows) {
                if (!seen[static_cast<size_t>(row.country)]) {
                    seen[static_cast<size_t>(row.country)] = true;
                    countries.push_back(
                        m_demand.countries.values()[static_cast<size_t>(row.country)]);
                }
            }
        }
        std::vector<BidEntry *> qualified;
        for (BidEntry &e : m_entries) {
            e.disqualification = disqualification(e, countries, ceilings.effectiveCeiling, m_p);
            e.explanation.ceiling = ceilings.effectiveCeiling;
            e.explanation.shelfLifeMonths = e.bid->shelfLifeMonths;
            e.explanation.minShelfLifeMonths = m_p.minShelfLifeMonths;
            e.explanation.qualityTier = model::tierName(e.tier);
            e.explanation.minQualityTier = model::tierName(m_p.effectiveMinQualityTier());
            if (e.disqualification) {
                e.status = BidStatus::Disqualified;
                e.reason = *e.disqualification;
            } else {
                qualified.push_back(&e);
            }
        }

        SelectionOutcome selection;
        if (m_p.ruleSet == model::RuleSet::Meat) {
            selection = selectByScore(qualified, m_p);
        } else {
            rankBids(qualified, /*byScore=*/false);
            selection = selectVbp(qualified, m_product, m_p);
        }
        result.qualified = static_cast<int>(qualified.size());
        result.shortlistSize = selection.shortlistSize;
        result.lowestUnitPrice = selection.lowest;
        result.anchorExact = selection.anchorExact;
        result.anchorPrice = selection.anchorPrice;
        result.revivalPrice = selection.revivalPrice;

        auto volumesOrError = allocateVolumes(qualified, demandRows, m_demand, m_fx, m_p);
        if (const auto *e = std::get_if<VolumeError>(&volumesOrError)) {
            error({}, QStringLiteral("currency"),
                  EvaluatorText::tr("buyer %1 pays in %2, which has no exchange rate")
                      .arg(e->buyerId, e->currency));
            return std::nullopt;
        }
        VolumeOutcome volumes = std::move(std::get<VolumeOutcome>(volumesOrError));
        result.agreedShare = volumes.agreedShare;
        result.demandTotal = volumes.demandTotal;
        result.agreedTotal = volumes.agreedShare ? volumes.agreedTotal : Decimal();
        result.allocations = std::move(volumes.allocations);
        result.unassigned = std::move(volumes.unassigned);
        result.picks = std::move(volumes.picks);

        const auto caps = linkedPriceCaps(qualified, m_p);
        for (size_t i = 0; i < qualified.size(); ++i) {
            result.winners += qualified[i]->isWinning() ? 1 : 0;
            result.bids.push_back(toResult(*qualified[i], ceilings));
            result.bids.back().linkedPriceCap = caps[i];
        }
        // Disqualified bids follow, by bid_id.
        std::vector<const BidEntry *> rejected;
        for (const BidEntry &e : m_entries)
            if (e.disqualification)
                rejected.push_back(&e);
        std::sort(rejected.begin(), rejected.end(), [](const BidEntry *a, const BidEntry *b) {
            return model::identifierLess(a->bid->id, b->bid->id);
        });
        for (const BidEntry *e : rejected)
            result.bids.push_back(toResult(*e, ceilings));
        return result;
    }

private:
    bool buildEntries()
    {
        m_entries.reserve(m_rows.bids.size());
        UnitPriceCalculator comparableUnitPrice(m_p);
        bool ok = true;
        for (const model::Bid *bid : m_rows.bids) {
            BidEntry e;
            e.bid = bid;
            e.bidder = m_bidders.value(bid->bidderId);
            if (!e.bidder) {
                error(bid->id, QStringLiteral("bidder_id"),
                      EvaluatorText::tr("bidder %1 is not in bidders.csv").arg(bid->bidderId));
                ok = false;
                continue;
            }
            e.tier = model::tierOf(e.bidder->quality);
            const auto rate = m_fx.rate(bid->currency);
            if (!rate) {
                error(bid->id, QStringLiteral("currency"),
                      EvaluatorText::tr("%1 has no exchange rate").arg(bid->currency));
                ok = false;
                continue;
            }
            UnitPriceInput input{bid->packPrice.toRational() / *rate,
                                 bid->strength,
                                 bid->strengthUnit,
                                 bid->packSize,
                                 m_product.strength,
                                 m_product.strengthUnit,
                                 m_product.packSize};
            const auto unit = comparableUnitPrice(input);
            if (const auto *problem = std::get_if<UnitPriceError>(&unit)) {
                error(bid->id, problem->field, problem->message);
                ok = false;
                continue;
            }
            e.unit = std::get<Decimal>(unit);
            m_entries.push_back(std::move(e));
        }
        return ok;
    }

    model::BidResult toResult(const BidEntry &e, const CeilingOutcome &ceilings) const
    {
        model::BidResult r;
        r.bidId = e.bid->id;
        r.bidderId = e.bid->bidderId;
        r.unitPrice = e.unit;
        r.status = e.status;
        r.reason = e.reason;
        if (!e.disqualification)
            r.rank = e.rank;
        r.tieKey = e.tieKey;
        if (e.score)
            r.score = e.score->total;
        r.awardPrice = e.award;
        r.mpr = medianPriceRatio(e.unit, ceilings);
        r.explanation = e.explanation;
        return r;
    }

    void error(const QString &bidId, const QString &field, const QString &message)
    {
        m_errors.push_back({m_product.id, bidId, field, message});
    }

    const model::Product &m_product;
    const ProductRows &m_rows;
    const DemandTable &m_demand;
    const QHash<QString, const model::Bidder *> &m_bidders;
    const FxTable &m_fx;
    const model::Parameters &m_p;
    std::vector<EvaluationError> &m_errors;
    std::vector<BidEntry> m_entries;
};

} // namespace

std::vector<model::ParameterError> tenderParameters(const model::Tender &tender,
                                                    model::Parameters &parameters)
{
    parameters = model::Parameters();
    parameters.ruleSet = tender.ruleSet;
    return model::applyParameterText(parameters, tender.parameters);
}

EvaluationOutcome evaluate(const model::TenderData &data, const model::Parameters &parameters,
                           const EvaluationProgress &progress)
{
    EvaluationOutcome outcome;
    const FxTable fx(data.tender.currency, data.fxRates);

    // Gather each product's rows in one pass (no per-product scans of the big tables).
    std::vector<const model::Product *> products;
    products.reserve(data.products.size());
    QHash<QString, size_t> productIndex;
    for (const model::Product &p : data.products) {
        if (productIndex.contains(p.id))
            continue; // the import refuses duplicates; keep the first if one slipped through
        productIndex.insert(p.id, products.size());
        products.push_back(&p);
    }
    std::vector<ProductRows> rows(products.size());
    auto rowsOf = [&](const QString &productId, const QString &bidId) -> ProductRows * {
        const auto it = productIndex.constFind(productId);
        if (it == productIndex.constEnd()) {
            outcome.errors.push_back(
                {productId, bidId, QStringLiteral("product_id"),
                 EvaluatorText::tr("product %1 is not in products.csv").arg(productId)});
            return nullptr;
        }
        return &rows[*it];
    };
    for (const model::Bid &b : data.bids)
        if (ProductRows *r = rowsOf(b.productId, b.id))
            r->bids.push_back(&b);
    // Demand: a million rows, read once in order into compact per-product rows (DemandTable).
    const DemandTable demand = DemandTable::build(data.demand);
    for (size_t i = 0; i < demand.rowsByProduct.size(); ++i)
        if (ProductRows *r = rowsOf(demand.products.values()[i], {}))
            r->demand = demand.rowsByProduct[i];
    for (const model::ReferencePrice &ref : data.references)
        if (ProductRows *r = rowsOf(ref.productId, {}))
            r->references.push_back(&ref);
    QHash<QString, const model::Bidder *> bidders;
    for (const model::Bidder &b : data.bidders)
        bidders.insert(b.id, &b);
    if (!outcome.errors.empty())
        return outcome;

    model::EvaluationResult result;
    result.tenderId = data.tender.id;
    result.currency = data.tender.currency;
    result.parameters = parameters;

    std::vector<size_t> order(products.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return model::identifierLess(products[a]->id, products[b]->id);
    });
    // Products are independent: evaluate them on every core (the inputs are read-only and
    // each product writes only its own slot), then merge in product order, so the result and
    // the order of errors never depend on the number of threads.
    const size_t total = order.size();
    std::vector<std::optional<model::ProductResult>> slots(total);
    std::vector<std::vector<EvaluationError>> slotErrors(total);
    std::atomic<size_t> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    auto work = [&](bool reportProgress) {
        for (size_t k = next++; k < total && !cancelled; k = next++) {
            const size_t i = order[k];
            try {
                ProductEvaluator evaluator(*products[i], rows[i], demand, bidders, fx, parameters,
                                           slotErrors[k]);
                slots[k] = evaluator.run();
            } catch (const std::overflow_error &e) {
                slotErrors[k].push_back(
                    {products[i]->id,
                     {},
                     {},
                     EvaluatorText::tr("a value is too large to compute exactly (%1)")
                         .arg(QString::fromUtf8(e.what()))});
            }
            const int finished = ++done;
            // Progress is reported from the calling thread only (the UI expects that).
            if (reportProgress && progress && !progress(finished, static_cast<int>(total)))
                cancelled = true;
        }
    };
    // Threads pay off with many products or many rows (a national batch has 60 products but
    // 400,000 demand rows); a workshop tender is done before a thread would start.
    const size_t rowCount = data.demand.size() + data.bids.size();
    const bool worthThreads = total > 1 && (total > 64 || rowCount >= 20000);
    const unsigned helpers = std::min<unsigned>(
        std::max(1u, std::thread::hardware_concurrency()) - 1, worthThreads ? 7u : 0u);
    std::vector<std::thread> threads;
    threads.reserve(helpers);
    for (unsigned t = 0; t < helpers; ++t)
        threads.emplace_back(work, false);
    work(true);
    for (std::thread &t : threads)
        t.join();
    if (cancelled) {
        outcome.errors.push_back({{}, {}, {}, EvaluatorText::tr("evaluation cancelled")});
        return outcome;
    }
    if (progress)
        progress(static_cast<int>(total), static_cast<int>(total));
    for (size_t k = 0; k < total; ++k) {
        for (EvaluationError &e : slotErrors[k])
            outcome.errors.push_back(std::move(e));
        if (slots[k])
            result.products.push_back(std::move(*slots[k]));
    }
    if (outcome.errors.empty())
        outcome.result = std::move(result);
    return outcome;
}

} // namespace td::rules
