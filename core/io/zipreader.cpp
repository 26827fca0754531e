#include "zipreader.h"

#include <QCoreApplication>
#include <QFile>
#include <unzip.h>

namespace td::io {

// lupdate reads the context from this class; tr() uses the same name at run time.
class ZipReaderText
{
    Q_DECLARE_TR_FUNCTIONS(td::io::ZipReader)
};

namespace {

constexpr int CaseInsensitive = 2; // minizip's iCaseSensitivity: names in .xlsx vary in case

} // namespace

ZipReader::ZipReader(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    m_zip = unzOpen64(name.constData());
}

ZipReader::~ZipReader()
{
    if (m_zip)
        unzClose(static_cast<unzFile>(m_zip));
}

bool ZipReader::contains(const QString &name) const
{
    return m_zip && unzLocateFile(static_cast<unzFile>(m_zip), name.toUtf8().constData(),
                                  CaseInsensitive) == UNZ_OK;
}

qint64 ZipReader::entrySize(const QString &name) const
{
    if (!contains(name))
        return 0;
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(static_cast<unzFile>(m_zip), &info, nullptr, 0, nullptr, 0, nullptr,
                                0) != UNZ_OK)
        return 0;
    return qint64(info.uncompressed_size);
}

std::optional<QByteArray> ZipReader::read(const QString &name, QString *error)
{
    auto *zip = static_cast<unzFile>(m_zip);
    if (!zip || unzLocateFile(zip, name.toUtf8().constData(), CaseInsensitive) != UNZ_OK) {
        *error = ZipReaderText::tr("the workbook has no part %1").arg(name);
        return std::nullopt;
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        unzOpenCurrentFile(zip) != UNZ_OK) {
        *error = ZipReaderText::tr("the workbook is damaged: cannot open its part %1").arg(name);
        return std::nullopt;
    }
    // The size in the directory may lie; the limit is enforced on what is really inflated.
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min<quint64>(info.uncompressed_size, 64u << 20)));
    char buffer[1 << 16];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        if (bytes.size() + n > MaxEntrySize) {
            unzCloseCurrentFile(zip);
            *error = ZipReaderText::tr("the workbook part %1 is larger than 1 GiB uncompressed")
                         .arg(name);
            return std::nullopt;
        }
        bytes.append(buffer, n);
    }
    const int closed = unzCloseCurrentFile(zip);
    if (n < 0 || closed != UNZ_OK) {
        *error = ZipReaderText::tr("the workbook is damaged: its part %1 cannot be decompressed")
                     .arg(name);
        return std::nullopt;
    }
    return bytes;
}

} // namespace td::io
