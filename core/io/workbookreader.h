#pragma once

#include "model/tenderdata.h"

#include <QString>
#include <functional>
#include <optional>
#include <vector>

namespace td::io {

/// One problem found while importing a bid workbook (formats.md §1).
///
/// `file` names the table: "bids.csv" for a CSV folder, the sheet name ("bids") for an .xlsx
/// workbook, or the workbook's own file name for problems with the workbook as a whole (not a
/// zip archive, corrupt). `row` uses spreadsheet numbering (header row 1, first data row 2; a
/// quoted line break does not start a new row); 0 when the problem concerns the whole file.
/// `column` is the column name from the header (or a spreadsheet column letter for a cell
/// under a header cell with no name); empty when the problem concerns a whole row or file.
struct ImportError
{
    QString file;
    int row = 0;
    QString column;
    QString message;
};

/// The outcome of readWorkbook(): all or nothing. Either `data` is set and `errors` is empty,
/// or `data` is empty and `errors` lists every problem found (follow-on errors included).
struct ImportResult
{
    std::optional<td::model::TenderData> data;
    std::vector<ImportError> errors;
    bool ok() const { return data.has_value() && errors.empty(); }
};

/// Called while importing with the work done so far and the total (bytes for CSV, rows for
/// .xlsx); at least every 16,384 rows. Returning false cancels: the result then holds the
/// single error "import cancelled".
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

/// Reads a bid workbook: `path` is a folder holding tender.csv, products.csv, bidders.csv,
/// bids.csv, demand.csv, fx.csv and optionally references.csv, or one .xlsx file with one sheet
/// per table (sheet name = file name without ".csv"). Every rule of formats.md §1 is checked
/// (columns, types, ranges, uniqueness, references between tables, fx coverage, strength units,
/// tender parameters) and every error is reported with file, row and column. Files in another
/// encoding, ';'-separated files, broken quoting and corrupt archives are reported as errors;
/// the reader never throws. At most 1,000 errors are collected; a last error then says so.
ImportResult readWorkbook(const QString &path, const ImportProgress &progress = {});

/// Lets a writer store a workbook while it is still being read (the import overlaps parsing
/// with the SQLite write). The reader calls these on its own thread, whatever errors it finds:
/// the writer never commits before it has the complete, valid result.
class ImportStream
{
public:
    virtual ~ImportStream() = default;
    /// Tender, products, bidders, fx and bids are read; demand comes next. `data` is the
    /// reader's own: the call returns once the writer is done with those tables.
    virtual void headerRead(const model::TenderData &data) = 0;
    /// Demand rows [0, count) are read; `last` after the table's last row. Called every few
    /// thousand rows.
    virtual void demandRead(const model::Demand *rows, size_t count, bool last) = 0;
    /// The rows are about to move (the vector grows past its reservation): returns once no
    /// writer is reading them; the next demandRead() says where they are.
    virtual void beforeRowsMove() = 0;
};
/// readWorkbook() telling `stream` what it has read as it goes.
ImportResult readWorkbook(const QString &path, ImportStream &stream,
                          const ImportProgress &progress = {});

/// One line for people: "bids.csv, row 2, column pack_price: '1,20' is not a decimal …".
/// Parts that are unknown (row 0, empty column) are left out.
QString formatImportError(const ImportError &e);

} // namespace td::io
