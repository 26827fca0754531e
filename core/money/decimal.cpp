#include "decimal.h"

#include <array>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace td::money {

__extension__ typedef __int128 Native;
__extension__ typedef unsigned __int128 NativeMagnitude;

// The native view of a Decimal's units (the halves are private to Decimal).
struct DecimalUnits
{
    static Native get(const Decimal &d)
    {
        return static_cast<Native>((static_cast<NativeMagnitude>(d.m_high) << 64) | d.m_low);
    }
    static Decimal make(Native units, int scale)
    {
        if (scale < 0 || scale > Decimal::MaxScale)
            throw std::overflow_error("decimal scale out of range");
        // -2^127 has no positive counterpart: the range is kept symmetric, |units| < 2^127.
        if (units == std::numeric_limits<Native>::min())
            throw std::overflow_error("decimal value exceeds the 128-bit range");
        Decimal d;
        d.m_low = static_cast<quint64>(static_cast<NativeMagnitude>(units));
        d.m_high = static_cast<quint64>(static_cast<NativeMagnitude>(units) >> 64);
        d.m_scale = scale;
        return d;
    }
};

namespace {

// 10^0 … 10^38: every power of ten a native signed 128-bit integer holds.
constexpr int NativePowers = 39;
constexpr std::array<Native, NativePowers> nativePowersOfTen()
{
    std::array<Native, NativePowers> powers{};
    powers[0] = 1;
    for (int i = 1; i < NativePowers; ++i)
        powers[i] = powers[i - 1] * 10;
    return powers;
}
constexpr std::array<Native, NativePowers> NativePowerOfTen = nativePowersOfTen();

[[noreturn]] void overflow()
{
    throw std::overflow_error("decimal value exceeds the 128-bit range");
}

// value × 10^exponent, or false when it would not fit.
bool scaleUp(Native value, int exponent, Native *out)
{
    if (exponent < 0 || exponent >= NativePowers)
        return false;
    return !__builtin_mul_overflow(value, NativePowerOfTen[exponent], out);
}

NativeMagnitude magnitudeOf(Native value)
{
    return value < 0 ? -static_cast<NativeMagnitude>(value) : static_cast<NativeMagnitude>(value);
}

// Boost's checked 128-bit integer is its "trivial" backend: one unsigned 128-bit magnitude and
// a sign. Conversions go straight through it (Boost's own conversion from __int128 takes its
// generic shift-and-mask path).
using Backend = CheckedInt128::backend_type;
using BackendMagnitude = std::remove_pointer_t<decltype(std::declval<Backend &>().limbs())>;
static_assert(sizeof(BackendMagnitude) == 16,
              "checked_int128_t is expected to hold one 128-bit magnitude");

CheckedInt128 toChecked(Native value)
{
    CheckedInt128 result;
    *result.backend().limbs() = magnitudeOf(value);
    result.backend().sign(value < 0);
    return result;
}

Native fromChecked(const CheckedInt128 &value)
{
    const NativeMagnitude magnitude = *value.backend().limbs();
    if (magnitude >> 127)
        overflow();
    return value.backend().sign() ? -static_cast<Native>(magnitude)
                                  : static_cast<Native>(magnitude);
}

Native fromBig(const BigInt &value)
{
    // cpp_int → 128 bits: refuse anything that does not fit instead of truncating.
    if (value != 0 && boost::multiprecision::msb(boost::multiprecision::abs(value)) >= 127)
        overflow();
    return fromChecked(static_cast<CheckedInt128>(value));
}

BigInt toBig(Native value)
{
    return static_cast<BigInt>(toChecked(value));
}

// Boost 1.74 numbers have no operator<=>.
template <typename T> std::strong_ordering threeWay(const T &x, const T &y)
{
    if (x < y)
        return std::strong_ordering::less;
    if (y < x)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

} // namespace

BigInt powerOfTen(int exponent)
{
    BigInt result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

BigInt roundToSteps(const Rational &value, int decimals, Rounding mode)
{
    const BigInt numerator = boost::multiprecision::numerator(value);
    const BigInt denominator = boost::multiprecision::denominator(value); // always > 0
    const bool negative = numerator < 0;
    const BigInt scaled = boost::multiprecision::abs(numerator) * powerOfTen(decimals);
    BigInt quotient = scaled / denominator;
    const BigInt remainder = scaled - quotient * denominator;
    const BigInt twice = remainder * 2;
    switch (mode) {
    case Rounding::HalfAwayFromZero:
        if (twice >= denominator)
            ++quotient;
        break;
    case Rounding::TowardZero:
        break;
    case Rounding::HalfEven:
        if (twice > denominator || (twice == denominator && (quotient & 1) != 0))
            ++quotient;
        break;
    }
    return negative ? BigInt(-quotient) : quotient;
}

Decimal Decimal::fromUnits(const CheckedInt128 &units, int scale)
{
    return DecimalUnits::make(fromChecked(units), scale);
}

std::optional<Decimal> Decimal::fromRaw(const Raw &raw)
{
    const bool minimum = raw.high == (quint64(1) << 63) && raw.low == 0; // -2^127
    if (raw.scale < 0 || raw.scale > MaxScale || minimum)
        return std::nullopt;
    Decimal d;
    d.m_low = raw.low;
    d.m_high = raw.high;
    d.m_scale = raw.scale;
    return d;
}

CheckedInt128 Decimal::units() const
{
    return toChecked(DecimalUnits::get(*this));
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    return parse(text, 20, 12);
}

std::optional<Decimal> Decimal::parse(QStringView text, int maxIntegerDigits, int maxFractionDigits)
{
    try {
        return parseChecked(text, maxIntegerDigits, maxFractionDigits);
    } catch (const std::overflow_error &) {
        return std::nullopt; // more digits than 128 bits hold: not a value we can take exactly
    }
}

std::optional<Decimal> Decimal::parseChecked(QStringView text, int maxIntegerDigits,
                                             int maxFractionDigits)
{
    qsizetype pos = 0;
    const qsizetype size = text.size();
    bool negative = false;
    if (pos < size && text[pos] == u'-') {
        negative = true;
        ++pos;
    }
    Native units = 0;
    auto addDigit = [&units](char16_t digit) {
        if (__builtin_mul_overflow(units, 10, &units) ||
            __builtin_add_overflow(units, Native(digit - u'0'), &units))
            overflow();
    };
    int integerDigits = 0;
    while (pos < size && text[pos] >= u'0' && text[pos] <= u'9') {
        if (++integerDigits > maxIntegerDigits)
            return std::nullopt;
        addDigit(text[pos].unicode());
        ++pos;
    }
    if (integerDigits == 0)
        return std::nullopt;
    int fractionDigits = 0;
    if (pos < size && text[pos] == u'.') {
        ++pos;
        while (pos < size && text[pos] >= u'0' && text[pos] <= u'9') {
            if (++fractionDigits > maxFractionDigits)
                return std::nullopt;
            addDigit(text[pos].unicode());
            ++pos;
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (pos != size)
        return std::nullopt;
    return DecimalUnits::make(negative ? -units : units, fractionDigits);
}

Decimal Decimal::fromRational(const Rational &value, int decimals, Rounding mode)
{
    return DecimalUnits::make(fromBig(roundToSteps(value, decimals, mode)), decimals);
}

int Decimal::toChars(char *out) const
{
    // Digits of the magnitude, least significant first, into a scratch buffer.
    char digits[MaxChars];
    int count = 0;
    const Native units = DecimalUnits::get(*this);
    NativeMagnitude magnitude = magnitudeOf(units);
    // 64-bit division is far cheaper than 128-bit: use it once the value fits.
    while (magnitude > std::numeric_limits<quint64>::max()) {
        digits[count++] = static_cast<char>('0' + static_cast<int>(magnitude % 10));
        magnitude /= 10;
    }
    quint64 small = static_cast<quint64>(magnitude);
    do {
        digits[count++] = static_cast<char>('0' + static_cast<int>(small % 10));
        small /= 10;
    } while (small != 0);
    while (count <= m_scale) // at least one digit before the point
        digits[count++] = '0';
    int length = 0;
    if (units < 0)
        out[length++] = '-';
    for (int i = count - 1; i >= 0; --i) {
        out[length++] = digits[i];
        if (i == m_scale && m_scale > 0)
            out[length++] = '.';
    }
    return length;
}

QString Decimal::toString() const
{
    char text[MaxChars];
    return QString::fromLatin1(text, toChars(text));
}

QString Decimal::toString(int decimals, Rounding mode) const
{
    if (decimals >= m_scale)
        return withScale(decimals).toString();
    return rounded(decimals, mode).toString();
}

QString Decimal::toStringTrimmed(int minDecimals) const
{
    const Decimal normal = normalized();
    return normal.withScale(std::max(normal.m_scale, minDecimals)).toString();
}

Decimal Decimal::rounded(int decimals, Rounding mode) const
{
    if (decimals >= m_scale)
        return withScale(decimals);
    if (decimals < 0)
        throw std::overflow_error("decimal scale out of range");
    const Native units = DecimalUnits::get(*this);
    const NativeMagnitude divisor =
        static_cast<NativeMagnitude>(NativePowerOfTen[m_scale - decimals]); // ≤ 10^30
    const NativeMagnitude magnitude = magnitudeOf(units);
    NativeMagnitude quotient, remainder;
    if (magnitude <= std::numeric_limits<quint64>::max() &&
        divisor <= std::numeric_limits<quint64>::max()) {
        // 64-bit division: several times faster than the 128-bit library call, and nearly every
        // volume, price and value fits.
        const quint64 m = static_cast<quint64>(magnitude), d = static_cast<quint64>(divisor);
        quotient = m / d;
        remainder = m % d;
    } else {
        quotient = magnitude / divisor;
        remainder = magnitude % divisor;
    }
    const NativeMagnitude half = divisor - remainder; // remainder ≥ divisor/2 ⇔ remainder ≥ half
    switch (mode) {
    case Rounding::HalfAwayFromZero:
        quotient += remainder >= half ? 1 : 0;
        break;
    case Rounding::TowardZero:
        break;
    case Rounding::HalfEven:
        quotient += (remainder > half || (remainder == half && (quotient & 1) != 0)) ? 1 : 0;
        break;
    }
    // quotient < 2^127 here: it is at most the magnitude divided by 10, plus one.
    const Native signedQuotient = static_cast<Native>(quotient);
    return DecimalUnits::make(units < 0 ? -signedQuotient : signedQuotient, decimals);
}

Decimal Decimal::withScale(int scale) const
{
    if (scale <= m_scale)
        return scale == m_scale ? *this : rounded(scale, Rounding::TowardZero);
    Native scaled;
    if (!scaleUp(DecimalUnits::get(*this), scale - m_scale, &scaled))
        overflow();
    return DecimalUnits::make(scaled, scale);
}

Decimal Decimal::normalized() const
{
    Native units = DecimalUnits::get(*this);
    int scale = m_scale;
    while (scale > 0 && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    return DecimalUnits::make(units, scale);
}

Rational Decimal::toRational() const
{
    return Rational(toBig(DecimalUnits::get(*this)), powerOfTen(m_scale));
}

bool Decimal::isInteger() const
{
    return normalized().m_scale == 0;
}

int Decimal::significantDecimals() const
{
    return normalized().m_scale;
}

std::optional<long long> Decimal::toInteger() const
{
    const Decimal normal = normalized();
    if (normal.m_scale != 0)
        return std::nullopt;
    const Native units = DecimalUnits::get(normal);
    if (units > std::numeric_limits<long long>::max() ||
        units < std::numeric_limits<long long>::min())
        return std::nullopt;
    return static_cast<long long>(units);
}

Decimal Decimal::operator-() const
{
    return DecimalUnits::make(-DecimalUnits::get(*this), m_scale); // |units| < 2^127: no overflow
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    Native x, y, sum;
    if (!scaleUp(DecimalUnits::get(a), scale - a.m_scale, &x) ||
        !scaleUp(DecimalUnits::get(b), scale - b.m_scale, &y) || __builtin_add_overflow(x, y, &sum))
        overflow();
    return DecimalUnits::make(sum, scale);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    return a + (-b);
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    const Native x = DecimalUnits::get(a), y = DecimalUnits::get(b);
    int scale = a.m_scale + b.m_scale;
    if (Native product; scale <= Decimal::MaxScale && !__builtin_mul_overflow(x, y, &product))
        return DecimalUnits::make(product, scale);
    // The 256-bit intermediate never overflows for two 128-bit factors; the result must fit
    // 128 bits again (after dropping trailing zeros to keep the scale), or this throws.
    CheckedInt256 product = CheckedInt256(toChecked(x)) * CheckedInt256(toChecked(y));
    while (scale > Decimal::MaxScale && product % 10 == 0) {
        product /= 10;
        --scale;
    }
    if (scale > Decimal::MaxScale)
        throw std::overflow_error("decimal product needs more than 30 decimals");
    static const CheckedInt256 limit = CheckedInt256(std::numeric_limits<CheckedInt128>::max());
    if (product > limit || product < -limit)
        overflow();
    return Decimal::fromUnits(static_cast<CheckedInt128>(product), scale);
}

bool operator==(const Decimal &a, const Decimal &b)
{
    return (a <=> b) == std::strong_ordering::equal;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    const Native x = DecimalUnits::get(a), y = DecimalUnits::get(b);
    if (a.m_scale == b.m_scale)
        return x <=> y;
    const int scale = std::max(a.m_scale, b.m_scale);
    if (Native xs, ys; scaleUp(x, scale - a.m_scale, &xs) && scaleUp(y, scale - b.m_scale, &ys))
        return xs <=> ys;
    const CheckedInt256 xw =
        CheckedInt256(toChecked(x)) * CheckedInt256(powerOfTen(scale - a.m_scale));
    const CheckedInt256 yw =
        CheckedInt256(toChecked(y)) * CheckedInt256(powerOfTen(scale - b.m_scale));
    return threeWay(xw, yw);
}

} // namespace td::money
