#include "tenderdata.h"

#include <QDateTime>
#include <QRegularExpression>

namespace td::model {

QualityTier tierOf(QualityCode code)
{
    switch (code) {
    case QualityCode::WhoPq:
    case QualityCode::Sra:
        return QualityTier::A;
    case QualityCode::Pics:
    case QualityCode::Consistency:
        return QualityTier::B;
    case QualityCode::Gmp:
        break;
    }
    return QualityTier::C;
}

QString ruleSetName(RuleSet ruleSet)
{
    switch (ruleSet) {
    case RuleSet::VbpB9:
        return QStringLiteral("vbp-b9");
    case RuleSet::VbpB10:
        return QStringLiteral("vbp-b10");
    case RuleSet::VbpB11:
        return QStringLiteral("vbp-b11");
    case RuleSet::Meat:
        break;
    }
    return QStringLiteral("meat");
}

std::optional<RuleSet> ruleSetFromName(QStringView name)
{
    for (RuleSet r : {RuleSet::VbpB9, RuleSet::VbpB10, RuleSet::VbpB11, RuleSet::Meat})
        if (name == ruleSetName(r))
            return r;
    return std::nullopt;
}

QString qualityCodeName(QualityCode code)
{
    switch (code) {
    case QualityCode::WhoPq:
        return QStringLiteral("who_pq");
    case QualityCode::Sra:
        return QStringLiteral("sra");
    case QualityCode::Pics:
        return QStringLiteral("pics");
    case QualityCode::Consistency:
        return QStringLiteral("consistency");
    case QualityCode::Gmp:
        break;
    }
    return QStringLiteral("gmp");
}

std::optional<QualityCode> qualityCodeFromName(QStringView name)
{
    for (QualityCode q : {QualityCode::WhoPq, QualityCode::Sra, QualityCode::Pics,
                          QualityCode::Consistency, QualityCode::Gmp})
        if (name == qualityCodeName(q))
            return q;
    return std::nullopt;
}

QString tierName(QualityTier tier)
{
    switch (tier) {
    case QualityTier::A:
        return QStringLiteral("A");
    case QualityTier::B:
        return QStringLiteral("B");
    case QualityTier::C:
        break;
    }
    return QStringLiteral("C");
}

std::optional<QualityTier> tierFromName(QStringView name)
{
    if (name == u"A")
        return QualityTier::A;
    if (name == u"B")
        return QualityTier::B;
    if (name == u"C")
        return QualityTier::C;
    return std::nullopt;
}

bool identifierLess(const QString &a, const QString &b)
{
    // UTF-16 code-unit order differs from UTF-8 byte order only for surrogates versus
    // U+E000..U+FFFF; compare code points to get the UTF-8 order exactly.
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x == y)
            continue;
        const bool xs = QChar::isSurrogate(x);
        const bool ys = QChar::isSurrogate(y);
        if (xs != ys)
            return ys; // a surrogate encodes a code point above every BMP character
        return x < y;
    }
    return a.size() < b.size();
}

std::optional<qint64> parseTimestamp(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
        "(Z|[+-]\\d{2}:\\d{2})?$"));
    const QRegularExpressionMatch m = pattern.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    const int hour = m.capturedView(4).toInt();
    const int minute = m.capturedView(5).toInt();
    const int second = m.capturedView(6).isEmpty() ? 0 : m.capturedView(6).toInt();
    int msec = 0;
    if (!m.capturedView(7).isEmpty())
        msec = QString(m.captured(7) + QStringLiteral("00")).left(3).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    int offsetSeconds = 0;
    const QStringView zone = m.capturedView(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const int oh = zone.mid(1, 2).toInt();
        const int om = zone.mid(4, 2).toInt();
        if (oh > 23 || om > 59)
            return std::nullopt;
        offsetSeconds = (oh * 3600 + om * 60) * (zone[0] == u'-' ? -1 : 1);
    }
    const QDateTime utc(date, QTime(hour, minute, second, msec), Qt::UTC);
    return utc.toMSecsSinceEpoch() - qint64(offsetSeconds) * 1000;
}

std::optional<QDate> parseDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!text[i].isDigit() || text[i].unicode() > u'9')
            return std::nullopt;
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace td::model
