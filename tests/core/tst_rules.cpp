// Rule-by-rule tests of the evaluation (rules.md §3–§9) on small hand-built tenders, plus
// property tests on random tenders: row order never matters, volumes add up, capacity holds.
#include "io/generator.h"
#include "io/resultjson.h"
#include "rules/evaluator.h"
#include "rules/ranking.h"
#include "rules/stringindex.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace td;
using model::BidStatus;
using model::Reason;
using money::Decimal;

namespace {

Decimal d(const QString &text)
{
    return *Decimal::parse(text);
}

/// A small tender: product P (10 mg × 1), bids priced per unit, CN demand.
struct TenderBuilder
{
    model::TenderData data;

    explicit TenderBuilder(model::RuleSet ruleSet, const QString &maxUnitPrice = {})
    {
        data.tender = {
            QStringLiteral("T"), QStringLiteral("test"), QStringLiteral("CNY"), ruleSet, {}};
        model::Product p;
        p.id = QStringLiteral("P");
        p.inn = QStringLiteral("amlodipine");
        p.form = QStringLiteral("tablet");
        p.strength = 10;
        p.strengthUnit = QStringLiteral("mg");
        p.packSize = 1;
        if (!maxUnitPrice.isEmpty())
            p.maxUnitPrice = d(maxUnitPrice);
        data.products.push_back(p);
    }

    model::Bid &bid(const QString &id, const QString &unitPrice,
                    model::QualityCode quality = model::QualityCode::Pics)
    {
        model::Bidder bidder;
        bidder.id = id + QStringLiteral("M");
        bidder.name = bidder.id;
        bidder.country = QStringLiteral("CN");
        bidder.gmp = true;
        bidder.quality = quality;
        bidder.registeredIn = {QStringLiteral("CN")};
        data.bidders.push_back(bidder);
        model::Bid b;
        b.id = id;
        b.bidderId = bidder.id;
        b.productId = QStringLiteral("P");
        b.strength = 10;
        b.strengthUnit = QStringLiteral("mg");
        b.packSize = 1;
        b.packPrice = d(unitPrice);
        b.currency = QStringLiteral("CNY");
        b.leadTimeDays = 30;
        b.shelfLifeMonths = 36;
        b.submittedAt = QStringLiteral("2026-10-20T10:00:00+08:00");
        b.submittedAtMsecs = *model::parseTimestamp(b.submittedAt);
        data.bids.push_back(b);
        return data.bids.back();
    }

    void demand(const QString &buyer, const QString &region, const QString &quantity,
                const QString &country = QStringLiteral("CN"),
                const QString &currency = QStringLiteral("CNY"))
    {
        data.demand.push_back(
            {QStringLiteral("P"), buyer, country, region, currency, d(quantity), {}});
    }

    model::ProductResult evaluate(const QStringList &overrides = {}) const
    {
        model::Parameters p;
        p.ruleSet = data.tender.ruleSet;
        for (const QString &o : overrides) {
            const auto parts = o.split(u'=');
            const auto error = model::applyParameter(p, parts[0], parts[1]);
            if (error)
                qFatal("bad override");
        }
        const auto outcome = rules::evaluate(data, p);
        if (!outcome.result || outcome.result->products.size() != 1)
            qFatal("evaluation failed");
        return outcome.result->products.front();
    }
};

const model::BidResult &bidOf(const model::ProductResult &r, const QString &id)
{
    for (const auto &b : r.bids)
        if (b.bidId == id)
            return b;
    qFatal("no such bid");
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stringIndexSequenceGivesTheSameIndices();
    void shortlistSizes_data();
    void shortlistSizes();
    void spreadBoundaryIsExact();
    void halfOfCeilingOnlyUnderB9();
    void floorWins();
    void declaredCeilingShownAtPriceDecimals();
    void anchorUnderB11();
    void revivalWithOneWinnerUnderB10();
    void tieKeys_data();
    void tieKeys();
    void noQualifiedBidsAgreesNothing();
    void preferredBidderMayExhaustCapacity();
    void unknownCurrencyIsAnEvaluationError();
    void rowOrderNeverChangesTheResult();
    void sharedOrCopiedStringsGiveTheSameResult();
    void volumesAddUpAndCapacityHolds();
    void parallelEvaluationEqualsOneProductAtATime();
};

void TestRules::shortlistSizes_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("b9");
    QTest::addColumn<int>("b10");
    const int b9[] = {1, 2, 2, 3, 4, 4, 5, 6, 7, 8, 9, 9, 10, 10, 10, 10, 10};
    const int b10[] = {1, 2, 2, 3, 3, 3, 4, 5, 6, 6, 7, 8, 8, 9, 9, 10, 10};
    for (int n = 1; n <= 17; ++n)
        QTest::newRow(qPrintable(QStringLiteral("N=%1").arg(n))) << n << b9[n - 1] << b10[n - 1];
}

