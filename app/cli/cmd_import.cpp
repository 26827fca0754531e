#include "cliutil.h"
#include "commands.h"
#include "io/workbookreader.h"
#include "service/evaluation.h"
#include "service/workbookimport.h"
#include "storage/dossier.h"

#include <QElapsedTimer>
#include <QFile>
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

// The plain import: the dossier is written while the workbook is read (service::importWorkbook),
// in one transaction that is rolled back on any error, so invalid input still changes nothing;
// a dossier this import created is removed again.
int importStreamed(const QString &dossierPath, const QString &workbook)
{
    QElapsedTimer timer;
    timer.start();
    const bool existed = QFileInfo::exists(dossierPath);
    storage::OpenError openError;
    auto dossier =
        storage::Dossier::open(dossierPath, storage::Dossier::Mode::CreateIfMissing, &openError);
    if (!dossier) {
        // The workbook's own errors come first, as when it was read before the dossier opened.
        const io::ImportResult read = io::readWorkbook(workbook);
        if (!read.ok())
            return refuse(read);
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(openError.message));
        return FileError;
    }
    service::WorkbookImport result =
        service::importWorkbook(*dossier, workbook, QFileInfo(workbook).absoluteFilePath());
    const qint64 ms = timer.elapsed();
    if (!result.stored) {
        dossier.reset();
        if (!existed)
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(dossierPath + QLatin1String(suffix));
        if (!result.read.ok())
            return refuse(result.read);
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(result.storageError));
        return FileError;
    }
    printImported(*result.read.data, dossierPath,
                  QStringLiteral("read and stored side by side in %1 ms").arg(ms));
    leaveToExit(std::move(result.read.data));
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

    if (!a.flag(QStringLiteral("evaluate")))
        return importStreamed(dossierPath, workbook);

    // --evaluate: read and check everything before the dossier is touched (the tender's own
    // parameters too): invalid input leaves it unchanged and a missing dossier is not created;
    // then store and evaluate side by side (service::importAndEvaluate).
    QElapsedTimer timer;
    timer.start();
    io::ImportResult imported = io::readWorkbook(workbook);
    if (!imported.ok())
        return refuse(imported);
    const qint64 readMs = timer.restart();
    auto parametersOrErrors = service::defaultParameters(imported.data->tender);
    if (auto *errors = std::get_if<std::vector<model::ParameterError>>(&parametersOrErrors)) {
        for (const auto &e : *errors)
            printErr(QStringLiteral("tender.csv, row 2, column parameters: %1").arg(e.message));
        printErr(QStringLiteral("tenderdesk-cli import: nothing imported"));
        return InvalidInput;
    }
    const model::Parameters parameters = std::get<model::Parameters>(parametersOrErrors);

    storage::OpenError openError;
    auto dossier =
        storage::Dossier::open(dossierPath, storage::Dossier::Mode::CreateIfMissing, &openError);
    if (!dossier) {
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(openError.message));
        return FileError;
    }
    service::ImportEvaluation evaluation = service::importAndEvaluate(
        *dossier, *imported.data, QFileInfo(workbook).absoluteFilePath(), parameters);
    const service::DossierEvaluation &e = evaluation.evaluation;
    if (!evaluation.imported) {
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(e.storageError));
        return FileError;
    }
    printImported(
        *imported.data, dossierPath,
        QStringLiteral("read %1 ms, stored and evaluated %2 ms").arg(readMs).arg(timer.elapsed()));
    int exit = Ok;
    printEvaluationErrors(e.errors);
    if (!e.storageError.isEmpty()) {
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(e.storageError));
        exit = FileError;
    } else if (!e.result) {
        printErr(QStringLiteral("tenderdesk-cli import: imported, but not evaluated"));
        exit = InvalidInput;
    } else {
        printOut(QStringLiteral("Evaluated %1 products under %2; run %3 stored, report digest %4")
                     .arg(e.result->products.size())
                     .arg(model::ruleSetName(parameters.ruleSet))
                     .arg(*e.runId)
                     .arg(e.digest));
    }
    if (a.flag(QStringLiteral("timings")))
        printErr(
            QStringLiteral("timings: read %1 ms, stored and evaluated %2 ms, run encoded %3 ms, "
                           "run stored %4 ms")
                .arg(readMs)
                .arg(e.timings.loadMs)
                .arg(e.timings.encodeMs)
                .arg(e.timings.storeMs));
    leaveToExit(std::move(evaluation));
    leaveToExit(std::move(imported.data));
    return exit;
}

} // namespace td::cli
