#pragma once

#include "model/tenderdata.h"

#include <QString>

namespace td::io {

/// How decimals are compared by tenderDataDifference().
enum class DecimalComparison {
    Exact, ///< value and scale ("1.50" differs from "1.5"): what a CSV round trip keeps
    Value  ///< value only: what a spreadsheet keeps (it stores 1.50 as the number 1.5)
};

/// The first difference between two workbooks' data, for people ("bids[2].pack_price: '1.50'
/// vs '1.5'"), or an empty string when they are identical field by field. Used to check that
/// export → import and .xlsx → CSV give the same TenderData.
QString tenderDataDifference(const model::TenderData &a, const model::TenderData &b,
                             DecimalComparison decimals = DecimalComparison::Exact);

} // namespace td::io
