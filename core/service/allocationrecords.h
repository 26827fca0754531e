#pragma once

#include "model/evaluationresult.h"

#include <functional>
#include <string_view>

namespace td::service {

/// The per-buyer allocations of a result as compact binary records: the bulk of a stored run.
///
/// A national batch has some 400,000 allocations and the 2,000-product benchmark 2,000,000;
/// as JSON they are ~90 % of a run's text (keys, quotes, decimals as digits) and most of the time
/// spent storing and reading it. Here each one is a few bytes: its bid, buyer, region and
/// currency as indices into one table of the distinct texts, its three decimals as scale plus
/// zig-zag varint units (the exact 128 bits when they do not fit 64), and the preferred flag.
///
/// Layout (all integers little-endian; varint = LEB128):
///   per product, in result order: varint count, then count records of
///     varint bid, varint buyer, varint region, varint currency, decimal volume,
///     decimal value, decimal local value, byte preferred (0 or 1)
///   varint text count, then per text: varint UTF-8 length, bytes
///   fixed 8-byte length of the records part (so the reader finds the texts first)
/// decimal = byte scale (0–30) then a zig-zag varint of the units, or scale | 0x80 then the
/// low and high 64-bit halves when the units need more than 64 bits.
using RecordSink = std::function<void(std::string_view bytes)>;
void writeAllocationRecords(const model::EvaluationResult &result, const RecordSink &sink);

/// Reads what writeAllocationRecords wrote into `result`'s products (which must be the same
/// products in the same order, with no allocations yet). False when the bytes are damaged:
/// short, an index outside the text table, a count the bytes cannot hold, a decimal out of
/// range, or bytes left over.
bool readAllocationRecords(std::string_view bytes, model::EvaluationResult &result);

} // namespace td::service
