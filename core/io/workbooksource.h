#pragma once

#include "rowsource.h"

#include <QString>
#include <memory>

namespace td::io {

/// Where the tables of a bid workbook come from: a folder of CSV files or the sheets of one
/// .xlsx file. Tables are named as in formats.md without ".csv" ("bids").
class WorkbookSource
{
public:
    virtual ~WorkbookSource() = default;
    /// The name errors give for `table`: "bids.csv" in a folder, the sheet name in a workbook.
    virtual QString fileName(const QString &table) const = 0;
    virtual bool has(const QString &table) const = 0;
    /// The table's rows; a source that fails to read reports it through RowSource::error().
    virtual std::unique_ptr<RowSource> open(const QString &table) = 0;
    /// The size of the table in bytes when known before reading it (0 otherwise).
    virtual qint64 tableSize(const QString &table) const = 0;
    /// The sum of size() over every table, for progress.
    virtual qint64 totalSize() const = 0;
};

} // namespace td::io
