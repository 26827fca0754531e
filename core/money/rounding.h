#pragma once

namespace td::money {

/// How a value is brought to fewer decimals. rules.md §1.3 names one mode for every rounding
/// the evaluation does (HalfAwayFromZero); the others exist for display and tests.
enum class Rounding {
    /// Half away from zero ("half-up" in rules.md): 23.205 → 23.21, −23.205 → −23.21,
    /// 0.58465 → 0.5847, 494567.5 → 494568.
    HalfAwayFromZero,
    /// Drop the extra digits: 0.35294 → 0.3529, −0.35299 → −0.3529.
    TowardZero,
    /// Banker's rounding, never used by the rules (kept to show why: 0.5 → 0, 1.5 → 2).
    HalfEven,
};

} // namespace td::money
