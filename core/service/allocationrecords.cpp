#include "allocationrecords.h"

#include "rules/stringindex.h"

#include <cstring>
#include <stdexcept>

namespace td::service {

namespace {

using money::Decimal;

constexpr size_t FlushBytes = size_t(1) << 20;
constexpr unsigned char WideDecimal = 0x80;
// The fewest bytes a record takes: four one-byte indices, three two-byte decimals, the flag.
constexpr size_t MinRecordBytes = 4 + 3 * 2 + 1;

// Appends to a buffer handed to the sink a MiB at a time.
class Out
{
public:
    explicit Out(const RecordSink &sink) : m_sink(sink) { m_buffer.reserve(FlushBytes + 256); }

    qint64 written() const { return m_flushed + static_cast<qint64>(m_buffer.size()); }

    void byte(unsigned char b) { m_buffer.push_back(static_cast<char>(b)); }
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            byte(static_cast<unsigned char>(v | 0x80));
            v >>= 7;
        }
        byte(static_cast<unsigned char>(v));
    }
    void fixed64(quint64 v)
    {
        for (int i = 0; i < 8; ++i)
            byte(static_cast<unsigned char>(v >> (8 * i)));
    }
    void bytes(const char *data, size_t size) { m_buffer.append(data, size); }
    void decimal(const Decimal &d)
    {
        const Decimal::Raw raw = d.raw();
        const auto low = static_cast<qint64>(raw.low);
        if (raw.high == static_cast<quint64>(low >> 63)) { // fits 64 bits
            byte(static_cast<unsigned char>(raw.scale));
            varint((static_cast<quint64>(low) << 1) ^ static_cast<quint64>(low >> 63));
        } else {
            byte(static_cast<unsigned char>(raw.scale) | WideDecimal);
            fixed64(raw.low);
            fixed64(raw.high);
        }
    }
    void flushIfFull()
    {
        if (m_buffer.size() >= FlushBytes)
            flush();
    }
    void flush()
    {
        if (m_buffer.empty())
            return;
        m_sink(m_buffer);
        m_flushed += static_cast<qint64>(m_buffer.size());
        m_buffer.clear();
    }

private:
    const RecordSink &m_sink;
    std::string m_buffer;
    qint64 m_flushed = 0;
};

struct Damaged : std::runtime_error
{
    Damaged() : std::runtime_error("damaged allocation records") {}
};

class In
{
public:
    In(const char *begin, const char *end) : m_pos(begin), m_end(end) {}

    size_t left() const { return static_cast<size_t>(m_end - m_pos); }
    bool atEnd() const { return m_pos == m_end; }
    unsigned char byte()
    {
        if (m_pos == m_end)
            throw Damaged();
        return static_cast<unsigned char>(*m_pos++);
    }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const unsigned char b = byte();
            v |= quint64(b & 0x7F) << shift;
            if (!(b & 0x80))
                return v;
        }
        throw Damaged();
    }
    quint64 fixed64()
    {
        quint64 v = 0;
        for (int i = 0; i < 8; ++i)
            v |= quint64(byte()) << (8 * i);
        return v;
    }
    const char *take(size_t size)
    {
        if (size > left())
            throw Damaged();
        const char *at = m_pos;
        m_pos += size;
        return at;
    }
    Decimal decimal()
    {
        const unsigned char head = byte();
        Decimal::Raw raw;
        raw.scale = head & ~WideDecimal;
        if (head & WideDecimal) {
            raw.low = fixed64();
            raw.high = fixed64();
        } else {
            const quint64 zigzag = varint();
            const auto units = static_cast<qint64>((zigzag >> 1) ^ (~(zigzag & 1) + 1));
            raw.low = static_cast<quint64>(units);
            raw.high = static_cast<quint64>(units >> 63);
        }
        const std::optional<Decimal> d = Decimal::fromRaw(raw);
        if (!d)
            throw Damaged();
        return *d;
    }

private:
    const char *m_pos;
    const char *m_end;
};

} // namespace

void writeAllocationRecords(const model::EvaluationResult &result, const RecordSink &sink)
{
    Out out(sink);
    // The rules share one QString per distinct bid, buyer, region and currency, so the index
    // mostly compares pointers (rules/stringindex.h).
    rules::StringIndex texts;
    model::RecurringOrder buyers; // in buyer_id order within each winning bid
    for (const model::ProductResult &p : result.products) {
        out.varint(p.allocations.size());
        for (const model::Allocation &a : p.allocations) {
            out.varint(static_cast<quint64>(texts.indexOf(a.bidId)));
            out.varint(static_cast<quint64>(texts.indexOf(a.buyerId, buyers)));
            out.varint(static_cast<quint64>(texts.indexOf(a.region)));
            out.varint(static_cast<quint64>(texts.indexOf(a.localCurrency)));
            out.decimal(a.volume);
            out.decimal(a.value);
            out.decimal(a.localValue);
            out.byte(a.preferred ? 1 : 0);
            out.flushIfFull();
        }
    }
    const qint64 recordBytes = out.written();
    out.varint(static_cast<quint64>(texts.size()));
    for (const QString &text : texts.values()) {
        const QByteArray utf8 = text.toUtf8();
        out.varint(static_cast<quint64>(utf8.size()));
        out.bytes(utf8.constData(), static_cast<size_t>(utf8.size()));
        out.flushIfFull();
    }
    out.fixed64(static_cast<quint64>(recordBytes));
    out.flush();
}

bool readAllocationRecords(std::string_view bytes, model::EvaluationResult &result)
{
    if (bytes.size() < 8)
        return false;
    const char *begin = bytes.data();
    const char *end = begin + bytes.size();
    try {
        const quint64 recordBytes = In(end - 8, end).fixed64();
        if (recordBytes > bytes.size() - 8)
            return false;
        const char *textsBegin = begin + recordBytes;

        In tableIn(textsBegin, end - 8);
        const quint64 textCount = tableIn.varint();
        if (textCount > tableIn.left()) // every text takes at least its length byte
            return false;
        std::vector<QString> texts;
        texts.reserve(static_cast<size_t>(textCount));
        for (quint64 i = 0; i < textCount; ++i) {
            const quint64 size = tableIn.varint();
            if (size > tableIn.left())
                return false;
            const char *utf8 = tableIn.take(static_cast<size_t>(size));
            texts.push_back(QString::fromUtf8(utf8, static_cast<qsizetype>(size)));
        }
        if (!tableIn.atEnd())
            return false;

        In in(begin, textsBegin);
        const auto text = [&](quint64 index) -> const QString & {
            if (index >= texts.size())
                throw Damaged();
            return texts[static_cast<size_t>(index)];
        };
        for (model::ProductResult &p : result.products) {
            const quint64 count = in.varint();
            if (count > in.left() / MinRecordBytes)
                return false;
            p.allocations.reserve(static_cast<size_t>(count));
            for (quint64 i = 0; i < count; ++i) {
                model::Allocation &a = p.allocations.emplace_back();
                a.bidId = text(in.varint());
                a.buyerId = text(in.varint());
                a.region = text(in.varint());
                a.localCurrency = text(in.varint());
                a.volume = in.decimal();
                a.value = in.decimal();
                a.localValue = in.decimal();
                const unsigned char preferred = in.byte();
                if (preferred > 1)
                    return false;
                a.preferred = preferred == 1;
            }
        }
        return in.atEnd();
    } catch (const Damaged &) {
        return false;
    }
}

} // namespace td::service
