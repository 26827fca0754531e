#include "tendertables.h"

#include "canonicalrow.h"
#include "demandbatch.h"
#include "demandhasher.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <bit>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>

namespace td::storage {

using namespace model;

// lupdate reads the context from this class; tr() uses the same name at run time.
class TableText
{
    Q_DECLARE_TR_FUNCTIONS(td::storage::TableText)
};

namespace {

constexpr const char *TableNames[DigestTableCount] = {
    "tender", "product", "bidder", "bid", "demand", "fx_rate", "reference_price", "run"};

// The digest of a table is over these columns in this order; the writers below hash the same
// values in the same order. References are resolved to identifiers (LEFT JOIN so that a row
// pointing nowhere still counts, as NULL).
constexpr std::string_view DigestQueries[DigestTableCount] = {
    "SELECT tender_id, title, currency, rule_set, parameters FROM tender ORDER BY id",
    "SELECT product_id, inn, name_zh, name_lo, name_th, atc, form, strength, strength_unit, "
    "pack_size, max_unit_price FROM product ORDER BY id",
    "SELECT bidder_id, name, country, gmp, quality, registered_in FROM bidder ORDER BY id",
    "SELECT b.bid_id, r.bidder_id, p.product_id, b.strength, b.strength_unit, b.pack_size, "
    "b.pack_price, b.currency, b.capacity, b.lead_time_days, b.shelf_life_months, "
    "b.submitted_at, b.submitted_at_ms, b.accepts_revival FROM bid b "
    "LEFT JOIN bidder r ON r.id = b.bidder LEFT JOIN product p ON p.id = b.product ORDER BY b.id",
    "SELECT p.product_id, b.buyer_id, b.country, b.region, b.currency, d.quantity, "
    "d.preferred_bidder FROM demand d LEFT JOIN product p ON p.id = d.product "
    "LEFT JOIN demand_buyer b ON b.id = d.buyer ORDER BY d.rowid",
    "SELECT currency, rate, date FROM fx_rate ORDER BY id",
    "SELECT p.product_id, r.market, r.unit_price, r.currency, r.date, r.source "
    "FROM reference_price r LEFT JOIN product p ON p.id = r.product ORDER BY r.id",
    // A run's result is covered by its `digest` (SHA-256 over input digest + result, which
    // verify() recomputes per run): hashing the results themselves here would re-read every
    // stored result (hundreds of MB each in a national batch) at every evaluation.
    "SELECT id, at, user, rule_set, parameters, input_digest, digest FROM run ORDER BY id",
};

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Each encoder lists a row's values in the column order of its INSERT and digest query.
void encode(RowBuilder &r, const Tender &t)
{
    r.text(t.id);
    r.text(t.title);
    r.text(t.currency);
    r.text(ruleSetName(t.ruleSet));
    r.text(t.parameters);
}

void encode(RowBuilder &r, const Product &p)
{
    r.text(p.id);
    r.text(p.inn);
    r.optionalText(p.nameZh);
    r.optionalText(p.nameLo);
    r.optionalText(p.nameTh);
    r.optionalText(p.atc);
    r.text(p.form);
    r.decimal(p.strength);
    r.text(p.strengthUnit);
    r.decimal(p.packSize);
    r.optionalDecimal(p.maxUnitPrice);
}

void encode(RowBuilder &r, const Bidder &b)
{
    r.text(b.id);
    r.text(b.name);
    r.text(b.country);
    r.integer(b.gmp ? 1 : 0);
    r.text(qualityCodeName(b.quality));
    r.text(b.registeredIn.join(u';'));
}

void encode(RowBuilder &r, const Bid &b, qint64 bidderRow, qint64 productRow)
{
    r.text(b.id);
    r.reference(bidderRow, b.bidderId);
    r.reference(productRow, b.productId);
    r.decimal(b.strength);
    r.text(b.strengthUnit);
    r.decimal(b.packSize);
    r.decimal(b.packPrice);
    r.text(b.currency);
    r.optionalDecimal(b.capacity);
    r.integer(b.leadTimeDays);
    r.integer(b.shelfLifeMonths);
    r.text(b.submittedAt);
    r.integer(b.submittedAtMsecs);
    r.integer(b.acceptsRevival ? 1 : 0);
}

// A demand row's canonical digest row is written by DemandHasher (demandhasher.h).

void encode(RowBuilder &r, const FxRate &f)
{
    r.text(f.currency);
    r.decimal(f.rate);
    r.text(isoDate(f.date));
}

void encode(RowBuilder &r, const ReferencePrice &p, qint64 productRow)
{
    r.reference(productRow, p.productId);
    r.text(p.market);
    r.decimal(p.unitPrice);
    r.text(p.currency);
    r.text(isoDate(p.date));
    r.optionalText(p.source);
}

// Identifiers to row ids; consecutive demand rows usually name the same product, so the last
// hit is remembered (a QString compare is cheaper than a hash lookup).
class RowIds
{
public:
    void insert(const QString &id, qint64 row) { m_rows.insert(id, row); }
    qint64 find(const QString &id)
    {
        if (id.isNull()) {
            m_missing = QStringLiteral("");
            return 0;
        }
        if (m_lastRow != 0 && id == m_lastId)
            return m_lastRow;
        const auto it = m_rows.constFind(id);
        if (it == m_rows.cend()) {
            m_missing = id; // the writer refuses the row (foreign keys are off during the load)
            return 0;
        }
        m_lastId = id;
        m_lastRow = *it;
        return m_lastRow;
    }

