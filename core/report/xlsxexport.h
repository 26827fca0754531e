#pragma once

#include "reportoptions.h"
#include "reportsource.h"

#include <QString>

namespace td::report {

struct XlsxResult
{
    bool ok = false;
    QString error; ///< translated, when !ok
};

/// Writes the award summary (one row per winning bid, a row for each product without winner)
/// and the allocations (one row per bid and buyer) as an .xlsx workbook with the sheets
/// "Summary" and "Allocations", headers in the options' language(s).
///
/// Values stay exact: each number is written as a formula holding its decimal literal
/// ("=494568", "=0.3529") with that same text as cached result, so it never passes through
/// binary floating point here; spreadsheets recalculate it to the number on opening
/// (libxlsxwriter sets fullCalcOnLoad). Written to a temporary file beside `path` and then
/// through QSaveFile: no partial file on error.
XlsxResult writeXlsx(const ReportSource &source, const ReportOptions &options, const QString &path);

} // namespace td::report
