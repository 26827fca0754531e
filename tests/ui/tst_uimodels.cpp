// Every model of ui/models under QAbstractItemModelTester, on the b10-revival case evaluated by
// the engine; plus the exact, locale-aware decimal formatting the models use.
#include "io/workbookreader.h"
#include "localeformat.h"
#include "models/allocationmodel.h"
#include "models/biddermodel.h"
#include "models/bidmodel.h"
#include "models/demandmodel.h"
#include "models/importerrormodel.h"
#include "models/modelroles.h"
#include "models/parametermodel.h"
#include "models/productmodel.h"
#include "models/referencepricemodel.h"
#include "models/regionpickmodel.h"
#include "models/runcomparisonmodel.h"
#include "models/runmodel.h"
#include "models/sortfilterproxymodel.h"
#include "models/unassignedmodel.h"
#include "models/winnertotalmodel.h"
#include "rules/evaluator.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace td;
using namespace td::ui;

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void productModel();
    void productModelFetchesLazily();
    void bidModel();
    void bidModelSortsDecimalsExactly();
    void volumeModels();
    void bidderAndReferenceModels();
    void parameterModelRefusesBadValues();
    void importErrorModel();
    void runModels();
    void formatDecimal_data();
    void formatDecimal();

private:
    model::TenderData m_data;
    model::EvaluationResult m_result;
};

void TestUiModels::initTestCase()
{
    const io::ImportResult read = io::readWorkbook(test::caseDir(QStringLiteral("b10-revival")));
    QVERIFY2(read.ok(), "b10-revival must import");
    m_data = *read.data;
    model::Parameters parameters;
    QVERIFY(rules::tenderParameters(m_data.tender, parameters).empty());
    auto outcome = rules::evaluate(m_data, parameters);
    QVERIFY(outcome.result);
    m_result = *outcome.result;
}

