#include "volumes.h"

#include "money/currency.h"

#include <QHash>
#include <algorithm>

namespace td::rules {

using money::Decimal;

namespace {

struct Region
{
    QString code;
    QString country;
    Decimal volume;
    std::vector<size_t> buyers; ///< indices into the sorted buyer list
    bool taken = false;
};

struct Buyer
{
    const DemandRow *demand;
    Decimal agreed;
    int bidPosition = -1; ///< position in the winning list once assigned
    bool preferred = false;
};

} // namespace

std::variant<VolumeOutcome, VolumeError>
allocateVolumes(const std::vector<BidEntry *> &ranked, std::span<const DemandRow> demand,
                const DemandTable &table, const FxTable &fx, const model::Parameters &p)
{
    VolumeOutcome out;
    for (const DemandRow &d : demand)
        out.demandTotal += d.quantity;

    std::vector<BidEntry *> winning;
    for (BidEntry *e : ranked)
        if (e->isWinning())
            winning.push_back(e);
    // W = 0: nothing is agreed — no share, no allocations, nothing unassigned (§7.1).
    if (winning.empty())
        return out;
    const Decimal share = p.shareFor(static_cast<int>(winning.size()));
    out.agreedShare = share;

    // Buyers in identifier order; agreed volume rounded per buyer, totals are sums.
    std::vector<Buyer> buyers;
    buyers.reserve(demand.size());
    for (const DemandRow &d : demand)
        buyers.push_back({&d, (d.quantity * share).rounded(0)});
    for (const Buyer &b : buyers)
        out.agreedTotal += b.agreed;

    // Remaining capacity per winning bid; none = unlimited.
    std::vector<std::optional<Decimal>> capacity;
    capacity.reserve(winning.size());
    for (const BidEntry *e : winning)
        capacity.push_back(e->bid->capacity);

    // Preferred bidders first (§7.2): capacity not checked, but the volume counts against it.
    for (Buyer &b : buyers) {
        if (b.demand->preferred < 0)
            continue;
        const QString &preferred =
            table.preferred.values()[static_cast<size_t>(b.demand->preferred)];
        const QString &country = table.countries.values()[static_cast<size_t>(b.demand->country)];
        for (size_t w = 0; w < winning.size(); ++w) {
            if (winning[w]->bidder->id == preferred &&
                isRegistered(*winning[w]->bidder, country, p.recognitions)) {
                b.bidPosition = static_cast<int>(w);
                b.preferred = true;
                if (capacity[w])
                    *capacity[w] = *capacity[w] - b.agreed;
                break;
            }
        }
    }

    // The other buyers stay in their regions. Region codes are this call's own copies: every
    // allocation copies one, and a string shared with other threads' products would make each
    // copy a contended atomic increment.
    std::vector<QString> regionCode(static_cast<size_t>(table.regions.size()));
    auto codeOf = [&](int region) -> const QString & {
        QString &code = regionCode[static_cast<size_t>(region)];
        if (code.isNull()) {
            const QString &shared = table.regions.values()[static_cast<size_t>(region)];
            code = QString(shared.constData(), shared.size());
        }
        return code;
    };
    std::vector<Region> regions;
    std::vector<int> regionSlot(regionCode.size(), -1);
    for (size_t i = 0; i < buyers.size(); ++i) {
        if (buyers[i].preferred)
            continue;
        const DemandRow &d = *buyers[i].demand;
        int &slot = regionSlot[static_cast<size_t>(d.region)];
        if (slot < 0) {
            slot = static_cast<int>(regions.size());
            regions.push_back({codeOf(d.region),
                               table.countries.values()[static_cast<size_t>(d.country)],
                               Decimal(),
                               {},
                               false});
        }
        Region &r = regions[static_cast<size_t>(slot)];
        r.volume += buyers[i].agreed;
        r.buyers.push_back(i);
    }
    std::sort(regions.begin(), regions.end(), [](const Region &a, const Region &b) {
        return model::identifierLess(a.code, b.code);
    });

    size_t regionsLeft = regions.size();
    auto pick = [&](size_t w, int round) {
        const model::Bidder &bidder = *winning[w]->bidder;
        Region *best = nullptr;
        for (Region &r : regions) { // region-code order: the first largest wins ties
            if (r.taken || !isRegistered(bidder, r.country, p.recognitions))
                continue;
            if (capacity[w] && r.volume > *capacity[w])
                continue;
            if (!best || r.volume > best->volume)
                best = &r;
        }
        if (!best)
            return false;
        best->taken = true;
        --regionsLeft;
        if (capacity[w])
            *capacity[w] = *capacity[w] - best->volume;
        for (size_t i : best->buyers)
            buyers[i].bidPosition = static_cast<int>(w);
        out.picks.push_back({round, winning[w]->bid->id, best->code, best->volume});
        return true;
    };
    // The best-ranked bid picks first; then rounds, each from the best-ranked again.
    if (regionsLeft > 0)
        pick(0, 0);
    for (int round = 1; regionsLeft > 0; ++round) {
        bool picked = false;
        for (size_t w = 0; w < winning.size() && regionsLeft > 0; ++w)
            picked = pick(w, round) || picked;
        if (!picked)
            break;
    }
    for (const Region &r : regions)
        if (!r.taken)
            out.unassigned.push_back({r.code, r.volume, model::Reason::NoEligibleWinner});

    // Contract values (§7.4): volume × award to 2 decimals in the tender currency, then that
    // rounded value × rate to the buyer currency's minor unit. A product's buyers use a few
    // currencies: look each up once.
    struct CurrencyRate
    {
        QString code; ///< this call's own copy (see the region codes)
        Decimal rate;
        int minorUnits = 0;
        bool looked = false, known = false;
    };
    std::vector<CurrencyRate> rates(static_cast<size_t>(table.currencies.size()));
    auto rateOf = [&](int currency) -> const CurrencyRate * {
        CurrencyRate &r = rates[static_cast<size_t>(currency)];
        if (!r.looked) {
            const QString &code = table.currencies.values()[static_cast<size_t>(currency)];
            const auto rate = fx.rateDecimal(code);
            r = {QString(code.constData(), code.size()), rate.value_or(Decimal()),
                 money::minorUnits(code), true, rate.has_value()};
        }
        return r.known ? &r : nullptr;
    };
    std::vector<std::vector<size_t>> buyersOfBid(winning.size());
    for (size_t i = 0; i < buyers.size(); ++i)
        if (buyers[i].bidPosition >= 0)
            buyersOfBid[static_cast<size_t>(buyers[i].bidPosition)].push_back(i);
    out.allocations.reserve(buyers.size());
    for (size_t w = 0; w < winning.size(); ++w) {
        const BidEntry &e = *winning[w];
        for (size_t i : buyersOfBid[w]) {
            const Buyer &b = buyers[i];
            const CurrencyRate *rate = rateOf(b.demand->currency);
            if (!rate)
                return VolumeError{
                    table.buyers.values()[static_cast<size_t>(b.demand->buyer)],
                    table.currencies.values()[static_cast<size_t>(b.demand->currency)]};
            model::Allocation &a = out.allocations.emplace_back(); // in place: no moves
            a.bidId = e.bid->id;
            a.buyerId = table.buyerIds[static_cast<size_t>(b.demand->buyer)];
            a.region = codeOf(b.demand->region);
            a.volume = b.agreed;
            a.value = (b.agreed * *e.award).rounded(2);
            a.localCurrency = rate->code;
            a.localValue = (a.value * rate->rate).rounded(rate->minorUnits);
            a.preferred = b.preferred;
        }
    }
    return out;
}

} // namespace td::rules
