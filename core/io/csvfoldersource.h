#pragma once

#include "workbooksource.h"

#include <QByteArray>
#include <QFile>
#include <QStringList>
#include <map>

namespace td::io {

/// The tables of a bid workbook folder: `<dir>/<table>.csv`, each read (memory-mapped when
/// possible) once and tokenized by CsvReader. Other files in the folder are ignored.
class CsvFolderSource final : public WorkbookSource
{
public:
    CsvFolderSource(const QString &dir, const QStringList &tables);
    ~CsvFolderSource() override;

    QString fileName(const QString &table) const override { return table + QStringLiteral(".csv"); }
    bool has(const QString &table) const override;
    std::unique_ptr<RowSource> open(const QString &table) override;
    qint64 tableSize(const QString &table) const override;
    qint64 totalSize() const override { return m_total; }

private:
    struct File
    {
        std::unique_ptr<QFile> file;
        QByteArray bytes; ///< when mapping is not possible
        QByteArrayView view;
        QString readError;
    };
    std::map<QString, File> m_files;
    qint64 m_total = 0;
};

} // namespace td::io
