// The stored form of an evaluation run (service/storedrun.h): JSON plus binary allocation
// records, compressed, that read back to the very result; older compressed and plain JSON runs
// still read; damaged bytes refused without a crash; a dossier run saved and reloaded through
// the service layer.
#include "demo/demo.h"
#include "io/generator.h"
#include "io/resultjson.h"
#include "io/workbookreader.h"
#include "rules/evaluator.h"
#include "service/allocationrecords.h"
#include "service/evaluation.h"
#include "service/storedrun.h"
#include "storage/dossier.h"

#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <zstd.h>

using namespace td;

class TestStoredRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTripIsExact();
    void compressesTheRepetitiveJson();
    void plainJsonOfOlderRunsStillReads();
    void compressedJsonOfOlderRunsStillReads();
    void allocationRecordsKeepEveryValue();
    void damagedAllocationRecordsAreRefused();
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

// Session 2 stored the whole JSON compressed (explanation sentences and allocations included).
void TestStoredRun::compressedJsonOfOlderRunsStillReads()
{
    const QByteArray json = io::resultToJson(m_result, true, false);
    QByteArray stored(static_cast<qsizetype>(ZSTD_compressBound(size_t(json.size()))), '\0');
    const size_t size = ZSTD_compress(stored.data(), size_t(stored.size()), json.constData(),
                                      size_t(json.size()), 1);
    QVERIFY(!ZSTD_isError(size));
    stored.truncate(static_cast<qsizetype>(size));
    QCOMPARE(*service::storedRunJson(stored), json);
    const auto decoded = service::decodeStoredRun(stored);
    QVERIFY(decoded);
    QCOMPARE(io::resultToJson(*decoded, true, false), json);
}

namespace {

QByteArray allocationRecords(const model::EvaluationResult &result)
{
    QByteArray bytes;
    service::writeAllocationRecords(result, [&bytes](std::string_view chunk) {
        bytes.append(chunk.data(), static_cast<qsizetype>(chunk.size()));
    });
    return bytes;
}

model::EvaluationResult withoutAllocations(model::EvaluationResult result)
{
    for (model::ProductResult &p : result.products)
        p.allocations.clear();
    return result;
}

// Two products with allocations at the edges of what the records hold: units beyond 64 bits,
// negative and zero values, the largest scale, empty and non-Latin texts.
model::EvaluationResult edgeResult()
{
    using money::Decimal;
    model::EvaluationResult result;
    result.products.resize(3);
    result.products[0].productId = QStringLiteral("P1");
    result.products[2].productId = QStringLiteral("P3");
    const Decimal wide =
        *Decimal::parse(QStringLiteral("12345678901234567890123.45678901234567"), 30, 30);
    const auto add = [&](model::ProductResult &p, QString bid, QString buyer, QString region,
                         QString currency, Decimal volume, Decimal value, Decimal local,
                         bool preferred) {
        p.allocations.push_back({bid, buyer, region, volume, value, currency, local, preferred});
    };
    add(result.products[0], QStringLiteral("B-1"), QStringLiteral("医院-ໂຮງໝໍ-โรงพยาบาล \U0001F48A"),
        QStringLiteral("LA-VT"), QStringLiteral("LAK"), Decimal(120), *Decimal::parse(u"-0.05"),
        wide, true);
    add(result.products[0], QStringLiteral("B-1"), QString(), QString(), QStringLiteral("CNY"),
        Decimal(), -wide,
        *Decimal::parse(QStringLiteral("0.000000000000000000000000000001"), 1, 30), false);
    add(result.products[2], QStringLiteral("B-9"), QStringLiteral("H\"q\"\n"), QStringLiteral("TH"),
        QStringLiteral("THB"), Decimal(std::numeric_limits<long long>::max()),
        Decimal(std::numeric_limits<long long>::min()), *Decimal::parse(u"9223372036854775808"),
        false);
    return result;
}

} // namespace

void TestStoredRun::allocationRecordsKeepEveryValue()
{
    const model::EvaluationResult result = edgeResult();
    model::EvaluationResult back = withoutAllocations(result);
    QVERIFY(service::readAllocationRecords(allocationRecords(result).toStdString(), back));
    for (size_t p = 0; p < result.products.size(); ++p) {
        const auto &want = result.products[p].allocations;
        const auto &got = back.products[p].allocations;
        QCOMPARE(got.size(), want.size());
        for (size_t i = 0; i < want.size(); ++i) {
            QCOMPARE(got[i].bidId, want[i].bidId);
            QCOMPARE(got[i].buyerId, want[i].buyerId);
            QCOMPARE(got[i].region, want[i].region);
            QCOMPARE(got[i].localCurrency, want[i].localCurrency);
            // Same value and same scale: toString() shows both.
            QCOMPARE(got[i].volume.toString(), want[i].volume.toString());
            QCOMPARE(got[i].value.toString(), want[i].value.toString());
            QCOMPARE(got[i].localValue.toString(), want[i].localValue.toString());
            QCOMPARE(got[i].preferred, want[i].preferred);
        }
    }
    // And through the whole stored form, for the demo result too.
    const auto decoded = service::decodeStoredRun(service::encodeStoredRun(result));
    QVERIFY(decoded);
    QCOMPARE(io::resultToJson(*decoded, true, false), io::resultToJson(result, true, false));
}

// Every truncation and every single-byte change of the records either reads (a change that
// still makes sense) or is refused; none crashes or reads past the end. Named damages are
// refused.
void TestStoredRun::damagedAllocationRecordsAreRefused()
{
    const model::EvaluationResult result = edgeResult();
    const std::string good = allocationRecords(result).toStdString();
    const model::EvaluationResult empty = withoutAllocations(result);
    for (size_t size = 0; size < good.size(); ++size) {
        model::EvaluationResult back = empty;
        QVERIFY2(!service::readAllocationRecords(good.substr(0, size), back),
                 qPrintable(QString::number(size)));
    }
    for (size_t at = 0; at < good.size(); ++at)
        for (unsigned char change : {0x01, 0x80, 0xFF}) {
            std::string bytes = good;
            bytes[at] = static_cast<char>(static_cast<unsigned char>(bytes[at]) ^ change);
            model::EvaluationResult back = empty;
            service::readAllocationRecords(bytes, back); // must not crash
        }
    model::EvaluationResult fewerProducts = empty;
    fewerProducts.products.pop_back();
    QVERIFY(!service::readAllocationRecords(good, fewerProducts)); // bytes left over
    model::EvaluationResult moreProducts = empty;
    moreProducts.products.emplace_back();
    QVERIFY(!service::readAllocationRecords(good, moreProducts));
    std::string hugeCount = good;
    hugeCount[0] = '\x7f'; // 127 allocations in the first product: more than the bytes hold
    model::EvaluationResult back = empty;
    QVERIFY(!service::readAllocationRecords(hugeCount, back));
    std::string badIndex = good;
    badIndex[1] = '\x7f'; // the first record's bid: text 127 of 10
    back = empty;
    QVERIFY(!service::readAllocationRecords(badIndex, back));
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
