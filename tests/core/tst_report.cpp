// Report content as data: the right rows and figures for a hand-built result (issue 5).
#include "report/awardfigures.h"
#include "report/awardletter.h"
#include "report/awardreport.h"
#include "report/numberformat.h"
#include "report/reportfonts.h"
#include "report/reportsource.h"

#include <QTest>

using namespace td;
using money::Decimal;

namespace {

Decimal dec(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text), 20, 30);
}

// Two winners of one product in two countries (CNY tender, a Lao buyer paying in LAK).
report::ReportSource fixture()
{
    report::ReportSource s;
    model::TenderData &d = s.data;
    d.tender = {QStringLiteral("T1"), QStringLiteral("Amlodipine tender"), QStringLiteral("CNY"),
                model::RuleSet::VbpB10, {}};
    model::Product p;
    p.id = QStringLiteral("P1");
    p.inn = QStringLiteral("amlodipine");
    p.nameZh = QStringLiteral("氨氯地平片");
    p.form = QStringLiteral("tablet");
    p.strength = 5;
    p.strengthUnit = QStringLiteral("mg");
    p.packSize = 1;
    p.maxUnitPrice = dec("2.0000");
    d.products = {p};
    model::Bidder a;
    a.id = QStringLiteral("BA");
    a.name = QStringLiteral("Nanning Lijiang Pharmaceutical");
    a.country = QStringLiteral("CN");
    model::Bidder b;
    b.id = QStringLiteral("BB");
    b.name = QStringLiteral("Vientiane Pharma");
    b.country = QStringLiteral("LA");
    model::Bidder c;
    c.id = QStringLiteral("BC");
    c.name = QStringLiteral("Bangkok Generics");
    c.country = QStringLiteral("TH");
    d.bidders = {a, b, c};
    d.demand = {
        {QStringLiteral("P1"), QStringLiteral("GX"), QStringLiteral("CN"), QStringLiteral("CN-45"),
         QStringLiteral("CNY"), 1000, {}},
        {QStringLiteral("P1"), QStringLiteral("VT"), QStringLiteral("LA"), QStringLiteral("LA"),
         QStringLiteral("LAK"), 500, {}},
    };
    d.fxRates = {{QStringLiteral("LAK"), 2950, QDate(2026, 11, 1)}};

    model::EvaluationResult &r = s.result;
    r.tenderId = QStringLiteral("T1");
    r.currency = QStringLiteral("CNY");
    r.parameters.ruleSet = model::RuleSet::VbpB10;
    model::ProductResult pr;
    pr.productId = QStringLiteral("P1");
    pr.qualified = 2;
    pr.shortlistSize = 2;
    pr.lowestUnitPrice = dec("0.2000");
    pr.effectiveCeiling = dec("2.0000");
    pr.referenceMedian = dec("0.25");
    pr.winners = 2;
    pr.agreedShare = dec("0.60");
    pr.demandTotal = 1500;
    pr.agreedTotal = 900;
    model::BidResult ba;
    ba.bidId = QStringLiteral("A");
    ba.bidderId = QStringLiteral("BA");
    ba.unitPrice = dec("0.2000");
    ba.status = model::BidStatus::Winner;
    ba.reason = model::Reason::WithinSpread;
    ba.rank = 1;
    ba.awardPrice = dec("0.2000");
    ba.linkedPriceCap = dec("0.3000");
    model::BidResult bb = ba;
    bb.bidId = QStringLiteral("B");
    bb.bidderId = QStringLiteral("BB");
    bb.unitPrice = dec("0.3333");
    bb.rank = 2;
    bb.awardPrice = dec("0.3333");
    bb.linkedPriceCap = dec("0.5000");
    model::BidResult bc;
    bc.bidId = QStringLiteral("C");
    bc.bidderId = QStringLiteral("BC");
    bc.unitPrice = dec("2.5000");
    bc.status = model::BidStatus::Disqualified;
    bc.reason = model::Reason::AboveCeiling;
    pr.bids = {ba, bb, bc};
    pr.allocations = {
        {QStringLiteral("A"), QStringLiteral("GX"), QStringLiteral("CN-45"), 600, dec("120.00"),
         QStringLiteral("CNY"), dec("120.00"), false},
        {QStringLiteral("B"), QStringLiteral("VT"), QStringLiteral("LA"), 300, dec("99.99"),
         QStringLiteral("LAK"), 294971, false},
    };
    pr.unassigned = {{QStringLiteral("MM"), 40, model::Reason::NoEligibleWinner}};
    r.products = {pr};
    s.run = {QStringLiteral("7"), QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC),
             QStringLiteral("officer"), QStringLiteral("vbp-b10"), QStringLiteral("price_decimals=4"),
             QStringLiteral("in"), QString(64, u'a')};
    return s;
}

