#pragma once

#include "model/evaluationresult.h"
#include "rules/evaluator.h"

#include <QString>
#include <optional>
#include <vector>

namespace td::storage {
class Dossier;
}

namespace td::service {

/// Wall-clock milliseconds of each step of evaluateDossier (benchmarks, `--timings`).
struct EvaluationTimings
{
    qint64 loadMs = 0;   ///< reading the tender tables (0 when the caller passed the data)
    qint64 rulesMs = 0;  ///< rules.md on the data
    qint64 digestMs = 0; ///< waiting for the input digest (computed beside the rules)
    qint64 encodeMs = 0; ///< the run's stored form
    qint64 storeMs = 0;  ///< writing the run and its audit entry
};

/// The outcome of evaluating a dossier: the result and the stored run, or the errors.
struct DossierEvaluation
{
    EvaluationTimings timings;
    std::optional<model::EvaluationResult> result;
    std::optional<qint64> runId;
    QString digest;                             ///< the run's report digest
    std::vector<rules::EvaluationError> errors; ///< evaluation problems (product, bid, field)
    QString storageError;                       ///< loading or saving failed
    /// evaluateCopy(): the copy's digest is not the one recorded for the stored tables, so
    /// nothing was stored (evaluate the dossier's tables instead).
    bool copyDiffers = false;
    bool ok() const { return result && errors.empty() && storageError.isEmpty(); }
};

/// The parameters a tender is evaluated with by default: its rule set's defaults, then the
/// workbook's `parameters` text (overridden rule set: `ruleSet`).
std::variant<model::Parameters, std::vector<model::ParameterError>>
defaultParameters(const model::Tender &tender,
                  std::optional<model::RuleSet> ruleSet = std::nullopt);

/// Applies `name=value` overrides (command line `--set`, the parameters panel) in order.
std::vector<model::ParameterError> applyOverrides(model::Parameters &parameters,
                                                  const QStringList &assignments);

/// Loads the dossier's tender data, evaluates it and stores the run (time, user, rule set,
/// parameters, input digest, the result with explanations in its stored form: storedrun.h).
/// Nothing is stored on error.
DossierEvaluation evaluateDossier(storage::Dossier &dossier, const model::Parameters &parameters,
                                  const rules::EvaluationProgress &progress = {});
/// The same with the dossier's tender data already loaded by the caller (`data` must be what
/// Dossier::loadTenderData returned, unchanged): saves a second read of a million rows.
DossierEvaluation evaluateDossier(storage::Dossier &dossier, const model::TenderData &data,
                                  const model::Parameters &parameters,
                                  const rules::EvaluationProgress &progress = {});

/// Evaluates `copy`, the dossier's tender data as a caller holds it in memory (the main
/// window's session, kept in step with its edits), without reading the tables again: a
/// national batch's F5 skips 0.15 s of loading, the 2,000,000-row benchmark's 0.7 s. The copy
/// is trusted only when its digest, hashed beside the rules, equals the one the audit log
/// recorded for the stored tables; otherwise nothing is stored and `copyDiffers` is set.
DossierEvaluation evaluateCopy(storage::Dossier &dossier, const model::TenderData &copy,
                               const model::Parameters &parameters,
                               const rules::EvaluationProgress &progress = {});

/// Stores an evaluation's outcome as a run of `dossier` (storedrun.h's form) unless it has
/// errors, and returns the result, run id, report digest and the encode and store times.
/// `inputDigest` is the digest of the data evaluated; empty means the dossier's current one.
/// `stored` is the result's stored form (encodeStoredRun) when the caller has encoded it
/// already, beside other work; it is encoded here otherwise.
DossierEvaluation storeEvaluation(storage::Dossier &dossier, const model::Parameters &parameters,
                                  const QString &inputDigest, rules::EvaluationOutcome &&outcome,
                                  std::optional<QByteArray> stored = std::nullopt);

/// A stored run's result, read back from its JSON.
std::optional<model::EvaluationResult> loadRun(const storage::Dossier &dossier, qint64 runId);

/// The newest run's id, or none.
std::optional<qint64> latestRunId(const storage::Dossier &dossier);

} // namespace td::service
