#pragma once

#include "money/decimal.h"

#include <QString>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace td::io {

/// A pull reader over JSON text for documents whose shape the caller knows (stored runs): no
/// document tree, values read straight into the model. A stored run of a national batch is
/// some 50 MB of JSON; QJsonDocument plus per-field conversions took most of a second to read
/// it back (opening a dossier, comparing runs, reprinting a report).
///
/// Any malformed input throws JsonCursor::Error; callers turn that into "not a stored run".
class JsonCursor
{
public:
    struct Error : std::runtime_error
    {
        using std::runtime_error::runtime_error;
    };

    JsonCursor(const char *begin, const char *end) : m_p(begin), m_end(end) {}

    /// Calls `member(key)` for each member of the object at the cursor; `member` must read (or
    /// skip) the value. Keys are the raw bytes between the quotes (ours are plain ASCII).
    template <typename Member> void object(Member member)
    {
        expect('{');
        if (consume('}'))
            return;
        do {
            const std::string_view key = rawString();
            expect(':');
            member(key);
        } while (consume(','));
        expect('}');
    }

    /// Calls `element()` for each element of the array at the cursor.
    template <typename Element> void array(Element element)
    {
        expect('[');
        if (consume(']'))
            return;
        do
            element();
        while (consume(','));
        expect(']');
    }

    bool isNull();    ///< consumes a `null`
    QString string(); ///< a string (null → a null QString)
    /// A string, reusing `last` when the bytes are the same as the previous call with it (ids
    /// and codes repeat row after row: one QString shared instead of one per row).
    QString string(std::string_view *lastBytes, QString *last);
    std::optional<money::Decimal> decimal(); ///< a decimal string or null
    qint64 integer();                        ///< a number without fraction (null → 0)
    bool isIntegerNext();                    ///< whether a number is next
    bool boolean();                          ///< true/false (null → false)
    void skip();                             ///< any value
    bool atEnd();                            ///< only whitespace left

private:
    void whitespace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool consume(char c)
    {
        whitespace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void expect(char c);
    bool literal(std::string_view word);
    std::string_view rawString(bool *escaped = nullptr);
    static QString decode(std::string_view raw, bool escaped);

    const char *m_p;
    const char *m_end;
};

} // namespace td::io
