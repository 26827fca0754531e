#include "fxtable.h"

namespace td::rules {

FxTable::FxTable(const QString &tenderCurrency, const std::vector<model::FxRate> &rates)
    : m_tenderCurrency(tenderCurrency)
{
    for (const model::FxRate &r : rates) {
        auto it = m_latest.find(r.currency);
        if (it == m_latest.end() || r.date > it->date)
            m_latest.insert(r.currency, Entry{r.date, r.rate, r.rate.toRational()});
    }
}

std::optional<money::Rational> FxTable::rate(const QString &currency) const
{
    if (currency == m_tenderCurrency)
        return money::Rational(1);
    const auto it = m_latest.constFind(currency);
    if (it == m_latest.constEnd() || it->rate.sign() <= 0)
        return std::nullopt;
    return it->exact;
}

std::optional<money::Decimal> FxTable::rateDecimal(const QString &currency) const
{
    if (currency == m_tenderCurrency)
        return money::Decimal(1);
    const auto it = m_latest.constFind(currency);
    if (it == m_latest.constEnd() || it->rate.sign() <= 0)
        return std::nullopt;
    return it->rate;
}

} // namespace td::rules
