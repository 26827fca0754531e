#pragma once

#include "numberformat.h"
#include "phrasebook.h"
#include "reportdocument.h"
#include "reportoptions.h"
#include "reportsource.h"

#include <QHash>

namespace td::report {

/// What the report and letter builders share: labels in the report language(s), number
/// formats, and the display names of products and bidders.
class ReportContext
{
public:
    ReportContext(const ReportSource &source, const ReportOptions &options);

    /// A label: the phrase in the report language, the second language beneath it.
    Text label(const char *english) const;
    /// A label with a unit appended to both lines ("Contract value (CNY)").
    Text label(const char *english, const QString &unit) const;
    /// A phrase in the report language only (sentences, values).
    QString phrase(const char *english) const { return m_primary.text(english); }

    const NumberFormat &format() const { return m_format; }
    const ReportOptions &options() const { return m_options; }
    const ReportSource &source() const { return m_source; }
    int priceDecimals() const { return m_source.result.parameters.priceDecimals; }

    QString productName(const QString &productId) const; ///< "P001 Amlodipine 氨氯地平"
    QString bidderName(const QString &bidderId) const;   ///< company name, id when unknown
    const model::Product *product(const QString &productId) const;
    const model::Bidder *bidder(const QString &bidderId) const;
    QString statusText(model::BidStatus status) const;
    QString reasonText(const model::BidResult &bid, const model::ProductResult &product) const;
    /// The spread threshold of a VBP product (spread_factor × lowest, or × anchor under
    /// vbp-b11), exact; none under meat or without qualified bids.
    std::optional<money::Decimal> spreadThreshold(const model::ProductResult &product) const;
    /// An exact value shown with at least price_decimals decimals (0.36 → "0.3600").
    QString price(const money::Decimal &value) const;
    QString reportDate() const;
    Text pageOf() const;

private:
    const ReportSource &m_source;
    ReportOptions m_options;
    Phrasebook m_primary;
    std::optional<Phrasebook> m_secondary;
    NumberFormat m_format;
    QHash<QString, const model::Product *> m_products;
    QHash<QString, const model::Bidder *> m_bidders;
};

} // namespace td::report
