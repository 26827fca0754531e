#include "schema.h"

#include "sqlitestatement.h"

#include <QFile>
#include <QFileInfo>

namespace td::storage::schema {

namespace {

// v1: every table of formats.md §1, evaluation runs and the audit log. Money and every other
// decimal is exact TEXT (Decimal::toString), never REAL. Rows that point at a product or bidder
// hold its integer id, which keeps the million-row demand table lean. The only secondary
// indexes are the UNIQUE ones on identifiers of the small tables; demand has none, since a
// bulk load is fastest without them and nothing looks demand rows up by key often enough.
constexpr std::string_view SchemaV1 = R"sql(
CREATE TABLE tender(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  tender_id TEXT NOT NULL, title TEXT NOT NULL, currency TEXT NOT NULL,
  rule_set TEXT NOT NULL, parameters TEXT NOT NULL);
CREATE TABLE product(
  id INTEGER PRIMARY KEY, product_id TEXT NOT NULL UNIQUE, inn TEXT NOT NULL,
  name_zh TEXT, name_lo TEXT, name_th TEXT, atc TEXT, form TEXT NOT NULL,
  strength TEXT NOT NULL, strength_unit TEXT NOT NULL, pack_size TEXT NOT NULL,
  max_unit_price TEXT);
CREATE TABLE bidder(
  id INTEGER PRIMARY KEY, bidder_id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
  country TEXT NOT NULL, gmp INTEGER NOT NULL, quality TEXT NOT NULL,
  registered_in TEXT NOT NULL);
CREATE TABLE bid(
  id INTEGER PRIMARY KEY, bid_id TEXT NOT NULL UNIQUE,
  bidder INTEGER NOT NULL REFERENCES bidder(id), product INTEGER NOT NULL REFERENCES product(id),
  strength TEXT NOT NULL, strength_unit TEXT NOT NULL, pack_size TEXT NOT NULL,
  pack_price TEXT NOT NULL, currency TEXT NOT NULL, capacity TEXT,
  lead_time_days INTEGER NOT NULL, shelf_life_months INTEGER NOT NULL,
  submitted_at TEXT NOT NULL, submitted_at_ms INTEGER NOT NULL, accepts_revival INTEGER NOT NULL);
CREATE TABLE demand(
  product INTEGER NOT NULL REFERENCES product(id), buyer_id TEXT NOT NULL,
  country TEXT NOT NULL, region TEXT NOT NULL, currency TEXT NOT NULL,
  quantity TEXT NOT NULL, preferred_bidder TEXT);
CREATE TABLE fx_rate(
  id INTEGER PRIMARY KEY, currency TEXT NOT NULL, rate TEXT NOT NULL, date TEXT NOT NULL);
CREATE TABLE reference_price(
  id INTEGER PRIMARY KEY, product INTEGER NOT NULL REFERENCES product(id),
  market TEXT NOT NULL, unit_price TEXT NOT NULL, currency TEXT NOT NULL, date TEXT NOT NULL,
  source TEXT);
CREATE TABLE run(
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, rule_set TEXT NOT NULL,
  parameters TEXT NOT NULL, input_digest TEXT NOT NULL, result BLOB NOT NULL,
  digest TEXT NOT NULL);
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,
  detail TEXT NOT NULL, digests TEXT NOT NULL, hash TEXT NOT NULL);
)sql";

// v2: the demand table is the bulk of every dossier and its buyer, country, region and
// currency repeat row after row, so they move to demand_buyer (one row per distinct
// combination) and a demand row is four values: product, buyer, quantity, preferred bidder.
// quantity has no declared type (no affinity): whole quantities are stored as integers, others
// as the decimal text, and both read back as the same text, so the table digest (which joins
// the buyer columns back in) is unchanged and v1 audit entries stay valid. Rows keep their
// rowid: the digest and the load follow it.
constexpr std::string_view MigrationV2 = R"sql(
CREATE TABLE demand_buyer(
  id INTEGER PRIMARY KEY, buyer_id TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL,
  currency TEXT NOT NULL, UNIQUE (buyer_id, country, region, currency));
CREATE TABLE demand_v2(
  product INTEGER NOT NULL REFERENCES product(id),
  buyer INTEGER NOT NULL REFERENCES demand_buyer(id),
  quantity NOT NULL, preferred_bidder TEXT);
INSERT INTO demand_buyer(buyer_id, country, region, currency)
  SELECT buyer_id, country, region, currency FROM demand
  GROUP BY buyer_id, country, region, currency ORDER BY min(rowid);