void TestRules::shortlistSizes()
{
    QFETCH(int, n);
    QFETCH(int, b9);
    QFETCH(int, b10);
    QCOMPARE(rules::shortlistSize(model::RuleSet::VbpB9, n), b9);
    QCOMPARE(rules::shortlistSize(model::RuleSet::VbpB10, n), b10);
    QCOMPARE(rules::shortlistSize(model::RuleSet::VbpB11, n), b10);
    QCOMPARE(rules::shortlistSize(model::RuleSet::Meat, n), n);
}

void TestRules::spreadBoundaryIsExact()
{
    TenderBuilder t(model::RuleSet::VbpB10);
    for (const char *price : {"0.2000", "0.3600", "0.3601", "0.9", "1.0"})
        t.bid(QStringLiteral("B%1").arg(t.data.bids.size() + 1), QString::fromLatin1(price));
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("1000"));
    const auto r = t.evaluate();
    QCOMPARE(r.shortlistSize, 3);
    QCOMPARE(bidOf(r, QStringLiteral("B2")).reason, Reason::WithinSpread); // exactly 1.8 × 0.2
    QCOMPARE(bidOf(r, QStringLiteral("B3")).reason, Reason::OutsideSpread);
}

void TestRules::halfOfCeilingOnlyUnderB9()
{
    TenderBuilder t(model::RuleSet::VbpB9, QStringLiteral("0.7202"));
    for (const char *price : {"0.2000", "0.3601", "0.3602", "0.5", "0.6"})
        t.bid(QStringLiteral("B%1").arg(t.data.bids.size() + 1), QString::fromLatin1(price));
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("1000"));
    auto r = t.evaluate();
    QCOMPARE(bidOf(r, QStringLiteral("B2")).reason, Reason::HalfOfCeiling); // 0.3601 = 0.7202 / 2
    QCOMPARE(bidOf(r, QStringLiteral("B3")).reason, Reason::OutsideSpread);
    t.data.tender.ruleSet = model::RuleSet::VbpB10;
    r = t.evaluate();
    QCOMPARE(bidOf(r, QStringLiteral("B2")).reason, Reason::OutsideSpread);
}

void TestRules::floorWins()
{
    TenderBuilder t(model::RuleSet::VbpB10);
    for (const char *price : {"0.0500", "0.0900", "0.1000", "0.1001", "0.2"})
        t.bid(QStringLiteral("F%1").arg(t.data.bids.size() + 1), QString::fromLatin1(price));
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("1000"));
    const auto r = t.evaluate({QStringLiteral("floor_unit_price=0.10")});
    QCOMPARE(bidOf(r, QStringLiteral("F2")).reason, Reason::WithinSpread);
    QCOMPARE(bidOf(r, QStringLiteral("F3")).reason, Reason::BelowFloor);
}

void TestRules::declaredCeilingShownAtPriceDecimals()
{
    TenderBuilder t(model::RuleSet::VbpB10, QStringLiteral("2"));
    t.bid(QStringLiteral("C1"), QStringLiteral("2.0000"));
    t.bid(QStringLiteral("C2"), QStringLiteral("2.0001"));
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("1000"));
    const auto r = t.evaluate();
    QCOMPARE(r.effectiveCeiling->toString(), QStringLiteral("2.0000"));
    QCOMPARE(bidOf(r, QStringLiteral("C1")).status, BidStatus::Winner); // exactly at the ceiling
    QCOMPARE(bidOf(r, QStringLiteral("C2")).reason, Reason::AboveCeiling);
}

