#include "dossier.h"

#include "canonicalrow.h"
#include "schema.h"
#include "sqlitestatement.h"
#include "tendertables.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <algorithm>
#include <atomic>

namespace td::storage {

using namespace model;

// lupdate reads the context from this class; tr() uses the same name at run time.
class DossierText
{
    Q_DECLARE_TR_FUNCTIONS(td::storage::DossierText)
};

namespace {

QString currentUser()
{
    for (const char *name : {"USER", "USERNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("unknown");
}

// Milliseconds, UTC, so a stored time reads back equal to what was written.
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::string utf8(const QString &text)
{
    std::string out;
    appendUtf8(out, text);
    return out;
}

// BEGIN IMMEDIATE takes the write lock up front, so a transaction never fails half-way
// because another connection wrote in between; the destructor rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(sqlite3 *db, QString *error) : m_db(db)
    {
        m_open = sqliteExec(db, "BEGIN IMMEDIATE", error);
    }
    ~Transaction()
    {
        if (m_open)
            sqliteExec(m_db, "ROLLBACK", nullptr);
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit(QString *error)
    {
        if (!sqliteExec(m_db, "COMMIT", error))
            return false;
        m_open = false;
        return true;
    }

private:
    sqlite3 *m_db;
    bool m_open = false;
};

struct LatestAudit
{
    qint64 id = 0;
    QString at;
    QString hash;
    std::optional<TableDigests> digests;
};

LatestAudit latestAudit(sqlite3 *db)
{
    LatestAudit latest;
    SqliteStatement q(db, "SELECT id, at, hash, digests FROM audit_log ORDER BY id DESC LIMIT 1");
    if (q.next()) {
        latest.id = q.integer(0);
        latest.at = q.string(1);
        latest.hash = q.string(2);
        latest.digests = TableDigests::fromText(q.string(3));
    }
    return latest;
}

QString entryHash(const QString &previousHash, qint64 id, const QString &at, const QString &user,
                  const QString &action, const QString &detail, const QString &digests)
{
    RowHasher hasher;
    for (const QString &field :
         {previousHash, QString::number(id), at, user, action, detail, digests})
        hasher.value(utf8(field));
    hasher.endRow();
    return QString::fromLatin1(hasher.hex());
}

bool appendAudit(sqlite3 *db, const QString &action, const QString &detail,
                 const TableDigests &digests, QString *error)
{
    const LatestAudit previous = latestAudit(db);
    const qint64 id = previous.id + 1;
    const QString at = nowText();
    const QString user = currentUser();
    const QString digestText = digests.toText();
    const QString hash = entryHash(previous.hash, id, at, user, action, detail, digestText);
    SqliteStatement insert(db, "INSERT INTO audit_log(id, at, user, action, detail, digests, hash) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const std::string texts[] = {utf8(at),     utf8(user),       utf8(action),
                                 utf8(detail), utf8(digestText), utf8(hash)};
    insert.bindInt(1, id);
    for (int i = 0; i < 6; ++i)
        insert.bindText(i + 2, texts[i]);
    if (!insert.exec()) {
        *error = DossierText::tr("Cannot write the audit log: %1").arg(insert.error());
        return false;
    }
    return true;
}

std::optional<TableDigests> storedDigests(sqlite3 *db, QString *error)
{
    TableDigests digests;
    for (int t = 0; t < DigestTableCount; ++t) {
        const std::optional<QByteArray> hex = digestStoredTable(db, t, error);
        if (!hex)
            return std::nullopt;
        digests.hex[size_t(t)] = *hex;
    }
    return digests;
}

std::optional<qint64> pragmaInt(sqlite3 *db, std::string_view pragma, QString *error)
{
    SqliteStatement q(db, pragma);
    if (q.next())
        return q.integer(0);
    if (error)
        *error = q.error();
    return std::nullopt;
}

// Columns updateField may change, by their formats.md names, with how the text is stored.
enum class ColumnType {
    Text,
    OptionalText,
    Decimal,
    OptionalDecimal,
    Integer,
    Bool,
    Timestamp,
    RuleSetName,
    QualityName
};

struct ColumnSpec
{
    const char *name;
    ColumnType type;
};

struct TableSpec
{
    DigestTable digest;
    const char *label;       // for the audit detail
    std::string_view select; // "SELECT rowid FROM … WHERE …" with the key parts as ?1, ?2, …
    int keyParts;
    std::vector<ColumnSpec> columns;
};

const TableSpec &tableSpec(Dossier::Table table)
{
    using T = ColumnType;
    static const TableSpec specs[] = {
        {TenderTable,
         "tender",
         "SELECT rowid FROM tender",
         0,
         {{"title", T::Text},
          {"currency", T::Text},
          {"rule_set", T::RuleSetName},
          {"parameters", T::Text}}},
        {ProductTable,
         "product",
         "SELECT rowid FROM product WHERE product_id = ?1",
         1,
         {{"inn", T::Text},
          {"name_zh", T::OptionalText},
          {"name_lo", T::OptionalText},
          {"name_th", T::OptionalText},
          {"atc", T::OptionalText},
          {"form", T::Text},
          {"strength", T::Decimal},
          {"strength_unit", T::Text},
          {"pack_size", T::Decimal},
          {"max_unit_price", T::OptionalDecimal}}},
        {BidderTable,
         "bidder",
         "SELECT rowid FROM bidder WHERE bidder_id = ?1",
         1,
         {{"name", T::Text},
          {"country", T::Text},
          {"gmp", T::Bool},
          {"quality", T::QualityName},
          {"registered_in", T::Text}}},
        {BidTable,
         "bid",
         "SELECT rowid FROM bid WHERE bid_id = ?1",
         1,
         {{"strength", T::Decimal},
          {"strength_unit", T::Text},
          {"pack_size", T::Decimal},
          {"pack_price", T::Decimal},
          {"currency", T::Text},
          {"capacity", T::OptionalDecimal},
          {"lead_time_days", T::Integer},
          {"shelf_life_months", T::Integer},
          {"submitted_at", T::Timestamp},
          {"accepts_revival", T::Bool}}},
        {DemandTable,
         "demand",
         "SELECT rowid FROM demand WHERE product = (SELECT id FROM product WHERE product_id = ?1) "
         "AND buyer IN (SELECT id FROM demand_buyer WHERE buyer_id = ?2)",
         2,
         {{"country", T::Text},
          {"region", T::Text},
          {"currency", T::Text},
          {"quantity", T::Decimal},
          {"preferred_bidder", T::OptionalText}}},
        {FxRateTable,
         "fx_rate",
         "SELECT rowid FROM fx_rate WHERE currency = ?1 AND date = ?2",
         2,
         {{"rate", T::Decimal}}},
        {ReferenceTable,
         "reference_price",
         "SELECT rowid FROM reference_price WHERE product = "
         "(SELECT id FROM product WHERE product_id = ?1) AND market = ?2 AND date = ?3",
         3,
         {{"unit_price", T::Decimal}, {"currency", T::Text}, {"source", T::OptionalText}}},
    };
    return specs[static_cast<int>(table)];
}

bool isDemandBuyerColumn(std::string_view column)
{
    return column == "country" || column == "region" || column == "currency";
}

// country, region and currency of a demand row live in its demand_buyer row (schema v2), which
// other demand rows may share: the edited row is pointed at the buyer row with the new values
// (found or added), and the old buyer row goes when nothing uses it any more.
bool updateDemandBuyer(sqlite3 *db, qint64 demandRow, const QString &key, const char *column,
                       const QString &value, const std::string &stored, const LatestAudit &latest,
                       QString *error)
{
    SqliteStatement current(db, "SELECT b.id, b.buyer_id, b.country, b.region, b.currency FROM "
                                "demand d JOIN demand_buyer b ON b.id = d.buyer WHERE d.rowid = ?");
    current.bindInt(1, demandRow);
    if (!current.next()) {
        *error = current.failed()
                     ? DossierText::tr("Cannot change %1: %2")
                           .arg(QLatin1String(column), current.error())
                     : DossierText::tr("There is no %1 row with the key %2.")
                           .arg(QStringLiteral("demand_buyer"), QString::number(demandRow));
        return false;
    }
    const qint64 oldBuyer = current.integer(0);
    std::string parts[4];
    for (int i = 0; i < 4; ++i)
        parts[i] = std::string(current.text(i + 1));
    const int index = std::string_view(column) == "country"  ? 1
                      : std::string_view(column) == "region" ? 2
                                                             : 3;
    const QString oldValue = QString::fromUtf8(parts[index].data(), qsizetype(parts[index].size()));
    parts[index] = stored;

    SqliteStatement find(db, "SELECT id FROM demand_buyer WHERE buyer_id = ? AND country = ? AND "
                             "region = ? AND currency = ?");
    for (int i = 0; i < 4; ++i)
        find.bindText(i + 1, parts[i]);
    qint64 newBuyer = 0;
    if (find.next()) {
        newBuyer = find.integer(0);
    } else {
        SqliteStatement insert(db, "INSERT INTO demand_buyer(buyer_id, country, region, currency) "
                                   "VALUES (?, ?, ?, ?)");
        for (int i = 0; i < 4; ++i)
            insert.bindText(i + 1, parts[i]);
        if (!insert.exec()) {
            *error =
                DossierText::tr("Cannot change %1: %2").arg(QLatin1String(column), insert.error());
            return false;
        }
        newBuyer = sqliteLastInsertRowId(db);
    }
    SqliteStatement update(db, "UPDATE demand SET buyer = ? WHERE rowid = ?");
    update.bindInt(1, newBuyer);
    update.bindInt(2, demandRow);
    SqliteStatement prune(db, "DELETE FROM demand_buyer WHERE id = ?1 AND NOT EXISTS "
                              "(SELECT 1 FROM demand WHERE buyer = ?1)");
    prune.bindInt(1, oldBuyer);
    if (!update.exec() || !prune.exec()) {
        *error = DossierText::tr("Cannot change %1: %2")
                     .arg(QLatin1String(column), update.failed() ? update.error() : prune.error());
        return false;
    }
    TableDigests digests = *latest.digests;
    const std::optional<QByteArray> hex = digestStoredTable(db, DemandTable, error);
    if (!hex)
        return false;
    digests.hex[DemandTable] = *hex;
    const QString detail =
        QStringLiteral("demand %1 %2: '%3' -> '%4'")
            .arg(QString(key).replace(QChar(0x1F), u'/'), QLatin1String(column), oldValue, value);
    return appendAudit(db, QStringLiteral("update"), detail, digests, error);
}

std::atomic<quint64> connectionCounter{0};

} // namespace

struct Dossier::Private
{
    QString path;
    QString connectionName;
    QSqlDatabase database;
    sqlite3 *db = nullptr;
    bool readOnly = false;
    std::unique_ptr<QLockFile> lock;
    // inputDigest() cache: valid while no connection has committed since (data_version).
    mutable QString cachedInputDigest;
    mutable qint64 cachedDataVersion = -1;

    void invalidate() { cachedDataVersion = -1; }
    bool refuseReadOnly(QString *error) const
    {
        if (readOnly && error)
            *error = DossierText::tr("The dossier %1 is open read-only.")
                         .arg(QDir::toNativeSeparators(path));
        return readOnly;
    }
    // The latest audit entry's digest of `table` must still match the table, or an edit would
    // seal rows changed outside TenderDesk into a fresh audit entry.
    bool checkUntouched(int table, const LatestAudit &latest, QString *error) const
    {
        if (!latest.digests) {
            *error = DossierText::tr("The audit log of %1 is damaged; run verify.").arg(path);
            return false;
        }
        const std::optional<QByteArray> now = digestStoredTable(db, table, error);
        if (!now)
            return false;
        if (*now != latest.digests->hex[size_t(table)]) {
            *error = DossierText::tr(
                         "Table %1 was changed outside TenderDesk since audit entry %2; run "
                         "'tenderdesk-cli verify' and restore the dossier before editing it.")
                         .arg(QLatin1String(sqlTableName(table)))
                         .arg(latest.id);
            return false;
        }
        return true;
    }
};

Dossier::Dossier(std::unique_ptr<Private> p) : d(std::move(p)) {}

Dossier::~Dossier()
{
    d->database.close();
    d->database = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connectionName);
}

QString Dossier::fileSuffix()
{
    return QStringLiteral("tender");
}

std::unique_ptr<Dossier> Dossier::open(const QString &path, Mode mode, OpenError *error)
{
    OpenError scratch;
    OpenError &err = error ? *error : scratch;
    err = {};
    const auto fail = [&err](OpenError::Kind kind, const QString &message) {
        err.kind = kind;
        err.message = message;
        return nullptr;
    };
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool existed = info.exists();
    bool isNew = false;

    // Look at the bytes before SQLite does: it would happily create -wal/-shm files beside
    // someone else's file or fail later in confusing ways.
    if (!existed) {
        if (mode != Mode::CreateIfMissing)
            return fail(
                OpenError::NotFound,
                DossierText::tr("The dossier %1 does not exist. Check the path, or import a bid "
                                "workbook to create it.")
                    .arg(shown));
        isNew = true;
    } else {
        const schema::HeaderProbe probe = schema::probeHeader(path);
        switch (probe.result) {
        case schema::HeaderProbe::Unreadable:
            return fail(OpenError::Io,
                        DossierText::tr("The file %1 cannot be read. Check that it exists and "
                                        "that you may read it.")
                            .arg(shown));
        case schema::HeaderProbe::NotSqlite:
            return fail(
                OpenError::NotADossier,
                DossierText::tr("%1 is not a TenderDesk dossier (it is not a database). Open a "
                                ".tender file, or import the workbook into a new dossier.")
                    .arg(shown));
        case schema::HeaderProbe::ForeignSqlite:
            return fail(OpenError::NotADossier,
                        DossierText::tr(
                            "%1 is a database of another program, not a TenderDesk dossier. Open "
                            "a .tender file, or import the workbook into a new dossier.")
                            .arg(shown));
        case schema::HeaderProbe::Truncated:
            return fail(OpenError::Damaged,
                        DossierText::tr(
                            "The dossier %1 is damaged (the file is shorter than its header "
                            "says). Restore it from a backup, or import the bid workbook into a "
                            "new dossier.")
                            .arg(shown));
        case schema::HeaderProbe::Empty:
            if (mode != Mode::CreateIfMissing)
                return fail(
                    OpenError::NotADossier,
                    DossierText::tr("%1 is an empty file, not a TenderDesk dossier. Import a bid "
                                    "workbook into it to create one.")
                        .arg(shown));
            isNew = true;
            break;
        case schema::HeaderProbe::Dossier:
            if (probe.userVersion > schema::CurrentVersion)
                return fail(OpenError::NewerSchema,
                            DossierText::tr(
                                "The dossier %1 was written by a newer TenderDesk (schema version "
                                "%2; this version reads up to %3). Update TenderDesk to open it.")
                                .arg(shown)
                                .arg(probe.userVersion)
                                .arg(schema::CurrentVersion));
            break;
        }
    }

    auto p = std::make_unique<Private>();
    p->path = path;
    p->readOnly = mode == Mode::ReadOnly;
    if (!p->readOnly) {
        p->lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        p->lock->setStaleLockTime(0); // stale only when its process is gone, never by age
        if (!p->lock->tryLock(0)) {
            if (p->lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                p->lock->getLockInfo(&pid, &host, &app);
                return fail(
                    OpenError::Locked,
                    DossierText::tr(
                        "The dossier %1 is open for editing elsewhere (%2, process %3 on "
                        "%4). Close it there, or open it read-only.")
                        .arg(shown, app.isEmpty() ? DossierText::tr("another program") : app)
                        .arg(pid)
                        .arg(host));
            }
            return fail(OpenError::Io,
                        DossierText::tr("Cannot create the lock file %1.lock: check that the "
                                        "folder is writable, or open the dossier read-only.")
                            .arg(shown));
        }
    }

    p->connectionName = QStringLiteral("td-dossier-%1").arg(++connectionCounter);
    p->database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), p->connectionName);
    const auto failAndClose = [&](OpenError::Kind kind, const QString &message) {
        p->database.close();
        p->database = QSqlDatabase();
        QSqlDatabase::removeDatabase(p->connectionName);
        if (!existed)
            QFile::remove(path); // do not leave a half-made dossier behind
        return fail(kind, message);
    };
    if (!p->database.isValid())
        return failAndClose(OpenError::Io,
                            DossierText::tr("The Qt SQLite driver is missing; install the "
                                            "package libqt6sql6-sqlite."));
    p->database.setDatabaseName(path);
    p->database.setConnectOptions(
        p->readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!p->database.open())
        return failAndClose(
            OpenError::Io,
            DossierText::tr("Cannot open %1: %2").arg(shown, p->database.lastError().text()));
    const QVariant handle = p->database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return failAndClose(OpenError::Io,
                            DossierText::tr("Cannot open %1: unexpected SQL driver.").arg(shown));
    p->db = *static_cast<sqlite3 *const *>(handle.constData());

