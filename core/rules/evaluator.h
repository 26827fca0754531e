#pragma once

#include "model/evaluationresult.h"
#include "model/parameters.h"
#include "model/tenderdata.h"

#include <QString>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace td::rules {

/// A problem met only at evaluation (a currency with no rate, incompatible strength units…),
/// naming product, bid and field. Any error means no result.
struct EvaluationError
{
    QString productId;
    QString bidId;
    QString field;
    QString message;
};

struct EvaluationOutcome
{
    std::optional<model::EvaluationResult> result;
    std::vector<EvaluationError> errors;
};

/// Progress callback: products done, products total. Return false to cancel.
using EvaluationProgress = std::function<bool(int done, int total)>;

/// The parameters a tender is evaluated with: defaults of its rule set, then the workbook's
/// `parameters` text. Errors name the parameter.
std::vector<model::ParameterError> tenderParameters(const model::Tender &tender,
                                                    model::Parameters &parameters);

/// Evaluates every product of `data` under `parameters` (rules.md §2–§9). Pure: reads
/// nothing but its arguments. Thread-safe (run it off the UI thread).
EvaluationOutcome evaluate(const model::TenderData &data, const model::Parameters &parameters,
                           const EvaluationProgress &progress = {});

} // namespace td::rules
