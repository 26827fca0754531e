#include "io/resultjson.h"
#include "io/tenderdatadiff.h"
#include "io/workbookreader.h"
#include "service/evaluation.h"
#include "service/workbookimport.h"
#include "storage/dossier.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using td::storage::Dossier;

// tenderdesk-cli import, show, export and verify as a user runs them: exit codes, what goes to
// stdout and stderr, and that failures leave the dossier as it was.
class TestCliStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importEveryCase_data();
    void importEveryCase();
    void importAndEvaluateEveryCase_data();
    void importAndEvaluateEveryCase();
    void invalidWorkbook();
    void invalidWorkbookLeavesDossierUnchanged();
    void streamedImportOfRowsThatOutgrowTheReservation();
    void streamedImportOfXlsxEqualsCsv();
    void cancelledImportChangesNothing();
    void evaluateCopyTrustsOnlyTheRecordedDigest();
    void exportImportRoundTrip();
    void verifyDetectsTampering();
    void verifyDigest();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int exit = -1;
        QString out, err;
    };
    Run cli(const QStringList &args);
    QString newPath() { return m_dir.filePath(QStringLiteral("c%1.tender").arg(++m_counter)); }
    QTemporaryDir m_dir;
    QString m_sqlite3;
    int m_counter = 0;
};

namespace {

QStringList validCases()
{
    QStringList names;
    const QDir cases(td::test::sharedDir() + QStringLiteral("/cases"));
    for (const QString &name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!name.startsWith(QLatin1String("invalid-")))
            names << name;
    return names;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TestCliStorage::Run TestCliStorage::cli(const QStringList &args)
{
    QProcess process;
    process.start(td::test::binDir() + QStringLiteral("/tenderdesk-cli"), args);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exit = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestCliStorage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(td::test::binDir() + QStringLiteral("/tenderdesk-cli")),
             "build tenderdesk-cli first");
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

void TestCliStorage::importEveryCase_data()
{
    QTest::addColumn<QString>("caseName");
    for (const QString &name : validCases())
        QTest::newRow(qPrintable(name)) << name;
}

void TestCliStorage::importEveryCase()
{
    QFETCH(QString, caseName);
    const QString path = newPath();
    const Run import = cli({QStringLiteral("import"), path, td::test::caseDir(caseName)});
    QVERIFY2(import.exit == 0, qPrintable(import.err));
    QVERIFY(import.err.isEmpty());
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));

    const Run show = cli({QStringLiteral("show"), path});
    QVERIFY2(show.exit == 0, qPrintable(show.err));
    td::storage::OpenError error;
    auto dossier = Dossier::open(path, Dossier::Mode::ReadOnly, &error);
    QVERIFY(dossier);
    QString message;
    const auto summary = dossier->summary(&message);
    QVERIFY(summary);
    for (const auto &[label, count] : {std::pair{"products", summary->products},
                                       {"bidders", summary->bidders},
                                       {"bids", summary->bids},
                                       {"demand rows", summary->demandRows},
                                       {"buyers", summary->buyers},
                                       {"fx rates", summary->fxRates},
                                       {"references", summary->references},
                                       {"runs", summary->runs}})
        QVERIFY2(
            show.out.contains(QStringLiteral("\n%1: %2\n").arg(QLatin1String(label)).arg(count)),
            qPrintable(show.out));
    QVERIFY(show.out.contains(summary->tenderId));

    // Importing again replaces the data and is logged; verify stays happy.
    QCOMPARE(cli({QStringLiteral("import"), path, td::test::caseDir(caseName)}).exit, 0);
    QCOMPARE(dossier->auditLog().size(), size_t(3));
    const Run verify = cli({QStringLiteral("verify"), path});
    QVERIFY2(verify.exit == 0, qPrintable(verify.err));
}

void TestCliStorage::importAndEvaluateEveryCase_data()
{
    importEveryCase_data();
}

