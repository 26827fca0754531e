#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace td::model {

/// The order in which the values of a column recur: workbooks list the same buyers in the same
/// order for every product. For each value's index it remembers the index that followed it
/// last time, so a lookup can try the predicted value first (one comparison with a value read
/// in order) before a hash probe, which misses the cache at every row of a large table.
/// Used by the readers' string pool, the rules' string index and the demand digest.
class RecurringOrder
{
public:
    /// The index of the previous value; -1 before the first or after an unknown one.
    int last() const { return m_last; }
    /// The index that followed the previous value last time; -1 when none is known.
    int predicted() const
    {
        return m_last >= 0 && static_cast<size_t>(m_last) < m_next.size()
                   ? m_next[static_cast<size_t>(m_last)]
                   : -1;
    }
    /// `index` came next (-1: a value without an index): remembered as the previous value's
    /// follower. Returns `index`.
    int follow(int index)
    {
        if (m_last >= 0 && index >= 0) {
            const auto previous = static_cast<size_t>(m_last);
            if (previous >= m_next.size()) [[unlikely]]
                grow(previous);
            m_next[previous] = index;
        }
        return m_last = index;
    }

private:
    void grow(size_t previous) { m_next.resize(std::max(previous + 1, m_next.size() * 2), -1); }

    int m_last = -1;
    std::vector<int> m_next;
};

} // namespace td::model
