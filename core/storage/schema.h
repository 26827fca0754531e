#pragma once

#include <QString>
#include <functional>
#include <vector>

struct sqlite3;

namespace td::storage::schema {

/// `PRAGMA application_id` of a dossier: "TDsk". Lets us tell our files from other SQLite files.
constexpr int ApplicationId = 0x5444736B;
/// The schema version this build writes (`PRAGMA user_version`).
constexpr int CurrentVersion = 3;

/// One step of the ordered migration list: brings a database from `toVersion - 1` to
/// `toVersion`. Runs inside the caller's transaction; the caller sets user_version afterwards.
struct Migration
{
    int toVersion;
    const char *summary;
    std::function<bool(sqlite3 *db, QString *error)> apply;
};

/// Every migration, oldest first (v0 is an empty database carrying our application_id).
const std::vector<Migration> &migrations();

/// For a v1 dossier opened read-only (which cannot be migrated): creates temporary v2 demand
/// and demand_buyer tables from the v1 demand table, which shadow it on this connection, so
/// the current code reads, digests and verifies the file unchanged. (A v2 file needs nothing:
/// v3 only moved the run table's result column, and every query names its columns.)
bool presentV1AsCurrent(sqlite3 *db, QString *error);

/// What the first 100 bytes of a file say before SQLite ever opens it, so a foreign,
/// truncated or newer file is refused without being touched (SQLite would otherwise create
/// -wal/-shm files or switch the journal mode).
struct HeaderProbe
{
    enum Result {
        Dossier,
        Empty,
        NotSqlite,
        ForeignSqlite,
        Truncated,
        Unreadable
    } result = NotSqlite;
    int applicationId = 0;
    int userVersion = 0;
};
HeaderProbe probeHeader(const QString &path);

} // namespace td::storage::schema
