#include "io/tenderdatadiff.h"
#include "io/workbookreader.h"
#include "storage/canonicalrow.h"
#include "storage/demandhasher.h"
#include "storage/dossier.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using td::storage::Dossier;
using td::storage::OpenError;
using Mode = td::storage::Dossier::Mode;

Q_DECLARE_METATYPE(td::storage::OpenError::Kind)
Q_DECLARE_METATYPE(td::storage::Dossier::Mode)
Q_DECLARE_METATYPE(td::storage::Dossier::Table)

// The SQLite dossier: create/open/reopen, every shared case stored and loaded back exactly,
// refusal of foreign, damaged and newer files without touching them, the writer lock, runs,
// audited edits, the hash chain against changes made with the sqlite3 shell, migrations.
class TestDossier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createOpenReopen();
    void roundTrip_data();
    void roundTrip();
    void replaceIsAudited();
    void openErrors_data();
    void openErrors();
    void lockRefusesSecondWriter();
    void readOnlyRefusesWrites();
    void runsRoundTrip();
    void updateField_data();
    void updateField();
    void verifyDetectsTampering_data();
    void verifyDetectsTampering();
    void migrationFromV0();
    void migrationFromV1();
    void migrationFromV2();
    void storedDecimals_data();
    void storedDecimals();
    void demandHasherMatchesTheRowEncoding();

private:
    QTemporaryDir m_dir;
    QString m_sqlite3;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("d%1.tender").arg(++m_counter)); }
    std::unique_ptr<Dossier> createWithCase(const QString &path, const QString &caseName);
};

