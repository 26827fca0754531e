#pragma once

#include <QHash>
#include <QString>
#include <functional>
#include <unordered_map>
#include <vector>

namespace td::rules {

/// Dense indices 0, 1, 2, … for the few distinct values of a long string column (products,
/// buyers, regions, countries of a million demand rows).
///
/// The readers share one QString per distinct value, so the string's data pointer and length
/// identify a value almost always: a pointer lookup replaces hashing the text, and a value met
/// through another pointer (typed in the UI, say) falls back to its text once. The strings
/// looked up must stay alive and unchanged while the index is in use. One index per thread.
class StringIndex
{
public:
    /// The index of `text`, adding it when new.
    int indexOf(const QString &text)
    {
        const Key key{text.constData(), text.size()};
        if (key == m_lastKey)
            return m_lastIndex;
        auto [it, inserted] = m_byData.try_emplace(key, 0);
        if (inserted) {
            auto byText = m_byText.constFind(text);
            if (byText == m_byText.cend()) {
                byText = m_byText.insert(text, static_cast<int>(m_values.size()));
                // A deep copy: the caller's threads then never share this string's reference
                // count (a QString copy is an atomic increment on a shared cache line).
                m_values.emplace_back(text.constData(), text.size());
            }
            it->second = *byText;
        }
        m_lastKey = key;
        m_lastIndex = it->second;
        return m_lastIndex;
    }

    /// The distinct values in the order first met: values()[indexOf(s)] == s.
    const std::vector<QString> &values() const { return m_values; }
    int size() const { return static_cast<int>(m_values.size()); }

private:
    struct Key
    {
        const QChar *data = nullptr;
        qsizetype size = -1;
        bool operator==(const Key &) const = default;
    };
    struct KeyHash
    {
        size_t operator()(const Key &key) const noexcept
        {
            return std::hash<const void *>{}(key.data) ^ static_cast<size_t>(key.size);
        }
    };
    std::unordered_map<Key, int, KeyHash> m_byData;
    QHash<QString, int> m_byText;
    std::vector<QString> m_values;
    Key m_lastKey;
    int m_lastIndex = -1;
};

} // namespace td::rules
