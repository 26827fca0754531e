#include "cliutil.h"
#include "commands.h"
#include "io/workbookwriter.h"
#include "storage/dossier.h"

namespace td::cli {

int runExport(const QStringList &args)
{
    const Arguments a(args, {QStringLiteral("csv")}, {});
    const auto dir = a.value(QStringLiteral("csv"));
    if (!a.ok() || a.positional().size() != 1 || !dir || dir->isEmpty()) {
        printErr(QStringLiteral("usage: tenderdesk-cli export DOSSIER --csv DIR%1")
                     .arg(a.ok() ? QString() : QStringLiteral("\n") + a.error()));
        return Usage;
    }
    const auto dossier =
        openDossier("export", a.positional().front(), storage::Dossier::Mode::ReadOnly);
    if (!dossier)
        return FileError;
    QString error;
    const auto data = dossier->loadTenderData(&error);
    if (!data) {
        printErr(QStringLiteral("tenderdesk-cli export: %1").arg(error));
        return FileError;
    }
    if (!io::writeCsvWorkbook(*data, *dir, &error)) {
        printErr(QStringLiteral("tenderdesk-cli export: %1").arg(error));
        return FileError;
    }
    printOut(QStringLiteral("Exported %1 to %2").arg(data->tender.id, *dir));
    return Ok;
}

} // namespace td::cli
