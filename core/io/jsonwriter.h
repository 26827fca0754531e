#pragma once

#include "money/decimal.h"

#include <QByteArray>
#include <QString>
#include <algorithm>
#include <cstring>
#include <functional>
#include <vector>

namespace td::io {

/// A streaming JSON writer: appends to one QByteArray, no document tree. The evaluation
/// result of a national batch has hundreds of thousands of allocations; building a
/// QJsonDocument for it costs seconds and hundreds of MB, streaming costs milliseconds.
/// Keys keep the order they are written in (formats.md §2 order).
class JsonWriter
{
public:
    /// `indented`: one value per line (readable); otherwise compact (stored runs).
    explicit JsonWriter(qsizetype reserve = 0, bool indented = true) : m_indented(indented)
    {
        m_out.resize(std::max<qsizetype>(reserve, 4096));
    }

    void beginObject(const char *key = nullptr) { open(key, '{'); }
    void endObject() { close('}'); }
    void beginArray(const char *key = nullptr) { open(key, '['); }
    void endArray() { close(']'); }

    void value(const char *key, const QString &text);
    /// A decimal as a JSON string in plain notation (formats.md §2), without allocating.
    void decimal(const char *key, const money::Decimal &number);
    void value(const char *key, qint64 number);
    void boolean(const char *key, bool flag);
    void null(const char *key);

    QByteArray take();

    /// For writing one element of an array elsewhere (on another thread): this writer behaves
    /// as if `depth` containers were open and the innermost already had items when
    /// `afterFirst`, so its bytes are exactly what the main writer would have written there.
    void resumeInside(int depth, bool afterFirst);
    /// The fragment written since resumeInside(), without take()'s final newline.
    QByteArray takeFragment();
    /// Appends a fragment from a resumed writer as the next item of the open container.
    void fragment(const QByteArray &bytes);

    /// Streams the output: whenever an object ends with more than `chunkBytes` buffered, the
    /// buffer goes to `sink` and is reused, so a writer never holds the whole document (a
    /// stored run is compressed chunk by chunk). take() then returns only the rest.
    using Sink = std::function<void(const QByteArray &chunk)>;
    void setSink(Sink sink, qsizetype chunkBytes = qsizetype(1) << 20);

private:
    void open(const char *key, char bracket);
    void close(char bracket);
    void prefix(const char *key);
    void appendString(const QString &text);
    /// Room for `bytes` more at the end; returns where they go (the caller adds to m_size).
    char *room(qsizetype bytes)
    {
        if (m_size + bytes > m_out.size())
            grow(bytes);
        return m_out.data() + m_size;
    }
    void grow(qsizetype bytes);
    void put(char c) { *room(1) = c, ++m_size; }
    void put(const char *text, qsizetype size)
    {
        std::memcpy(room(size), text, static_cast<size_t>(size));
        m_size += size;
    }

    // m_out is a raw buffer (its size is the capacity); the text written is its first m_size
    // bytes. Appending through QByteArray's operator+= costs a call and checks per character.
    QByteArray m_out;
    qsizetype m_size = 0;
    Sink m_sink;
    qsizetype m_chunkBytes = 0;
    bool m_indented = true;
    std::vector<char> m_hasItems; ///< per open container: whether it has an item yet (0/1)
};

} // namespace td::io
