// tenderdesk-cli: the command-line face of libtenderdesk_core (no widgets).
#include "cliutil.h"
#include "commands.h"
#include "report/reportapplication.h"

#include <QCoreApplication>
#include <array>
#include <memory>

using namespace td::cli;

namespace {

// The command table; a command whose file is not built yet is simply absent.
const std::array commands = {
    Command{"import", "import DOSSIER WORKBOOK [--evaluate] [--timings]",
            "import a bid workbook (CSV folder or .xlsx) into a dossier, creating it if missing",
            runImport},
    Command{"show", "show DOSSIER", "print the dossier's summary counts", runShow},
    Command{"export", "export DOSSIER --csv DIR", "write the tender data as a CSV workbook",
            runExport},
    Command{"verify", "verify DOSSIER [--digest HEX]",
            "check integrity and the audit chain; with --digest, whether a printed report matches",
            runVerify},
    Command{"evaluate",
            "evaluate DOSSIER [--json FILE] [--rule-set R] [--set name=value]... [--explain]",
            "evaluate the tender (rules.md), store the run, print a summary and write JSON",
            runEvaluate},
    Command{"generate",
            "generate --products P --bidders B --bids-per-product K --buyers Y --seed S DIR",
            "write a valid synthetic multi-country bid workbook", runGenerate},
    Command{"demo", "demo FILE [--force]", "write the bundled demo dossier (evaluated once)",
            runDemo},
    Command{
        "report",
        "report DOSSIER (--pdf FILE | --xlsx FILE | --letters DIR)... [--lang L] [--bilingual L2] "
        "[--paper a4|letter] [--date YYYY-MM-DD] [--term MONTHS] [--ce] [--wan]",
        "write the award report", runReport},
};

void printHelp()
{
    QString text = QStringLiteral("Usage: tenderdesk-cli COMMAND [ARGUMENTS]\n\nCommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  %1\n      %2\n")
                    .arg(QString::fromUtf8(c.usage), QString::fromUtf8(c.summary));
    text += QStringLiteral("\nOptions:\n  --help     this text\n  --version  the version\n\n"
                           "Exit codes: 0 ok, 1 usage, 2 invalid input, 3 file or database error.");
    printOut(text);
}

} // namespace

int main(int argc, char **argv)
{
    // `report` paints PDFs: that needs a QGuiApplication (offscreen without a display).
    const bool paints = argc > 1 && qstrcmp(argv[1], "report") == 0;
    const std::unique_ptr<QCoreApplication> app =
        paints ? td::report::createReportApplication(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tenderdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printHelp();
        return Usage;
    }
    const QString first = args.takeFirst();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printHelp();
        return Ok;
    }
    if (first == u"--version") {
        printOut(QStringLiteral("tenderdesk-cli %1").arg(QStringLiteral(TD_VERSION)));
        return Ok;
    }
    for (const Command &c : commands) {
        if (first == QLatin1String(c.name)) {
            if (args.contains(QStringLiteral("--help"))) {
                printOut(QStringLiteral("Usage: tenderdesk-cli %1\n%2")
                             .arg(QString::fromUtf8(c.usage), QString::fromUtf8(c.summary)));
                return Ok;
            }
            return c.run(args);
        }
    }
    printErr(QStringLiteral("tenderdesk-cli: unknown command '%1' (see --help)").arg(first));
    return Usage;
}
