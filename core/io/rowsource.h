#pragma once

#include <QString>
#include <QStringView>
#include <utility>
#include <vector>

namespace td::io {

/// One spreadsheet row as read from a CSV file or an .xlsx sheet: its spreadsheet row number and
/// its cells as views into a buffer the source owns (valid until the next call of next()).
struct RawRow
{
    int number = 0;
    std::vector<QStringView> cells;
};

/// A problem that stops reading a file (bad bytes, broken quoting, corrupt sheet).
struct SourceError
{
    int row = 0;
    QString message;
};

/// A table's rows in file order, blank rows already skipped (but counted in row numbers).
/// CSV files and .xlsx sheets both come through this interface, so validation is shared.
class RowSource
{
public:
    virtual ~RowSource() = default;
    /// The next non-blank row; false at the end or on an error (then error() is set).
    virtual bool next(RawRow &row) = 0;
    virtual const SourceError *error() const = 0;
    /// Work done and total work, for progress (bytes or rows).
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;
};

} // namespace td::io
