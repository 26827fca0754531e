#include "io/spreadsheetnumber.h"
#include "io/tenderdatadiff.h"
#include "io/workbookreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using td::io::ImportError;
using td::io::ImportResult;

// The .xlsx side of the import: fixtures saved by LibreOffice (tests/fixtures/make-xlsx.py)
// import to the same TenderData as their CSV cases; number and date cells; damaged files.
class TestXlsxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtureMatchesCsv_data();
    void fixtureMatchesCsv();
    void invalidFixture();
    void spreadsheetHabits();
    void numberText_data();
    void numberText();
    void serialDate_data();
    void serialDate();
    void formatCodes_data();
    void formatCodes();
    void damagedFiles_data();
    void damagedFiles();
};

namespace {

QString fixture(const QString &name)
{
    return td::test::sourceDir() + QStringLiteral("/tests/fixtures/xlsx/") + name;
}

QString describe(const std::vector<ImportError> &errors)
{
    QStringList lines;
    for (const ImportError &e : errors)
        lines.append(td::io::formatImportError(e));
    return lines.join(u'\n');
}

bool hasError(const ImportResult &r, const QString &file, int row, const QString &column,
              const QString &message = {})
{
    return std::any_of(r.errors.begin(), r.errors.end(), [&](const ImportError &e) {
        return e.file == file && e.row == row && e.column == column && e.message.contains(message);
    });
}

} // namespace

void TestXlsxReader::fixtureMatchesCsv_data()
{
    QTest::addColumn<QString>("xlsx");
    QTest::addColumn<QString>("csvDir");
    const QDir dir(td::test::sourceDir() + QStringLiteral("/tests/fixtures/xlsx"));
    const QStringList files = dir.entryList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 4);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        if (QDir(td::test::caseDir(name)).exists() && !name.startsWith(QStringLiteral("invalid-")))
            QTest::newRow(qPrintable(name)) << dir.filePath(file) << td::test::caseDir(name);
    }
}

