// The bundled demo dossier (core/demo, resources/demo): written, evaluated again through
// td::service and compared exactly with tests/fixtures/demo-expected.json; every product has a
// teaching note in four languages; and the result still shows every teaching point, so a change
// to the demo that loses one fails here.
//
// The fixture was produced with `tenderdesk-cli evaluate resources/demo --json …` and then
// checked by hand against rules.md (CNY tender; LAK 2950, THB 4.85, VND 3500, USD 0.14,
// KHR 570, MYR 0.65 per CNY; vbp-b10, recognition=CN>LA, linkage_method=median):
//
// * Tie (§8), ETV05: IN2 0.84 USD / 0.14 / 30 = 0.2000 and CN2 5.60 / 28 = 0.2000 exactly.
//   Equal price, IN2 is who_pq (tier A) and CN2 consistency (B): IN2 rank 1, CN2 rank 2 with
//   tie_key quality_tier. ATV20: CN2 7.00 / 28 = 0.2500 and TH1 121.25 THB / 4.85 / 100 =
//   0.2500, both tier B, neither has a capacity; CN2 submitted 10:00+08:00 = 02:00Z, TH1
//   09:30+07:00 = 02:30Z, so CN2 first and TH1 has tie_key submitted_at (§1.6 instants).
// * Revival (§5, vbp-b10), AML5: N = 5 → K = 3; lowest 4.20 / 28 = 0.1500, threshold 0.2700;
//   TH1 34.92 / 4.85 / 30 = 0.2400 wins, IN1 4.20 USD / 0.14 / 100 = 0.3000 is outside but
//   shortlisted and accepts revival; two bids won, so the revival price is the highest winning
//   unit price 0.2400 (award 0.2400, cap max(1.5 × 0.24, 0.24) = 0.3600). VN1 (rank 4) says
//   yes but is beyond the shortlist. INH300: N = 4 → K = 3; only IN3 1.82 / 0.14 / 100 =
//   0.1300 wins (threshold 0.234, CN3 0.2782 and TH2 0.3000 outside, floor 0.10); exactly one
//   winner, so TH2 (accepts) is revived at 1.8 × 0.1300 = 0.2340; CN3 said no: not_selected.
//   CN3's 100 mg tablets vs 300 mg: k_s = 1.7^log2(1/3) = 0.43127…, 12.00 / (0.43127 × 100)
//   = 0.2782.
// * Disqualifications (§3), in precedence order: AMX500-CN5 gmp = no → no_gmp;
//   AMX500-LA1 quality gmp = tier C < B → quality_not_met; CRO1G-MY1 registered only in MY,
//   demand in CN/TH/KH → not_registered; ALU20-IN1 18 months < 24 → short_shelf_life;
//   IMA100-VN1 630000 VND / 3500 / 60 = 3.0000 > effective ceiling 2.9464 and OME20-MY2
//   11.28 MYR / 0.65 / 28 = 0.6198 > 0.6000 → above_ceiling.
// * Ceilings (§4): IMA100 references 2.60 CNY, 15.00 THB → 3.0928, 9800 VND → 2.8000,
//   2.10 MYR → 3.2308; median of four = (2.8000 + 3.0928) / 2 = 2.9464 < max 3.5000, so the
//   linkage ceiling is effective. OME20: references 0.7000, 3.80 / 4.85 = 0.7835,
//   430 / 570 = 0.7544 → median 0.7544 > max 0.6000: the declared ceiling is effective.
//   MPR e.g. IMA100-VN1 3.0000 / 2.9464 = 1.018 → 1.02.
// * Unassigned (§7.2), ALU20: qualified CN2 (CN;LA) 0.4000 and LA2 (LA;CN) 0.4500 both win,
//   share 0.60: KH 900000, LA 720000, CN-53 180000. CN2 picks LA (KH not eligible), round 1
//   CN2 picks CN-53, LA2 nothing; round 2 nothing: KH 900000 unassigned, no_eligible_winner.
//   CN>LA does not reach KH (one step, §7.3); IN1, the only KH registration, is disqualified.
// * Recognition (§7.3), TDF300: W = 3 → 0.70: TH 3500000, LA 2800000, CN-53 2100000,
//   CN-45 1750000. CN1 (registered CN only) ranks first and is not registered in TH; through
//   CN>LA it is eligible in LA, the largest region it may take, and picks it first; round 1
//   CN1 CN-53, IN3 TH, LA2 CN-45. Without the recognition CN1 would not supply LA (tested).
// * Preferred bidder (§7.2), MET500: winners CN1 0.0500, MY2 5.64 MYR / 0.65 /
//   (1.7 × 60) = 0.0851 (within 0.09), LA2 29500 LAK / 2950 / 100 = 0.1000 (below_floor);
//   W = 3 → 0.70. GX-NN1H (CN-45) prefers LA2, which won and is registered in CN: its
//   4200000 go to LA2 before picking (preferred); GX-HSA's 35000000 stay in CN-45, picked
//   by CN1. Values: 4200000 × 0.1000 = 420000.00 CNY.
#include "demo/demo.h"
#include "io/resultjson.h"
#include "io/workbookreader.h"
#include "rules/evaluator.h"
#include "service/evaluation.h"
#include "storage/dossier.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace td;

