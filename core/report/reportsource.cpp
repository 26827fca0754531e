#include "reportsource.h"

#include <QCoreApplication>

namespace td::report {

std::optional<QString> staleReason(const std::optional<RunSummary> &latestRun,
                                   const QString &currentInputDigest)
{
    if (!latestRun)
        return QCoreApplication::translate(
            "td::report", "The dossier has no evaluation run: evaluate first, then print the report.");
    if (latestRun->inputDigest != currentInputDigest)
        return QCoreApplication::translate(
            "td::report",
            "The tender data changed after the last evaluation run (%1): evaluate first, then "
            "print the report.")
            .arg(latestRun->id);
    return std::nullopt;
}

} // namespace td::report
