#include "jsonwriter.h"

#include <cstdio>

namespace td::io {

void JsonWriter::grow(qsizetype bytes)
{
    m_out.resize(std::max(m_out.size() * 2, m_size + bytes + 4096));
}

void JsonWriter::prefix(const char *key)
{
    // Comma, line break and indent, then "key": written into one reservation (called for
    // every value: a national batch's JSON has millions).
    const size_t keyLength = key ? std::strlen(key) : 0;
    const qsizetype indent = m_indented ? static_cast<qsizetype>(m_hasItems.size() * 2) : 0;
    char *const out = room(2 + indent + static_cast<qsizetype>(keyLength) + 4);
    char *p = out;
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            *p++ = ',';
        m_hasItems.back() = 1;
        if (m_indented) {
            *p++ = '\n';
            std::memset(p, ' ', static_cast<size_t>(indent));
            p += indent;
        }
    }
    if (key) {
        *p++ = '"';
        std::memcpy(p, key, keyLength);
        p += keyLength;
        *p++ = '"';
        *p++ = ':';
        if (m_indented)
            *p++ = ' ';
    }
    m_size += p - out;
}

void JsonWriter::open(const char *key, char bracket)
{
    prefix(key);
    put(bracket);
    m_hasItems.push_back(false);
}

void JsonWriter::close(char bracket)
{
    const bool hadItems = m_hasItems.back();
    m_hasItems.pop_back();
    if (hadItems && m_indented) {
        put('\n');
        const qsizetype indent = static_cast<qsizetype>(m_hasItems.size() * 2);
        std::memset(room(indent), ' ', static_cast<size_t>(indent));
        m_size += indent;
    }
    put(bracket);
    if (m_sink && m_size >= m_chunkBytes) {
        m_sink(QByteArray::fromRawData(m_out.constData(), m_size));
        m_size = 0; // the buffer is reused
    }
}

void JsonWriter::setSink(Sink sink, qsizetype chunkBytes)
{
    m_sink = std::move(sink);
    m_chunkBytes = chunkBytes;
    room(chunkBytes + 4096);
}

void JsonWriter::appendString(const QString &text)
{
    // Identifiers and codes are plain ASCII: copy them straight from UTF-16, no UTF-8 buffer.
    const QChar *chars = text.constData();
    const qsizetype size = text.size();
    char *out = room(size + 2);
    out[0] = '"';
    qsizetype i = 0;
    for (; i < size; ++i) {
        const char16_t c = chars[i].unicode();
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        out[i + 1] = static_cast<char>(c);
    }
    if (i == size) {
        out[size + 1] = '"';
        m_size += size + 2;
        return;
    }
    // Something to escape or encode: the general path.
    put('"');
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            put("\\\"", 2);
            break;
        case '\\':
            put("\\\\", 2);
            break;
        case '\n':
            put("\\n", 2);
            break;
        case '\r':
            put("\\r", 2);
            break;
        case '\t':
            put("\\t", 2);
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                const int length = std::snprintf(escaped, sizeof escaped, "\\u%04x",
                                                 static_cast<unsigned char>(c));
                put(escaped, length);
            } else {
                put(c);
            }
        }
    }
    put('"');
}

void JsonWriter::value(const char *key, const QString &text)
{
    prefix(key);
    appendString(text);
}

void JsonWriter::decimal(const char *key, const money::Decimal &number)
{
    prefix(key);
    char *out = room(money::Decimal::MaxChars + 2);
    out[0] = '"';
    const int length = number.toChars(out + 1);
    out[length + 1] = '"';
    m_size += length + 2;
}

void JsonWriter::value(const char *key, qint64 number)
{
    prefix(key);
    char text[24];
    const int length = std::snprintf(text, sizeof text, "%lld", static_cast<long long>(number));
    put(text, length);
}

void JsonWriter::boolean(const char *key, bool flag)
{
    prefix(key);
    if (flag)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null(const char *key)
{
    prefix(key);
    put("null", 4);
}

void JsonWriter::resumeInside(int depth, bool afterFirst)
{
    m_hasItems.assign(static_cast<size_t>(depth), true);
    if (depth > 0)
        m_hasItems.back() = afterFirst;
}

QByteArray JsonWriter::takeFragment()
{
    m_out.resize(m_size);
    m_size = 0;
    return std::move(m_out);
}

void JsonWriter::fragment(const QByteArray &bytes)
{
    put(bytes.constData(), bytes.size());
    m_hasItems.back() = true;
    if (m_sink && m_size >= m_chunkBytes) {
        m_sink(QByteArray::fromRawData(m_out.constData(), m_size));
        m_size = 0;
    }
}

QByteArray JsonWriter::take()
{
    put('\n');
    m_out.resize(m_size);
    m_size = 0;
    return std::move(m_out);
}

} // namespace td::io
