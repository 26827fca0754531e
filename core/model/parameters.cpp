#include "parameters.h"

#include "money/currency.h"

#include <QCoreApplication>
#include <QSet>

namespace td::model {

// lupdate reads the context from this class; tr() uses the same qualified name at run time.
class ParameterText
{
    Q_DECLARE_TR_FUNCTIONS(td::model::ParameterText)
};

namespace {


std::optional<Decimal> parseDecimal(QStringView value)
{
    return Decimal::parse(value);
}

std::optional<qint64> parseInteger(QStringView value, qint64 min, qint64 max)
{
    const std::optional<Decimal> d = Decimal::parse(value, 18, 0);
    if (!d)
        return std::nullopt;
    const std::optional<long long> i = d->toInteger();
    if (!i || *i < min || *i > max)
        return std::nullopt;
    return *i;
}

QString decimalList(const std::vector<Decimal> &values)
{
    QStringList parts;
    for (const Decimal &v : values)
        parts << v.toString();
    return parts.join(u',');
}

} // namespace

QualityTier Parameters::effectiveMinQualityTier() const
{
    if (minQualityTier)
        return *minQualityTier;
    return ruleSet == RuleSet::Meat ? QualityTier::C : QualityTier::B;
}

Decimal Parameters::shareFor(int winningBids) const
{
    if (winningBids < 1 || shares.empty())
        return Decimal();
    const size_t index = std::min(static_cast<size_t>(winningBids), shares.size()) - 1;
    return shares[index];
}

QStringList parameterNames()
{
    return {QStringLiteral("price_decimals"),     QStringLiteral("strength_coef"),
            QStringLiteral("pack_rule"),          QStringLiteral("pack_coef"),
            QStringLiteral("min_shelf_life_months"), QStringLiteral("min_quality_tier"),
            QStringLiteral("linkage_method"),     QStringLiteral("linkage_factor"),
            QStringLiteral("spread_factor"),      QStringLiteral("floor_unit_price"),
            QStringLiteral("awardees"),           QStringLiteral("w_price"),
            QStringLiteral("w_quality"),          QStringLiteral("w_lead"),
            QStringLiteral("w_shelf"),            QStringLiteral("shares"),
            QStringLiteral("recognition"),        QStringLiteral("linkage_out_factor")};
}

QString packRuleName(PackRule rule)
{
    return rule == PackRule::Linear ? QStringLiteral("linear") : QStringLiteral("coefficient");
}

QString linkageMethodName(LinkageMethod method)
{
    switch (method) {
    case LinkageMethod::None:
        break;
    case LinkageMethod::Min:
        return QStringLiteral("min");
    case LinkageMethod::Median:
        return QStringLiteral("median");
    case LinkageMethod::Mean:
        return QStringLiteral("mean");
    case LinkageMethod::MeanLowest3:
        return QStringLiteral("mean_lowest_3");
    }
    return QStringLiteral("none");
}

std::optional<ParameterError> applyParameter(Parameters &p, QStringView name, QStringView value)
{
    const QString n = name.toString();
    auto bad = [&](const char *expected) {
        return ParameterError{n, ParameterText::tr("parameter %1: '%2' is not %3")
                                     .arg(n, value.toString(), ParameterText::tr(expected))};
    };
    auto positiveDecimal = [&](Decimal &target) -> std::optional<ParameterError> {
        const auto d = parseDecimal(value);
        if (!d || d->sign() <= 0)
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText", "a decimal greater than 0"));
        target = *d;
        return std::nullopt;
    };
    auto nonNegativeDecimal = [&](Decimal &target) -> std::optional<ParameterError> {
        const auto d = parseDecimal(value);
        if (!d || d->sign() < 0)
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText", "a decimal of 0 or more"));
        target = *d;
        return std::nullopt;
    };

    if (n == u"price_decimals") {
        const auto i = parseInteger(value, 0, 12);
        if (!i)
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText", "an integer from 0 to 12"));
        p.priceDecimals = static_cast<int>(*i);
    } else if (n == u"strength_coef") {
        return positiveDecimal(p.strengthCoef);
    } else if (n == u"pack_rule") {
        if (value == u"linear")
            p.packRule = PackRule::Linear;
        else if (value == u"coefficient")
            p.packRule = PackRule::Coefficient;
        else
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText", "linear or coefficient"));
    } else if (n == u"pack_coef") {
        return positiveDecimal(p.packCoef);
    } else if (n == u"min_shelf_life_months") {
        const auto i = parseInteger(value, 0, std::numeric_limits<qint64>::max());
        if (!i)
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText", "an integer of 0 or more"));
        p.minShelfLifeMonths = *i;
    } else if (n == u"min_quality_tier") {
        const auto tier = tierFromName(value);
        if (!tier)
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText", "A, B or C"));
        p.minQualityTier = tier;
    } else if (n == u"linkage_method") {
        bool found = false;
        for (LinkageMethod m : {LinkageMethod::None, LinkageMethod::Min, LinkageMethod::Median,
                                LinkageMethod::Mean, LinkageMethod::MeanLowest3}) {
            if (value == linkageMethodName(m)) {
                p.linkageMethod = m;
                found = true;
            }
        }
        if (!found)
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText",
                                         "none, min, median, mean or mean_lowest_3"));
    } else if (n == u"linkage_factor") {
        return positiveDecimal(p.linkageFactor);
    } else if (n == u"spread_factor") {
        return positiveDecimal(p.spreadFactor);
    } else if (n == u"floor_unit_price") {
        return nonNegativeDecimal(p.floorUnitPrice);
    } else if (n == u"awardees") {
        const auto i = parseInteger(value, 1, std::numeric_limits<qint64>::max());
        if (!i)
            return bad(QT_TRANSLATE_NOOP("td::model::ParameterText", "an integer of 1 or more"));
        p.awardees = *i;
    } else if (n == u"w_price") {
        return nonNegativeDecimal(p.wPrice);
    } else if (n == u"w_quality") {
        return nonNegativeDecimal(p.wQuality);
    } else if (n == u"w_lead") {
        return nonNegativeDecimal(p.wLead);
    } else if (n == u"w_shelf") {
        return nonNegativeDecimal(p.wShelf);
    } else if (n == u"shares") {
        std::vector<Decimal> shares;
        for (QStringView part : value.split(u',')) {
            const auto d = parseDecimal(part);
            if (!d || d->sign() < 0 || *d > Decimal(1))
                return bad(QT_TRANSLATE_NOOP("td::model::ParameterText",
                                             "a comma list of decimals from 0 to 1"));
            shares.push_back(*d);
        }
        p.shares = std::move(shares);
    } else if (n == u"recognition") {
        std::vector<Recognition> recognitions;
        if (!value.isEmpty()) {
            for (QStringView part : value.split(u',')) {
                const auto pair = part.split(u'>');
                if (pair.size() != 2 || !money::isCountryCode(pair[0])
                    || !money::isCountryCode(pair[1]))
                    return bad(QT_TRANSLATE_NOOP("td::model::ParameterText",
                                                 "a comma list of country pairs like CN>LA"));
                recognitions.push_back({pair[0].toString(), pair[1].toString()});
            }
        }
        p.recognitions = std::move(recognitions);
    } else if (n == u"linkage_out_factor") {
        return positiveDecimal(p.linkageOutFactor);
    } else {
        return ParameterError{n, ParameterText::tr("unknown parameter '%1'").arg(n)};
    }
    return std::nullopt;
}

