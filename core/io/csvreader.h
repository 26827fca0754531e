#pragma once

#include "rowsource.h"

#include <QByteArrayView>
#include <optional>

namespace td::io {

/// Tokenizes one CSV file of a bid workbook (formats.md §1) straight from its raw bytes.
///
/// RFC 4180 quoting (a cell that starts with '"' is quoted, "" is a quote inside it; a '"'
/// inside an unquoted cell is kept as text, as spreadsheets do), CRLF, LF or CR line ends,
/// an optional UTF-8 BOM. Rows are numbered as a spreadsheet shows them: every record is one
/// row (a quoted line break does not start a new one); blank records and records of separators
/// only are skipped but counted. UTF-8 is validated and decoded in the same single pass. The
/// first problem stops the file: bytes that are not UTF-8 (at the row where they start, with a
/// hint about GBK/Latin-1), UTF-16 text, NUL bytes, an unterminated quote (at the row where the
/// quote starts) or text after a closing quote. `data` must outlive the reader.
class CsvReader final : public RowSource
{
public:
    explicit CsvReader(QByteArrayView data);

    bool next(RawRow &row) override;
    const SourceError *error() const override { return m_error ? &*m_error : nullptr; }
    qint64 position() const override { return m_pos; }
    qint64 size() const override { return m_data.size(); }

private:
    bool fail(int row, QString message);
    bool appendUtf8(const char *begin, const char *end, int row);
    const char *appendPlainAscii(const char *p, const char *end);
    bool readRecord(RawRow &row, bool &blank);

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_row = 0;
    std::vector<char16_t> m_buffer;
    qsizetype m_used = 0;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans;
    std::optional<SourceError> m_error;
};

} // namespace td::io
