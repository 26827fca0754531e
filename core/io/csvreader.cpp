#include "csvreader.h"

#include <QCoreApplication>
#include <algorithm>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace td::io {

// lupdate reads the context from this class; tr() uses the same name at run time.
class CsvReaderText
{
    Q_DECLARE_TR_FUNCTIONS(td::io::CsvReader)
};

namespace {

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

} // namespace

CsvReader::CsvReader(QByteArrayView data) : m_data(data)
{
    const auto *d = reinterpret_cast<const unsigned char *>(m_data.data());
    const qsizetype n = m_data.size();
    if (n >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF) {
        m_pos = 3;
    } else if (n >= 2 && ((d[0] == 0xFF && d[1] == 0xFE) || (d[0] == 0xFE && d[1] == 0xFF))) {
        fail(1,
             CsvReaderText::tr("the file is saved as UTF-16 (Unicode text); save it as CSV UTF-8"));
    } else if (n >= 2 && (d[0] == 0 || d[1] == 0)) {
        // Text starting with a NUL byte is UTF-16 without a byte-order mark ("Unicode text").
        fail(1,
             CsvReaderText::tr("the file looks like UTF-16 (Unicode text); save it as CSV UTF-8"));
    }
    m_buffer.resize(4096);
}

bool CsvReader::fail(int row, QString message)
{
    if (!m_error)
        m_error = SourceError{row, std::move(message)};
    m_pos = m_data.size();
    return false;
}

bool CsvReader::appendUtf8(const char *begin, const char *end, int row)
{
    const qsizetype needed =
        m_used + (end - begin) + 1; // UTF-16 never needs more units than UTF-8 bytes
    if (qsizetype(m_buffer.size()) < needed)
        m_buffer.resize(std::max<qsizetype>(needed, qsizetype(m_buffer.size()) * 2));
    char16_t *out = m_buffer.data() + m_used;
    const auto *p = reinterpret_cast<const unsigned char *>(begin);
    const auto *e = reinterpret_cast<const unsigned char *>(end);
    while (p < e) {
        const unsigned char c = *p;
        if (c < 0x80) {
            if (c == 0)
                return fail(row, CsvReaderText::tr(
                                     "the file holds NUL bytes: it is not a text file (or it is "
                                     "UTF-16); save it as CSV UTF-8"));
            *out++ = c;
            ++p;
            continue;
        }
        // Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
        char32_t cp = 0;
        int extra = 0;
        bool ok = true;
        if (c >= 0xC2 && c <= 0xDF) {
            cp = c & 0x1F;
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            cp = c & 0x0F;
            extra = 2;
            if (e - p > 1 && ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0)))
                ok = false;
        } else if (c >= 0xF0 && c <= 0xF4) {
            cp = c & 0x07;
            extra = 3;
            if (e - p > 1 && ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90)))
                ok = false;
        } else {
            ok = false;
        }
        if (ok && e - p <= extra)
            ok = false;
        for (int i = 1; ok && i <= extra; ++i) {
            if (!isContinuation(p[i]))
                ok = false;
            else
                cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (!ok)
            return fail(row, CsvReaderText::tr(
                                 "this row holds bytes that are not UTF-8 (the file is probably "
                                 "saved as GBK, Latin-1 or another legacy encoding); save it as "
                                 "CSV UTF-8"));
        if (cp >= 0x10000) {
            cp -= 0x10000;
            *out++ = char16_t(0xD800 + (cp >> 10));
            *out++ = char16_t(0xDC00 + (cp & 0x3FF));
        } else {
            *out++ = char16_t(cp);
        }
        p += extra + 1;
    }
    m_used = out - m_buffer.data();
    return true;
}

// Copies the bytes of an unquoted cell up to its end (',', CR, LF) or to the first byte that
// needs appendUtf8's care (non-ASCII, NUL), and returns where it stopped. Cells are nearly
// always plain ASCII: sixteen bytes are checked and widened to UTF-16 at once (the byte loops
// that scanned and then converted each cell were a fifth of reading demand.csv).
const char *CsvReader::appendPlainAscii(const char *p, const char *end)
{
    const auto reserve = [this](qsizetype more) {
        if (qsizetype(m_buffer.size()) < m_used + more)
            m_buffer.resize(size_t(std::max(m_used + more, qsizetype(m_buffer.size()) * 2)));
    };
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    const __m128i zero = _mm_setzero_si128();
    while (end - p >= 16) {
        reserve(16);
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i special =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, comma), _mm_cmpeq_epi8(bytes, lf)),
                         _mm_or_si128(_mm_cmpeq_epi8(bytes, cr), _mm_cmpeq_epi8(bytes, zero)));
        // The byte mask of `bytes` itself is their high bits: the non-ASCII bytes.
        const auto stop = unsigned(_mm_movemask_epi8(special) | _mm_movemask_epi8(bytes));
        auto *out = reinterpret_cast<__m128i *>(m_buffer.data() + m_used);
        _mm_storeu_si128(out, _mm_unpacklo_epi8(bytes, zero));
        _mm_storeu_si128(out + 1, _mm_unpackhi_epi8(bytes, zero));
        if (stop != 0) {
            const int plain = std::countr_zero(stop);
            m_used += plain;
            return p + plain;
        }
        m_used += 16;
        p += 16;
    }
#endif
    reserve(end - p);
    char16_t *out = m_buffer.data() + m_used;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c == ',' || c == '\n' || c == '\r' || c == 0 || c >= 0x80)
            break;
        *out++ = c;
    }
    m_used = out - m_buffer.data();
    return p;
}

bool CsvReader::readRecord(RawRow &row, bool &blank)
{
    const char *const base = m_data.data();
    const char *const end = base + m_data.size();
    const char *p = base + m_pos;
    const int number = ++m_row;
    m_used = 0;
    m_spans.clear();
    blank = true;
    for (;;) {
        const qsizetype start = m_used;
        if (p < end && *p == '"') {
            ++p;
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!quote)
                    return fail(number, CsvReaderText::tr(
                                            "a quoted cell starts in this row but its closing "
                                            "quote is missing"));
                if (!appendUtf8(p, quote, number))
                    return false;
                p = quote + 1;
                if (p < end && *p == '"') {
                    m_buffer[size_t(m_used++)] = u'"';
                    ++p;
                    continue;
                }
                break;
            }
            if (p < end && *p != ',' && *p != '\n' && *p != '\r')
                return fail(number, CsvReaderText::tr(
                                        "text follows the closing quote of a quoted cell (a quote "
                                        "inside a quoted cell must be doubled: \"\")"));
        } else {
            p = appendPlainAscii(p, end);
            if (p < end && *p != ',' && *p != '\n' && *p != '\r') { // non-ASCII or NUL: decode
                const char *rest = p;
                while (p < end && *p != ',' && *p != '\n' && *p != '\r')
                    ++p;
                if (!appendUtf8(rest, p, number))
                    return false;
            }
        }
        const qsizetype length = m_used - start;
        if (length)
            blank = false;
        m_spans.emplace_back(start, length);
        if (p == end)
            break;
        if (*p == ',') {
            ++p;
            continue;
        }
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            ++p;
        ++p;
        break;
    }
    m_pos = p - base;
    row.number = number;
    row.cells.clear();
    for (const auto &[start, length] : m_spans)
        row.cells.emplace_back(m_buffer.data() + start, length);
    return true;
}

bool CsvReader::next(RawRow &row)
{
    while (!m_error && m_pos < m_data.size()) {
        bool blank = false;
        if (!readRecord(row, blank))
            return false;
        if (!blank)
            return true;
    }
    return false;
}

} // namespace td::io
