#pragma once

#include "canonicalrow.h"
#include "model/recurringorder.h"
#include "model/tenderdata.h"

#include <string>
#include <vector>

namespace td::storage {

/// Hashes demand rows into a RowHasher with exactly the bytes of the canonical demand row
/// (product, buyer, country, region, currency, quantity, preferred bidder), faster.
///
/// A demand table repeats a few thousand distinct texts over hundreds of thousands of rows,
/// and the readers share one QString per distinct text. Each text's canonical bytes (length
/// and UTF-8) are encoded once and found again by the string's data pointer and length, so a
/// row costs a few pointer comparisons and copies instead of five UTF-8 conversions. Lookups
/// by hash missed the cache at every row; most are predicted instead: the buyer that followed
/// the previous buyer last time (tables list the same buyers in the same order for every
/// product), and a buyer's country, region and currency as it last had them.
/// Rows that share no texts (built one by one) stop the caching after MaxCached texts.
/// The rows hashed must stay alive and unchanged while the hasher is in use (a pointer then
/// names one text).
class DemandHasher
{
public:
    explicit DemandHasher(RowHasher &hasher);
    void add(const model::Demand &row);

private:
    struct Entry
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        quint32 offset = 0, length = 0; ///< the canonical bytes in m_bytes
    };
    struct BuyerTexts
    {
        int country = -1, region = -1, currency = -1;
    };
    bool matches(int entry, const QString &text) const
    {
        return entry >= 0 && m_entries[size_t(entry)].data == text.constData() &&
               m_entries[size_t(entry)].size == text.size();
    }
    /// The entry of `text`, added when new; -1 once MaxCached texts are cached.
    int find(const QString &text);
    /// Hashes the canonical bytes of `text`, known as `entry` (or -1: encoded now).
    void hashText(int entry, const QString &text);
    void grow();

    static constexpr size_t MaxCached = 1 << 16;

    RowHasher &m_hasher;
    std::string m_bytes;            ///< every entry's canonical bytes, back to back
    std::vector<Entry> m_entries;   ///< in the order first met
    std::vector<int> m_table;       ///< open addressing by data pointer: entry or -1; half full
    model::RecurringOrder m_buyers; ///< the order the buyer entries come in
    std::vector<BuyerTexts> m_buyerTexts; ///< per entry: that buyer's texts last time
    int m_product = -1, m_preferred = -1; ///< the previous row's entries
    std::string m_quantity;
    std::string m_scratch; ///< a text encoded without caching
};

} // namespace td::storage
