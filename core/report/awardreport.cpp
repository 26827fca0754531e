#include "awardreport.h"

#include "awardfigures.h"
#include "reportcontext.h"

#include <QHash>

#include <algorithm>

namespace td::report {

namespace {

using model::BidStatus;

BarKind barKind(BidStatus status)
{
    switch (status) {
    case BidStatus::Winner:
        return BarKind::Winner;
    case BidStatus::Revived:
        return BarKind::Revived;
    case BidStatus::Disqualified:
        return BarKind::Disqualified;
    case BidStatus::NotSelected:
    case BidStatus::NotShortlisted:
        break;
    }
    return BarKind::Other;
}

class Builder
{
public:
    Builder(const ReportSource &source, const ReportOptions &options)
        : m_ctx(source, options), m_source(source), m_awards(productAwards(source.result))
    {
        const bool wan = options.chineseTenThousands && options.language == Language::ZhCN;
        m_wan = wan;
        const QString currency = source.result.currency;
        m_moneyUnit = wan ? (currency == u"CNY" ? QStringLiteral("万元")
                                                : QStringLiteral("万 %1").arg(currency))
                          : currency;
    }

    ReportDocument build()
    {
        ReportDocument doc;
        doc.language = m_ctx.options().language;
        doc.secondLanguage = m_ctx.options().secondLanguage;
        doc.paper = m_ctx.options().paper;
        doc.documentTitle = m_ctx.phrase("Award report") + QStringLiteral(" ") +
                            m_source.data.tender.id;
        doc.runningHeader = m_ctx.label("Award report");
        doc.runningHeader.main += QStringLiteral(" · ") + m_source.data.tender.id;
        doc.digest = m_source.run.digest;
        doc.digestLabel = m_ctx.label("Digest");
        doc.pageOf = m_ctx.pageOf();
        m_blocks = &doc.blocks;

        cover();
        summary();
        products();
        allocations();
        caps();
        unassigned();
        signature();
        return doc;
    }

private:
    void add(Block block) { m_blocks->push_back(std::move(block)); }

    QString money(const Decimal &value) const
    {
        return m_wan ? m_ctx.format().tenThousands(value) : m_ctx.format().number(value);
    }
    QString money(const std::optional<Decimal> &value) const
    {
        return value ? money(*value) : NumberFormat::dash();
    }

    void cover()
    {
        const model::Tender &tender = m_source.data.tender;
        const RunSummary &run = m_source.run;
        add(Title{m_ctx.label("Award report")});
        Fields f;
        f.fields = {
            {m_ctx.label("Tender"), tender.id},
            {m_ctx.label("Title"), tender.title},
            {m_ctx.label("Tender currency"), m_source.result.currency},
            {m_ctx.label("Rule set"), run.ruleSet.isEmpty()
                                          ? model::ruleSetName(m_source.result.parameters.ruleSet)
                                          : run.ruleSet},
            // "; " so the long parameter list wraps between parameters
            {m_ctx.label("Parameters"),
             (run.parameters.isEmpty() ? model::parametersToText(m_source.result.parameters)
                                       : run.parameters)
                 .split(u';', Qt::SkipEmptyParts)
                 .join(QStringLiteral("; "))},
            {m_ctx.label("Evaluation run"), run.id},
            {m_ctx.label("Evaluated on"), m_ctx.format().dateTime(run.at)},
            {m_ctx.label("Evaluated by"), run.user.isEmpty() ? NumberFormat::dash() : run.user},
            {m_ctx.label("Report date"), m_ctx.reportDate()},
            {m_ctx.label("Products"),
             m_ctx.format().integer(static_cast<qint64>(m_source.result.products.size()))},
            {m_ctx.label("Dossier digest"), run.digest},
        };
        add(std::move(f));
        add(Paragraph{m_ctx.phrase("Verify with: tenderdesk-cli verify DOSSIER --digest HEX")});
    }

