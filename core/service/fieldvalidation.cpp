#include "fieldvalidation.h"

#include "io/cellparser.h"
#include "money/currency.h"

#include <QCoreApplication>

namespace td::service {

// lupdate reads the context from this class; tr() uses the same qualified name at run time.
class FieldValidationText
{
    Q_DECLARE_TR_FUNCTIONS(td::service::FieldValidationText)
};

namespace {

using Table = storage::Dossier::Table;
using io::cell::Sign;

bool hasRate(const model::TenderData &data, const QString &code)
{
    if (code == data.tender.currency)
        return true;
    for (const model::FxRate &r : data.fxRates) {
        if (r.currency == code)
            return true;
    }
    return false;
}

// The import's decimal grammar (io::cell::decimal) with the workstation's words for it.
std::optional<money::Decimal> parseDecimal(const QString &text, bool example, QString *reason)
{
    QString ignored;
    auto value = io::cell::decimal(text, Sign::Any, &ignored);
    if (value)
        return value;
    if (example && text.contains(u','))
        *reason = FieldValidationText::tr("'%1' is not a number: write decimals with a point and "
                                          "no thousands separators, e.g. 1.20")
                      .arg(text);
    else if (example)
        *reason = FieldValidationText::tr(
                      "'%1' is not a number (digits with an optional decimal point, e.g. 1.20)")
                      .arg(text);
    else
        *reason =
            FieldValidationText::tr("'%1' is not a number (digits with an optional decimal point)")
                .arg(text);
    return std::nullopt;
}

std::optional<QString> price(const QString &text)
{
    QString reason;
    const auto value = parseDecimal(text, true, &reason);
    if (!value)
        return reason;
    if (value->sign() <= 0)
        return FieldValidationText::tr("A price must be greater than zero");
    return std::nullopt;
}

std::optional<QString> volume(const QString &text)
{
    QString reason;
    const auto value = parseDecimal(text, false, &reason);
    if (!value)
        return reason;
    if (value->sign() < 0)
        return FieldValidationText::tr("A volume cannot be negative");
    return std::nullopt;
}

std::optional<QString> positive(const QString &text)
{
    QString reason;
    if (!io::cell::decimal(text, Sign::Positive, &reason))
        return reason;
    return std::nullopt;
}

std::optional<QString> wholeNumber(const QString &text)
{
    QString reason;
    if (!io::cell::count(text, &reason))
        return reason;
    return std::nullopt;
}

std::optional<QString> currency(const QString &text, const model::TenderData &data)
{
    if (!money::isCurrencyCode(text))
        return FieldValidationText::tr("'%1' is not a currency code (three capital letters, e.g. CNY)")
            .arg(text);
    if (!hasRate(data, text))
        return FieldValidationText::tr("Unknown currency %1: the tender has no exchange rate for it")
            .arg(text);
    return std::nullopt;
}

std::optional<QString> country(const QString &text)
{
    if (!money::isCountryCode(text))
        return FieldValidationText::tr("'%1' is not a country code (two capital letters, e.g. LA)")
            .arg(text);
    return std::nullopt;
}

std::optional<QString> yesNo(const QString &text)
{
    if (text != u"yes" && text != u"no")
        return FieldValidationText::tr("Write yes or no");
    return std::nullopt;
}

std::optional<QString> tenderField(const QString &c, const QString &v, const model::TenderData &data,
                                   const model::Parameters &parameters)
{
    if (c == u"parameters") {
        // The text replaces the stored overrides: check it on the rule set's defaults.
        model::Parameters p;
        p.ruleSet = data.tender.ruleSet;
        const auto errors = model::applyParameterText(p, v);
        if (!errors.empty())
            return errors.front().message;
        return std::nullopt;
    }
    if (c == u"rule_set") {
        if (!model::ruleSetFromName(v))
            return FieldValidationText::tr("Unknown rule set '%1'").arg(v);
        return std::nullopt;
    }
    if (model::parameterNames().contains(c)) {
        model::Parameters p = parameters;
        if (auto error = model::applyParameter(p, c, v))
            return error->message;
        return std::nullopt;
    }
    return FieldValidationText::tr("This field cannot be edited here");
}

std::optional<QString> productField(const QString &c, const QString &v,
                                    const model::Parameters &parameters)
{
    if (c == u"max_unit_price") {
        if (v.isEmpty())
            return std::nullopt; // optional: no ceiling
        QString reason;
        const auto value = parseDecimal(v, true, &reason);
        if (!value)
            return reason;
        if (value->sign() <= 0)
            return FieldValidationText::tr("A price must be greater than zero");
        if (value->scale() > parameters.priceDecimals)
            return FieldValidationText::tr("'%1' has more decimals than price_decimals (%2) allows")
                .arg(v)
                .arg(parameters.priceDecimals);
        return std::nullopt;
    }
    if (c == u"strength" || c == u"pack_size")
        return positive(v);
    return FieldValidationText::tr("This field cannot be edited here");
}

std::optional<QString> bidderField(const QString &c, const QString &v)
{
    if (c == u"name") {
        if (v.isEmpty())
            return FieldValidationText::tr("A name cannot be empty");
        if (v.size() > 10000)
            return FieldValidationText::tr("The text is longer than 10,000 characters");
        return std::nullopt;
    }
    if (c == u"country")
        return country(v);
    if (c == u"registered_in") {
        if (v.isEmpty())
            return std::nullopt; // registered nowhere
        for (const QString &part : v.split(u';')) {
            if (!money::isCountryCode(part))
                return FieldValidationText::tr(
                           "'%1' is not a country code; separate countries with ';' (CN;LA)")
                    .arg(part);
        }
        return std::nullopt;
    }
    if (c == u"gmp")
        return yesNo(v);
    if (c == u"quality") {
        if (!model::qualityCodeFromName(v))
            return FieldValidationText::tr(
                       "'%1' is not a quality code (who_pq, sra, pics, consistency or gmp)")
                .arg(v);
        return std::nullopt;
    }
    return FieldValidationText::tr("This field cannot be edited here");
}

std::optional<QString> bidField(const QString &c, const QString &v, const model::TenderData &data)
{
    if (c == u"pack_price")
        return price(v);
    if (c == u"capacity")
        return v.isEmpty() ? std::nullopt : volume(v); // optional
    if (c == u"currency")
        return currency(v, data);
    if (c == u"accepts_revival")
        return yesNo(v);
    if (c == u"strength" || c == u"pack_size")
        return positive(v);
    if (c == u"lead_time_days" || c == u"shelf_life_months")
        return wholeNumber(v);
    return FieldValidationText::tr("This field cannot be edited here");
}

std::optional<QString> demandField(const QString &c, const QString &v, const model::TenderData &data)
{
    if (c == u"quantity")
        return volume(v);
    if (c == u"currency")
        return currency(v, data);
    if (c == u"country")
        return country(v);
    return FieldValidationText::tr("This field cannot be edited here");
}

std::optional<QString> referenceField(const QString &c, const QString &v, const model::TenderData &data)
{
    if (c == u"unit_price")
        return price(v);
    if (c == u"currency")
        return currency(v, data);
    if (c == u"source") {
        if (v.size() > 10000)
            return FieldValidationText::tr("The text is longer than 10,000 characters");
        return std::nullopt;
    }
    return FieldValidationText::tr("This field cannot be edited here");
}

} // namespace

std::optional<QString> validateField(storage::Dossier::Table table, const QString &column,
                                     const QString &text, const model::TenderData &data,
                                     const model::Parameters &parameters)
{
    switch (table) {
    case Table::Tender:
        return tenderField(column, text, data, parameters);
    case Table::Product:
        return productField(column, text, parameters);
    case Table::Bidder:
        return bidderField(column, text);
    case Table::Bid:
        return bidField(column, text, data);
    case Table::Demand:
        return demandField(column, text, data);
    case Table::Reference:
        return referenceField(column, text, data);
    case Table::FxRate:
        if (column == u"rate")
            return positive(text);
        break;
    }
    return FieldValidationText::tr("This field cannot be edited here");
}

} // namespace td::service
