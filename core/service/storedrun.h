#pragma once

#include "model/evaluationresult.h"

#include <QByteArray>
#include <optional>

namespace td::service {

/// The stored form of an evaluation run (the `result` column of a dossier's run table).
///
/// It is the result JSON with explanations (io::resultToJson(…, true, compact)) compressed with
/// Zstandard as it is written. A national batch's result is some 47 MB of JSON, nearly all
/// per-buyer allocations that repeat the same keys: compressed it is about 3 MB, so storing a
/// run writes (and the run digest hashes) a fifteenth of the bytes, and the writer never holds
/// the whole JSON in memory. Compression runs on a second thread while the JSON is produced.
/// Runs stored before this (plain JSON, starting with '{') are read as they are.
QByteArray encodeStoredRun(const model::EvaluationResult &result);

/// The JSON of a stored run: decompressed, or as stored for plain JSON. None when the bytes are
/// neither (damaged or foreign).
std::optional<QByteArray> storedRunJson(const QByteArray &stored);

/// The result a stored run holds; none when damaged or foreign.
std::optional<model::EvaluationResult> decodeStoredRun(const QByteArray &stored);

} // namespace td::service
