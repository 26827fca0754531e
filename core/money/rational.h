#pragma once

#include <boost/multiprecision/cpp_int.hpp>

namespace td::money {

/// Exact rational numbers for exchange rates, means and thresholds (rules.md §1.2): converting
/// to the tender currency divides by the rate exactly; nothing is rounded until a rule says so.
using Rational = boost::multiprecision::cpp_rational;

/// Arbitrary-precision integer, used for intermediate products of rational arithmetic.
using BigInt = boost::multiprecision::cpp_int;

} // namespace td::money