    QString sqlError;
    const std::optional<qint64> appId = pragmaInt(p->db, "PRAGMA application_id", &sqlError);
    const std::optional<qint64> version = pragmaInt(p->db, "PRAGMA user_version", &sqlError);
    if (!appId || !version)
        return failAndClose(
            OpenError::Damaged,
            DossierText::tr("The dossier %1 is damaged (%2). Restore it from a backup, or "
                            "import the bid workbook into a new dossier.")
                .arg(shown, sqlError));
    if (!isNew && *appId != schema::ApplicationId)
        return failAndClose(
            OpenError::NotADossier,
            DossierText::tr("%1 is a database of another program, not a TenderDesk dossier.")
                .arg(shown));
    if (*version > schema::CurrentVersion)
        return failAndClose(
            OpenError::NewerSchema,
            DossierText::tr("The dossier %1 was written by a newer TenderDesk (schema version "
                            "%2; this version reads up to %3). Update TenderDesk to open it.")
                .arg(shown)
                .arg(*version)
                .arg(schema::CurrentVersion));
    // An older dossier opened read-only cannot be migrated, so show, verify, export and report
    // read it as it is: a v2 file reads like v3 (only the run table's column order differs),
    // and a v1 file is shown as v2 through temporary tables of this connection (they shadow the
    // file's demand table).
    const bool readOnlyOlder = p->readOnly && *version >= 1 && *version < schema::CurrentVersion;
    const bool readOnlyV1 = readOnlyOlder && *version == 1;
    if (readOnlyV1 && !schema::presentV1AsCurrent(p->db, &sqlError))
        return failAndClose(
            OpenError::Damaged,
            DossierText::tr("The dossier %1 is damaged (%2). Restore it from a backup, or "
                            "import the bid workbook into a new dossier.")
                .arg(shown, sqlError));
    if (*version < schema::CurrentVersion && !readOnlyOlder) {
        if (p->readOnly)
            return failAndClose(
                OpenError::Io,
                DossierText::tr("The dossier %1 has the older schema version %2. Open it for "
                                "editing once so TenderDesk can upgrade it.")
                    .arg(shown)
                    .arg(*version));
        // 64 KiB pages for new files: a million-row demand table then spans a sixteenth of the
        // pages (fewer page headers, b-tree cells and cache look-ups on every bulk load and
        // full read). Only possible before the first table exists.
        if (isNew)
            sqliteExec(p->db, "PRAGMA page_size = 65536", nullptr);
        // Ordered migrations and the audit entry that records them: one transaction, so a
        // failure leaves the file exactly as it was.
        Transaction tx(p->db, &sqlError);
        bool ok = tx.isOpen();
        for (const schema::Migration &m : schema::migrations()) {
            if (!ok || m.toVersion <= *version)
                continue;
            ok = m.apply(p->db, &sqlError) &&
                 sqliteExec(p->db,
                            "PRAGMA application_id = " + std::to_string(schema::ApplicationId) +
                                "; PRAGMA user_version = " + std::to_string(m.toVersion),
                            &sqlError);
        }
        std::optional<TableDigests> digests;
        if (ok)
            digests = storedDigests(p->db, &sqlError);
        ok =
            ok && digests &&
            appendAudit(
                p->db, isNew ? QStringLiteral("create") : QStringLiteral("migrate"),
                isNew
                    ? QStringLiteral("schema v%1").arg(schema::CurrentVersion)
                    : QStringLiteral("schema v%1 -> v%2").arg(*version).arg(schema::CurrentVersion),
                *digests, &sqlError) &&
            tx.commit(&sqlError);
        if (!ok)
            return failAndClose(
                OpenError::Io,
                DossierText::tr("Cannot prepare the dossier %1: %2").arg(shown, sqlError));
    } else if (!readOnlyV1) {
        SqliteStatement tables(p->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                      "AND name IN ('tender', 'product', 'bidder', 'bid', "
                                      "'demand', 'demand_buyer', 'fx_rate', "
                                      "'reference_price', 'run', 'audit_log')");
        if (!tables.next() || tables.integer(0) != 10)
            return failAndClose(
                OpenError::Damaged,
                DossierText::tr("The dossier %1 is damaged (tables are missing). Restore it "
                                "from a backup, or import the bid workbook into a new dossier.")
                    .arg(shown));
    }
    // WAL after the schema exists, so the main file holds a complete header at once (a second
    // process probing it then sees a dossier, not an empty file).
    if (!p->readOnly &&
        !sqliteExec(p->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL", &sqlError))
        return failAndClose(OpenError::Io,
                            DossierText::tr("Cannot open %1: %2").arg(shown, sqlError));
    sqliteExec(p->db, "PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY", nullptr);
    return std::unique_ptr<Dossier>(new Dossier(std::move(p)));
}

QString Dossier::path() const
{
    return d->path;
}

bool Dossier::isReadOnly() const
{
    return d->readOnly;
}

bool Dossier::hasTenderData() const
{
    SqliteStatement q(d->db, "SELECT count(*) FROM tender");
    return q.next() && q.integer(0) > 0;
}

bool Dossier::replaceTenderData(const TenderData &data, const QString &source, QString *error)
{
    return replaceTenderDataWith(
        [&data](sqlite3 *db, TableDigests *digests, const TenderData **written, QString *err) {
            *written = &data;
            return writeTenderTables(db, data, digests, err);
        },
        source, error);
}

bool Dossier::replaceTenderData(TenderDataFeed &feed, const QString &source, QString *error)
{
    return replaceTenderDataWith(
        [&feed](sqlite3 *db, TableDigests *digests, const TenderData **written, QString *err) {
            return writeTenderTables(db, feed, digests, written, err);
        },
        source, error);
}

bool Dossier::replaceTenderDataWith(const TableWriter &write, const QString &source, QString *error)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    if (d->refuseReadOnly(&err))
        return false;
    d->invalidate();
    // NORMAL is safe in WAL mode (no corruption, at worst the last commit is lost on power
    // failure) and spares fsyncs during the bulk load. Foreign keys are off for the load only:
    // the writer resolves every reference itself and refuses dangling ones (the pragma has no
    // effect inside a transaction, hence here).
    sqliteExec(d->db, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF", nullptr);
    bool ok = false;
    {
        Transaction tx(d->db, &err);
        const LatestAudit latest = latestAudit(d->db);
        TableDigests digests;
        const TenderData *written = nullptr;
        ok = tx.isOpen() && latest.digests &&
             sqliteExec(d->db,
                        "DELETE FROM demand; DELETE FROM demand_buyer; "
                        "DELETE FROM reference_price; DELETE FROM bid; "
                        "DELETE FROM fx_rate; DELETE FROM product; DELETE FROM bidder; "
                        "DELETE FROM tender",
                        &err) &&
             write(d->db, &digests, &written, &err);
        if (ok) {
            const TenderData &data = *written;
            // Runs are untouched: carry their recorded digest (not a fresh one, which would
            // seal any change made to them outside TenderDesk).
            digests.hex[RunTable] = latest.digests->hex[RunTable];
            const QString detail =
                QStringLiteral("source=%1; tender=%2; products=%3; bidders=%4; bids=%5; "
                               "demand=%6; fx_rates=%7; references=%8")
                    .arg(source, data.tender.id)
                    .arg(data.products.size())
                    .arg(data.bidders.size())
                    .arg(data.bids.size())
                    .arg(data.demand.size())
                    .arg(data.fxRates.size())
                    .arg(data.references.size());
            ok = appendAudit(d->db, QStringLiteral("import"), detail, digests, &err) &&
                 tx.commit(&err);
            if (ok) {
                // The digests of the rows just written are the current input digest: a run
                // stored right after the import need not hash millions of stored rows again.
                // (Our own commit leaves data_version as it is; another connection's changes it.)
                const auto version = pragmaInt(d->db, "PRAGMA data_version", nullptr);
                d->cachedInputDigest = digests.inputDigest();
                d->cachedDataVersion = version.value_or(-1);
            }
        } else if (tx.isOpen() && !latest.digests && err.isEmpty()) {
            err = DossierText::tr("The audit log of %1 is damaged; run verify.").arg(d->path);
        }
    }
    sqliteExec(d->db, "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON", nullptr);
    return ok;
}

std::optional<TenderData> Dossier::loadTenderData(QString *error) const
{
    QString scratch;
    // One read transaction so all tables come from the same snapshot.
    sqliteExec(d->db, "BEGIN", nullptr);
    std::optional<TenderData> data = readTenderTables(d->db, error ? error : &scratch);
    sqliteExec(d->db, "COMMIT", nullptr);
    return data;
}

QString Dossier::inputDigest() const
{
    const std::optional<qint64> version = pragmaInt(d->db, "PRAGMA data_version", nullptr);
    if (version && *version == d->cachedDataVersion)
        return d->cachedInputDigest;
    QString result;
    if (hasTenderData()) {
        sqliteExec(d->db, "BEGIN", nullptr);
        TableDigests digests;
        bool ok = true;
        for (int t = 0; t < RunTable && ok; ++t) {
            const std::optional<QByteArray> hex = digestStoredTable(d->db, t, nullptr);
            ok = hex.has_value();
            if (ok)
                digests.hex[size_t(t)] = *hex;
        }
        sqliteExec(d->db, "COMMIT", nullptr);
        if (!ok)
            return {};
        result = digests.inputDigest();
    }
    d->cachedInputDigest = result;
    d->cachedDataVersion = version.value_or(-1);
    return result;
}

QString Dossier::recordedInputDigest() const
{
    const LatestAudit latest = latestAudit(d->db);
    return latest.digests ? latest.digests->inputDigest() : QString();
}

QString Dossier::inputDigestOf(const TenderData &data)
{
    return digestTenderData(data).inputDigest();
}

QString Dossier::runDigest(const QString &inputDigest, const QByteArray &resultJson)
{
    // Through OpenSSL (SHA-NI): a 2,000-product run is tens of MB, 150 ms with Qt's SHA-256.
    RowHasher hash;
    const QByteArray input = inputDigest.toLatin1();
    hash.bytes({input.constData(), static_cast<size_t>(input.size())});
    hash.bytes({resultJson.constData(), static_cast<size_t>(resultJson.size())});
    return QString::fromLatin1(hash.hex());
}

void Dossier::checkpoint()
{
    if (!d->readOnly)
        sqliteExec(d->db, "PRAGMA wal_checkpoint(PASSIVE)", nullptr);
}

std::optional<qint64> Dossier::saveRun(RunInfo info, const QByteArray &resultJson, QString *error,
                                       QString *runDigestOut)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    if (d->refuseReadOnly(&err))
        return std::nullopt;
    if (info.inputDigest.isEmpty())
        info.inputDigest = inputDigest();
    const QString at = nowText();
    info.user = currentUser();
    info.digest = runDigest(info.inputDigest, resultJson);

    Transaction tx(d->db, &err);
    if (!tx.isOpen())
        return std::nullopt;
    const LatestAudit latest = latestAudit(d->db);
    if (!d->checkUntouched(RunTable, latest, &err))
        return std::nullopt;
    SqliteStatement insert(d->db, "INSERT INTO run(at, user, rule_set, parameters, input_digest, "
                                  "result, digest) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const std::string texts[] = {utf8(at), utf8(info.user), utf8(info.ruleSet),
                                 utf8(info.parameters), utf8(info.inputDigest)};
    for (int i = 0; i < 5; ++i)
        insert.bindText(i + 1, texts[i]);
    insert.bindBlob(6, resultJson);
    const std::string digest = utf8(info.digest);
    insert.bindText(7, digest);
    if (!insert.exec()) {
        err = DossierText::tr("Cannot store the evaluation run: %1").arg(insert.error());
        return std::nullopt;
    }
    const qint64 id = sqliteLastInsertRowId(d->db);
    TableDigests digests = *latest.digests;
    const std::optional<QByteArray> runs = digestStoredTable(d->db, RunTable, &err);
    if (!runs)
        return std::nullopt;
    digests.hex[RunTable] = *runs;
    const QString detail = QStringLiteral("run %1; rule_set=%2; input=%3; digest=%4")
                               .arg(id)
                               .arg(info.ruleSet, info.inputDigest, info.digest);
    if (!appendAudit(d->db, QStringLiteral("run"), detail, digests, &err) || !tx.commit(&err))
        return std::nullopt;
    if (runDigestOut)
        *runDigestOut = info.digest;
    return id;
}

std::vector<Dossier::RunInfo> Dossier::runs() const
{
    std::vector<RunInfo> result;
    SqliteStatement q(d->db, "SELECT id, at, user, rule_set, parameters, input_digest, digest "
                             "FROM run ORDER BY id");
    while (q.next())
        result.push_back({q.integer(0), parseTime(q.string(1)), q.string(2), q.string(3),
                          q.string(4), q.string(5), q.string(6)});
    return result;
}

std::optional<QByteArray> Dossier::runResult(qint64 runId) const
{
    SqliteStatement q(d->db, "SELECT result FROM run WHERE id = ?");
    q.bindInt(1, runId);
    if (!q.next())
        return std::nullopt;
    return q.blob(0);
}

QString Dossier::compositeKey(const QStringList &parts)
{
    return parts.join(QChar(0x1F));
}

bool Dossier::updateField(Table table, const QString &key, const QString &column,
                          const QString &value, QString *error)
{
    QString scratch;
    QString &err = error ? *error : scratch;
    if (d->refuseReadOnly(&err))
        return false;
    const TableSpec &spec = tableSpec(table);
    const auto columnIt =
        std::find_if(spec.columns.begin(), spec.columns.end(),
                     [&](const ColumnSpec &c) { return column == QLatin1String(c.name); });
    if (columnIt == spec.columns.end()) {
        err = DossierText::tr(
                  "Column %1 of %2 cannot be edited (identifiers and references change only by "
                  "importing the workbook again).")
                  .arg(column, QLatin1String(spec.label));
        return false;
    }
    const ColumnType type = columnIt->type;

    // The stored form of the new value; NULL when an optional column is cleared.
    std::optional<std::string> stored;
    std::optional<qint64> storedInt, timestampMs;
    const auto bad = [&](const QString &what) {
        err = DossierText::tr("'%1' is not %2 (column %3).").arg(value, what, column);
        return false;
    };
    switch (type) {
    case ColumnType::Text:
        stored = utf8(value);
        break;
    case ColumnType::OptionalText:
        if (!value.isEmpty())
            stored = utf8(value);
        break;
    case ColumnType::Decimal:
    case ColumnType::OptionalDecimal:
        if (value.isEmpty() && type == ColumnType::OptionalDecimal)
            break;
        if (const std::optional<Decimal> number = Decimal::parse(value))
            stored = utf8(number->toString());
        else
            return bad(DossierText::tr("a decimal"));
        break;
    case ColumnType::Integer: {
        bool ok = false;
        storedInt = value.toLongLong(&ok);
        if (!ok)
            return bad(DossierText::tr("an integer"));
        break;
    }
    case ColumnType::Bool:
        if (value == u"yes")
            storedInt = 1;
        else if (value == u"no" || (value.isEmpty() && column == u"accepts_revival"))
            storedInt = 0;
        else
            return bad(DossierText::tr("yes or no"));
        break;
    case ColumnType::Timestamp:
        timestampMs = parseTimestamp(value);
        if (!timestampMs)
            return bad(DossierText::tr("an ISO 8601 timestamp"));
        stored = utf8(value);
        break;
    case ColumnType::RuleSetName:
        if (!ruleSetFromName(value))
            return bad(DossierText::tr("a rule set"));
        stored = utf8(value);
        break;
    case ColumnType::QualityName:
        if (!qualityCodeFromName(value))
            return bad(DossierText::tr("a quality code"));
        stored = utf8(value);
        break;
    }

    d->invalidate();
    Transaction tx(d->db, &err);
    if (!tx.isOpen())
        return false;
    const QStringList keyParts = key.split(QChar(0x1F));
    if (spec.keyParts > 0 && keyParts.size() != spec.keyParts) {
        err = DossierText::tr("The key of a %1 row has %2 parts.")
                  .arg(QLatin1String(spec.label))
                  .arg(spec.keyParts);
        return false;
    }
    SqliteStatement find(d->db, spec.select);
    std::vector<std::string> keyTexts;
    for (int i = 0; i < spec.keyParts; ++i)
        keyTexts.push_back(utf8(keyParts[i]));
    for (int i = 0; i < spec.keyParts; ++i)
        find.bindText(i + 1, keyTexts[size_t(i)]);
    qint64 rowId = 0;
    int matches = 0;
    while (find.next()) {
        rowId = find.integer(0);
        ++matches;
    }
    if (matches != 1) {
        err = matches == 0
                  ? DossierText::tr("There is no %1 row with the key %2.")
                        .arg(QLatin1String(spec.label), QString(key).replace(QChar(0x1F), u'/'))
                  : DossierText::tr("The key %2 matches several %1 rows.")
                        .arg(QLatin1String(spec.label), QString(key).replace(QChar(0x1F), u'/'));
        return false;
    }
    const LatestAudit latest = latestAudit(d->db);
    if (!d->checkUntouched(spec.digest, latest, &err))
        return false;

    if (table == Table::Demand && isDemandBuyerColumn(columnIt->name))
        return updateDemandBuyer(d->db, rowId, key, columnIt->name, value, *stored, latest, &err) &&
               tx.commit(&err);

    const std::string tableName = sqlTableName(spec.digest);
    const std::string columnName = columnIt->name;
    SqliteStatement old(d->db, "SELECT " + columnName + " FROM " + tableName + " WHERE rowid = ?");
    old.bindInt(1, rowId);
    QString oldValue;
    if (old.next() && !old.isNull(0)) {
        oldValue = old.string(0);
        if (type == ColumnType::Bool)
            oldValue = old.integer(0) ? QStringLiteral("yes") : QStringLiteral("no");
    }

    std::string sql = "UPDATE " + tableName + " SET " + columnName + " = ?1";
    if (timestampMs)
        sql += ", submitted_at_ms = ?3";
    sql += " WHERE rowid = ?2";
    SqliteStatement update(d->db, sql);
    if (storedInt)
        update.bindInt(1, *storedInt);
    else if (stored)
        update.bindText(1, *stored);
    else
        update.bindNull(1);
    update.bindInt(2, rowId);
    if (timestampMs)
        update.bindInt(3, *timestampMs);
    if (!update.exec()) {
        err = DossierText::tr("Cannot change %1: %2").arg(column, update.error());
        return false;
    }
    TableDigests digests = *latest.digests;
    const std::optional<QByteArray> hex = digestStoredTable(d->db, spec.digest, &err);
    if (!hex)
        return false;
    digests.hex[size_t(spec.digest)] = *hex;
    const QString detail =
        QStringLiteral("%1 %2 %3: '%4' -> '%5'")
            .arg(QLatin1String(spec.label), QString(key).replace(QChar(0x1F), u'/'), column,
                 oldValue, value);
    return appendAudit(d->db, QStringLiteral("update"), detail, digests, &err) && tx.commit(&err);
}

std::vector<Dossier::AuditEntry> Dossier::auditLog() const
{
    std::vector<AuditEntry> entries;
    SqliteStatement q(d->db,
                      "SELECT id, at, user, action, detail, hash FROM audit_log ORDER BY id");
    while (q.next())
        entries.push_back({q.integer(0), parseTime(q.string(1)), q.string(2), q.string(3),
                           q.string(4), q.string(5)});
    return entries;
}

Dossier::VerifyReport Dossier::verify() const
{
    VerifyReport report;
    const auto problem = [&report](const QString &text) {
        report.ok = false;
        report.problems << text;
    };
    sqliteExec(d->db, "BEGIN", nullptr); // one snapshot for every check
    {
        SqliteStatement q(d->db, "PRAGMA integrity_check");
        while (q.next())
            if (q.string(0) != u"ok")
                problem(DossierText::tr("SQLite integrity check: %1").arg(q.string(0)));
        if (q.failed())
            problem(DossierText::tr("SQLite integrity check failed: %1").arg(q.error()));
    }
    {
        SqliteStatement q(d->db, "PRAGMA foreign_key_check");
        while (q.next())
            problem(DossierText::tr("Row %1 of table %2 points at a missing row of table %3.")
                        .arg(q.integer(1))
                        .arg(q.string(0), q.string(2)));
    }

    // The hash chain: each entry's hash covers the previous hash and its own fields.
    QString previous;
    qint64 lastId = 0;
    QString lastAt;
    std::optional<TableDigests> recorded;
    {
        SqliteStatement q(d->db, "SELECT id, at, user, action, detail, digests, hash FROM "
                                 "audit_log ORDER BY id");
        while (q.next()) {
            const qint64 id = q.integer(0);
            const QString hash = q.string(6);
            if (id != lastId + 1)
                problem(
                    DossierText::tr("Audit entries %1 to %2 are missing: the audit log was changed "
                                    "outside TenderDesk.")
                        .arg(lastId + 1)
                        .arg(id - 1));
            if (entryHash(previous, id, q.string(1), q.string(2), q.string(3), q.string(4),
                          q.string(5)) != hash)
                problem(DossierText::tr(
                            "Audit entry %1 (%2, %3) does not match its hash: the audit log was "
                            "changed outside TenderDesk.")
                            .arg(id)
                            .arg(q.string(1), q.string(3)));
            recorded = TableDigests::fromText(q.string(5));
            if (!recorded)
                problem(DossierText::tr("Audit entry %1 has unreadable table digests.").arg(id));
            previous = hash;
            lastId = id;
            lastAt = q.string(1);
        }
        if (lastId == 0)
            problem(DossierText::tr("The audit log is empty: it was changed outside TenderDesk."));
    }

    // Every table against the digests of the latest entry.
    if (recorded) {
        for (int t = 0; t < DigestTableCount; ++t) {
            QString sqlError;
            const std::optional<QByteArray> now = digestStoredTable(d->db, t, &sqlError);
            if (!now)
                problem(DossierText::tr("Table %1 cannot be read: %2")
                            .arg(QLatin1String(sqlTableName(t)), sqlError));
            else if (*now != recorded->hex[size_t(t)])
                problem(DossierText::tr(
                            "Table %1 was changed outside TenderDesk after audit entry %2 (%3).")
                            .arg(QLatin1String(sqlTableName(t)))
                            .arg(lastId)
                            .arg(lastAt));
        }
    }

    // Each run's digest still matches its stored input digest and result.
    {
        SqliteStatement q(d->db, "SELECT id, input_digest, result, digest FROM run ORDER BY id");
        while (q.next())
            if (runDigest(q.string(1), q.blob(2)) != q.string(3))
                problem(
                    DossierText::tr("Run %1: its stored result no longer matches its digest %2.")
                        .arg(q.integer(0))
                        .arg(q.string(3)));
    }
    sqliteExec(d->db, "COMMIT", nullptr);
    return report;
}

Dossier::DigestCheck Dossier::checkDigest(const QString &digestHex) const
{
    DigestCheck check;
    SqliteStatement q(d->db, "SELECT id, at, user, rule_set, parameters, input_digest, digest, "
                             "result FROM run WHERE digest = ? ORDER BY id DESC LIMIT 1");
    const std::string hex = utf8(digestHex.trimmed().toLower());
    q.bindText(1, hex);
    if (!q.next())
        return check;
    check.found = true;
    check.run = {
        q.integer(0), parseTime(q.string(1)), q.string(2), q.string(3), q.string(4), q.string(5),
        q.string(6)};
    check.matches = runDigest(check.run.inputDigest, q.blob(7)) == check.run.digest;
    check.inputIsCurrent = check.run.inputDigest == inputDigest();
    return check;
}

std::optional<Dossier::Summary> Dossier::summary(QString *error) const
{
    Summary s;
    SqliteStatement q(d->db,
                      "SELECT (SELECT tender_id FROM tender), (SELECT title FROM tender), "
                      "(SELECT count(*) FROM product), (SELECT count(*) FROM bidder), "
                      "(SELECT count(*) FROM bid), (SELECT count(*) FROM demand), "
                      "(SELECT count(DISTINCT buyer_id) FROM demand_buyer), "
                      "(SELECT count(*) FROM fx_rate), (SELECT count(*) FROM reference_price), "
                      "(SELECT count(*) FROM run), (SELECT count(*) FROM audit_log)");
    if (!q.next()) {
        if (error)
            *error = q.error();
        return std::nullopt;
    }
    s.tenderId = q.string(0);
    s.title = q.string(1);
    s.products = q.integer(2);
    s.bidders = q.integer(3);
    s.bids = q.integer(4);
    s.demandRows = q.integer(5);
    s.buyers = q.integer(6);
    s.fxRates = q.integer(7);
    s.references = q.integer(8);
    s.runs = q.integer(9);
    s.auditEntries = q.integer(10);
    s.schemaVersion =
        static_cast<int>(pragmaInt(d->db, "PRAGMA user_version", nullptr).value_or(0));
    return s;
}

} // namespace td::storage
