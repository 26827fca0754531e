#include "reportcontext.h"

namespace td::report {

using model::BidStatus;
using model::Reason;

ReportContext::ReportContext(const ReportSource &source, const ReportOptions &options)
    : m_source(source), m_options(options), m_primary(options.language),
      m_format(options.language, options.buddhistEra)
{
    if (options.secondLanguage && *options.secondLanguage != options.language)
        m_secondary.emplace(*options.secondLanguage);
    for (const model::Product &p : source.data.products)
        m_products.insert(p.id, &p);
    for (const model::Bidder &b : source.data.bidders)
        m_bidders.insert(b.id, &b);
}

Text ReportContext::label(const char *english) const
{
    Text text{m_primary.text(english), {}};
    if (m_secondary) {
        const QString sub = m_secondary->text(english);
        if (sub != text.main)
            text.sub = sub;
    }
    return text;
}

Text ReportContext::label(const char *english, const QString &unit) const
{
    Text text = label(english);
    text.main += QStringLiteral(" (%1)").arg(unit);
    if (!text.sub.isEmpty())
        text.sub += QStringLiteral(" (%1)").arg(unit);
    return text;
}

const model::Product *ReportContext::product(const QString &productId) const
{
    return m_products.value(productId, nullptr);
}

const model::Bidder *ReportContext::bidder(const QString &bidderId) const
{
    return m_bidders.value(bidderId, nullptr);
}

QString ReportContext::productName(const QString &productId) const
{
    const model::Product *p = product(productId);
    if (!p)
        return productId;
    QString local;
    switch (m_options.language) {
    case Language::ZhCN:
        local = p->nameZh;
        break;
    case Language::Lo:
        local = p->nameLo;
        break;
    case Language::Th:
        local = p->nameTh;
        break;
    case Language::En:
        break;
    }
    QString name = p->id + QStringLiteral(" ") + p->inn;
    if (!local.isEmpty() && local != p->inn)
        name += QStringLiteral(" ") + local;
    return name;
}

QString ReportContext::bidderName(const QString &bidderId) const
{
    const model::Bidder *b = bidder(bidderId);
    return b && !b->name.isEmpty() ? b->name : bidderId;
}

QString ReportContext::statusText(BidStatus status) const
{
    switch (status) {
    case BidStatus::Winner:
        return phrase("winner");
    case BidStatus::Revived:
        return phrase("revived");
    case BidStatus::NotSelected:
        return phrase("not selected");
    case BidStatus::NotShortlisted:
        return phrase("not shortlisted");
    case BidStatus::Disqualified:
        break;
    }
    return phrase("disqualified");
}

std::optional<money::Decimal> ReportContext::spreadThreshold(const model::ProductResult &product) const
{
    const model::Parameters &params = m_source.result.parameters;
    if (params.ruleSet == model::RuleSet::Meat)
        return std::nullopt;
    const std::optional<money::Decimal> base =
        params.ruleSet == model::RuleSet::VbpB11 && product.anchorExact ? product.anchorExact
                                                                          : product.lowestUnitPrice;
    if (!base)
        return std::nullopt;
    return params.spreadFactor * *base;
}

QString ReportContext::price(const money::Decimal &value) const
{
    money::Decimal shown = value.normalized();
    if (shown.scale() < priceDecimals())
        shown = shown.withScale(priceDecimals());
    return m_format.number(shown);
}

QString ReportContext::reasonText(const model::BidResult &bid, const model::ProductResult &product) const
{
    const model::BidExplanation &e = bid.explanation;
    const model::Parameters &params = m_source.result.parameters;
    const auto threshold = [&] {
        const auto t = e.threshold ? e.threshold : spreadThreshold(product);
        return t ? price(*t) : NumberFormat::dash();
    };
    switch (bid.reason) {
    case Reason::NoGmp:
        return phrase("no valid GMP");
    case Reason::QualityNotMet:
        return phrase("quality tier %1 below %2")
            .arg(e.qualityTier.isEmpty() ? NumberFormat::dash() : e.qualityTier,
                 e.minQualityTier.isEmpty() ? model::tierName(params.effectiveMinQualityTier())
                                            : e.minQualityTier);
    case Reason::NotRegistered:
        return phrase("not registered in a demand country");
    case Reason::ShortShelfLife:
        return phrase("shelf life %1 < %2 months")
            .arg(m_format.integer(e.shelfLifeMonths),
                 m_format.integer(e.minShelfLifeMonths ? e.minShelfLifeMonths
                                                       : params.minShelfLifeMonths));
    case Reason::AboveCeiling: {
        const auto ceiling = e.ceiling ? e.ceiling : product.effectiveCeiling;
        return phrase("above the effective ceiling %1")
            .arg(ceiling ? price(*ceiling) : NumberFormat::dash());
    }
    case Reason::WithinSpread:
        return phrase("within spread (≤ %1)").arg(threshold());
    case Reason::BelowFloor:
        return phrase("at or below the floor price %1").arg(price(e.floor.value_or(params.floorUnitPrice)));
    case Reason::HalfOfCeiling:
        return phrase("at or below half the ceiling price %1")
            .arg(e.halfCeiling ? price(*e.halfCeiling) : NumberFormat::dash());
    case Reason::Revived:
        return phrase("accepted the revival price %1")
            .arg(bid.awardPrice ? price(*bid.awardPrice) : NumberFormat::dash());
    case Reason::TopScore:
        return phrase("top score %1").arg(m_format.number(bid.score));
    case Reason::OutsideSpread:
        return phrase("outside spread (> %1)").arg(threshold());
    case Reason::BeyondShortlist:
        return phrase("beyond the shortlist of %1")
            .arg(m_format.integer(e.shortlistSize ? e.shortlistSize : product.shortlistSize));
    case Reason::BelowAwardees:
        return phrase("below the %1 awardees").arg(m_format.integer(e.awardees ? e.awardees : params.awardees));
    case Reason::NoEligibleWinner:
        break;
    }
    return phrase("no eligible winner");
}

QString ReportContext::reportDate() const
{
    return m_format.date(m_options.reportDate.isValid() ? m_options.reportDate
                                                       : QDate::currentDate());
}

Text ReportContext::pageOf() const
{
    return label("Page %1 of %2");
}

} // namespace td::report
