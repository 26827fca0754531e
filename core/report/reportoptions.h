#pragma once

#include "phrasebook.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace td::report {

enum class Paper { A4, Letter };

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
    /// The date printed as report date; invalid = today.
    QDate reportDate;
};

} // namespace td::report