class TestDemo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesADossierWithOneRun();
    void evaluationMatchesTheFixture();
    void bundledWorkbookEqualsTheSourceFolder();
    void everyProductHasFourNotes();
    void teachingNoteLookup();
    void showsEveryDisqualificationReason();
    void showsRevivals();
    void showsTieKeys();
    void showsAnUnassignedRegion();
    void showsAPreferredAllocation();
    void showsTheChinaLaosRecognition();
    void showsCeilingsFloorAndConversions();
    void replacesOnlyWhenComplete();

private:
    static QJsonObject readJson(const QString &path);
    static const model::ProductResult &product(const model::EvaluationResult &r, const QString &id);
    static const model::BidResult &bid(const model::ProductResult &p, const QString &id);

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<model::TenderData> m_data;
    std::optional<model::EvaluationResult> m_result; // evaluated again through td::service
};

QJsonObject TestDemo::readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

const model::ProductResult &TestDemo::product(const model::EvaluationResult &r, const QString &id)
{
    for (const model::ProductResult &p : r.products)
        if (p.productId == id)
            return p;
    qFatal("demo product %s is missing", qPrintable(id));
}

const model::BidResult &TestDemo::bid(const model::ProductResult &p, const QString &id)
{
    for (const model::BidResult &b : p.bids)
        if (b.bidId == id)
            return b;
    qFatal("demo bid %s is missing", qPrintable(id));
}

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.tender"));
    QString error;
    QVERIFY2(demo::writeDemoDossier(m_path, &error), qPrintable(error));

    storage::OpenError openError;
    auto dossier = storage::Dossier::open(m_path, storage::Dossier::Mode::ReadWrite, &openError);
    QVERIFY2(dossier, qPrintable(openError.message));
    m_data = dossier->loadTenderData(&error);
    QVERIFY2(m_data, qPrintable(error));
    auto parameters = service::defaultParameters(m_data->tender);
    QVERIFY(std::holds_alternative<model::Parameters>(parameters));
    service::DossierEvaluation evaluation =
        service::evaluateDossier(*dossier, std::get<model::Parameters>(parameters));
    QVERIFY2(evaluation.ok(), qPrintable(evaluation.storageError));
    m_result = std::move(evaluation.result);
}

