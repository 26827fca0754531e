#pragma once

#include "reportdocument.h"
#include "reportoptions.h"
#include "reportsource.h"

#include <vector>

namespace td::report {

struct AwardLetter
{
    QString bidderId;
    ReportDocument document;
};

/// One award notice letter per bidder with at least one winning or revived bid, in bidder id
/// order: addressee, tender, the awarded products with award price and volumes by region
/// (tender currency values), the contract term, and a signature line. Digest on every page.
std::vector<AwardLetter> buildAwardLetters(const ReportSource &source, const ReportOptions &options);

/// A file name for a letter that is safe on every file system: "award-<bidder>.pdf" with
/// anything but letters, digits, '-' and '_' replaced by '_'.
QString letterFileName(const QString &bidderId);

} // namespace td::report