// `import --evaluate` stores the same evaluation as evaluating the workbook on its own, with
// the input digest of the imported tables, and the dossier verifies.
void TestCliStorage::importAndEvaluateEveryCase()
{
    QFETCH(QString, caseName);
    const QString path = newPath();
    const Run import = cli({QStringLiteral("import"), path, td::test::caseDir(caseName),
                            QStringLiteral("--evaluate"), QStringLiteral("--timings")});
    QVERIFY2(import.exit == 0, qPrintable(import.err));
    QVERIFY2(import.out.contains(QStringLiteral("run 1 stored")), qPrintable(import.out));
    // --timings gives each step's end from the import's start, in the order they depend on.
    const QRegularExpression timeline(QStringLiteral(
        R"(timeline: read (\d+) ms, committed (\d+) ms, rules (\d+) ms, encoded (\d+) ms, )"
        R"(run stored (\d+) ms)"));
    const QRegularExpressionMatch step = timeline.match(import.err);
    QVERIFY2(step.hasMatch(), qPrintable(import.err));
    const auto at = [&step](int i) { return step.captured(i).toLongLong(); };
    QVERIFY(at(1) <= at(3) && at(3) <= at(4)); // read, rules, encoded: the reader's thread
    QVERIFY(at(4) <= at(5) && at(2) <= at(5)); // the run is stored after both
    const QString json = path + QStringLiteral(".json");
    const Run evaluate = cli({QStringLiteral("evaluate"), td::test::caseDir(caseName),
                              QStringLiteral("--quiet"), QStringLiteral("--json"), json});
    QVERIFY2(evaluate.exit == 0, qPrintable(evaluate.err));

    td::storage::OpenError error;
    auto dossier = Dossier::open(path, Dossier::Mode::ReadOnly, &error);
    QVERIFY(dossier);
    const auto runs = dossier->runs();
    QCOMPARE(runs.size(), size_t(1));
    QCOMPARE(runs.front().inputDigest, dossier->inputDigest());
    const auto stored = td::service::loadRun(*dossier, runs.front().id);
    QVERIFY(stored);
    QCOMPARE(td::io::resultToJson(*stored, false), fileBytes(json));
    QVERIFY(dossier->verify().ok);
}

void TestCliStorage::invalidWorkbook()
{
    const QString path = newPath();
    const QString caseDir = td::test::caseDir(QStringLiteral("invalid-mixed-errors"));
    const Run evaluated =
        cli({QStringLiteral("import"), path, caseDir, QStringLiteral("--evaluate")});
    QCOMPARE(evaluated.exit, 2);
    QVERIFY(!QFile::exists(path));
    const Run run = cli({QStringLiteral("import"), path, caseDir});
    QCOMPARE(run.exit, 2);
    QCOMPARE(run.err, evaluated.err); // the same errors, streamed with or without the rules
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(path)); // a missing dossier is not created for invalid input
    QFile expected(caseDir + QStringLiteral("/expected-error.txt"));
    QVERIFY(expected.open(QIODevice::ReadOnly | QIODevice::Text));
    int locations = 0;
    for (const QString &line : QString::fromUtf8(expected.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        QVERIFY(parts.size() >= 3);
        const QString location =
            QStringLiteral("%1, row %2, column %3").arg(parts[0], parts[1], parts[2]);
        QVERIFY2(run.err.contains(location), qPrintable(location + u'\n' + run.err));
        ++locations;
    }
    QCOMPARE(locations, 9);
}

void TestCliStorage::invalidWorkbookLeavesDossierUnchanged()
{
    const QString path = newPath();
    QCOMPARE(cli({QStringLiteral("import"), path, td::test::caseDir(QStringLiteral("b10-revival"))})
                 .exit,
             0);
    const QByteArray before = fileBytes(path);
    for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--evaluate")}}) {
        const Run run = cli(QStringList{QStringLiteral("import"), path,
                                        td::test::caseDir(QStringLiteral("invalid-mixed-errors"))} +
                            extra);
        QCOMPARE(run.exit, 2);
        QCOMPARE(fileBytes(path), before);
    }
    QCOMPARE(cli({QStringLiteral("verify"), path}).exit, 0);
}

