#include "demandhasher.h"

namespace td::storage {

namespace {

size_t pointerHash(const QChar *data, qsizetype size)
{
    auto bits = reinterpret_cast<quintptr>(data) ^ static_cast<quintptr>(size);
    bits ^= bits >> 29; // allocations are aligned: mix the high bits into the low ones
    return static_cast<size_t>(bits * 0x9E3779B97F4A7C15ULL >> 16);
}

// The canonical bytes of a text: its UTF-8 length (4 bytes, little-endian), then the UTF-8.
void appendEncoded(std::string &out, const QString &text)
{
    const size_t start = out.size();
    out.append(4, '\0'); // the length, patched once the UTF-8 is written
    appendUtf8(out, text);
    const auto length = static_cast<quint32>(out.size() - start - 4);
    for (int b = 0; b < 4; ++b)
        out[start + size_t(b)] = char((length >> (8 * b)) & 0xff);
}

} // namespace

DemandHasher::DemandHasher(RowHasher &hasher) : m_hasher(hasher), m_table(1024, -1)
{
    m_bytes.reserve(64 * 1024);
}

int DemandHasher::find(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    const size_t mask = m_table.size() - 1;
    size_t i = pointerHash(data, size) & mask;
    for (; m_table[i] >= 0; i = (i + 1) & mask)
        if (matches(m_table[i], text))
            return m_table[i];
    if (m_entries.size() >= MaxCached) // rows that share nothing: encode without caching
        return -1;
    const size_t start = m_bytes.size();
    appendEncoded(m_bytes, text);
    m_entries.push_back(
        {data, size, static_cast<quint32>(start), static_cast<quint32>(m_bytes.size() - start)});
    const int entry = static_cast<int>(m_entries.size() - 1);
    m_table[i] = entry;
    if (m_entries.size() * 2 > m_table.size())
        grow();
    return entry;
}

void DemandHasher::grow()
{
    std::vector<int> table(m_table.size() * 2, -1);
    const size_t mask = table.size() - 1;
    for (size_t e = 0; e < m_entries.size(); ++e) {
        size_t i = pointerHash(m_entries[e].data, m_entries[e].size) & mask;
        while (table[i] >= 0)
            i = (i + 1) & mask;
        table[i] = static_cast<int>(e);
    }
    m_table.swap(table);
}

void DemandHasher::hashText(int entry, const QString &text)
{
    if (entry >= 0) {
        const Entry &e = m_entries[size_t(entry)];
        m_hasher.bytes({m_bytes.data() + e.offset, e.length});
        return;
    }
    m_scratch.clear();
    appendEncoded(m_scratch, text);
    m_hasher.bytes(m_scratch);
}

void DemandHasher::add(const model::Demand &row)
{
    if (!matches(m_product, row.productId))
        m_product = find(row.productId);
    hashText(m_product, row.productId);

    const int predicted = m_buyers.predicted();
    const int buyer =
        m_buyers.follow(matches(predicted, row.buyerId) ? predicted : find(row.buyerId));
    hashText(buyer, row.buyerId);

    BuyerTexts scratch;
    if (buyer >= 0 && size_t(buyer) >= m_buyerTexts.size())
        m_buyerTexts.resize(m_entries.size());
    BuyerTexts &texts = buyer >= 0 ? m_buyerTexts[size_t(buyer)] : scratch;
    for (auto [entry, text] :
         {std::pair{&texts.country, &row.country}, std::pair{&texts.region, &row.region},
          std::pair{&texts.currency, &row.currency}}) {
        if (!matches(*entry, *text))
            *entry = find(*text);
        hashText(*entry, *text);
    }

    m_quantity.clear();
    appendDecimal(m_quantity, row.quantity);
    m_hasher.value(m_quantity);
    if (row.preferredBidder.isEmpty()) {
        m_hasher.null();
    } else {
        if (!matches(m_preferred, row.preferredBidder))
            m_preferred = find(row.preferredBidder);
        hashText(m_preferred, row.preferredBidder);
    }
    m_hasher.endRow();
}

} // namespace td::storage