    QString takeMissing() { return std::exchange(m_missing, QString()); }
    bool hasMissing() const { return !m_missing.isNull(); }

private:
    QHash<QString, qint64> m_rows;
    QString m_missing;
    QString m_lastId;
    qint64 m_lastRow = 0;
};

// References are resolved here rather than by SQLite's foreign keys, which are off during the
// bulk load (a parent lookup per demand row costs a quarter of the insert time).
template <typename Rows, typename Encode>
bool insertRows(sqlite3 *db, std::string_view sql, const Rows &rows, Encode encodeRow,
                const char *table, RowIds *ids, QString *error,
                std::initializer_list<RowIds *> references = {})
{
    SqliteStatement insert(db, sql);
    if (!insert.isValid()) {
        *error = insert.error();
        return false;
    }
    RowBuilder row;
    for (const auto &item : rows) {
        row.clear();
        encodeRow(row, item);
        for (RowIds *refs : references) {
            if (refs->hasMissing()) {
                *error = TableText::tr(
                             "Cannot write table %1: row %2 refers to '%3', which does not exist.")
                             .arg(QLatin1String(table))
                             .arg(&item - rows.data() + 1)
                             .arg(refs->takeMissing());
                return false;
            }
        }
        row.bindTo(insert);
        if (!insert.exec()) {
            *error = TableText::tr("Cannot write table %1: %2")
                         .arg(QLatin1String(table), insert.error());
            return false;
        }
        if constexpr (requires { item.id; }) {
            if (ids)
                ids->insert(item.id, sqliteLastInsertRowId(db));
        }
    }
    return true;
}

// Interns repeated cell texts (countries, regions, currencies, buyers) while loading, so two
// million demand rows share a few thousand strings instead of allocating eight million.
class StringPool
{
public:
    const QString &get(std::string_view utf8)
    {
        auto it = m_strings.find(utf8);
        if (it == m_strings.end())
            it = m_strings
                     .emplace(std::string(utf8),
                              QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size())))
                     .first;
        return it->second;
    }

private:
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_strings;
};

struct Reader
{
    sqlite3 *db;
    QString *error;
    const char *table = "";
    qint64 row = 0;

    bool fail(const QString &what)
    {
        *error = TableText::tr("Stored table %1, row %2: %3")
                     .arg(QLatin1String(table))
                     .arg(row)
                     .arg(what);
        return false;
    }
    bool decimal(const SqliteStatement &q, int column, Decimal *out)
    {
        const std::optional<Decimal> value = parseStoredDecimal(q.text(column));
        if (!value)
            return fail(TableText::tr("'%1' is not a decimal").arg(q.string(column)));
        *out = *value;
        return true;
    }
    bool optionalDecimal(const SqliteStatement &q, int column, std::optional<Decimal> *out)
    {
        if (q.isNull(column)) {
            out->reset();
            return true;
        }
        Decimal value;
        if (!decimal(q, column, &value))
            return false;
        *out = value;
        return true;
    }
    bool date(const SqliteStatement &q, int column, QDate *out)
    {
        const std::optional<QDate> value = parseDate(q.string(column));
        if (!value)
            return fail(TableText::tr("'%1' is not a date").arg(q.string(column)));
        *out = *value;
        return true;
    }
};

