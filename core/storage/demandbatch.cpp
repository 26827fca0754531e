#include "demandbatch.h"

#include <new>
#include <sqlite3.h>

namespace td::storage {

namespace {

// An eponymous virtual table (no CREATE VIRTUAL TABLE: named directly in a SELECT) whose
// client data is the DemandBatch; each scan reads its rows front to back.
struct Cursor
{
    sqlite3_vtab_cursor base;
    size_t row = 0;
};

struct Table
{
    sqlite3_vtab base;
    const DemandBatch *batch = nullptr;
};

int connect(sqlite3 *db, void *batch, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc =
        sqlite3_declare_vtab(db, "CREATE TABLE x(product, buyer, quantity, preferred_bidder)");
    if (rc != SQLITE_OK)
        return rc;
    void *memory = sqlite3_malloc(sizeof(Table)); // SQLite frees it through xDisconnect
    if (!memory)
        return SQLITE_NOMEM;
    auto *table = new (memory) Table{};
    table->batch = static_cast<const DemandBatch *>(batch);
    *out = &table->base;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    sqlite3_free(table);
    return SQLITE_OK;
}

int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1000;
    info->estimatedRows = 1000;
    return SQLITE_OK;
}

int open(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    auto *cursor = new (std::nothrow) Cursor{};
    if (!cursor)
        return SQLITE_NOMEM;
    *out = &cursor->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete reinterpret_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    reinterpret_cast<Cursor *>(cursor)->row = 0;
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *cursor)
{
    ++reinterpret_cast<Cursor *>(cursor)->row;
    return SQLITE_OK;
}

const DemandBatch &batchOf(sqlite3_vtab_cursor *cursor)
{
    return *reinterpret_cast<Table *>(cursor->pVtab)->batch;
}

int eof(sqlite3_vtab_cursor *cursor)
{
    return reinterpret_cast<Cursor *>(cursor)->row >= batchOf(cursor).rows().size();
}

int column(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int index)
{
    const DemandBatch &batch = batchOf(cursor);
    const DemandBatch::Row &r = batch.rows()[reinterpret_cast<Cursor *>(cursor)->row];
    const char *text = batch.text().data();
    switch (index) {
    case 0:
        sqlite3_result_int64(context, r.product);
        break;
    case 1:
        sqlite3_result_int64(context, r.buyer);
        break;
    case 2:
        if (r.whole)
            sqlite3_result_int64(context, r.quantity);
        else
            sqlite3_result_text(context, text + r.quantityText, int(r.quantityTextSize),
                                SQLITE_STATIC);
        break;
    default:
        if (r.preferredSize == 0)
            sqlite3_result_null(context);
        else
            sqlite3_result_text(context, text + r.preferred, int(r.preferredSize), SQLITE_STATIC);
        break;
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *out)
{
    *out = sqlite3_int64(reinterpret_cast<Cursor *>(cursor)->row);
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m{};
    m.iVersion = 0;
    m.xCreate = nullptr; // eponymous only
    m.xConnect = connect;
    m.xBestIndex = bestIndex;
    m.xDisconnect = disconnect;
    m.xDestroy = nullptr;
    m.xOpen = open;
    m.xClose = close;
    m.xFilter = filter;
    m.xNext = next;
    m.xEof = eof;
    m.xColumn = column;
    m.xRowid = rowid;
    return m;
}

const sqlite3_module Module = makeModule();

QString lastError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

} // namespace

struct DemandBatch::Statement
{
    sqlite3_stmt *stmt = nullptr;
};

bool DemandBatch::open(sqlite3 *db, QString *error)
{
    m_db = db;
    // Registered per batch object (the module's client data); a second registration under the
    // same name replaces the first, so each bulk load points the table at its own batch.
    if (sqlite3_create_module_v2(db, "td_demand_batch", &Module, this, nullptr) != SQLITE_OK) {
        *error = lastError(db);
        return false;
    }
    m_insert = new Statement;
    if (sqlite3_prepare_v2(db,
                           "INSERT INTO demand(product, buyer, quantity, preferred_bidder) "
                           "SELECT product, buyer, quantity, preferred_bidder FROM td_demand_batch",
                           -1, &m_insert->stmt, nullptr) != SQLITE_OK) {
        *error = lastError(db);
        return false;
    }
    m_rows.reserve(8192);
    return true;
}

DemandBatch::~DemandBatch()
{
    if (m_insert) {
        sqlite3_finalize(m_insert->stmt);
        delete m_insert;
    }
    if (m_db) // the module must not point at a batch that is gone
        sqlite3_create_module_v2(m_db, "td_demand_batch", nullptr, nullptr, nullptr);
}

void DemandBatch::add(qint64 product, qint64 buyer, bool wholeQuantity, qint64 quantity,
                      std::string_view quantityText, std::string_view preferredBidder)
{
    Row r{product, buyer, quantity, 0, 0, 0, 0, wholeQuantity};
    if (!wholeQuantity) {
        r.quantityText = quint32(m_text.size());
        r.quantityTextSize = quint32(quantityText.size());
        m_text.append(quantityText);
    }
    if (!preferredBidder.empty()) {
        r.preferred = quint32(m_text.size());
        r.preferredSize = quint32(preferredBidder.size());
        m_text.append(preferredBidder);
    }
    m_rows.push_back(r);
}

bool DemandBatch::insert(QString *error)
{
    if (m_rows.empty())
        return true;
    const int rc = sqlite3_step(m_insert->stmt);
    sqlite3_reset(m_insert->stmt);
    m_rows.clear();
    m_text.clear();
    if (rc != SQLITE_DONE) {
        *error = lastError(m_db);
        return false;
    }
    return true;
}

} // namespace td::storage
