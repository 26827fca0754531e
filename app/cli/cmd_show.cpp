#include "cliutil.h"
#include "commands.h"
#include "storage/dossier.h"

namespace td::cli {

int runShow(const QStringList &args)
{
    const Arguments a(args, {}, {});
    if (!a.ok() || a.positional().size() != 1) {
        printErr(QStringLiteral("usage: tenderdesk-cli show DOSSIER%1")
                     .arg(a.ok() ? QString() : QStringLiteral("\n") + a.error()));
        return Usage;
    }
    const auto dossier =
        openDossier("show", a.positional().front(), storage::Dossier::Mode::ReadOnly);
    if (!dossier)
        return FileError;
    QString error;
    const auto s = dossier->summary(&error);
    if (!s) {
        printErr(QStringLiteral("tenderdesk-cli show: %1").arg(error));
        return FileError;
    }
    QString text = QStringLiteral("dossier: %1\n").arg(dossier->path());
    text += s->tenderId.isEmpty() ? QStringLiteral("tender: (no tender data imported)\n")
                                  : QStringLiteral("tender: %1 - %2\n").arg(s->tenderId, s->title);
    const std::pair<const char *, qint64> counts[] = {
        {"products", s->products},      {"bidders", s->bidders}, {"bids", s->bids},
        {"demand rows", s->demandRows}, {"buyers", s->buyers},   {"fx rates", s->fxRates},
        {"references", s->references},  {"runs", s->runs},       {"audit entries", s->auditEntries},
    };
    for (const auto &[label, count] : counts)
        text += QStringLiteral("%1: %2\n").arg(QLatin1String(label)).arg(count);
    if (s->runs > 0) {
        const auto runs = dossier->runs();
        const auto &last = runs.back();
        text += QStringLiteral("last run: %1 at %2 (%3), digest %4\n")
                    .arg(QString::number(last.id), last.at.toString(Qt::ISODate), last.ruleSet,
                         last.digest);
    }
    text += QStringLiteral("schema version: %1").arg(s->schemaVersion);
    printOut(text);
    return Ok;
}

} // namespace td::cli
