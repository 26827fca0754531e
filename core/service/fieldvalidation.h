#pragma once

#include "model/parameters.h"
#include "model/tenderdata.h"
#include "storage/dossier.h"

#include <QString>

#include <optional>

namespace td::service {

/// Checks one edited field the way the importer checks the workbook (formats.md §1 "Values"):
/// `text` is the new value in workbook notation ("1.20", "yes", "CN;LA") for `column` (a
/// formats.md column name) of `table`. Decimals use the import's grammar; prices, strengths,
/// pack sizes and rates must be > 0, quantities and capacities ≥ 0; currencies need an exchange
/// rate in `data`; max_unit_price has at most `parameters.priceDecimals` decimals; the tender's
/// `parameters` text (or one parameter by name) is checked with model::applyParameter onto a
/// copy of `parameters`. Returns the translated reason the value is refused, or none when it is
/// valid. Columns the workstation does not edit are refused.
std::optional<QString> validateField(storage::Dossier::Table table, const QString &column,
                                     const QString &text, const model::TenderData &data,
                                     const model::Parameters &parameters);

} // namespace td::service
