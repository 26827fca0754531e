<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tender-evaluation workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender dossier to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN, lo or th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, lo or th</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::cli::DemoCommand</name>
    <message>
        <source>usage: tenderdesk-cli demo FILE [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 is a folder; give the name of the dossier file to write, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 already exists; nothing written. Choose another name, or add --force to replace it with a fresh demo dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo dossier %1: tender %2, %3 products, %4 bidders, %5 bids, %6 buyers; evaluated with %7, report digest %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::demo::DemoText</name>
    <message>
        <source>The bundled demo workbook cannot be read (this build is broken): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenderDesk demo workbook (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled demo workbook has invalid parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo tender could not be evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the dossier file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::CsvFolderSource</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::CsvReader</name>
    <message>
        <source>the file is saved as UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file (or it is UTF-16); save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row holds bytes that are not UTF-8 (the file is probably saved as GBK, Latin-1 or another legacy encoding); save it as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell starts in this row but its closing quote is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted cell (a quote inside a quoted cell must be doubled: &quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::ImportContext</name>
    <message>
        <source>too many errors: only the first %1 are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::TableReader</name>
    <message>
        <source>the table is empty: it needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks &apos;;&apos;-separated (with decimal commas?); save it as comma-separated CSV UTF-8 with &apos;.&apos; for decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file looks tab-separated; save it as comma-separated CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a column name of %n characters</source>
        <translation>
            <numerusform>a column name of %n character</numerusform>
            <numerusform>a column name of %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeated column (column %1 has it already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds %1 characters; at most 10,000 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value in a column without a name in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::WorkbookReader</name>
    <message>
        <source>the table is missing from the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds exactly one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tender row is missing (the table holds exactly one row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate product_id %1 (row %2 has the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals (price_decimals of the tender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate bidder_id %1 (row %2 has the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the list %2 is not an ISO country code (2 capital letters; separate codes with &apos;;&apos; and no spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the tender currency: its rate is 1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is listed twice (row %3 has the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product_id %1 (not in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exchange rate in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate bid_id %1 (row %2 has the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown bidder_id %1 (not in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second bid of bidder %1 for product %2 (row %3 has the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not convertible to the product&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1 and buyer %2 are listed twice (row %3 has the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1 is in %2 (row %3), not in %4: a region has one country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1, market %2 and date %3 are listed twice (row %4 has the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an old binary Excel .xls file; save it as .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the folder that holds the CSV files, not one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an .xlsx workbook (the file is not a zip archive) and not a folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::WorkbookWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::XlsxWorkbook</name>
    <message>
        <source>the sheet is damaged: a cell refers to shared string %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .xlsx file is damaged or not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (it has no %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::ZipReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot open its part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook part %1 is larger than 1 GiB uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be decompressed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::io::cell</name>
    <message>
        <source> (no thousands separators, &apos;.&apos; for decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no exponent: write 10000000, not 1E+07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no &apos;+&apos; sign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (write 0.5 and 5, not .5 or 5.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (remove the spaces around it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (at most 20 digits before the point and 12 after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO date (YYYY-MM-DD, e.g. 2026-11-01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not ISO 8601 (e.g. 2026-10-20T10:00:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO country code (2 capital letters, e.g. CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO currency code (3 capital letters, e.g. CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ATC code (letter, 2 digits, 2 letters, 2 digits, e.g. C08CA01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a rule set (vbp-b9, vbp-b10, vbp-b11 or meat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::model::ParameterText</name>
    <message>
        <source>parameter %1: &apos;%2&apos; is not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer from 0 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear or coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A, B or C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, min, median, mean or mean_lowest_3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma list of decimals from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comma list of country pairs like CN&gt;LA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter %1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No font for the report language %1 is installed (looked for: %2). Install one of them, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot paint on the printer or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier has no evaluation run: evaluate first, then print the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender data changed after the last evaluation run (%1): evaluate first, then print the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of evaluation run %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::report::Phrasebook</name>
    <message>
        <source>Award report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify with: tenderdesk-cli verify DOSSIER --digest HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings vs ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings vs reference median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings = volume × (effective ceiling or reference median) − contract value, each rounded to 2 decimals in the tender currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparable unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price linkage caps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps apply in markets outside the bidder&apos;s supply regions (rules §9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unassigned volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid GMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality tier %1 below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelf life %1 &lt; %2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the effective ceiling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within spread (≤ %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below the floor price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below half the ceiling price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted the revival price %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside spread (&gt; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond the shortlist of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the %1 awardees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation committee of tender %1 (%2) evaluated the bids under rule set %3 on %4. The following bids of your company were selected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months from the date the contract is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm in writing within the period stated in the tender documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the evaluation committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocations by winner and region; every buyer is listed in the XLSX export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ten thousand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::rules::EvaluatorText</name>
    <message>
        <source>reference price for market %1 is in %2, which has no exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer %1 pays in %2, which has no exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bidder %1 is not in bidders.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1 is not in products.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is too large to compute exactly (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::rules::ReasonText</name>
    <message>
        <source>winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid GMP certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality tier below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shelf life too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the ceiling price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the price spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below the floor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at or below half of the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revived at the revival price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>among the top scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the price spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beyond the shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the awarded places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher quality tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie with %1 on %2; decided by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 of %2; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified: the bidder has no valid GMP certificate (rules §3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified: quality tier %1 is below the minimum tier %2 (rules §3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified: the bidder is registered in none of the countries of the demand, directly or through a recognition (rules §3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified: shelf life %1 months &lt; the minimum %2 months (rules §3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified: unit price %1 &gt; ceiling %2 (rules §3, §4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≤ %2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≤ floor %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ≤ half of the ceiling %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4; accepted revival at %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4 and above the floor %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %1 of %2 qualified bids are shortlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1; the top %2 win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1; only the top %2 win</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::rules::UnitPriceText</name>
    <message>
        <source>&apos;%1&apos; is not convertible to the product&apos;s &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strength must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack size must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::service</name>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::service::FieldValidationText</name>
    <message>
        <source>&apos;%1&apos; is not a number: write decimals with a point and no thousands separators, e.g. 1.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point, e.g. 1.20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three capital letters, e.g. CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown currency %1: the tender has no exchange rate for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code (two capital letters, e.g. LA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than price_decimals (%2) allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than 10,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; separate countries with &apos;;&apos; (CN;LA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::storage::DossierText</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log of %1 is damaged; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk since audit entry %2; run &apos;tenderdesk-cli verify&apos; and restore the dossier before editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 does not exist. Check the path, or import a bid workbook to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TenderDesk dossier (it is not a database). Open a .tender file, or import the workbook into a new dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier. Open a .tender file, or import the workbook into a new dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (the file is shorter than its header says). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a TenderDesk dossier. Import a bid workbook into it to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 was written by a newer TenderDesk (schema version %2; this version reads up to %3). Update TenderDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere (%2, process %3 on %4). Close it there, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable, or open the dossier read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: unexpected SQL driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (%2). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 has the older schema version %2. Open it for editing once so TenderDesk can upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the dossier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (tables are missing). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the evaluation run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot be edited (identifiers and references change only by importing the workbook again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 (column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quality code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of a %1 row has %2 parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 row with the key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %2 matches several %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of table %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: the audit log was changed outside TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3) does not match its hash: the audit log was changed outside TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 has unreadable table digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty: it was changed outside TenderDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk after audit entry %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: its stored result no longer matches its digest %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::storage::TableText</name>
    <message>
        <source>Cannot write table %1: row %2 refers to &apos;%3&apos;, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored table %1, row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet; import a bid workbook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::AboutDialog</name>
    <message>
        <source>About TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender-evaluation workstation for cross-border drug procurement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the %1, version 3 or (at your option) any later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LGPL-3.0 or GPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPL-3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boost Software License 1.0 (BSL-1.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD 2-clause license (BSD-2-Clause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese; SIL Open Font License 1.1 (OFL-1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao; GNU LGPL 2.1 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai; GNU GPL 2 or later with the font exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonts are used from the system; the Debian package depends on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD 3-clause license (BSD-3-Clause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache License 2.0 (Apache-2.0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::AllocationModel</name>
    <message>
        <source>Preferred bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract value (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::BidLadderChart</name>
    <message>
        <source>Bid ladder: select an evaluated product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid ladder chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid ladder of %1: comparable unit prices in rank order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::BidModel</name>
    <message>
        <source>%1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts the revival price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not accept the revival price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered specification: strength × pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparable unit price in the tender currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median price ratio (MPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked price cap outside the supply regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revival</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::BidderModel</name>
    <message>
        <source>WHO PQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIC/S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consistency evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::DemandModel</name>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::DossierSession</name>
    <message>
        <source>The tender data in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running evaluation has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::EditFieldCommand</name>
    <message>
        <source>Change pack price of bid %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid %1 accepts the revival price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid %1 refuses the revival price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change parameters to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of bidder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ExplanationWidget</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a bid of an evaluated product to see why it has its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bid %1, bidder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead-time score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf-life score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality tier (minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf life, months (minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds that applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ImportDialog</name>
    <message>
        <source>Writing the dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dossier from Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of CSV files or one .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Dossier As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n error(s). Nothing was imported; correct the workbook and import again.</source>
        <translation>
            <numerusform>The workbook has %n error. Nothing was imported; correct the workbook and import again.</numerusform>
            <numerusform>The workbook has %n errors. Nothing was imported; correct the workbook and import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n error(s) to the clipboard.</source>
        <translation>
            <numerusform>Copied %n error to the clipboard.</numerusform>
            <numerusform>Copied %n errors to the clipboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the dossier and evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate right after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules run while the dossier is written, so the dossier opens with the evaluation result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported and evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>No dossier is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a dossier from a bid workbook (CSV folder or .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender Data as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Result as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the tender with the parameters shown and store the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare Runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation &amp;Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search products:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN, name, form or product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter bids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder, country, bid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bids with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids of the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;umes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bi&amp;dders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference &amp;Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed volume by buyer and region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region picks in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Two Runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tender has not been evaluated yet. Check the parameters and press F5 to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data or parameters changed after the results shown were computed. Press F5 to evaluate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, or create a dossier with File → New from Workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Tender Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .tender file. To read a bid workbook, use File → New from Workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was left unchanged. Open a backup copy or re-import the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier From a Newer TenderDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it with the newer TenderDesk version that wrote it, or install the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier In Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another TenderDesk window or on another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one window can change a dossier. You can open it read-only to look at it, or cancel and close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read and written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet: import a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the parameters shown in red before evaluating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated: run %1 stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation cancelled. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tender could not be evaluated. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Not Readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 cannot be read back from the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing run %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: the dossier itself is always up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Tender Data as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Evaluation Result as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation is running. Cancel it and quit? Nothing of it will be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Demo to Pristine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the bundled demo dossier again, as it was shipped, and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger fonts, full screen and high-contrast charts for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided &amp;What-If…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate with another spread factor or rule set and compare with the current run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Teaching note (%1):&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Demo to Pristine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the demo dossier as it was shipped? Every change and evaluation run in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo dossier could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo dossier was written to %1 but cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo reset to pristine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the tender first: the what-if is compared with the run shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep These Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared demand by buyer (editable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ParameterModel</name>
    <message>
        <source>Set by this tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default of the rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ProductModel</name>
    <message>
        <source>%1 %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative specification: strength × pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest comparable unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ReferencePriceModel</name>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RegionPickModel</name>
    <message>
        <source>Pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ReportActions</name>
    <message>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Award &amp;Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Second Language (beneath each label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the evaluation run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is too large to print exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Award Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award Report Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing award letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Award Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Award Report as XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for Award Letters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonDialog</name>
    <message>
        <source>Compare Evaluation Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences between the two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run B</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) differ between the two runs.</source>
        <translation>
            <numerusform>%n bid differs between the two runs.</numerusform>
            <numerusform>%n bids differ between the two runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run cannot be read back from the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonModel</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award price (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award price (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RunModel</name>
    <message>
        <source>Run %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::SavingsChart</name>
    <message>
        <source>Savings chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings: evaluate the tender first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings in %1: the %2 products with the largest savings of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Savings in %1 by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the reference median</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::Status</name>
    <message>
        <source>Not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::UnassignedModel</name>
    <message>
        <source>Supply region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::VolumeShareChart</name>
    <message>
        <source>Volume shares chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume shares: select an evaluated product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume shares by winner, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::WhatIfDialog</name>
    <message>
        <source>Guided What-If</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenderDesk evaluates the tender again with the spread factor or rule set you choose here and stores the result as a new run. You then see the previous run and the new one side by side; the tender&apos;s own parameters change only if you choose Keep These Parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spread factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate and Compare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::WinnerTotalModel</name>
    <message>
        <source>Bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total contract value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
