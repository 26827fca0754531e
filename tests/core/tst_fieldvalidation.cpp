// service::validateField: the formats.md §1 value rules for edited fields.
#include "service/fieldvalidation.h"

#include <QTest>

using td::storage::Dossier;
using namespace td;

Q_DECLARE_METATYPE(td::storage::Dossier::Table)

namespace {

model::TenderData tenderData()
{
    model::TenderData data;
    data.tender.id = QStringLiteral("T1");
    data.tender.currency = QStringLiteral("CNY");
    data.tender.ruleSet = model::RuleSet::VbpB10;
    model::FxRate lak;
    lak.currency = QStringLiteral("LAK");
    lak.rate = *money::Decimal::parse(u"2950");
    lak.date = QDate(2026, 11, 1);
    data.fxRates.push_back(lak);
    return data;
}

} // namespace

class TestFieldValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validate_data();
    void validate();
    void priceDecimalsFollowParameters();
};

void TestFieldValidation::validate_data()
{
    QTest::addColumn<Dossier::Table>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reasonContains"); // part of the reason when refused

    const auto bid = Dossier::Table::Bid;
    const auto demand = Dossier::Table::Demand;
    const auto product = Dossier::Table::Product;
    const auto tender = Dossier::Table::Tender;
    const auto bidder = Dossier::Table::Bidder;
    const auto reference = Dossier::Table::Reference;
    const auto s = [](const char *t) { return QString::fromUtf8(t); };

    QTest::newRow("price 1.20") << bid << s("pack_price") << s("1.20") << true << QString();
    QTest::newRow("price 1,20") << bid << s("pack_price") << s("1,20") << false << s("1,20");
    QTest::newRow("price 1,20 says point") << bid << s("pack_price") << s("1,20") << false
                                           << s("point");
    QTest::newRow("price -1.20") << bid << s("pack_price") << s("-1.20") << false
                                 << s("greater than zero");
    QTest::newRow("price 0") << bid << s("pack_price") << s("0") << false << s("greater than zero");
    QTest::newRow("price 1E+07") << bid << s("pack_price") << s("1E+07") << false << s("1E+07");
    QTest::newRow("price .5") << bid << s("pack_price") << s(".5") << false << s(".5");
    QTest::newRow("price +1") << bid << s("pack_price") << s("+1") << false << s("+1");
    QTest::newRow("price 13 decimals") << bid << s("pack_price") << s("1.0000000000001") << false
                                       << s("1.0000000000001");
    QTest::newRow("price empty") << bid << s("pack_price") << QString() << false << QString();
    QTest::newRow("currency XYZ") << bid << s("currency") << s("XYZ") << false << s("XYZ");
    QTest::newRow("currency EUR without rate") << bid << s("currency") << s("EUR") << false
                                               << s("exchange rate");
    QTest::newRow("currency LAK with rate") << bid << s("currency") << s("LAK") << true << QString();
    QTest::newRow("currency tender CNY") << bid << s("currency") << s("CNY") << true << QString();
    QTest::newRow("currency lower case") << bid << s("currency") << s("lak") << false
                                         << s("currency code");
    QTest::newRow("revival yes") << bid << s("accepts_revival") << s("yes") << true << QString();
    QTest::newRow("revival TRUE") << bid << s("accepts_revival") << s("TRUE") << false
                                  << s("yes or no");
    QTest::newRow("capacity 0") << bid << s("capacity") << s("0") << true << QString();
    QTest::newRow("capacity -1") << bid << s("capacity") << s("-1") << false << s("negative");
    QTest::newRow("lead time 30") << bid << s("lead_time_days") << s("30") << true << QString();
    QTest::newRow("lead time 2.5") << bid << s("lead_time_days") << s("2.5") << false << s("2.5");
    QTest::newRow("shelf life -3") << bid << s("shelf_life_months") << s("-3") << false << s("-3");
    QTest::newRow("pack size 2.5") << bid << s("pack_size") << s("2.5") << true << QString();
    QTest::newRow("pack size 0") << bid << s("pack_size") << s("0") << false << s("'0'");
    QTest::newRow("bid id") << bid << s("bid_id") << s("B9") << false << s("cannot be edited");

    QTest::newRow("demand -5") << demand << s("quantity") << s("-5") << false << s("negative");
    QTest::newRow("demand 0") << demand << s("quantity") << s("0") << true << QString();
    QTest::newRow("demand 12.5") << demand << s("quantity") << s("12.5") << true << QString();
    QTest::newRow("demand 1000") << demand << s("quantity") << s("1000") << true << QString();
    QTest::newRow("demand 1 000") << demand << s("quantity") << s("1 000") << false << s("1 000");
    QTest::newRow("demand 1E+07") << demand << s("quantity") << s("1E+07") << false << s("1E+07");
    QTest::newRow("demand currency EUR") << demand << s("currency") << s("EUR") << false
                                         << s("EUR");
    QTest::newRow("demand region") << demand << s("region") << s("LA") << false
                                   << s("cannot be edited");

    QTest::newRow("ceiling 2.0000") << product << s("max_unit_price") << s("2.0000") << true
                                    << QString();
    QTest::newRow("ceiling too many decimals")
        << product << s("max_unit_price") << s("2.00001") << false << s("price_decimals");
    QTest::newRow("ceiling empty") << product << s("max_unit_price") << QString() << true
                                   << QString();
    QTest::newRow("ceiling 0") << product << s("max_unit_price") << s("0") << false
                               << s("greater than zero");

    QTest::newRow("gmp no") << bidder << s("gmp") << s("no") << true << QString();
    QTest::newRow("gmp No") << bidder << s("gmp") << s("No") << false << s("yes or no");
    QTest::newRow("country LA") << bidder << s("country") << s("LA") << true << QString();
    QTest::newRow("country LAO") << bidder << s("country") << s("LAO") << false << s("LAO");
    QTest::newRow("registered CN;LA") << bidder << s("registered_in") << s("CN;LA") << true
                                      << QString();
    QTest::newRow("registered nowhere") << bidder << s("registered_in") << QString() << true
                                        << QString();
    QTest::newRow("registered CN,LA") << bidder << s("registered_in") << s("CN,LA") << false
                                      << s("CN,LA");
    QTest::newRow("quality sra") << bidder << s("quality") << s("sra") << true << QString();
    QTest::newRow("quality iso") << bidder << s("quality") << s("iso") << false << s("iso");
    QTest::newRow("name empty") << bidder << s("name") << QString() << false << s("empty");

    QTest::newRow("parameters ok") << tender << s("parameters") << s("awardees=3;price_decimals=6")
                                   << true << QString();
    QTest::newRow("parameters bad value")
        << tender << s("parameters") << s("awardees=many") << false << s("awardees");
    QTest::newRow("parameters unknown name")
        << tender << s("parameters") << s("colour=red") << false << s("colour");
    QTest::newRow("parameter by name") << tender << s("spread_factor") << s("1.5") << true
                                       << QString();
    QTest::newRow("parameter by name bad") << tender << s("spread_factor") << s("x") << false
                                           << s("x");
    QTest::newRow("rule set meat") << tender << s("rule_set") << s("meat") << true << QString();
    QTest::newRow("rule set VBP") << tender << s("rule_set") << s("VBP") << false << s("VBP");

    QTest::newRow("reference 0.36") << reference << s("unit_price") << s("0.36") << true
                                    << QString();
    QTest::newRow("reference -0.36") << reference << s("unit_price") << s("-0.36") << false
                                     << s("greater than zero");
}

void TestFieldValidation::validate()
{
    QFETCH(Dossier::Table, table);
    QFETCH(QString, column);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, reasonContains);

    model::Parameters parameters;
    const auto reason = service::validateField(table, column, text, tenderData(), parameters);
    QCOMPARE(!reason.has_value(), valid);
    if (reason) {
        QVERIFY(!reason->isEmpty());
        QVERIFY2(reason->contains(reasonContains), qPrintable(*reason));
    }
}

void TestFieldValidation::priceDecimalsFollowParameters()
{
    model::Parameters parameters;
    parameters.priceDecimals = 6;
    const auto data = tenderData();
    QVERIFY(!service::validateField(Dossier::Table::Product, QStringLiteral("max_unit_price"),
                                    QStringLiteral("2.000001"), data, parameters));
    parameters.priceDecimals = 2;
    const auto reason = service::validateField(Dossier::Table::Product,
                                               QStringLiteral("max_unit_price"),
                                               QStringLiteral("2.001"), data, parameters);
    QVERIFY(reason);
    QVERIFY(reason->contains(QStringLiteral("(2)")));
}

QTEST_GUILESS_MAIN(TestFieldValidation)
#include "tst_fieldvalidation.moc"
