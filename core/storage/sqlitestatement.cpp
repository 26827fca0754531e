#include "sqlitestatement.h"

#include <sqlite3.h>
#include <string>

namespace td::storage {

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

qint64 sqliteLastInsertRowId(sqlite3 *db)
{
    return sqlite3_last_insert_rowid(db);
}

bool sqliteExec(sqlite3 *db, std::string_view sql, QString *error)
{
    const std::string text(sql); // sqlite3_exec needs a terminated string
    char *message = nullptr;
    if (sqlite3_exec(db, text.c_str(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error)
        *error = message ? QString::fromUtf8(message) : sqliteError(db);
    sqlite3_free(message);
    return false;
}

SqliteStatement::SqliteStatement(sqlite3 *db, std::string_view sql) : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_stmt, nullptr) != SQLITE_OK) {
        m_error = sqliteError(db);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindText(int index, std::string_view utf8)
{
    // A non-null pointer even for "" so the value is an empty text, not NULL.
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", static_cast<int>(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindBlob(int index, const QByteArray &bytes)
{
    // SQLITE_STATIC: no copy of a run's result (hundreds of MB in a national batch); the
    // caller keeps `bytes` alive until the statement has run.
    sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                        SQLITE_STATIC);
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(m_db);
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    m_error = sqliteError(m_db);
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string_view SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return {data, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

QString SqliteStatement::string(int column) const
{
    const std::string_view t = text(column);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::isInteger(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_INTEGER;
}

QByteArray SqliteStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), size);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

} // namespace td::storage
