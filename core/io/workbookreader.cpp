#include "workbookreader.h"

#include "csvfoldersource.h"
#include "model/parameters.h"
#include "model/strengthunit.h"
#include "stringpool.h"
#include "tablereader.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <unordered_map>
#include <unordered_set>

namespace td::io {

// lupdate reads the context from this class; tr() uses the same name at run time.
class WorkbookReaderText
{
    Q_DECLARE_TR_FUNCTIONS(td::io::WorkbookReader)
};

namespace {

using cell::Sign;
using L1 = QLatin1String;

enum TenderColumn { TenderId, TenderTitle, TenderCurrency, TenderRuleSet, TenderParameters };
constexpr ColumnSpec tenderColumns[] = {{L1("tender_id")},
                                        {L1("title")},
                                        {L1("currency")},
                                        {L1("rule_set")},
                                        {L1("parameters"), false, true}};

enum ProductColumn {
    ProductId,
    ProductInn,
    ProductNameZh,
    ProductNameLo,
    ProductNameTh,
    ProductAtc,
    ProductForm,
    ProductStrength,
    ProductStrengthUnit,
    ProductPackSize,
    ProductMaxUnitPrice
};
constexpr ColumnSpec productColumns[] = {{L1("product_id")},
                                         {L1("inn")},
                                         {L1("name_zh"), false, true},
                                         {L1("name_lo"), false, true},
                                         {L1("name_th"), false, true},
                                         {L1("atc"), false, true},
                                         {L1("form")},
                                         {L1("strength")},
                                         {L1("strength_unit")},
                                         {L1("pack_size")},
                                         {L1("max_unit_price"), false, true}};

enum BidderColumn {
    BidderId,
    BidderName,
    BidderCountry,
    BidderGmp,
    BidderQuality,
    BidderRegisteredIn
};
constexpr ColumnSpec bidderColumns[] = {{L1("bidder_id")}, {L1("name")},
                                        {L1("country")},   {L1("gmp")},
                                        {L1("quality")},   {L1("registered_in"), true, true}};

enum BidColumn {
    BidId,
    BidBidderId,
    BidProductId,
    BidStrength,
    BidStrengthUnit,
    BidPackSize,
    BidPackPrice,
    BidCurrency,
    BidCapacity,
    BidLeadTime,
    BidShelfLife,
    BidSubmittedAt,
    BidAcceptsRevival
};
constexpr ColumnSpec bidColumns[] = {{L1("bid_id")},
                                     {L1("bidder_id")},
                                     {L1("product_id")},
                                     {L1("strength")},
                                     {L1("strength_unit")},
                                     {L1("pack_size")},
                                     {L1("pack_price")},
                                     {L1("currency")},
                                     {L1("capacity"), false, true},
                                     {L1("lead_time_days")},
                                     {L1("shelf_life_months")},
                                     {L1("submitted_at")},
                                     {L1("accepts_revival"), false, true}};

enum DemandColumn {
    DemandProductId,
    DemandBuyerId,
    DemandCountry,
    DemandRegion,
    DemandCurrency,
    DemandQuantity,
    DemandPreferredBidder
};
constexpr ColumnSpec demandColumns[] = {{L1("product_id")},
                                        {L1("buyer_id")},
                                        {L1("country")},
                                        {L1("region")},
                                        {L1("currency")},
                                        {L1("quantity")},
                                        {L1("preferred_bidder"), false, true}};

enum FxColumn { FxCurrency, FxRate, FxDate };
constexpr ColumnSpec fxColumns[] = {{L1("currency")}, {L1("rate")}, {L1("date")}};

enum ReferenceColumn { RefProductId, RefMarket, RefUnitPrice, RefCurrency, RefDate, RefSource };
constexpr ColumnSpec referenceColumns[] = {{L1("product_id")}, {L1("market")},
                                           {L1("unit_price")}, {L1("currency")},
                                           {L1("date")},       {L1("source"), false, true}};

const QStringList &tableNames()
{
    static const QStringList names = {QStringLiteral("tender"),    QStringLiteral("products"),
                                      QStringLiteral("bidders"),   QStringLiteral("bids"),
                                      QStringLiteral("demand"),    QStringLiteral("fx"),
                                      QStringLiteral("references")};
    return names;
}

// First row of each key, open addressing: a million demand keys without a million nodes.
class FirstRows
{
public:
    /// Records `row` for `key` and returns 0, or returns the row that had `key` first.
    int insert(quint64 key, int row)
    {
        if ((m_count + 1) * 2 > m_keys.size())
            grow();
        ++key; // 0 marks an empty slot
        for (size_t i = slot(key);; i = (i + 1) & (m_keys.size() - 1)) {
            if (m_keys[i] == key)
                return m_rows[i];
            if (m_keys[i] == 0) {
                m_keys[i] = key;
                m_rows[i] = row;
                ++m_count;
                return 0;
            }
        }
    }

private:
    size_t slot(quint64 key) const { return size_t((key * 0x9E3779B97F4A7C15ULL) >> m_shift); }
    void grow()
    {
        std::vector<quint64> keys(std::max<size_t>(1024, m_keys.size() * 2));
        std::vector<int> rows(keys.size());
        m_shift = 64 - std::countr_zero(keys.size());
        std::swap(keys, m_keys);
        std::swap(rows, m_rows);
        for (size_t i = 0; i < keys.size(); ++i) {
            if (!keys[i])
                continue;
            size_t j = slot(keys[i]);
            while (m_keys[j])
                j = (j + 1) & (m_keys.size() - 1);
            m_keys[j] = keys[i];
            m_rows[j] = rows[i];
        }
    }

