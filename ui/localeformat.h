#pragma once

#include "money/decimal.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace td::ui {

/// Formats an exact decimal for display in `locale`: the digits of Decimal::toString() with the
/// locale's group separator and decimal mark. Never goes through double, so 0.55 stays 0.55 and
/// 12800000.00 stays exact.
QString formatDecimal(const money::Decimal &value, const QLocale &locale = QLocale());
/// The same with exactly `decimals` places (rounded half away from zero when it has more).
QString formatDecimal(const money::Decimal &value, int decimals, const QLocale &locale = QLocale());
/// Empty text for none.
QString formatDecimal(const std::optional<money::Decimal> &value, const QLocale &locale = QLocale());
/// A share 0.80 as "80%" (exact: the share times 100, trailing zeros trimmed).
QString formatShare(const std::optional<money::Decimal> &share, const QLocale &locale = QLocale());
/// A plain-notation decimal string ("-1234.50") with the locale's grouping and decimal mark.
QString localizeDecimalText(const QString &plain, const QLocale &locale = QLocale());
/// A date in the locale's short format (Thai: Buddhist Era year).
QString formatDate(const QDate &date, const QLocale &locale = QLocale());

} // namespace td::ui
