#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace td::io {

/// Reads entries of a zip archive (an .xlsx) through minizip's unzip API. Each entry is read
/// whole with a size limit, so a zip bomb or a damaged archive gives an error, never a crash
/// or an exhausted memory. Not copyable; the archive stays open while the reader lives.
class ZipReader
{
public:
    /// Largest uncompressed entry read (a million-row sheet is about 100 MB of XML).
    static constexpr qint64 MaxEntrySize = qint64(1) << 30;

    explicit ZipReader(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const QString &name) const;
    /// The entry's bytes; std::nullopt with `*error` set when it is missing or cannot be read.
    std::optional<QByteArray> read(const QString &name, QString *error);
    /// Uncompressed size of an entry, 0 when missing.
    qint64 entrySize(const QString &name) const;

private:
    void *m_zip = nullptr;
};

} // namespace td::io