    std::vector<quint64> m_keys;
    std::vector<int> m_rows;
    size_t m_count = 0;
    int m_shift = 64;
};

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}

// First row of each (product, buyer) pair of demand.csv. Valid files take the fast path: one
// bit per pair in a bitset per product (cache-friendly, no hashing). The first duplicate, or
// pairs too sparse for bitsets, switch to FirstRows, rebuilt from the pairs seen so far.
class PairFirstRows
{
public:
    int insert(int product, int buyer, int row)
    {
        if (!m_hashed) {
            if (product >= int(m_bits.size()))
                m_bits.resize(size_t(product) + 1);
            std::vector<quint64> &words = m_bits[size_t(product)];
            const size_t word = size_t(buyer) >> 6;
            if (word >= words.size()) {
                m_words += word + 1 - words.size();
                if (m_words <= MaxWords)
                    words.resize(std::max(word + 1, words.size() * 2));
            }
            if (m_words <= MaxWords) {
                const quint64 bit = quint64(1) << (buyer & 63);
                if (!(words[word] & bit)) {
                    words[word] |= bit;
                    m_seen.push_back({product, buyer, row});
                    return 0;
                }
            }
            switchToHash();
        }
        return m_hash.insert(pairKey(product, buyer), row);
    }

private:
    static constexpr size_t MaxWords = size_t(4) << 20; // 32 MiB of bits

    void switchToHash()
    {
        m_hashed = true;
        for (const Seen &s : m_seen)
            m_hash.insert(pairKey(s.product, s.buyer), s.row);
        m_seen = {};
        m_bits = {};
    }

    struct Seen
    {
        int product;
        int buyer;
        int row;
    };
    std::vector<std::vector<quint64>> m_bits;
    std::vector<Seen> m_seen;
    size_t m_words = 0;
    bool m_hashed = false;
    FirstRows m_hash;
};

class WorkbookImport
{
public:
    WorkbookImport(WorkbookSource &source, const ImportProgress &progress,
                   ImportStream *stream = nullptr)
        : m_source(source), m_context(progress), m_stream(stream)
    {}
    ImportResult run();

private:
    struct Loaded
    {
        bool header = false;   // the table has a usable header
        bool complete = false; // and was read to the end without a source error
    };
    template <typename RowFunction>
    Loaded readTable(const QString &table, std::span<const ColumnSpec> columns, bool optional,
                     RowFunction &&perRow);

    void readTender();
    void readProducts();
    void readBidders();
    void readFx();
    void readBids();
    void readDemand();
    void readReferences();

    int productOf(int id) const
    {
        return id < int(m_productOfId.size()) ? m_productOfId[size_t(id)] : -1;
    }
    int bidderOf(int id) const
    {
        return id < int(m_bidderOfId.size()) ? m_bidderOfId[size_t(id)] : -1;
    }
    void checkProduct(TableReader &t, int column, int id);
    void checkRate(TableReader &t, int column, int currencyCode);
    static void setAt(std::vector<int> &v, int index, int value);

