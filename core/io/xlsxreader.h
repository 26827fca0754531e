#pragma once

#include "spreadsheetnumber.h"
#include "workbooksource.h"
#include "zipreader.h"

#include <QStringList>
#include <map>
#include <vector>

namespace td::io {

/// The tables of a bid workbook in one .xlsx file (Office Open XML), one sheet per table.
///
/// Reads the archive with ZipReader and the XML with QXmlStreamReader: xl/workbook.xml for the
/// sheet names, its relationships for the sheet parts, shared strings (rich text runs joined,
/// phonetic runs left out), styles (to tell date-formatted numbers). A sheet's cells become the
/// text a person sees: shared and inline strings as they are, numbers as the decimal typed
/// (spreadsheet::numberText), date-formatted numbers as ISO dates, booleans as TRUE/FALSE (so
/// validation says they are not yes/no), error values as their text (#N/A). Row numbers come
/// from the `r` attributes. A damaged archive or XML sets errorString() or the sheet's error.
/// Sheet names match table names ignoring case; other sheets are ignored.
class XlsxWorkbook final : public WorkbookSource
{
public:
    XlsxWorkbook(const QString &path, const QStringList &tables);

    /// Why the workbook cannot be read at all; empty when it can.
    QString errorString() const { return m_error; }

    QString fileName(const QString &table) const override;
    bool has(const QString &table) const override;
    std::unique_ptr<RowSource> open(const QString &table) override;
    qint64 tableSize(const QString &) const override { return 0; }
    qint64 totalSize() const override { return m_total; }

private:
    bool readWorkbook(const QString &workbookPart);
    bool readSharedStrings(const QString &part);
    bool readStyles(const QString &part);

    ZipReader m_zip;
    QString m_error;
    struct Sheet
    {
        QString name;
        QString part;
    };
    std::map<QString, Sheet> m_sheets; ///< by table name
    std::vector<QString> m_sharedStrings;
    std::vector<spreadsheet::DateStyle> m_cellStyles; ///< per cellXfs index
    bool m_date1904 = false;
    qint64 m_total = 0;
};

} // namespace td::io
