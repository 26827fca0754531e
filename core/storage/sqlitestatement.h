#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace td::storage {

/// A prepared statement of the SQLite C API with RAII finalisation (internal to storage).
///
/// The dossier opens its connection through Qt Sql (QSQLITE) and takes the raw handle for the
/// hot paths: binding through QSqlQuery costs several QVariant conversions per value, which caps
/// a bulk insert far below what SQLite itself can do. Text is bound and read as UTF-8 views,
/// bound with SQLITE_STATIC, so the caller keeps the bytes alive until step().
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    void bindText(int index, std::string_view utf8);
    void bindInt(int index, qint64 value);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &bytes);

    /// One step: true while a row is available. done() tells a finished statement from an error.
    bool next();
    /// Runs a statement that returns no rows, then resets it for the next binding.
    bool exec();
    bool failed() const { return !m_error.isEmpty(); }
    void reset();

    std::string_view text(int column) const;
    QString string(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    bool isInteger(int column) const;
    QByteArray blob(int column) const;
    int columnCount() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

/// Runs SQL without results (one or more statements); on failure fills `error`.
bool sqliteExec(sqlite3 *db, std::string_view sql, QString *error);
/// The message of the connection's last error.
QString sqliteError(sqlite3 *db);
/// The rowid of the connection's last INSERT.
qint64 sqliteLastInsertRowId(sqlite3 *db);

} // namespace td::storage