    WorkbookSource &m_source;
    ImportContext m_context;
    ImportStream *m_stream = nullptr; ///< a writer storing rows as they are read, or none
    model::TenderData m_data;
    StringPool m_ids;   // identifiers of products, bidders, buyers
    StringPool m_codes; // countries, regions, currencies, units, markets
    std::vector<int> m_productOfId;
    std::vector<int> m_bidderOfId;
    std::vector<int> m_productRows;
    int m_priceDecimals = 4;
    bool m_productsLoaded = false;
    bool m_biddersLoaded = false;
    bool m_fxLoaded = false;
    std::unordered_set<QString> m_fxCurrencies;
    std::vector<signed char> m_hasRate; // per code id: -1 unknown yet, 0 no, 1 yes
};

template <typename RowFunction>
WorkbookImport::Loaded WorkbookImport::readTable(const QString &table,
                                                 std::span<const ColumnSpec> columns, bool optional,
                                                 RowFunction &&perRow)
{
    Loaded loaded;
    if (m_context.stopped())
        return loaded;
    const QString file = m_source.fileName(table);
    if (!m_source.has(table)) {
        if (!optional)
            m_context.add({file, 0, QString(),
                           WorkbookReaderText::tr("the table is missing from the workbook")});
        return loaded;
    }
    std::unique_ptr<RowSource> rows = m_source.open(table);
    TableReader reader(file, columns, *rows, m_context);
    loaded.header = reader.readHeader();
    if (loaded.header)
        while (reader.next())
            perRow(reader);
    loaded.complete = loaded.header && !rows->error() && !m_context.stopped();
    m_context.finishSource(rows->size());
    return loaded;
}

void WorkbookImport::setAt(std::vector<int> &v, int index, int value)
{
    if (index >= int(v.size()))
        v.resize(size_t(index) + 1, -1);
    v[size_t(index)] = value;
}

void WorkbookImport::readTender()
{
    int rows = 0;
    int headerRow = 1;
    const Loaded loaded = readTable(tableNames()[0], tenderColumns, false, [&](TableReader &t) {
        headerRow = t.headerRow();
        if (++rows > 1) {
            t.rowError(WorkbookReaderText::tr("%1 holds exactly one row").arg(t.file()));
            return;
        }
        model::Tender &tender = m_data.tender;
        if (auto v = t.text(TenderId))
            tender.id = v->toString();
        if (auto v = t.text(TenderTitle))
            tender.title = v->toString();
        if (auto v = t.currency(TenderCurrency))
            tender.currency = v->toString();
        model::Parameters parameters;
        if (auto v = t.text(TenderRuleSet)) {
            QString message;
            if (auto ruleSet = cell::ruleSet(*v, &message))
                parameters.ruleSet = tender.ruleSet = *ruleSet;
            else
                t.error(TenderRuleSet, message);
        }
        tender.parameters = t.cell(TenderParameters).toString();
        for (const model::ParameterError &e :
             model::applyParameterText(parameters, tender.parameters))
            t.error(TenderParameters, e.message);
        m_priceDecimals = parameters.priceDecimals;
    });
    if (loaded.complete && rows == 0)
        m_context.add({m_source.fileName(tableNames()[0]), headerRow + 1, QString(),
                       WorkbookReaderText::tr(
                           "the tender row is missing (the table holds exactly one row)")});
}

void WorkbookImport::readProducts()
{
    const Loaded loaded = readTable(tableNames()[1], productColumns, false, [&](TableReader &t) {
        model::Product p;
        if (auto v = t.text(ProductId)) {
            const int id = m_ids.id(*v);
            p.id = m_ids.string(id);
            if (const int first = productOf(id); first >= 0) {
                t.error(ProductId,
                        WorkbookReaderText::tr("duplicate product_id %1 (row %2 has the first)")
                            .arg(cell::quoted(*v))
                            .arg(m_productRows[size_t(first)]));
            } else {
                setAt(m_productOfId, id, int(m_data.products.size()));
            }
        }
        if (auto v = t.text(ProductInn))
            p.inn = v->toString();
        p.nameZh = t.cell(ProductNameZh).toString();
        p.nameLo = t.cell(ProductNameLo).toString();
        p.nameTh = t.cell(ProductNameTh).toString();
        p.atc = t.cell(ProductAtc).toString();
        QString message;
        if (!p.atc.isEmpty() && !cell::atc(p.atc, &message))
            t.error(ProductAtc, message);
        if (auto v = t.text(ProductForm))
            p.form = v->toString();
        if (auto v = t.decimal(ProductStrength, Sign::Positive))
            p.strength = *v;
        if (auto v = t.text(ProductStrengthUnit))
            p.strengthUnit = m_codes.intern(*v);
        if (auto v = t.decimal(ProductPackSize, Sign::Positive))
            p.packSize = *v;
        if (t.optionalDecimal(ProductMaxUnitPrice, Sign::Positive, p.maxUnitPrice) &&
            p.maxUnitPrice && p.maxUnitPrice->significantDecimals() > m_priceDecimals)
            t.error(ProductMaxUnitPrice,
                    WorkbookReaderText::tr(
                        "%1 has more than %2 decimals (price_decimals of the tender)")
                        .arg(cell::quoted(t.cell(ProductMaxUnitPrice)))
                        .arg(m_priceDecimals));
        m_productRows.push_back(t.row());
        m_data.products.push_back(std::move(p));
    });
    m_productsLoaded = loaded.complete;
}

void WorkbookImport::readBidders()
{
    std::vector<int> rows;
    const Loaded loaded = readTable(tableNames()[2], bidderColumns, false, [&](TableReader &t) {
        model::Bidder b;
        if (auto v = t.text(BidderId)) {
            const int id = m_ids.id(*v);
            b.id = m_ids.string(id);
            if (const int first = bidderOf(id); first >= 0)
                t.error(BidderId,
                        WorkbookReaderText::tr("duplicate bidder_id %1 (row %2 has the first)")
                            .arg(cell::quoted(*v))
                            .arg(rows[size_t(first)]));
            else
                setAt(m_bidderOfId, id, int(m_data.bidders.size()));
        }
        if (auto v = t.text(BidderName))
            b.name = v->toString();
        if (auto v = t.country(BidderCountry))
            b.country = m_codes.intern(*v);
        if (auto v = t.yesNo(BidderGmp))
            b.gmp = *v;
        if (auto v = t.text(BidderQuality)) {
            QString message;
            if (auto q = cell::quality(*v, &message))
                b.quality = *q;
            else
                t.error(BidderQuality, message);
        }
        const QStringView list = t.cell(BidderRegisteredIn);
        if (!list.isEmpty()) {
            for (QStringView code : list.split(u';')) {
                if (cell::isCountry(code))
                    b.registeredIn.append(m_codes.intern(code));
                else
                    t.error(BidderRegisteredIn,
                            WorkbookReaderText::tr(
                                "%1 in the list %2 is not an ISO country code (2 capital letters; "
                                "separate codes with ';' and no spaces)")
                                .arg(cell::quoted(code), cell::quoted(list)));
            }
        }
        rows.push_back(t.row());
        m_data.bidders.push_back(std::move(b));
    });
    m_biddersLoaded = loaded.complete;
}

void WorkbookImport::readFx()
{
    std::unordered_map<QString, int> firstRows; // "CNY 2026-11-01" → row
    const Loaded loaded = readTable(tableNames()[5], fxColumns, false, [&](TableReader &t) {
        model::FxRate fx;
        const auto currency = t.currency(FxCurrency);
        if (currency) {
            fx.currency = m_codes.intern(*currency);
            m_fxCurrencies.insert(fx.currency);
        }
        const auto rate = t.decimal(FxRate, Sign::Positive);
        if (rate) {
            fx.rate = *rate;
            if (currency && *currency == m_data.tender.currency && *rate != money::Decimal(1))
                t.error(FxRate,
                        WorkbookReaderText::tr("%1 is the tender currency: its rate is 1, not %2")
                            .arg(currency->toString(), rate->toString()));
        }
        if (auto date = t.date(FxDate)) {
            fx.date = *date;
            if (currency) {
                const QString key = fx.currency + u' ' + t.cell(FxDate);
                const auto [it, inserted] = firstRows.emplace(key, t.row());
                if (!inserted)
                    t.error(FxDate, WorkbookReaderText::tr(
                                        "%1 on %2 is listed twice (row %3 has the first)")
                                        .arg(fx.currency, t.cell(FxDate).toString())
                                        .arg(it->second));
            }
        }
        m_data.fxRates.push_back(std::move(fx));
    });
    m_fxLoaded = loaded.complete;
}

void WorkbookImport::checkProduct(TableReader &t, int column, int id)
{
    if (m_productsLoaded && productOf(id) < 0)
        t.error(column,
                WorkbookReaderText::tr("unknown product_id %1 (not in %2)")
                    .arg(cell::quoted(m_ids.string(id)), m_source.fileName(tableNames()[1])));
}

void WorkbookImport::checkRate(TableReader &t, int column, int code)
{
    // Without a readable fx table or tender currency this would only repeat earlier errors.
    if (!m_fxLoaded || m_data.tender.currency.isEmpty())
        return;
    if (code >= int(m_hasRate.size()))
        m_hasRate.resize(size_t(code) + 1, -1);
    signed char &known = m_hasRate[size_t(code)];
    const QString &currency = m_codes.string(code);
    if (known < 0)
        known = (currency == m_data.tender.currency || m_fxCurrencies.count(currency)) ? 1 : 0;
    if (!known)
        t.error(column, WorkbookReaderText::tr("%1 has no exchange rate in %2")
                            .arg(currency, m_source.fileName(tableNames()[5])));
}

void WorkbookImport::readBids()
{
    QHash<QStringView, int> idRows; // views into the bid ids kept in m_data.bids
    FirstRows pairRows;
    readTable(tableNames()[3], bidColumns, false, [&](TableReader &t) {
        model::Bid b;
        if (auto v = t.text(BidId)) {
            b.id = v->toString();
            if (const int first = idRows.value(b.id, 0))
                t.error(BidId, WorkbookReaderText::tr("duplicate bid_id %1 (row %2 has the first)")
                                   .arg(cell::quoted(*v))
                                   .arg(first));
            else
                idRows.insert(QStringView(b.id), t.row());
        }
        int bidder = -1;
        if (auto v = t.text(BidBidderId)) {
            bidder = m_ids.id(*v);
            b.bidderId = m_ids.string(bidder);
            if (m_biddersLoaded && bidderOf(bidder) < 0)
                t.error(BidBidderId,
                        WorkbookReaderText::tr("unknown bidder_id %1 (not in %2)")
                            .arg(cell::quoted(*v), m_source.fileName(tableNames()[2])));
        }
        int product = -1;
        if (auto v = t.text(BidProductId)) {
            product = m_ids.id(*v);
            b.productId = m_ids.string(product);
            checkProduct(t, BidProductId, product);
        }
        if (bidder >= 0 && product >= 0) {
            if (const int first = pairRows.insert(pairKey(bidder, product), t.row()))
                t.error(BidProductId,
                        WorkbookReaderText::tr(
                            "second bid of bidder %1 for product %2 (row %3 has the first)")
                            .arg(b.bidderId, b.productId)
                            .arg(first));
        }
        if (auto v = t.decimal(BidStrength, Sign::Positive))
            b.strength = *v;
        if (auto v = t.text(BidStrengthUnit)) {
            b.strengthUnit = m_codes.intern(*v);
            const int p = product >= 0 ? productOf(product) : -1;
            if (p >= 0) {
                const QString &target = m_data.products[size_t(p)].strengthUnit;
                if (!target.isEmpty() && !model::strengthUnitFactor(*v, target))
                    t.error(BidStrengthUnit,
                            WorkbookReaderText::tr("%1 is not convertible to the product's %2")
                                .arg(cell::quoted(*v), cell::quoted(target)));
            }
        }
        if (auto v = t.decimal(BidPackSize, Sign::Positive))
            b.packSize = *v;
        if (auto v = t.decimal(BidPackPrice, Sign::Positive))
            b.packPrice = *v;
        if (auto v = t.currency(BidCurrency)) {
            const int code = m_codes.id(*v);
            b.currency = m_codes.string(code);
            checkRate(t, BidCurrency, code);
        }
        t.optionalDecimal(BidCapacity, Sign::NonNegative, b.capacity);
        if (auto v = t.count(BidLeadTime))
            b.leadTimeDays = *v;
        if (auto v = t.count(BidShelfLife))
            b.shelfLifeMonths = *v;
        if (auto v = t.text(BidSubmittedAt)) {
            QString message;
            if (auto msecs = cell::timestamp(*v, &message)) {
                b.submittedAt = v->toString();
                b.submittedAtMsecs = *msecs;
            } else {
                t.error(BidSubmittedAt, message);
            }
        }
        if (!t.cell(BidAcceptsRevival).isEmpty())
            if (auto v = t.yesNo(BidAcceptsRevival))
                b.acceptsRevival = *v;
        m_data.bids.push_back(std::move(b));
    });
}

void WorkbookImport::readDemand()
{
    PairFirstRows pairRows;
    model::RecurringOrder buyers;
    int lastProduct = -1, lastCountry = -1, lastRegion = -1, lastCurrency = -1, lastPreferred = -1;
    // Reserving from the file size (a demand row has at least 16 bytes) saves the copies of a
    // growing vector; untouched reserved pages cost no memory.
    m_data.demand.reserve(size_t(m_source.tableSize(tableNames()[4]) / 16));
    std::vector<std::pair<int, int>> regionCountry; // per region code: country code, first row
    if (m_source.has(tableNames()[4]))

        readTable(tableNames()[4], demandColumns, false, [&](TableReader &t) {
            if (m_stream) {
                const size_t n = m_data.demand.size();
                if (n == m_data.demand.capacity()) {
                    m_stream->demandRead(m_data.demand.data(), n, false);
                    m_stream->beforeRowsMove(); // the emplace below reallocates
                } else if (n % 4096 == 0 && n > 0) {
                    m_stream->demandRead(m_data.demand.data(), n, false);
                }
            }
            model::Demand &d = m_data.demand.emplace_back();
            int product = -1;
            if (auto v = t.text(DemandProductId)) {
                product = m_ids.id(*v, &lastProduct);
                d.productId = m_ids.string(product);
                checkProduct(t, DemandProductId, product);
            }
            if (auto v = t.text(DemandBuyerId)) {
                const int buyer = m_ids.id(*v, buyers);
                d.buyerId = m_ids.string(buyer);
                if (product >= 0)
                    if (const int first = pairRows.insert(product, buyer, t.row()))
                        t.error(DemandBuyerId,
                                WorkbookReaderText::tr(
                                    "product %1 and buyer %2 are listed twice (row %3 has "
                                    "the first)")
                                    .arg(d.productId, d.buyerId)
                                    .arg(first));
            }
            int country = -1;
            if (auto v = t.country(DemandCountry)) {
                country = m_codes.id(*v, &lastCountry);
                d.country = m_codes.string(country);
            }
            if (auto v = t.text(DemandRegion)) {
                const int region = m_codes.id(*v, &lastRegion);
                d.region = m_codes.string(region);
                if (country >= 0) {
                    if (region >= int(regionCountry.size()))
                        regionCountry.resize(size_t(region) + 1, {-1, 0});
                    auto &[known, row] = regionCountry[size_t(region)];
                    if (known < 0)
                        known = country, row = t.row();
                    else if (known != country)
                        t.error(DemandRegion,
                                WorkbookReaderText::tr(
                                    "region %1 is in %2 (row %3), not in %4: a region has "
                                    "one country")
                                    .arg(d.region, m_codes.string(known))
                                    .arg(row)
                                    .arg(d.country));
                }
            }
            if (auto v = t.currency(DemandCurrency)) {
                const int code = m_codes.id(*v, &lastCurrency);
                d.currency = m_codes.string(code);
                checkRate(t, DemandCurrency, code);
            }
            if (auto v = t.decimal(DemandQuantity, Sign::NonNegative))
                d.quantity = *v;
            if (const QStringView preferred = t.cell(DemandPreferredBidder); !preferred.isEmpty()) {
                const int bidder = m_ids.id(preferred, &lastPreferred);
                d.preferredBidder = m_ids.string(bidder);
                if (m_biddersLoaded && bidderOf(bidder) < 0)
                    t.error(DemandPreferredBidder,
                            WorkbookReaderText::tr("unknown bidder_id %1 (not in %2)")
                                .arg(cell::quoted(preferred), m_source.fileName(tableNames()[2])));
            }
        });
}

void WorkbookImport::readReferences()
{
    std::unordered_map<QString, int> firstRows;
    readTable(tableNames()[6], referenceColumns, true, [&](TableReader &t) {
        model::ReferencePrice r;
        if (auto v = t.text(RefProductId)) {
            const int product = m_ids.id(*v);
            r.productId = m_ids.string(product);
            checkProduct(t, RefProductId, product);
        }
        if (auto v = t.text(RefMarket))
            r.market = m_codes.intern(*v);
        if (auto v = t.decimal(RefUnitPrice, Sign::Positive))
            r.unitPrice = *v;
        if (auto v = t.currency(RefCurrency)) {
            const int code = m_codes.id(*v);
            r.currency = m_codes.string(code);
            checkRate(t, RefCurrency, code);
        }
        if (auto v = t.date(RefDate)) {
            r.date = *v;
            if (!r.productId.isEmpty() && !r.market.isEmpty()) {
                const QString key =
                    r.productId + QChar(0x1F) + r.market + QChar(0x1F) + v->toString();
                const auto [it, inserted] = firstRows.emplace(key, t.row());
                if (!inserted)
                    t.error(RefDate,
                            WorkbookReaderText::tr(
                                "product %1, market %2 and date %3 are listed twice (row %4 "
                                "has the first)")
                                .arg(r.productId, r.market, v->toString())
                                .arg(it->second));
            }
        }
        r.source = t.cell(RefSource).toString();
        m_data.references.push_back(std::move(r));
    });
}

ImportResult WorkbookImport::run()
{
    m_context.setTotal(m_source.totalSize());
    // fx before bids, demand and references so every currency can be checked in one pass.
    readTender();
    readProducts();
    readBidders();
    readFx();
    readBids();
    if (m_stream)
        m_stream->headerRead(m_data);
    readDemand();
    if (m_stream)
        m_stream->demandRead(m_data.demand.data(), m_data.demand.size(), true);
    readReferences();
    ImportResult result;
    const bool cancelled = m_context.cancelled() || !m_context.report(0);
    if (m_stream && (cancelled || !m_context.errors().empty()))
        m_stream->beforeRowsMove(); // the rows die with this reader: the writer lets go first
    if (cancelled) {
        result.errors.push_back(
            {QString(), 0, QString(), WorkbookReaderText::tr("import cancelled")});
        return result;
    }
    if (!m_context.errors().empty()) {
        result.errors = std::move(m_context.errors());
        return result;
    }
    result.data = std::move(m_data);
    return result;
}

ImportResult singleError(const QString &file, QString message)
{
    ImportResult result;
    result.errors.push_back({file, 0, QString(), std::move(message)});
    return result;
}

} // namespace

