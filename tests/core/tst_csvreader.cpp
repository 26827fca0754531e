#include "io/csvreader.h"
#include "io/stringpool.h"

#include <QTest>

using td::io::CsvReader;
using td::io::RawRow;

// The CSV tokenizer alone (and the string pool its cells are interned in): rows as
// "number:cell|cell" joined by " / ", errors as "!row:text".
class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenize_data();
    void tokenize();
    void utf8IsDecoded();
    void hugeCellAndManyRows();
    void poolSequencesGiveTheSameIds();
    void plainAndNonAsciiAtEveryOffset();
};

namespace {

QString render(const QByteArray &bytes)
{
    CsvReader reader(bytes);
    RawRow row;
    QStringList rows;
    while (reader.next(row)) {
        QStringList cells;
        for (QStringView c : row.cells)
            cells.append(c.toString());
        rows.append(QString::number(row.number) + u':' + cells.join(u'|'));
    }
    if (const auto *e = reader.error())
        rows.append(u'!' + QString::number(e->row) + u':' + e->message);
    return rows.join(QStringLiteral(" / "));
}

} // namespace

void TestCsvReader::tokenize_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // error rows: only the prefix up to ':' is compared

    QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << "1:a|b / 2:1|2";
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << "1:a|b / 2:1|2";
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << "1:a|b / 2:1|2";
    QTest::newRow("lone cr") << QByteArray("a,b\r1,2\r") << "1:a|b / 2:1|2";
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a,b\n1,2\n")
                         << "1:a|b / 2:1|2";
    QTest::newRow("empty cells") << QByteArray("a,b,c\n,2,\n") << "1:a|b|c / 2:|2|";
    QTest::newRow("quoted comma") << QByteArray("a\n\"x,y\"\n") << "1:a / 2:x,y";
    QTest::newRow("doubled quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << "1:a / 2:say \"hi\"";
    QTest::newRow("quote inside unquoted cell is text")
        << QByteArray("a\n=HYPERLINK(\"x\")\n") << "1:a / 2:=HYPERLINK(\"x\")";
    QTest::newRow("quoted empty") << QByteArray("a,b\n\"\",x\n") << "1:a|b / 2:|x";
    QTest::newRow("quoted line break is one row")
        << QByteArray("a,b\n\"line1\nline2\",x\ny,z\n") << "1:a|b / 2:line1\nline2|x / 3:y|z";
    QTest::newRow("quoted crlf kept") << QByteArray("a\n\"1\r\n2\"\n") << "1:a / 2:1\r\n2";
    QTest::newRow("blank line counted") << QByteArray("a\n1\n\n2\n") << "1:a / 2:1 / 4:2";
    QTest::newRow("separator-only line counted")
        << QByteArray("a,b\n1,2\n,,\n3,4\n") << "1:a|b / 2:1|2 / 4:3|4";
    QTest::newRow("crlf blank lines counted") << QByteArray("a\r\n\r\n\r\n1\r\n") << "1:a / 4:1";
    QTest::newRow("spaces kept") << QByteArray("a\n 1 \n") << "1:a / 2: 1 ";
    QTest::newRow("empty file") << QByteArray() << "";
    QTest::newRow("unterminated quote at its start row")
        << QByteArray("a,b\n1,2\n\"open,3\n4,5\n6,7\n") << "1:a|b / 2:1|2 / !3";
    QTest::newRow("text after closing quote") << QByteArray("a\n1\n\"x\"y\n") << "1:a / 2:1 / !3";
    QTest::newRow("invalid utf-8 (latin-1)")
        << QByteArray("a\nok\nSoci\xE9t\xE9\n") << "1:a / 2:ok / !3";
    QTest::newRow("invalid utf-8 (gbk)")
        << QByteArray("a\n\xB0\xA2\xCB\xBE\xC6\xA5\xC1\xD6\n") << "1:a / !2";
    QTest::newRow("overlong utf-8") << QByteArray("a\n\xC0\xAF\n") << "1:a / !2";
    QTest::newRow("utf-8 surrogate") << QByteArray("a\n\xED\xA0\x80\n") << "1:a / !2";
    QTest::newRow("truncated utf-8 at end") << QByteArray("a\n\xE4\xB8") << "1:a / !2";
    QTest::newRow("invalid utf-8 inside quoted line break counts from the row start")
        << QByteArray("a\n\"x\ny\xFF\"\n") << "1:a / !2";
    QTest::newRow("utf-16 le bom") << QByteArray("\xFF\xFE"
                                                 "a\0,\0b\0",
                                                 8)
                                   << "!1";
    QTest::newRow("utf-16 be bom") << QByteArray("\xFE\xFF\0a\0,\0b", 8) << "!1";
    QTest::newRow("utf-16 no bom") << QByteArray("a\0,\0b\0\n\0", 8) << "!1";
    QTest::newRow("nul byte") << QByteArray("a\nx\0y\n", 6) << "1:a / !2";
}

