#include "csvfoldersource.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QDir>

namespace td::io {

namespace {

// A source that only reports why its file could not be read.
class FailedSource final : public RowSource
{
public:
    explicit FailedSource(QString message) : m_error{0, std::move(message)} {}
    bool next(RawRow &) override { return false; }
    const SourceError *error() const override { return &m_error; }
    qint64 position() const override { return 0; }
    qint64 size() const override { return 0; }

private:
    SourceError m_error;
};

} // namespace

CsvFolderSource::CsvFolderSource(const QString &dir, const QStringList &tables)
{
    const QDir folder(dir);
    for (const QString &table : tables) {
        auto file = std::make_unique<QFile>(folder.filePath(fileName(table)));
        if (!file->exists())
            continue;
        File &entry = m_files[table];
        if (!file->open(QIODevice::ReadOnly)) {
            entry.readError =
                QCoreApplication::translate("td::io::CsvFolderSource", "cannot read the file: %1")
                    .arg(file->errorString());
            continue;
        }
        // Mapping avoids copying a large demand.csv; an empty file cannot be mapped.
        if (file->size() > 0) {
            if (uchar *mapped = file->map(0, file->size())) {
                entry.view = QByteArrayView(reinterpret_cast<const char *>(mapped), file->size());
            } else {
                entry.bytes = file->readAll();
                entry.view = entry.bytes;
            }
        }
        m_total += entry.view.size();
        entry.file = std::move(file);
    }
}

CsvFolderSource::~CsvFolderSource() = default;

bool CsvFolderSource::has(const QString &table) const
{
    return m_files.count(table) > 0;
}

qint64 CsvFolderSource::tableSize(const QString &table) const
{
    const auto it = m_files.find(table);
    return it == m_files.end() ? 0 : it->second.view.size();
}

std::unique_ptr<RowSource> CsvFolderSource::open(const QString &table)
{
    const auto it = m_files.find(table);
    if (it == m_files.end())
        return nullptr;
    if (!it->second.readError.isEmpty())
        return std::make_unique<FailedSource>(it->second.readError);
    return std::make_unique<CsvReader>(it->second.view);
}

} // namespace td::io
