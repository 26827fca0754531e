#include "spreadsheetnumber.h"

#include <QDate>
#include <charconv>
#include <cmath>

namespace td::io::spreadsheet {

namespace {

constexpr int SignificantDigits = 15; // what spreadsheets show and keep of a typed number

bool toDouble(QStringView text, double &value)
{
    char buffer[64];
    if (text.isEmpty() || text.size() >= qsizetype(sizeof buffer))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7F)
            return false;
        buffer[i] = char(c);
    }
    const char *end = buffer + text.size();
    const auto [ptr, ec] = std::from_chars(buffer, end, value);
    return ec == std::errc() && ptr == end && std::isfinite(value);
}

} // namespace

QString numberText(QStringView xmlValue)
{
    double value = 0;
    if (!toDouble(xmlValue, value))
        return xmlValue.toString();
    if (value == 0)
        return QStringLiteral("0");
    // d.dddddddddddddde±XX: exactly 15 significant digits, correctly rounded.
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value,
                                      std::chars_format::scientific, SignificantDigits - 1);
    const std::string_view text(buffer, size_t(result.ptr - buffer));
    const bool negative = text.front() == '-';
    const size_t e = text.find('e');
    std::string digits;
    for (char c : text.substr(negative ? 1 : 0, e - (negative ? 1 : 0)))
        if (c != '.')
            digits.push_back(c);
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    int exponent = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+' ? 1 : 0), text.data() + text.size(),
                    exponent);
    std::string plain;
    if (exponent >= 0) {
        const size_t integerDigits = size_t(exponent) + 1;
        if (digits.size() <= integerDigits) {
            plain = digits + std::string(integerDigits - digits.size(), '0');
        } else {
            plain = digits.substr(0, integerDigits) + '.' + digits.substr(integerDigits);
        }
    } else {
        plain = "0." + std::string(size_t(-exponent - 1), '0') + digits;
    }
    if (negative)
        plain.insert(plain.begin(), '-');
    return QString::fromLatin1(plain.data(), qsizetype(plain.size()));
}

DateStyle builtinDateStyle(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
        (id >= 50 && id <= 58))
        return {true, false};
    if (id == 22)
        return {true, true};
    if ((id >= 18 && id <= 21) || id == 32 || id == 33 || (id >= 45 && id <= 47))
        return {false, true};
    return {};
}

DateStyle formatCodeDateStyle(QStringView code)
{
    // Only the first section counts; quoted text, escapes and [..] (colours, locales) do not.
    DateStyle style;
    if (code.startsWith(u"\"TRUE\";") && code.endsWith(u";\"FALSE\""))
        return {false, false, true};
    bool inQuote = false;
    bool inBracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].unicode();
        if (inQuote) {
            inQuote = c != u'"';
            continue;
        }
        if (inBracket) {
            inBracket = c != u']';
            continue;
        }
        switch (c) {
        case u'"':
            inQuote = true;
            break;
        case u'[':
            inBracket = true;
            break;
        case u'\\':
        case u'_':
        case u'*':
            ++i;
            break;
        case u';':
            return style;
        case u'y':
        case u'Y':
        case u'd':
        case u'D':
            style.date = true;
            break;
        case u'h':
        case u'H':
        case u's':
        case u'S':
            style.time = true;
            break;
        default:
            break;
        }
    }
    return style;
}

QString serialDateText(QStringView xmlValue, DateStyle style, bool date1904)
{
    double serial = 0;
    if (!toDouble(xmlValue, serial) || serial < 0 || serial > 2958466) // up to 9999-12-31
        return xmlValue.toString();
    const qint64 seconds = std::llround(serial * 86400.0);
    qint64 days = seconds / 86400;
    const qint64 secondOfDay = seconds % 86400;
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days == 60)
            return xmlValue.toString(); // 1900-02-29 never existed
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    QString text = date.toString(Qt::ISODate);
    if (style.time || secondOfDay != 0) {
        text += QStringLiteral("T%1:%2:%3")
                    .arg(secondOfDay / 3600, 2, 10, QChar(u'0'))
                    .arg(secondOfDay / 60 % 60, 2, 10, QChar(u'0'))
                    .arg(secondOfDay % 60, 2, 10, QChar(u'0'));
    }
    return text;
}

} // namespace td::io::spreadsheet
