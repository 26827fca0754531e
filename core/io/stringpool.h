#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <vector>

namespace td::io {

/// Interns repeated cell values (countries, regions, currencies, buyer ids): identical text
/// shares one QString, and each distinct text gets a small dense id for cheap keys. A million
/// demand rows then hold a handful of string buffers instead of five million.
class StringPool
{
public:
    /// The id of `text`, adding it when new. `last` (optional) is a per-column cache of the
    /// previous id: sorted workbooks repeat the same value row after row, and one comparison
    /// is cheaper than a hash lookup.
    int id(QStringView text, int *last = nullptr)
    {
        if (last && *last >= 0 && QStringView(m_strings[size_t(*last)]) == text)
            return *last;
        int result = m_ids.value(text, -1);
        if (result < 0) {
            result = int(m_strings.size());
            m_strings.push_back(text.toString());
            // The key views the QString's heap data, which never moves or changes.
            m_ids.insert(QStringView(m_strings.back()), result);
        }
        if (last)
            *last = result;
        return result;
    }
    const QString &string(int id) const { return m_strings[size_t(id)]; }
    QString intern(QStringView text) { return string(id(text)); }
    int size() const { return int(m_strings.size()); }

private:
    QHash<QStringView, int> m_ids;
    std::vector<QString> m_strings;
};

} // namespace td::io
