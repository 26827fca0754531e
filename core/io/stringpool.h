#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <unordered_map>
#include <vector>

namespace td::io {

/// Interns repeated cell values (countries, regions, currencies, buyer ids): identical text
/// shares one QString, and each distinct text gets a small dense id for cheap keys. A million
/// demand rows then hold a handful of string buffers instead of five million.
class StringPool
{
public:
    /// The id of `text`, adding it when new.
    int id(QStringView text)
    {
        const auto it = m_ids.find(text);
        if (it != m_ids.end())
            return it->second;
        const int newId = int(m_strings.size());
        m_strings.push_back(text.toString());
        // The view points into the QString's heap data, which never moves or changes.
        m_ids.emplace(QStringView(m_strings.back()), newId);
        return newId;
    }
    const QString &string(int id) const { return m_strings[size_t(id)]; }
    QString intern(QStringView text) { return string(id(text)); }
    int size() const { return int(m_strings.size()); }

private:
    struct Hash
    {
        size_t operator()(QStringView v) const noexcept
        {
            return qHash(v, QHashSeed::globalSeed());
        }
    };
    std::unordered_map<QStringView, int, Hash> m_ids;
    std::vector<QString> m_strings;
};

} // namespace td::io
