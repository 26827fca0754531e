#pragma once

#include "rational.h"
#include "rounding.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <boost/multiprecision/cpp_int.hpp>
#include <compare>
#include <optional>

namespace td::money {

/// Checked 128-bit integer: an overflow throws std::overflow_error instead of wrapping.
using CheckedInt128 = boost::multiprecision::checked_int128_t;
using CheckedInt256 = boost::multiprecision::checked_int256_t;

/// An exact decimal number: units × 10^-scale with a checked 128-bit integer of units.
///
/// Used for every amount, price, rate, share and volume in TenderDesk (no binary floating
/// point anywhere in core). Addition, subtraction and multiplication are exact; the scale of a
/// product is the sum of the scales. Division goes through Rational and is rounded explicitly
/// with fromRational(). Overflow of the 128-bit range (about 1.7 × 10^38 units) throws
/// std::overflow_error, which the evaluation turns into an error value: it never wraps.
/// Equality and ordering compare values, so 0.36 == 0.3600.
class Decimal
{
public:
    /// Largest scale a Decimal may carry (formats.md allows 12 input decimals; products of
    /// two inputs need 24).
    static constexpr int MaxScale = 30;

    Decimal() = default;
    Decimal(long long integer) : m_units(integer) {} // NOLINT: integers convert exactly
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
    /// The same text as toString(), as ASCII bytes (fast path for writers of big files).
    QByteArray toAscii() const;
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
    const CheckedInt128 &units() const { return m_units; }
    int scale() const { return m_scale; }
    int sign() const { return m_units.sign(); }
    bool isZero() const { return m_units == 0; }
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

    CheckedInt128 m_units = 0;
    int m_scale = 0;
};

/// 10^exponent as an arbitrary-precision integer.
BigInt powerOfTen(int exponent);

/// Rounds an exact rational to an integer number of 10^-decimals steps, returning the steps.
BigInt roundToSteps(const Rational &value, int decimals, Rounding mode);

} // namespace td::money