bool sameText(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

// The whole-number value of `d` when it has no decimals and fits 64 bits (stored as an
// INTEGER, which SQLite reads back as the same text).
std::optional<qint64> wholeUnits(const Decimal &d)
{
    if (d.scale() != 0)
        return std::nullopt;
    constexpr long long lo = std::numeric_limits<long long>::min() + 1;
    constexpr long long hi = std::numeric_limits<long long>::max();
    if (d.units() < lo || d.units() > hi)
        return std::nullopt;
    return static_cast<qint64>(static_cast<long long>(d.units()));
}

// The demand_buyer rows of one import: each distinct (buyer, country, region, currency) once.
// Rows of an imported workbook share interned
// QStrings, so the four data pointers find a buyer without hashing text; equal texts behind
// other pointers still end at the same row through the text key.
class DemandBuyers
{
public:
    struct Buyer
    {
        qint64 row;
    };

    explicit DemandBuyers(SqliteStatement &insert) : m_insert(insert) { rehash(4096); }

    const Buyer *find(const Demand &d, QString *error)
    {
        const Key key{{d.buyerId.constData(), d.country.constData(), d.region.constData(),
                       d.currency.constData()}};
        if (m_last >= 0 && key == m_lastKey)
            return &m_buyers[size_t(m_last)];
        size_t i = slot(key);
        while (m_slots[i].index >= 0 && !(m_slots[i].key == key))
            i = (i + 1) & (m_slots.size() - 1);
        if (m_slots[i].index < 0) {
            const int index = byText(d, error);
            if (index < 0)
                return nullptr;
            m_slots[i] = {key, index};
            if (++m_used * 2 > m_slots.size())
                rehash(m_slots.size() * 2);
            m_last = index;
        } else {
            m_last = m_slots[i].index;
        }
        m_lastKey = key;
        return &m_buyers[size_t(m_last)];
    }

    /// Starts loading the slot of a row a few rows ahead: the table outgrows the caches with
    /// tens of thousands of buyers, and consecutive rows name unrelated buyers.
    void prefetch(const Demand &d) const
    {
        const Key key{{d.buyerId.constData(), d.country.constData(), d.region.constData(),
                       d.currency.constData()}};
        const Slot *target = m_slots.data() + slot(key);
        // GCC 12 at -O3 drops __builtin_prefetch here (no prefetch instruction in the object).
#if defined(__GNUC__) && defined(__x86_64__)
        asm volatile("prefetcht0 %0" : : "m"(*target));
#elif defined(__GNUC__)
        __builtin_prefetch(target);
#else
        (void)target;
#endif
    }

private:
    struct Key
    {
        const QChar *p[4];
        bool operator==(const Key &o) const
        {
            return p[0] == o.p[0] && p[1] == o.p[1] && p[2] == o.p[2] && p[3] == o.p[3];
        }
    };
    struct Slot
    {
        Key key{};
        int index = -1;
    };

    size_t slot(const Key &k) const
    {
        quint64 h = 0;
        for (const QChar *p : k.p)
            h = (h ^ quint64(quintptr(p))) * 0x9E3779B97F4A7C15ULL;
        return size_t(h >> m_shift);
    }
    void rehash(size_t size)
    {
        std::vector<Slot> old(size);
        std::swap(old, m_slots);
        m_shift = 64 - std::countr_zero(size);
        for (const Slot &s : old) {
            if (s.index < 0)
                continue;
            size_t i = slot(s.key);
            while (m_slots[i].index >= 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = s;
        }
    }
    // A combination not seen behind these pointers: the same text may still be known.
    int byText(const Demand &d, QString *error)
    {
        const QString text =
            d.buyerId + QChar(0x1F) + d.country + QChar(0x1F) + d.region + QChar(0x1F) + d.currency;
        const auto it = m_byText.find(text);
        if (it != m_byText.end())
            return it->second;
        Buyer buyer{qint64(m_buyers.size()) + 1};
        std::string utf8[4];
        const QString *parts[4] = {&d.buyerId, &d.country, &d.region, &d.currency};
        for (int i = 0; i < 4; ++i) {
            appendUtf8(utf8[i], *parts[i]);
            m_insert.bindText(i + 2, utf8[i]);
        }
        m_insert.bindInt(1, buyer.row);
        if (!m_insert.exec()) {
            *error = TableText::tr("Cannot write table %1: %2")
                         .arg(QStringLiteral("demand_buyer"), m_insert.error());
            return -1;
        }
        m_buyers.push_back(std::move(buyer));
        m_byText.emplace(text, int(m_buyers.size()) - 1);
        return int(m_buyers.size()) - 1;
    }

    SqliteStatement &m_insert;
    std::deque<Buyer> m_buyers; // stable addresses
    std::unordered_map<QString, int> m_byText;
    std::vector<Slot> m_slots;
    size_t m_used = 0;
    int m_shift = 64;
    Key m_lastKey{};
    int m_last = -1;
};

// Demand rows are written as (product, buyer, quantity, preferred_bidder); no text is encoded
// per row but a decimal quantity or a preferred bidder. Rows are staged and inserted a batch at
// a time through one INSERT … SELECT (demandbatch.h).
// `more(have, &rows)` gives the rows read so far (more than `have`, or `have` when no more
// come): all of them at once for a finished import, batch after batch while one is streamed.
bool writeDemand(sqlite3 *db, const DemandSource &more, RowIds &products, QString *error)
{
    SqliteStatement insertBuyer(db, "INSERT INTO demand_buyer(id, buyer_id, country, region, "
                                    "currency) VALUES (?, ?, ?, ?, ?)");
    if (!insertBuyer.isValid()) {
        *error = insertBuyer.error();
        return false;
    }
    DemandBatch batch;
    if (!batch.open(db, error)) {
        *error = TableText::tr("Cannot write table %1: %2").arg(QLatin1String("demand"), *error);
        return false;
    }
    const auto flush = [&] {
        if (batch.insert(error))
            return true;
        *error = TableText::tr("Cannot write table %1: %2").arg(QLatin1String("demand"), *error);
        return false;
    };
    constexpr size_t BatchRows = 4096;
    DemandBuyers buyers(insertBuyer);
    QString lastProductId; // a copy: streamed rows may move between batches
    bool haveProduct = false;
    qint64 productRow = 0;
    std::string quantity, preferred;
    constexpr size_t Ahead = 8;
    const Demand *rows = nullptr;
    for (size_t done = 0, ready = more(0, &rows); done < ready; ready = more(done, &rows)) {
        for (; done < ready; ++done) {
            const Demand &d = rows[done];
            if (done + Ahead < ready)
                buyers.prefetch(rows[done + Ahead]);
            if (!haveProduct || !sameText(lastProductId, d.productId)) {
                productRow = products.find(d.productId);
                if (products.hasMissing()) {
                    *error =
                        TableText::tr(
                            "Cannot write table %1: row %2 refers to '%3', which does not exist.")
                            .arg(QLatin1String("demand"))
                            .arg(done + 1)
                            .arg(products.takeMissing());
                    return false;
                }
                lastProductId = d.productId;
                haveProduct = true;
            }
            const DemandBuyers::Buyer *buyer = buyers.find(d, error);
            if (!buyer)
                return false;
            const std::optional<qint64> whole = wholeUnits(d.quantity);
            quantity.clear();
            if (!whole)
                appendDecimal(quantity, d.quantity);
            preferred.clear();
            appendUtf8(preferred, d.preferredBidder); // empty: NULL
            batch.add(productRow, buyer->row, whole.has_value(), whole.value_or(0), quantity,
                      preferred);
            if (batch.size() >= BatchRows && !flush())
                return false;
        }
    }
    return flush();
}

} // namespace

const char *sqlTableName(int table)
{
    return TableNames[table];
}

QString TableDigests::toText() const
{
    QString text;
    for (int i = 0; i < DigestTableCount; ++i) {
        if (i > 0)
            text += u';';
        text += QLatin1String(TableNames[i]) + u'=' + QLatin1String(hex[size_t(i)]);
    }
    return text;
}

std::optional<TableDigests> TableDigests::fromText(const QString &text)
{
    const QStringList parts = text.split(u';');
    if (parts.size() != DigestTableCount)
        return std::nullopt;
    TableDigests digests;
    for (int i = 0; i < DigestTableCount; ++i) {
        const QString prefix = QLatin1String(TableNames[i]) + u'=';
        if (!parts[i].startsWith(prefix))
            return std::nullopt;
        digests.hex[size_t(i)] = parts[i].mid(prefix.size()).toLatin1();
    }
    return digests;
}

QString TableDigests::inputDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < RunTable; ++i) {
        hash.addData(QByteArrayView(TableNames[i]));
        hash.addData(QByteArrayView("="));
        hash.addData(hex[size_t(i)]);
        hash.addData(QByteArrayView(";"));
    }
    return QString::fromLatin1(hash.result().toHex());
}