std::vector<ParameterError> applyParameterText(Parameters &parameters, QStringView text)
{
    std::vector<ParameterError> errors;
    Parameters result = parameters;
    QSet<QString> seen;
    if (text.isEmpty())
        return errors;
    for (QStringView item : text.split(u';')) {
        if (item.isEmpty())
            continue; // a trailing ';' is harmless
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            errors.push_back({item.toString(),
                              ParameterText::tr("'%1' is not name=value").arg(item.toString())});
            continue;
        }
        const QString name = item.left(eq).toString();
        if (seen.contains(name)) {
            errors.push_back({name, ParameterText::tr("parameter %1 is given twice").arg(name)});
            continue;
        }
        seen.insert(name);
        if (auto error = applyParameter(result, name, item.mid(eq + 1)))
            errors.push_back(*error);
    }
    if (errors.empty())
        parameters = result;
    return errors;
}

QString parameterValue(const Parameters &p, QStringView name)
{
    if (name == u"price_decimals")
        return QString::number(p.priceDecimals);
    if (name == u"strength_coef")
        return p.strengthCoef.toString();
    if (name == u"pack_rule")
        return packRuleName(p.packRule);
    if (name == u"pack_coef")
        return p.packCoef.toString();
    if (name == u"min_shelf_life_months")
        return QString::number(p.minShelfLifeMonths);
    if (name == u"min_quality_tier")
        return tierName(p.effectiveMinQualityTier());
    if (name == u"linkage_method")
        return linkageMethodName(p.linkageMethod);
    if (name == u"linkage_factor")
        return p.linkageFactor.toString();
    if (name == u"spread_factor")
        return p.spreadFactor.toString();
    if (name == u"floor_unit_price")
        return p.floorUnitPrice.toString();
    if (name == u"awardees")
        return QString::number(p.awardees);
    if (name == u"w_price")
        return p.wPrice.toString();
    if (name == u"w_quality")
        return p.wQuality.toString();
    if (name == u"w_lead")
        return p.wLead.toString();
    if (name == u"w_shelf")
        return p.wShelf.toString();
    if (name == u"shares")
        return decimalList(p.shares);
    if (name == u"recognition") {
        QStringList parts;
        for (const Recognition &r : p.recognitions)
            parts << r.from + u'>' + r.to;
        return parts.join(u',');
    }
    if (name == u"linkage_out_factor")
        return p.linkageOutFactor.toString();
    return {};
}

QString parametersToText(const Parameters &parameters)
{
    QStringList parts;
    for (const QString &name : parameterNames())
        parts << name + u'=' + parameterValue(parameters, name);
    return parts.join(u';');
}

} // namespace td::model
