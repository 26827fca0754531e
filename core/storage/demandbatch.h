#pragma once

#include <QString>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace td::storage {

/// Demand rows ready for the `demand` table, inserted a batch at a time (internal to storage).
///
/// A prepared INSERT per row costs four binds, a step and a reset, each through the
/// connection's mutex: at 400,000 rows that is half the bulk load. Here the rows of a batch
/// are staged in arrays and one `INSERT INTO demand … SELECT … FROM td_demand_batch` reads them
/// through an eponymous virtual table, in order (so rowids follow the workbook's row order, as
/// the digest and the load expect).
class DemandBatch
{
public:
    /// Registers the td_demand_batch module on `db` for this batch object, which must outlive
    /// every insert(); prepares the statement. False with `error` on failure.
    bool open(sqlite3 *db, QString *error);
    ~DemandBatch();

    /// Stages one row: the product's and the demand_buyer row's ids, the quantity as an
    /// integer or as text (`quantityText` used when `wholeQuantity` is false), and the
    /// preferred bidder (empty = NULL).
    void add(qint64 product, qint64 buyer, bool wholeQuantity, qint64 quantity,
             std::string_view quantityText, std::string_view preferredBidder);
    size_t size() const { return m_rows.size(); }
    /// Inserts the staged rows and clears the batch.
    bool insert(QString *error);

    // What the virtual table reads (demandbatch.cpp).
    struct Row
    {
        qint64 product, buyer, quantity;
        quint32 quantityText, quantityTextSize; ///< into m_text, when not whole
        quint32 preferred, preferredSize;       ///< into m_text; size 0 = NULL
        bool whole;
    };
    const std::vector<Row> &rows() const { return m_rows; }
    const std::string &text() const { return m_text; }

private:
    sqlite3 *m_db = nullptr;
    struct Statement;
    Statement *m_insert = nullptr;
    std::vector<Row> m_rows;
    std::string m_text;
};

} // namespace td::storage