namespace {
bool insertTenderTables(sqlite3 *db, const TenderData &data, QString *error);
bool insertHeaderTables(sqlite3 *db, const TenderData &data, RowIds &products, RowIds &bidders,
                        QString *error);
bool insertTailTables(sqlite3 *db, const TenderData &data, RowIds &products, QString *error);
} // namespace

bool writeTenderTables(sqlite3 *db, const TenderData &data, TableDigests *digests, QString *error)
{
    // The digests come from the model on the second core while SQLite inserts on this one:
    // they are the same bytes either way (digestTenderData is what the writer used to hash row
    // by row), and hashing was a fifth of the store time.
    TableDigests fromModel;
    std::thread digester([&] { fromModel = digestTenderData(data); });
    const bool ok = insertTenderTables(db, data, error);
    digester.join();
    if (!ok)
        return false;
    for (int i = 0; i < RunTable; ++i)
        digests->hex[size_t(i)] = fromModel.hex[size_t(i)];
    return true;
}

bool writeTenderTables(sqlite3 *db, TenderDataFeed &feed, TableDigests *digests,
                       const TenderData **written, QString *error)
{
    const TenderData *header = feed.header();
    RowIds products, bidders;
    bool ok = header && insertHeaderTables(db, *header, products, bidders, error);
    feed.headerWritten();
    // Demand is hashed on a second thread as its rows come, with the encoding
    // digestTenderData uses, while this one inserts them; the other tables are small.
    QByteArray demandDigest;
    std::thread demandHasher([&feed, &demandDigest] {
        RowHasher hasher;
        DemandHasher rowHasher(hasher);
        const Demand *rows = nullptr;
        for (size_t done = 0, ready = feed.demand(0, &rows); done < ready;
             ready = feed.demand(done, &rows))
            for (; done < ready; ++done)
                rowHasher.add(rows[done]);
        feed.demandConsumed();
        demandDigest = hasher.hex();
    });
    const DemandSource streamed = [&feed](size_t have, const Demand **rows) {
        return feed.demand(have, rows);
    };
    ok = ok && writeDemand(db, streamed, products, error);
    feed.demandConsumed();
    const TenderData *data = feed.complete();
    demandHasher.join();
    if (!ok || !data)
        return false;
    if (!insertTailTables(db, *data, products, error))
        return false;
    const TableDigests small = digestTenderData(*data, /*withDemand=*/false);
    for (int i = 0; i < RunTable; ++i)
        digests->hex[size_t(i)] = small.hex[size_t(i)];
    digests->hex[DemandTable] = demandDigest;
    *written = data;
    return true;
}

