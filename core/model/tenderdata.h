#pragma once

#include "money/decimal.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace td::model {

using money::Decimal;

/// The rule set a tender is evaluated under (rules.md §5, §6).
enum class RuleSet { VbpB9, VbpB10, VbpB11, Meat };

/// Quality evidence of a bidder as written in bidders.csv (formats.md §1).
enum class QualityCode { WhoPq, Sra, Pics, Consistency, Gmp };

/// Quality tier of rules.md §6.2; a larger value is a better tier (A > B > C).
enum class QualityTier { C = 1, B = 2, A = 3 };

QualityTier tierOf(QualityCode code);
QString ruleSetName(RuleSet ruleSet);                   // "vbp-b9", …, "meat"
std::optional<RuleSet> ruleSetFromName(QStringView name);
QString qualityCodeName(QualityCode code);              // "who_pq", …, "gmp"
std::optional<QualityCode> qualityCodeFromName(QStringView name);
QString tierName(QualityTier tier);                     // "A", "B", "C"
std::optional<QualityTier> tierFromName(QStringView name);

struct Tender
{
    QString id;
    QString title;
    QString currency;
    RuleSet ruleSet = RuleSet::VbpB10;
    QString parameters; ///< the `name=value;…` text as imported
};

struct Product
{
    QString id;
    QString inn;
    QString nameZh, nameLo, nameTh;
    QString atc;
    QString form;
    Decimal strength;
    QString strengthUnit;
    Decimal packSize;
    std::optional<Decimal> maxUnitPrice;
};

struct Bidder
{
    QString id;
    QString name;
    QString country;
    bool gmp = false;
    QualityCode quality = QualityCode::Gmp;
    QStringList registeredIn;
};

struct Bid
{
    QString id;
    QString bidderId;
    QString productId;
    Decimal strength;
    QString strengthUnit;
    Decimal packSize;
    Decimal packPrice;
    QString currency;
    std::optional<Decimal> capacity; ///< none = unlimited
    qint64 leadTimeDays = 0;
    qint64 shelfLifeMonths = 0;
    QString submittedAt;        ///< ISO 8601 text as imported
    qint64 submittedAtMsecs = 0; ///< the same instant, ms since the epoch UTC (for ordering)
    bool acceptsRevival = false;
};

struct Demand
{
    QString productId;
    QString buyerId;
    QString country;
    QString region;
    QString currency;
    Decimal quantity;
    QString preferredBidder; ///< empty = none
};

struct FxRate
{
    QString currency;
    Decimal rate; ///< units of `currency` per one unit of the tender currency
    QDate date;
};

struct ReferencePrice
{
    QString productId;
    QString market;
    Decimal unitPrice;
    QString currency;
    QDate date;
    QString source;
};

/// Everything a bid workbook holds (formats.md §1): the input of an evaluation.
struct TenderData
{
    Tender tender;
    std::vector<Product> products;
    std::vector<Bidder> bidders;
    std::vector<Bid> bids;
    std::vector<Demand> demand;
    std::vector<FxRate> fxRates;
    std::vector<ReferencePrice> references;
};

/// Orders identifiers by their UTF-8 bytes (rules.md §1.6: "Z10" before "Z9").
bool identifierLess(const QString &a, const QString &b);

/// Parses an ISO 8601 timestamp (offset optional, then UTC) to ms since the epoch.
std::optional<qint64> parseTimestamp(QStringView text);
/// Parses an ISO 8601 calendar date (YYYY-MM-DD).
std::optional<QDate> parseDate(QStringView text);

} // namespace td::model