    void summary()
    {
        add(Heading{m_ctx.label("Summary"), 1});
        Table t;
        const QString cur = m_source.result.currency;
        t.columns = {
            {m_ctx.label("Product"), 5, Align::Left},
            {m_ctx.label("Winner"), 5, Align::Left},
            {m_ctx.label("Award price", cur), 4, Align::Right},
            {m_ctx.label("Agreed share"), 3, Align::Right},
            {m_ctx.label("Agreed volume"), 4, Align::Right},
            {m_ctx.label("Contract value", m_moneyUnit), 5, Align::Right},
            {m_ctx.label("Savings vs ceiling", m_moneyUnit), 4, Align::Right},
            {m_ctx.label("Savings vs reference median", m_moneyUnit), 4, Align::Right},
        };
        Decimal totalValue;
        std::optional<Decimal> totalCeiling, totalMedian;
        for (const ProductAward &award : m_awards) {
            const QString product = m_ctx.productName(award.productId);
            if (award.rows.empty()) {
                t.rows.push_back({product, m_ctx.phrase("No winner"), NumberFormat::dash(),
                                  NumberFormat::dash(), NumberFormat::dash(), NumberFormat::dash(),
                                  NumberFormat::dash(), NumberFormat::dash()});
                t.emphasis.push_back(false);
                continue;
            }
            bool first = true;
            for (const AwardRow &row : award.rows) {
                QString winner = m_ctx.bidderName(row.bidderId);
                if (row.status == BidStatus::Revived)
                    winner += QStringLiteral(" (") + m_ctx.statusText(row.status) +
                              QStringLiteral(")");
                t.rows.push_back({first ? product : QString(), winner, m_ctx.price(row.awardPrice),
                                  first && award.agreedShare
                                      ? m_ctx.format().percent(*award.agreedShare)
                                      : QString(),
                                  m_ctx.format().number(row.volume), money(row.contractValue),
                                  money(row.savingsVsCeiling), money(row.savingsVsMedian)});
                t.emphasis.push_back(false);
                first = false;
            }
            totalValue += award.contractValue;
            if (award.savingsVsCeiling)
                totalCeiling = totalCeiling ? *totalCeiling + *award.savingsVsCeiling
                                            : *award.savingsVsCeiling;
            if (award.savingsVsMedian)
                totalMedian = totalMedian ? *totalMedian + *award.savingsVsMedian
                                          : *award.savingsVsMedian;
        }
        t.rows.push_back({m_ctx.phrase("Total"), QString(), QString(), QString(), QString(),
                          money(totalValue), money(totalCeiling), money(totalMedian)});
        t.emphasis.push_back(true);
        t.note = m_ctx.label("Savings = volume × (effective ceiling or reference median) − "
                             "contract value, each rounded to 2 decimals in the tender currency.");
        add(std::move(t));
    }