namespace {

// Tender, products, bidders and bids: everything demand and references refer to.
bool insertHeaderTables(sqlite3 *db, const TenderData &data, RowIds &products, RowIds &bidders,
                        QString *error)
{
    {
        SqliteStatement insert(db, "INSERT INTO tender(id, tender_id, title, currency, rule_set, "
                                   "parameters) VALUES (1, ?, ?, ?, ?, ?)");
        RowBuilder row;
        encode(row, data.tender);
        row.bindTo(insert);
        if (!insert.exec()) {
            *error = TableText::tr("Cannot write table %1: %2")
                         .arg(QStringLiteral("tender"), insert.error());
            return false;
        }
    }
    const auto noRef = [](RowBuilder &r, const auto &item) { encode(r, item); };
    if (!insertRows(db,
                    "INSERT INTO product(product_id, inn, name_zh, name_lo, name_th, atc, form, "
                    "strength, strength_unit, pack_size, max_unit_price) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    data.products, noRef, "product", &products, error))
        return false;
    if (!insertRows(db,
                    "INSERT INTO bidder(bidder_id, name, country, gmp, quality, registered_in) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    data.bidders, noRef, "bidder", &bidders, error))
        return false;
    return insertRows(
        db,
        "INSERT INTO bid(bid_id, bidder, product, strength, strength_unit, pack_size, "
        "pack_price, currency, capacity, lead_time_days, shelf_life_months, submitted_at, "
        "submitted_at_ms, accepts_revival) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        data.bids,
        [&](RowBuilder &r, const Bid &b) {
            encode(r, b, bidders.find(b.bidderId), products.find(b.productId));
        },
        "bid", nullptr, error, {&bidders, &products});
}

// Fx rates and reference prices (read after demand).
bool insertTailTables(sqlite3 *db, const TenderData &data, RowIds &products, QString *error)
{
    const auto noRef = [](RowBuilder &r, const auto &item) { encode(r, item); };
    if (!insertRows(db, "INSERT INTO fx_rate(currency, rate, date) VALUES (?, ?, ?)", data.fxRates,
                    noRef, "fx_rate", nullptr, error))
        return false;
    return insertRows(
        db,
        "INSERT INTO reference_price(product, market, unit_price, currency, date, "
        "source) VALUES (?, ?, ?, ?, ?, ?)",
        data.references,
        [&](RowBuilder &r, const ReferencePrice &p) { encode(r, p, products.find(p.productId)); },
        "reference_price", nullptr, error, {&products});
}

bool insertTenderTables(sqlite3 *db, const TenderData &data, QString *error)
{
    RowIds products, bidders;
    const DemandSource all = [&data](size_t, const Demand **rows) {
        *rows = data.demand.data();
        return data.demand.size();
    };
    return insertHeaderTables(db, data, products, bidders, error) &&
           writeDemand(db, all, products, error) && insertTailTables(db, data, products, error);
}

} // namespace

TableDigests digestTenderData(const TenderData &data, bool withDemand)
{
    TableDigests digests;
    RowBuilder row;
    const auto digestOf = [&row](const auto &rows, auto encodeRow) {
        RowHasher hasher;
        for (const auto &item : rows) {
            row.clear();
            encodeRow(row, item);
            row.hashInto(hasher);
        }
        return hasher.hex();
    };
    const auto plain = [](RowBuilder &r, const auto &item) { encode(r, item); };
    digests.hex[TenderTable] = digestOf(std::vector<Tender>{data.tender}, plain);
    digests.hex[ProductTable] = digestOf(data.products, plain);
    digests.hex[BidderTable] = digestOf(data.bidders, plain);
    digests.hex[BidTable] =
        digestOf(data.bids, [](RowBuilder &r, const Bid &b) { encode(r, b, 0, 0); });
    if (withDemand) {
        RowHasher hasher;
        DemandHasher rowHasher(hasher);
        for (const Demand &d : data.demand)
            rowHasher.add(d);
        digests.hex[DemandTable] = hasher.hex();
    }
    digests.hex[FxRateTable] = digestOf(data.fxRates, plain);
    digests.hex[ReferenceTable] =
        digestOf(data.references, [](RowBuilder &r, const ReferencePrice &p) { encode(r, p, 0); });
    return digests;
}

namespace {

// The demand digest without the two joins per row of its digest query: product identifiers
// and buyer rows are read once, then demand is scanned alone. The bytes are exactly those of
// DigestQueries[DemandTable]: a reference that is not an integer naming an existing row
// yields NULLs, as the LEFT JOIN does. Every demand edit digests the table twice (before and
// after), so this is what an edit of a two-million-row dossier waits for.
std::optional<QByteArray> digestStoredDemand(sqlite3 *db, QString *error)
{
    const auto failed = [error](const SqliteStatement &q) {
        if (q.isValid() && !q.failed())
            return false;
        if (error)
            *error = q.error();
        return true;
    };
    std::unordered_map<qint64, std::string> products;
    {
        SqliteStatement q(db, "SELECT id, product_id FROM product");
        while (q.next())
            if (!q.isNull(1))
                products.emplace(q.integer(0), std::string(q.text(1)));
        if (failed(q))
            return std::nullopt;
    }
    struct Buyer
    {
        std::string value[4];
        bool null[4] = {};
    };
    std::unordered_map<qint64, Buyer> buyers;
    {
        SqliteStatement q(db, "SELECT id, buyer_id, country, region, currency FROM demand_buyer");
        while (q.next()) {
            Buyer &b = buyers[q.integer(0)];
            for (int i = 0; i < 4; ++i) {
                b.null[i] = q.isNull(i + 1);
                b.value[i] = std::string(q.text(i + 1));
            }
        }
        if (failed(q))
            return std::nullopt;
    }
    SqliteStatement q(db, "SELECT product, buyer, quantity, preferred_bidder FROM demand "
                          "ORDER BY rowid");
    RowHasher hasher;
    qint64 lastProduct = 0;
    const std::string *productId = nullptr;
    bool haveLast = false;
    qint64 lastBuyer = 0;
    const Buyer *buyer = nullptr;
    bool haveLastBuyer = false;
    while (q.next()) {
        if (!q.isInteger(0)) {
            hasher.null();
        } else {
            const qint64 product = q.integer(0);
            if (!haveLast || product != lastProduct) {
                const auto it = products.find(product);
                productId = it == products.end() ? nullptr : &it->second;
                lastProduct = product;
                haveLast = true;
            }
            if (productId)
                hasher.value(*productId);
            else
                hasher.null();
        }
        const Buyer *b = nullptr;
        if (q.isInteger(1)) {
            const qint64 id = q.integer(1);
            if (!haveLastBuyer || id != lastBuyer) {
                const auto it = buyers.find(id);
                buyer = it == buyers.end() ? nullptr : &it->second;
                lastBuyer = id;
                haveLastBuyer = true;
            }
            b = buyer;
        }
        for (int i = 0; i < 4; ++i) {
            if (!b || b->null[i])
                hasher.null();
            else
                hasher.value(b->value[i]);
        }
        for (int c = 2; c < 4; ++c) {
            if (q.isNull(c))
                hasher.null();
            else
                hasher.value(q.text(c));
        }
        hasher.endRow();
    }
    if (failed(q))
        return std::nullopt;
    return hasher.hex();
}

} // namespace

std::optional<QByteArray> digestStoredTable(sqlite3 *db, int table, QString *error)
{
    if (table == DemandTable)
        return digestStoredDemand(db, error);
    SqliteStatement query(db, DigestQueries[table]);
    RowHasher hasher;
    const int columns = query.columnCount();
    while (query.next()) {
        for (int c = 0; c < columns; ++c) {
            if (query.isNull(c))
                hasher.null();
            else
                hasher.value(query.text(c));
        }
        hasher.endRow();
    }
    if (!query.isValid() || query.failed()) {
        if (error)
            *error = query.error();
        return std::nullopt;
    }
    return hasher.hex();
}

std::optional<TenderData> readTenderTables(sqlite3 *db, QString *error)
{
    TenderData data;
    Reader r{db, error};
    QHash<qint64, QString> productIds, bidderIds;
    const auto failed = [&](const SqliteStatement &q) {
        if (!q.isValid() || q.failed()) {
            *error =
                TableText::tr("Cannot read table %1: %2").arg(QLatin1String(r.table), q.error());
            return true;
        }
        return false;
    };

    {
        r.table = "tender";
        SqliteStatement q(db,
                          "SELECT tender_id, title, currency, rule_set, parameters FROM tender");
        if (!q.next()) {
            if (!failed(q))
                *error = TableText::tr(
                    "The dossier holds no tender data yet; import a bid workbook first.");
            return std::nullopt;
        }
        data.tender.id = q.string(0);
        data.tender.title = q.string(1);
        data.tender.currency = q.string(2);
        const std::optional<RuleSet> ruleSet = ruleSetFromName(q.string(3));
        if (!ruleSet) {
            r.fail(TableText::tr("unknown rule set '%1'").arg(q.string(3)));
            return std::nullopt;
        }
        data.tender.ruleSet = *ruleSet;
        data.tender.parameters = q.string(4);
    }
    {
        r.table = "product";
        SqliteStatement q(db, "SELECT id, product_id, inn, name_zh, name_lo, name_th, atc, form, "
                              "strength, strength_unit, pack_size, max_unit_price "
                              "FROM product ORDER BY id");
        while (q.next()) {
            ++r.row;
            Product p;
            p.id = q.string(1);
            p.inn = q.string(2);
            p.nameZh = q.string(3);
            p.nameLo = q.string(4);
            p.nameTh = q.string(5);
            p.atc = q.string(6);
            p.form = q.string(7);
            p.strengthUnit = q.string(9);
            if (!r.decimal(q, 8, &p.strength) || !r.decimal(q, 10, &p.packSize) ||
                !r.optionalDecimal(q, 11, &p.maxUnitPrice))
                return std::nullopt;
            productIds.insert(q.integer(0), p.id);
            data.products.push_back(std::move(p));
        }
        if (failed(q))
            return std::nullopt;
    }
    {
        r.table = "bidder";
        r.row = 0;
        SqliteStatement q(db, "SELECT id, bidder_id, name, country, gmp, quality, registered_in "
                              "FROM bidder ORDER BY id");
        while (q.next()) {
            ++r.row;
            Bidder b;
            b.id = q.string(1);
            b.name = q.string(2);
            b.country = q.string(3);
            b.gmp = q.integer(4) != 0;
            const std::optional<QualityCode> quality = qualityCodeFromName(q.string(5));
            if (!quality) {
                r.fail(TableText::tr("unknown quality '%1'").arg(q.string(5)));
                return std::nullopt;
            }
            b.quality = *quality;
            b.registeredIn = q.string(6).split(u';', Qt::SkipEmptyParts);
            bidderIds.insert(q.integer(0), b.id);
            data.bidders.push_back(std::move(b));
        }
        if (failed(q))
            return std::nullopt;
    }
    {
        r.table = "bid";
        r.row = 0;
        SqliteStatement q(db, "SELECT bid_id, bidder, product, strength, strength_unit, "
                              "pack_size, pack_price, currency, capacity, lead_time_days, "
                              "shelf_life_months, submitted_at, submitted_at_ms, accepts_revival "
                              "FROM bid ORDER BY id");
        while (q.next()) {
            ++r.row;
            Bid b;
            b.id = q.string(0);
            b.bidderId = bidderIds.value(q.integer(1));
            b.productId = productIds.value(q.integer(2));
            b.strengthUnit = q.string(4);
            b.currency = q.string(7);
            b.leadTimeDays = q.integer(9);
            b.shelfLifeMonths = q.integer(10);
            b.submittedAt = q.string(11);
            b.submittedAtMsecs = q.integer(12);
            b.acceptsRevival = q.integer(13) != 0;
            if (!r.decimal(q, 3, &b.strength) || !r.decimal(q, 5, &b.packSize) ||
                !r.decimal(q, 6, &b.packPrice) || !r.optionalDecimal(q, 8, &b.capacity))
                return std::nullopt;
            data.bids.push_back(std::move(b));
        }
        if (failed(q))
            return std::nullopt;
    }
    {
        r.table = "demand";
        r.row = 0;
        SqliteStatement count(db, "SELECT count(*) FROM demand");
        if (count.next())
            data.demand.reserve(static_cast<size_t>(count.integer(0)));
        // The buyers first (a few thousand rows, interned), then per demand row two integers,
        // the quantity and usually a NULL: no text is hashed or decoded per row.
        struct Buyer
        {
            QString id, country, region, currency;
        };
        std::vector<Buyer> buyers;   // by row id when the ids are dense (as written)
        QHash<qint64, Buyer> sparse; // otherwise (rows edited or deleted by hand)
        {
            SqliteStatement b(db, "SELECT id, buyer_id, country, region, currency FROM "
                                  "demand_buyer ORDER BY id");
            StringPool pool;
            std::vector<std::pair<qint64, Buyer>> all;
            while (b.next())
                all.push_back({b.integer(0),
                               {pool.get(b.text(1)), pool.get(b.text(2)), pool.get(b.text(3)),
                                pool.get(b.text(4))}});
            if (failed(b))
                return std::nullopt;
            const qint64 maxId = all.empty() ? 0 : all.back().first;
            if (maxId <= qint64(all.size()) * 2 + 1024 && (all.empty() || all.front().first >= 0)) {
                buyers.resize(size_t(maxId) + 1);
                for (auto &[id, buyer] : all)
                    buyers[size_t(id)] = std::move(buyer);
            } else {
                for (auto &[id, buyer] : all)
                    sparse.insert(id, std::move(buyer));
            }
        }
        const Buyer missing;
        const auto buyerOf = [&](qint64 id) -> const Buyer & {
            if (!sparse.isEmpty()) {
                const auto it = sparse.constFind(id);
                return it == sparse.cend() ? missing : *it;
            }
            return id >= 0 && id < qint64(buyers.size()) ? buyers[size_t(id)] : missing;
        };
        SqliteStatement q(db, "SELECT product, buyer, quantity, preferred_bidder FROM demand "
                              "ORDER BY rowid");
        StringPool pool;
        qint64 lastProduct = -1;
        QString productId;
        while (q.next()) {
            ++r.row;
            Demand &d = data.demand.emplace_back();
            const qint64 product = q.integer(0);
            if (product != lastProduct) {
                productId = productIds.value(product);
                lastProduct = product;
            }
            d.productId = productId;
            const Buyer &buyer = buyerOf(q.integer(1));
            d.buyerId = buyer.id;
            d.country = buyer.country;
            d.region = buyer.region;
            d.currency = buyer.currency;
            if (q.isInteger(2))
                d.quantity = Decimal::fromUnits(q.integer(2), 0);
            else if (!r.decimal(q, 2, &d.quantity))
                return std::nullopt;
            if (!q.isNull(3))
                d.preferredBidder = pool.get(q.text(3));
        }
        if (failed(q))
            return std::nullopt;
    }
    {
        r.table = "fx_rate";
        r.row = 0;
        SqliteStatement q(db, "SELECT currency, rate, date FROM fx_rate ORDER BY id");
        while (q.next()) {
            ++r.row;
            FxRate f;
            f.currency = q.string(0);
            if (!r.decimal(q, 1, &f.rate) || !r.date(q, 2, &f.date))
                return std::nullopt;
            data.fxRates.push_back(std::move(f));
        }
        if (failed(q))
            return std::nullopt;
    }
    {
        r.table = "reference_price";
        r.row = 0;
        SqliteStatement q(db, "SELECT product, market, unit_price, currency, date, source "
                              "FROM reference_price ORDER BY id");
        while (q.next()) {
            ++r.row;
            ReferencePrice p;
            p.productId = productIds.value(q.integer(0));
            p.market = q.string(1);
            p.currency = q.string(3);
            p.source = q.string(5);
            if (!r.decimal(q, 2, &p.unitPrice) || !r.date(q, 4, &p.date))
                return std::nullopt;
            data.references.push_back(std::move(p));
        }
        if (failed(q))
            return std::nullopt;
    }
    return data;
}

} // namespace td::storage
