#include "io/tenderdatadiff.h"
#include "io/workbookreader.h"
#include "io/workbookwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using td::io::ImportError;
using td::io::ImportResult;

// The bid workbook import end to end (formats.md §1): the shared cases, every location of
// invalid-mixed-errors, the spreadsheet and attacker inputs of the Foundation issue, and the
// CSV export round trip.
class TestWorkbook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharedCasesImport_data();
    void sharedCasesImport();
    void invalidMixedErrors();
    void badInput_data();
    void badInput();
    void formulaTextIsText();
    void progressAndCancel();
    void pathErrors_data();
    void pathErrors();
    void formatError();
    void roundTrip_data();
    void roundTrip();
};

namespace {

const QString BaseCase = QStringLiteral("b10-revival");

QString describe(const std::vector<ImportError> &errors)
{
    QStringList lines;
    for (const ImportError &e : errors)
        lines.append(td::io::formatImportError(e));
    return lines.join(u'\n');
}

QByteArray readCaseFile(const QString &name)
{
    QFile f(td::test::caseDir(BaseCase) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the shared case file");
    return f.readAll();
}

bool copyCase(const QString &from, const QString &to)
{
    const QDir source(from);
    for (const QString &name : source.entryList({QStringLiteral("*.csv")}, QDir::Files))
        if (!QFile::copy(source.filePath(name), to + u'/' + name))
            return false;
    return true;
}

// The base case's file with one cell replaced (files without quoted commas only).
QByteArray withCell(const QString &file, int row, const QByteArray &column, const QByteArray &value)
{
    QList<QByteArray> lines = readCaseFile(file).split('\n');
    const int index = int(lines[0].split(',').indexOf(column));
    Q_ASSERT(index >= 0);
    QList<QByteArray> cells = lines[row - 1].split(',');
    cells[index] = value;
    lines[row - 1] = cells.join(',');
    return lines.join('\n');
}

QByteArray toUtf16(const QByteArray &utf8, bool bom)
{
    const QString text = QString::fromUtf8(utf8);
    QByteArray out = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    out.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return out;
}

// demand.csv of `rows` data rows (unique buyers) with a bad quantity at spreadsheet row `badRow`.
QByteArray bigDemand(int rows, int badRow)
{
    QByteArray out = "product_id,buyer_id,country,region,currency,quantity\n";
    out.reserve(rows * 40);
    for (int r = 2; r < rows + 2; ++r) {
        out += "AML5,B" + QByteArray::number(r) + ",CN,CN-45,CNY,";
        out += r == badRow ? QByteArray("\"1,000\"") : QByteArray::number(r % 1000 + 1);
        out += '\n';
    }
    return out;
}

} // namespace

void TestWorkbook::sharedCasesImport_data()
{
    QTest::addColumn<QString>("dir");
    const QDir cases(td::test::sharedDir() + QStringLiteral("/cases"));
    const QStringList names = cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(names.size() > 5);
    for (const QString &name : names)
        if (!name.startsWith(QStringLiteral("invalid-")))
            QTest::newRow(qPrintable(name)) << cases.filePath(name);
}

void TestWorkbook::sharedCasesImport()
{
    QFETCH(QString, dir);
    const ImportResult result = td::io::readWorkbook(dir);
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QVERIFY(!result.data->tender.id.isEmpty());
    QVERIFY(!result.data->products.empty());
    QVERIFY(!result.data->bids.empty());
}

void TestWorkbook::invalidMixedErrors()
{
    const QString dir = td::test::caseDir(QStringLiteral("invalid-mixed-errors"));
    QFile expectedFile(dir + QStringLiteral("/expected-error.txt"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly | QIODevice::Text));
    const ImportResult result = td::io::readWorkbook(dir);
    QVERIFY(!result.data);
    int expected = 0;
    const QStringList lines = QString::fromUtf8(expectedFile.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        QCOMPARE(parts.size(), 4);
        ++expected;
        const bool found =
            std::any_of(result.errors.begin(), result.errors.end(), [&](const ImportError &e) {
                return e.file == parts[0] && e.row == parts[1].toInt() && e.column == parts[2];
            });
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("missing %1\ngot:\n%2").arg(line, describe(result.errors))));
    }
    QCOMPARE(expected, 9);
}

