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

QTEST_GUILESS_MAIN(TestStoredRun)
#include "tst_storedrun.moc"
