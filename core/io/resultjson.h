#pragma once

#include "jsonwriter.h"
#include "model/evaluationresult.h"

#include <QByteArray>
#include <optional>

namespace td::io {

/// The evaluation result as formats.md §2 JSON: decimals as strings with exactly the rounding
/// of rules.md, arrays in the stated order. With `withExplanations`, each bid also carries
/// "explanation" (the reason sentence with its numbers, translated to the current language)
/// and "details" (the figures behind it), products carry "picks", and the parameters used are
/// included — the form stored with each evaluation run; without it the output has exactly the
/// keys of formats.md §2.
/// `indented` false writes compact JSON (stored runs: about half the bytes).
/// With a `sink`, the JSON streams to it in chunks of about a MiB and only the rest is returned
/// (the caller appends it): a stored run is compressed as it is written.
/// A big result (a national batch) is written on every core; `parallel` false keeps it on the
/// calling thread (the tests check that both give the same bytes).
/// `storedRunBody` writes what a stored run keeps as JSON (service/storedrun.h): no
/// "allocations" (binary records of their own) and no "explanation" sentences (resultFromJson
/// does not read them; they are rebuilt from the figures, in the reader's language).
QByteArray resultToJson(const model::EvaluationResult &result, bool withExplanations,
                        bool indented = true, JsonWriter::Sink sink = {}, bool parallel = true,
                        bool storedRunBody = false);

/// Reads back what resultToJson(…, true) wrote (stored runs). None for foreign or damaged JSON.
std::optional<model::EvaluationResult> resultFromJson(const QByteArray &json);

} // namespace td::io