void TestUiModels::productModel()
{
    ProductModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTender(&m_data, nullptr);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.state(0), ProductState::NotEvaluated);
    model.setResult(&m_result);
    QCOMPARE(model.index(0, ProductModel::Id).data().toString(), QStringLiteral("AML5"));
    QCOMPARE(model.index(0, ProductModel::Qualified).data().toInt(), 8);
    QCOMPARE(model.index(0, ProductModel::Shortlist).data().toInt(), 5);
    QCOMPARE(model.index(0, ProductModel::Winners).data().toInt(), 3);
    QCOMPARE(model.index(0, ProductModel::LowestPrice).data().toString(), QStringLiteral("0.2000"));
    QCOMPARE(model.index(0, ProductModel::AgreedShare).data().toString(), QStringLiteral("70%"));
    QVERIFY(!model.index(0, ProductModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
    SortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("amlo"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("nothing like it"));
    QCOMPARE(proxy.rowCount(), 0);
    model.setTender(nullptr, nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::productModelFetchesLazily()
{
    model::TenderData big = m_data;
    const model::Product first = big.products.front();
    for (int i = 0; i < 2000; ++i) {
        model::Product p = first;
        p.id = QStringLiteral("P%1").arg(i, 4, 10, QLatin1Char('0'));
        big.products.push_back(p);
    }
    ProductModel model;
    model.setFetchChunk(256);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTender(&big, &m_result);
    QCOMPARE(model.rowCount(), 256);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 512);
    QCOMPARE(model.rowOf(QStringLiteral("P1999")), 2000);
    QCOMPARE(model.rowCount(), 2001);
    QVERIFY(!model.canFetchMore({}));
}

void TestUiModels::bidModel()
{
    BidModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const model::ProductResult &product = m_result.products.front();
    model.setProduct(&m_data, &product, product.productId);
    QCOMPARE(model.rowCount(), int(product.bids.size()));
    // Rows follow the engine's order and show its figures.
    for (int row = 0; row < model.rowCount(); ++row) {
        const model::BidResult &b = product.bids[size_t(row)];
        QCOMPARE(model.index(row, BidModel::BidId).data().toString(), b.bidId);
        QCOMPARE(model.index(row, BidModel::UnitPrice).data().toString(), b.unitPrice.toString());
        QCOMPARE(model.index(row, BidModel::Status).data(StatusRole).toInt(), int(b.status));
        QVERIFY(!model.index(row, BidModel::Status).data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(row, BidModel::AwardPrice).data().toString(),
                 b.awardPrice ? b.awardPrice->toString() : QString());
    }
    // An edit is only a request: nothing changes until the window's command writes it.
    QSignalSpy requested(&model, &EditableTableModel::editRequested);
    QSignalSpy refused(&model, &EditableTableModel::editRefused);
    model.setValidator([](const FieldEdit &edit) -> std::optional<QString> {
        if (!money::Decimal::parse(edit.newValue))
            return QStringLiteral("not a number");
        return std::nullopt;
    });
    QVERIFY(!model.setData(model.index(0, BidModel::PackPrice), QStringLiteral("1,20")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(model.setData(model.index(0, BidModel::PackPrice), QStringLiteral("1.20")));
    QCOMPARE(requested.count(), 1);
    const auto edit = requested.at(0).at(0).value<FieldEdit>();
    QCOMPARE(edit.column, QStringLiteral("pack_price"));
    QCOMPARE(edit.newValue, QStringLiteral("1.20"));
    QCOMPARE(model.index(0, BidModel::PackPrice).data(RawRole).toString(), QStringLiteral("1.40"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::bidModelSortsDecimalsExactly()
{
    BidModel model;
    const model::ProductResult &product = m_result.products.front();
    model.setProduct(&m_data, &product, product.productId);
    SortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(BidModel::PackPrice, Qt::DescendingOrder);
    money::Decimal previous = money::Decimal::parse(u"1000000").value();
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const auto value = money::Decimal::parse(proxy.index(row, BidModel::PackPrice).data(RawRole).toString());
        QVERIFY(value);
        QVERIFY(*value <= previous);
        previous = *value;
    }
    proxy.setStatusFilter(int(model::BidStatus::Winner));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(StatusRole).toInt(), int(model::BidStatus::Winner));
}

void TestUiModels::volumeModels()
{
    const model::ProductResult &product = m_result.products.front();
    AllocationModel allocations;
    RegionPickModel picks;
    WinnerTotalModel totals;
    UnassignedModel unassigned;
    QAbstractItemModelTester t1(&allocations, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&picks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&totals, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&unassigned, QAbstractItemModelTester::FailureReportingMode::QtTest);
    allocations.setProduct(&m_data, &product);
    picks.setProduct(&m_data, &product);
    totals.setProduct(&m_data, &product);
    unassigned.setProduct(&product);
    QCOMPARE(allocations.rowCount(), int(product.allocations.size()));
    QCOMPARE(picks.rowCount(), int(product.picks.size()));
    QCOMPARE(unassigned.rowCount(), int(product.unassigned.size()));
    money::Decimal sum;
    for (const auto &t : totals.totals())
        sum += t.volume;
    money::Decimal expected;
    for (const auto &a : product.allocations)
        expected += a.volume;
    QCOMPARE(sum, expected);
    allocations.setProduct(nullptr, nullptr);
    QCOMPARE(allocations.rowCount(), 0);

    // Declared demand of the product: only its rows; the quantity alone is editable.
    DemandModel demand;
    QAbstractItemModelTester t5(&demand, QAbstractItemModelTester::FailureReportingMode::QtTest);
    demand.setProduct(&m_data, product.productId);
    int rows = 0;
    for (const model::Demand &d : m_data.demand)
        rows += d.productId == product.productId ? 1 : 0;
    QCOMPARE(demand.rowCount(), rows);
    QVERIFY(rows > 0);
    QVERIFY(demand.flags(demand.index(0, DemandModel::Quantity)) & Qt::ItemIsEditable);
    QVERIFY(!(demand.flags(demand.index(0, DemandModel::Buyer)) & Qt::ItemIsEditable));
    const auto edit = demand.editFor(demand.index(0, DemandModel::Quantity), QStringLiteral("-5"));
    QVERIFY(edit);
    QCOMPARE(edit->table, EditTable::Demand);
    QCOMPARE(edit->key, (QStringList{product.productId, demand.demand(0)->buyerId}));
    QCOMPARE(edit->column, QStringLiteral("quantity"));
    demand.setProduct(nullptr, QString());
    QCOMPARE(demand.rowCount(), 0);
}

void TestUiModels::bidderAndReferenceModels()
{
    BidderModel bidders;
    ReferencePriceModel references;
    QAbstractItemModelTester t1(&bidders, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&references, QAbstractItemModelTester::FailureReportingMode::QtTest);
    bidders.setTender(&m_data);
    references.setTender(&m_data);
    QCOMPARE(bidders.rowCount(), int(m_data.bidders.size()));
    QCOMPARE(references.rowCount(), int(m_data.references.size()));
    QCOMPARE(bidders.index(0, BidderModel::Gmp).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QSignalSpy requested(&bidders, &EditableTableModel::editRequested);
    QVERIFY(bidders.setData(bidders.index(0, BidderModel::Gmp), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(requested.at(0).at(0).value<FieldEdit>().newValue, QStringLiteral("no"));
}

void TestUiModels::parameterModelRefusesBadValues()
{
    ParameterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTender(m_data.tender);
    QCOMPARE(model.rowCount(), int(model::parameterNames().size()));
    int spreadRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.name(r) == u"spread_factor")
            spreadRow = r;
    }
    QVERIFY(spreadRow >= 0);
    const QModelIndex value = model.index(spreadRow, ParameterModel::Value);
    QCOMPARE(value.data().toString(), QStringLiteral("1.8"));
    QSignalSpy refused(&model, &EditableTableModel::editRefused);
    QSignalSpy requested(&model, &EditableTableModel::editRequested);
    QVERIFY(model.checkText(value, QStringLiteral("1,9")).has_value());
    QVERIFY(!model.setData(value, QStringLiteral("1,9")));
    QCOMPARE(refused.count(), 1);
    QVERIFY(model.setData(value, QStringLiteral("1.9")));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<FieldEdit>().newValue, QStringLiteral("spread_factor=1.9"));
    QCOMPARE(ParameterModel::withOverride(QStringLiteral("awardees=3;spread_factor=1.5"),
                                          QStringLiteral("spread_factor"), QStringLiteral("2")),
             QStringLiteral("awardees=3;spread_factor=2"));
}

void TestUiModels::importErrorModel()
{
    ImportErrorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setErrors({{QStringLiteral("bids.csv"), 3, QStringLiteral("pack_price"), QStringLiteral("bad")},
                     {QStringLiteral("fx.csv"), 0, QString(), QStringLiteral("whole file")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.toText({0}), QStringLiteral("File\tRow\tColumn\tMessage\nbids.csv\t3\tpack_price\tbad\n"));
}

void TestUiModels::runModels()
{
    RunModel runs;
    QAbstractItemModelTester t1(&runs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    storage::Dossier::RunInfo a;
    a.id = 1;
    a.ruleSet = QStringLiteral("vbp-b10");
    storage::Dossier::RunInfo b = a;
    b.id = 2;
    runs.setRuns({a, b});
    QCOMPARE(runs.rowCount(), 2);
    QCOMPARE(runs.run(0)->id, 2); // newest first
    RunComparisonModel comparison;
    QAbstractItemModelTester t2(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model::EvaluationResult other = m_result;
    other.products.front().bids.front().status = model::BidStatus::NotSelected;
    comparison.setRuns(m_result, other);
    QCOMPARE(comparison.changedCount(), 1);
    comparison.setOnlyChanges(true);
    QCOMPARE(comparison.rowCount(), 1);
    QCOMPARE(comparison.index(0, RunComparisonModel::Bid).data().toString(),
             m_result.products.front().bids.front().bidId);
}

void TestUiModels::formatDecimal_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en-grouping") << "en" << "1234567.89" << "1,234,567.89";
    QTest::newRow("en-small") << "en" << "0.3600" << "0.3600";
    QTest::newRow("en-negative") << "en" << "-1234.5" << "-1,234.5";
    QTest::newRow("en-beyond-double")
        << "en" << "12345678901234567890.123456789012" << "12,345,678,901,234,567,890.123456789012";
    QTest::newRow("zh") << "zh_CN" << "12800000.00" << "12,800,000.00";
    QTest::newRow("th") << "th" << "944000000" << "944,000,000";
    QTest::newRow("c-no-grouping") << "C" << "1234567.89" << "1234567.89";
}

void TestUiModels::formatDecimal()
{
    QFETCH(QString, locale);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const auto d = money::Decimal::parse(value, 20, 12);
    QVERIFY(d);
    QCOMPARE(td::ui::formatDecimal(*d, QLocale(locale)), expected);
    // Lao follows its locale's marks, whichever they are, and keeps every digit.
    const QLocale lo(QStringLiteral("lo"));
    const QString text = td::ui::formatDecimal(*d, lo);
    QString digits = text;
    digits.remove(lo.groupSeparator());
    digits.replace(lo.decimalPoint(), QStringLiteral("."));
    digits.replace(lo.negativeSign(), QStringLiteral("-"));
    QCOMPARE(digits, value);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
