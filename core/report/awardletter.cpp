#include "awardletter.h"

#include "reportcontext.h"

#include <QMap>

#include <algorithm>
#include <map>

namespace td::report {

namespace {

struct Awarded
{
    const model::ProductResult *product = nullptr;
    const model::BidResult *bid = nullptr;
};

bool isAwarded(model::BidStatus status)
{
    return status == model::BidStatus::Winner || status == model::BidStatus::Revived;
}

} // namespace

QString letterFileName(const QString &bidderId)
{
    QString safe;
    for (const QChar c : bidderId)
        safe += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : u'_';
    return QStringLiteral("award-%1.pdf").arg(safe);
}

std::vector<AwardLetter> buildAwardLetters(const ReportSource &source, const ReportOptions &options)
{
    const ReportContext ctx(source, options);
    const QString cur = source.result.currency;

    std::vector<std::pair<QString, std::vector<Awarded>>> byBidder;
    {
        std::map<QString, std::vector<Awarded>> grouped;
        for (const model::ProductResult &product : source.result.products)
            for (const model::BidResult &bid : product.bids)
                if (isAwarded(bid.status))
                    grouped[bid.bidderId].push_back({&product, &bid});
        for (auto &[bidder, list] : grouped)
            byBidder.emplace_back(bidder, std::move(list));
        std::sort(byBidder.begin(), byBidder.end(), [](const auto &a, const auto &b) {
            return model::identifierLess(a.first, b.first);
        });
    }

    std::vector<AwardLetter> letters;
    for (const auto &[bidderId, awarded] : byBidder) {
        ReportDocument doc;
        doc.language = options.language;
        doc.secondLanguage = options.secondLanguage;
        doc.paper = options.paper;
        doc.documentTitle = ctx.phrase("Award notice") + QStringLiteral(" ") + bidderId;
        doc.runningHeader = ctx.label("Award notice");
        doc.runningHeader.main += QStringLiteral(" · ") + source.data.tender.id;
        doc.digest = source.run.digest;
        doc.digestLabel = ctx.label("Digest");
        doc.pageOf = ctx.pageOf();

        doc.blocks.push_back(Title{ctx.label("Award notice")});
        const model::Bidder *bidder = ctx.bidder(bidderId);
        Fields head;
        head.fields = {
            {ctx.label("To"), ctx.bidderName(bidderId) + QStringLiteral(" (") + bidderId +
                                  QStringLiteral(")")},
            {ctx.label("Country"), bidder ? bidder->country : NumberFormat::dash()},
            {ctx.label("Tender"), source.data.tender.id + QStringLiteral(" ") + source.data.tender.title},
            {ctx.label("Subject"), ctx.phrase("Award notice")},
            {ctx.label("Date"), ctx.reportDate()},
            {ctx.label("Evaluation run"), source.run.id},
        };
        doc.blocks.push_back(std::move(head));
        doc.blocks.push_back(Paragraph{
            ctx.phrase("The evaluation committee of tender %1 (%2) evaluated the bids under rule "
                       "set %3 on %4. The following bids of your company were selected:")
                .arg(source.data.tender.id, source.data.tender.title,
                     model::ruleSetName(source.result.parameters.ruleSet),
                     ctx.format().date(source.run.at.date()))});

        Table t;
        t.title = ctx.label("Volumes by region");
        t.columns = {
            {ctx.label("Product"), 5, Align::Left},
            {ctx.label("Award price", cur), 3, Align::Right},
            {ctx.label("Region"), 2, Align::Left},
            {ctx.label("Volume"), 3, Align::Right},
            {ctx.label("Contract value", cur), 3, Align::Right},
        };
        money::Decimal totalValue;
        for (const Awarded &a : awarded) {
            // volumes and values by region, region order
            QMap<QString, std::pair<money::Decimal, money::Decimal>> regions;
            for (const model::Allocation &allocation : a.product->allocations) {
                if (allocation.bidId != a.bid->bidId)
                    continue;
                auto &[volume, value] = regions[allocation.region];
                volume += allocation.volume;
                value += allocation.value;
            }
            const QString name = ctx.productName(a.product->productId);
            const QString price = a.bid->awardPrice ? ctx.price(*a.bid->awardPrice) : NumberFormat::dash();
            if (regions.isEmpty()) {
                t.rows.push_back({name, price, NumberFormat::dash(), ctx.format().integer(0),
                                  ctx.format().number(money::Decimal::fromUnits(0, 2))});
                t.emphasis.push_back(false);
            }
            bool first = true;
            for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
                t.rows.push_back({first ? name : QString(), first ? price : QString(), it.key(),
                                  ctx.format().number(it.value().first),
                                  ctx.format().number(it.value().second)});
                t.emphasis.push_back(false);
                totalValue += it.value().second;
                first = false;
            }
        }
        t.rows.push_back({ctx.phrase("Total"), QString(), QString(), QString(),
                          ctx.format().number(totalValue)});
        t.emphasis.push_back(true);
        doc.blocks.push_back(std::move(t));

        Fields term;
        term.fields = {{ctx.label("Term"),
                        ctx.phrase("%1 months from the date the contract is signed")
                            .arg(ctx.format().integer(options.contractMonths))}};
        doc.blocks.push_back(std::move(term));
        doc.blocks.push_back(Paragraph{
            ctx.phrase("Please confirm in writing within the period stated in the tender documents.")});

        SignatureBlock s;
        s.title = ctx.label("For the evaluation committee");
        s.roles = {ctx.label("Chair")};
        s.name = ctx.label("Name");
        s.signature = ctx.label("Signature");
        s.date = ctx.label("Date");
        doc.blocks.push_back(std::move(s));

        letters.push_back({bidderId, std::move(doc)});
    }
    return letters;
}

} // namespace td::report
