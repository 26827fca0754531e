#pragma once

#include "model/tenderdata.h"

#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace td::model {

enum class PackRule { Linear, Coefficient };
enum class LinkageMethod { None, Min, Median, Mean, MeanLowest3 };

/// A recognition `A>B`: registration in country A is accepted in country B (rules.md §7.3).
struct Recognition
{
    QString from;
    QString to;
    friend bool operator==(const Recognition &, const Recognition &) = default;
};

/// The rule-set parameters of rules.md §10 with their defaults. Data, not code: they come from
/// tender.csv `parameters`, from the command line or from the parameters panel.
struct Parameters
{
    RuleSet ruleSet = RuleSet::VbpB10;
    int priceDecimals = 4;
    Decimal strengthCoef = Decimal::fromUnits(17, 1);
    PackRule packRule = PackRule::Linear;
    Decimal packCoef = Decimal::fromUnits(195, 2);
    qint64 minShelfLifeMonths = 24;
    std::optional<QualityTier> minQualityTier; ///< none = the rule set's default (B VBP, C meat)
    LinkageMethod linkageMethod = LinkageMethod::None;
    Decimal linkageFactor = Decimal::fromUnits(100, 2);
    Decimal spreadFactor = Decimal::fromUnits(18, 1);
    Decimal floorUnitPrice = Decimal::fromUnits(10, 2);
    qint64 awardees = 2;
    Decimal wPrice = 60, wQuality = 25, wLead = 10, wShelf = 5;
    std::vector<Decimal> shares = {Decimal::fromUnits(50, 2), Decimal::fromUnits(60, 2),
                                   Decimal::fromUnits(70, 2), Decimal::fromUnits(80, 2)};
    std::vector<Recognition> recognitions;
    Decimal linkageOutFactor = Decimal::fromUnits(15, 1);

    QualityTier effectiveMinQualityTier() const;
    /// The agreed share for W winning bids (W ≥ 1): entry W, the last for every larger W.
    Decimal shareFor(int winningBids) const;
};

/// One parameter problem, naming the parameter (empty name: the text as a whole).
struct ParameterError
{
    QString name;
    QString message;
};

/// Every parameter name of rules.md §10, in the order of the table.
QStringList parameterNames();

/// Applies `name=value;…` overrides (formats.md tender.csv `parameters`) onto `parameters`.
/// Unknown names, repeats and bad values are reported; on any error nothing is applied.
std::vector<ParameterError> applyParameterText(Parameters &parameters, QStringView text);
/// Applies one override `name` = `value` (command line `--set`, the parameters panel).
std::optional<ParameterError> applyParameter(Parameters &parameters, QStringView name, QStringView value);
/// The value of one parameter as text, in the notation applyParameter() reads.
QString parameterValue(const Parameters &parameters, QStringView name);
/// `name=value` for every parameter, in table order (stored with each evaluation run).
QString parametersToText(const Parameters &parameters);

QString packRuleName(PackRule rule);
QString linkageMethodName(LinkageMethod method);

} // namespace td::model
