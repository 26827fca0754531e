// The stored form of an evaluation run (service/storedrun.h): compressed JSON that reads back
// to the very result, older plain-JSON runs still read, damaged bytes refused without a crash,
// and a dossier run saved and reloaded through the service layer.
#include "demo/demo.h"
#include "io/generator.h"
#include "io/resultjson.h"
#include "io/workbookreader.h"
#include "rules/evaluator.h"
#include "service/evaluation.h"
#include "service/storedrun.h"
#include "storage/dossier.h"

#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestStoredRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripIsExact();
    void compressesTheRepetitiveJson();
    void plainJsonOfOlderRunsStillReads();
    void damagedBytesAreRefused_data();
    void damagedBytesAreRefused();
    void dossierRunReloadsThroughTheService();
    void bigResultsWrittenInParallelAreTheSameBytes();
    void textOfEveryKindReadsBack();
    void malformedJsonIsRefused_data();
    void malformedJsonIsRefused();
    void unknownKeysAreSkipped();

private:
    model::TenderData m_data;
    model::EvaluationResult m_result;
};

void TestStoredRun::initTestCase()
{
    io::ImportResult imported = io::readWorkbook(demo::workbookPath());
    QVERIFY(imported.ok());
    m_data = std::move(*imported.data);
    model::Parameters parameters;
    QVERIFY(rules::tenderParameters(m_data.tender, parameters).empty());
    auto outcome = rules::evaluate(m_data, parameters);
    QVERIFY(outcome.result);
    m_result = std::move(*outcome.result);
    QVERIFY(!m_result.products.empty());
}

void TestStoredRun::roundTripIsExact()
{
    const QByteArray stored = service::encodeStoredRun(m_result);
    const auto json = service::storedRunJson(stored);
    QVERIFY(json);
    QCOMPARE(*json, io::resultToJson(m_result, true, false));
    const auto decoded = service::decodeStoredRun(stored);
    QVERIFY(decoded);
    QCOMPARE(io::resultToJson(*decoded, true, false), *json);
}

void TestStoredRun::compressesTheRepetitiveJson()
{
    const QByteArray json = io::resultToJson(m_result, true, false);
    const QByteArray stored = service::encodeStoredRun(m_result);
    QVERIFY2(
        stored.size() * 4 < json.size(),
        qPrintable(
            QStringLiteral("%1 bytes stored for %2 of JSON").arg(stored.size()).arg(json.size())));
}

void TestStoredRun::plainJsonOfOlderRunsStillReads()
{
    const QByteArray json = io::resultToJson(m_result, true, false);
    QCOMPARE(*service::storedRunJson(json), json);
    QVERIFY(service::decodeStoredRun(json));
}

void TestStoredRun::damagedBytesAreRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray stored = service::encodeStoredRun(m_result);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("foreign") << QByteArray("PK\x03\x04 not a run");
    QTest::newRow("truncated") << stored.left(stored.size() / 2);
    QTest::newRow("magic only") << stored.left(4);
    QByteArray flipped = stored;
    flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
    QTest::newRow("bit flip (checksum)") << flipped;
}

void TestStoredRun::damagedBytesAreRefused()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(!service::decodeStoredRun(bytes));
}

void TestStoredRun::dossierRunReloadsThroughTheService()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tender"));
    QString error;
    QVERIFY2(demo::writeDemoDossier(path, &error), qPrintable(error));
    storage::OpenError openError;
    auto dossier = storage::Dossier::open(path, storage::Dossier::Mode::ReadWrite, &openError);
    QVERIFY(dossier);
    const auto runId = service::latestRunId(*dossier);
    QVERIFY(runId);
    const auto stored = dossier->runResult(*runId);
    QVERIFY(stored && !stored->startsWith('{')); // compressed
    const auto loaded = service::loadRun(*dossier, *runId);
    QVERIFY(loaded);
    QCOMPARE(io::resultToJson(*loaded, false), io::resultToJson(m_result, false));
    QVERIFY(dossier->verify().ok);
}