void TestRules::anchorUnderB11()
{
    TenderBuilder t(model::RuleSet::VbpB11);
    for (const char *price : {"0.20", "0.48", "0.55", "0.80", "0.95", "1.05", "1.40", "1.90"})
        t.bid(QStringLiteral("A%1").arg(t.data.bids.size() + 1), QString::fromLatin1(price));
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("1000"));
    const auto r = t.evaluate();
    QCOMPARE(r.anchorPrice->toString(), QStringLiteral("0.2980"));
    QCOMPARE(bidOf(r, QStringLiteral("A2")).status, BidStatus::Winner);     // 0.48 ≤ 0.5364
    QCOMPARE(bidOf(r, QStringLiteral("A3")).reason, Reason::OutsideSpread); // 0.55 > 0.5364
}

void TestRules::revivalWithOneWinnerUnderB10()
{
    TenderBuilder t(model::RuleSet::VbpB10);
    t.bid(QStringLiteral("R1"), QStringLiteral("0.3333"));
    t.bid(QStringLiteral("R2"), QStringLiteral("0.7")).acceptsRevival = true;
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("1000"));
    const auto r = t.evaluate();
    const auto &revived = bidOf(r, QStringLiteral("R2"));
    QCOMPARE(revived.status, BidStatus::Revived);
    QCOMPARE(revived.awardPrice->toString(), QStringLiteral("0.5999")); // 1.8 × 0.3333 = 0.59994
    QCOMPARE(r.winners, 2);
    QCOMPARE(r.agreedShare->toStringTrimmed(2), QStringLiteral("0.60"));
}

void TestRules::tieKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expectedFirst");
    QTest::newRow("quality_tier") << "quality_tier"
                                  << "T2";
    QTest::newRow("capacity") << "capacity"
                              << "T2";
    QTest::newRow("submitted_at") << "submitted_at"
                                  << "T2";
    QTest::newRow("bid_id") << "bid_id"
                            << "T1";
}

void TestRules::tieKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, expectedFirst);
    TenderBuilder t(model::RuleSet::VbpB10);
    model::Bid &first = t.bid(QStringLiteral("T1"), QStringLiteral("0.30"));
    first.capacity = d(QStringLiteral("500"));
    model::Bid &second = t.bid(QStringLiteral("T2"), QStringLiteral("0.30"));
    second.capacity = d(QStringLiteral("500"));
    if (key == u"quality_tier")
        t.data.bidders[1].quality = model::QualityCode::Sra;
    if (key == u"capacity")
        t.data.bids[1].capacity.reset(); // none = largest
    if (key == u"submitted_at")
        t.data.bids[1].submittedAtMsecs -= 1000;
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("100"));
    const auto r = t.evaluate();
    QCOMPARE(r.bids[0].bidId, expectedFirst);
    QVERIFY(!r.bids[0].tieKey);
    QVERIFY(r.bids[1].tieKey);
    QCOMPARE(model::tieKeyName(*r.bids[1].tieKey), key);
}

void TestRules::noQualifiedBidsAgreesNothing()
{
    TenderBuilder t(model::RuleSet::VbpB10);
    t.bid(QStringLiteral("X"), QStringLiteral("0.3"));
    t.data.bidders[0].gmp = false;
    t.demand(QStringLiteral("GX"), QStringLiteral("CN-45"), QStringLiteral("100"));
    const auto r = t.evaluate();
    QCOMPARE(r.winners, 0);
    QVERIFY(!r.agreedShare);
    QVERIFY(!r.lowestUnitPrice);
    QVERIFY(r.allocations.empty());
    QVERIFY(r.unassigned.empty());
    QCOMPARE(r.bids[0].reason, Reason::NoGmp);
    QVERIFY(!r.bids[0].linkedPriceCap);
}

void TestRules::preferredBidderMayExhaustCapacity()
{
    TenderBuilder t(model::RuleSet::VbpB10);
    t.bid(QStringLiteral("P1"), QStringLiteral("0.30")).capacity = d(QStringLiteral("100"));
    t.bid(QStringLiteral("P2"), QStringLiteral("0.31"));
    t.demand(QStringLiteral("A"), QStringLiteral("CN-45"), QStringLiteral("1000"));
    t.demand(QStringLiteral("B"), QStringLiteral("CN-53"), QStringLiteral("10"));
    t.data.demand[0].preferredBidder = QStringLiteral("P1M");
    const auto r = t.evaluate();
    // A's 600 go to P1 beyond its capacity (100 − 600 < 0): P1 picks nothing, P2 takes CN-53.
    QCOMPARE(r.allocations.size(), size_t(2));
    QCOMPARE(r.allocations[0].bidId, QStringLiteral("P1"));
    QCOMPARE(r.allocations[0].volume.toString(), QStringLiteral("600"));
    QVERIFY(r.allocations[0].preferred);
    QCOMPARE(r.allocations[1].bidId, QStringLiteral("P2"));
    QCOMPARE(r.allocations[1].region, QStringLiteral("CN-53"));
}

