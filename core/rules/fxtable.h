#pragma once

#include "model/tenderdata.h"

#include <QHash>
#include <QString>
#include <optional>

namespace td::rules {

/// Exchange rates as exact rationals, the latest date per currency (rules.md §1.2, §1.7).
/// A rate is units of the currency per one unit of the tender currency, which is always 1.
class FxTable
{
public:
    FxTable(const QString &tenderCurrency, const std::vector<model::FxRate> &rates);
    /// The rate of `currency`, or none when fx.csv has none.
    std::optional<money::Rational> rate(const QString &currency) const;
    /// The same rate as the exact decimal it was written as.
    std::optional<money::Decimal> rateDecimal(const QString &currency) const;

private:
    QString m_tenderCurrency;
    struct Entry
    {
        QDate date;
        money::Decimal rate;
        money::Rational exact;
    };
    QHash<QString, Entry> m_latest;
};

} // namespace td::rules
