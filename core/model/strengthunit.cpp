#include "strengthunit.h"

namespace td::model {

namespace {

// Micrograms per unit for the mass units rules.md §2 converts between.
std::optional<long long> microgramsPer(QStringView unit)
{
    if (unit == u"g")
        return 1000000;
    if (unit == u"mg")
        return 1000;
    if (unit == u"mcg")
        return 1;
    return std::nullopt;
}

} // namespace

std::optional<money::Rational> strengthUnitFactor(QStringView unit, QStringView targetUnit)
{
    if (unit == targetUnit)
        return money::Rational(1);
    const auto from = microgramsPer(unit);
    const auto to = microgramsPer(targetUnit);
    if (!from || !to)
        return std::nullopt;
    return money::Rational(*from, *to);
}

} // namespace td::model