void TestXlsxReader::fixtureMatchesCsv()
{
    QFETCH(QString, xlsx);
    QFETCH(QString, csvDir);
    const ImportResult fromXlsx = td::io::readWorkbook(xlsx);
    QVERIFY2(fromXlsx.ok(), qPrintable(describe(fromXlsx.errors)));
    const ImportResult fromCsv = td::io::readWorkbook(csvDir);
    QVERIFY2(fromCsv.ok(), qPrintable(describe(fromCsv.errors)));
    // A spreadsheet keeps numbers, not their text: 1.50 comes back as 1.5.
    const QString difference = td::io::tenderDataDifference(*fromCsv.data, *fromXlsx.data,
                                                            td::io::DecimalComparison::Value);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestXlsxReader::invalidFixture()
{
    // The errors of expected-error.txt, with sheet names instead of file names.
    const ImportResult r =
        td::io::readWorkbook(fixture(QStringLiteral("invalid-mixed-errors.xlsx")));
    QVERIFY(!r.data);
    QFile expected(td::test::caseDir(QStringLiteral("invalid-mixed-errors")) +
                   QStringLiteral("/expected-error.txt"));
    QVERIFY(expected.open(QIODevice::ReadOnly | QIODevice::Text));
    int count = 0;
    for (const QString &line : QString::fromUtf8(expected.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        ++count;
        QVERIFY2(hasError(r, parts[0].chopped(4), parts[1].toInt(), parts[2]),
                 qPrintable(QStringLiteral("missing %1\ngot:\n%2").arg(line, describe(r.errors))));
    }
    QCOMPARE(count, 9);
}

void TestXlsxReader::spreadsheetHabits()
{
    // gmp typed TRUE is a boolean cell; 1E+07 and 11/1/2026 become numbers the reader turns
    // back into 10000000 and 2026-11-01.
    const ImportResult r = td::io::readWorkbook(fixture(QStringLiteral("spreadsheet-habits.xlsx")));
    QVERIFY(!r.data);
    QVERIFY2(hasError(r, QStringLiteral("bidders"), 2, QStringLiteral("gmp"),
                      QStringLiteral("'TRUE' is not yes/no")),
             qPrintable(describe(r.errors)));
    QCOMPARE(r.errors.size(), size_t(1));
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("text");
    QTest::newRow("short") << "1.2"
                           << "1.2";
    QTest::newRow("binary noise") << "0.30000000000000004"
                                  << "0.3";
    QTest::newRow("price") << "1.1999999999999999556"
                           << "1.2";
    QTest::newRow("integer") << "10000000"
                             << "10000000";
    QTest::newRow("exponent") << "1E+07"
                              << "10000000";
    QTest::newRow("small exponent") << "1E-4"
                                    << "0.0001";
    QTest::newRow("negative") << "-2.5"
                              << "-2.5";
    QTest::newRow("zero") << "0"
                          << "0";
    QTest::newRow("15 digits kept") << "123456789012345"
                                    << "123456789012345";
    QTest::newRow("beyond 15 digits") << "123456789012345678"
                                      << "123456789012346000";
    QTest::newRow("many decimals") << "0.123456789012345678"
                                   << "0.123456789012346";
    QTest::newRow("not a number") << "abc"
                                  << "abc";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("infinity") << "inf"
                              << "inf";
}

void TestXlsxReader::numberText()
{
    QFETCH(QString, xml);
    QFETCH(QString, text);
    QCOMPARE(td::io::spreadsheet::numberText(xml), text);
}

void TestXlsxReader::serialDate_data()
{
    QTest::addColumn<QString>("serial");
    QTest::addColumn<bool>("time");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("text");
    QTest::newRow("2026-11-01") << "46327" << false << false << "2026-11-01";
    QTest::newRow("with time") << "46327.375" << true << false << "2026-11-01T09:00:00";
    QTest::newRow("1900-01-01") << "1" << false << false << "1900-01-01";
    QTest::newRow("1900-03-01") << "61" << false << false << "1900-03-01";
    QTest::newRow("phantom 1900-02-29") << "60" << false << false << "60";
    QTest::newRow("1904 system") << "44865" << false << true << "2026-11-01";
    QTest::newRow("negative") << "-1" << false << false << "-1";
}

void TestXlsxReader::serialDate()
{
    QFETCH(QString, serial);
    QFETCH(bool, time);
    QFETCH(bool, date1904);
    QFETCH(QString, text);
    QCOMPARE(td::io::spreadsheet::serialDateText(serial, {true, time, false}, date1904), text);
}

void TestXlsxReader::formatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("date");
    QTest::addColumn<bool>("time");
    QTest::addColumn<bool>("boolean");
    QTest::newRow("iso date") << "yyyy\\-mm\\-dd" << true << false << false;
    QTest::newRow("us date") << "mm/dd/yy" << true << false << false;
    QTest::newRow("locale prefix") << "[$-409]d-mmm-yy;@" << true << false << false;
    QTest::newRow("date time") << "yyyy-mm-dd hh:mm:ss" << true << true << false;
    QTest::newRow("time") << "hh:mm" << false << true << false;
    QTest::newRow("number") << "0.00" << false << false << false;
    QTest::newRow("general") << "General" << false << false << false;
    QTest::newRow("quoted letters") << "0\" days\"" << false << false << false;
    QTest::newRow("colour") << "[Red]0.00" << false << false << false;
    QTest::newRow("libreoffice boolean") << "\"TRUE\";\"TRUE\";\"FALSE\"" << false << false << true;
}

void TestXlsxReader::formatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, date);
    QFETCH(bool, time);
    QFETCH(bool, boolean);
    const auto style = td::io::spreadsheet::formatCodeDateStyle(code);
    QCOMPARE(style.date, date);
    QCOMPARE(style.time, time);
    QCOMPARE(style.boolean, boolean);
}

void TestXlsxReader::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QFile f(fixture(QStringLiteral("b10-revival.xlsx")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();
    QTest::newRow("not a zip") << QByteArray("tender_id,title\nT,x\n");
    QTest::newRow("zip signature only") << QByteArray("PK\x03\x04garbage", 11);
    QTest::newRow("truncated to half") << good.left(good.size() / 2);
    QTest::newRow("truncated by one byte") << good.chopped(1);
    QTest::newRow("empty") << QByteArray("");
    for (int part = 1; part < 8; ++part) {
        QByteArray damaged = good;
        const qsizetype at = damaged.size() * part / 8;
        for (qsizetype i = at; i < at + 64 && i < damaged.size(); ++i)
            damaged[i] = char(damaged[i] ^ 0x5A);
        QTest::newRow(qPrintable(QStringLiteral("bytes flipped at %1/8").arg(part))) << damaged;
    }
}

void TestXlsxReader::damagedFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.xlsx"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const ImportResult r = td::io::readWorkbook(path);
    // Some damage may hit bytes no reader looks at; otherwise it must be an error, never a crash.
    if (!r.ok())
        QVERIFY(!r.errors.empty() && !r.data);
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