namespace {

ImportResult readWorkbookWith(const QString &path, const ImportProgress &progress,
                              ImportStream *stream)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        CsvFolderSource source(path, tableNames());
        return WorkbookImport(source, progress, stream).run();
    }
    const QString name = info.fileName();
    if (!info.exists())
        return singleError(name, WorkbookReaderText::tr("no such file or folder"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return singleError(
            name, WorkbookReaderText::tr("cannot read the file: %1").arg(file.errorString()));
    const QByteArray magic = file.read(4);
    file.close();
    if (magic.startsWith("PK")) {
        XlsxWorkbook source(path, tableNames());
        if (!source.errorString().isEmpty())
            return singleError(name, source.errorString());
        return WorkbookImport(source, progress, stream).run();
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return singleError(name, WorkbookReaderText::tr(
                                     "this is an old binary Excel .xls file; save it as .xlsx"));
    if (info.suffix().compare(QStringLiteral("csv"), Qt::CaseInsensitive) == 0)
        return singleError(
            name,
            WorkbookReaderText::tr("choose the folder that holds the CSV files, not one CSV file"));
    return singleError(name, WorkbookReaderText::tr(
                                 "not an .xlsx workbook (the file is not a zip archive) and not a "
                                 "folder of CSV files"));
}

} // namespace

ImportResult readWorkbook(const QString &path, const ImportProgress &progress)
{
    return readWorkbookWith(path, progress, nullptr);
}

ImportResult readWorkbook(const QString &path, ImportStream &stream, const ImportProgress &progress)
{
    return readWorkbookWith(path, progress, &stream);
}

QString formatImportError(const ImportError &e)
{
    QString where = e.file;
    if (e.row > 0)
        where = where.isEmpty() ? WorkbookReaderText::tr("row %1").arg(e.row)
                                : WorkbookReaderText::tr("%1, row %2").arg(where).arg(e.row);
    if (!e.column.isEmpty())
        where = where.isEmpty() ? WorkbookReaderText::tr("column %1").arg(e.column)
                                : WorkbookReaderText::tr("%1, column %2").arg(where, e.column);
    return where.isEmpty() ? e.message : WorkbookReaderText::tr("%1: %2").arg(where, e.message);
}

} // namespace td::io