void TestCsvReader::tokenize()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    const QString actual = render(input);
    const qsizetype bang = expected.indexOf(u'!');
    if (bang < 0) {
        QCOMPARE(actual, expected);
    } else {
        // Rows before the error exactly; the error's row, whatever its wording.
        QVERIFY2(actual.startsWith(expected), qPrintable(actual));
        QVERIFY2(actual.mid(expected.size()).startsWith(u':'), qPrintable(actual));
    }
}

void TestCsvReader::utf8IsDecoded()
{
    const QByteArray input = QStringLiteral("name\n奥美拉唑,ສະບາຍດີ,สวัสดี,😀\n").toUtf8();
    QCOMPARE(render(input), QStringLiteral("1:name / 2:奥美拉唑|ສະບາຍດີ|สวัสดี|😀"));
    CsvReader reader(QByteArrayView("a\n\xE9\n"));
    RawRow row;
    QVERIFY(reader.next(row));
    QVERIFY(!reader.next(row));
    QVERIFY(reader.error());
    QVERIFY2(reader.error()->message.contains(QStringLiteral("UTF-8")),
             qPrintable(reader.error()->message));
}

void TestCsvReader::hugeCellAndManyRows()
{
    QByteArray input = "a,b\n\"" + QByteArray(1 << 20, 'x') + "\",1\n";
    for (int i = 0; i < 100000; ++i)
        input += "p,q\n";
    CsvReader reader(input);
    RawRow row;
    QVERIFY(reader.next(row));
    QVERIFY(reader.next(row));
    QCOMPARE(row.number, 2);
    QCOMPARE(row.cells[0].size(), qsizetype(1 << 20));
    int last = 0;
    while (reader.next(row))
        last = row.number;
    QCOMPARE(last, 100002);
    QVERIFY(!reader.error());
    QCOMPARE(reader.position(), reader.size());
}

void TestCsvReader::poolSequencesGiveTheSameIds()
{
    // Looking a value up through a column's sequence (previous value, then the one that
    // followed it last time) must give the id a plain lookup gives: for values in a recurring
    // order, repeated, broken off, changed between rounds and in random order.
    std::vector<QString> values;
    for (int round = 0; round < 6; ++round)
        for (int b = 0; b < 500; ++b)
            if (round < 3 || b % (round + 1) != 0) // later rounds skip some buyers
                values.push_back(QStringLiteral("B-%1").arg(round == 4 ? 499 - b : b));
    for (int i = 0; i < 2000; ++i)
        values.push_back(QStringLiteral("B-%1").arg((i * 7919) % 613)); // no order, some new
    values.push_back(values.back());                                    // the same value twice
    values.push_back(QStringLiteral("B-"));                             // a prefix of others
    values.push_back(QString());
    td::io::StringPool plain, sequenced;
    td::model::RecurringOrder sequence;
    for (const QString &v : values) {
        const int expected = plain.id(v);
        QCOMPARE(sequenced.id(v, sequence), expected);
        QCOMPARE(sequenced.string(expected), v);
    }
    QCOMPARE(sequenced.size(), plain.size());
}

void TestCsvReader::plainAndNonAsciiAtEveryOffset()
{
    // Unquoted cells are copied sixteen bytes at a time: a cell ending, a line end, a non-ASCII
    // character, a NUL or a byte that is not UTF-8 must be found at any offset in such a block,
    // and at the end of the file with no line end.
    for (int length = 0; length <= 40; ++length) {
        const QByteArray ascii(length, 'a');
        const QString asciiText(length, u'a');
        for (const char *lineEnd : {"\n", "\r\n", "\r", ""}) {
            const QByteArray file = ascii + ",b" + ascii + "," + ascii + lineEnd;
            const QString row = QStringLiteral("1:%1|b%1|%1").arg(asciiText);
            QCOMPARE(render(file), row);
        }
        for (int at = 0; at <= length; ++at) {
            QByteArray thai = ascii;
            thai.insert(at, "\xE0\xB8\x81"); // U+0E01 THAI CHARACTER KO KAI
            QString thaiText = asciiText;
            thaiText.insert(at, QChar(0x0E01));
            QCOMPARE(render(thai + ",z\n"), QStringLiteral("1:%1|z").arg(thaiText));
            QByteArray latin1 = ascii;
            latin1.insert(at, '\xE9'); // é in Latin-1: not UTF-8
            QVERIFY(render("x\n" + latin1 + ",z\n").contains(QLatin1String("!2:")));
            QByteArray nul = ascii;
            nul.insert(at, '\0');
            QVERIFY(render("x\n" + nul + ",z\n").contains(QLatin1String("NUL")));
        }
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
