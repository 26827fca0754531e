// Runs every public worked case of ../shared/cases through tenderdesk-cli and compares the
// result JSON with expected.json exactly (decimals are strings: string equality).
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCases : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workbookEvaluation_data();
    void workbookEvaluation();
    void dossierEvaluation_data() { workbookEvaluation_data(); }
    void dossierEvaluation();
    void invalidCasesAreRefused();
    void generatedWorkbooksAreValid_data();
    void generatedWorkbooksAreValid();

private:
    static QJsonObject readJson(const QString &path);
    static int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    static void compareWithExpected(const QString &caseDir, const QString &jsonPath);
};

QJsonObject TestCases::readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

int TestCases::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(td::test::binDir() + QStringLiteral("/tenderdesk-cli"), args);
    if (!process.waitForFinished(120000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

void TestCases::compareWithExpected(const QString &caseDir, const QString &jsonPath)
{
    const QJsonObject expected = readJson(caseDir + QStringLiteral("/expected.json"));
    const QJsonObject actual = readJson(jsonPath);
    QVERIFY2(!expected.isEmpty(), "expected.json is readable");
    if (actual != expected) {
        // Show the first product that differs, in full, to make the failure readable.
        const QByteArray a = QJsonDocument(actual).toJson();
        const QByteArray e = QJsonDocument(expected).toJson();
        const QList<QByteArray> al = a.split('\n');
        const QList<QByteArray> el = e.split('\n');
        for (qsizetype i = 0; i < std::min(al.size(), el.size()); ++i) {
            if (al[i] != el[i]) {
                qWarning("first difference at line %lld:\n  actual:   %s\n  expected: %s", qint64(i),
                         al[i].constData(), el[i].constData());
                break;
            }
        }
    }
    QCOMPARE(actual, expected);
}

void TestCases::workbookEvaluation_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir cases(td::test::sharedDir() + QStringLiteral("/cases"));
    const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(!names.isEmpty(), "the shared cases are beside the checkout");
    for (const QString &name : names)
        if (QFileInfo::exists(cases.filePath(name + QStringLiteral("/expected.json"))))
            QTest::newRow(name.toUtf8().constData()) << cases.filePath(name);
}

void TestCases::workbookEvaluation()
{
    QFETCH(QString, caseDir);
    QTemporaryDir tmp;
    const QString json = tmp.filePath(QStringLiteral("result.json"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("evaluate"), caseDir, QStringLiteral("--json"), json, QStringLiteral("--quiet")},
                 nullptr, &err),
             0);
    compareWithExpected(caseDir, json);
}

void TestCases::dossierEvaluation()
{
    QFETCH(QString, caseDir);
    QTemporaryDir tmp;
    const QString dossier = tmp.filePath(QStringLiteral("case.tender"));
    const QString json = tmp.filePath(QStringLiteral("result.json"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("import"), dossier, caseDir}, nullptr, &err), 0);
    QCOMPARE(run({QStringLiteral("evaluate"), dossier, QStringLiteral("--json"), json, QStringLiteral("--quiet")},
                 nullptr, &err),
             0);
    compareWithExpected(caseDir, json);
}

void TestCases::invalidCasesAreRefused()
{
    const QDir cases(td::test::sharedDir() + QStringLiteral("/cases"));
    for (const QString &name : cases.entryList({QStringLiteral("invalid-*")}, QDir::Dirs, QDir::Name)) {
        QByteArray err;
        QTemporaryDir tmp;
        QCOMPARE(run({QStringLiteral("evaluate"), cases.filePath(name), QStringLiteral("--json"),
                      tmp.filePath(QStringLiteral("x.json"))},
                     nullptr, &err),
                 2);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("x.json"))));
        QVERIFY(!err.isEmpty());
    }
}

void TestCases::generatedWorkbooksAreValid_data()
{
    QTest::addColumn<QString>("ruleSet");
    for (const char *r : {"vbp-b9", "vbp-b10", "vbp-b11", "meat"})
        QTest::newRow(r) << QString::fromLatin1(r);
}

void TestCases::generatedWorkbooksAreValid()
{
    // `generate` must write workbooks that import and evaluate cleanly, deterministically.
    QFETCH(QString, ruleSet);
    QTemporaryDir tmp;
    const QStringList args = {QStringLiteral("generate"), QStringLiteral("--products"), QStringLiteral("8"),
                              QStringLiteral("--bidders"), QStringLiteral("12"),
                              QStringLiteral("--bids-per-product"), QStringLiteral("6"),
                              QStringLiteral("--buyers"), QStringLiteral("40"), QStringLiteral("--seed"),
                              QStringLiteral("5"), QStringLiteral("--rule-set"), ruleSet};
    QCOMPARE(run(args + QStringList{tmp.filePath(QStringLiteral("a"))}), 0);
    QCOMPARE(run(args + QStringList{tmp.filePath(QStringLiteral("b"))}), 0);
    QByteArray a, b, err;
    QCOMPARE(run({QStringLiteral("evaluate"), tmp.filePath(QStringLiteral("a")), QStringLiteral("--json"),
                  QStringLiteral("-")},
                 &a, &err),
             0);
    QCOMPARE(run({QStringLiteral("evaluate"), tmp.filePath(QStringLiteral("b")), QStringLiteral("--json"),
                  QStringLiteral("-")},
                 &b),
             0);
    QVERIFY(a.contains("\"products\""));
    QCOMPARE(a, b);
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
