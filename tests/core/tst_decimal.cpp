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
    void nativeFastPathAgreesWithExactArithmetic();
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
    const Rational unit =
        Decimal::parse(u"16.80")->toRational() / (Decimal::parse(u"1.7")->toRational() * 28);
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

// Property: whatever path an operation takes (native __int128 or the 256-bit Boost fallback),
// a result it returns is the exact rational result, and it throws only when the result (or an
// operand brought to the common scale) leaves the signed 128-bit range. Magnitudes run from one
// bit to 127, so both paths and the switch between them are hit.
void TestDecimal::nativeFastPathAgreesWithExactArithmetic()
{
    using td::money::BigInt;
    using td::money::CheckedInt128;
    const BigInt limit = (BigInt(1) << 127) - 1;
    quint64 state = 0x9E3779B97F4A7C15ULL;
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    auto randomDecimal = [&] {
        const int bits = 1 + static_cast<int>(next() % 127); // |units| < 2^127
        BigInt magnitude = (BigInt(next()) << 64) | BigInt(next());
        magnitude >>= 128 - bits;
        if (next() % 2)
            magnitude = -magnitude;
        return Decimal::fromUnits(CheckedInt128(magnitude), static_cast<int>(next() % 13));
    };
    auto fits = [&](const Rational &r, int scale) {
        const Rational units = r * Rational(td::money::powerOfTen(scale));
        return boost::multiprecision::abs(boost::multiprecision::numerator(units)) <= limit;
    };
    int exact = 0;
    for (int i = 0; i < 20000; ++i) {
        const Decimal a = randomDecimal();
        const Decimal b = randomDecimal();
        const Rational x = a.toRational(), y = b.toRational();
        const int sumScale = std::max(a.scale(), b.scale());
        try {
            QCOMPARE((a + b).toRational(), x + y);
            ++exact;
        } catch (const std::overflow_error &) {
            QVERIFY(!(fits(x + y, sumScale) && fits(x, sumScale) && fits(y, sumScale)));
        }
        try {
            QCOMPARE((a * b).toRational(), x * y);
            ++exact;
        } catch (const std::overflow_error &) {
            QVERIFY(!fits(x * y, a.scale() + b.scale()));
        }
        QCOMPARE(a < b, x < y);
        QCOMPARE(a == b, x == y);
        const int decimals = static_cast<int>(next() % 13);
        for (Rounding mode :
             {Rounding::HalfAwayFromZero, Rounding::HalfEven, Rounding::TowardZero}) {
            const BigInt steps = td::money::roundToSteps(x, decimals, mode);
            try {
                QCOMPARE(a.rounded(decimals, mode).toRational(),
                         Rational(steps, td::money::powerOfTen(decimals)));
            } catch (const std::overflow_error &) {
                QVERIFY(boost::multiprecision::abs(steps) > limit);
            }
        }
    }
    QVERIFY(exact > 20000); // most cases fit: the comparison above really ran
    // Units of 2^127 and more are refused when a Decimal is made, never wrapped.
    QVERIFY_THROWS_EXCEPTION(std::overflow_error,
                             Decimal::fromUnits(CheckedInt128(BigInt(1) << 127), 0));
    QVERIFY_THROWS_EXCEPTION(std::overflow_error,
                             Decimal::fromUnits(-CheckedInt128(BigInt(1) << 127), 0));
    QCOMPARE(Decimal::fromUnits(CheckedInt128(limit), 0).units(), CheckedInt128(limit));
    QCOMPARE(Decimal::fromUnits(-CheckedInt128(limit), 3).units(), -CheckedInt128(limit));
    QCOMPARE(sizeof(Decimal), size_t(24));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
