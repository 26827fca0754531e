#pragma once

#include "model/parameters.h"
#include "model/tenderdata.h"

#include <QString>
#include <memory>
#include <optional>
#include <variant>

namespace td::rules {

/// The inputs of one comparable-unit-price computation (rules.md §2).
struct UnitPriceInput
{
    money::Rational packPriceInTenderCurrency; ///< P / rate(c), exact
    money::Decimal strength;                   ///< offered strength s
    QString strengthUnit;
    money::Decimal packSize;          ///< offered pack size n
    money::Decimal referenceStrength; ///< s0
    QString referenceStrengthUnit;
    money::Decimal referencePackSize; ///< n0
};

/// A field that made the computation impossible (e.g. "strength_unit").
struct UnitPriceError
{
    QString field;
    QString message;
};

/// Comparable unit price (单位可比价), rules.md §2:
///     unit = P_t / (k_s · k_n · n0), rounded half away from zero to price_decimals,
/// with k_s = strength_coef^log2(s/s0) and k_n = n/n0 (linear) or pack_coef^log2(n/n0)
/// (coefficient). A power-of-two ratio (½, 2, 4 …) gives an exact rational coefficient
/// (1.7² = 2.89); any other ratio is evaluated with 100 significant digits before the one
/// rounding (the rules ask for at least 30).
std::variant<money::Decimal, UnitPriceError>
comparableUnitPrice(const UnitPriceInput &input, const model::Parameters &parameters);

/// comparableUnitPrice() for the bids of one product: the divisor k_s · k_n · n0 depends only
/// on strength, unit and pack size, which a product's bids mostly share, so it is computed
/// once per combination (seven conversions to exact rationals and up to two powers a bid, a
/// quarter of the rules' time per product). The prices are the same to the last digit.
class UnitPriceCalculator
{
public:
    explicit UnitPriceCalculator(const model::Parameters &parameters);
    ~UnitPriceCalculator();
    UnitPriceCalculator(const UnitPriceCalculator &) = delete;
    UnitPriceCalculator &operator=(const UnitPriceCalculator &) = delete;
    std::variant<money::Decimal, UnitPriceError> operator()(const UnitPriceInput &input);

private:
    struct Divisors;
    const model::Parameters &m_parameters;
    std::unique_ptr<Divisors> m_divisors;
};

/// The exponent k when `ratio` is exactly 2^k, else none.
std::optional<int> exactLog2(const money::Rational &ratio);

} // namespace td::rules
