#pragma once

#include "model/tenderdata.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <functional>
#include <optional>

struct sqlite3;

namespace td::storage {

/// The digested tables, in the order of Dossier::Table, then the evaluation runs.
enum DigestTable {
    TenderTable,
    ProductTable,
    BidderTable,
    BidTable,
    DemandTable,
    FxRateTable,
    ReferenceTable,
    RunTable,
    DigestTableCount
};

/// SQL name of a digested table ("tender", …, "reference_price", "run").
const char *sqlTableName(int table);

/// One SHA-256 hex digest per table, as recorded in every audit entry (internal to storage).
struct TableDigests
{
    std::array<QByteArray, DigestTableCount> hex;
    /// "tender=…;product=…;…;run=…", the form stored in audit_log.digests.
    QString toText() const;
    static std::optional<TableDigests> fromText(const QString &text);
    /// SHA-256 hex over the seven tender-data digests: Dossier::inputDigest().
    QString inputDigest() const;
    bool operator==(const TableDigests &) const = default;
};

/// Demand rows as they become available: `source(have, &rows)` waits until more than `have`
/// rows are there (or none will come) and returns how many are, `*rows` pointing at the first.
using DemandSource = std::function<size_t(size_t have, const model::Demand **rows)>;

/// Tender data still being read: an import that stores rows while later ones are parsed.
/// Calls block until what they ask for is there.
class TenderDataFeed
{
public:
    virtual ~TenderDataFeed() = default;
    /// Tender, products, bidders, fx rates and bids; none when the read ended without them.
    virtual const model::TenderData *header() = 0;
    /// The writer is done with header()'s tables (the reader may go on).
    virtual void headerWritten() = 0;
    /// The demand rows read so far, as a DemandSource; called by two threads (insert, digest).
    virtual size_t demand(size_t have, const model::Demand **rows) = 0;
    /// One of the two demand readers is done with the rows (it asks for none any more).
    virtual void demandConsumed() = 0;
    /// The whole tender data once read and valid; none when the import is refused.
    virtual const model::TenderData *complete() = 0;
};

/// writeTenderTables() while the data is still being read: tender, products, bidders and bids
/// as soon as they are there, demand batch by batch as it is parsed (hashed for the digest on
/// a second thread meanwhile), fx rates and references at the end. False with an empty
/// `error` when the feed refused the data (the caller reports the reader's errors); `written`
/// is the complete data on success.
bool writeTenderTables(sqlite3 *db, TenderDataFeed &feed, TableDigests *digests,
                       const model::TenderData **written, QString *error);

/// Writes `data` into the (empty) tender tables with prepared statements and fills the digests
/// of the seven tender tables from the very bytes bound. Runs inside the caller's transaction.
bool writeTenderTables(sqlite3 *db, const model::TenderData &data, TableDigests *digests,
                       QString *error);
/// The tender-table digests of `data` as writeTenderTables would record them (no database).
/// `withDemand` false leaves the demand digest empty (for a caller that hashed it already).
TableDigests digestTenderData(const model::TenderData &data, bool withDemand = true);
/// Recomputes one table's digest from its stored rows.
std::optional<QByteArray> digestStoredTable(sqlite3 *db, int table, QString *error);
/// Reads the tender tables back into the model (row order as written).
std::optional<model::TenderData> readTenderTables(sqlite3 *db, QString *error);

} // namespace td::storage
