#include "demandhasher.h"

namespace td::storage {

namespace {

size_t pointerHash(const QChar *data, qsizetype size)
{
    auto bits = reinterpret_cast<quintptr>(data) ^ static_cast<quintptr>(size);
    bits ^= bits >> 29; // allocations are aligned: mix the high bits into the low ones
    return static_cast<size_t>(bits * 0x9E3779B97F4A7C15ULL >> 16);
}

void appendLength(std::string &out, quint32 length)
{
    const char bytes[4] = {char(length & 0xff), char((length >> 8) & 0xff),
                           char((length >> 16) & 0xff), char((length >> 24) & 0xff)};
    out.append(bytes, 4);
}

// The canonical bytes of a text: its UTF-8 length (4 bytes, little-endian), then the UTF-8.
void appendEncoded(std::string &out, const QString &text)
{
    const size_t start = out.size();
    appendLength(out, 0); // patched once the UTF-8 length is known
    appendUtf8(out, text);
    const auto length = static_cast<quint32>(out.size() - start - 4);
    for (int b = 0; b < 4; ++b)
        out[start + size_t(b)] = char((length >> (8 * b)) & 0xff);
}

} // namespace

DemandHasher::DemandHasher(RowHasher &hasher) : m_hasher(hasher), m_slots(1024)
{
    m_bytes.reserve(64 * 1024);
}

std::string_view DemandHasher::encoded(const QString &text, Slot &last)
{
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    if (data != last.data || size != last.size) {
        const size_t mask = m_slots.size() - 1;
        size_t i = pointerHash(data, size) & mask;
        while (m_slots[i].size >= 0 && (m_slots[i].data != data || m_slots[i].size != size))
            i = (i + 1) & mask;
        if (m_slots[i].size < 0) {
            if (m_used >= MaxCached) { // rows that share nothing: encode without caching
                m_scratch.clear();
                appendEncoded(m_scratch, text);
                return m_scratch;
            }
            const size_t start = m_bytes.size();
            appendEncoded(m_bytes, text);
            m_slots[i] = {data, size, static_cast<quint32>(start),
                          static_cast<quint32>(m_bytes.size() - start)};
            last = m_slots[i];
            if (++m_used * 2 > m_slots.size())
                grow();
        } else {
            last = m_slots[i];
        }
    }
    return {m_bytes.data() + last.offset, last.length};
}

void DemandHasher::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.size < 0)
            continue;
        size_t i = pointerHash(s.data, s.size) & mask;
        while (m_slots[i].size >= 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

void DemandHasher::add(const model::Demand &row)
{
    m_hasher.bytes(encoded(row.productId, m_last[0]));
    m_hasher.bytes(encoded(row.buyerId, m_last[1]));
    m_hasher.bytes(encoded(row.country, m_last[2]));
    m_hasher.bytes(encoded(row.region, m_last[3]));
    m_hasher.bytes(encoded(row.currency, m_last[4]));
    m_quantity.clear();
    appendDecimal(m_quantity, row.quantity);
    m_hasher.value(m_quantity);
    if (row.preferredBidder.isEmpty())
        m_hasher.null();
    else
        m_hasher.bytes(encoded(row.preferredBidder, m_last[5]));
    m_hasher.endRow();
}

} // namespace td::storage
