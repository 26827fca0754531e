#pragma once

#include "model/recurringorder.h"

#include <QString>
#include <QStringView>
#include <bit>
#include <cstring>
#include <vector>

namespace td::io {

/// Interns repeated cell values (countries, regions, currencies, buyer ids): identical text
/// shares one QString, and each distinct text gets a small dense id for cheap keys. A million
/// demand rows then hold a handful of string buffers instead of five million.
///
/// Open addressing over a word-at-a-time hash of the UTF-16 text with the hash's upper bits kept
/// in the slot: a lookup is one hash pass, one slot and (on a match) one memcmp. QHash with
/// qHash(QStringView) and an out-of-line compare took a fifth of the demand parse.
class StringPool
{
public:
    StringPool() { rehash(1024); }

    /// The id of `text`, adding it when new. `last` (optional) is a per-column cache of the
    /// previous id: sorted workbooks repeat the same value row after row, and one comparison
    /// is cheaper than a hash lookup.
    int id(QStringView text, int *last = nullptr)
    {
        if (last && *last >= 0 && equal(m_strings[size_t(*last)], text))
            return *last;
        const quint64 h = hash(text);
        const quint32 tag = quint32(h);
        size_t i = size_t(h >> m_shift);
        for (;; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot s = m_slots[i];
            if (s.id < 0)
                break;
            if (s.tag == tag && equal(m_strings[size_t(s.id)], text)) {
                if (last)
                    *last = s.id;
                return s.id;
            }
        }
        const int result = int(m_strings.size());
        m_strings.push_back(text.toString());
        m_slots[i] = {tag, result};
        if (m_strings.size() * 2 > m_slots.size())
            rehash(m_slots.size() * 2);
        if (last)
            *last = result;
        return result;
    }
    /// id() trying first the previous value, then the one that followed it last time
    /// (model::RecurringOrder): a table listing the same 20,000 buyers for every product then
    /// finds each by one comparison with a string read in order.
    int id(QStringView text, model::RecurringOrder &order)
    {
        const int previous = order.last();
        if (previous >= 0 && equal(m_strings[size_t(previous)], text))
            return previous; // the same value again
        const int predicted = order.predicted();
        if (predicted >= 0 && equal(m_strings[size_t(predicted)], text))
            return order.follow(predicted);
        return order.follow(id(text));
    }
    const QString &string(int id) const { return m_strings[size_t(id)]; }
    QString intern(QStringView text) { return string(id(text)); }
    int size() const { return int(m_strings.size()); }

private:
    struct Slot
    {
        quint32 tag = 0;
        int id = -1;
    };

    // Cells are short: words and a tail compared inline beat a call to memcmp.
    static bool equal(const QString &s, QStringView text)
    {
        if (s.size() != text.size())
            return false;
        const char *a = reinterpret_cast<const char *>(s.constData());
        const char *b = reinterpret_cast<const char *>(text.data());
        size_t n = size_t(text.size()) * 2;
        for (; n >= 8; a += 8, b += 8, n -= 8)
            if (load(a, 8) != load(b, 8))
                return false;
        return n == 0 || load(a, n) == load(b, n);
    }
    // Up to 8 bytes of UTF-16 text (n is even) as one integer, without a variable-length
    // memcpy (which compiles to a byte loop and a stalled reload).
    static quint64 load(const char *p, size_t n)
    {
        quint64 w = 0;
        if (n >= 8) {
            std::memcpy(&w, p, 8);
            return w;
        }
        size_t done = 0;
        if (n >= 4) {
            quint32 x;
            std::memcpy(&x, p, 4);
            w = x;
            done = 4;
        }
        if (n - done >= 2) {
            quint16 x;
            std::memcpy(&x, p + done, 2);
            w |= quint64(x) << (done * 8);
        }
        return w;
    }
    // FxHash-style: four UTF-16 units per multiply, then a final mix so both the slot index
    // (upper bits) and the tag (lower bits) depend on every unit.
    static quint64 hash(QStringView text)
    {
        constexpr quint64 K = 0x517CC1B727220A95ULL;
        const char *p = reinterpret_cast<const char *>(text.data());
        size_t n = size_t(text.size()) * 2;
        quint64 h = n;
        for (; n >= 8; p += 8, n -= 8)
            h = (std::rotl(h, 5) ^ load(p, 8)) * K;
        if (n > 0)
            h = (std::rotl(h, 5) ^ load(p, n)) * K;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9ULL;
        return h ^ (h >> 32);
    }
    void rehash(size_t size)
    {
        m_slots.assign(size, Slot());
        m_shift = 64 - std::countr_zero(size);
        for (size_t id = 0; id < m_strings.size(); ++id) {
            const quint64 h = hash(m_strings[id]);
            size_t i = size_t(h >> m_shift);
            while (m_slots[i].id >= 0)
                i = (i + 1) & (size - 1);
            m_slots[i] = {quint32(h), int(id)};
        }
    }

    std::vector<Slot> m_slots;
    std::vector<QString> m_strings;
    int m_shift = 64;
};

} // namespace td::io
