#include "tenderdatadiff.h"

namespace td::io {

namespace {

class Differ
{
public:
    explicit Differ(DecimalComparison decimals) : m_decimals(decimals) {}

    bool done() const { return !m_difference.isEmpty(); }
    QString result() const { return m_difference; }
    void setPath(QString path) { m_path = std::move(path); }

    void field(const char *name, const QString &a, const QString &b)
    {
        if (!done() && a != b)
            fail(name, a, b);
    }
    void field(const char *name, const QStringList &a, const QStringList &b)
    {
        field(name, a.join(u';'), b.join(u';'));
    }
    void field(const char *name, const money::Decimal &a, const money::Decimal &b)
    {
        const bool same =
            m_decimals == DecimalComparison::Exact ? a.toString() == b.toString() : a == b;
        if (!done() && !same)
            fail(name, a.toString(), b.toString());
    }
    void field(const char *name, const std::optional<money::Decimal> &a,
               const std::optional<money::Decimal> &b)
    {
        if (a && b)
            field(name, *a, *b);
        else if (!done() && a.has_value() != b.has_value())
            fail(name, a ? a->toString() : QStringLiteral("(none)"),
                 b ? b->toString() : QStringLiteral("(none)"));
    }
    void field(const char *name, qint64 a, qint64 b)
    {
        if (!done() && a != b)
            fail(name, QString::number(a), QString::number(b));
    }
    void field(const char *name, const QDate &a, const QDate &b)
    {
        if (!done() && a != b)
            fail(name, a.toString(Qt::ISODate), b.toString(Qt::ISODate));
    }
    template <typename T>
    bool count(const char *name, const std::vector<T> &a, const std::vector<T> &b)
    {
        if (!done() && a.size() != b.size())
            m_difference = QStringLiteral("%1: %2 vs %3 rows")
                               .arg(QLatin1String(name))
                               .arg(a.size())
                               .arg(b.size());
        return !done();
    }

private:
    void fail(const char *name, const QString &a, const QString &b)
    {
        m_difference = QStringLiteral("%1.%2: '%3' vs '%4'").arg(m_path, QLatin1String(name), a, b);
    }

    DecimalComparison m_decimals;
    QString m_path;
    QString m_difference;
};

QString at(const char *table, size_t i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(table)).arg(i);
}

} // namespace

QString tenderDataDifference(const model::TenderData &a, const model::TenderData &b,
                             DecimalComparison decimals)
{
    Differ d(decimals);
    d.setPath(QStringLiteral("tender"));
    d.field("tender_id", a.tender.id, b.tender.id);
    d.field("title", a.tender.title, b.tender.title);
    d.field("currency", a.tender.currency, b.tender.currency);
    d.field("rule_set", model::ruleSetName(a.tender.ruleSet), model::ruleSetName(b.tender.ruleSet));
    d.field("parameters", a.tender.parameters, b.tender.parameters);
    if (d.count("products", a.products, b.products))
        for (size_t i = 0; i < a.products.size() && !d.done(); ++i) {
            const model::Product &x = a.products[i], &y = b.products[i];
            d.setPath(at("products", i));
            d.field("product_id", x.id, y.id);
            d.field("inn", x.inn, y.inn);
            d.field("name_zh", x.nameZh, y.nameZh);
            d.field("name_lo", x.nameLo, y.nameLo);
            d.field("name_th", x.nameTh, y.nameTh);
            d.field("atc", x.atc, y.atc);
            d.field("form", x.form, y.form);
            d.field("strength", x.strength, y.strength);
            d.field("strength_unit", x.strengthUnit, y.strengthUnit);
            d.field("pack_size", x.packSize, y.packSize);
            d.field("max_unit_price", x.maxUnitPrice, y.maxUnitPrice);
        }
    if (d.count("bidders", a.bidders, b.bidders))
        for (size_t i = 0; i < a.bidders.size() && !d.done(); ++i) {
            const model::Bidder &x = a.bidders[i], &y = b.bidders[i];
            d.setPath(at("bidders", i));
            d.field("bidder_id", x.id, y.id);
            d.field("name", x.name, y.name);
            d.field("country", x.country, y.country);
            d.field("gmp", qint64(x.gmp), qint64(y.gmp));
            d.field("quality", model::qualityCodeName(x.quality),
                    model::qualityCodeName(y.quality));
            d.field("registered_in", x.registeredIn, y.registeredIn);
        }
    if (d.count("bids", a.bids, b.bids))
        for (size_t i = 0; i < a.bids.size() && !d.done(); ++i) {
            const model::Bid &x = a.bids[i], &y = b.bids[i];
            d.setPath(at("bids", i));
            d.field("bid_id", x.id, y.id);
            d.field("bidder_id", x.bidderId, y.bidderId);
            d.field("product_id", x.productId, y.productId);
            d.field("strength", x.strength, y.strength);
            d.field("strength_unit", x.strengthUnit, y.strengthUnit);
            d.field("pack_size", x.packSize, y.packSize);
            d.field("pack_price", x.packPrice, y.packPrice);
            d.field("currency", x.currency, y.currency);
            d.field("capacity", x.capacity, y.capacity);
            d.field("lead_time_days", x.leadTimeDays, y.leadTimeDays);
            d.field("shelf_life_months", x.shelfLifeMonths, y.shelfLifeMonths);
            d.field("submitted_at", x.submittedAt, y.submittedAt);
            d.field("submitted_at (ms)", x.submittedAtMsecs, y.submittedAtMsecs);
            d.field("accepts_revival", qint64(x.acceptsRevival), qint64(y.acceptsRevival));
        }
    if (d.count("demand", a.demand, b.demand))
        for (size_t i = 0; i < a.demand.size() && !d.done(); ++i) {
            const model::Demand &x = a.demand[i], &y = b.demand[i];
            d.setPath(at("demand", i));
            d.field("product_id", x.productId, y.productId);
            d.field("buyer_id", x.buyerId, y.buyerId);
            d.field("country", x.country, y.country);
            d.field("region", x.region, y.region);
            d.field("currency", x.currency, y.currency);
            d.field("quantity", x.quantity, y.quantity);
            d.field("preferred_bidder", x.preferredBidder, y.preferredBidder);
        }
    if (d.count("fx", a.fxRates, b.fxRates))
        for (size_t i = 0; i < a.fxRates.size() && !d.done(); ++i) {
            const model::FxRate &x = a.fxRates[i], &y = b.fxRates[i];
            d.setPath(at("fx", i));
            d.field("currency", x.currency, y.currency);
            d.field("rate", x.rate, y.rate);
            d.field("date", x.date, y.date);
        }
    if (d.count("references", a.references, b.references))
        for (size_t i = 0; i < a.references.size() && !d.done(); ++i) {
            const model::ReferencePrice &x = a.references[i], &y = b.references[i];
            d.setPath(at("references", i));
            d.field("product_id", x.productId, y.productId);
            d.field("market", x.market, y.market);
            d.field("unit_price", x.unitPrice, y.unitPrice);
            d.field("currency", x.currency, y.currency);
            d.field("date", x.date, y.date);
            d.field("source", x.source, y.source);
        }
    return d.result();
}

} // namespace td::io
