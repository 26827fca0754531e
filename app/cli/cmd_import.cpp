#include "cliutil.h"
#include "commands.h"
#include "io/workbookreader.h"
#include "storage/dossier.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace td::cli {

int runImport(const QStringList &args)
{
    const Arguments a(args, {}, {});
    if (!a.ok() || a.positional().size() != 2) {
        printErr(QStringLiteral("usage: tenderdesk-cli import DOSSIER WORKBOOK%1")
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

    // Read and check everything before the dossier is touched: invalid input leaves it
    // unchanged (and a missing dossier is not created).
    QElapsedTimer timer;
    timer.start();
    io::ImportResult imported = io::readWorkbook(workbook);
    if (!imported.ok()) {
        for (const io::ImportError &e : imported.errors)
            printErr(io::formatImportError(e));
        printErr(QStringLiteral("tenderdesk-cli import: %1 error(s), nothing imported")
                     .arg(imported.errors.size()));
        return InvalidInput;
    }
    const qint64 readMs = timer.restart();

    storage::OpenError openError;
    auto dossier =
        storage::Dossier::open(dossierPath, storage::Dossier::Mode::CreateIfMissing, &openError);
    if (!dossier) {
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(openError.message));
        return FileError;
    }
    QString error;
    if (!dossier->replaceTenderData(*imported.data, QFileInfo(workbook).absoluteFilePath(),
                                    &error)) {
        printErr(QStringLiteral("tenderdesk-cli import: %1").arg(error));
        return FileError;
    }
    const qint64 storeMs = timer.elapsed();
    const model::TenderData &data = *imported.data;
    printOut(QStringLiteral("Imported %1 into %2: %3 products, %4 bidders, %5 bids, %6 demand "
                            "rows, %7 fx rates, %8 references (read %9 ms, stored %10 ms)")
                 .arg(data.tender.id, dossierPath)
                 .arg(data.products.size())
                 .arg(data.bidders.size())
                 .arg(data.bids.size())
                 .arg(data.demand.size())
                 .arg(data.fxRates.size())
                 .arg(data.references.size())
                 .arg(readMs)
                 .arg(storeMs));
    leaveToExit(std::move(imported.data));
    return Ok;
}

} // namespace td::cli
