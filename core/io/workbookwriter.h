#pragma once

#include "model/tenderdata.h"

#include <QString>

namespace td::io {

/// Exports `data` as a bid workbook folder (formats.md §1): tender.csv, products.csv,
/// bidders.csv, bids.csv, demand.csv, fx.csv and, when there are reference prices,
/// references.csv, in UTF-8 without BOM, comma-separated, RFC 4180 quoting, CRLF line ends.
/// Decimals keep their scale and timestamps their original text, so readWorkbook() on the
/// folder gives back identical TenderData. `dir` is created when missing; existing workbook
/// files in it are replaced (each file is written atomically). Returns false and sets `*error`
/// (when given) on the first file that cannot be written.
bool writeCsvWorkbook(const td::model::TenderData &data, const QString &dir, QString *error);

} // namespace td::io
