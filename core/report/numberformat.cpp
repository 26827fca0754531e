#include "numberformat.h"

#include <QLocale>

namespace td::report {

namespace {

QLocale localeOf(Language language)
{
    switch (language) {
    case Language::ZhCN:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    case Language::Lo:
        return QLocale(QLocale::Lao, QLocale::Laos);
    case Language::Th:
        return QLocale(QLocale::Thai, QLocale::Thailand);
    case Language::En:
        break;
    }
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

NumberFormat::NumberFormat(Language language, bool buddhistEra)
    : m_language(language), m_buddhistEra(buddhistEra)
{
    const QLocale locale = localeOf(language);
    m_group = locale.groupSeparator();
    m_decimal = locale.decimalPoint();
}

QString NumberFormat::regroup(const QString &plain) const
{
    QStringView text(plain);
    QString sign;
    if (text.startsWith(u'-')) {
        sign = QStringLiteral("−"); // a real minus sign in print
        text = text.mid(1);
    }
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    QString result = sign;
    result.reserve(plain.size() + plain.size() / 3 + 2);
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            result += m_group;
        result += whole[i];
    }
    if (point >= 0) {
        result += m_decimal;
        result += text.mid(point + 1);
    }
    return result;
}

QString NumberFormat::number(const money::Decimal &value) const
{
    return regroup(value.toString());
}

QString NumberFormat::number(const std::optional<money::Decimal> &value) const
{
    return value ? number(*value) : dash();
}

QString NumberFormat::integer(qint64 value) const
{
    return regroup(QString::number(value));
}

QString NumberFormat::percent(const money::Decimal &share) const
{
    return regroup((share * 100).toStringTrimmed()) + QStringLiteral(" %");
}

QString NumberFormat::tenThousands(const money::Decimal &value) const
{
    const money::Decimal shifted = money::Decimal::fromUnits(value.units(), value.scale() + 4);
    return regroup(shifted.toStringTrimmed());
}

QString NumberFormat::date(const QDate &date) const
{
    if (!date.isValid())
        return dash();
    const QLocale locale = localeOf(m_language);
    const QString month = locale.monthName(date.month(), QLocale::LongFormat);
    switch (m_language) {
    case Language::ZhCN:
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    case Language::Lo:
        return QStringLiteral("%1 %2 %3").arg(date.day()).arg(month).arg(date.year());
    case Language::Th:
        return QStringLiteral("%1 %2 %3")
            .arg(date.day())
            .arg(month)
            .arg(m_buddhistEra ? date.year() + 543 : date.year());
    case Language::En:
        break;
    }
    return QStringLiteral("%1 %2 %3").arg(date.day()).arg(month).arg(date.year());
}

QString NumberFormat::dateTime(const QDateTime &dateTime) const
{
    if (!dateTime.isValid())
        return dash();
    return date(dateTime.date()) + QStringLiteral(" ") +
           dateTime.time().toString(QStringLiteral("HH:mm"));
}

} // namespace td::report
