#include "ranking.h"

#include <algorithm>
#include <array>

namespace td::rules {

namespace {

using model::TieKey;

/// -1 when a comes first on `key`, 1 when b does, 0 when they are equal on it.
int compareOn(TieKey key, const BidEntry &a, const BidEntry &b)
{
    switch (key) {
    case TieKey::UnitPrice:
        return a.unit < b.unit ? -1 : (b.unit < a.unit ? 1 : 0);
    case TieKey::QualityTier: // higher tier first
        return a.tier > b.tier ? -1 : (b.tier > a.tier ? 1 : 0);
    case TieKey::Capacity: { // larger first; none = largest, two without capacity are equal
        const auto &x = a.bid->capacity;
        const auto &y = b.bid->capacity;
        if (!x && !y)
            return 0;
        if (!x)
            return -1;
        if (!y)
            return 1;
        return *x > *y ? -1 : (*y > *x ? 1 : 0);
    }
    case TieKey::SubmittedAt: // earlier first
        return a.bid->submittedAtMsecs < b.bid->submittedAtMsecs
                   ? -1
                   : (b.bid->submittedAtMsecs < a.bid->submittedAtMsecs ? 1 : 0);
    case TieKey::BidId:
        return model::identifierLess(a.bid->id, b.bid->id)
                   ? -1
                   : (model::identifierLess(b.bid->id, a.bid->id) ? 1 : 0);
    }
    return 0;
}

constexpr std::array tieKeys = {TieKey::UnitPrice, TieKey::QualityTier, TieKey::Capacity,
                                TieKey::SubmittedAt, TieKey::BidId};

int compareScore(const BidEntry &a, const BidEntry &b)
{
    const auto &x = a.score->total;
    const auto &y = b.score->total;
    return x > y ? -1 : (y > x ? 1 : 0);
}

} // namespace

void rankBids(std::vector<BidEntry *> &qualified, bool byScore)
{
    auto before = [byScore](const BidEntry *a, const BidEntry *b) {
        if (byScore) {
            if (const int c = compareScore(*a, *b))
                return c < 0;
        }
        for (TieKey key : tieKeys)
            if (const int c = compareOn(key, *a, *b))
                return c < 0;
        return false;
    };
    std::sort(qualified.begin(), qualified.end(), before);
    for (size_t i = 0; i < qualified.size(); ++i) {
        BidEntry &entry = *qualified[i];
        entry.rank = static_cast<int>(i) + 1;
        entry.tieKey.reset();
        if (i == 0)
            continue;
        const BidEntry &previous = *qualified[i - 1];
        // The primary key (price; meat: score) decided: no tie key.
        if (byScore ? compareScore(previous, entry) != 0
                    : compareOn(TieKey::UnitPrice, previous, entry) != 0)
            continue;
        for (TieKey key : tieKeys) {
            if (!byScore && key == TieKey::UnitPrice)
                continue;
            if (compareOn(key, previous, entry) != 0) {
                entry.tieKey = key;
                entry.explanation.tiedWith = previous.bid->id;
                break;
            }
        }
    }
}

int shortlistSize(model::RuleSet ruleSet, int n)
{
    if (n <= 0)
        return 0;
    static constexpr std::array<int, 16> b9 = {1, 2, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 10, 10, 10, 10};
    static constexpr std::array<int, 16> b10 = {1, 2, 2, 3, 3, 3, 4, 5, 6, 6, 7, 8, 8, 9, 9, 10};
    const size_t index = static_cast<size_t>(std::min(n, 16) - 1);
    switch (ruleSet) {
    case model::RuleSet::VbpB9:
        return b9[index];
    case model::RuleSet::VbpB10:
    case model::RuleSet::VbpB11:
        return b10[index];
    case model::RuleSet::Meat:
        break;
    }
    return n;
}

} // namespace td::rules
