#pragma once

#include "reportdocument.h"
#include "reportoptions.h"
#include "reportsource.h"

namespace td::report {

/// Builds the award report of issue 5 as plain data, in the options' language(s): cover (tender,
/// rule set and parameters, run, date, digest); summary per product (winners, award prices,
/// agreed share and volumes, contract values, savings against the effective ceiling and the
/// reference median); per product every bid in rank order with status and reason, thresholds
/// and the bid ladder; allocations (tender and local currency); price linkage caps (also in the
/// buyers' currencies); unassigned volumes; the committee's signature block. Pure: reads only
/// its arguments; may throw std::overflow_error from Decimal on absurd values.
ReportDocument buildAwardReport(const ReportSource &source, const ReportOptions &options);

} // namespace td::report