// A result big enough for the parallel writer (generated: 40 products, 3,000 buyers asking
// for a third of them each, so some 40,000 demand rows) gives exactly the bytes of the writer on
// one thread, in every form.
void TestStoredRun::bigResultsWrittenInParallelAreTheSameBytes()
{
    io::GeneratorOptions options;
    options.products = 40;
    options.bidders = 30;
    options.bidsPerProduct = 8;
    options.buyers = 3000;
    options.seed = 11;
    const model::TenderData data = io::generateTender(options);
    model::Parameters parameters;
    QVERIFY(rules::tenderParameters(data.tender, parameters).empty());
    const auto outcome = rules::evaluate(data, parameters);
    QVERIFY(outcome.result);
    qsizetype allocations = 0;
    for (const auto &p : outcome.result->products)
        allocations += static_cast<qsizetype>(p.allocations.size());
    QVERIFY2(allocations >= 20000, qPrintable(QString::number(allocations)));
    for (bool explanations : {false, true})
        for (bool indented : {false, true})
            QCOMPARE(io::resultToJson(*outcome.result, explanations, indented, {}, true),
                     io::resultToJson(*outcome.result, explanations, indented, {}, false));
    QCOMPARE(*service::storedRunJson(service::encodeStoredRun(*outcome.result)),
             io::resultToJson(*outcome.result, true, false, {}, false));
}

// Identifiers and texts with quotes, backslashes, control characters, Chinese, Lao, Thai and a
// character outside the BMP (a surrogate pair) come back exactly.
void TestStoredRun::textOfEveryKindReadsBack()
{
    model::EvaluationResult result = m_result;
    result.tenderId = QStringLiteral("T-\"quoted\" \\ back\nline\ttab 招标 ປະມູນ ประมูล \U0001F48A");
    result.products.front().allocations.front().buyerId =
        QStringLiteral("医院-ໂຮງໝໍ-โรงพยาบาล\u0001");
    const QByteArray json = io::resultToJson(result, true, false);
    const auto back = io::resultFromJson(json);
    QVERIFY(back);
    QCOMPARE(back->tenderId, result.tenderId);
    QCOMPARE(back->products.front().allocations.front().buyerId,
             result.products.front().allocations.front().buyerId);
    QCOMPARE(io::resultToJson(*back, true, false), json);
}

void TestStoredRun::malformedJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good = io::resultToJson(m_result, true, false);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("hello");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("truncated") << good.left(good.size() * 2 / 3);
    QTest::newRow("trailing garbage") << good + "}";
    QTest::newRow("unknown rule set")
        << QByteArray(R"({"tender_id":"T","currency":"CNY","rule_set":"x","products":[]})");
    QTest::newRow("decimal as a number") << QByteArray(
        R"({"rule_set":"vbp-b10","products":[{"product_id":"P","lowest_unit_price":0.5}]})");
    QTest::newRow("bad decimal") << QByteArray(
        R"({"rule_set":"vbp-b10","products":[{"product_id":"P","lowest_unit_price":"1e5"}]})");
    QTest::newRow("bid without status") << QByteArray(
        R"({"rule_set":"vbp-b10","products":[{"product_id":"P","bids":[{"bid_id":"B"}]}]})");
    QTest::newRow("bad escape") << QByteArray(
        R"({"tender_id":"a\q","rule_set":"vbp-b10","products":[]})");
    QTest::newRow("short unicode escape")
        << QByteArray(R"({"tender_id":"a\u12","rule_set":"vbp-b10"})");
    QTest::newRow("unterminated string") << QByteArray(R"({"tender_id":"abc)");
    QTest::newRow("huge integer") << QByteArray(
        R"({"rule_set":"vbp-b10","products":[{"qualified":99999999999999999999999}]})");
}

void TestStoredRun::malformedJsonIsRefused()
{
    QFETCH(QByteArray, json);
    QVERIFY(!io::resultFromJson(json));
}

void TestStoredRun::unknownKeysAreSkipped()
{
    const QByteArray json =
        R"({"future":{"a":[1,2.5e3,true,null,"x"]},"tender_id":"T","currency":"CNY","rule_set":"meat",)"
        R"("products":[{"product_id":"P1","extra":[{}],"qualified":2,"lowest_unit_price":"0.1200"}]})";
    const auto result = io::resultFromJson(json);
    QVERIFY(result);
    QCOMPARE(result->tenderId, QStringLiteral("T"));
    QCOMPARE(result->parameters.ruleSet, model::RuleSet::Meat);
    QCOMPARE(result->products.size(), size_t(1));
    QCOMPARE(result->products[0].qualified, 2);
    QCOMPARE(result->products[0].lowestUnitPrice->toString(), QStringLiteral("0.1200"));
}

QTEST_GUILESS_MAIN(TestStoredRun)
#include "tst_storedrun.moc"