void TestDemo::writesADossierWithOneRun()
{
    // Only the dossier is left in the folder: no temporary file, lock or WAL.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("demo.tender")});
    storage::OpenError openError;
    const auto dossier =
        storage::Dossier::open(m_path, storage::Dossier::Mode::ReadOnly, &openError);
    QVERIFY2(dossier, qPrintable(openError.message));
    QString error;
    const auto summary = dossier->summary(&error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->tenderId, demo::tenderId());
    QCOMPARE(summary->products, 12);
    QCOMPARE(summary->runs, 2); // the one writeDemoDossier stored, and ours
    QVERIFY(dossier->verify().ok);
    // The first run (the one the demo ships with) is the expected evaluation too.
    const auto first = service::loadRun(*dossier, dossier->runs().front().id);
    QVERIFY(first);
    QCOMPARE(io::resultToJson(*first, false), io::resultToJson(*m_result, false));
}

void TestDemo::evaluationMatchesTheFixture()
{
    const QJsonObject expected =
        readJson(td::test::sourceDir() + QStringLiteral("/tests/fixtures/demo-expected.json"));
    QVERIFY2(!expected.isEmpty(), "tests/fixtures/demo-expected.json is readable");
    const QJsonObject actual = QJsonDocument::fromJson(io::resultToJson(*m_result, false)).object();
    if (actual != expected) {
        const QList<QByteArray> a = QJsonDocument(actual).toJson().split('\n');
        const QList<QByteArray> e = QJsonDocument(expected).toJson().split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), e.size()); ++i)
            if (a[i] != e[i]) {
                qWarning("first difference at line %lld:\n  actual:   %s\n  expected: %s",
                         qint64(i), a[i].constData(), e[i].constData());
                break;
            }
    }
    QCOMPARE(actual, expected);
}

void TestDemo::bundledWorkbookEqualsTheSourceFolder()
{
    // The embedded copy is the folder trainers read: same data, byte for byte.
    const QDir source(td::test::sourceDir() + QStringLiteral("/resources/demo"));
    for (const QString &name : {QStringLiteral("tender.csv"), QStringLiteral("products.csv"),
                                QStringLiteral("bidders.csv"), QStringLiteral("bids.csv"),
                                QStringLiteral("demand.csv"), QStringLiteral("fx.csv"),
                                QStringLiteral("references.csv"), QStringLiteral("notes.json")}) {
        QFile embedded(demo::workbookPath() + u'/' + name);
        QFile onDisk(source.filePath(name));
        QVERIFY2(embedded.open(QIODevice::ReadOnly), qPrintable(name));
        QVERIFY2(onDisk.open(QIODevice::ReadOnly), qPrintable(name));
        QCOMPARE(embedded.readAll(), onDisk.readAll());
    }
    const io::ImportResult imported = io::readWorkbook(source.path());
    QVERIFY(imported.ok());
    QCOMPARE(storage::Dossier::inputDigestOf(*imported.data),
             storage::Dossier::inputDigestOf(*m_data));
}

