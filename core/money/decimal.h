#pragma once

#include "rational.h"
#include "rounding.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <optional>

namespace td::money {

/// Checked 128-bit integer: an overflow throws std::overflow_error instead of wrapping.
using CheckedInt128 = boost::multiprecision::checked_int128_t;
using CheckedInt256 = boost::multiprecision::checked_int256_t;

/// An exact decimal number: units × 10^-scale with a checked signed 128-bit integer of units.
///
/// Used for every amount, price, rate, share and volume in TenderDesk (no binary floating
/// point anywhere in core). Addition, subtraction and multiplication are exact; the scale of a
/// product is the sum of the scales. Division goes through Rational and is rounded explicitly
/// with fromRational(). Overflow of the signed 128-bit range (|units| < 2^127, about
/// 1.7 × 10^38) throws std::overflow_error, which the evaluation turns into an error value: it
/// never wraps. Equality and ordering compare values, so 0.36 == 0.3600.
///
/// The units are kept as two 64-bit halves of a two's-complement integer (24 bytes with the
/// scale; Boost's checked_int128_t alone takes 32 and the Decimal 48): a national batch holds
/// one per demand row and three per allocation, millions in all. Arithmetic runs on the
/// compiler's 128-bit integers with overflow-checked builtins; wider intermediates (products
/// before they are checked, comparisons across scales) and rationals use Boost.Multiprecision,
/// and units() gives the value as Boost's checked 128-bit integer.
class Decimal
{
public:
    /// Largest scale a Decimal may carry (formats.md allows 12 input decimals; products of
    /// two inputs need 24).
    static constexpr int MaxScale = 30;

    Decimal() = default;
    Decimal(long long integer) // NOLINT: integers convert exactly
        : m_low(static_cast<quint64>(integer)), m_high(integer < 0 ? ~quint64(0) : 0)
    {}
    static Decimal fromUnits(const CheckedInt128 &units, int scale);

    /// Parses the strict grammar of formats.md §1: -?digits(.digits)?, at most 20 digits before
    /// the point and 12 after. No exponent, no '+', no thousands separators, no ".5" or "5.".
    static std::optional<Decimal> parse(QStringView text);
    /// Like parse() but with caller-chosen limits (used for parameters and internal text).
    static std::optional<Decimal> parse(QStringView text, int maxIntegerDigits,
                                        int maxFractionDigits);

    /// Rounds an exact rational to `decimals` places.
    static Decimal fromRational(const Rational &value, int decimals,
                                Rounding mode = Rounding::HalfAwayFromZero);

    /// Plain notation with exactly scale() decimals: "0.3600", "-12", "494568".
    QString toString() const;
    /// Room toChars needs at most: a sign, 39 digits, a point and a leading zero, with slack.
    static constexpr int MaxChars = 48;
    /// Writes toString()'s text into `out` (at least MaxChars bytes, no terminator) and returns
    /// its length: no allocation, for writers of hundreds of thousands of values.
    int toChars(char *out) const;
    /// Plain notation with exactly `decimals` decimals, rounding when it has more.
    QString toString(int decimals, Rounding mode = Rounding::HalfAwayFromZero) const;
    /// Plain notation with trailing zeros removed but at least `minDecimals` kept ("0.755").
    QString toStringTrimmed(int minDecimals = 0) const;

    Decimal rounded(int decimals, Rounding mode = Rounding::HalfAwayFromZero) const;
    /// Same value at a larger scale (exact): 0.36 at scale 4 is 0.3600.
    Decimal withScale(int scale) const;
    /// Smallest scale that holds the value exactly (0.3600 → 0.36).
    Decimal normalized() const;

    Rational toRational() const;
    CheckedInt128 units() const;

    /// The units' two's-complement halves and the scale: a lossless binary form for stored
    /// runs, written and read without going through text or Boost.
    struct Raw
    {
        quint64 low = 0;
        quint64 high = 0;
        int scale = 0;
    };
    Raw raw() const { return {m_low, m_high, m_scale}; }
    /// The Decimal a raw() form describes; none when it is outside the range (damaged input).
    static std::optional<Decimal> fromRaw(const Raw &raw);
    int scale() const { return m_scale; }
    int sign() const { return (m_high >> 63) ? -1 : ((m_low | m_high) != 0 ? 1 : 0); }
    bool isZero() const { return (m_low | m_high) == 0; }
    bool isInteger() const;
    /// The number of digits after the point once trailing zeros are removed.
    int significantDecimals() const;
    /// Integer part when the value is whole and fits; std::nullopt otherwise.
    std::optional<long long> toInteger() const;

    Decimal operator-() const;
    friend Decimal operator+(const Decimal &a, const Decimal &b);
    friend Decimal operator-(const Decimal &a, const Decimal &b);
    friend Decimal operator*(const Decimal &a, const Decimal &b);
    Decimal &operator+=(const Decimal &other) { return *this = *this + other; }

    friend bool operator==(const Decimal &a, const Decimal &b);
    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);

private:
    static std::optional<Decimal> parseChecked(QStringView text, int maxIntegerDigits,
                                               int maxFractionDigits);

    friend struct DecimalUnits; // the native view of the units (decimal.cpp)

    quint64 m_low = 0;  ///< low half of the units (two's complement)
    quint64 m_high = 0; ///< high half, sign included
    int m_scale = 0;
};

/// 10^exponent as an arbitrary-precision integer.
BigInt powerOfTen(int exponent);

/// Rounds an exact rational to an integer number of 10^-decimals steps, returning the steps.
BigInt roundToSteps(const Rational &value, int decimals, Rounding mode);

} // namespace td::money
