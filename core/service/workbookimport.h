#pragma once

#include "evaluation.h"
#include "io/workbookreader.h"

#include <QString>
#include <optional>

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
    /// With ImportOptions::evaluate, once stored: the run (or why there is none).
    std::optional<DossierEvaluation> evaluation;
    /// When each step ended, in ms from the start of the import (0: it did not happen): what
    /// `--timings` prints, so a benchmark shows which step the others waited for.
    struct Timeline
    {
        qint64 readMs = 0;      ///< the workbook read and checked (the reader's thread)
        qint64 committedMs = 0; ///< the tables written and committed (the writer's thread)
        qint64 rulesMs = 0;     ///< the rules done (the reader's thread, beside the write)
        qint64 encodedMs = 0;   ///< the run's stored form done
        qint64 storedMs = 0;    ///< the run stored, after the commit
    } timeline;
};

struct ImportOptions
{
    io::ImportProgress progress; ///< the read's progress; false cancels (nothing changes)
    /// Evaluate the data with the tender's own rule set and parameters as soon as the workbook
    /// is read, beside the rest of the write, and store the run once the import is committed
    /// (`tenderdesk-cli import --evaluate`, the import dialog's "Evaluate right after the
    /// import"). Evaluation errors keep the import and store no run.
    bool evaluate = false;
};

/// Reads a bid workbook into a dossier with the SQLite write overlapping the parse: tender,
/// products, bidders and bids are stored as soon as they are read, demand rows batch by batch
/// while the next are parsed (and hashed for the audit digest on a third thread), fx rates and
/// references at the end. All or nothing as ever: it is one transaction, committed only once the
/// whole workbook has been read without an error; otherwise rolled back and the dossier is as
/// it was. A million-row demand.csv is stored in about the time it takes to parse.
WorkbookImport importWorkbook(storage::Dossier &dossier, const QString &workbook,
                              const QString &source, const ImportOptions &options = {});

/// importWorkbook() into the dossier at `dossierPath`, created when missing; a dossier this
/// import created is removed again unless the data was stored. When it cannot be opened, the
/// workbook's own errors (read alone) still come first, then `storageError` says why.
WorkbookImport importWorkbook(const QString &dossierPath, const QString &workbook,
                              const QString &source, const ImportOptions &options = {});

} // namespace td::service
