#include "jsonwriter.h"

namespace td::io {

void JsonWriter::prefix(const char *key)
{
    if (!m_hasItems.empty()) {
        if (m_hasItems.back())
            m_out += ',';
        m_hasItems.back() = true;
        if (m_indented) {
            m_out += '\n';
            m_out.append(static_cast<qsizetype>(m_hasItems.size() * 2), ' ');
        }
    }
    if (key) {
        m_out += '"';
        m_out += key;
        m_out += m_indented ? "\": " : "\":";
    }
}

void JsonWriter::open(const char *key, char bracket)
{
    prefix(key);
    m_out += bracket;
    m_hasItems.push_back(false);
}

void JsonWriter::close(char bracket)
{
    const bool hadItems = m_hasItems.back();
    m_hasItems.pop_back();
    if (hadItems && m_indented) {
        m_out += '\n';
        m_out.append(static_cast<qsizetype>(m_hasItems.size() * 2), ' ');
    }
    m_out += bracket;
    if (m_sink && m_out.size() >= m_chunkBytes) {
        m_sink(m_out);
        m_out.resize(0); // keeps the capacity
    }
}

void JsonWriter::setSink(Sink sink, qsizetype chunkBytes)
{
    m_sink = std::move(sink);
    m_chunkBytes = chunkBytes;
    m_out.reserve(chunkBytes + 4096);
}

void JsonWriter::appendString(const QString &text)
{
    m_out += '"';
    // Identifiers and codes are plain ASCII: copy them straight from UTF-16, no UTF-8 buffer.
    const QChar *chars = text.constData();
    const qsizetype size = text.size();
    bool plain = true;
    for (qsizetype i = 0; i < size && plain; ++i) {
        const char16_t c = chars[i].unicode();
        plain = c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\';
    }
    if (plain) {
        const qsizetype start = m_out.size();
        m_out.resize(start + size);
        char *out = m_out.data() + start;
        for (qsizetype i = 0; i < size; ++i)
            out[i] = static_cast<char>(chars[i].unicode());
        m_out += '"';
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
                m_out += escaped;
            } else {
                m_out += c;
            }
        }
    }
    m_out += '"';
}

void JsonWriter::value(const char *key, const QString &text)
{
    prefix(key);
    appendString(text);
}

void JsonWriter::ascii(const char *key, const QByteArray &text)
{
    prefix(key);
    m_out += '"';
    m_out += text;
    m_out += '"';
}

void JsonWriter::decimal(const char *key, const money::Decimal &number)
{
    prefix(key);
    char text[money::Decimal::MaxChars + 2];
    text[0] = '"';
    const int length = number.toChars(text + 1);
    text[length + 1] = '"';
    m_out.append(text, length + 2);
}

void JsonWriter::value(const char *key, qint64 number)
{
    prefix(key);
    m_out += QByteArray::number(number);
}

void JsonWriter::boolean(const char *key, bool flag)
{
    prefix(key);
    m_out += flag ? "true" : "false";
}

void JsonWriter::null(const char *key)
{
    prefix(key);
    m_out += "null";
}

QByteArray JsonWriter::take()
{
    m_out += '\n';
    return std::move(m_out);
}

} // namespace td::io
