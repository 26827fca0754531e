#include "cliutil.h"
#include "commands.h"
#include "demo/demo.h"
#include "storage/dossier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace td::cli {

namespace {

class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(td::cli::DemoCommand)
};

} // namespace

// tenderdesk-cli demo FILE [--force]: writes the bundled China–ASEAN demo tender as a dossier,
// evaluated once, ready for a workshop. An existing file is replaced only with --force.
int runDemo(const QStringList &args)
{
    const Arguments a(args, {}, {QStringLiteral("force")});
    if (!a.ok() || a.positional().size() != 1) {
        printErr(DemoCommand::tr("usage: tenderdesk-cli demo FILE [--force]") +
                 (a.ok() ? QString() : QStringLiteral("\n") + a.error()));
        return Usage;
    }
    const QString path = a.positional().front();
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        printErr(
            DemoCommand::tr(
                "tenderdesk-cli demo: %1 is a folder; give the name of the dossier file to write, "
                "e.g. %2")
                .arg(shown,
                     QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("demo.tender")))));
        return FileError;
    }
    if (info.exists() && !a.flag(QStringLiteral("force"))) {
        printErr(
            DemoCommand::tr(
                "tenderdesk-cli demo: %1 already exists; nothing written. Choose another name, or "
                "add --force to replace it with a fresh demo dossier.")
                .arg(shown));
        return FileError;
    }
    QString error;
    if (!demo::writeDemoDossier(path, &error)) {
        printErr(DemoCommand::tr("tenderdesk-cli demo: %1").arg(error));
        return FileError;
    }

    // Say what was written, read back from the file itself. (Writable: a read-only SQLite
    // connection would leave -wal/-shm files beside the fresh dossier.)
    storage::OpenError openError;
    const auto dossier =
        storage::Dossier::open(path, storage::Dossier::Mode::ReadWrite, &openError);
    if (!dossier) {
        printErr(DemoCommand::tr("tenderdesk-cli demo: %1").arg(openError.message));
        return FileError;
    }
    const auto summary = dossier->summary(&error);
    const auto runs = dossier->runs();
    if (!summary || runs.empty()) {
        printErr(DemoCommand::tr("tenderdesk-cli demo: %1").arg(error));
        return FileError;
    }
    printOut(
        DemoCommand::tr(
            "Wrote the demo dossier %1: tender %2, %3 products, %4 bidders, %5 bids, %6 buyers; "
            "evaluated with %7, report digest %8")
            .arg(shown, summary->tenderId)
            .arg(summary->products)
            .arg(summary->bidders)
            .arg(summary->bids)
            .arg(summary->buyers)
            .arg(runs.back().ruleSet, runs.back().digest));
    return Ok;
}

} // namespace td::cli