void TestWorkbook::badInput_data()
{
    QTest::addColumn<QString>("file");       // the file to replace in a copy of b10-revival
    QTest::addColumn<QByteArray>("content"); // its new content; null = delete the file
    QTest::addColumn<QString>("errorFile");
    QTest::addColumn<int>("errorRow");
    QTest::addColumn<QString>("errorColumn");
    QTest::addColumn<QString>("message"); // a part of the message, case-insensitive

    const QString bidders = QStringLiteral("bidders.csv");
    const QString bids = QStringLiteral("bids.csv");
    const QString demand = QStringLiteral("demand.csv");
    const QString fx = QStringLiteral("fx.csv");
    const QString products = QStringLiteral("products.csv");
    const QString tender = QStringLiteral("tender.csv");
    const QByteArray tenderHeader = "tender_id,title,currency,rule_set,parameters\n";

    // Encodings.
    QTest::newRow("gbk name") << bidders
                              << withCell(bidders, 3, "name", "\xC4\xCF\xC4\xFE\xD2\xA9\xD2\xB5")
                              << bidders << 3 << QString() << "UTF-8";
    QTest::newRow("latin-1 name") << bidders << withCell(bidders, 2, "name", "Soci\xE9t\xE9 Pharma")
                                  << bidders << 2 << QString() << "UTF-8";
    QTest::newRow("utf-16 with bom")
        << bids << toUtf16(readCaseFile(bids), true) << bids << 1 << QString() << "UTF-16";
    QTest::newRow("utf-16 without bom")
        << bids << toUtf16(readCaseFile(bids), false) << bids << 1 << QString() << "UTF-16";
    // Spreadsheet habits.
    QByteArray semicolon = readCaseFile(bids);
    semicolon.replace(',', ';');
    semicolon.replace("1.40", "1,40");
    QTest::newRow("semicolon separated")
        << bids << semicolon << bids << 1 << QString::fromUtf8(semicolon.left(60).split('\n')[0])
        << "';'-separated";
    QTest::newRow("TRUE boolean") << bidders << withCell(bidders, 2, "gmp", "TRUE") << bidders << 2
                                  << "gmp"
                                  << "'TRUE' is not yes/no";
    QTest::newRow("exponent") << demand << withCell(demand, 2, "quantity", "1E+07") << demand << 2
                              << "quantity"
                              << "exponent";
    QTest::newRow("decimal comma")
        << bids << withCell(bids, 3, "pack_price", "\"13,44\"") << bids << 3 << "pack_price"
        << "thousands separators";
    QTest::newRow("us date") << fx << withCell(fx, 3, "date", "11/1/2026") << fx << 3 << "date"
                             << "ISO";
    QTest::newRow("timestamp without T")
        << bids << withCell(bids, 4, "submitted_at", "2026-10-20 10:00") << bids << 4
        << "submitted_at"
        << "ISO 8601";
    QTest::newRow("40-digit price")
        << bids << withCell(bids, 2, "pack_price", "1234567890123456789012345678901234567890")
        << bids << 2 << "pack_price"
        << "at most 20 digits";
    QTest::newRow("13 decimals") << bids << withCell(bids, 2, "pack_price", "1.1234567890123")
                                 << bids << 2 << "pack_price"
                                 << "12 after";
    QTest::newRow("1 MiB cell") << bidders << withCell(bidders, 2, "name", QByteArray(1 << 20, 'x'))
                                << bidders << 2 << "name"
                                << "10,000";
    QTest::newRow("unterminated quote")
        << bidders << withCell(bidders, 4, "name", "\"Guiyang Qianling") << bidders << 4
        << QString() << "closing quote";
    QTest::newRow("text after closing quote")
        << bidders << withCell(bidders, 3, "name", "\"Kunming\" Dianchi") << bidders << 3
        << QString() << "quote";
    QTest::newRow("nul bytes") << bidders << withCell(bidders, 5, "name", QByteArray("a\0b", 3))
                               << bidders << 5 << QString() << "NUL";
    QTest::newRow("bad row near the end of 200000")
        << demand << bigDemand(200000, 199999) << demand << 199999 << "quantity"
        << "thousands separators";
    // Row numbering: quoted line breaks stay in their row, blank lines are counted.
    {
        QByteArray content = withCell(bidders, 2, "name", "\"Nanning\nLijiang\"");
        content = content.replace("BB,Kunming Dianchi Pharma Ltd.,CN,yes",
                                  "BB,Kunming Dianchi Pharma Ltd.,CN,maybe");
        QTest::newRow("quoted line break keeps numbering")
            << bidders << content << bidders << 3 << "gmp"
            << "yes/no";
    }
    {
        QByteArray content = withCell(bidders, 3, "gmp", "maybe");
        content.replace("\nBB,", "\n\n,,,,,\nBB,");
        QTest::newRow("blank lines are counted") << bidders << content << bidders << 5 << "gmp"
                                                 << "yes/no";
    }
    // Columns.
    QTest::newRow("unknown column")
        << fx << QByteArray("currency,rate,date,note\nCNY,1,2026-11-01,x\n") << fx << 1 << "note"
        << "unknown column";
    QTest::newRow("missing column")
        << fx << QByteArray("currency,date\nCNY,2026-11-01\n") << fx << 1 << "rate"
        << "missing column";
    QTest::newRow("repeated column")
        << fx << QByteArray("currency,rate,rate,date\nCNY,1,1,2026-11-01\n") << fx << 1 << "rate"
        << "repeated";
    QTest::newRow("case-sensitive column")
        << fx << QByteArray("Currency,rate,date\nCNY,1,2026-11-01\n") << fx << 1 << "Currency"
        << "unknown column";
    QTest::newRow("value under unnamed header")
        << fx << QByteArray("currency,rate,date,\nCNY,1,2026-11-01,oops\n") << fx << 2 << "D"
        << "without a name";
    QTest::newRow("value beyond the header")
        << fx << QByteArray("currency,rate,date\nCNY,1,2026-11-01,,x\n") << fx << 2 << "E"
        << "without a name";
    QTest::newRow("empty table") << fx << QByteArray("") << fx << 1 << QString() << "empty";
    QTest::newRow("missing file") << fx << QByteArray() << fx << 0 << QString() << "missing";
    // Values and references.
    QTest::newRow("enumeration is case-sensitive")
        << tender << tenderHeader + "T,Title,CNY,VBP-B10,\n"
        << tender << 2 << "rule_set"
        << "rule set";
    QTest::newRow("bad parameter") << tender << tenderHeader + "T,Title,CNY,vbp-b10,awardees=many\n"
                                   << tender << 2 << "parameters" << QString();
    QTest::newRow("unknown parameter")
        << tender << tenderHeader + "T,Title,CNY,vbp-b10,colour=red\n"
        << tender << 2 << "parameters" << QString();
    QTest::newRow("two tender rows")
        << tender << tenderHeader + "T,Title,CNY,vbp-b10,\nT2,Other,CNY,vbp-b10,\n"
        << tender << 3 << QString() << "exactly one row";
    QTest::newRow("no tender row")
        << tender << tenderHeader << tender << 2 << QString() << "missing";
    QTest::newRow("lower-case currency") << tender << tenderHeader + "T,Title,cny,vbp-b10,\n"
                                         << tender << 2 << "currency"
                                         << "3 capital";
    QTest::newRow("country name") << bidders << withCell(bidders, 2, "country", "China") << bidders
                                  << 2 << "country"
                                  << "2 capital";
    QTest::newRow("registered_in with a space")
        << bidders << withCell(bidders, 2, "registered_in", "CN; LA") << bidders << 2
        << "registered_in"
        << "' LA'";
    QTest::newRow("bad quality") << bidders << withCell(bidders, 2, "quality", "WHO") << bidders
                                 << 2 << "quality"
                                 << "quality code";
    QTest::newRow("duplicate bidder")
        << bidders << withCell(bidders, 4, "bidder_id", "BA") << bidders << 4 << "bidder_id"
        << "row 2 has the first";
    QTest::newRow("zero pack price")
        << bids << withCell(bids, 2, "pack_price", "0") << bids << 2 << "pack_price"
        << "greater than 0";
    QTest::newRow("negative capacity")
        << bids << withCell(bids, 2, "capacity", "-1") << bids << 2 << "capacity"
        << "negative";
    QTest::newRow("fractional lead time")
        << bids << withCell(bids, 2, "lead_time_days", "30.5") << bids << 2 << "lead_time_days"
        << "whole number";
    QTest::newRow("empty required value")
        << bids << withCell(bids, 3, "shelf_life_months", "") << bids << 3 << "shelf_life_months"
        << "missing";
    QTest::newRow("unknown bidder")
        << bids << withCell(bids, 2, "bidder_id", "ZZ") << bids << 2 << "bidder_id"
        << "unknown";
    QTest::newRow("unknown product")
        << demand << withCell(demand, 3, "product_id", "NOPE") << demand << 3 << "product_id"
        << "unknown";
    QTest::newRow("unconvertible unit")
        << bids << withCell(bids, 2, "strength_unit", "ml") << bids << 2 << "strength_unit"
        << "convertible";
    QTest::newRow("currency without rate")
        << bids << withCell(bids, 2, "currency", "EUR") << bids << 2 << "currency"
        << "exchange rate";
    QTest::newRow("tender currency rate not 1")
        << fx << withCell(fx, 2, "rate", "1.1") << fx << 2 << "rate"
        << "rate is 1";
    QTest::newRow("same currency and date twice")
        << fx << readCaseFile(fx) + "LAK,2951,2026-11-01\n"
        << fx << 10 << "date"
        << "twice";
    QTest::newRow("max_unit_price decimals")
        << products << withCell(products, 2, "max_unit_price", "2.00001") << products << 2
        << "max_unit_price"
        << "price_decimals";
    QTest::newRow("bad atc") << products << withCell(products, 2, "atc", "C08CA1") << products << 2
                             << "atc"
                             << "ATC";
    QTest::newRow("region in two countries")
        << demand << withCell(demand, 3, "region", "CN-45") + "AML5,LA-MOH,LA,CN-45,CNY,1\n"
        << demand << 5 << "region"
        << "one country";
    QTest::newRow("duplicate demand key")
        << demand << readCaseFile(demand) + "AML5,GX-HSA,CN,CN-45,CNY,1\n"
        << demand << 5 << "buyer_id"
        << "twice";
}

