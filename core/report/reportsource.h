#pragma once

#include "model/evaluationresult.h"
#include "model/tenderdata.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace td::storage {
class Dossier;
}

namespace td::report {

/// What a report says about the evaluation run it prints (from the dossier's run record).
struct RunSummary
{
    QString id;
    QDateTime at;
    QString user;
    QString ruleSet;
    QString parameters;  ///< `name=value;…` as stored with the run
    QString inputDigest; ///< digest of the inputs the run evaluated
    QString digest;      ///< SHA-256 over the run's inputs and results: printed on every page
};

/// Everything a report is built from.
struct ReportSource
{
    model::TenderData data;
    model::EvaluationResult result;
    RunSummary run;
};

/// The "evaluate first" rule: a report is only printed for the latest run when the dossier's
/// inputs are still the ones that run evaluated. Returns a translated message when the report
/// would be stale (no run, or the input digest changed), none when it may be printed.
std::optional<QString> staleReason(const std::optional<RunSummary> &latestRun,
                                   const QString &currentInputDigest);

/// Why loadReportSource() gave no source.
struct SourceError
{
    enum Kind { None, Stale, Storage } kind = None; ///< Stale: evaluate first
    QString message;                               ///< translated
};

/// The tender data and the latest run's result of `dossier`, refusing a stale report
/// (staleReason()).
std::optional<ReportSource> loadReportSource(const storage::Dossier &dossier, SourceError *error);

} // namespace td::report
