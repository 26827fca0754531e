#include "unitprice.h"

#include "model/strengthunit.h"

#include <QCoreApplication>
#include <boost/multiprecision/cpp_bin_float.hpp>

namespace td::rules {

// lupdate reads the context from this class; tr() uses the same qualified name at run time.
class UnitPriceText
{
    Q_DECLARE_TR_FUNCTIONS(td::rules::UnitPriceText)
};

namespace {

using money::BigInt;
using money::Rational;
// 100 decimal digits: far beyond the 30 significant digits rules.md §1.5 asks for.
using Real = boost::multiprecision::number<boost::multiprecision::cpp_bin_float<100>>;

bool isPowerOfTwo(const BigInt &value)
{
    return value > 0 && (value & (value - 1)) == 0;
}

Rational integerPower(const Rational &base, int exponent)
{
    Rational result = 1;
    const Rational factor = exponent >= 0 ? base : Rational(1) / base;
    for (int i = 0; i < std::abs(exponent); ++i)
        result *= factor;
    return result;
}

Real toReal(const Rational &value)
{
    return Real(boost::multiprecision::numerator(value)) /
           Real(boost::multiprecision::denominator(value));
}

/// coef^log2(ratio): exact when ratio is a power of two, else a 100-digit real.
std::variant<Rational, Real> coefficient(const Rational &coef, const Rational &ratio)
{
    if (const auto k = exactLog2(ratio))
        return integerPower(coef, *k);
    const Real exponent =
        boost::multiprecision::log(toReal(ratio)) / boost::multiprecision::log(Real(2));
    return Real(boost::multiprecision::exp(boost::multiprecision::log(toReal(coef)) * exponent));
}

Real asReal(const std::variant<Rational, Real> &value)
{
    if (const auto *r = std::get_if<Rational>(&value))
        return toReal(*r);
    return std::get<Real>(value);
}

money::Decimal roundReal(const Real &value, int decimals)
{
    Real scaled = boost::multiprecision::abs(value);
    for (int i = 0; i < decimals; ++i)
        scaled *= 10;
    const BigInt steps = boost::multiprecision::floor(scaled + Real(0.5)).convert_to<BigInt>();
    const BigInt signedSteps = value < 0 ? BigInt(-steps) : steps;
    return money::Decimal::fromRational(Rational(signedSteps, money::powerOfTen(decimals)),
                                        decimals);
}

} // namespace

std::optional<int> exactLog2(const Rational &ratio)
{
    const BigInt num = boost::multiprecision::numerator(ratio);
    const BigInt den = boost::multiprecision::denominator(ratio);
    if (num == 1 && isPowerOfTwo(den))
        return -static_cast<int>(boost::multiprecision::msb(den));
    if (den == 1 && isPowerOfTwo(num))
        return static_cast<int>(boost::multiprecision::msb(num));
    return std::nullopt;
}

namespace {

// k_s · k_n · n0, or why it cannot be computed.
std::variant<std::variant<Rational, Real>, UnitPriceError> divisorOf(const UnitPriceInput &in,
                                                                     const model::Parameters &p)
{
    const auto unitFactor = model::strengthUnitFactor(in.strengthUnit, in.referenceStrengthUnit);
    if (!unitFactor)
        return UnitPriceError{QStringLiteral("strength_unit"),
                              UnitPriceText::tr("'%1' is not convertible to the product's '%2'")
                                  .arg(in.strengthUnit, in.referenceStrengthUnit)};
    if (in.strength.sign() <= 0 || in.referenceStrength.sign() <= 0)
        return UnitPriceError{QStringLiteral("strength"),
                              UnitPriceText::tr("strength must be greater than 0")};
    if (in.packSize.sign() <= 0 || in.referencePackSize.sign() <= 0)
        return UnitPriceError{QStringLiteral("pack_size"),
                              UnitPriceText::tr("pack size must be greater than 0")};

    const Rational strengthRatio =
        in.strength.toRational() * *unitFactor / in.referenceStrength.toRational();
    const Rational packRatio = in.packSize.toRational() / in.referencePackSize.toRational();
    const Rational n0 = in.referencePackSize.toRational();

    const auto ks = coefficient(p.strengthCoef.toRational(), strengthRatio);
    const std::variant<Rational, Real> kn = p.packRule == model::PackRule::Linear
                                                ? std::variant<Rational, Real>(packRatio)
                                                : coefficient(p.packCoef.toRational(), packRatio);
    if (std::holds_alternative<Rational>(ks) && std::holds_alternative<Rational>(kn))
        return std::variant<Rational, Real>(std::get<Rational>(ks) * std::get<Rational>(kn) * n0);
    return std::variant<Rational, Real>(asReal(ks) * asReal(kn) * toReal(n0));
}

// The one rounding of rules.md §2: P_t / divisor to price_decimals.
money::Decimal unitPrice(const Rational &packPrice, const std::variant<Rational, Real> &divisor,
                         const model::Parameters &p)
{
    if (const auto *exact = std::get_if<Rational>(&divisor))
        return money::Decimal::fromRational(packPrice / *exact, p.priceDecimals);
    return roundReal(toReal(packPrice) / std::get<Real>(divisor), p.priceDecimals);
}

} // namespace

std::variant<money::Decimal, UnitPriceError> comparableUnitPrice(const UnitPriceInput &in,
                                                                 const model::Parameters &p)
{
    auto divisor = divisorOf(in, p);
    if (auto *problem = std::get_if<UnitPriceError>(&divisor))
        return std::move(*problem);
    return unitPrice(in.packPriceInTenderCurrency, std::get<std::variant<Rational, Real>>(divisor),
                     p);
}

struct UnitPriceCalculator::Divisors
{
    struct Entry
    {
        money::Decimal strength, packSize, referenceStrength, referencePackSize;
        QString strengthUnit, referenceStrengthUnit;
        std::variant<Rational, Real> divisor;
    };
    std::vector<Entry> entries; // a product has a few combinations: a linear search
};

UnitPriceCalculator::UnitPriceCalculator(const model::Parameters &parameters)
    : m_parameters(parameters), m_divisors(std::make_unique<Divisors>())
{}

UnitPriceCalculator::~UnitPriceCalculator() = default;

std::variant<money::Decimal, UnitPriceError>
UnitPriceCalculator::operator()(const UnitPriceInput &in)
{
    // Equal values give equal ratios, so 0.5 and 0.50 share a divisor.
    for (const Divisors::Entry &e : m_divisors->entries)
        if (e.strength == in.strength && e.packSize == in.packSize &&
            e.strengthUnit == in.strengthUnit && e.referenceStrength == in.referenceStrength &&
            e.referencePackSize == in.referencePackSize &&
            e.referenceStrengthUnit == in.referenceStrengthUnit)
            return unitPrice(in.packPriceInTenderCurrency, e.divisor, m_parameters);
    auto divisor = divisorOf(in, m_parameters);
    if (auto *problem = std::get_if<UnitPriceError>(&divisor))
        return std::move(*problem);
    if (m_divisors->entries.size() < 64) // a product with more is not worth searching
        m_divisors->entries.push_back(
            {in.strength, in.packSize, in.referenceStrength, in.referencePackSize, in.strengthUnit,
             in.referenceStrengthUnit, std::get<std::variant<Rational, Real>>(divisor)});
    return unitPrice(in.packPriceInTenderCurrency, std::get<std::variant<Rational, Real>>(divisor),
                     m_parameters);
}

} // namespace td::rules
