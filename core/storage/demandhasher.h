#pragma once

#include "canonicalrow.h"
#include "model/tenderdata.h"

#include <string>
#include <vector>

namespace td::storage {

/// Hashes demand rows into a RowHasher with exactly the bytes of encode(RowBuilder &, Demand)
/// (product, buyer, country, region, currency, quantity, preferred bidder), faster.
///
/// A demand table repeats a few thousand distinct texts over hundreds of thousands of rows,
/// and the readers share one QString per distinct text. Each text's canonical bytes (length
/// and UTF-8) are encoded once and found again by the string's data pointer and length, so a
/// row costs a few lookups and copies instead of five UTF-8 conversions through a RowBuilder.
/// Rows that share no texts (built one by one) stop the caching after MaxCached texts.
/// The rows hashed must stay alive and unchanged while the hasher is in use (a pointer then
/// names one text).
class DemandHasher
{
public:
    explicit DemandHasher(RowHasher &hasher);
    void add(const model::Demand &row);

private:
    struct Slot
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
        quint32 offset = 0, length = 0;
    };
    /// The canonical bytes of `text` (4-byte length, UTF-8), from the cache or encoded now.
    std::string_view encoded(const QString &text, Slot &last);
    void grow();

    static constexpr size_t MaxCached = 1 << 16;

    RowHasher &m_hasher;
    std::string m_bytes;       ///< every cached text's canonical bytes, back to back
    std::vector<Slot> m_slots; ///< open addressing by data pointer; power of two, half full
    size_t m_used = 0;
    Slot m_last[6]; ///< the previous row's slot per text column
    std::string m_quantity;
    std::string m_scratch; ///< a text encoded without caching
};

} // namespace td::storage