    void products()
    {
        const model::Parameters &params = m_source.result.parameters;
        const QString cur = m_source.result.currency;
        bool first = true;
        for (const model::ProductResult &product : m_source.result.products) {
            if (first)
                add(PageBreak{});
            first = false;
            Text heading = m_ctx.label("Product");
            heading.main += QStringLiteral(" ") + m_ctx.productName(product.productId);
            if (!heading.sub.isEmpty())
                heading.sub += QStringLiteral(" ") + product.productId;
            add(Heading{heading, 1});

            Fields f;
            if (const model::Product *p = m_ctx.product(product.productId)) {
                f.fields.push_back({m_ctx.label("Generic name (INN)"), p->inn});
                f.fields.push_back({m_ctx.label("Representative specification"),
                                    QStringLiteral("%1 %2 × %3 %4")
                                        .arg(m_ctx.format().number(p->strength.normalized()),
                                             p->strengthUnit,
                                             m_ctx.format().number(p->packSize.normalized()),
                                             p->form)});
                if (p->maxUnitPrice)
                    f.fields.push_back({m_ctx.label("Ceiling price", cur), m_ctx.price(*p->maxUnitPrice)});
            }
            const auto priceOrDash = [&](const std::optional<Decimal> &v) {
                return v ? m_ctx.price(*v) : NumberFormat::dash();
            };
            f.fields.push_back({m_ctx.label("Qualified bids"), m_ctx.format().integer(product.qualified)});
            f.fields.push_back({m_ctx.label("Shortlist"), m_ctx.format().integer(product.shortlistSize)});
            f.fields.push_back({m_ctx.label("Lowest unit price", cur), priceOrDash(product.lowestUnitPrice)});
            if (params.ruleSet == model::RuleSet::VbpB11)
                f.fields.push_back({m_ctx.label("Anchor price", cur), priceOrDash(product.anchorPrice)});
            if (params.ruleSet != model::RuleSet::Meat) {
                f.fields.push_back({m_ctx.label("Spread threshold", cur),
                                    priceOrDash(m_ctx.spreadThreshold(product))});
                f.fields.push_back({m_ctx.label("Floor price", cur), m_ctx.price(params.floorUnitPrice)});
            }
            f.fields.push_back({m_ctx.label("Effective ceiling", cur), priceOrDash(product.effectiveCeiling)});
            f.fields.push_back({m_ctx.label("Linkage ceiling", cur), priceOrDash(product.linkageCeiling)});
            f.fields.push_back({m_ctx.label("Reference median", cur), priceOrDash(product.referenceMedian)});
            if (product.revivalPrice)
                f.fields.push_back({m_ctx.label("Revival price", cur), m_ctx.price(*product.revivalPrice)});
            f.fields.push_back({m_ctx.label("Agreed share"), product.agreedShare
                                                                 ? m_ctx.format().percent(*product.agreedShare)
                                                                 : NumberFormat::dash()});
            f.fields.push_back({m_ctx.label("Declared demand"), m_ctx.format().number(product.demandTotal)});
            f.fields.push_back({m_ctx.label("Agreed volume"), m_ctx.format().number(product.agreedTotal)});
            add(std::move(f));

            Table t;
            t.title = m_ctx.label("Bids");
            t.columns = {
                {m_ctx.label("Rank"), 2, Align::Right},
                {m_ctx.label("Bid"), 3, Align::Left},
                {m_ctx.label("Bidder"), 5, Align::Left},
                {m_ctx.label("Comparable unit price", cur), 4, Align::Right},
                {m_ctx.label("Status"), 4, Align::Left},
                {m_ctx.label("Reason"), 6, Align::Left},
                {m_ctx.label("Award price", cur), 4, Align::Right},
                {m_ctx.label("MPR"), 2, Align::Right},
                {m_ctx.label("Price cap", cur), 4, Align::Right},
            };
            LadderChart chart;
            chart.title = m_ctx.label("Bid ladder");
            for (const model::BidResult &bid : product.bids) {
                t.rows.push_back({bid.rank ? m_ctx.format().integer(*bid.rank) : NumberFormat::dash(),
                                  bid.bidId, m_ctx.bidderName(bid.bidderId),
                                  m_ctx.price(bid.unitPrice), m_ctx.statusText(bid.status),
                                  m_ctx.reasonText(bid, product), priceOrDash(bid.awardPrice),
                                  m_ctx.format().number(bid.mpr), priceOrDash(bid.linkedPriceCap)});
                chart.bars.push_back({bid.bidderId, bid.unitPrice, m_ctx.price(bid.unitPrice),
                                      barKind(bid.status)});
            }
            add(std::move(t));

            if (const auto threshold = m_ctx.spreadThreshold(product))
                chart.lines.push_back({m_ctx.label("Spread threshold"), *threshold, m_ctx.price(*threshold)});
            if (params.ruleSet != model::RuleSet::Meat && !product.bids.empty())
                chart.lines.push_back({m_ctx.label("Floor price"), params.floorUnitPrice,
                                       m_ctx.price(params.floorUnitPrice)});
            if (product.effectiveCeiling)
                chart.lines.push_back({m_ctx.label("Effective ceiling"), *product.effectiveCeiling,
                                       m_ctx.price(*product.effectiveCeiling)});
            if (product.revivalPrice)
                chart.lines.push_back({m_ctx.label("Revival price"), *product.revivalPrice,
                                       m_ctx.price(*product.revivalPrice)});
            chart.legend = {m_ctx.label("winner"), m_ctx.label("revived"),
                            m_ctx.label("not selected"), m_ctx.label("disqualified")};
            if (!chart.bars.empty())
                add(std::move(chart));
        }
    }