// The import stores demand rows while it parses the next ones, in the reader's vector. A CSV
// reserves one row per 16 bytes; 30,000 short (invalid) rows outgrow that, so the vector moves
// under the streaming writer several times: errors are reported, nothing is created or changed.
void TestCliStorage::streamedImportOfRowsThatOutgrowTheReservation()
{
    const QString dir = m_dir.filePath(QStringLiteral("short-rows"));
    QVERIFY(QDir().mkpath(dir));
    const QDir source(td::test::caseDir(QStringLiteral("b10-revival")));
    for (const QString &name : source.entryList(QDir::Files))
        QVERIFY(QFile::copy(source.filePath(name), dir + u'/' + name));
    {
        QFile demand(dir + QStringLiteral("/demand.csv"));
        QVERIFY(demand.open(QIODevice::Append));
        QByteArray rows;
        for (int i = 0; i < 30000; ++i)
            rows += "X\n";
        demand.write(rows);
    }
    const QString fresh = newPath();
    const Run refused = cli({QStringLiteral("import"), fresh, dir});
    QCOMPARE(refused.exit, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("demand.csv, row 30")),
             qPrintable(refused.err.left(400)));
    QVERIFY(!QFile::exists(fresh)); // a missing dossier is not created

    const QString existing = newPath();
    QCOMPARE(
        cli({QStringLiteral("import"), existing, td::test::caseDir(QStringLiteral("b10-revival"))})
            .exit,
        0);
    const QByteArray before = fileBytes(existing);
    QCOMPARE(cli({QStringLiteral("import"), existing, dir}).exit, 2);
    QCOMPARE(fileBytes(existing), before);
    QCOMPARE(cli({QStringLiteral("verify"), existing}).exit, 0);
}

// An .xlsx has no size to reserve rows by: the vector grows (and moves) from the first row,
// each time after the streaming writer has let go of the rows. The streamed import, with and
// without the rules beside it, stores the very rows of the workbook read on its own (the same
// input digest), for .xlsx workbooks and CSV folders alike.
void TestCliStorage::streamedImportOfXlsxEqualsCsv()
{
    const QString fixtures = td::test::sourceDir() + QStringLiteral("/tests/fixtures/xlsx/");
    const QStringList workbooks = {fixtures + QStringLiteral("b10-revival.xlsx"),
                                   fixtures + QStringLiteral("multi-currency-fx.xlsx"),
                                   fixtures + QStringLiteral("linkage-median-even.xlsx"),
                                   fixtures + QStringLiteral("meat-tie-submitted.xlsx"),
                                   td::test::caseDir(QStringLiteral("b10-revival")),
                                   td::test::caseDir(QStringLiteral("multi-currency-fx"))};
    for (const QString &workbook : workbooks) {
        const QString streamed = newPath(), readFirst = newPath();
        QCOMPARE(cli({QStringLiteral("import"), streamed, workbook}).exit, 0);
        QCOMPARE(
            cli({QStringLiteral("import"), readFirst, workbook, QStringLiteral("--evaluate")}).exit,
            0);
        td::storage::OpenError error;
        auto a = Dossier::open(streamed, Dossier::Mode::ReadOnly, &error);
        auto b = Dossier::open(readFirst, Dossier::Mode::ReadOnly, &error);
        QVERIFY(a && b);
        const td::io::ImportResult read = td::io::readWorkbook(workbook);
        QVERIFY(read.ok());
        const QString digest = Dossier::inputDigestOf(*read.data);
        QCOMPARE(a->inputDigest(), digest);
        QCOMPARE(b->inputDigest(), digest);
        QCOMPARE(b->runs().front().inputDigest, digest);
        QVERIFY(a->verify().ok && b->verify().ok);
    }
}

// Cancelling from the progress callback (the import dialog's Cancel) while the workbook is read
// and the dossier written: a new dossier is not left behind and an existing one is not changed.
void TestCliStorage::cancelledImportChangesNothing()
{
    const QString workbook = td::test::caseDir(QStringLiteral("b10-revival"));
    td::service::ImportOptions options;
    options.evaluate = true;
    int calls = 0;
    options.progress = [&calls](qint64, qint64) { return ++calls < 1; }; // cancel at once
    const QString fresh = newPath();
    td::service::WorkbookImport result =
        td::service::importWorkbook(fresh, workbook, QStringLiteral("test"), options);
    QVERIFY(calls >= 1);
    QVERIFY(!result.stored && !result.evaluation);
    QVERIFY(!QFile::exists(fresh));

    const QString existing = newPath();
    QCOMPARE(cli({QStringLiteral("import"), existing,
                  td::test::caseDir(QStringLiteral("multi-currency-fx"))})
                 .exit,
             0);
    const QByteArray before = fileBytes(existing);
    calls = 0;
    result = td::service::importWorkbook(existing, workbook, QStringLiteral("test"), options);
    QVERIFY(!result.stored && !result.evaluation);
    QCOMPARE(fileBytes(existing), before);

    options.progress = {}; // and the same import, not cancelled, evaluates
    result = td::service::importWorkbook(existing, workbook, QStringLiteral("test"), options);
    QVERIFY(result.stored && result.evaluation && result.evaluation->runId);
}