void TestWorkbook::badInput()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, errorFile);
    QFETCH(int, errorRow);
    QFETCH(QString, errorColumn);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyCase(td::test::caseDir(BaseCase), dir.path()));
    const QString path = dir.filePath(file);
    QFile::remove(path);
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const ImportResult result = td::io::readWorkbook(dir.path());
    QVERIFY2(!result.data, "the import must be all or nothing");
    const bool found =
        std::any_of(result.errors.begin(), result.errors.end(), [&](const ImportError &e) {
            return e.file == errorFile && e.row == errorRow && e.column == errorColumn &&
                   e.message.contains(message, Qt::CaseInsensitive);
        });
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1, row %2, column %3: …%4…\ngot:\n%5")
                                   .arg(errorFile)
                                   .arg(errorRow)
                                   .arg(errorColumn, message, describe(result.errors).left(2000))));
    // Every message stays short, even for a 1 MiB cell.
    for (const ImportError &e : result.errors)
        QVERIFY2(e.message.size() < 400 && e.column.size() < 100, qPrintable(e.message.left(400)));
}

void TestWorkbook::formulaTextIsText()
{
    QTemporaryDir dir;
    QVERIFY(copyCase(td::test::caseDir(BaseCase), dir.path()));
    QFile f(dir.filePath(QStringLiteral("bidders.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(withCell(QStringLiteral("bidders.csv"), 2, "name", "\"=HYPERLINK(\"\"http://x\"\")\""));
    f.write(""); // keep the rest
    f.close();
    QFile g(dir.filePath(QStringLiteral("products.csv")));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(withCell(QStringLiteral("products.csv"), 2, "inn", "=1+1"));
    g.close();
    const ImportResult result = td::io::readWorkbook(dir.path());
    QVERIFY2(result.ok(), qPrintable(describe(result.errors)));
    QCOMPARE(result.data->bidders[0].name, QStringLiteral("=HYPERLINK(\"http://x\")"));
    QCOMPARE(result.data->products[0].inn, QStringLiteral("=1+1"));
}

void TestWorkbook::progressAndCancel()
{
    QTemporaryDir dir;
    QVERIFY(copyCase(td::test::caseDir(BaseCase), dir.path()));
    QFile f(dir.filePath(QStringLiteral("demand.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bigDemand(200000, 0));
    f.close();
    int calls = 0;
    qint64 lastDone = -1;
    qint64 total = 0;
    const ImportResult ok = td::io::readWorkbook(dir.path(), [&](qint64 done, qint64 t) {
        ++calls;
        lastDone = done;
        total = t;
        return true;
    });
    QVERIFY2(ok.ok(), qPrintable(describe(ok.errors)));
    QCOMPARE(ok.data->demand.size(), size_t(200000));
    QVERIFY2(calls >= 200000 / 65536, qPrintable(QString::number(calls)));
    QCOMPARE(lastDone, total);
    // Interned: every demand row shares the country and currency text.
    QCOMPARE(ok.data->demand[0].country.constData(), ok.data->demand[199999].country.constData());
    QCOMPARE(ok.data->demand[0].productId.constData(), ok.data->products[0].id.constData());

    const ImportResult cancelled =
        td::io::readWorkbook(dir.path(), [](qint64, qint64) { return false; });
    QVERIFY(!cancelled.data);
    QCOMPARE(cancelled.errors.size(), size_t(1));
    QCOMPARE(cancelled.errors[0].message, QStringLiteral("import cancelled"));
}

void TestWorkbook::pathErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QByteArray() << "xlsx"
                             << "no such file";
    QTest::newRow("one csv file") << QByteArray("a,b\n") << "csv"
                                  << "folder";
    QTest::newRow("old xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << "xls"
                             << ".xls";
    QTest::newRow("text named xlsx") << QByteArray("hello") << "xlsx"
                                     << "zip";
}

void TestWorkbook::pathErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, suffix);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workbook.") + suffix);
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const ImportResult result = td::io::readWorkbook(path);
    QVERIFY(!result.data);
    QCOMPARE(result.errors.size(), size_t(1));
    QVERIFY2(result.errors[0].message.contains(message), qPrintable(result.errors[0].message));
}

void TestWorkbook::formatError()
{
    QCOMPARE(td::io::formatImportError({QStringLiteral("bids.csv"), 2, QStringLiteral("pack_price"),
                                        QStringLiteral("'1,20' is not a decimal")}),
             QStringLiteral("bids.csv, row 2, column pack_price: '1,20' is not a decimal"));
    QCOMPARE(td::io::formatImportError(
                 {QStringLiteral("fx.csv"), 0, QString(), QStringLiteral("missing")}),
             QStringLiteral("fx.csv: missing"));
    QCOMPARE(
        td::io::formatImportError({QString(), 0, QString(), QStringLiteral("import cancelled")}),
        QStringLiteral("import cancelled"));
}

void TestWorkbook::roundTrip_data()
{
    sharedCasesImport_data();
}

void TestWorkbook::roundTrip()
{
    QFETCH(QString, dir);
    const ImportResult first = td::io::readWorkbook(dir);
    QVERIFY2(first.ok(), qPrintable(describe(first.errors)));
    QTemporaryDir out;
    QString error;
    QVERIFY2(td::io::writeCsvWorkbook(*first.data, out.path(), &error), qPrintable(error));
    const ImportResult second = td::io::readWorkbook(out.path());
    QVERIFY2(second.ok(), qPrintable(describe(second.errors)));
    const QString difference = td::io::tenderDataDifference(*first.data, *second.data);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
