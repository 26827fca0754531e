#pragma once

#include "model/evaluationresult.h"

#include <QByteArray>
#include <optional>

namespace td::service {

/// The stored form of an evaluation run (the `result` column of a dossier's run table).
///
/// A Zstandard frame (level 1, checksummed, compressed on a second thread as it is written)
/// holding "TDRUN-3\n", the result JSON with the figures behind every explanation but without
/// allocations or sentences (io::resultToJson(…, true, compact, …, storedRunBody = true); the
/// sentences are rebuilt from those figures when read), the per-buyer allocations
/// as binary records (allocationrecords.h), the JSON's length in 8 little-endian bytes and
/// "TDRUN-3.". The allocations are ~90 % of a result; as records a national batch's run is
/// written in a fraction of the time its JSON took and takes a third of the bytes.
/// Older runs still read: compressed JSON (session 2) and plain JSON, starting with '{'.
QByteArray encodeStoredRun(const model::EvaluationResult &result);

/// The JSON of a stored run (io::resultToJson(…, true, compact)): rebuilt from the records,
/// decompressed, or as stored for plain JSON. None when damaged or foreign.
std::optional<QByteArray> storedRunJson(const QByteArray &stored);

/// The result a stored run holds; none when damaged or foreign.
std::optional<model::EvaluationResult> decodeStoredRun(const QByteArray &stored);

} // namespace td::service
