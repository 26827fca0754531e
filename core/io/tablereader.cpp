#include "tablereader.h"

#include <QCoreApplication>

namespace td::io {

// lupdate reads the context from this class; tr() uses the same name at run time.
class TableReaderText
{
    Q_DECLARE_TR_FUNCTIONS(td::io::TableReader)
};

namespace {

constexpr qsizetype MaxCellLength = 10000;
constexpr int ProgressEveryRows = 16384;

} // namespace

void ImportContext::add(ImportError error)
{
    if (m_full)
        return;
    if (int(m_errors.size()) >= MaxErrors) {
        m_errors.push_back({QString(), 0, QString(),
                            QCoreApplication::translate("td::io::ImportContext",
                                                        "too many errors: only the first %1 are "
                                                        "shown")
                                .arg(MaxErrors)});
        m_full = true;
        return;
    }
    m_errors.push_back(std::move(error));
}

bool ImportContext::report(qint64 done)
{
    if (m_progress && !m_cancelled && !m_progress(m_doneBefore + done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

TableReader::TableReader(QString file, std::span<const ColumnSpec> columns, RowSource &source,
                         ImportContext &context)
    : m_file(std::move(file)), m_columns(columns), m_source(source), m_context(context),
      m_index(columns.size(), -1), m_values(columns.size())
{}

QString TableReader::columnLetter(qsizetype index)
{
    QString letters;
    for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + char16_t((n - 1) % 26)));
    return letters;
}

QString TableReader::columnName(qsizetype index) const
{
    if (index < qsizetype(m_headerNames.size()) && !m_headerNames[size_t(index)].isEmpty())
        return m_headerNames[size_t(index)];
    return columnLetter(index);
}

void TableReader::error(int column, QString message)
{
    m_context.add({m_file, m_row.number, m_columns[size_t(column)].name, std::move(message)});
}

void TableReader::rowError(QString message)
{
    m_context.add({m_file, m_row.number, QString(), std::move(message)});
}

bool TableReader::readHeader()
{
    if (!m_source.next(m_row)) {
        if (const SourceError *e = m_source.error())
            m_context.add({m_file, e->row, QString(), e->message});
        else
            m_context.add({m_file, 1, QString(),
                           TableReaderText::tr("the table is empty: it needs a header row")});
        return false;
    }
    m_headerRow = m_row.number;
    const auto &cells = m_row.cells;
    qsizetype named = 0;
    for (QStringView c : cells)
        named += c.isEmpty() ? 0 : 1;
    // One header cell holding the separator of a ';' or tab separated file: say that instead
    // of "unknown column" followed by every column missing.
    if (named == 1 && cells.front().size() <= MaxCellLength) {
        for (char16_t separator : {u';', u'\t'}) {
            if (cells.front().contains(separator)) {
                m_context.add({m_file, m_row.number, cells.front().left(60).toString(),
                               separator == u';'
                                   ? TableReaderText::tr(
                                         "the file looks ';'-separated (with decimal commas?); "
                                         "save it as comma-separated CSV UTF-8 with '.' for "
                                         "decimals")
                                   : TableReaderText::tr("the file looks tab-separated; save it as "
                                                         "comma-separated CSV UTF-8")});
                return false;
            }
        }
    }
    m_headerNames.resize(cells.size());
    m_unnamed.resize(cells.size());
    for (qsizetype i = 0; i < qsizetype(cells.size()); ++i) {
        const QStringView name = cells[size_t(i)];
        if (name.size() > MaxCellLength) {
            m_context.add(
                {m_file, m_row.number, columnLetter(i),
                 TableReaderText::tr("a column name of %n characters", nullptr, int(name.size()))});
            continue;
        }
        m_headerNames[size_t(i)] = name.toString();
        if (name.isEmpty()) {
            m_unnamed[size_t(i)] = true;
            continue;
        }
        const auto spec = std::find_if(m_columns.begin(), m_columns.end(),
                                       [&](const ColumnSpec &s) { return name == s.name; });
        if (spec == m_columns.end()) {
            m_context.add(
                {m_file, m_row.number, name.toString(), TableReaderText::tr("unknown column")});
            continue;
        }
        int &index = m_index[size_t(spec - m_columns.begin())];
        if (index >= 0) {
            m_context.add({m_file, m_row.number, name.toString(),
                           TableReaderText::tr("repeated column (column %1 has it already)")
                               .arg(columnLetter(index))});
            continue;
        }
        index = int(i);
    }
    for (size_t c = 0; c < m_columns.size(); ++c)
        if (m_index[c] < 0 && m_columns[c].required)
            m_context.add(
                {m_file, m_row.number, m_columns[c].name, TableReaderText::tr("missing column")});
    return true;
}

bool TableReader::next()
{
    if (m_context.stopped())
        return false;
    if (++m_rowsRead % ProgressEveryRows == 0 && !m_context.report(m_source.position()))
        return false;
    if (!m_source.next(m_row)) {
        if (const SourceError *e = m_source.error())
            m_context.add({m_file, e->row, QString(), e->message});
        return false;
    }
    const auto &cells = m_row.cells;
    const qsizetype count = qsizetype(cells.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QStringView value = cells[size_t(i)];
        if (value.isEmpty())
            continue;
        if (value.size() > MaxCellLength)
            m_context.add(
                {m_file, m_row.number, columnName(i),
                 TableReaderText::tr("the cell holds %1 characters; at most 10,000 are allowed")
                     .arg(value.size())});
        if (i >= qsizetype(m_unnamed.size()) || m_unnamed[size_t(i)])
            m_context.add(
                {m_file, m_row.number, columnLetter(i),
                 TableReaderText::tr("a value in a column without a name in the header row")});
    }
    for (size_t c = 0; c < m_columns.size(); ++c) {
        const int index = m_index[c];
        // Over-long cells are reported above; reading them as empty avoids follow-on noise.
        m_values[c] = index >= 0 && index < count && cells[size_t(index)].size() <= MaxCellLength
                          ? cells[size_t(index)]
                          : QStringView();
    }
    return true;
}

std::optional<QStringView> TableReader::text(int column)
{
    const QStringView value = m_values[size_t(column)];
    if (!value.isEmpty())
        return value;
    if (hasColumn(column)) {
        const int index = m_index[size_t(column)];
        if (index >= qsizetype(m_row.cells.size()) ||
            m_row.cells[size_t(index)].size() <= MaxCellLength)
            error(column, TableReaderText::tr("value missing"));
    }
    return std::nullopt;
}

std::optional<money::Decimal> TableReader::decimal(int column, cell::Sign sign)
{
    const auto value = text(column);
    if (!value)
        return std::nullopt;
    QString message;
    auto result = cell::decimal(*value, sign, &message);
    if (!result)
        error(column, message);
    return result;
}

bool TableReader::optionalDecimal(int column, cell::Sign sign, std::optional<money::Decimal> &value)
{
    value.reset();
    const QStringView text = m_values[size_t(column)];
    if (text.isEmpty())
        return true;
    QString message;
    value = cell::decimal(text, sign, &message);
    if (!value)
        error(column, message);
    return value.has_value();
}

std::optional<qint64> TableReader::count(int column)
{
    const auto value = text(column);
    if (!value)
        return std::nullopt;
    QString message;
    auto result = cell::count(*value, &message);
    if (!result)
        error(column, message);
    return result;
}

std::optional<bool> TableReader::yesNo(int column)
{
    const auto value = text(column);
    if (!value)
        return std::nullopt;
    QString message;
    auto result = cell::yesNo(*value, &message);
    if (!result)
        error(column, message);
    return result;
}

std::optional<QDate> TableReader::date(int column)
{
    const auto value = text(column);
    if (!value)
        return std::nullopt;
    QString message;
    auto result = cell::date(*value, &message);
    if (!result)
        error(column, message);
    return result;
}

std::optional<QStringView> TableReader::country(int column)
{
    const auto value = text(column);
    if (!value)
        return std::nullopt;
    QString message;
    if (!cell::country(*value, &message)) {
        error(column, message);
        return std::nullopt;
    }
    return value;
}

std::optional<QStringView> TableReader::currency(int column)
{
    const auto value = text(column);
    if (!value)
        return std::nullopt;
    QString message;
    if (!cell::currency(*value, &message)) {
        error(column, message);
        return std::nullopt;
    }
    return value;
}

} // namespace td::io
