#include "cliutil.h"
#include "commands.h"
#include "storage/dossier.h"

#include <QRegularExpression>

namespace td::cli {

// Exit codes: 0 everything checks out; 3 the file fails a check (damaged or changed outside
// TenderDesk); 2 the --digest names no run of this dossier or no longer matches its run.
int runVerify(const QStringList &args)
{
    const Arguments a(args, {QStringLiteral("digest")}, {});
    const auto digest = a.value(QStringLiteral("digest"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!a.ok() || a.positional().size() != 1 ||
        (digest && !hex.match(digest->trimmed()).hasMatch())) {
        printErr(QStringLiteral("usage: tenderdesk-cli verify DOSSIER [--digest HEX]%1")
                     .arg(!a.ok()  ? QStringLiteral("\n") + a.error()
                          : digest ? QStringLiteral(
                                         "\n--digest takes the 64 hex digits of a report digest")
                                   : QString()));
        return Usage;
    }
    const auto dossier =
        openDossier("verify", a.positional().front(), storage::Dossier::Mode::ReadOnly);
    if (!dossier)
        return FileError;
    const storage::Dossier::VerifyReport report = dossier->verify();
    int exit = Ok;
    if (report.ok) {
        printOut(QStringLiteral("%1: integrity ok, audit chain of %2 entries ok, tables match "
                                "the audit log")
                     .arg(dossier->path())
                     .arg(dossier->auditLog().size()));
    } else {
        for (const QString &problem : report.problems)
            printErr(problem);
        printErr(QStringLiteral("tenderdesk-cli verify: %1 FAILED (%2 problem(s))")
                     .arg(dossier->path())
                     .arg(report.problems.size()));
        exit = FileError;
    }
    if (digest) {
        const auto check = dossier->checkDigest(*digest);
        if (!check.found) {
            printErr(QStringLiteral("digest %1: no evaluation run of this dossier has it")
                         .arg(digest->toLower()));
            return exit == Ok ? InvalidInput : exit;
        }
        if (!check.matches) {
            printErr(QStringLiteral("digest %1: run %2 has it but its stored result no longer "
                                    "matches it")
                         .arg(check.run.digest)
                         .arg(check.run.id));
            return exit == Ok ? InvalidInput : exit;
        }
        printOut(QStringLiteral("digest %1: matches run %2 of %3 (%4, by %5)%6")
                     .arg(check.run.digest, QString::number(check.run.id),
                          check.run.at.toString(Qt::ISODate), check.run.ruleSet, check.run.user,
                          check.inputIsCurrent
                              ? QStringLiteral("; the tender data is unchanged since")
                              : QStringLiteral("; the tender data has changed since (re-imported "
                                               "or edited)")));
    }
    return exit;
}

} // namespace td::cli