void TestDemo::everyProductHasFourNotes()
{
    QStringList products;
    for (const model::Product &p : m_data->products) {
        products << p.id;
        // Local names in their scripts (glossary.md): Chinese, Lao, Thai.
        QVERIFY(!p.nameZh.isEmpty() && !p.nameLo.isEmpty() && !p.nameTh.isEmpty());
        QVERIFY2(!p.atc.isEmpty(), qPrintable(p.id));
    }
    std::sort(products.begin(), products.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(demo::notedProducts(), products);
    QCOMPARE(products.size(), 12);

    const auto hasScript = [](const QString &text, char32_t first, char32_t last) {
        for (const char32_t c : text.toUcs4())
            if (c >= first && c <= last)
                return true;
        return false;
    };
    for (const QString &id : products) {
        for (const QString &language : demo::noteLanguages()) {
            const auto note = demo::teachingNote(demo::tenderId(), id, language);
            QVERIFY2(note && note->size() > 80, qPrintable(id + u' ' + language));
        }
        QVERIFY2(hasScript(*demo::teachingNote(demo::tenderId(), id, QStringLiteral("zh_CN")),
                           0x4E00, 0x9FFF),
                 qPrintable(id));
        QVERIFY2(hasScript(*demo::teachingNote(demo::tenderId(), id, QStringLiteral("lo")), 0x0E80,
                           0x0EFF),
                 qPrintable(id));
        QVERIFY2(hasScript(*demo::teachingNote(demo::tenderId(), id, QStringLiteral("th")), 0x0E00,
                           0x0E7F),
                 qPrintable(id));
    }
}

void TestDemo::teachingNoteLookup()
{
    const QString t = demo::tenderId();
    const QString dfx = QStringLiteral("DFX250");
    QVERIFY(demo::teachingNote(t, dfx, QStringLiteral("en"))->contains(u"thalassaemia"));
    QCOMPARE(demo::teachingNote(t, dfx, QStringLiteral("zh-CN")),
             demo::teachingNote(t, dfx, QStringLiteral("zh_CN")));
    QCOMPARE(demo::teachingNote(t, dfx, QStringLiteral("zh")),
             demo::teachingNote(t, dfx, QStringLiteral("zh_CN")));
    QCOMPARE(demo::teachingNote(t, dfx, QStringLiteral("lo_LA")),
             demo::teachingNote(t, dfx, QStringLiteral("lo")));
    QCOMPARE(demo::teachingNote(t, dfx, QStringLiteral("th_TH")),
             demo::teachingNote(t, dfx, QStringLiteral("th")));
    QCOMPARE(demo::teachingNote(t, dfx, QStringLiteral("en_GB")),
             demo::teachingNote(t, dfx, QStringLiteral("en")));
    QVERIFY(!demo::teachingNote(t, dfx, QStringLiteral("fr")));
    QVERIFY(!demo::teachingNote(t, QStringLiteral("NOPE"), QStringLiteral("en")));
    QVERIFY(!demo::teachingNote(QStringLiteral("T-OTHER"), dfx, QStringLiteral("en")));
}

void TestDemo::showsEveryDisqualificationReason()
{
    using R = model::Reason;
    const std::pair<const char *, R> expected[] = {
        {"AMX500-CN5", R::NoGmp},        {"AMX500-LA1", R::QualityNotMet},
        {"CRO1G-MY1", R::NotRegistered}, {"ALU20-IN1", R::ShortShelfLife},
        {"IMA100-VN1", R::AboveCeiling}, {"OME20-MY2", R::AboveCeiling},
    };
    for (const auto &[bidId, reason] : expected) {
        const QString id = QString::fromLatin1(bidId);
        const model::BidResult &b = bid(product(*m_result, id.section(u'-', 0, 0)), id);
        QCOMPARE(b.status, model::BidStatus::Disqualified);
        QCOMPARE(b.reason, reason);
    }
    QSet<R> seen;
    for (const model::ProductResult &p : m_result->products)
        for (const model::BidResult &b : p.bids)
            if (b.status == model::BidStatus::Disqualified)
                seen.insert(b.reason);
    QCOMPARE(seen, (QSet<R>{R::NoGmp, R::QualityNotMet, R::NotRegistered, R::ShortShelfLife,
                            R::AboveCeiling}));
}

void TestDemo::showsRevivals()
{
    // AML5: revived at the highest winning price (two winners).
    const model::ProductResult &aml = product(*m_result, QStringLiteral("AML5"));
    const model::BidResult &revived = bid(aml, QStringLiteral("AML5-IN1"));
    QCOMPARE(revived.status, model::BidStatus::Revived);
    QCOMPARE(revived.awardPrice, bid(aml, QStringLiteral("AML5-TH1")).awardPrice);
    QVERIFY(revived.unitPrice > *revived.awardPrice);
    bool suppliesSomething = false;
    for (const model::Allocation &a : aml.allocations)
        suppliesSomething |= a.bidId == revived.bidId;
    QVERIFY(suppliesSomething);
    // INH300: exactly one winner, so 1.8 × its price; a shortlisted bid that declined.
    const model::ProductResult &inh = product(*m_result, QStringLiteral("INH300"));
    QCOMPARE(bid(inh, QStringLiteral("INH300-TH2")).status, model::BidStatus::Revived);
    QCOMPARE(bid(inh, QStringLiteral("INH300-TH2")).awardPrice->toString(),
             QStringLiteral("0.2340"));
    QCOMPARE(bid(inh, QStringLiteral("INH300-CN3")).status, model::BidStatus::NotSelected);
}

void TestDemo::showsTieKeys()
{
    const model::BidResult &etv =
        bid(product(*m_result, QStringLiteral("ETV05")), QStringLiteral("ETV05-CN2"));
    QCOMPARE(etv.tieKey, model::TieKey::QualityTier);
    QCOMPARE(etv.rank, 2);
    const model::BidResult &atv =
        bid(product(*m_result, QStringLiteral("ATV20")), QStringLiteral("ATV20-TH1"));
    QCOMPARE(atv.tieKey, model::TieKey::SubmittedAt);
    QCOMPARE(atv.rank, 2);
}

void TestDemo::showsAnUnassignedRegion()
{
    const model::ProductResult &alu = product(*m_result, QStringLiteral("ALU20"));
    QCOMPARE(alu.unassigned.size(), size_t(1));
    QCOMPARE(alu.unassigned.front().region, QStringLiteral("KH"));
    QCOMPARE(alu.unassigned.front().reason, model::Reason::NoEligibleWinner);
    QVERIFY(alu.unassigned.front().volume > model::Decimal(0));
    // The only other unassigned volume of the demo would be a mistake in the data.
    for (const model::ProductResult &p : m_result->products)
        if (p.productId != alu.productId)
            QVERIFY2(p.unassigned.empty(), qPrintable(p.productId));
}

void TestDemo::showsAPreferredAllocation()
{
    const model::ProductResult &met = product(*m_result, QStringLiteral("MET500"));
    int preferred = 0;
    for (const model::Allocation &a : met.allocations) {
        if (!a.preferred)
            continue;
        ++preferred;
        QCOMPARE(a.bidId, QStringLiteral("MET500-LA2"));
        QCOMPARE(a.buyerId, QStringLiteral("GX-NN1H"));
        QCOMPARE(a.region, QStringLiteral("CN-45"));
    }
    QCOMPARE(preferred, 1);
    // The other buyer of the region stayed in the region and went to the region's picker.
    bool regionPicked = false;
    for (const model::Allocation &a : met.allocations)
        regionPicked |= a.buyerId == u"GX-HSA" && a.bidId == u"MET500-CN1" && !a.preferred;
    QVERIFY(regionPicked);
}

void TestDemo::showsTheChinaLaosRecognition()
{
    // TDF300-CN1's bidder is registered in China only, yet supplies Laos through CN>LA, and it
    // is its first pick.
    const auto registered = [this](const QString &bidderId) {
        for (const model::Bidder &b : m_data->bidders)
            if (b.id == bidderId)
                return b.registeredIn;
        return QStringList();
    };
    QCOMPARE(registered(QStringLiteral("CN1")), QStringList{QStringLiteral("CN")});
    const model::ProductResult &tdf = product(*m_result, QStringLiteral("TDF300"));
    QVERIFY(!tdf.picks.empty());
    QCOMPARE(tdf.picks.front().bidId, QStringLiteral("TDF300-CN1"));
    QCOMPARE(tdf.picks.front().region, QStringLiteral("LA"));

    // Without the recognition the same bid does not supply Laos.
    auto parameters = std::get<model::Parameters>(service::defaultParameters(m_data->tender));
    QVERIFY(!parameters.recognitions.empty());
    parameters.recognitions.clear();
    const rules::EvaluationOutcome without = rules::evaluate(*m_data, parameters);
    QVERIFY(without.result);
    for (const model::Allocation &a :
         product(*without.result, QStringLiteral("TDF300")).allocations)
        QVERIFY(!(a.bidId == u"TDF300-CN1" && a.region == u"LA"));
}

void TestDemo::showsCeilingsFloorAndConversions()
{
    // Linkage ceiling below the declared one (IMA100), declared below the linkage (OME20).
    const model::ProductResult &ima = product(*m_result, QStringLiteral("IMA100"));
    QVERIFY(ima.linkageCeiling && ima.effectiveCeiling);
    QCOMPARE(*ima.effectiveCeiling, *ima.linkageCeiling);
    QCOMPARE(ima.linkageCeiling->toString(), QStringLiteral("2.9464"));
    const model::ProductResult &ome = product(*m_result, QStringLiteral("OME20"));
    QVERIFY(ome.linkageCeiling && ome.effectiveCeiling);
    QVERIFY(*ome.effectiveCeiling < *ome.linkageCeiling);
    QVERIFY(bid(ome, QStringLiteral("OME20-MY2")).mpr.has_value());
    // The floor price decides a win (MET500-LA2).
    QCOMPARE(bid(product(*m_result, QStringLiteral("MET500")), QStringLiteral("MET500-LA2")).reason,
             model::Reason::BelowFloor);

    // Bids in six currencies; buyers in Guangxi, Yunnan, Laos, Thailand and Cambodia with their
    // four currencies; winning bids with other strengths and packs.
    QSet<QString> bidCurrencies, buyerCurrencies, buyerRegions, bidderCountries;
    for (const model::Bid &b : m_data->bids)
        bidCurrencies.insert(b.currency);
    for (const model::Demand &d : m_data->demand) {
        buyerCurrencies.insert(d.currency);
        buyerRegions.insert(d.region);
    }
    for (const model::Bidder &b : m_data->bidders)
        bidderCountries.insert(b.country);
    QCOMPARE(bidCurrencies.size(), 6);
    QCOMPARE(buyerCurrencies, (QSet<QString>{QStringLiteral("CNY"), QStringLiteral("LAK"),
                                             QStringLiteral("THB"), QStringLiteral("KHR")}));
    QCOMPARE(buyerRegions,
             (QSet<QString>{QStringLiteral("CN-45"), QStringLiteral("CN-53"), QStringLiteral("LA"),
                            QStringLiteral("TH"), QStringLiteral("KH")}));
    QCOMPARE(bidderCountries,
             (QSet<QString>{QStringLiteral("CN"), QStringLiteral("LA"), QStringLiteral("TH"),
                            QStringLiteral("VN"), QStringLiteral("MY"), QStringLiteral("IN")}));
    bool otherStrengthWins = false, otherPackWins = false;
    for (const model::Bid &b : m_data->bids) {
        const model::Product *p = nullptr;
        for (const model::Product &candidate : m_data->products)
            if (candidate.id == b.productId)
                p = &candidate;
        QVERIFY(p);
        const model::BidStatus status = bid(product(*m_result, b.productId), b.id).status;
        const bool won = status == model::BidStatus::Winner || status == model::BidStatus::Revived;
        otherStrengthWins |= won && b.strengthUnit == p->strengthUnit && b.strength != p->strength;
        otherPackWins |= won && b.packSize != p->packSize;
    }
    QVERIFY(otherStrengthWins);
    QVERIFY(otherPackWins);
}

void TestDemo::replacesOnlyWhenComplete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workshop.tender"));
    QString error;
    // Replacing an existing file works (the caller decides whether it may) …
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a dossier");
    }
    QVERIFY2(demo::writeDemoDossier(path, &error), qPrintable(error));
    storage::OpenError openError;
    QVERIFY(storage::Dossier::open(path, storage::Dossier::Mode::ReadOnly, &openError));
    // … but not while the dossier is open for editing: the file is left as it was.
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    {
        auto open = storage::Dossier::open(path, storage::Dossier::Mode::ReadWrite, &openError);
        QVERIFY(open);
        QVERIFY(!demo::writeDemoDossier(path, &error));
        QVERIFY(!error.isEmpty());
    }
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("workshop.tender")});
    // A folder is not a file name.
    QVERIFY(!demo::writeDemoDossier(dir.path(), &error));
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