    void allocations()
    {
        add(PageBreak{});
        add(Heading{m_ctx.label("Allocations"), 1});
        const QString cur = m_source.result.currency;
        Table t;
        t.columns = {
            {m_ctx.label("Product"), 4, Align::Left},
            {m_ctx.label("Buyer"), 3, Align::Left},
            {m_ctx.label("Region"), 2, Align::Left},
            {m_ctx.label("Winner"), 4, Align::Left},
            {m_ctx.label("Volume"), 3, Align::Right},
            {m_ctx.label("Value", cur), 3, Align::Right},
            {m_ctx.label("Local value"), 3, Align::Right},
            {m_ctx.label("Currency"), 2, Align::Left},
        };
        size_t allocationRows = 0;
        for (const model::ProductResult &product : m_source.result.products)
            allocationRows += product.allocations.size();
        const ReportOptions &options = m_ctx.options();
        const bool byRegion =
            options.allocationDetail == AllocationDetail::Regions ||
            (options.allocationDetail == AllocationDetail::Auto &&
             allocationRows > static_cast<size_t>(std::max(0, options.buyerRowLimit)));
        for (const model::ProductResult &product : m_source.result.products) {
            QHash<QString, QString> bidderOfBid;
            for (const model::BidResult &bid : product.bids)
                bidderOfBid.insert(bid.bidId, bid.bidderId);
            const QString name = m_ctx.productName(product.productId);
            QString lastProduct;
            const auto addRow = [&](const QString &buyer, const model::Allocation &a) {
                QString winner = m_ctx.bidderName(bidderOfBid.value(a.bidId));
                if (a.preferred)
                    winner += QStringLiteral(" *");
                t.rows.push_back({lastProduct == name ? QString() : name, buyer, a.region, winner,
                                  m_ctx.format().number(a.volume), m_ctx.format().number(a.value),
                                  m_ctx.format().number(a.localValue), a.localCurrency});
                lastProduct = name;
            };
            if (!byRegion) {
                for (const model::Allocation &a : product.allocations)
                    addRow(a.buyerId, a);
                continue;
            }
            // per winning bid, region and currency, in the order the allocations come (bid
            // rank); sums of the exact per-buyer figures
            std::vector<std::pair<model::Allocation, int>> groups;
            QHash<QString, size_t> groupOf;
            for (const model::Allocation &a : product.allocations) {
                const QString key = a.bidId + QChar(0x1f) + a.region + QChar(0x1f) + a.localCurrency +
                                    (a.preferred ? QStringLiteral("*") : QString());
                const auto it = groupOf.constFind(key);
                if (it == groupOf.constEnd()) {
                    groupOf.insert(key, groups.size());
                    groups.push_back({a, 1});
                    continue;
                }
                auto &[sum, buyers] = groups[*it];
                sum.volume += a.volume;
                sum.value += a.value;
                sum.localValue += a.localValue;
                ++buyers;
            }
            for (const auto &[sum, buyers] : groups)
                addRow(buyers == 1 ? sum.buyerId
                                   : m_ctx.phrase("%1 buyers").arg(m_ctx.format().integer(buyers)),
                       sum);
        }
        if (byRegion)
            add(Paragraph{m_ctx.phrase(
                "Allocations by winner and region; every buyer is listed in the XLSX export.")});
        Text note = m_ctx.label("Preferred bidder");
        note.main = QStringLiteral("* ") + note.main;
        if (!note.sub.isEmpty())
            note.sub = QStringLiteral("* ") + note.sub;
        t.note = note;
        add(std::move(t));
    }

