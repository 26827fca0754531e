#include "decimal.h"

#include <array>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <utility>

namespace td::money {

namespace {

CheckedInt128 toInt128(const BigInt &value)
{
    // cpp_int → checked 128-bit: refuse anything that does not fit instead of truncating.
    if (value != 0 && boost::multiprecision::msb(boost::multiprecision::abs(value)) >= 127)
        throw std::overflow_error("decimal value exceeds the 128-bit range");
    return static_cast<CheckedInt128>(value);
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

BigInt toBig(const CheckedInt128 &value)
{
    return static_cast<BigInt>(value);
}

// Native fast path. Boost's checked 128-bit integer is a sign and a 128-bit magnitude with a
// check on every operation; the per-buyer volumes and contract values of a national batch
// (hundreds of thousands of additions, products and roundings) spend most of their time
// there. Values whose magnitude fits a native signed __int128 (all real ones) are computed
// with the compiler's overflow-checked builtins instead; anything that does not fit, or any
// operation that would overflow, falls back to the checked Boost path, which throws as before.
__extension__ typedef __int128 Native;
__extension__ typedef unsigned __int128 NativeMagnitude;

// checked_int128_t is Boost's "trivial" backend: one unsigned 128-bit magnitude and a sign.
using Backend = CheckedInt128::backend_type;
using BackendMagnitude = std::remove_pointer_t<decltype(std::declval<Backend &>().limbs())>;
static_assert(sizeof(BackendMagnitude) == 16,
              "checked_int128_t is expected to hold one 128-bit magnitude");

bool toNative(const CheckedInt128 &value, Native *out)
{
    const NativeMagnitude magnitude = *value.backend().limbs();
    if (magnitude >> 127)
        return false;
    *out =
        value.backend().sign() ? -static_cast<Native>(magnitude) : static_cast<Native>(magnitude);
    return true;
}

CheckedInt128 fromNative(Native value)
{
    // Straight into the magnitude and sign: Boost's conversion from __int128 goes through its
    // generic shift-and-mask path, which costs more than the arithmetic itself.
    const bool negative = value < 0;
    CheckedInt128 result;
    *result.backend().limbs() =
        negative ? -static_cast<NativeMagnitude>(value) : static_cast<NativeMagnitude>(value);
    result.backend().sign(negative);
    return result;
}

// 10^0 … 10^38: every power of ten a native __int128 holds.
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

// value × 10^exponent, or false when it would not fit.
bool scaleUpNative(Native value, int exponent, Native *out)
{
    if (exponent < 0 || exponent >= NativePowers)
        return false;
    return !__builtin_mul_overflow(value, NativePowerOfTen[exponent], out);
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
    if (scale < 0 || scale > MaxScale)
        throw std::overflow_error("decimal scale out of range");
    Decimal result;
    result.m_units = units;
    result.m_scale = scale;
    return result;
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
    CheckedInt128 units = 0;
    int integerDigits = 0;
    while (pos < size && text[pos] >= u'0' && text[pos] <= u'9') {
        if (++integerDigits > maxIntegerDigits)
            return std::nullopt;
        units = units * 10 + (text[pos].unicode() - u'0');
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
            units = units * 10 + (text[pos].unicode() - u'0');
            ++pos;
        }
        if (fractionDigits == 0)
            return std::nullopt;
    }
    if (pos != size)
        return std::nullopt;
    return fromUnits(negative ? CheckedInt128(-units) : units, fractionDigits);
}

Decimal Decimal::fromRational(const Rational &value, int decimals, Rounding mode)
{
    return fromUnits(toInt128(roundToSteps(value, decimals, mode)), decimals);
}

int Decimal::toChars(char *out) const
{
    // Digits of the magnitude, least significant first, into a scratch buffer.
    char digits[MaxChars];
    int count = 0;
    if (Native units; toNative(m_units, &units)) {
        NativeMagnitude magnitude =
            units < 0 ? -static_cast<NativeMagnitude>(units) : static_cast<NativeMagnitude>(units);
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
    } else {
        const std::string magnitude = boost::multiprecision::abs(m_units).str();
        for (auto it = magnitude.rbegin(); it != magnitude.rend(); ++it)
            digits[count++] = *it;
    }
    while (count <= m_scale) // at least one digit before the point
        digits[count++] = '0';
    int length = 0;
    if (m_units < 0)
        out[length++] = '-';
    for (int i = count - 1; i >= 0; --i) {
        out[length++] = digits[i];
        if (i == m_scale && m_scale > 0)
            out[length++] = '.';
    }
    return length;
}

QByteArray Decimal::toAscii() const
{
    char text[MaxChars];
    return QByteArray(text, toChars(text));
}

QString Decimal::toString() const
{
    return QString::fromLatin1(toAscii());
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
    if (Native units; decimals >= 0 && toNative(m_units, &units)) {
        const Native divisor = NativePowerOfTen[m_scale - decimals]; // scale ≤ 30
        const bool negative = units < 0;
        const Native magnitude = negative ? -units : units;
        Native quotient, remainder;
        if (magnitude <= std::numeric_limits<quint64>::max() && divisor <= std::numeric_limits<quint64>::max()) {
            // 64-bit division: several times faster than the 128-bit library call, and nearly
            // every volume, price and value fits.
            const quint64 m = static_cast<quint64>(magnitude), d = static_cast<quint64>(divisor);
            quotient = m / d;
            remainder = m % d;
        } else {
            quotient = magnitude / divisor;
            remainder = magnitude - quotient * divisor;
        }
        const Native half = divisor - remainder; // remainder ≥ divisor/2 ⇔ remainder ≥ half
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
        return fromUnits(fromNative(negative ? -quotient : quotient), decimals);
    }
    // The same on the checked 128-bit units (hot in per-buyer volumes): 10^30 still fits.
    CheckedInt128 divisor = 1;
    for (int i = decimals; i < m_scale; ++i)
        divisor *= 10;
    const bool negative = m_units < 0;
    const CheckedInt128 magnitude = negative ? CheckedInt128(-m_units) : m_units;
    CheckedInt128 quotient = magnitude / divisor;
    const CheckedInt128 remainder = magnitude - quotient * divisor;
    const CheckedInt128 half = divisor - remainder; // remainder ≥ divisor/2 ⇔ remainder ≥ half
    switch (mode) {
    case Rounding::HalfAwayFromZero:
        if (remainder >= half)
            ++quotient;
        break;
    case Rounding::TowardZero:
        break;
    case Rounding::HalfEven:
        if (remainder > half || (remainder == half && (quotient & 1) != 0))
            ++quotient;
        break;
    }
    return fromUnits(negative ? CheckedInt128(-quotient) : quotient, decimals);
}

Decimal Decimal::withScale(int scale) const
{
    if (scale <= m_scale)
        return scale == m_scale ? *this : rounded(scale, Rounding::TowardZero);
    if (Native units, scaled;
        toNative(m_units, &units) && scaleUpNative(units, scale - m_scale, &scaled))
        return fromUnits(fromNative(scaled), scale);
    return fromUnits(toInt128(toBig(m_units) * powerOfTen(scale - m_scale)), scale);
}

Decimal Decimal::normalized() const
{
    CheckedInt128 units = m_units;
    int scale = m_scale;
    while (scale > 0 && units % 10 == 0) {
        units /= 10;
        --scale;
    }
    return fromUnits(units, scale);
}

Rational Decimal::toRational() const
{
    return Rational(toBig(m_units), powerOfTen(m_scale));
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
    if (normal.m_units > std::numeric_limits<long long>::max() ||
        normal.m_units < std::numeric_limits<long long>::min())
        return std::nullopt;
    return static_cast<long long>(normal.m_units);
}

Decimal Decimal::operator-() const
{
    return fromUnits(-m_units, m_scale);
}

Decimal operator+(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    if (Native x, y, sum; toNative(a.m_units, &x) && toNative(b.m_units, &y) &&
                          scaleUpNative(x, scale - a.m_scale, &x) &&
                          scaleUpNative(y, scale - b.m_scale, &y) &&
                          !__builtin_add_overflow(x, y, &sum))
        return Decimal::fromUnits(fromNative(sum), scale);
    const Decimal x = a.withScale(scale);
    const Decimal y = b.withScale(scale);
    return Decimal::fromUnits(x.m_units + y.m_units, scale);
}

Decimal operator-(const Decimal &a, const Decimal &b)
{
    return a + (-b);
}

Decimal operator*(const Decimal &a, const Decimal &b)
{
    if (Native x, y, product; a.m_scale + b.m_scale <= Decimal::MaxScale &&
                              toNative(a.m_units, &x) && toNative(b.m_units, &y) &&
                              !__builtin_mul_overflow(x, y, &product))
        return Decimal::fromUnits(fromNative(product), a.m_scale + b.m_scale);
    // The 256-bit intermediate never overflows for two 128-bit factors; the result must fit
    // 128 bits again, or the multiplication throws.
    CheckedInt256 product = CheckedInt256(a.m_units) * CheckedInt256(b.m_units);
    int scale = a.m_scale + b.m_scale;
    // Keep the scale within MaxScale by dropping trailing zeros only (never rounding).
    while (scale > Decimal::MaxScale && product % 10 == 0) {
        product /= 10;
        --scale;
    }
    if (scale > Decimal::MaxScale)
        throw std::overflow_error("decimal product needs more than 30 decimals");
    static const CheckedInt256 limit = CheckedInt256(std::numeric_limits<CheckedInt128>::max());
    if (product > limit || product < -limit)
        throw std::overflow_error("decimal product exceeds the 128-bit range");
    return Decimal::fromUnits(static_cast<CheckedInt128>(product), scale);
}

bool operator==(const Decimal &a, const Decimal &b)
{
    return (a <=> b) == std::strong_ordering::equal;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    if (a.m_scale == b.m_scale)
        return threeWay(a.m_units, b.m_units);
    const int scale = std::max(a.m_scale, b.m_scale);
    if (Native x, y; toNative(a.m_units, &x) && toNative(b.m_units, &y) &&
                     scaleUpNative(x, scale - a.m_scale, &x) &&
                     scaleUpNative(y, scale - b.m_scale, &y))
        return x <=> y;
    const CheckedInt256 x = CheckedInt256(a.m_units) * CheckedInt256(powerOfTen(scale - a.m_scale));
    const CheckedInt256 y = CheckedInt256(b.m_units) * CheckedInt256(powerOfTen(scale - b.m_scale));
    return threeWay(x, y);
}

} // namespace td::money
