// rules.md §2 comparable unit price, with the numbers of the rules and the public cases.
#include "rules/unitprice.h"

#include <QTest>

using td::money::Decimal;
using td::money::Rational;
using namespace td::rules;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(QString::fromLatin1(text));
}

} // namespace

class TestUnitPrice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void comparable_data();
    void comparable();
    void calculatorMatchesOneByOne();
    void incompatibleUnitsAreAnError();
    void exactLog2OfPowersOfTwo();
};

void TestUnitPrice::comparable_data()
{
    QTest::addColumn<QString>("packPrice");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("strength");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("pack");
    QTest::addColumn<QString>("s0");
    QTest::addColumn<QString>("unit0");
    QTest::addColumn<QString>("n0");
    QTest::addColumn<QString>("packRule");
    QTest::addColumn<QString>("expected");
    // rules.md §2 example and the strength-pack-linear case
    QTest::newRow("rules example 28x20mg") << "16.80" << "1" << "20" << "mg" << "28" << "10" << "mg" << "1" << "linear" << "0.3529";
    QTest::newRow("half strength 1/1.7") << "3.50" << "1" << "5" << "mg" << "14" << "10" << "mg" << "1" << "linear" << "0.4250";
    QTest::newRow("4x strength 1.7^2=2.89") << "30.00" << "1" << "40" << "mg" << "30" << "10" << "mg" << "1" << "linear" << "0.3460";
    QTest::newRow("0.01 g is 10 mg") << "9.30" << "1" << "0.01" << "g" << "30" << "10" << "mg" << "1" << "linear" << "0.3100";
    QTest::newRow("20000 mcg is 20 mg") << "16.80" << "1" << "20000" << "mcg" << "28" << "10" << "mg" << "1" << "linear" << "0.3529";
    // pack-coefficient case (pack_coef 1.95, n0 10)
    QTest::newRow("coef 20 of 10") << "39.00" << "1" << "500" << "mg" << "20" << "500" << "mg" << "10" << "coefficient" << "2.0000";
    QTest::newRow("coef 40 of 10") << "70.20" << "1" << "500" << "mg" << "40" << "500" << "mg" << "10" << "coefficient" << "1.8462";
    QTest::newRow("coef 5 of 10 half-up") << "10.53" << "1" << "500" << "mg" << "5" << "500" << "mg" << "10" << "coefficient" << "2.0534";
    QTest::newRow("coef 30 of 10 irrational") << "55.00" << "1" << "500" << "mg" << "30" << "500" << "mg" << "10" << "coefficient" << "1.9084";
    QTest::newRow("coef 1 g in 20s") << "66.30" << "1" << "1" << "g" << "20" << "500" << "mg" << "10" << "coefficient" << "2.0000";
    QTest::newRow("linear would give 1.95") << "39.00" << "1" << "500" << "mg" << "20" << "500" << "mg" << "10" << "linear" << "1.9500";
    // multi-currency-fx case: LAK 2950 per CNY, divide exactly
    QTest::newRow("LAK 88000/100") << "88000" << "2950" << "500" << "mg" << "100" << "500" << "mg" << "1" << "linear" << "0.2983";
    QTest::newRow("USD 40/1000 at 0.14") << "40.00" << "0.14" << "500" << "mg" << "1000" << "500" << "mg" << "1" << "linear" << "0.2857";
}

void TestUnitPrice::comparable()
{
    QFETCH(QString, packPrice);
    QFETCH(QString, rate);
    QFETCH(QString, strength);
    QFETCH(QString, unit);
    QFETCH(QString, pack);
    QFETCH(QString, s0);
    QFETCH(QString, unit0);
    QFETCH(QString, n0);
    QFETCH(QString, packRule);
    QFETCH(QString, expected);
    td::model::Parameters p;
    p.packRule = packRule == u"linear" ? td::model::PackRule::Linear : td::model::PackRule::Coefficient;
    const UnitPriceInput input{Decimal::parse(packPrice)->toRational() / Decimal::parse(rate)->toRational(),
                               *Decimal::parse(strength), unit, *Decimal::parse(pack),
                               *Decimal::parse(s0), unit0, *Decimal::parse(n0)};
    const auto result = comparableUnitPrice(input, p);
    QVERIFY(std::holds_alternative<Decimal>(result));
    QCOMPARE(std::get<Decimal>(result).toString(), expected);
    UnitPriceCalculator calculator(p);
    for (int round = 0; round < 2; ++round) { // computed, then from its cache
        const auto cached = calculator(input);
        QVERIFY(std::holds_alternative<Decimal>(cached));
        QCOMPARE(std::get<Decimal>(cached).toString(), expected);
    }
}

void TestUnitPrice::calculatorMatchesOneByOne()
{
    // One calculator for many bids: every price equals comparableUnitPrice's, whether its
    // divisor was computed, found again (also for 0.5 written 0.50) or not cached (a product
    // with more combinations than the cache holds), and errors are never cached.
    for (const auto rule : {td::model::PackRule::Linear, td::model::PackRule::Coefficient}) {
        td::model::Parameters p;
        p.packRule = rule;
        UnitPriceCalculator calculator(p);
        const char *strengths[] = {"10", "20", "5", "15", "0.5", "0.50", "0", "12.5"};
        const char *units[] = {"mg", "g", "ml"};
        const char *packs[] = {"10", "20", "30", "7"};
        int bid = 0;
        for (int round = 0; round < 2; ++round)
            for (const char *strength : strengths)
                for (const char *unit : units)
                    for (const char *pack : packs) {
                        ++bid;
                        const Rational price = Decimal::fromUnits(1000 + 37 * bid, 2).toRational() /
                                               d(bid % 2 ? "1" : "0.14").toRational();
                        const UnitPriceInput input{price,   d(strength), QString::fromLatin1(unit),
                                                   d(pack), d("10"),     QStringLiteral("mg"),
                                                   d("10")};
                        const auto expected = comparableUnitPrice(input, p);
                        const auto actual = calculator(input);
                        QCOMPARE(actual.index(), expected.index());
                        if (const auto *e = std::get_if<UnitPriceError>(&expected))
                            QCOMPARE(std::get<UnitPriceError>(actual).field, e->field);
                        else
                            QCOMPARE(std::get<Decimal>(actual).toString(),
                                     std::get<Decimal>(expected).toString());
                    }
    }
}

void TestUnitPrice::incompatibleUnitsAreAnError()
{
    td::model::Parameters p;
    const UnitPriceInput input{Rational(1), d("400"), QStringLiteral("ml"), d("10"), d("400"),
                               QStringLiteral("mg"), d("1")};
    const auto result = comparableUnitPrice(input, p);
    QVERIFY(std::holds_alternative<UnitPriceError>(result));
    QCOMPARE(std::get<UnitPriceError>(result).field, QStringLiteral("strength_unit"));
}

void TestUnitPrice::exactLog2OfPowersOfTwo()
{
    QCOMPARE(exactLog2(Rational(4)), std::optional<int>(2));
    QCOMPARE(exactLog2(Rational(1, 2)), std::optional<int>(-1));
    QCOMPARE(exactLog2(Rational(1)), std::optional<int>(0));
    QCOMPARE(exactLog2(Rational(3, 2)), std::optional<int>());
}

QTEST_GUILESS_MAIN(TestUnitPrice)
#include "tst_unitprice.moc"
