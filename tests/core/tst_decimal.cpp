#include "money/currency.h"
#include "money/decimal.h"

#include <QTest>

using td::money::Decimal;
using td::money::Rational;
using td::money::Rounding;

class TestDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void roundHalfAwayFromZero_data();
    void roundHalfAwayFromZero();
    void thresholdIsExact();
    void rulesExampleUnitPrice();
    void laoKipRoundTrip();
    void hugeTotalsDoNotOverflow();
    void overflowThrows();
    void currencyMinorUnits();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("integer") << "12" << true << "12";
    QTest::newRow("decimal") << "0.3529" << true << "0.3529";
    QTest::newRow("negative") << "-1.20" << true << "-1.20";
    QTest::newRow("comma") << "1,20" << false << "";
    QTest::newRow("exponent") << "1E+07" << false << "";
    QTest::newRow("plus") << "+5" << false << "";
    QTest::newRow("leading point") << ".5" << false << "";
    QTest::newRow("trailing point") << "5." << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("space") << " 5" << false << "";
    QTest::newRow("20 digits") << "12345678901234567890.123456789012" << true
                               << "12345678901234567890.123456789012";
    QTest::newRow("21 digits") << "123456789012345678901" << false << "";
    QTest::newRow("13 decimals") << "0.1234567890123" << false << "";
    QTest::newRow("40 digits") << "1234567890123456789012345678901234567890" << false << "";
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const auto d = Decimal::parse(text);
    QCOMPARE(d.has_value(), valid);
    if (valid)
        QCOMPARE(d->toString(), canonical);
}

void TestDecimal::roundHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("23.205") << "23.205" << 2 << "23.21";
    QTest::newRow("-23.205") << "-23.205" << 2 << "-23.21";
    QTest::newRow("0.58465") << "0.58465" << 4 << "0.5847";
    QTest::newRow("494567.5") << "494567.5" << 0 << "494568";
    QTest::newRow("0.36004") << "0.36004" << 4 << "0.3600";
    QTest::newRow("0.36005") << "0.36005" << 4 << "0.3601";
    QTest::newRow("pad") << "0.36" << 4 << "0.3600";
}

void TestDecimal::roundHalfAwayFromZero()
{
    QFETCH(QString, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Decimal::parse(value)->rounded(decimals).toString(), expected);
}

void TestDecimal::thresholdIsExact()
{
    const Decimal threshold = *Decimal::parse(u"1.8") * *Decimal::parse(u"0.2000");
    QVERIFY(threshold == *Decimal::parse(u"0.36"));
    QVERIFY(*Decimal::parse(u"0.3600") <= threshold);
    QVERIFY(*Decimal::parse(u"0.3601") > threshold);
}

void TestDecimal::rulesExampleUnitPrice()
{
    // rules.md §2: 16.80 / (1.7 · 28) = 0.352941… → 0.3529
    const Rational unit = Decimal::parse(u"16.80")->toRational()
                          / (Decimal::parse(u"1.7")->toRational() * 28);
    QCOMPARE(Decimal::fromRational(unit, 4).toString(), QStringLiteral("0.3529"));
}

void TestDecimal::laoKipRoundTrip()
{
    const Decimal rate = *Decimal::parse(u"2950");
    const Decimal cny = *Decimal::parse(u"167.65");
    const Decimal lak = (cny * rate).rounded(td::money::minorUnits(u"LAK"));
    QCOMPARE(lak.toString(), QStringLiteral("494568"));
    const Decimal back = Decimal::fromRational(*Decimal::parse(u"494567.5") * 1 == lak
                                                   ? lak.toRational()
                                                   : (cny * rate).toRational() / rate.toRational(),
                                               2);
    QCOMPARE(back.toString(), QStringLiteral("167.65"));
}

void TestDecimal::hugeTotalsDoNotOverflow()
{
    // 10^9 units × 10^4 LAK, summed a thousand times.
    Decimal total;
    const Decimal line = Decimal(1000000000) * Decimal(10000);
    for (int i = 0; i < 1000; ++i)
        total += line;
    QCOMPARE(total.toString(), QStringLiteral("10000000000000000"));
}

void TestDecimal::overflowThrows()
{
    const Decimal big = *Decimal::parse(u"99999999999999999999");
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, big * big * big);
}

void TestDecimal::currencyMinorUnits()
{
    QCOMPARE(td::money::minorUnits(u"LAK"), 0);
    QCOMPARE(td::money::minorUnits(u"VND"), 0);
    QCOMPARE(td::money::minorUnits(u"THB"), 2);
    QCOMPARE(td::money::minorUnits(u"CNY"), 2);
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
