#pragma once

#include "money/decimal.h"
#include "phrasebook.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace td::report {

/// Numbers and dates written the way a report language writes them, exactly.
///
/// Every number is the Decimal's own text (so "0.3600" keeps its four decimals) regrouped with
/// the language's group separator and decimal mark from QLocale (en, zh_CN, th: 1,234,567.89;
/// lo: 1.234.567,89 as CLDR has it; glossary.md asks users to check). Nothing passes through
/// binary floating point. Dates: "15 January 2025", "2025年1月15日", "15 ມັງກອນ 2025",
/// "15 มกราคม 2568" (Buddhist Era, BE = CE + 543, when buddhistEra is set; the default).
/// Chinese 万 (10⁴): tenThousands() shifts the decimal point four places exactly
/// (12,800,000.00 → 1,280 万).
class NumberFormat
{
public:
    explicit NumberFormat(Language language = Language::En, bool buddhistEra = true);

    QString number(const money::Decimal &value) const;
    /// An em dash for a missing value.
    QString number(const std::optional<money::Decimal> &value) const;
    QString integer(qint64 value) const;
    /// A share as a percentage, exact: 0.80 → "80 %", 0.755 → "75.5 %".
    QString percent(const money::Decimal &share) const;
    /// The value in units of 10⁴, exact, without the unit: 12800000.00 → "1,280".
    QString tenThousands(const money::Decimal &value) const;
    QString date(const QDate &date) const;
    /// Date and time (hh:mm, the time zone of the stored instant).
    QString dateTime(const QDateTime &dateTime) const;
    Language language() const { return m_language; }
    static QString dash() { return QStringLiteral("—"); }

private:
    QString regroup(const QString &plain) const;

    Language m_language;
    bool m_buddhistEra;
    QString m_group;
    QString m_decimal;
};

} // namespace td::report
