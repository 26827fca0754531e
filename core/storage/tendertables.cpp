#include "tendertables.h"

#include "canonicalrow.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <string>
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
    "SELECT p.product_id, d.buyer_id, d.country, d.region, d.currency, d.quantity, "
    "d.preferred_bidder FROM demand d LEFT JOIN product p ON p.id = d.product ORDER BY d.rowid",
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

void encode(RowBuilder &r, const Demand &d, qint64 productRow)
{
    r.reference(productRow, d.productId);
    r.text(d.buyerId);
    r.text(d.country);
    r.text(d.region);
    r.text(d.currency);
    r.decimal(d.quantity);
    r.optionalText(d.preferredBidder);
}

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
bool insertRows(sqlite3 *db, std::string_view sql, const Rows &rows, RowHasher &hasher,
                Encode encodeRow, const char *table, RowIds *ids, QString *error,
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
                *error = TableText::tr("Cannot write table %1: row %2 refers to '%3', which does not exist.")
                             .arg(QLatin1String(table))
                             .arg(&item - rows.data() + 1)
                             .arg(refs->takeMissing());
                return false;
            }
        }
        row.hashInto(hasher);
        row.bindTo(insert);
        if (!insert.exec()) {
            *error = TableText::tr("Cannot write table %1: %2").arg(QLatin1String(table), insert.error());
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
        *error = TableText::tr("Stored table %1, row %2: %3").arg(QLatin1String(table)).arg(row).arg(what);
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

bool writeTenderTables(sqlite3 *db, const TenderData &data, TableDigests *digests, QString *error)
{
    RowIds products, bidders;
    std::array<RowHasher, RunTable> hashers;

    {
        SqliteStatement insert(db, "INSERT INTO tender(id, tender_id, title, currency, rule_set, "
                                   "parameters) VALUES (1, ?, ?, ?, ?, ?)");
        RowBuilder row;
        encode(row, data.tender);
        row.hashInto(hashers[TenderTable]);
        row.bindTo(insert);
        if (!insert.exec()) {
            *error = TableText::tr("Cannot write table %1: %2").arg(QStringLiteral("tender"), insert.error());
            return false;
        }
    }
    const auto noRef = [](RowBuilder &r, const auto &item) { encode(r, item); };
    if (!insertRows(db,
                    "INSERT INTO product(product_id, inn, name_zh, name_lo, name_th, atc, form, "
                    "strength, strength_unit, pack_size, max_unit_price) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    data.products, hashers[ProductTable], noRef, "product", &products, error))
        return false;
    if (!insertRows(db,
                    "INSERT INTO bidder(bidder_id, name, country, gmp, quality, registered_in) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    data.bidders, hashers[BidderTable], noRef, "bidder", &bidders, error))
        return false;
    if (!insertRows(
            db,
            "INSERT INTO bid(bid_id, bidder, product, strength, strength_unit, pack_size, "
            "pack_price, currency, capacity, lead_time_days, shelf_life_months, submitted_at, "
            "submitted_at_ms, accepts_revival) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            data.bids, hashers[BidTable],
            [&](RowBuilder &r, const Bid &b) {
                encode(r, b, bidders.find(b.bidderId), products.find(b.productId));
            },
            "bid", nullptr, error, {&bidders, &products}))
        return false;
    if (!insertRows(
            db,
            "INSERT INTO demand(product, buyer_id, country, region, currency, quantity, "
            "preferred_bidder) VALUES (?, ?, ?, ?, ?, ?, ?)",
            data.demand, hashers[DemandTable],
            [&](RowBuilder &r, const Demand &d) { encode(r, d, products.find(d.productId)); },
            "demand", nullptr, error, {&products}))
        return false;
    if (!insertRows(db, "INSERT INTO fx_rate(currency, rate, date) VALUES (?, ?, ?)", data.fxRates,
                    hashers[FxRateTable], noRef, "fx_rate", nullptr, error))
        return false;
    if (!insertRows(db,
                    "INSERT INTO reference_price(product, market, unit_price, currency, date, "
                    "source) VALUES (?, ?, ?, ?, ?, ?)",
                    data.references, hashers[ReferenceTable],
                    [&](RowBuilder &r, const ReferencePrice &p) {
                        encode(r, p, products.find(p.productId));
                    },
                    "reference_price", nullptr, error, {&products}))
        return false;
    for (int i = 0; i < RunTable; ++i)
        digests->hex[size_t(i)] = hashers[size_t(i)].hex();
    return true;
}

TableDigests digestTenderData(const TenderData &data)
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
    digests.hex[DemandTable] =
        digestOf(data.demand, [](RowBuilder &r, const Demand &d) { encode(r, d, 0); });
    digests.hex[FxRateTable] = digestOf(data.fxRates, plain);
    digests.hex[ReferenceTable] =
        digestOf(data.references, [](RowBuilder &r, const ReferencePrice &p) { encode(r, p, 0); });
    return digests;
}

std::optional<QByteArray> digestStoredTable(sqlite3 *db, int table, QString *error)
{
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
            *error = TableText::tr("Cannot read table %1: %2").arg(QLatin1String(r.table), q.error());
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
                *error = TableText::tr("The dossier holds no tender data yet; import a bid workbook first.");
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
        SqliteStatement q(db, "SELECT product, buyer_id, country, region, currency, quantity, "
                              "preferred_bidder FROM demand ORDER BY rowid");
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
            d.buyerId = pool.get(q.text(1));
            d.country = pool.get(q.text(2));
            d.region = pool.get(q.text(3));
            d.currency = pool.get(q.text(4));
            if (!r.decimal(q, 5, &d.quantity))
                return std::nullopt;
            if (!q.isNull(6))
                d.preferredBidder = pool.get(q.text(6));
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
