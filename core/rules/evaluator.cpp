#include "evaluator.h"

namespace td::rules {

std::vector<model::ParameterError> tenderParameters(const model::Tender &tender,
                                                    model::Parameters &parameters)
{
    parameters = model::Parameters();
    parameters.ruleSet = tender.ruleSet;
    return model::applyParameterText(parameters, tender.parameters);
}

EvaluationOutcome evaluate(const model::TenderData &, const model::Parameters &,
                           const EvaluationProgress &)
{
    EvaluationOutcome outcome;
    outcome.errors.push_back({{}, {}, {}, QStringLiteral("evaluation not implemented yet")});
    return outcome;
}

} // namespace td::rules
