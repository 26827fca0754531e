#include "currency.h"

#include <array>

namespace td::money {

namespace {

bool capitals(QStringView code, qsizetype length)
{
    if (code.size() != length)
        return false;
    for (QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

} // namespace

CurrencyInfo currencyInfo(QStringView code)
{
    static constexpr std::array<char16_t[4], 5> zeroDecimal = {u"LAK", u"VND", u"KHR", u"IDR", u"MMK"};
    for (const auto &zero : zeroDecimal)
        if (code == QStringView(zero))
            return {code.toString(), 0};
    return {code.toString(), 2};
}

int minorUnits(QStringView code)
{
    return currencyInfo(code).minorUnits;
}

bool isCurrencyCode(QStringView code)
{
    return capitals(code, 3);
}

bool isCountryCode(QStringView code)
{
    return capitals(code, 2);
}

} // namespace td::money
