// Award report PDFs, letters and XLSX from a real evaluation (a shared case), per language, and
// the `tenderdesk-cli report` command end to end (issue 5).
#include "io/workbookreader.h"
#include "report/awardletter.h"
#include "report/awardreport.h"
#include "report/pdfexport.h"
#include "report/reportfonts.h"
#include "report/xlsxexport.h"
#include "rules/evaluator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

namespace {

const QString Digest =
    QStringLiteral("5e0c1d7e0b9a4f3c2a1908f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b3");

report::ReportSource caseSource(const QString &name)
{
    io::ImportResult imported = io::readWorkbook(test::caseDir(name));
    if (!imported.ok())
        qFatal("cannot read case %s", qPrintable(name));
    report::ReportSource s;
    s.data = std::move(*imported.data);
    model::Parameters parameters;
    rules::tenderParameters(s.data.tender, parameters);
    rules::EvaluationOutcome outcome = rules::evaluate(s.data, parameters);
    if (!outcome.result)
        qFatal("cannot evaluate case %s", qPrintable(name));
    s.result = std::move(*outcome.result);
    s.run = {QStringLiteral("1"), QDateTime(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC),
             QStringLiteral("tester"), model::ruleSetName(parameters.ruleSet),
             model::parametersToText(parameters), QStringLiteral("in"), Digest};
    return s;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                                          QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Table cells wrap, so compare without any white space.
QString squeeze(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

int runCli(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    p.start(test::binDir() + QStringLiteral("/tenderdesk-cli"), args);
    p.waitForFinished(120000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hasPoppler = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }

    void winnersPricesDigest_data()
    {
        QTest::addColumn<QString>("caseName");
        QTest::newRow("b10-revival") << QStringLiteral("b10-revival");
        QTest::newRow("multi-currency-fx") << QStringLiteral("multi-currency-fx");
        QTest::newRow("preferred-bidder") << QStringLiteral("preferred-bidder");
        QTest::newRow("capacity-unassigned") << QStringLiteral("capacity-unassigned");
    }
    void winnersPricesDigest()
    {
        QFETCH(QString, caseName);
        const report::ReportSource s = caseSource(caseName);
        const QString path = m_dir.filePath(caseName + QStringLiteral(".pdf"));
        const report::PdfResult result = report::writePdf(report::buildAwardReport(s, {}), path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages > 0);
        if (!m_hasPoppler)
            QSKIP("pdftotext is not installed");
        const QString text = squeeze(pdfText(path));
        QVERIFY(text.contains(Digest));
        QVERIFY(text.contains(QStringLiteral("Page1of%1").arg(result.pages)));
        int winners = 0;
        for (const auto &product : s.result.products) {
            for (const auto &bid : product.bids) {
                if (!bid.awardPrice)
                    continue;
                ++winners;
                QString name = bid.bidderId;
                for (const auto &b : s.data.bidders)
                    if (b.id == bid.bidderId)
                        name = b.name;
                QVERIFY2(text.contains(squeeze(name)), qPrintable(name));
                QVERIFY2(text.contains(bid.awardPrice->toString()), qPrintable(bid.awardPrice->toString()));
            }
        }
        QVERIFY(winners > 0);
    }

    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << "en" << "" << "Award report";
        QTest::newRow("zh_CN") << "zh_CN" << "" << "中选结果报告";
        QTest::newRow("lo") << "lo" << "" << "ບົດລາຍງານຜົນການປະມູນ";
        QTest::newRow("th") << "th" << "" << "รายงานผลการพิจารณา";
        QTest::newRow("lo+en") << "lo" << "en" << "Award report";
        QTest::newRow("zh_CN+th") << "zh_CN" << "th" << "รายงานผลการพิจารณา";
    }
    void languages()
    {
        QFETCH(QString, lang);
        QFETCH(QString, second);
        QFETCH(QString, title);
        report::ReportOptions options;
        options.language = *report::languageFromCode(lang);
        if (!second.isEmpty())
            options.secondLanguage = *report::languageFromCode(second);
        std::vector<report::Language> languages{options.language};
        if (options.secondLanguage)
            languages.push_back(*options.secondLanguage);
        if (const auto missing = report::missingFontError(languages))
            QSKIP(qPrintable(*missing));
        const report::ReportSource s = caseSource(QStringLiteral("multi-currency-fx"));
        const QString path = m_dir.filePath(QStringLiteral("lang-%1-%2.pdf").arg(lang, second));
        const auto result = report::writePdf(report::buildAwardReport(s, options), path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.pages > 0);
        // the fonts are embedded
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("/FontFile2"));
        if (!m_hasPoppler)
            QSKIP("pdftotext is not installed");
        const QString text = squeeze(pdfText(path));
        QVERIFY(text.contains(Digest));
        QVERIFY2(text.contains(squeeze(title)), qPrintable(text.left(300)));
    }

    void letters()
    {
        const report::ReportSource s = caseSource(QStringLiteral("b10-revival"));
        const auto letters = report::buildAwardLetters(s, {});
        QVERIFY(!letters.empty());
        for (const auto &letter : letters) {
            const QString path = m_dir.filePath(report::letterFileName(letter.bidderId));
            const auto result = report::writePdf(letter.document, path);
            QVERIFY2(result.ok, qPrintable(result.error));
            if (m_hasPoppler)
                QVERIFY(squeeze(pdfText(path)).contains(Digest));
        }
    }

    void unwritablePathLeavesNothing()
    {
        const report::ReportSource s = caseSource(QStringLiteral("b10-revival"));
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const auto result = report::writePdf(report::buildAwardReport(s, {}), path);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void cancelKeepsTheOldFile()
    {
        const report::ReportSource s = caseSource(QStringLiteral("b10-revival"));
        const QString path = m_dir.filePath(QStringLiteral("keep.pdf"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        const auto result = report::writePdf(report::buildAwardReport(s, {}), path,
                                             [](int, int) { return false; });
        QVERIFY(!result.ok);
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
    }

    void xlsx()
    {
        const report::ReportSource s = caseSource(QStringLiteral("multi-currency-fx"));
        const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
        const auto result = report::writeXlsx(s, {}, path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("PK"));
        const auto bad = report::writeXlsx(s, {}, m_dir.filePath(QStringLiteral("none/x.xlsx")));
        QVERIFY(!bad.ok);
    }

    void cli()
    {
        const QString cliPath = test::binDir() + QStringLiteral("/tenderdesk-cli");
        if (!QFile::exists(cliPath))
            QSKIP("tenderdesk-cli is not built");
        const QString dossier = m_dir.filePath(QStringLiteral("cli.tender"));
        const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
        QCOMPARE(runCli({QStringLiteral("import"), dossier, test::caseDir(QStringLiteral("b10-revival"))}), 0);
        QString err;
        // no run yet: evaluate first, and no file
        QCOMPARE(runCli({QStringLiteral("report"), dossier, QStringLiteral("--pdf"), pdf}, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("evaluate first")), qPrintable(err));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(runCli({QStringLiteral("evaluate"), dossier}), 0);
        QCOMPARE(runCli({QStringLiteral("report"), dossier, QStringLiteral("--pdf"), pdf,
                         QStringLiteral("--lang"), QStringLiteral("th"), QStringLiteral("--bilingual"),
                         QStringLiteral("en"), QStringLiteral("--letters"),
                         m_dir.filePath(QStringLiteral("letters")), QStringLiteral("--xlsx"),
                         m_dir.filePath(QStringLiteral("cli.xlsx"))},
                        &err),
                 0);
        QVERIFY(QFile::exists(pdf));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("cli.xlsx"))));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("letters"))).entryList(QDir::Files).isEmpty());
        QCOMPARE(runCli({QStringLiteral("report"), dossier, QStringLiteral("--pdf"),
                         m_dir.filePath(QStringLiteral("nowhere/x.pdf"))}),
                 3);
        QCOMPARE(runCli({QStringLiteral("report"), dossier, QStringLiteral("--pdf"), pdf,
                         QStringLiteral("--lang"), QStringLiteral("fr")}),
                 1);
        QCOMPARE(runCli({QStringLiteral("report"), dossier}), 1);
    }

private:
    QTemporaryDir m_dir;
    bool m_hasPoppler = false;
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
