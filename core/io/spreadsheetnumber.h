#pragma once

#include <QString>
#include <QStringView>

namespace td::io {

/// What spreadsheets store as binary doubles, turned back into the text the user typed.
///
/// A number typed into a spreadsheet cell is stored as an IEEE double (1.2 as
/// 1.1999999999999999556), shown with at most 15 significant digits. numberText() recovers
/// that text in plain notation: 15 significant digits, trailing zeros dropped, no exponent
/// ("1.2", "10000000", "0.0001"). This is the only place TenderDesk core handles a double, and
/// only to recover decimal text; the value then goes through Decimal::parse like CSV text.
namespace spreadsheet {

/// `xmlValue` is the <v> text of a numeric cell ("1.2", "1E-4"); empty text stays empty and
/// text that is not a number is returned unchanged (validation then reports it).
QString numberText(QStringView xmlValue);

/// Which number formats show a date and which a time of day.
struct DateStyle
{
    bool date = false;
    bool time = false;
    bool boolean = false; ///< LibreOffice stores TRUE as 1 formatted "TRUE";"TRUE";"FALSE"
};
/// The built-in number formats (ECMA-376 §18.8.30, incl. the East Asian date formats 27–36
/// and 50–58) that are dates or times.
DateStyle builtinDateStyle(int numFmtId);
/// Whether a custom format code ("yyyy-mm-dd", "[$-409]d-mmm-yy;@") shows a date or time, or
/// a boolean ("TRUE";"TRUE";"FALSE").
DateStyle formatCodeDateStyle(QStringView formatCode);
/// A date serial ("46327", "46327.375") as ISO 8601: "2026-11-01" or "2026-11-01T09:00:00"
/// when `style.time` (no offset: UTC, as formats.md reads it). The 1900 system counts the
/// phantom 29 February 1900; `date1904` selects the 1904 system. Unchanged text when invalid.
QString serialDateText(QStringView xmlValue, DateStyle style, bool date1904);

} // namespace spreadsheet

} // namespace td::io