const report::Table *tableAfter(const report::ReportDocument &doc, const char *heading)
{
    bool seen = false;
    for (const report::Block &block : doc.blocks) {
        if (const auto *h = std::get_if<report::Heading>(&block))
            seen = h->text.main == QString::fromUtf8(heading);
        else if (const auto *t = std::get_if<report::Table>(&block); t && seen)
            return t;
    }
    return nullptr;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void figures()
    {
        const auto s = fixture();
        const auto awards = report::productAwards(s.result);
        QCOMPARE(awards.size(), size_t(1));
        const auto &rows = awards.front().rows;
        QCOMPARE(rows.size(), size_t(2)); // the disqualified bid is not a winner
        QCOMPARE(rows[0].volume.toString(), QStringLiteral("600"));
        QCOMPARE(rows[0].contractValue.toString(), QStringLiteral("120.00"));
        QCOMPARE(rows[0].savingsVsCeiling->toString(), QStringLiteral("1080.00")); // 1200.00 − 120.00
        QCOMPARE(rows[0].savingsVsMedian->toString(), QStringLiteral("30.00"));    // 150.00 − 120.00
        QCOMPARE(rows[1].savingsVsCeiling->toString(), QStringLiteral("500.01"));  // 600.00 − 99.99
        QCOMPARE(rows[1].savingsVsMedian->toString(), QStringLiteral("-24.99"));   // 75.00 − 99.99
        QCOMPARE(awards.front().contractValue.toString(), QStringLiteral("219.99"));
        QCOMPARE(awards.front().unassignedTotal.toString(), QStringLiteral("40"));
    }

    void capsInBuyerCurrencies()
    {
        const auto s = fixture();
        const QStringList currencies = report::buyerCurrencies(s.data, QStringLiteral("P1"));
        QCOMPARE(currencies, QStringList{QStringLiteral("LAK")});
        const auto caps = report::linkageCaps(s.data, s.result.products.front(), currencies, 4);
        QCOMPARE(caps.size(), size_t(2)); // no cap for the disqualified bid
        QCOMPARE(caps[0].local.front().value.toString(), QStringLiteral("885.0000"));  // 0.3 × 2950
        QCOMPARE(caps[1].local.front().value.toString(), QStringLiteral("1475.0000")); // 0.5 × 2950
        // cap × rate rounded to price_decimals, half away from zero
        auto d = s.data;
        d.fxRates = {{QStringLiteral("LAK"), dec("2950.12345"), QDate(2026, 11, 1)}};
        const auto rounded = report::linkageCaps(d, s.result.products.front(), currencies, 2);
        QCOMPARE(rounded[0].local.front().value.toString(), QStringLiteral("885.04")); // 885.037035
    }

    void reportContent()
    {
        const auto s = fixture();
        report::ReportOptions options;
        options.reportDate = QDate(2026, 11, 21);
        const report::ReportDocument doc = report::buildAwardReport(s, options);
        QCOMPARE(doc.digest, QString(64, u'a'));

        const auto *cover = std::get_if<report::Fields>(&doc.blocks.at(1));
        QVERIFY(cover);
        QStringList values;
        for (const auto &f : cover->fields)
            values << f.value;
        QVERIFY(values.contains(QStringLiteral("T1")));
        QVERIFY(values.contains(QStringLiteral("vbp-b10")));
        QVERIFY(values.contains(QStringLiteral("21 November 2026")));
        QVERIFY(values.contains(QString(64, u'a')));

        const report::Table *summary = tableAfter(doc, "Summary");
        QVERIFY(summary);
        QCOMPARE(summary->rows.size(), size_t(3)); // two winners and the total
        QCOMPARE(summary->rows[0],
                 (QStringList{QStringLiteral("P1 amlodipine"), QStringLiteral("Nanning Lijiang Pharmaceutical"),
                              QStringLiteral("0.2000"), QStringLiteral("60 %"), QStringLiteral("600"),
                              QStringLiteral("120.00"), QStringLiteral("1,080.00"), QStringLiteral("30.00")}));
        QCOMPARE(summary->rows[1].at(7), QStringLiteral("−24.99"));
        QCOMPARE(summary->rows[2].at(5), QStringLiteral("219.99"));
        QCOMPARE(summary->emphasis.back(), true);

        const report::Table *allocations = tableAfter(doc, "Allocations");
        QVERIFY(allocations);
        QCOMPARE(allocations->rows.size(), size_t(2));
        QCOMPARE(allocations->rows[1],
                 (QStringList{QString(), QStringLiteral("VT"), QStringLiteral("LA"),
                              QStringLiteral("Vientiane Pharma"), QStringLiteral("300"),
                              QStringLiteral("99.99"), QStringLiteral("294,971"), QStringLiteral("LAK")}));

        const report::Table *caps = tableAfter(doc, "Price linkage caps");
        QVERIFY(caps);
        QCOMPARE(caps->rows[0].at(3), QStringLiteral("0.3000"));
        QCOMPARE(caps->columns.size(), size_t(5)); // one column per buyer currency (LAK)
        QCOMPARE(caps->columns[4].header.main, QStringLiteral("Price cap (LAK)"));
        QCOMPARE(caps->rows[0].at(4), QStringLiteral("885.0000"));

        const report::Table *unassigned = tableAfter(doc, "Unassigned volumes");
        QVERIFY(unassigned);
        QCOMPARE(unassigned->rows[0].at(1), QStringLiteral("MM"));

        // every bid in rank order with status and reason, and the ladder with its thresholds
        const report::Table *bids = nullptr;
        const report::LadderChart *chart = nullptr;
        for (const auto &block : doc.blocks) {
            if (const auto *t = std::get_if<report::Table>(&block); t && t->title.main == u"Bids")
                bids = t;
            if (const auto *c = std::get_if<report::LadderChart>(&block))
                chart = c;
        }
        QVERIFY(bids && chart);
        QCOMPARE(bids->rows.size(), size_t(3));
        QCOMPARE(bids->rows[0].at(4), QStringLiteral("winner"));
        QCOMPARE(bids->rows[0].at(5), QStringLiteral("within spread (≤ 0.3600)"));
        QCOMPARE(bids->rows[2].at(0), QStringLiteral("—"));
        QCOMPARE(bids->rows[2].at(5), QStringLiteral("above the effective ceiling 2.0000"));
        QCOMPARE(chart->bars.size(), size_t(3));
        QCOMPARE(chart->lines.front().valueText, QStringLiteral("0.3600"));
        QVERIFY(std::holds_alternative<report::SignatureBlock>(doc.blocks.back()));
    }

    void bilingualLabels()
    {
        const auto s = fixture();
        report::ReportOptions options;
        options.language = report::Language::Lo;
        options.secondLanguage = report::Language::En;
        const auto doc = report::buildAwardReport(s, options);
        const auto &title = std::get<report::Title>(doc.blocks.front()).text;
        QCOMPARE(title.main, QStringLiteral("ບົດລາຍງານຜົນການປະມູນ"));
        QCOMPARE(title.sub, QStringLiteral("Award report"));
        QCOMPARE(doc.pageOf.main, QStringLiteral("ໜ້າ %1 ຈາກ %2"));
        // values once, in Lao number format (CLDR: '.' groups, ',' decimals)
        const report::Table *summary = nullptr;
        for (const auto &block : doc.blocks)
            if (const auto *t = std::get_if<report::Table>(&block); t && !summary)
                summary = t;
        QVERIFY(summary);
        QCOMPARE(summary->rows[0].at(6), QStringLiteral("1.080,00"));
        QCOMPARE(summary->columns[0].header.sub, QStringLiteral("Product"));
    }

    void numberFormat_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en-grouping") << "en" << "1234567.89" << "1,234,567.89";
        QTest::newRow("en-keeps-scale") << "en" << "0.3600" << "0.3600";
        QTest::newRow("en-negative") << "en" << "-1234.5" << "−1,234.5";
        QTest::newRow("zh") << "zh_CN" << "494568" << "494,568";
        QTest::newRow("th") << "th" << "12800000.00" << "12,800,000.00";
        QTest::newRow("lo-cldr") << "lo" << "1234567.89" << "1.234.567,89";
        QTest::newRow("beyond-double") << "en" << "12345678901234567.25" << "12,345,678,901,234,567.25";
    }
    void numberFormat()
    {
        QFETCH(QString, lang);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const report::NumberFormat f(*report::languageFromCode(lang));
        QCOMPARE(f.number(dec(value.toLatin1().constData())), expected);
    }

    void datesAndUnits()
    {
        const QDate d(2025, 1, 15);
        QCOMPARE(report::NumberFormat(report::Language::Th).date(d), QStringLiteral("15 มกราคม 2568"));
        QCOMPARE(report::NumberFormat(report::Language::Th, false).date(d), QStringLiteral("15 มกราคม 2025"));
        QCOMPARE(report::NumberFormat(report::Language::ZhCN).date(d), QStringLiteral("2025年1月15日"));
        QCOMPARE(report::NumberFormat(report::Language::En).date(d), QStringLiteral("15 January 2025"));
        const report::NumberFormat zh(report::Language::ZhCN);
        QCOMPARE(zh.tenThousands(dec("12800000.00")), QStringLiteral("1,280"));
        QCOMPARE(zh.tenThousands(dec("167.65")), QStringLiteral("0.016765"));
        QCOMPARE(report::NumberFormat().percent(dec("0.755")), QStringLiteral("75.5 %"));
    }

    void chineseTenThousands()
    {
        auto s = fixture();
        s.result.products.front().allocations.front().value = dec("12800000.00");
        report::ReportOptions options;
        options.language = report::Language::ZhCN;
        options.chineseTenThousands = true;
        const auto doc = report::buildAwardReport(s, options);
        const report::Table *summary = nullptr;
        for (const auto &block : doc.blocks)
            if (const auto *t = std::get_if<report::Table>(&block); t && !summary)
                summary = t;
        QVERIFY(summary->columns[5].header.main.endsWith(QStringLiteral("(万元)")));
        QCOMPARE(summary->rows[0].at(5), QStringLiteral("1,280"));
        QCOMPARE(summary->rows[0].at(0), QStringLiteral("P1 amlodipine 氨氯地平片"));
    }

    void letters()
    {
        const auto s = fixture();
        const auto letters = report::buildAwardLetters(s, {});
        QCOMPARE(letters.size(), size_t(2));
        QCOMPARE(letters[0].bidderId, QStringLiteral("BA"));
        QCOMPARE(letters[1].document.digest, QString(64, u'a'));
        const report::Table *t = nullptr;
        for (const auto &block : letters[1].document.blocks)
            if (const auto *table = std::get_if<report::Table>(&block))
                t = table;
        QVERIFY(t);
        QCOMPARE(t->rows[0], (QStringList{QStringLiteral("P1 amlodipine"), QStringLiteral("0.3333"),
                                          QStringLiteral("LA"), QStringLiteral("300"),
                                          QStringLiteral("99.99")}));
        QCOMPARE(report::letterFileName(QStringLiteral("B/1 x")), QStringLiteral("award-B_1_x.pdf"));
    }

    void staleRule()
    {
        QVERIFY(report::staleReason(std::nullopt, QStringLiteral("x")));
        report::RunSummary run;
        run.id = QStringLiteral("3");
        run.inputDigest = QStringLiteral("old");
        const auto stale = report::staleReason(run, QStringLiteral("new"));
        QVERIFY(stale);
        QVERIFY(stale->contains(QStringLiteral("evaluate first")));
        QVERIFY(!report::staleReason(run, QStringLiteral("old")));
    }

    void missingFont()
    {
        const QStringList installed{QStringLiteral("DejaVu Sans"), QStringLiteral("Loma")};
        QVERIFY(!report::missingFontError({report::Language::En, report::Language::Th}, installed));
        const auto error = report::missingFontError({report::Language::Lo}, installed);
        QVERIFY(error);
        QVERIFY(error->contains(QStringLiteral("Phetsarath OT")));
        QCOMPARE(*report::familyFor(report::Language::ZhCN, {QStringLiteral("Noto Sans CJK SC")}),
                 QStringLiteral("Noto Sans CJK SC"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