INSERT INTO demand_v2(rowid, product, buyer, quantity, preferred_bidder)
  SELECT d.rowid, d.product, b.id,
         CASE WHEN length(d.quantity) BETWEEN 1 AND 18 AND d.quantity NOT GLOB '*[^0-9]*'
                   AND (d.quantity = '0' OR d.quantity NOT GLOB '0*')
              THEN CAST(d.quantity AS INTEGER) ELSE d.quantity END,
         d.preferred_bidder
  FROM demand d JOIN demand_buyer b USING (buyer_id, country, region, currency)
  ORDER BY d.rowid;
DROP TABLE demand;
ALTER TABLE demand_v2 RENAME TO demand;
)sql";

// v3: a run's result (megabytes of compressed rows) moves behind its other columns. SQLite reads
// a row's columns in order, and reaching `digest` behind the result meant walking every page of
// the blob: listing twelve runs of the 2,000-product benchmark read 336 MB (0.67 s), and every
// evaluation listed the runs twice to digest the table.
constexpr std::string_view MigrationV3 = R"sql(
CREATE TABLE run_v3(
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, user TEXT NOT NULL, rule_set TEXT NOT NULL,
  parameters TEXT NOT NULL, input_digest TEXT NOT NULL, digest TEXT NOT NULL,
  result BLOB NOT NULL);
INSERT INTO run_v3(id, at, user, rule_set, parameters, input_digest, digest, result)
  SELECT id, at, user, rule_set, parameters, input_digest, digest, result FROM run ORDER BY id;
DROP TABLE run;
ALTER TABLE run_v3 RENAME TO run;
)sql";

// The same tables as MigrationV2 builds, in the temp schema (unqualified names resolve to temp
// first). Quantities stay text: they read back as the same bytes either way.
constexpr std::string_view V1AsCurrent = R"sql(
PRAGMA temp_store = MEMORY;
CREATE TEMP TABLE demand_buyer(
  id INTEGER PRIMARY KEY, buyer_id TEXT NOT NULL, country TEXT NOT NULL, region TEXT NOT NULL,
  currency TEXT NOT NULL);
CREATE TEMP TABLE demand(
  product INTEGER NOT NULL, buyer INTEGER NOT NULL, quantity NOT NULL, preferred_bidder TEXT);
INSERT INTO temp.demand_buyer(buyer_id, country, region, currency)
  SELECT buyer_id, country, region, currency FROM main.demand
  GROUP BY buyer_id, country, region, currency ORDER BY min(rowid);
INSERT INTO temp.demand(rowid, product, buyer, quantity, preferred_bidder)
  SELECT d.rowid, d.product, b.id, d.quantity, d.preferred_bidder
  FROM main.demand d JOIN temp.demand_buyer b USING (buyer_id, country, region, currency)
  ORDER BY d.rowid;
)sql";

quint32 bigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> list = {
        {1, "create the v1 tables",
         [](sqlite3 *db, QString *error) { return sqliteExec(db, SchemaV1, error); }},
        {2, "demand rows refer to an interned demand_buyer row",
         [](sqlite3 *db, QString *error) { return sqliteExec(db, MigrationV2, error); }},
        {3, "a run's result after its other columns",
         [](sqlite3 *db, QString *error) { return sqliteExec(db, MigrationV3, error); }},
    };
    return list;
}

bool presentV1AsCurrent(sqlite3 *db, QString *error)
{
    return sqliteExec(db, V1AsCurrent, error);
}

HeaderProbe probeHeader(const QString &path)
{
    HeaderProbe probe;
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        probe.result = QFileInfo(path).isDir() ? HeaderProbe::NotSqlite : HeaderProbe::Unreadable;
        return probe;
    }
    const qint64 size = file.size();
    if (size == 0) {
        probe.result = HeaderProbe::Empty;
        return probe;
    }
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!magic.startsWith(header.left(16))) {
        probe.result = HeaderProbe::NotSqlite;
        return probe;
    }
    if (header.size() < 100) {
        probe.result = HeaderProbe::Truncated;
        return probe;
    }
    const char *h = header.constData();
    quint32 pageSize = (quint32(quint8(h[16])) << 8) | quint8(h[17]);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(h + 28);
    const bool countValid = bigEndian32(h + 24) == bigEndian32(h + 92) && pageCount > 0;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size % pageSize != 0 ||
        (countValid && quint64(size) < quint64(pageCount) * pageSize)) {
        probe.result = HeaderProbe::Truncated;
        return probe;
    }
    probe.userVersion = static_cast<int>(bigEndian32(h + 60));
    probe.applicationId = static_cast<int>(bigEndian32(h + 68));
    probe.result =
        probe.applicationId == ApplicationId ? HeaderProbe::Dossier : HeaderProbe::ForeignSqlite;
    return probe;
}

} // namespace td::storage::schema