void TestRules::unknownCurrencyIsAnEvaluationError()
{
    TenderBuilder t(model::RuleSet::VbpB10);
    t.bid(QStringLiteral("E1"), QStringLiteral("1")).currency = QStringLiteral("EUR");
    model::Parameters p;
    const auto outcome = rules::evaluate(t.data, p);
    QVERIFY(!outcome.result);
    QCOMPARE(outcome.errors.size(), size_t(1));
    QCOMPARE(outcome.errors[0].bidId, QStringLiteral("E1"));
    QCOMPARE(outcome.errors[0].field, QStringLiteral("currency"));
}

namespace {

model::TenderData randomTender(quint32 seed)
{
    QRandomGenerator rng(seed);
    const model::RuleSet sets[] = {model::RuleSet::VbpB9, model::RuleSet::VbpB10,
                                   model::RuleSet::VbpB11, model::RuleSet::Meat};
    TenderBuilder t(sets[rng.bounded(4)], rng.bounded(2) ? QStringLiteral("1.5000") : QString());
    const int bids = 1 + rng.bounded(14);
    for (int i = 0; i < bids; ++i) {
        model::Bid &b =
            t.bid(QStringLiteral("B%1").arg(i), QStringLiteral("0.%1").arg(10 + rng.bounded(90)),
                  model::QualityCode(rng.bounded(5)));
        if (rng.bounded(2))
            b.capacity = Decimal(rng.bounded(5000));
        b.acceptsRevival = rng.bounded(2);
        b.leadTimeDays = rng.bounded(60);
        b.submittedAtMsecs += rng.bounded(3) * 1000;
        t.data.bidders.back().registeredIn =
            rng.bounded(3) ? QStringList{QStringLiteral("CN")} : QStringList{QStringLiteral("LA")};
    }
    const int buyers = 1 + rng.bounded(12);
    for (int i = 0; i < buyers; ++i) {
        const bool lao = rng.bounded(3) == 0;
        t.demand(QStringLiteral("Y%1").arg(i),
                 lao ? QStringLiteral("LA") : QStringLiteral("CN-%1").arg(40 + rng.bounded(5)),
                 QString::number(rng.bounded(3000)),
                 lao ? QStringLiteral("LA") : QStringLiteral("CN"),
                 lao ? QStringLiteral("LAK") : QStringLiteral("CNY"));
        if (rng.bounded(4) == 0)
            t.data.demand.back().preferredBidder = QStringLiteral("B%1M").arg(rng.bounded(bids));
    }
    t.data.fxRates.push_back({QStringLiteral("LAK"), Decimal(2950), QDate(2026, 11, 1)});
    return t.data;
}

QByteArray evaluateToJson(const model::TenderData &data)
{
    model::Parameters p;
    p.ruleSet = data.tender.ruleSet;
    const auto outcome = rules::evaluate(data, p);
    return outcome.result ? io::resultToJson(*outcome.result, false) : QByteArray("error");
}

} // namespace

void TestRules::rowOrderNeverChangesTheResult()
{
    for (quint32 seed = 1; seed <= 200; ++seed) {
        model::TenderData data = randomTender(seed);
        const QByteArray reference = evaluateToJson(data);
        QRandomGenerator rng(seed * 7919);
        auto shuffle = [&rng](auto &v) { std::shuffle(v.begin(), v.end(), rng); };
        shuffle(data.bids);
        shuffle(data.bidders);
        shuffle(data.demand);
        QCOMPARE(evaluateToJson(data), reference);
    }
}

