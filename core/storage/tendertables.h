#pragma once

#include "model/tenderdata.h"

#include <QByteArray>
#include <QString>
#include <array>
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

/// Writes `data` into the (empty) tender tables with prepared statements and fills the digests
/// of the seven tender tables from the very bytes bound. Runs inside the caller's transaction.
bool writeTenderTables(sqlite3 *db, const model::TenderData &data, TableDigests *digests,
                       QString *error);
/// The tender-table digests of `data` as writeTenderTables would record them (no database).
TableDigests digestTenderData(const model::TenderData &data);
/// Recomputes one table's digest from its stored rows.
std::optional<QByteArray> digestStoredTable(sqlite3 *db, int table, QString *error);
/// Reads the tender tables back into the model (row order as written).
std::optional<model::TenderData> readTenderTables(sqlite3 *db, QString *error);

} // namespace td::storage
