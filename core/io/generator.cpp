#include "generator.h"

#include <QRandomGenerator64>
#include <array>

namespace td::io {

using money::Decimal;

namespace {

struct Medicine
{
    const char16_t *inn;
    const char16_t *nameZh;
    const char16_t *atc;
    const char16_t *form;
    int strength;
    const char16_t *unit;
    int basePriceMilli; ///< a plausible unit price in CNY × 1000
};

// Essential medicines procured across the region (WHO EML; China VBP batches).
constexpr std::array<Medicine, 30> medicines = {{
    {u"amlodipine", u"氨氯地平", u"C08CA01", u"tablet", 5, u"mg", 200},
    {u"atorvastatin", u"阿托伐他汀", u"C10AA05", u"tablet", 10, u"mg", 300},
    {u"metformin", u"二甲双胍", u"A10BA02", u"tablet", 500, u"mg", 150},
    {u"amoxicillin", u"阿莫西林", u"J01CA04", u"capsule", 500, u"mg", 250},
    {u"imatinib", u"伊马替尼", u"L01EA01", u"tablet", 100, u"mg", 9000},
    {u"entecavir", u"恩替卡韦", u"J05AF10", u"tablet", 1, u"mg", 600},
    {u"deferasirox", u"地拉罗司", u"V03AC03", u"tablet", 250, u"mg", 12000},
    {u"omeprazole", u"奥美拉唑", u"A02BC01", u"capsule", 20, u"mg", 350},
    {u"losartan", u"氯沙坦", u"C09CA01", u"tablet", 50, u"mg", 280},
    {u"enalapril", u"依那普利", u"C09AA02", u"tablet", 10, u"mg", 180},
    {u"gliclazide", u"格列齐特", u"A10BB09", u"tablet", 80, u"mg", 400},
    {u"ciprofloxacin", u"环丙沙星", u"J01MA02", u"tablet", 500, u"mg", 500},
    {u"metronidazole", u"甲硝唑", u"P01AB01", u"tablet", 250, u"mg", 120},
    {u"paracetamol", u"对乙酰氨基酚", u"N02BE01", u"tablet", 500, u"mg", 80},
    {u"ibuprofen", u"布洛芬", u"M01AE01", u"tablet", 400, u"mg", 150},
    {u"sulfamethoxazole and trimethoprim", u"复方磺胺甲噁唑", u"J01EE01", u"tablet", 480, u"mg",
     120},
    {u"tenofovir disoproxil", u"替诺福韦二吡呋酯", u"J05AF07", u"tablet", 300, u"mg", 700},
    {u"artemether and lumefantrine", u"蒿甲醚本芴醇", u"P01BF01", u"tablet", 120, u"mg", 900},
    {u"isoniazid", u"异烟肼", u"J04AC01", u"tablet", 300, u"mg", 60},
    {u"rifampicin", u"利福平", u"J04AB02", u"capsule", 150, u"mg", 200},
    {u"clopidogrel", u"氯吡格雷", u"B01AC04", u"tablet", 75, u"mg", 800},
    {u"rosuvastatin", u"瑞舒伐他汀", u"C10AA07", u"tablet", 10, u"mg", 400},
    {u"montelukast", u"孟鲁司特", u"R03DC03", u"tablet", 10, u"mg", 900},
    {u"azithromycin", u"阿奇霉素", u"J01FA10", u"tablet", 250, u"mg", 700},
    {u"ceftriaxone", u"头孢曲松", u"J01DD04", u"injection", 1, u"g", 3000},
    {u"oseltamivir", u"奥司他韦", u"J05AH02", u"capsule", 75, u"mg", 2500},
    {u"levothyroxine", u"左甲状腺素", u"H03AA01", u"tablet", 50, u"mcg", 150},
    {u"hydroxycarbamide", u"羟基脲", u"L01XX05", u"capsule", 500, u"mg", 1200},
    {u"lamivudine", u"拉米夫定", u"J05AF05", u"tablet", 100, u"mg", 500},
    {u"salbutamol", u"沙丁胺醇", u"R03CC02", u"tablet", 4, u"mg", 100},
}};

struct Country
{
    const char16_t *code;
    const char16_t *currency;
    int rateMilli; ///< units per CNY × 1000
};

constexpr std::array<Country, 9> countries = {{
    {u"CN", u"CNY", 1000},
    {u"LA", u"LAK", 2950000},
    {u"TH", u"THB", 4850},
    {u"VN", u"VND", 3500000},
    {u"MY", u"MYR", 650},
    {u"IN", u"USD", 140},
    {u"KH", u"KHR", 570000},
    {u"MM", u"MMK", 295000},
    {u"ID", u"IDR", 2200000},
}};

// Supply regions: Chinese border provinces, then whole ASEAN countries.
constexpr std::array<const char16_t *, 12> regions = {u"CN-45", u"CN-53", u"CN-52", u"CN-44",
                                                      u"CN-46", u"CN-51", u"LA",    u"TH",
                                                      u"VN",    u"KH",    u"MM",    u"MY"};

constexpr std::array<const char16_t *, 10> companyWords = {
    u"Lijiang", u"Mekong",  u"Dianchi", u"Chao Phraya", u"Red River",
    u"Pearl",   u"Lancang", u"Annam",   u"Borneo",      u"Deccan"};

constexpr std::array<const char16_t *, 5> qualityCodes = {u"who_pq", u"sra", u"pics",
                                                          u"consistency", u"gmp"};

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

const Country &countryOf(const QString &code)
{
    for (const Country &c : countries)
        if (s(c.code) == code)
            return c;
    return countries[0];
}

QString regionCountry(const QString &region)
{
    return region.left(2);
}

} // namespace

model::TenderData generateTender(const GeneratorOptions &o)
{
    QRandomGenerator64 rng(o.seed);
    auto pick = [&rng](auto count) {
        return static_cast<int>(rng.bounded(static_cast<quint64>(count)));
    };
    model::TenderData data;
    data.tender = {QStringLiteral("GEN-%1").arg(o.seed),
                   QStringLiteral("Synthetic China–ASEAN tender (%1 products, seed %2)")
                       .arg(o.products)
                       .arg(o.seed),
                   QStringLiteral("CNY"),
                   o.ruleSet,
                   {}};

    for (const Country &c : countries)
        if (s(c.currency) != u"CNY")
            data.fxRates.push_back({s(c.currency), Decimal::fromUnits(c.rateMilli, 3).normalized(),
                                    QDate(2026, 11, 1)});
    data.fxRates.push_back({QStringLiteral("CNY"), Decimal(1), QDate(2026, 11, 1)});

    std::vector<int> basePrice(static_cast<size_t>(o.products));
    for (int i = 0; i < o.products; ++i) {
        const Medicine &m = medicines[static_cast<size_t>(i) % medicines.size()];
        const int variant = i / static_cast<int>(medicines.size());
        model::Product p;
        p.id = QStringLiteral("P%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        p.inn = s(m.inn);
        p.nameZh = s(m.nameZh) + (variant ? QStringLiteral(" (%1)").arg(variant + 1) : QString());
        p.atc = s(m.atc);
        p.form = s(m.form);
        p.strength = Decimal(m.strength) * Decimal(variant + 1);
        p.strengthUnit = s(m.unit);
        p.packSize = 1;
        basePrice[static_cast<size_t>(i)] = m.basePriceMilli * (variant + 1);
        if (pick(3) == 0) // a declared ceiling on a third of the products
            p.maxUnitPrice =
                Decimal::fromUnits(basePrice[static_cast<size_t>(i)] * 3, 3).rounded(4);
        data.products.push_back(p);
    }

    for (int i = 0; i < o.bidders; ++i) {
        const Country &home = countries[static_cast<size_t>(i % 6)]; // CN, LA, TH, VN, MY, IN bid
        model::Bidder b;
        b.id = QStringLiteral("M%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        b.name = QStringLiteral("%1 %2 Pharmaceutical")
                     .arg(s(companyWords[static_cast<size_t>(pick(companyWords.size()))]))
                     .arg(i + 1);
        b.country = s(home.code);
        b.gmp = pick(40) != 0;
        b.quality = *model::qualityCodeFromName(s(qualityCodes[static_cast<size_t>(pick(4))]));
        b.registeredIn << b.country;
        for (int k = 0; k < 3; ++k) {
            const QString other =
                regionCountry(s(regions[static_cast<size_t>(pick(regions.size()))]));
            if (!b.registeredIn.contains(other))
                b.registeredIn << other;
        }
        data.bidders.push_back(b);
    }

    const int perProduct = std::min(o.bidsPerProduct, o.bidders);
    std::vector<int> order(static_cast<size_t>(o.bidders));
    const int packs[] = {7, 10, 14, 20, 28, 30, 100};
    int bidNumber = 0;
    for (int i = 0; i < o.products; ++i) {
        const model::Product &product = data.products[static_cast<size_t>(i)];
        for (int k = 0; k < o.bidders; ++k)
            order[static_cast<size_t>(k)] = k;
        for (int k = 0; k < perProduct; ++k) { // partial Fisher–Yates: distinct bidders
            const int j = k + pick(o.bidders - k);
            std::swap(order[static_cast<size_t>(k)], order[static_cast<size_t>(j)]);
            const model::Bidder &bidder =
                data.bidders[static_cast<size_t>(order[static_cast<size_t>(k)])];
            const Country &c = countryOf(bidder.country);
            model::Bid b;
            b.id = QStringLiteral("B%1").arg(++bidNumber, 6, 10, QLatin1Char('0'));
            b.bidderId = bidder.id;
            b.productId = product.id;
            b.strength = product.strength;
            b.strengthUnit = product.strengthUnit;
            b.packSize = packs[pick(std::size(packs))];
            // unit price in CNY × 1000, 60%–300% of the base; pack price in the bid currency
            const qint64 unitMilli = basePrice[static_cast<size_t>(i)] * (60 + pick(240)) / 100;
            const Decimal unit = Decimal::fromUnits(unitMilli, 3);
            const Decimal rate = Decimal::fromUnits(c.rateMilli, 3);
            b.packPrice = (unit * b.packSize * rate)
                              .rounded(s(c.currency) == u"CNY" || c.rateMilli < 100000 ? 2 : 0);
            if (b.packPrice.isZero())
                b.packPrice = Decimal::fromUnits(1, 2);
            b.currency = s(c.currency);
            if (pick(2))
                b.capacity = Decimal(100000 * (1 + pick(200)));
            b.leadTimeDays = 7 + pick(60);
            b.shelfLifeMonths = pick(20) == 0 ? 18 : (pick(2) ? 36 : 24);
            const QDateTime at =
                QDateTime(QDate(2026, 10, 20), QTime(8, 0), Qt::UTC).addSecs(pick(7 * 24 * 3600));
            b.submittedAt = at.toString(Qt::ISODate);
            b.submittedAtMsecs = at.toMSecsSinceEpoch();
            b.acceptsRevival = pick(3) == 0;
            data.bids.push_back(b);
        }
    }

    // Buyers: each has a country, a region and its currency; each asks for some products.
    struct Buyer
    {
        QString id, country, region, currency;
    };
    std::vector<Buyer> buyers;
    buyers.reserve(static_cast<size_t>(o.buyers));
    for (int i = 0; i < o.buyers; ++i) {
        const QString region = s(regions[static_cast<size_t>(pick(regions.size()))]);
        const QString country = regionCountry(region);
        buyers.push_back({QStringLiteral("%1-H%2").arg(region).arg(i + 1, 6, 10, QLatin1Char('0')),
                          country, region, s(countryOf(country).currency)});
    }
    const qint64 cells = qint64(o.products) * o.buyers;
    const qint64 wanted = o.demandRows >= 0 ? std::min(o.demandRows, cells) : cells / 3;
    data.demand.reserve(static_cast<size_t>(wanted));
    // Bresenham-like spread: exactly `wanted` rows, evenly over products × buyers.
    qint64 taken = 0;
    for (qint64 cell = 0; cell < cells && taken < wanted; ++cell) {
        if ((cell + 1) * wanted / cells == taken)
            continue;
        ++taken;
        const int product = static_cast<int>(cell / o.buyers);
        const Buyer &buyer = buyers[static_cast<size_t>(cell % o.buyers)];
        data.demand.push_back({data.products[static_cast<size_t>(product)].id,
                               buyer.id,
                               buyer.country,
                               buyer.region,
                               buyer.currency,
                               Decimal(1000 * (1 + pick(500))),
                               {}});
    }

    // Reference prices for half of the products, in three markets.
    for (int i = 0; i < o.products; i += 2) {
        for (const char16_t *market : {u"CN-45", u"TH", u"VN"}) {
            const Country &c = countryOf(regionCountry(s(market)));
            const Decimal unit =
                Decimal::fromUnits(basePrice[static_cast<size_t>(i)] * (80 + pick(80)) / 100, 3);
            data.references.push_back(
                {data.products[static_cast<size_t>(i)].id, s(market),
                 (unit * Decimal::fromUnits(c.rateMilli, 3)).rounded(2).normalized(), s(c.currency),
                 QDate(2026, 6, 30), QStringLiteral("synthetic")});
        }
    }
    return data;
}

} // namespace td::io