// The session's F5 evaluates its copy of the data (service::evaluateCopy): stored only while the
// copy is what the dossier recorded, edits included; a copy that differs stores nothing.
void TestCliStorage::evaluateCopyTrustsOnlyTheRecordedDigest()
{
    const QString path = newPath();
    QCOMPARE(cli({QStringLiteral("import"), path, td::test::caseDir(QStringLiteral("b10-revival"))})
                 .exit,
             0);
    td::storage::OpenError error;
    auto dossier = Dossier::open(path, Dossier::Mode::ReadWrite, &error);
    QVERIFY(dossier);
    QString message;
    auto copy = dossier->loadTenderData(&message);
    QVERIFY(copy);
    const auto parameters = td::service::defaultParameters(copy->tender);
    QVERIFY(std::holds_alternative<td::model::Parameters>(parameters));
    const auto &p = std::get<td::model::Parameters>(parameters);

    td::service::DossierEvaluation first = td::service::evaluateCopy(*dossier, *copy, p);
    QVERIFY(first.ok() && !first.copyDiffers);
    QCOMPARE(dossier->runs().back().inputDigest, dossier->inputDigest());

    // An edit made in both places: still trusted.
    td::model::Bid &bid = copy->bids.front();
    QVERIFY2(dossier->updateField(Dossier::Table::Bid, bid.id, QStringLiteral("pack_price"),
                                  QStringLiteral("1.23"), &message),
             qPrintable(message));
    bid.packPrice = *td::money::Decimal::parse(QStringLiteral("1.23"));
    td::service::DossierEvaluation edited = td::service::evaluateCopy(*dossier, *copy, p);
    QVERIFY(edited.ok() && !edited.copyDiffers);
    QCOMPARE(dossier->runs().size(), size_t(2));
    QCOMPARE(dossier->runs().back().inputDigest, dossier->inputDigest());

    // A copy that drifted from the stored tables: nothing stored.
    bid.packPrice = *td::money::Decimal::parse(QStringLiteral("1.24"));
    td::service::DossierEvaluation drifted = td::service::evaluateCopy(*dossier, *copy, p);
    QVERIFY(drifted.copyDiffers && !drifted.result && !drifted.runId);
    QCOMPARE(dossier->runs().size(), size_t(2));
    QVERIFY(dossier->verify().ok);
}

void TestCliStorage::exportImportRoundTrip()
{
    for (const QString &caseName : validCases()) {
        const QString first = newPath();
        const QString second = newPath();
        const QString dir = m_dir.filePath(QStringLiteral("export-") + caseName);
        QCOMPARE(cli({QStringLiteral("import"), first, td::test::caseDir(caseName)}).exit, 0);
        const Run exported = cli({QStringLiteral("export"), first, QStringLiteral("--csv"), dir});
        QVERIFY2(exported.exit == 0, qPrintable(exported.err));
        QVERIFY(QFile::exists(dir + QStringLiteral("/demand.csv")));
        const Run imported = cli({QStringLiteral("import"), second, dir});
        QVERIFY2(imported.exit == 0, qPrintable(caseName + u": " + imported.err));

        td::storage::OpenError error;
        auto a = Dossier::open(first, Dossier::Mode::ReadOnly, &error);
        auto b = Dossier::open(second, Dossier::Mode::ReadOnly, &error);
        QVERIFY(a && b);
        QString message;
        const auto dataA = a->loadTenderData(&message);
        const auto dataB = b->loadTenderData(&message);
        QVERIFY(dataA && dataB);
        QCOMPARE(td::io::tenderDataDifference(*dataA, *dataB), QString());
        QCOMPARE(a->inputDigest(), b->inputDigest());
    }
}

