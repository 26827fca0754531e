#pragma once

#include "money/decimal.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace td::storage {

class SqliteStatement;

/// SHA-256 over rows in the canonical encoding every table digest uses (internal to storage).
///
/// Each value is its stored text as UTF-8 (integers in decimal) behind a 4-byte little-endian
/// length, NULL is the length 0xFFFFFFFF, and a row ends with one 0x1E byte. The same bytes come
/// out whether a row is encoded from the model while it is written or read back from SQLite, so
/// a digest computed at import can be recomputed later to find rows changed behind our back.
/// Bytes are staged in a buffer and hashed in large blocks through OpenSSL's SHA-256, which uses
/// the CPU's SHA instructions: about ten times QCryptographicHash's speed in Qt 6.4, and a
/// million-row import hashes some 60 MB.
class RowHasher
{
public:
    RowHasher();
    ~RowHasher();
    RowHasher(const RowHasher &) = delete;
    RowHasher &operator=(const RowHasher &) = delete;
    void value(std::string_view utf8);
    void null();
    void endRow();
    /// Hashes `raw` as it is, outside the row encoding (run digests: SHA-256 of plain bytes).
    void bytes(std::string_view raw);
    /// Lower-case hex of the digest; the hasher is finished afterwards.
    QByteArray hex();

private:
    static constexpr size_t BlockSize = 1 << 16;
    void flushIfFull();
    struct Context;
    Context *m_context;
    std::string m_buffer;
};

/// One row being written: the text (or integer) bound to each parameter and the canonical value
/// hashed for it. A reference to a product or bidder binds the integer row id but hashes the
/// identifier text, so digests do not depend on internal ids.
class RowBuilder
{
public:
    RowBuilder() { m_text.reserve(1024); }
    void clear();
    void text(const QString &value);
    void optionalText(const QString &value); ///< empty → NULL
    void decimal(const money::Decimal &value);
    void optionalDecimal(const std::optional<money::Decimal> &value);
    void integer(qint64 value);
    void reference(qint64 rowId, const QString &identifier);
    void bindTo(SqliteStatement &statement) const;
    void hashInto(RowHasher &hasher) const;

private:
    enum class Kind { Text, Null, Integer, Reference };
    struct Field
    {
        Kind kind;
        size_t offset = 0, size = 0;
        qint64 integer = 0;
    };
    std::string_view view(const Field &f) const { return {m_text.data() + f.offset, f.size}; }
    std::string m_text; // every field's UTF-8 bytes, back to back
    std::vector<Field> m_fields;
};

/// Appends `value` as UTF-8 (a plain loop for ASCII, which nearly every cell is).
void appendUtf8(std::string &out, const QString &value);
/// Appends Decimal::toString() of `value` without the QString round trip (Decimal::toChars).
void appendDecimal(std::string &out, const money::Decimal &value);
/// Reads back what appendDecimal wrote (Decimal::parse with the widest limits), fast for the
/// common case of at most 18 digits.
std::optional<money::Decimal> parseStoredDecimal(std::string_view text);

} // namespace td::storage
