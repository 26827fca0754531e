#include "cliutil.h"
#include "commands.h"
#include "io/workbookreader.h"
#include "service/workbookimport.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace td::cli {

namespace {

int refuse(const io::ImportResult &read)
{
    for (const io::ImportError &e : read.errors)
        printErr(io::formatImportError(e));
    printErr(QStringLiteral("tenderdesk-cli import: %1 error(s), nothing imported")
                 .arg(read.errors.size()));
    return InvalidInput;
}

void printImported(const model::TenderData &data, const QString &dossierPath, const QString &timing)
{
    printOut(QStringLiteral("Imported %1 into %2: %3 products, %4 bidders, %5 bids, %6 demand "
                            "rows, %7 fx rates, %8 references (%9)")
                 .arg(data.tender.id, dossierPath)
                 .arg(data.products.size())
                 .arg(data.bidders.size())
                 .arg(data.bids.size())
                 .arg(data.demand.size())
                 .arg(data.fxRates.size())
                 .arg(data.references.size())
                 .arg(timing));
}

// Prints the run stored by `import --evaluate`, or why there is none; returns the exit code.
int reportEvaluation(const service::DossierEvaluation &e)
{
    printEvaluationErrors(e.errors);
    if (!e.storageError.isEmpty()) {
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(e.storageError));
        return FileError;
    }
    if (!e.result) {
        printErr(QStringLiteral("tenderdesk-cli import: imported, but not evaluated"));
        return InvalidInput;
    }
    printOut(QStringLiteral("Evaluated %1 products under %2; run %3 stored, report digest %4")
                 .arg(e.result->products.size())
                 .arg(model::ruleSetName(e.result->parameters.ruleSet))
                 .arg(*e.runId)
                 .arg(e.digest));
    return Ok;
}

} // namespace

int runImport(const QStringList &args)
{
    const Arguments a(args, {}, {QStringLiteral("evaluate"), QStringLiteral("timings")});
    if (!a.ok() || a.positional().size() != 2) {
        printErr(QStringLiteral(
                     "usage: tenderdesk-cli import DOSSIER WORKBOOK [--evaluate] [--timings]%1")
                     .arg(a.ok() ? QString() : QStringLiteral("\n") + a.error()));
        return Usage;
    }
    const QString dossierPath = a.positional().at(0);
    const QString workbook = a.positional().at(1);
    if (!QFileInfo::exists(workbook)) {
        printErr(QStringLiteral("tenderdesk-cli import: %1 does not exist (a CSV folder or an "
                                ".xlsx file is expected)")
                     .arg(workbook));
        return FileError;
    }

    // The dossier is written while the workbook is read (service::importWorkbook), in one
    // transaction that is rolled back on any error, so invalid input still changes nothing and
    // a dossier this import created is removed again. With --evaluate the rules run as soon as
    // the workbook is read, beside the rest of the write, and the run is stored after the commit.
    QElapsedTimer timer;
    timer.start();
    service::ImportOptions options;
    options.evaluate = a.flag(QStringLiteral("evaluate"));
    service::WorkbookImport result = service::importWorkbook(
        dossierPath, workbook, QFileInfo(workbook).absoluteFilePath(), options);
    if (!result.stored) {
        if (!result.read.ok())
            return refuse(result.read);
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(result.storageError));
        return FileError;
    }
    const qint64 importMs = timer.elapsed();
    int exit = Ok;
    if (!options.evaluate) {
        printImported(*result.read.data, dossierPath,
                      QStringLiteral("read and stored side by side in %1 ms").arg(importMs));
    } else if (!result.evaluation) { // the reader accepts no parameters the rules refuse
        printImported(*result.read.data, dossierPath, QStringLiteral("%1 ms").arg(importMs));
        printErr(QStringLiteral("tenderdesk-cli import: imported, but not evaluated"));
        exit = InvalidInput;
    } else {
        // The rules and the run's encoding ran on the reader's thread beside the write; only
        // storing the run comes after the commit.
        const service::DossierEvaluation &e = *result.evaluation;
        const qint64 sideBySideMs = importMs - e.timings.storeMs;
        printImported(*result.read.data, dossierPath,
                      QStringLiteral("read, stored and evaluated side by side in %1 ms, run "
                                     "stored in %2 ms")
                          .arg(sideBySideMs)
                          .arg(e.timings.storeMs));
        exit = reportEvaluation(e);
        if (a.flag(QStringLiteral("timings")))
            printErr(QStringLiteral("timings: read, stored and evaluated %1 ms (of it beside the "
                                    "write: rules %2 ms, run encoded %3 ms), run stored %4 ms")
                         .arg(sideBySideMs)
                         .arg(e.timings.rulesMs)
                         .arg(e.timings.encodeMs)
                         .arg(e.timings.storeMs));
    }
    if (a.flag(QStringLiteral("timings"))) {
        // Each step's end from the import's start: which one the others waited for.
        const service::WorkbookImport::Timeline &t = result.timeline;
        QString line = QStringLiteral("timeline: read %1 ms, committed %2 ms")
                           .arg(t.readMs)
                           .arg(t.committedMs);
        if (options.evaluate)
            line += QStringLiteral(", rules %1 ms, encoded %2 ms, run stored %3 ms")
                        .arg(t.rulesMs)
                        .arg(t.encodedMs)
                        .arg(t.storedMs);
        printErr(line);
    }
    leaveToExit(std::move(result));
    return exit;
}

} // namespace td::cli
