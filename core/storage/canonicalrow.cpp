#include "canonicalrow.h"

#include "sqlitestatement.h"

#include <charconv>
#include <openssl/evp.h>

namespace td::storage {

namespace {

void appendLength(std::string &out, quint32 length)
{
    const char bytes[4] = {char(length & 0xff), char((length >> 8) & 0xff),
                           char((length >> 16) & 0xff), char((length >> 24) & 0xff)};
    out.append(bytes, 4);
}

} // namespace

struct RowHasher::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
};

RowHasher::RowHasher() : m_context(new Context)
{
    EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr);
    m_buffer.reserve(BlockSize + 4096);
}

RowHasher::~RowHasher()
{
    EVP_MD_CTX_free(m_context->md);
    delete m_context;
}

void RowHasher::value(std::string_view utf8)
{
    appendLength(m_buffer, static_cast<quint32>(utf8.size()));
    m_buffer.append(utf8);
}

void RowHasher::null()
{
    appendLength(m_buffer, 0xFFFFFFFFu);
}

void RowHasher::endRow()
{
    m_buffer.push_back('\x1e');
    flushIfFull();
}

void RowHasher::bytes(std::string_view raw)
{
    if (raw.size() < BlockSize) {
        m_buffer.append(raw);
        flushIfFull();
        return;
    }
    EVP_DigestUpdate(m_context->md, m_buffer.data(), m_buffer.size());
    m_buffer.clear();
    EVP_DigestUpdate(m_context->md, raw.data(), raw.size());
}

void RowHasher::flushIfFull()
{
    if (m_buffer.size() >= BlockSize) {
        EVP_DigestUpdate(m_context->md, m_buffer.data(), m_buffer.size());
        m_buffer.clear();
    }
}

QByteArray RowHasher::hex()
{
    EVP_DigestUpdate(m_context->md, m_buffer.data(), m_buffer.size());
    m_buffer.clear();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context->md, digest, &size);
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(size)).toHex();
}

void appendUtf8(std::string &out, const QString &value)
{
    const qsizetype n = value.size();
    const char16_t *p = reinterpret_cast<const char16_t *>(value.constData());
    const size_t start = out.size();
    out.resize(start + static_cast<size_t>(n));
    char *dst = out.data() + start;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 0x80) {
            out.resize(start);
            const QByteArray utf8 = value.toUtf8();
            out.append(utf8.constData(), static_cast<size_t>(utf8.size()));
            return;
        }
        dst[i] = static_cast<char>(p[i]);
    }
}

void appendDecimal(std::string &out, const money::Decimal &value)
{
    char text[money::Decimal::MaxChars];
    out.append(text, static_cast<size_t>(value.toChars(text)));
}

std::optional<money::Decimal> parseStoredDecimal(std::string_view text)
{
    size_t pos = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative)
        pos = 1;
    unsigned long long units = 0;
    int digits = 0, scale = 0, integerDigits = 0;
    bool point = false, fast = true;
    for (; pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c >= '0' && c <= '9') {
            if (++digits > 18) {
                fast = false;
                break;
            }
            units = units * 10 + static_cast<unsigned>(c - '0');
            (point ? scale : integerDigits)++;
        } else if (c == '.' && !point && integerDigits > 0) {
            point = true;
        } else {
            return std::nullopt;
        }
    }
    if (fast) {
        if (integerDigits == 0 || (point && scale == 0))
            return std::nullopt;
        const long long signedUnits =
            negative ? -static_cast<long long>(units) : static_cast<long long>(units);
        return money::Decimal::fromUnits(signedUnits, scale);
    }
    return money::Decimal::parse(
        QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size())), 38,
        money::Decimal::MaxScale);
}

void RowBuilder::clear()
{
    m_text.clear();
    m_fields.clear();
}

void RowBuilder::text(const QString &value)
{
    const size_t start = m_text.size();
    appendUtf8(m_text, value);
    m_fields.push_back({Kind::Text, start, m_text.size() - start, 0});
}

void RowBuilder::optionalText(const QString &value)
{
    if (value.isEmpty())
        m_fields.push_back({Kind::Null});
    else
        text(value);
}

void RowBuilder::decimal(const money::Decimal &value)
{
    const size_t start = m_text.size();
    appendDecimal(m_text, value);
    m_fields.push_back({Kind::Text, start, m_text.size() - start, 0});
}

void RowBuilder::optionalDecimal(const std::optional<money::Decimal> &value)
{
    if (value)
        decimal(*value);
    else
        m_fields.push_back({Kind::Null});
}

void RowBuilder::integer(qint64 value)
{
    const size_t start = m_text.size();
    char digits[24];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    Q_UNUSED(ec);
    m_text.append(digits, static_cast<size_t>(end - digits));
    m_fields.push_back({Kind::Integer, start, m_text.size() - start, value});
}

void RowBuilder::reference(qint64 rowId, const QString &identifier)
{
    const size_t start = m_text.size();
    appendUtf8(m_text, identifier);
    m_fields.push_back({Kind::Reference, start, m_text.size() - start, rowId});
}

void RowBuilder::bindTo(SqliteStatement &statement) const
{
    int index = 1;
    for (const Field &f : m_fields) {
        switch (f.kind) {
        case Kind::Text:
            statement.bindText(index, view(f));
            break;
        case Kind::Null:
            statement.bindNull(index);
            break;
        case Kind::Integer:
        case Kind::Reference:
            statement.bindInt(index, f.integer);
            break;
        }
        ++index;
    }
}

void RowBuilder::hashInto(RowHasher &hasher) const
{
    for (const Field &f : m_fields) {
        if (f.kind == Kind::Null)
            hasher.null();
        else
            hasher.value(view(f));
    }
    hasher.endRow();
}

} // namespace td::storage
