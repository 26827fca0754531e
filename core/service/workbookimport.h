#pragma once

#include "io/workbookreader.h"

#include <QString>

namespace td::storage {
class Dossier;
}

namespace td::service {

/// The outcome of importWorkbook(): what the reader found, and whether the dossier now holds it.
struct WorkbookImport
{
    io::ImportResult read; ///< the data on success; every error when the workbook is refused
    bool stored = false;   ///< the dossier holds the data (one transaction)
    QString storageError;  ///< the workbook was valid but the dossier could not be written
};

/// Reads a bid workbook into a dossier with the SQLite write overlapping the parse: tender,
/// products, bidders and bids are stored as soon as they are read, demand rows batch by batch
/// while the next are parsed (and hashed for the audit digest on a third thread), fx rates and
/// references at the end. All or nothing as ever: it is one transaction, committed only once the
/// whole workbook has been read without an error; otherwise rolled back and the dossier is as
/// it was. A million-row demand.csv is stored in about the time it takes to parse.
WorkbookImport importWorkbook(storage::Dossier &dossier, const QString &workbook,
                              const QString &source);

} // namespace td::service
