#include "cellparser.h"

#include <QCoreApplication>

namespace td::io::cell {

// lupdate reads the context from this class; tr() uses the same name at run time.
class CellText
{
    Q_DECLARE_TR_FUNCTIONS(td::io::cell)
};

namespace {

bool isUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool allUpper(QStringView text, qsizetype length)
{
    if (text.size() != length)
        return false;
    for (QChar c : text)
        if (!isUpper(c))
            return false;
    return true;
}

// Why a text is not a decimal, in the words of the spreadsheet habit that produced it.
QString decimalHint(QStringView text)
{
    if (text.contains(u','))
        return CellText::tr(" (no thousands separators, '.' for decimals)");
    bool digits = false;
    for (QChar c : text)
        digits = digits || isDigit(c);
    if (digits && (text.contains(u'e') || text.contains(u'E')))
        return CellText::tr(" (no exponent: write 10000000, not 1E+07)");
    if (text.startsWith(u'+'))
        return CellText::tr(" (no '+' sign)");
    if (text.startsWith(u'.') || text.endsWith(u'.') || text.startsWith(u"-."))
        return CellText::tr(" (write 0.5 and 5, not .5 or 5.)");
    if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
        return CellText::tr(" (remove the spaces around it)");
    bool plain = digits;
    for (QChar c : text)
        plain = plain && (isDigit(c) || c == u'.' || c == u'-');
    if (plain)
        return CellText::tr(" (at most 20 digits before the point and 12 after)");
    return {};
}

} // namespace

QString quoted(QStringView text)
{
    constexpr qsizetype limit = 60;
    if (text.size() <= limit)
        return u'\'' + text.toString() + u'\'';
    return u'\'' + text.left(limit).toString() + QStringLiteral("…' (") +
           CellText::tr("%n characters", nullptr, int(std::min<qsizetype>(text.size(), INT_MAX))) +
           u')';
}

namespace {

// The common short case of Decimal::parse's grammar in 64-bit arithmetic (a million demand
// quantities); anything longer or unusual goes to Decimal::parse, which stays the reference.
std::optional<money::Decimal> parseShortDecimal(QStringView text)
{
    const qsizetype size = text.size();
    if (size == 0 || size > 18)
        return money::Decimal::parse(text);
    qsizetype pos = text[0] == u'-' ? 1 : 0;
    const bool negative = pos == 1;
    qint64 units = 0;
    const qsizetype integerStart = pos;
    while (pos < size && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9')
        units = units * 10 + (text[pos++].unicode() - u'0');
    if (pos == integerStart)
        return std::nullopt;
    int scale = 0;
    if (pos < size) {
        if (text[pos] != u'.')
            return std::nullopt;
        const qsizetype fractionStart = ++pos;
        while (pos < size && text[pos].unicode() >= u'0' && text[pos].unicode() <= u'9')
            units = units * 10 + (text[pos++].unicode() - u'0');
        scale = int(pos - fractionStart);
        if (scale == 0 || scale > 12 || pos != size)
            return std::nullopt;
    }
    if (pos - integerStart - (scale ? scale + 1 : 0) > 20)
        return std::nullopt;
    return money::Decimal::fromUnits(negative ? -units : units, scale);
}

} // namespace

std::optional<money::Decimal> decimal(QStringView text, Sign sign, QString *error)
{
    const std::optional<money::Decimal> value = parseShortDecimal(text);
    if (!value) {
        *error = CellText::tr("%1 is not a decimal").arg(quoted(text)) + decimalHint(text);
        return std::nullopt;
    }
    if (sign == Sign::Positive && value->sign() <= 0) {
        *error = CellText::tr("%1 must be greater than 0").arg(quoted(text));
        return std::nullopt;
    }
    if (sign == Sign::NonNegative && value->sign() < 0) {
        *error = CellText::tr("%1 must not be negative").arg(quoted(text));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> count(QStringView text, QString *error)
{
    qint64 value = 0;
    bool ok = !text.isEmpty() && text.size() <= 15;
    for (QChar c : text) {
        if (!isDigit(c)) {
            ok = false;
            break;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    if (!ok) {
        if (text.startsWith(u'-') && money::Decimal::parse(text))
            *error = CellText::tr("%1 must not be negative").arg(quoted(text));
        else
            *error = CellText::tr("%1 is not a whole number").arg(quoted(text));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> yesNo(QStringView text, QString *error)
{
    if (text == u"yes")
        return true;
    if (text == u"no")
        return false;
    *error = CellText::tr("%1 is not yes/no").arg(quoted(text));
    return std::nullopt;
}

std::optional<QDate> date(QStringView text, QString *error)
{
    if (auto value = model::parseDate(text))
        return value;
    *error = CellText::tr("%1 is not an ISO date (YYYY-MM-DD, e.g. 2026-11-01)").arg(quoted(text));
    return std::nullopt;
}

std::optional<qint64> timestamp(QStringView text, QString *error)
{
    // parseTimestamp() runs a regular expression: refuse absurd lengths before it sees them.
    if (text.size() <= 64)
        if (auto value = model::parseTimestamp(text))
            return value;
    *error = CellText::tr("%1 is not ISO 8601 (e.g. 2026-10-20T10:00:00+08:00)").arg(quoted(text));
    return std::nullopt;
}

bool isCountry(QStringView text)
{
    return allUpper(text, 2);
}

bool isCurrency(QStringView text)
{
    return allUpper(text, 3);
}

bool country(QStringView text, QString *error)
{
    if (isCountry(text))
        return true;
    *error = CellText::tr("%1 is not an ISO country code (2 capital letters, e.g. CN)")
                 .arg(quoted(text));
    return false;
}

bool currency(QStringView text, QString *error)
{
    if (isCurrency(text))
        return true;
    *error = CellText::tr("%1 is not an ISO currency code (3 capital letters, e.g. CNY)")
                 .arg(quoted(text));
    return false;
}

bool atc(QStringView text, QString *error)
{
    const bool ok = text.size() == 7 && isUpper(text[0]) && isDigit(text[1]) && isDigit(text[2]) &&
                    isUpper(text[3]) && isUpper(text[4]) && isDigit(text[5]) && isDigit(text[6]);
    if (!ok)
        *error = CellText::tr(
                     "%1 is not an ATC code (letter, 2 digits, 2 letters, 2 digits, e.g. C08CA01)")
                     .arg(quoted(text));
    return ok;
}

std::optional<model::RuleSet> ruleSet(QStringView text, QString *error)
{
    if (auto value = model::ruleSetFromName(text))
        return value;
    *error =
        CellText::tr("%1 is not a rule set (vbp-b9, vbp-b10, vbp-b11 or meat)").arg(quoted(text));
    return std::nullopt;
}

std::optional<model::QualityCode> quality(QStringView text, QString *error)
{
    if (auto value = model::qualityCodeFromName(text))
        return value;
    *error = CellText::tr("%1 is not a quality code (who_pq, sra, pics, consistency or gmp)")
                 .arg(quoted(text));
    return std::nullopt;
}

} // namespace td::io::cell
