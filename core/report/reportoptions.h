#pragma once

#include "phrasebook.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace td::report {

enum class Paper { A4, Letter };

/// How the PDF lists allocations: one row per buyer, or per winner and region (buyers summed).
/// Auto lists buyers up to ReportOptions::buyerRowLimit rows and regions beyond, so a tender
/// with 400,000 demand rows prints a report rather than 8,000 pages; the XLSX export always has
/// every buyer.
enum class AllocationDetail { Auto, Buyers, Regions };

std::optional<Paper> paperFromName(QStringView name); ///< "a4", "letter" (any case)
QString paperName(Paper paper);

/// How a report is printed: its language(s), paper and the conventions that vary by reader.
struct ReportOptions
{
    Language language = Language::En;
    /// Bilingual reports: this language's label is printed beneath each label (issue 5: "Lao
    /// with English beneath each label"). Values are written once, in `language`'s format.
    std::optional<Language> secondLanguage;
    Paper paper = Paper::A4;
    /// Thai dates in the Buddhist Era (BE = CE + 543), as Thai official documents do.
    bool buddhistEra = true;
    /// Chinese reports: contract values and savings in 万 (10⁴), the header says so.
    bool chineseTenThousands = false;
    /// Contract term printed on award notice letters.
    int contractMonths = 12;
    AllocationDetail allocationDetail = AllocationDetail::Auto;
    int buyerRowLimit = 2000;
    /// The date printed as report date; invalid = today.
    QDate reportDate;
};

} // namespace td::report