void TestCliStorage::verifyDetectsTampering()
{
    if (m_sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    const QString path = newPath();
    QCOMPARE(cli({QStringLiteral("import"), path, td::test::caseDir(QStringLiteral("b10-revival"))})
                 .exit,
             0);
    QCOMPARE(cli({QStringLiteral("verify"), path}).exit, 0);
    QCOMPARE(
        QProcess::execute(m_sqlite3, {path, QStringLiteral("UPDATE bid SET pack_price = '9.99' "
                                                           "WHERE bid_id = 'A'")}),
        0);
    const Run run = cli({QStringLiteral("verify"), path});
    QVERIFY(run.exit != 0);
    QCOMPARE(run.exit, 3);
    QVERIFY2(run.err.contains(QStringLiteral("Table bid was changed outside TenderDesk")),
             qPrintable(run.err));
}

void TestCliStorage::verifyDigest()
{
    const QString path = newPath();
    QCOMPARE(cli({QStringLiteral("import"), path, td::test::caseDir(QStringLiteral("b10-revival"))})
                 .exit,
             0);
    QString digest;
    {
        td::storage::OpenError error;
        auto dossier = Dossier::open(path, Dossier::Mode::ReadWrite, &error);
        QVERIFY(dossier);
        QString message;
        Dossier::RunInfo info;
        info.ruleSet = QStringLiteral("vbp-b10");
        QVERIFY(dossier->saveRun(info, "{\"tender_id\":\"T-B10R-AML\"}", &message));
        digest = dossier->runs().back().digest;
    }
    Run run = cli({QStringLiteral("verify"), path, QStringLiteral("--digest"), digest});
    QVERIFY2(run.exit == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("matches run 1")));
    run = cli({QStringLiteral("verify"), path, QStringLiteral("--digest"),
               QStringLiteral("0").repeated(64)});
    QCOMPARE(run.exit, 2);
    QVERIFY(run.err.contains(QStringLiteral("no evaluation run")));
    run = cli({QStringLiteral("verify"), path, QStringLiteral("--digest"), QStringLiteral("xyz")});
    QCOMPARE(run.exit, 1);
}

void TestCliStorage::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exit");
    const QString missing = QStringLiteral("/nonexistent/x.tender");
    const QString text =
        td::test::caseDir(QStringLiteral("b10-revival")) + QStringLiteral("/tender.csv");
    QTest::newRow("import-no-args") << QStringList{QStringLiteral("import")} << 1;
    QTest::newRow("import-one-arg") << QStringList{QStringLiteral("import"), missing} << 1;
    QTest::newRow("import-missing-workbook")
        << QStringList{QStringLiteral("import"), QStringLiteral("x.tender"),
                       QStringLiteral("/nonexistent/wb")}
        << 3;
    QTest::newRow("import-into-text-file")
        << QStringList{QStringLiteral("import"), text,
                       td::test::caseDir(QStringLiteral("b10-revival"))}
        << 3;
    QTest::newRow("show-no-args") << QStringList{QStringLiteral("show")} << 1;
    QTest::newRow("show-missing") << QStringList{QStringLiteral("show"), missing} << 3;
    QTest::newRow("show-text-file") << QStringList{QStringLiteral("show"), text} << 3;
    QTest::newRow("export-no-csv") << QStringList{QStringLiteral("export"), missing} << 1;
    QTest::newRow("export-missing")
        << QStringList{QStringLiteral("export"), missing, QStringLiteral("--csv"),
                       QStringLiteral("/tmp/x")}
        << 3;
    QTest::newRow("verify-unknown-option")
        << QStringList{QStringLiteral("verify"), missing, QStringLiteral("--fast")} << 1;
    QTest::newRow("verify-missing") << QStringList{QStringLiteral("verify"), missing} << 3;
}

void TestCliStorage::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exit);
    const QByteArray before = args.size() > 1 ? fileBytes(args[1]) : QByteArray();
    const Run run = cli(args);
    QCOMPARE(run.exit, exit);
    QVERIFY(!run.err.isEmpty());
    if (args.size() > 1)
        QCOMPARE(fileBytes(args[1]), before);
}

QTEST_GUILESS_MAIN(TestCliStorage)
#include "tst_cli_storage.moc"
