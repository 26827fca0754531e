#pragma once

#include "cellparser.h"
#include "rowsource.h"
#include "workbookreader.h"

#include <QLatin1String>
#include <span>

namespace td::io {

/// What every table of one import shares: the error list (capped), progress and cancel.
class ImportContext
{
public:
    static constexpr int MaxErrors = 1000;

    explicit ImportContext(ImportProgress progress) : m_progress(std::move(progress)) {}

    void add(ImportError error);
    /// True once cancelled or when the error cap is reached: stop reading.
    bool stopped() const { return m_cancelled || m_full; }
    bool cancelled() const { return m_cancelled; }
    bool report(qint64 done);
    void setTotal(qint64 total) { m_total = total; }
    void finishSource(qint64 size) { m_doneBefore += size; }
    qint64 doneBefore() const { return m_doneBefore; }
    std::vector<ImportError> &errors() { return m_errors; }

private:
    ImportProgress m_progress;
    std::vector<ImportError> m_errors;
    qint64 m_total = 0;
    qint64 m_doneBefore = 0;
    bool m_cancelled = false;
    bool m_full = false;
};

/// A column of a table: `required` columns must be in the header; `mayBeEmpty` cells may be
/// left empty (formats.md: optional columns both, registered_in only the latter).
struct ColumnSpec
{
    QLatin1String name;
    bool required = true;
    bool mayBeEmpty = false;
};

/// Maps one table's header onto its column specs and hands out its rows, reporting header
/// problems (unknown, missing, repeated columns, a ';'-separated file), cells over 10,000
/// characters, values under unnamed header cells and the source's own errors. The typed
/// getters report bad cells at the current row and column and return std::nullopt.
class TableReader
{
public:
    TableReader(QString file, std::span<const ColumnSpec> columns, RowSource &source,
                ImportContext &context);

    /// Reads the header row. False when the table has no usable header (errors reported).
    bool readHeader();
    /// The next data row; false at the end, on a source error or when the import stops.
    bool next();

    const QString &file() const { return m_file; }
    int row() const { return m_row.number; }
    int headerRow() const { return m_headerRow; }
    bool hasColumn(int column) const { return m_index[size_t(column)] >= 0; }
    QStringView cell(int column) const { return m_values[size_t(column)]; }
    void error(int column, QString message);
    void rowError(QString message);

    /// Non-empty text; "value missing" otherwise (nothing when the column itself is missing).
    std::optional<QStringView> text(int column);
    std::optional<money::Decimal> decimal(int column, cell::Sign sign);
    /// An optional decimal: nullopt value when empty; false on a bad value.
    bool optionalDecimal(int column, cell::Sign sign, std::optional<money::Decimal> &value);
    std::optional<qint64> count(int column);
    std::optional<bool> yesNo(int column);
    std::optional<QDate> date(int column);
    std::optional<QStringView> country(int column);
    std::optional<QStringView> currency(int column);

private:
    static QString columnLetter(qsizetype index);
    QString columnName(qsizetype index) const;

    QString m_file;
    std::span<const ColumnSpec> m_columns;
    RowSource &m_source;
    ImportContext &m_context;
    RawRow m_row;
    int m_headerRow = 1;
    int m_rowsRead = 0;
    std::vector<int> m_index;           ///< per spec: header cell index, -1 when absent
    std::vector<QString> m_headerNames; ///< per header cell
    std::vector<bool> m_unnamed;        ///< per header cell: no name
    std::vector<QStringView> m_values;  ///< per spec: the current row's cell
};

} // namespace td::io