    void caps()
    {
        add(Heading{m_ctx.label("Price linkage caps"), 1});
        const QString cur = m_source.result.currency;
        const int decimals = m_ctx.priceDecimals();
        // one column per buyer currency of the tender when they fit, else one cell listing them
        QStringList all;
        std::vector<QStringList> perProduct;
        for (const model::ProductResult &product : m_source.result.products) {
            perProduct.push_back(buyerCurrencies(m_source.data, product.productId));
            for (const QString &currency : perProduct.back())
                if (!all.contains(currency))
                    all << currency;
        }
        std::sort(all.begin(), all.end(), model::identifierLess);
        const bool columns = all.size() <= 8;
        Table t;
        t.columns = {
            {m_ctx.label("Product"), 4, Align::Left},
            {m_ctx.label("Bidder"), 4, Align::Left},
            {m_ctx.label("Status"), 3, Align::Left},
            {m_ctx.label("Price cap", cur), 3, Align::Right},
        };
        if (columns) {
            for (const QString &currency : all)
                t.columns.push_back({m_ctx.label("Price cap", currency), 3, Align::Right});
        } else {
            t.columns.push_back({m_ctx.label("Price cap"), 5, Align::Right});
        }
        for (size_t p = 0; p < m_source.result.products.size(); ++p) {
            const model::ProductResult &product = m_source.result.products[p];
            const QString name = m_ctx.productName(product.productId);
            bool first = true;
            for (const CapRow &row : linkageCaps(m_source.data, product, perProduct[p], decimals)) {
                QStringList cells{first ? name : QString(), m_ctx.bidderName(row.bidderId),
                                  m_ctx.statusText(row.status), m_ctx.price(row.cap)};
                if (columns) {
                    for (const QString &currency : all) {
                        QString cell = NumberFormat::dash();
                        for (const LocalAmount &amount : row.local)
                            if (amount.currency == currency)
                                cell = m_ctx.format().number(amount.value);
                        cells << cell;
                    }
                } else {
                    QStringList local;
                    for (const LocalAmount &amount : row.local)
                        local << amount.currency + QStringLiteral(" ") +
                                     m_ctx.format().number(amount.value);
                    cells << (local.isEmpty() ? NumberFormat::dash() : local.join(u'\n'));
                }
                t.rows.push_back(cells);
                first = false;
            }
        }
        t.note = m_ctx.label("Caps apply in markets outside the bidder's supply regions (rules §9).");
        add(std::move(t));
    }

    void unassigned()
    {
        add(Heading{m_ctx.label("Unassigned volumes"), 1});
        Table t;
        t.columns = {
            {m_ctx.label("Product"), 4, Align::Left},
            {m_ctx.label("Region"), 2, Align::Left},
            {m_ctx.label("Volume"), 3, Align::Right},
            {m_ctx.label("Reason"), 4, Align::Left},
        };
        for (const model::ProductResult &product : m_source.result.products)
            for (const model::Unassigned &u : product.unassigned)
                t.rows.push_back({m_ctx.productName(product.productId), u.region,
                                  m_ctx.format().number(u.volume), m_ctx.phrase("no eligible winner")});
        if (t.rows.empty())
            add(Paragraph{m_ctx.phrase("No unassigned volume.")});
        else
            add(std::move(t));
    }

    void signature()
    {
        SignatureBlock s;
        s.title = m_ctx.label("Evaluation committee");
        s.roles = {m_ctx.label("Chair"), m_ctx.label("Member"), m_ctx.label("Member"),
                   m_ctx.label("Secretary")};
        s.name = m_ctx.label("Name");
        s.signature = m_ctx.label("Signature");
        s.date = m_ctx.label("Date");
        add(std::move(s));
    }

    ReportContext m_ctx;
    const ReportSource &m_source;
    std::vector<ProductAward> m_awards;
    bool m_wan = false;
    QString m_moneyUnit;
    std::vector<Block> *m_blocks = nullptr;
};

} // namespace

ReportDocument buildAwardReport(const ReportSource &source, const ReportOptions &options)
{
    return Builder(source, options).build();
}

} // namespace td::report
