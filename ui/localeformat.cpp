#include "localeformat.h"

#include <QDate>

namespace td::ui {

QString localizeDecimalText(const QString &plain, const QLocale &locale)
{
    QString text = plain;
    QString sign;
    if (text.startsWith(u'-')) {
        sign = locale.negativeSign();
        text.remove(0, 1);
    }
    const qsizetype point = text.indexOf(u'.');
    const QString integer = point < 0 ? text : text.left(point);
    const QString fraction = point < 0 ? QString() : text.mid(point + 1);

    QString grouped;
    const bool group = !(locale.numberOptions() & QLocale::OmitGroupSeparator);
    const QString separator = locale.groupSeparator();
    for (qsizetype i = 0; i < integer.size(); ++i) {
        if (group && i > 0 && (integer.size() - i) % 3 == 0)
            grouped += separator;
        grouped += integer.at(i);
    }
    QString result = sign + grouped;
    if (!fraction.isEmpty())
        result += locale.decimalPoint() + fraction;
    return result;
}

QString formatDecimal(const money::Decimal &value, const QLocale &locale)
{
    return localizeDecimalText(value.toString(), locale);
}

QString formatDecimal(const money::Decimal &value, int decimals, const QLocale &locale)
{
    return localizeDecimalText(value.toString(decimals), locale);
}

QString formatDecimal(const std::optional<money::Decimal> &value, const QLocale &locale)
{
    return value ? formatDecimal(*value, locale) : QString();
}

QString formatShare(const std::optional<money::Decimal> &share, const QLocale &locale)
{
    if (!share)
        return QString();
    const money::Decimal percent = *share * money::Decimal(100);
    return localizeDecimalText(percent.toStringTrimmed(0), locale) + locale.percent();
}

QString formatDate(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    if (locale.language() == QLocale::Thai) {
        // Thai documents date by the Buddhist Era (glossary: BE = CE + 543).
        return QStringLiteral("%1/%2/%3")
            .arg(date.day(), 2, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(date.year() + 543);
    }
    return locale.toString(date, QLocale::ShortFormat);
}

} // namespace td::ui
