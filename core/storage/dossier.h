#pragma once

#include "model/tenderdata.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace td::storage {

class TenderDataFeed;
struct TableDigests;

/// Why Dossier::open() refused a file. `message` is translated, names the file and says what
/// to do; `kind` lets a caller pick its reaction (e.g. offer read-only when Locked).
struct OpenError
{
    enum Kind { None, NotFound, NotADossier, Damaged, NewerSchema, Locked, Io } kind = None;
    QString message;
};

/// One tender dossier: a single SQLite file (extension `.tender`) holding the tender data of
/// formats.md §1, the evaluation runs and an audit log whose entries form a SHA-256 hash chain.
///
/// Opened through Qt Sql (QSQLITE, one uniquely named connection per object); bulk loads and
/// reads use the SQLite C API on the same connection for speed. A Dossier belongs to the thread
/// that opened it; open one per thread to work in parallel. Writable modes hold a QLockFile
/// beside the file (`FILE.lock`), so a second writer gets OpenError::Locked while readers may
/// still open it ReadOnly. Every write is one transaction and appends one audit entry (who:
/// USER/USERNAME, when: UTC, what) whose hash covers the previous hash, the entry and the
/// digest of every table at that moment, which is how verify() finds rows changed outside
/// TenderDesk. Files that are not dossiers, truncated or of a newer schema are refused before
/// SQLite touches them. Errors are values (bool/optional + message), never exceptions.
class Dossier
{
public:
    enum class Mode {
        ReadWrite,      ///< an existing dossier, locked for writing
        ReadOnly,       ///< an existing dossier, no lock, every write fails
        CreateIfMissing ///< like ReadWrite, creating an empty dossier when the file is missing
    };

    /// The file extension of dossiers, without the dot: "tender".
    static QString fileSuffix();

    /// Opens (or creates) the dossier at `path`; nullptr with `error` filled when that is not
    /// possible. Never crashes on foreign or damaged files and leaves them unchanged. An older
    /// schema is migrated in writable modes (ordered migrations, each one transaction); read-only,
    /// a v1 dossier is read as it is (through temporary tables of the connection).
    static std::unique_ptr<Dossier> open(const QString &path, Mode mode, OpenError *error);
    ~Dossier();
    Dossier(const Dossier &) = delete;
    Dossier &operator=(const Dossier &) = delete;

    QString path() const;
    bool isReadOnly() const;

    /// Whether tender data has been imported (a tender row exists).
    bool hasTenderData() const;
    /// Replaces all tender data with `data` in one transaction (bulk insert, then an audit entry
    /// "import" naming `source`). On failure nothing changes and `error` says why.
    bool replaceTenderData(const model::TenderData &data, const QString &source, QString *error);
    /// The same while the workbook is still being read (service::importWorkbook): rows are
    /// stored as they are parsed, in the one transaction, rolled back unless the feed ends
    /// with complete, valid data. False with an empty `error` when the feed refused the data.
    bool replaceTenderData(TenderDataFeed &feed, const QString &source, QString *error);
    /// The tender data as stored, rows in the order they were imported.
    std::optional<model::TenderData> loadTenderData(QString *error) const;
    /// SHA-256 hex over the canonical tender data (what an evaluation reads), recomputed from
    /// the stored rows (cached until the file changes). Equals inputDigestOf(loadTenderData()).
    QString inputDigest() const;
    /// The input digest the latest audit entry recorded: the stored tables' digest as
    /// TenderDesk last wrote them (empty when the audit log is damaged). One row: a caller
    /// holding a copy of the data in memory can check it against this without a full read.
    QString recordedInputDigest() const;
    /// The same digest computed from data in memory, e.g. before an import.
    static QString inputDigestOf(const model::TenderData &data);

    /// One evaluation run. `digest` = SHA-256 hex over `inputDigest` (hex text) followed by the
    /// result JSON bytes: the digest a printed report carries and `verify --digest` checks.
    struct RunInfo
    {
        qint64 id = 0;
        QDateTime at;
        QString user;
        QString ruleSet;
        QString parameters;
        QString inputDigest;
        QString digest;
    };
    /// Copies the committed pages of the write-ahead log into the dossier file now, without
    /// waiting for readers (PASSIVE), so that closing the dossier later has little left to
    /// copy. For a caller that has idle time after a large write (an import evaluating).
    void checkpoint();
    /// Stores a run and its result JSON; fills at (now, UTC), user, digest and, when empty,
    /// inputDigest (the current one). Audited. Returns the run id; `digest` (optional) receives
    /// the run digest stored, so callers need not hash a large result a second time.
    std::optional<qint64> saveRun(RunInfo info, const QByteArray &resultJson, QString *error,
                                  QString *digest = nullptr);
    /// Every run, newest last.
    std::vector<RunInfo> runs() const;
    std::optional<QByteArray> runResult(qint64 runId) const;
    /// SHA-256 hex a run with this input digest and result would get (what saveRun stores).
    static QString runDigest(const QString &inputDigest, const QByteArray &resultJson);

    enum class Table { Tender, Product, Bidder, Bid, Demand, FxRate, Reference };
    /// Changes one field of one row, e.g. (Bid, "B7", "pack_price", "1.20"); column names are
    /// those of formats.md §1. Keys: Tender any (one row), Product/Bidder/Bid their identifier,
    /// Demand compositeKey({product_id, buyer_id}), FxRate compositeKey({currency, date}),
    /// Reference compositeKey({product_id, market, date}). Identifiers and references cannot be
    /// changed (re-import instead). The caller validates the value against formats.md; this
    /// only refuses values that cannot be stored in the column's type. An empty value clears an
    /// optional column. Audited with the old and the new value. Refused when the table was
    /// changed outside TenderDesk since the last audit entry (so an edit never seals tampering).
    bool updateField(Table table, const QString &key, const QString &column, const QString &value,
                     QString *error);
    /// Joins the parts of a composite key for updateField (U+001F between parts).
    static QString compositeKey(const QStringList &parts);

    struct AuditEntry
    {
        qint64 id;
        QDateTime at;
        QString user;
        QString action; ///< create, migrate, import, update, run
        QString detail;
        QString hash; ///< SHA-256 hex, covers the previous entry's hash
    };
    std::vector<AuditEntry> auditLog() const;

    struct VerifyReport
    {
        bool ok = true;
        QStringList problems; ///< translated, one sentence each
    };
    /// PRAGMA integrity_check and foreign_key_check, the hash chain recomputed, every table's
    /// digest compared with the latest audit entry, and every run's digest recomputed.
    VerifyReport verify() const;

    /// What `verify --digest HEX` reports about a printed report's digest.
    struct DigestCheck
    {
        bool found = false;          ///< a run carries this digest
        bool matches = false;        ///< its stored input digest and result still hash to it
        bool inputIsCurrent = false; ///< its input digest equals the current tender data's
        RunInfo run;
    };
    DigestCheck checkDigest(const QString &digestHex) const;

    /// Counts for `tenderdesk-cli show` and the UI's overview.
    struct Summary
    {
        QString tenderId;
        QString title;
        qint64 products = 0, bidders = 0, bids = 0, demandRows = 0, buyers = 0, fxRates = 0,
               references = 0, runs = 0, auditEntries = 0;
        int schemaVersion = 0;
    };
    std::optional<Summary> summary(QString *error) const;

private:
    using TableWriter =
        std::function<bool(sqlite3 *, TableDigests *, const model::TenderData **, QString *)>;
    bool replaceTenderDataWith(const TableWriter &write, const QString &source, QString *error);
    struct Private;
    explicit Dossier(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace td::storage