namespace {

td::model::TenderData readCase(const QString &name)
{
    td::io::ImportResult result = td::io::readWorkbook(td::test::caseDir(name));
    if (!result.ok())
        qFatal("shared case %s does not import", qPrintable(name));
    return std::move(*result.data);
}

QStringList validCases()
{
    QStringList names;
    const QDir cases(td::test::sharedDir() + QStringLiteral("/cases"));
    for (const QString &name : cases.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (!name.startsWith(QLatin1String("invalid-")))
            names << name;
    return names;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Siblings a careless open would leave (SQLite journal files, our lock).
QStringList siblings(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal", ".lock"})
        if (QFile::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    return found;
}

} // namespace

void TestDossier::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    qputenv("USER", "tester");
}

std::unique_ptr<Dossier> TestDossier::createWithCase(const QString &path, const QString &caseName)
{
    OpenError error;
    auto dossier = Dossier::open(path, Mode::CreateIfMissing, &error);
    if (!dossier)
        return nullptr;
    QString message;
    if (!dossier->replaceTenderData(readCase(caseName), caseName, &message))
        return nullptr;
    return dossier;
}

void TestDossier::createOpenReopen()
{
    const QString path = newPath();
    OpenError error;
    {
        auto dossier = Dossier::open(path, Mode::CreateIfMissing, &error);
        QVERIFY2(dossier, qPrintable(error.message));
        QCOMPARE(error.kind, OpenError::None);
        QCOMPARE(dossier->path(), path);
        QVERIFY(!dossier->isReadOnly());
        QVERIFY(!dossier->hasTenderData());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        const auto log = dossier->auditLog();
        QCOMPARE(log.size(), size_t(1));
        QCOMPARE(log[0].action, QStringLiteral("create"));
        QCOMPARE(log[0].user, QStringLiteral("tester"));
        QCOMPARE(log[0].hash.size(), 64);
        QVERIFY(dossier->verify().ok);
        QString message;
        QVERIFY(!dossier->loadTenderData(&message));
        QVERIFY(!message.isEmpty());
    }
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    {
        auto dossier = Dossier::open(path, Mode::ReadWrite, &error);
        QVERIFY2(dossier, qPrintable(error.message));
        QCOMPARE(dossier->auditLog().size(), size_t(1)); // reopening writes nothing
    }
    {
        auto dossier = Dossier::open(path, Mode::ReadOnly, &error);
        QVERIFY2(dossier, qPrintable(error.message));
        QVERIFY(dossier->isReadOnly());
        QVERIFY(dossier->verify().ok);
    }
}

void TestDossier::roundTrip_data()
{
    QTest::addColumn<QString>("caseName");
    for (const QString &name : validCases())
        QTest::newRow(qPrintable(name)) << name;
}

void TestDossier::roundTrip()
{
    QFETCH(QString, caseName);
    const td::model::TenderData data = readCase(caseName);
    const QString path = newPath();
    {
        OpenError error;
        auto dossier = Dossier::open(path, Mode::CreateIfMissing, &error);
        QVERIFY2(dossier, qPrintable(error.message));
        QString message;
        QVERIFY2(dossier->replaceTenderData(data, caseName, &message), qPrintable(message));
        QVERIFY(dossier->hasTenderData());
        const auto loaded = dossier->loadTenderData(&message);
        QVERIFY2(loaded, qPrintable(message));
        QCOMPARE(td::io::tenderDataDifference(data, *loaded), QString());
        QCOMPARE(dossier->inputDigest(), Dossier::inputDigestOf(data));
        QCOMPARE(dossier->inputDigest().size(), 64);
    }
    OpenError error;
    auto dossier = Dossier::open(path, Mode::ReadOnly, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    QString message;
    const auto loaded = dossier->loadTenderData(&message);
    QVERIFY2(loaded, qPrintable(message));
    QCOMPARE(td::io::tenderDataDifference(data, *loaded), QString());
    QCOMPARE(dossier->inputDigest(), Dossier::inputDigestOf(data));
    const auto report = dossier->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    const auto summary = dossier->summary(&message);
    QVERIFY(summary);
    QCOMPARE(summary->tenderId, data.tender.id);
    QCOMPARE(summary->demandRows, qint64(data.demand.size()));
    QCOMPARE(summary->bids, qint64(data.bids.size()));
}

void TestDossier::replaceIsAudited()
{
    const QString path = newPath();
    auto dossier = createWithCase(path, QStringLiteral("b10-revival"));
    QVERIFY(dossier);
    const QString first = dossier->inputDigest();
    QString message;
    const auto other = readCase(QStringLiteral("multi-currency-fx"));
    QVERIFY2(dossier->replaceTenderData(other, QStringLiteral("/somewhere/multi"), &message),
             qPrintable(message));
    const auto log = dossier->auditLog();
    QCOMPARE(log.size(), size_t(3));
    QCOMPARE(log[1].action, QStringLiteral("import"));
    QCOMPARE(log[2].action, QStringLiteral("import"));
    QVERIFY(log[2].detail.contains(QStringLiteral("/somewhere/multi")));
    QVERIFY(dossier->inputDigest() != first);
    QCOMPARE(td::io::tenderDataDifference(other, *dossier->loadTenderData(&message)), QString());
    QVERIFY(dossier->verify().ok);

    // A failing import (a bid pointing at an unknown bidder breaks a foreign key) changes nothing.
    auto broken = other;
    broken.bids.front().bidderId = QStringLiteral("no-such-bidder");
    QVERIFY(!dossier->replaceTenderData(broken, QStringLiteral("broken"), &message));
    QVERIFY(!message.isEmpty());
    QCOMPARE(dossier->auditLog().size(), size_t(3));
    QCOMPARE(td::io::tenderDataDifference(other, *dossier->loadTenderData(&message)), QString());
    QVERIFY(dossier->verify().ok);
}

void TestDossier::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Dossier::Mode>("mode");
    QTest::addColumn<OpenError::Kind>("expected");
    // Every kind of file is tried in each mode: none may be changed or gain siblings.
    const std::pair<const char *, OpenError::Kind> kinds[] = {
        {"text-file", OpenError::NotADossier},      {"png", OpenError::NotADossier},
        {"foreign-sqlite", OpenError::NotADossier}, {"truncated", OpenError::Damaged},
        {"truncated-header", OpenError::Damaged},   {"newer-schema", OpenError::NewerSchema},
        {"directory", OpenError::NotADossier},
    };
    const std::pair<const char *, Mode> modes[] = {
        {"rw", Mode::ReadWrite}, {"ro", Mode::ReadOnly}, {"create", Mode::CreateIfMissing}};
    for (const auto &[kind, expected] : kinds)
        for (const auto &[modeName, mode] : modes)
            QTest::addRow("%s-%s", kind, modeName) << QString::fromLatin1(kind) << mode << expected;
    QTest::newRow("missing-rw") << QStringLiteral("missing") << Mode::ReadWrite
                                << OpenError::NotFound;
    QTest::newRow("missing-ro") << QStringLiteral("missing") << Mode::ReadOnly
                                << OpenError::NotFound;
    QTest::newRow("empty-rw") << QStringLiteral("empty") << Mode::ReadWrite
                              << OpenError::NotADossier;
    QTest::newRow("empty-ro") << QStringLiteral("empty") << Mode::ReadOnly
                              << OpenError::NotADossier;
}

void TestDossier::openErrors()
{
    QFETCH(QString, kind);
    QFETCH(Dossier::Mode, mode);
    QFETCH(OpenError::Kind, expected);
    const QString path = newPath();
    if (kind == u"text-file") {
        writeFile(path, "tender_id,title\nT1,Not a dossier\n");
    } else if (kind == u"png") {
        writeFile(path, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(200, '\x42'));
    } else if (kind == u"foreign-sqlite") {
        if (m_sqlite3.isEmpty())
            QSKIP("the sqlite3 shell is not installed");
        QCOMPARE(QProcess::execute(m_sqlite3,
                                   {path, QStringLiteral("CREATE TABLE notes(x TEXT); "
                                                         "INSERT INTO notes VALUES ('hi');")}),
                 0);
    } else if (kind == u"truncated" || kind == u"truncated-header" || kind == u"newer-schema") {
        {
            auto dossier = createWithCase(path, QStringLiteral("b9-three-rules"));
            QVERIFY(dossier);
        }
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 8192);
        if (kind == u"truncated")
            bytes.truncate(bytes.size() / 2 + 100);
        else if (kind == u"truncated-header")
            bytes.truncate(60);
        else
            bytes[63] = 99; // user_version (big endian at offset 60) = 99
        writeFile(path, bytes);
    } else if (kind == u"directory") {
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"empty") {
        writeFile(path, QByteArray());
    }
    const QByteArray before = fileBytes(path);
    const bool existed = QFileInfo::exists(path);

    OpenError error;
    auto dossier = Dossier::open(path, mode, &error);
    QVERIFY(!dossier);
    QCOMPARE(error.kind, expected);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(error.message.contains(QDir::toNativeSeparators(path)), qPrintable(error.message));
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(siblings(path), QStringList());
}

void TestDossier::lockRefusesSecondWriter()
{
    const QString path = newPath();
    OpenError error;
    auto writer = Dossier::open(path, Mode::CreateIfMissing, &error);
    QVERIFY(writer);
    auto second = Dossier::open(path, Mode::ReadWrite, &error);
    QVERIFY(!second);
    QCOMPARE(error.kind, OpenError::Locked);
    QVERIFY(error.message.contains(QStringLiteral("read-only")));
    auto third = Dossier::open(path, Mode::CreateIfMissing, &error);
    QVERIFY(!third);
    QCOMPARE(error.kind, OpenError::Locked);
    auto reader = Dossier::open(path, Mode::ReadOnly, &error);
    QVERIFY2(reader, qPrintable(error.message));
    writer.reset();
    auto again = Dossier::open(path, Mode::ReadWrite, &error);
    QVERIFY2(again, qPrintable(error.message));
}

void TestDossier::readOnlyRefusesWrites()
{
    const QString path = newPath();
    QVERIFY(createWithCase(path, QStringLiteral("b10-revival")));
    OpenError error;
    auto dossier = Dossier::open(path, Mode::ReadOnly, &error);
    QVERIFY(dossier);
    QString message;
    QVERIFY(!dossier->replaceTenderData(readCase(QStringLiteral("b9-three-rules")), {}, &message));
    QVERIFY(message.contains(QStringLiteral("read-only")));
    QVERIFY(!dossier->saveRun({}, "{}", &message));
    QVERIFY(!dossier->updateField(Dossier::Table::Tender, {}, QStringLiteral("title"),
                                  QStringLiteral("x"), &message));
    QCOMPARE(dossier->auditLog().size(), size_t(2));
}

void TestDossier::runsRoundTrip()
{
    const QString path = newPath();
    auto dossier = createWithCase(path, QStringLiteral("b10-revival"));
    QVERIFY(dossier);
    QVERIFY(dossier->runs().empty());
    QString message;
    Dossier::RunInfo info;
    info.ruleSet = QStringLiteral("vbp-b10");
    info.parameters = QStringLiteral("price_decimals=4");
    const QByteArray first = R"({"tender_id":"T","products":[]})";
    const QByteArray second =
        QByteArray(R"({"tender_id":"T2","x":")") + QByteArray(100000, 'y') + "\"}";
    const auto id1 = dossier->saveRun(info, first, &message);
    QVERIFY2(id1, qPrintable(message));
    info.inputDigest = QStringLiteral("ab").repeated(32);
    const auto id2 = dossier->saveRun(info, second, &message);
    QVERIFY2(id2, qPrintable(message));
    QVERIFY(*id2 > *id1);

    const auto runs = dossier->runs();
    QCOMPARE(runs.size(), size_t(2));
    QCOMPARE(runs[0].id, *id1);
    QCOMPARE(runs[1].id, *id2); // newest last
    QCOMPARE(runs[0].user, QStringLiteral("tester"));
    QCOMPARE(runs[0].ruleSet, QStringLiteral("vbp-b10"));
    QCOMPARE(runs[0].parameters, QStringLiteral("price_decimals=4"));
    QCOMPARE(runs[0].inputDigest, dossier->inputDigest()); // filled in when empty
    QCOMPARE(runs[1].inputDigest, info.inputDigest);
    QVERIFY(runs[0].at.isValid());
    QVERIFY(qAbs(runs[0].at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(runs[0].digest, Dossier::runDigest(runs[0].inputDigest, first));
    QCOMPARE(runs[0].digest,
             QString::fromLatin1(
                 QCryptographicHash::hash(QByteArray(runs[0].inputDigest.toLatin1() + first),
                                          QCryptographicHash::Sha256)
                     .toHex()));
    QCOMPARE(*dossier->runResult(*id1), first);
    QCOMPARE(*dossier->runResult(*id2), second);
    QVERIFY(!dossier->runResult(999));

    const auto check = dossier->checkDigest(runs[0].digest.toUpper());
    QVERIFY(check.found);
    QVERIFY(check.matches);
    QVERIFY(check.inputIsCurrent);
    QCOMPARE(check.run.id, *id1);
    QVERIFY(!dossier->checkDigest(QStringLiteral("00").repeated(32)).found);
    QVERIFY(!dossier->checkDigest(runs[1].digest).inputIsCurrent);

    const auto log = dossier->auditLog();
    QCOMPARE(log.back().action, QStringLiteral("run"));
    QVERIFY(log.back().detail.contains(runs[1].digest));
    QVERIFY(dossier->verify().ok);

    // Reopened, the runs are still there.
    dossier.reset();
    OpenError error;
    dossier = Dossier::open(path, Mode::ReadOnly, &error);
    QCOMPARE(dossier->runs().size(), size_t(2));
    QCOMPARE(*dossier->runResult(*id2), second);
}

void TestDossier::updateField_data()
{
    using T = Dossier::Table;
    QTest::addColumn<Dossier::Table>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    // capacity-unassigned: bids with and without capacity, demand in several currencies.
    const auto data = readCase(QStringLiteral("capacity-unassigned"));
    const auto &bid = data.bids.front();
    const auto withCapacity = std::find_if(data.bids.begin(), data.bids.end(),
                                           [](const auto &b) { return b.capacity.has_value(); });
    const auto &demand = data.demand.front();
    const auto &fx = data.fxRates.back();
    const QString demandKey = Dossier::compositeKey({demand.productId, demand.buyerId});
    const QString fxKey = Dossier::compositeKey({fx.currency, fx.date.toString(Qt::ISODate)});
    QTest::newRow("bid-pack-price") << T::Bid << bid.id << s("pack_price") << s("9.99") << true;
    if (withCapacity != data.bids.end())
        QTest::newRow("bid-capacity-cleared")
            << T::Bid << withCapacity->id << s("capacity") << s("") << true;
    QTest::newRow("bid-lead-time") << T::Bid << bid.id << s("lead_time_days") << s("45") << true;
    QTest::newRow("bid-submitted-at")
        << T::Bid << bid.id << s("submitted_at") << s("2026-10-20T12:00:00Z") << true;
    QTest::newRow("bid-revival") << T::Bid << bid.id << s("accepts_revival") << s("yes") << true;
    QTest::newRow("tender-title") << T::Tender << QString() << s("title") << s("新标题 ໃໝ່") << true;
    QTest::newRow("product-max-price")
        << T::Product << data.products.front().id << s("max_unit_price") << s("3.5000") << true;
    QTest::newRow("product-name-lo")
        << T::Product << data.products.front().id << s("name_lo") << s("ຢາ") << true;
    QTest::newRow("bidder-gmp") << T::Bidder << data.bidders.front().id << s("gmp") << s("no")
                                << true;
    QTest::newRow("bidder-quality")
        << T::Bidder << data.bidders.front().id << s("quality") << s("sra") << true;
    QTest::newRow("demand-quantity") << T::Demand << demandKey << s("quantity") << s("123") << true;
    QTest::newRow("demand-decimal-quantity")
        << T::Demand << demandKey << s("quantity") << s("123.50") << true;
    QTest::newRow("demand-region") << T::Demand << demandKey << s("region") << s("XX-1") << true;
    QTest::newRow("demand-country") << T::Demand << demandKey << s("country") << s("XX") << true;
    QTest::newRow("demand-currency") << T::Demand << demandKey << s("currency") << s("EUR") << true;
    QTest::newRow("fx-rate") << T::FxRate << fxKey << s("rate") << s("1.2345") << true;
    QTest::newRow("bad-decimal") << T::Bid << bid.id << s("pack_price") << s("1,20") << false;
    QTest::newRow("bad-bool") << T::Bidder << data.bidders.front().id << s("gmp") << s("maybe")
                              << false;
    QTest::newRow("bad-timestamp")
        << T::Bid << bid.id << s("submitted_at") << s("31/10/2026") << false;
    QTest::newRow("bad-rule-set") << T::Tender << QString() << s("rule_set") << s("vbp-b99")
                                  << false;
    QTest::newRow("identifier") << T::Bid << bid.id << s("bid_id") << s("X") << false;
    QTest::newRow("reference") << T::Bid << bid.id << s("bidder_id") << s("X") << false;
    QTest::newRow("unknown-column") << T::Bid << bid.id << s("colour") << s("red") << false;
    QTest::newRow("unknown-key") << T::Bid << s("no-such-bid") << s("pack_price") << s("1.00")
                                 << false;
    QTest::newRow("short-key") << T::Demand << demand.productId << s("quantity") << s("1") << false;
}

void TestDossier::updateField()
{
    QFETCH(Dossier::Table, table);
    QFETCH(QString, key);
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    auto dossier = createWithCase(newPath(), QStringLiteral("capacity-unassigned"));
    QVERIFY(dossier);
    const QString digestBefore = dossier->inputDigest();
    const size_t entries = dossier->auditLog().size();
    QString message;
    QCOMPARE(dossier->updateField(table, key, column, value, &message), ok);
    const auto log = dossier->auditLog();
    if (!ok) {
        QVERIFY(!message.isEmpty());
        QCOMPARE(log.size(), entries);
        QCOMPARE(dossier->inputDigest(), digestBefore);
        return;
    }
    QCOMPARE(log.size(), entries + 1);
    QCOMPARE(log.back().action, QStringLiteral("update"));
    QVERIFY2(log.back().detail.contains(column) &&
                 log.back().detail.contains(QStringLiteral("-> '%1'").arg(value)),
             qPrintable(log.back().detail));
    QVERIFY(dossier->inputDigest() != digestBefore);
    const auto data = dossier->loadTenderData(&message);
    QVERIFY2(data, qPrintable(message));
    QCOMPARE(dossier->inputDigest(), Dossier::inputDigestOf(*data));
    const auto report = dossier->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    if (column == u"pack_price")
        QCOMPARE(data->bids.front().packPrice.toString(), value);
    if (column == u"capacity")
        QVERIFY(std::none_of(data->bids.begin(), data->bids.end(),
                             [&](const auto &b) { return b.id == key && b.capacity; }));
    if (column == u"submitted_at")
        QCOMPARE(data->bids.front().submittedAtMsecs, *td::model::parseTimestamp(value));
    if (column == u"title")
        QCOMPARE(data->tender.title, value);
    if (column == u"quantity")
        QCOMPARE(data->demand.front().quantity.toString(), value);
    if (column == u"gmp")
        QVERIFY(!data->bidders.front().gmp);
    if (table == Dossier::Table::Demand && column != u"quantity") {
        // Only the edited row changes, not the other rows of the same buyer.
        const auto &edited = data->demand.front();
        const QString &changed = column == u"region"    ? edited.region
                                 : column == u"country" ? edited.country
                                                        : edited.currency;
        QCOMPARE(changed, value);
        QCOMPARE(std::count_if(data->demand.begin(), data->demand.end(),
                               [&](const auto &d) {
                                   return (column == u"region"    ? d.region
                                           : column == u"country" ? d.country
                                                                  : d.currency) == value;
                               }),
                 1);
    }
}

void TestDossier::verifyDetectsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("expected"); // a word the problem names
    QTest::newRow("bid-price") << s("UPDATE bid SET pack_price = '9.99' WHERE id = 1") << s("bid");
    QTest::newRow("demand-quantity")
        << s("UPDATE demand SET quantity = '1' WHERE rowid = 1") << s("demand");
    QTest::newRow("demand-deleted") << s("DELETE FROM demand WHERE rowid = 2") << s("demand");
    QTest::newRow("demand-buyer-region")
        << s("UPDATE demand_buyer SET region = 'XX' WHERE id = 1") << s("demand");
    QTest::newRow("demand-buyer-dangling")
        << s("UPDATE demand SET buyer = 99999 WHERE rowid = 1") << s("demand");
    QTest::newRow("demand-product-text")
        << s("UPDATE demand SET product = 'x' WHERE rowid = 1") << s("demand");
    QTest::newRow("demand-buyer-swapped")
        << s("UPDATE demand SET buyer = (SELECT max(id) FROM demand_buyer) WHERE rowid = 1")
        << s("demand");
    QTest::newRow("fx-added")
        << s("INSERT INTO fx_rate(currency, rate, date) VALUES ('EUR', '7', '2026-11-01')")
        << s("fx_rate");
    QTest::newRow("run-result") << s("UPDATE run SET result = '{}'") << s("Run 1");
    QTest::newRow("audit-user") << s("UPDATE audit_log SET user = 'mallory' WHERE id = 2")
                                << s("Audit entry 2");
    QTest::newRow("audit-deleted") << s("DELETE FROM audit_log WHERE id = 2") << s("missing");
    QTest::newRow("audit-resealed")
        << s("UPDATE bid SET pack_price = '0.01' WHERE id = 1; "
             "UPDATE audit_log SET digests = replace(digests, 'bid=', 'bid=0') WHERE id = 3")
        << s("Audit entry 3");
}

void TestDossier::verifyDetectsTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, expected);
    if (m_sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    const QString path = newPath();
    {
        auto dossier = createWithCase(path, QStringLiteral("b10-revival"));
        QVERIFY(dossier);
        QString message;
        QVERIFY(dossier->saveRun({}, "{\"r\":1}", &message));
        QVERIFY(dossier->verify().ok);
    }
    QCOMPARE(QProcess::execute(m_sqlite3, {path, sql}), 0);
    OpenError error;
    auto dossier = Dossier::open(path, Mode::ReadWrite, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    const auto report = dossier->verify();
    QVERIFY(!report.ok);
    QVERIFY2(report.problems.join(u'\n').contains(expected),
             qPrintable(report.problems.join(u'\n')));
    if (sql.startsWith(QLatin1String("UPDATE bid"))) {
        // An edit must not seal the tampered table into a fresh audit entry.
        QString message;
        QVERIFY(!dossier->updateField(Dossier::Table::Bid, QStringLiteral("A"),
                                      QStringLiteral("lead_time_days"), QStringLiteral("1"),
                                      &message));
        QVERIFY(message.contains(QStringLiteral("outside TenderDesk")));
    }
}

void TestDossier::migrationFromV0()
{
    if (m_sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    // v0: a database that carries our application_id but no schema yet.
    const QString path = newPath();
    const QString sql = QStringLiteral("PRAGMA application_id = %1; CREATE TABLE scratch(x); "
                                       "DROP TABLE scratch;")
                            .arg(td::storage::schema::ApplicationId);
    QCOMPARE(QProcess::execute(m_sqlite3, {path, sql}), 0);
    const QByteArray before = fileBytes(path);
    OpenError error;
    QVERIFY(!Dossier::open(path, Mode::ReadOnly, &error)); // cannot migrate without writing
    QCOMPARE(error.kind, OpenError::Io);
    QVERIFY(error.message.contains(QStringLiteral("older")));
    QCOMPARE(fileBytes(path), before);

    auto dossier = Dossier::open(path, Mode::ReadWrite, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    const auto log = dossier->auditLog();
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log[0].action, QStringLiteral("migrate"));
    QCOMPARE(log[0].detail,
             QStringLiteral("schema v0 -> v%1").arg(td::storage::schema::CurrentVersion));
    QString message;
    const auto summary = dossier->summary(&message);
    QVERIFY(summary);
    QCOMPARE(summary->schemaVersion, td::storage::schema::CurrentVersion);
    QVERIFY(dossier->replaceTenderData(readCase(QStringLiteral("b10-revival")), {}, &message));
    QVERIFY(dossier->verify().ok);
}

void TestDossier::migrationFromV1()
{
    if (m_sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    // A v1 dossier (demand rows holding buyer, country, region and currency as text), made by
    // turning a current one back with the sqlite3 shell: the digests of v1 and v2 are the same
    // by design, so its audit log stays valid, as in a file written by the v1 code.
    auto data = readCase(QStringLiteral("b10-revival"));
    QVERIFY(data.demand.size() >= 3);
    data.demand[0].quantity = *td::money::Decimal::parse(QStringLiteral("1500.50"));
    data.demand[1].quantity = *td::money::Decimal::parse(QStringLiteral("12345678901234567890"));
    data.demand[2].preferredBidder = data.bidders.front().id;
    const QString path = newPath();
    QString inputDigest;
    {
        OpenError error;
        auto dossier = Dossier::open(path, Mode::CreateIfMissing, &error);
        QVERIFY2(dossier, qPrintable(error.message));
        QString message;
        QVERIFY2(dossier->replaceTenderData(data, QStringLiteral("v1"), &message),
                 qPrintable(message));
        QVERIFY(dossier->saveRun({}, "{\"r\":1}", &message));
        inputDigest = dossier->inputDigest();
    }
    const QString toV1 = QStringLiteral(
        "BEGIN; CREATE TABLE demand_v1(product INTEGER NOT NULL REFERENCES product(id), "
        "buyer_id TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL, "
        "currency TEXT NOT NULL, quantity TEXT NOT NULL, preferred_bidder TEXT); "
        "INSERT INTO demand_v1(rowid, product, buyer_id, country, region, currency, quantity, "
        "preferred_bidder) SELECT d.rowid, d.product, b.buyer_id, b.country, b.region, "
        "b.currency, CAST(d.quantity AS TEXT), d.preferred_bidder FROM demand d "
        "JOIN demand_buyer b ON b.id = d.buyer ORDER BY d.rowid; "
        "DROP TABLE demand; DROP TABLE demand_buyer; ALTER TABLE demand_v1 RENAME TO demand; "
        "PRAGMA user_version = 1; COMMIT;");
    QCOMPARE(QProcess::execute(m_sqlite3, {path, toV1}), 0);
    const QByteArray before = fileBytes(path);

    OpenError error;
    {
        // Read-only, a v1 file is read, digested and verified as it is, and left unchanged.
        auto readOnly = Dossier::open(path, Mode::ReadOnly, &error);
        QVERIFY2(readOnly, qPrintable(error.message));
        QString message;
        const auto loaded = readOnly->loadTenderData(&message);
        QVERIFY2(loaded, qPrintable(message));
        QCOMPARE(td::io::tenderDataDifference(data, *loaded), QString());
        QCOMPARE(readOnly->inputDigest(), inputDigest);
        const auto report = readOnly->verify();
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        const auto summary = readOnly->summary(&message);
        QVERIFY(summary);
        QCOMPARE(summary->schemaVersion, 1);
        QCOMPARE(summary->demandRows, qint64(data.demand.size()));
    }
    QCOMPARE(fileBytes(path), before);
    {
        // Tampering with a v1 file is still found read-only.
        const QString copy = newPath();
        QVERIFY(QFile::copy(path, copy));
        QCOMPARE(
            QProcess::execute(m_sqlite3, {copy, QStringLiteral("UPDATE demand SET region = 'XX' "
                                                               "WHERE rowid = 1")}),
            0);
        auto readOnly = Dossier::open(copy, Mode::ReadOnly, &error);
        QVERIFY2(readOnly, qPrintable(error.message));
        const auto report = readOnly->verify();
        QVERIFY(!report.ok);
        QVERIFY2(report.problems.join(u'\n').contains(QStringLiteral("demand")),
                 qPrintable(report.problems.join(u'\n')));
    }

    auto dossier = Dossier::open(path, Mode::ReadWrite, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    const auto log = dossier->auditLog();
    QCOMPARE(log.back().action, QStringLiteral("migrate"));
    QCOMPARE(log.back().detail, QStringLiteral("schema v1 -> v3"));
    const auto report = dossier->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    QCOMPARE(dossier->inputDigest(), inputDigest);
    QString message;
    const auto loaded = dossier->loadTenderData(&message);
    QVERIFY2(loaded, qPrintable(message));
    QCOMPARE(td::io::tenderDataDifference(data, *loaded), QString());
    QCOMPARE(loaded->demand[0].quantity.toString(), QStringLiteral("1500.50"));
    const auto summary = dossier->summary(&message);
    QVERIFY(summary);
    QCOMPARE(summary->schemaVersion, td::storage::schema::CurrentVersion);
    QCOMPARE(summary->demandRows, qint64(data.demand.size()));

    // Migrated rows are edited and re-imported like new ones.
    const QString key = Dossier::compositeKey({data.demand[0].productId, data.demand[0].buyerId});
    QVERIFY2(dossier->updateField(Dossier::Table::Demand, key, QStringLiteral("region"),
                                  QStringLiteral("XX-1"), &message),
             qPrintable(message));
    QVERIFY(dossier->verify().ok);
    QVERIFY2(dossier->replaceTenderData(data, QStringLiteral("again"), &message),
             qPrintable(message));
    QVERIFY(dossier->verify().ok);
    QCOMPARE(dossier->inputDigest(), inputDigest);
}

// A v2 dossier (a run's result before its digest), made by rebuilding the run table of a
// current one in the v2 column order: read-only it reads as it is; opened for editing it is
// migrated (audited), with the runs, their results and every digest unchanged.
void TestDossier::migrationFromV2()
{
    if (m_sqlite3.isEmpty())
        QSKIP("the sqlite3 shell is not installed");
    const QString path = newPath();
    QString message;
    std::vector<QByteArray> results;
    {
        auto dossier = createWithCase(path, QStringLiteral("b10-revival"));
        QVERIFY(dossier);
        for (const QByteArray &result : {QByteArray("first run"), QByteArray(200000, 'x')}) {
            QVERIFY2(dossier->saveRun({}, result, &message), qPrintable(message));
            results.push_back(result);
        }
    }
    const QString toV2 = QStringLiteral(
        "BEGIN; CREATE TABLE run_v2(id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, "
        "rule_set TEXT NOT NULL, parameters TEXT NOT NULL, input_digest TEXT NOT NULL, "
        "result BLOB NOT NULL, digest TEXT NOT NULL); "
        "INSERT INTO run_v2 SELECT id, at, user, rule_set, parameters, input_digest, result, "
        "digest FROM run; DROP TABLE run; ALTER TABLE run_v2 RENAME TO run; "
        "PRAGMA user_version = 2; COMMIT;");
    QCOMPARE(QProcess::execute(m_sqlite3, {path, toV2}), 0);
    const QByteArray before = fileBytes(path);
    OpenError error;
    {
        auto readOnly = Dossier::open(path, Mode::ReadOnly, &error);
        QVERIFY2(readOnly, qPrintable(error.message));
        QCOMPARE(readOnly->runs().size(), size_t(2));
        QCOMPARE(*readOnly->runResult(readOnly->runs().back().id), results.back());
        const auto report = readOnly->verify();
        QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
        QCOMPARE(readOnly->summary(&message)->schemaVersion, 2);
    }
    QCOMPARE(fileBytes(path), before);

    auto dossier = Dossier::open(path, Mode::ReadWrite, &error);
    QVERIFY2(dossier, qPrintable(error.message));
    QCOMPARE(dossier->auditLog().back().detail, QStringLiteral("schema v2 -> v3"));
    const auto report = dossier->verify();
    QVERIFY2(report.ok, qPrintable(report.problems.join(u'\n')));
    const auto runs = dossier->runs();
    QCOMPARE(runs.size(), size_t(2));
    for (size_t i = 0; i < runs.size(); ++i)
        QCOMPARE(*dossier->runResult(runs[i].id), results[i]);
    QCOMPARE(dossier->summary(&message)->schemaVersion, 3);
    QVERIFY2(dossier->saveRun({}, "third run", &message), qPrintable(message));
    QVERIFY(dossier->verify().ok);
    dossier.reset();
    QProcess columns;
    columns.start(m_sqlite3, {path, QStringLiteral("SELECT group_concat(name) FROM "
                                                   "pragma_table_info('run')")});
    QVERIFY(columns.waitForFinished());
    QCOMPARE(columns.readAllStandardOutput().trimmed(),
             QByteArray("id,at,user,rule_set,parameters,input_digest,digest,result"));
}

void TestDossier::storedDecimals_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t :
         {"0", "5", "-12", "0.3600", "494568", "0.001", "-0.5", "1.40", "99999999999999999.9",
          "999999999999999999", "1234567890123456789", "12345678901234567890.123456789012",
          "-98765432109876543210.5", "0.000000000001"})
        QTest::newRow(t) << QString::fromLatin1(t);
}

void TestDossier::storedDecimals()
{
    // The fast text codec of the bulk paths must agree with Decimal exactly (value and scale).
    QFETCH(QString, text);
    const auto value = td::money::Decimal::parse(text, 38, 30);
    QVERIFY(value);
    std::string out;
    td::storage::appendDecimal(out, *value);
    QCOMPARE(QString::fromStdString(out), value->toString());
    const auto back = td::storage::parseStoredDecimal(out);
    QVERIFY(back);
    QCOMPARE(back->units(), value->units());
    QCOMPARE(back->scale(), value->scale());
    QVERIFY(!td::storage::parseStoredDecimal("1."));
    QVERIFY(!td::storage::parseStoredDecimal(".5"));
    QVERIFY(!td::storage::parseStoredDecimal("1e5"));
    QVERIFY(!td::storage::parseStoredDecimal(""));
}

void TestDossier::demandHasherMatchesTheRowEncoding()
{
    // DemandHasher caches each text's bytes by its data pointer; the digest must be the one of
    // the plain row encoding (the digest query's) whatever the sharing: texts shared between
    // rows and columns, distinct copies of one text, non-ASCII and astral texts, empty and
    // null strings, decimals beyond 64 bits, and more distinct texts than it caches.
    using td::model::Demand;
    const QString shared = QStringLiteral("VN-HN");
    std::vector<Demand> rows;
    for (int i = 0; i < 70000; ++i) {
        Demand d;
        d.productId = i % 2 ? shared : QStringLiteral("P-%1").arg(i % 7);
        d.buyerId = QStringLiteral("B-%1").arg(i); // distinct: the cache grows, then stops
        d.country = i % 3 ? QStringLiteral("ລາວ") : QStringLiteral("中国");
        d.region = shared;
        d.currency = i % 5 ? QStringLiteral("THB") : QString();
        d.quantity = *td::money::Decimal::parse(i % 4 ? QStringLiteral("%1.25").arg(i)
                                                      : QStringLiteral("123456789012345678901.5"),
                                                38, 30);
        d.preferredBidder = i % 6 ? QString() : QStringLiteral("BD-\U0001F48A-%1").arg(i % 4);
        rows.push_back(d);
        rows.push_back(rows.back()); // the same texts through shared pointers
    }
    td::storage::RowHasher plain;
    td::storage::RowBuilder row;
    for (const Demand &d : rows) {
        row.clear();
        row.text(d.productId);
        row.text(d.buyerId);
        row.text(d.country);
        row.text(d.region);
        row.text(d.currency);
        row.decimal(d.quantity);
        row.optionalText(d.preferredBidder);
        row.hashInto(plain);
    }
    td::storage::RowHasher cached;
    td::storage::DemandHasher demandHasher(cached);
    for (const Demand &d : rows)
        demandHasher.add(d);
    QCOMPARE(cached.hex(), plain.hex());
}

QTEST_GUILESS_MAIN(TestDossier)
#include "tst_dossier.moc"
