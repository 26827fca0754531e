#pragma once

#include <QString>
#include <QStringView>

namespace td::money {

/// Currencies as data: the number of decimals a local-currency amount is rounded to.
///
/// rules.md §1.3 fixes these "as used in practice": LAK, VND, KHR, IDR, MMK have 0 minor units,
/// every other currency 2 (so the rule, not ISO 4217, decides: ISO gives LAK 2 and JPY 0, the
/// rules give LAK 0 and JPY 2).
struct CurrencyInfo
{
    QString code;
    int minorUnits = 2;
};

CurrencyInfo currencyInfo(QStringView code);
int minorUnits(QStringView code);
/// Three capital ASCII letters (formats.md: "currencies 3").
bool isCurrencyCode(QStringView code);
/// Two capital ASCII letters (ISO 3166-1 alpha-2 shape).
bool isCountryCode(QStringView code);

} // namespace td::money
