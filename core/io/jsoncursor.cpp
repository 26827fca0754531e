#include "jsoncursor.h"

#include <QByteArray>

namespace td::io {

void JsonCursor::expect(char c)
{
    if (!consume(c))
        throw Error(std::string("JSON: expected '") + c + "'");
}

bool JsonCursor::literal(std::string_view word)
{
    whitespace();
    if (static_cast<size_t>(m_end - m_p) >= word.size() &&
        std::string_view(m_p, word.size()) == word) {
        m_p += word.size();
        return true;
    }
    return false;
}

std::string_view JsonCursor::rawString(bool *escaped)
{
    expect('"');
    const char *start = m_p;
    bool sawEscape = false;
    while (m_p < m_end && *m_p != '"') {
        if (*m_p == '\\') {
            sawEscape = true;
            ++m_p; // the escaped character cannot end the string
        }
        ++m_p;
    }
    if (m_p >= m_end)
        throw Error("JSON: unterminated string");
    const std::string_view raw(start, static_cast<size_t>(m_p - start));
    ++m_p;
    if (escaped)
        *escaped = sawEscape;
    return raw;
}

QString JsonCursor::decode(std::string_view raw, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
    QString out;
    out.reserve(static_cast<qsizetype>(raw.size()));
    QByteArray pending; // UTF-8 bytes not yet decoded
    auto flush = [&] {
        out += QString::fromUtf8(pending);
        pending.clear();
    };
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            pending += c;
            continue;
        }
        if (++i >= raw.size())
            throw Error("JSON: bad escape");
        switch (raw[i]) {
        case '"':
            pending += '"';
            break;
        case '\\':
            pending += '\\';
            break;
        case '/':
            pending += '/';
            break;
        case 'b':
            pending += '\b';
            break;
        case 'f':
            pending += '\f';
            break;
        case 'n':
            pending += '\n';
            break;
        case 'r':
            pending += '\r';
            break;
        case 't':
            pending += '\t';
            break;
        case 'u': {
            if (i + 4 >= raw.size())
                throw Error("JSON: bad \\u escape");
            bool ok = false;
            const char16_t unit =
                static_cast<char16_t>(QByteArray(raw.data() + i + 1, 4).toUShort(&ok, 16));
            if (!ok)
                throw Error("JSON: bad \\u escape");
            flush();
            out += QChar(unit); // surrogate pairs arrive as two escapes, joined here
            i += 4;
            break;
        }
        default:
            throw Error("JSON: bad escape");
        }
    }
    flush();
    return out;
}

bool JsonCursor::isNull()
{
    return literal("null");
}

QString JsonCursor::string()
{
    if (isNull())
        return {};
    bool escaped = false;
    const std::string_view raw = rawString(&escaped);
    return decode(raw, escaped);
}

QString JsonCursor::string(std::string_view *lastBytes, QString *last)
{
    if (isNull())
        return {};
    bool escaped = false;
    const std::string_view raw = rawString(&escaped);
    if (!escaped && !last->isNull() && raw == *lastBytes)
        return *last;
    *last = decode(raw, escaped);
    *lastBytes = escaped ? std::string_view() : raw;
    return *last;
}

std::optional<money::Decimal> JsonCursor::decimal()
{
    if (isNull())
        return std::nullopt;
    const std::string_view raw = rawString();
    // Decimals are written in plain ASCII notation; read them without a QString.
    QChar text[money::Decimal::MaxChars];
    if (raw.size() > static_cast<size_t>(money::Decimal::MaxChars))
        throw Error("JSON: decimal too long");
    for (size_t i = 0; i < raw.size(); ++i)
        text[i] = QChar(static_cast<char16_t>(static_cast<unsigned char>(raw[i])));
    const auto value =
        money::Decimal::parse(QStringView(text, static_cast<qsizetype>(raw.size())), 38, 30);
    if (!value)
        throw Error("JSON: bad decimal");
    return value;
}

bool JsonCursor::isIntegerNext()
{
    whitespace();
    return m_p < m_end && (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'));
}

qint64 JsonCursor::integer()
{
    if (isNull())
        return 0;
    whitespace();
    bool negative = false;
    if (m_p < m_end && *m_p == '-') {
        negative = true;
        ++m_p;
    }
    if (m_p >= m_end || *m_p < '0' || *m_p > '9')
        throw Error("JSON: expected a number");
    qint64 value = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        if (__builtin_mul_overflow(value, 10, &value) ||
            __builtin_add_overflow(value, *m_p - '0', &value))
            throw Error("JSON: number too large");
        ++m_p;
    }
    if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
        throw Error("JSON: expected an integer");
    return negative ? -value : value;
}

bool JsonCursor::boolean()
{
    if (literal("true"))
        return true;
    if (literal("false") || literal("null"))
        return false;
    throw Error("JSON: expected true or false");
}

void JsonCursor::skip()
{
    whitespace();
    if (m_p >= m_end)
        throw Error("JSON: value expected");
    switch (*m_p) {
    case '{':
        object([this](std::string_view) { skip(); });
        return;
    case '[':
        array([this] { skip(); });
        return;
    case '"':
        rawString();
        return;
    default:
        if (literal("true") || literal("false") || literal("null"))
            return;
        // A number: sign, digits, fraction, exponent.
        const char *start = m_p;
        while (m_p < m_end &&
               (std::string_view("+-0123456789.eE").find(*m_p) != std::string_view::npos))
            ++m_p;
        if (m_p == start)
            throw Error("JSON: value expected");
    }
}

bool JsonCursor::atEnd()
{
    whitespace();
    return m_p == m_end;
}

} // namespace td::io
