#pragma once

#include "model/recurringorder.h"

#include <QHash>
#include <QString>
#include <vector>

namespace td::rules {

/// Dense indices 0, 1, 2, … for the few distinct values of a long string column (products,
/// buyers, regions, countries, currencies of a million demand rows).
///
/// The readers share one QString per distinct value, so the string's data pointer and length
/// identify a value almost always: a lookup in a flat open-addressing table keyed by the pointer
/// replaces hashing the text, and a value met through another pointer (typed in the UI, say)
/// falls back to its text once. The strings looked up must stay alive and unchanged while the
/// index is in use. Not thread-safe: build it on one thread, then only read values().
class StringIndex
{
public:
    StringIndex() : m_slots(64) {}

    /// The index of `text`, adding it when new.
    int indexOf(const QString &text)
    {
        const QChar *data = text.constData();
        const qsizetype size = text.size();
        if (data == m_lastData && size == m_lastSize)
            return m_lastIndex;
        const size_t mask = m_slots.size() - 1;
        for (size_t slot = hash(data, size) & mask;; slot = (slot + 1) & mask) {
            Slot &s = m_slots[slot];
            if (s.index < 0) { // free: first time this pointer is seen
                s = {data, size, byText(text)};
                if (++m_used * 2 > m_slots.size())
                    rehash();
                return remember(data, size, valueIndexOf(data, size));
            }
            if (s.data == data && s.size == size)
                return remember(data, size, s.index);
        }
    }

    /// indexOf() trying first the value that followed the previous one last time
    /// (model::RecurringOrder), by its pointer: 400,000 demand rows or allocations then find
    /// their buyer by one comparison with an array read in order.
    int indexOf(const QString &text, model::RecurringOrder &order)
    {
        const int predicted = order.predicted();
        if (predicted >= 0 && m_pointers[size_t(predicted)].data == text.constData() &&
            m_pointers[size_t(predicted)].size == text.size())
            return order.follow(predicted);
        return order.follow(indexOf(text));
    }

    /// The distinct values in the order first met: values()[indexOf(s)] == s. Each is a deep
    /// copy, so threads copying them never share a reference count with the input rows.
    const std::vector<QString> &values() const { return m_values; }
    int size() const { return static_cast<int>(m_values.size()); }

private:
    struct Slot
    {
        const QChar *data = nullptr;
        qsizetype size = 0;
        int index = -1;
    };

    static size_t hash(const QChar *data, qsizetype size)
    {
        auto bits = reinterpret_cast<quintptr>(data) ^ static_cast<quintptr>(size);
        bits ^= bits >> 29; // allocations are aligned: mix the high bits into the low ones
        return static_cast<size_t>(bits * 0x9E3779B97F4A7C15ULL >> 16);
    }

    int byText(const QString &text)
    {
        auto it = m_byText.constFind(text);
        if (it == m_byText.cend()) {
            it = m_byText.insert(text, static_cast<int>(m_values.size()));
            m_values.emplace_back(text.constData(), text.size());
        }
        return *it;
    }

    int valueIndexOf(const QChar *data, qsizetype size) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t slot = hash(data, size) & mask;; slot = (slot + 1) & mask)
            if (m_slots[slot].data == data && m_slots[slot].size == size)
                return m_slots[slot].index;
    }

    void rehash()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &s : old) {
            if (s.index < 0)
                continue;
            size_t slot = hash(s.data, s.size) & mask;
            while (m_slots[slot].index >= 0)
                slot = (slot + 1) & mask;
            m_slots[slot] = s;
        }
    }

    int remember(const QChar *data, qsizetype size, int index)
    {
        if (size_t(index) >= m_pointers.size())
            m_pointers.resize(m_values.size());
        m_pointers[size_t(index)] = {data, size};
        m_lastData = data;
        m_lastSize = size;
        m_lastIndex = index;
        return index;
    }

    std::vector<Slot> m_slots; ///< power-of-two size, at most half full
    size_t m_used = 0;
    QHash<QString, int> m_byText;
    std::vector<QString> m_values;
    struct Pointer
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
    };
    std::vector<Pointer> m_pointers; ///< per index: the pointer it was last found by
    const QChar *m_lastData = nullptr;
    qsizetype m_lastSize = -1;
    int m_lastIndex = -1;
};

} // namespace td::rules