// The evaluator indexes demand strings by their shared data first (rules/stringindex.h): one
// QString per distinct value, as the readers produce, and a separate copy per row must both
// give the result of the text alone.
void TestRules::sharedOrCopiedStringsGiveTheSameResult()
{
    for (quint32 seed = 1; seed <= 100; ++seed) {
        model::TenderData data = randomTender(seed);
        const QByteArray reference = evaluateToJson(data);
        QHash<QString, QString> pool;
        auto share = [&pool](QString &s) { s = *pool.insert(s, pool.value(s, s)); };
        auto copy = [](QString &s) { s = QString(s.constData(), s.size()); };
        for (auto each :
             {std::function<void(QString &)>(share), std::function<void(QString &)>(copy)}) {
            for (model::Demand &d : data.demand) {
                each(d.productId);
                each(d.buyerId);
                each(d.country);
                each(d.region);
                each(d.currency);
                each(d.preferredBidder);
            }
            QCOMPARE(evaluateToJson(data), reference);
        }
    }
}

void TestRules::volumesAddUpAndCapacityHolds()
{
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const model::TenderData data = randomTender(seed);
        model::Parameters p;
        p.ruleSet = data.tender.ruleSet;
        const auto outcome = rules::evaluate(data, p);
        QVERIFY(outcome.result);
        for (const auto &product : outcome.result->products) {
            Decimal placed;
            for (const auto &a : product.allocations)
                placed += a.volume;
            for (const auto &u : product.unassigned)
                placed += u.volume;
            QCOMPARE(placed, product.agreedTotal);
            for (const auto &bid : data.bids) {
                if (!bid.capacity)
                    continue;
                Decimal picked, preferred;
                for (const auto &a : product.allocations)
                    if (a.bidId == bid.id)
                        (a.preferred ? preferred : picked) += a.volume;
                // Picked regions fit the capacity left after preferred buyers (§7.2).
                QVERIFY2(picked + preferred <= std::max(*bid.capacity, preferred),
                         qPrintable(QStringLiteral("seed %1 bid %2").arg(seed).arg(bid.id)));
            }
        }
    }
}

void TestRules::parallelEvaluationEqualsOneProductAtATime()
{
    // 120 products are evaluated on several threads; each product alone runs on one.
    io::GeneratorOptions o;
    o.products = 120;
    o.bidders = 30;
    o.bidsPerProduct = 8;
    o.buyers = 60;
    o.seed = 11;
    const model::TenderData data = io::generateTender(o);
    model::Parameters p;
    const auto all = rules::evaluate(data, p);
    QVERIFY(all.result);
    QCOMPARE(all.result->products.size(), size_t(120));
    for (size_t i = 0; i < all.result->products.size(); i += 17) {
        const QString id = all.result->products[i].productId;
        model::TenderData one = data;
        std::erase_if(one.products, [&](const model::Product &x) { return x.id != id; });
        std::erase_if(one.bids, [&](const model::Bid &x) { return x.productId != id; });
        std::erase_if(one.demand, [&](const model::Demand &x) { return x.productId != id; });
        std::erase_if(one.references,
                      [&](const model::ReferencePrice &x) { return x.productId != id; });
        const auto single = rules::evaluate(one, p);
        QVERIFY(single.result);
        model::EvaluationResult expected = *all.result;
        expected.products = {all.result->products[i]};
        QCOMPARE(io::resultToJson(*single.result, true), io::resultToJson(expected, true));
    }
}

void TestRules::stringIndexSequenceGivesTheSameIndices()
{
    // The sequence-predicted lookup (the value that followed the previous one, by pointer)
    // must give the index a plain lookup gives: shared strings in a recurring order, a round
    // that skips and reverses, equal texts behind other pointers, and random order.
    std::vector<QString> buyers;
    for (int b = 0; b < 300; ++b)
        buyers.push_back(QStringLiteral("B-%1").arg(b));
    std::vector<QString> rows; // copies share their buyer's data pointer
    for (int round = 0; round < 5; ++round)
        for (int b = 0; b < 300; ++b)
            if (round != 3 || b % 4 != 0)
                rows.push_back(buyers[size_t(round == 2 ? 299 - b : b)]);
    for (int b = 0; b < 300; b += 7)
        rows.push_back(QStringLiteral("B-%1").arg(b)); // the same text, another pointer
    for (int i = 0; i < 1000; ++i)
        rows.push_back(buyers[size_t((i * 7919) % 300)]);
    td::rules::StringIndex plain, sequenced;
    td::model::RecurringOrder sequence;
    for (const QString &row : rows) {
        const int expected = plain.indexOf(row);
        QCOMPARE(sequenced.indexOf(row, sequence), expected);
        QCOMPARE(sequenced.values()[size_t(expected)], row);
    }
    QCOMPARE(sequenced.size(), plain.size());
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
