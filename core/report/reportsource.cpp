#include "reportsource.h"

#include "service/evaluation.h"
#include "storage/dossier.h"

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

std::optional<ReportSource> loadReportSource(const storage::Dossier &dossier, SourceError *error)
{
    const auto fail = [&](SourceError::Kind kind, const QString &message) {
        if (error)
            *error = {kind, message};
        return std::optional<ReportSource>();
    };
    std::optional<RunSummary> latest;
    const std::vector<storage::Dossier::RunInfo> runs = dossier.runs();
    if (!runs.empty()) {
        const storage::Dossier::RunInfo &run = runs.back();
        latest = RunSummary{QString::number(run.id), run.at,         run.user,  run.ruleSet,
                            run.parameters,          run.inputDigest, run.digest};
    }
    if (const auto stale = staleReason(latest, dossier.inputDigest()))
        return fail(SourceError::Stale, *stale);

    QString loadError;
    std::optional<model::TenderData> data = dossier.loadTenderData(&loadError);
    if (!data)
        return fail(SourceError::Storage, loadError);
    std::optional<model::EvaluationResult> result = service::loadRun(dossier, runs.back().id);
    if (!result)
        return fail(SourceError::Storage,
                    QCoreApplication::translate("td::report",
                                                "The result of evaluation run %1 cannot be read.")
                        .arg(latest->id));
    return ReportSource{std::move(*data), std::move(*result), *latest};
}

} // namespace td::report
