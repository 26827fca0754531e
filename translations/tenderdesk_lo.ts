<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lo">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ຕົກລົງ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ບັນທຶກ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ບັນທຶກທັງໝົດ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ເປີດ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ແມ່ນ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ແມ່ນທັງໝົດ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ບໍ່ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ບໍ່ທັງໝົດ (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ຢຸດ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ລອງໃໝ່</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ບໍ່ສົນໃຈ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ຖິ້ມ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ຊ່ວຍເຫຼືອ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ຕັ້ງຄ່າຄືນໃໝ່</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ຄືນຄ່າເລີ່ມຕົ້ນ</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tender-evaluation workstation</source>
        <translation>ລະບົບປະເມີນຜົນການປະມູນ</translation>
    </message>
    <message>
        <source>Tender dossier to open</source>
        <translation>ແຟ້ມຂໍ້ມູນການປະມູນທີ່ຈະເປີດ</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN, lo or th</source>
        <translation>ພາສາຂອງໂປຣແກຣມ: en, zh_CN, lo ຫຼື th</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, lo or th</source>
        <translation>ບໍ່ຮູ້ຈັກພາສາ &apos;%1&apos;: ໃຫ້ໃຊ້ en, zh_CN, lo ຫຼື th</translation>
    </message>
</context>
<context>
    <name>td::cli::DemoCommand</name>
    <message>
        <source>usage: tenderdesk-cli demo FILE [--force]</source>
        <translation>ວິທີໃຊ້: tenderdesk-cli demo FILE [--force]</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 is a folder; give the name of the dossier file to write, e.g. %2</source>
        <translation>tenderdesk-cli demo: %1 ເປັນໂຟນເດີ; ໃຫ້ລະບຸຊື່ແຟ້ມຂໍ້ມູນທີ່ຈະຂຽນ, ເຊັ່ນ %2</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 already exists; nothing written. Choose another name, or add --force to replace it with a fresh demo dossier.</source>
        <translation>tenderdesk-cli demo: %1 ມີຢູ່ແລ້ວ; ບໍ່ໄດ້ຂຽນຫຍັງ. ເລືອກຊື່ອື່ນ ຫຼື ເພີ່ມ --force ເພື່ອແທນທີ່ດ້ວຍແຟ້ມຂໍ້ມູນສາທິດໃໝ່.</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1</source>
        <translation>tenderdesk-cli demo: %1</translation>
    </message>
    <message>
        <source>Wrote the demo dossier %1: tender %2, %3 products, %4 bidders, %5 bids, %6 buyers; evaluated with %7, report digest %8</source>
        <translation>ຂຽນແຟ້ມຂໍ້ມູນສາທິດ %1 ແລ້ວ: ການປະມູນ %2, ລາຍການຢາ %3 ລາຍການ, ຜູ້ສະເໜີລາຄາ %4 ລາຍ, ການສະເໜີລາຄາ %5 ລາຍການ, ຜູ້ຊື້ %6 ລາຍ; ປະເມີນດ້ວຍ %7, ລະຫັດກວດສອບບົດລາຍງານ %8</translation>
    </message>
</context>
<context>
    <name>td::demo::DemoText</name>
    <message>
        <source>The bundled demo workbook cannot be read (this build is broken): %1</source>
        <translation>ບໍ່ສາມາດອ່ານແຟ້ມຕາຕະລາງສາທິດທີ່ມາພ້ອມໂປຣແກຣມ (ໂປຣແກຣມລຸ້ນນີ້ສ້າງບໍ່ຖືກຕ້ອງ): %1</translation>
    </message>
    <message>
        <source>TenderDesk demo workbook (bundled)</source>
        <translation>ແຟ້ມຕາຕະລາງສາທິດຂອງ TenderDesk (ມາພ້ອມໂປຣແກຣມ)</translation>
    </message>
    <message>
        <source>The bundled demo workbook has invalid parameters: %1</source>
        <translation>ແຟ້ມຕາຕະລາງສາທິດທີ່ມາພ້ອມໂປຣແກຣມມີພາລາມິເຕີທີ່ບໍ່ຖືກຕ້ອງ: %1</translation>
    </message>
    <message>
        <source>The demo tender could not be evaluated: %1</source>
        <translation>ບໍ່ສາມາດປະເມີນການປະມູນສາທິດໄດ້: %1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the dossier file to write.</source>
        <translation>%1 ເປັນໂຟນເດີ; ໃຫ້ລະບຸຊື່ແຟ້ມຂໍ້ມູນທີ່ຈະຂຽນ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ບໍ່ມີໂຟນເດີ %1.</translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere. Close it there first.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ກຳລັງຖືກເປີດແກ້ໄຂຢູ່ບ່ອນອື່ນ. ກະລຸນາປິດມັນຢູ່ບ່ອນນັ້ນກ່ອນ.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable.</source>
        <translation>ບໍ່ສາມາດສ້າງແຟ້ມລັອກ %1.lock: ກະລຸນາກວດເບິ່ງວ່າສາມາດຂຽນລົງໂຟນເດີໄດ້.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນລົງໂຟນເດີ %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນ %1: %2</translation>
    </message>
</context>
<context>
    <name>td::io::CsvFolderSource</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ບໍ່ສາມາດອ່ານແຟ້ມ: %1</translation>
    </message>
</context>
<context>
    <name>td::io::CsvReader</name>
    <message>
        <source>the file is saved as UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation>ແຟ້ມຖືກບັນທຶກເປັນ UTF-16 (ຂໍ້ຄວາມ Unicode); ໃຫ້ບັນທຶກເປັນ CSV UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation>ແຟ້ມເບິ່ງຄືເປັນ UTF-16 (ຂໍ້ຄວາມ Unicode); ໃຫ້ບັນທຶກເປັນ CSV UTF-8</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file (or it is UTF-16); save it as CSV UTF-8</source>
        <translation>ແຟ້ມມີໄບຕ໌ NUL: ມັນບໍ່ແມ່ນແຟ້ມຂໍ້ຄວາມ (ຫຼື ເປັນ UTF-16); ໃຫ້ບັນທຶກເປັນ CSV UTF-8</translation>
    </message>
    <message>
        <source>this row holds bytes that are not UTF-8 (the file is probably saved as GBK, Latin-1 or another legacy encoding); save it as CSV UTF-8</source>
        <translation>ແຖວນີ້ມີໄບຕ໌ທີ່ບໍ່ແມ່ນ UTF-8 (ແຟ້ມອາດຖືກບັນທຶກເປັນ GBK, Latin-1 ຫຼື ການເຂົ້າລະຫັດແບບເກົ່າອື່ນ); ໃຫ້ບັນທຶກເປັນ CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted cell starts in this row but its closing quote is missing</source>
        <translation>ຫ້ອງທີ່ມີເຄື່ອງໝາຍວົງຢືມເລີ່ມໃນແຖວນີ້ ແຕ່ບໍ່ມີເຄື່ອງໝາຍວົງຢືມປິດ</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted cell (a quote inside a quoted cell must be doubled: &quot;&quot;)</source>
        <translation>ມີຂໍ້ຄວາມຕາມຫຼັງເຄື່ອງໝາຍວົງຢືມປິດຂອງຫ້ອງ (ເຄື່ອງໝາຍວົງຢືມພາຍໃນຫ້ອງຕ້ອງຂຽນສອງເທື່ອ: &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>td::io::ImportContext</name>
    <message>
        <source>too many errors: only the first %1 are shown</source>
        <translation>ຂໍ້ຜິດພາດຫຼາຍເກີນໄປ: ສະແດງສະເພາະ %1 ລາຍການທຳອິດ</translation>
    </message>
</context>
<context>
    <name>td::io::TableReader</name>
    <message>
        <source>the table is empty: it needs a header row</source>
        <translation>ຕາຕະລາງຫວ່າງເປົ່າ: ຕ້ອງມີແຖວຫົວຖັນ</translation>
    </message>
    <message>
        <source>the file looks &apos;;&apos;-separated (with decimal commas?); save it as comma-separated CSV UTF-8 with &apos;.&apos; for decimals</source>
        <translation>ແຟ້ມເບິ່ງຄືແຍກດ້ວຍ &apos;;&apos; (ໃຊ້ຈຸດທົດສະນິຍົມເປັນເຄື່ອງໝາຍຈຸດ?); ໃຫ້ບັນທຶກເປັນ CSV UTF-8 ແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ ແລະ ໃຊ້ &apos;.&apos; ສຳລັບທົດສະນິຍົມ</translation>
    </message>
    <message>
        <source>the file looks tab-separated; save it as comma-separated CSV UTF-8</source>
        <translation>ແຟ້ມເບິ່ງຄືແຍກດ້ວຍແທັບ; ໃຫ້ບັນທຶກເປັນ CSV UTF-8 ແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ</translation>
    </message>
    <message numerus="yes">
        <source>a column name of %n characters</source>
        <translation>
            <numerusform>ຊື່ຖັນທີ່ມີ %n ຕົວອັກສອນ</numerusform>
            <numerusform>ຊື່ຖັນທີ່ມີ %n ຕົວອັກສອນ</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>ຖັນທີ່ບໍ່ຮູ້ຈັກ</translation>
    </message>
    <message>
        <source>repeated column (column %1 has it already)</source>
        <translation>ຖັນຊ້ຳ (ຖັນທີ %1 ມີແລ້ວ)</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>ຂາດຖັນ</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; at most 10,000 are allowed</source>
        <translation>ຫ້ອງມີ %1 ຕົວອັກສອນ; ອະນຸຍາດສູງສຸດ 10,000 ຕົວ</translation>
    </message>
    <message>
        <source>a value in a column without a name in the header row</source>
        <translation>ມີຄ່າໃນຖັນທີ່ບໍ່ມີຊື່ໃນແຖວຫົວຖັນ</translation>
    </message>
    <message>
        <source>value missing</source>
        <translation>ຂາດຄ່າ</translation>
    </message>
</context>
<context>
    <name>td::io::WorkbookReader</name>
    <message>
        <source>the table is missing from the workbook</source>
        <translation>ບໍ່ມີຕາຕະລາງນີ້ໃນແຟ້ມຕາຕະລາງ</translation>
    </message>
    <message>
        <source>%1 holds exactly one row</source>
        <translation>%1 ຕ້ອງມີພຽງແຖວດຽວ</translation>
    </message>
    <message>
        <source>the tender row is missing (the table holds exactly one row)</source>
        <translation>ຂາດແຖວຂໍ້ມູນການປະມູນ (ຕາຕະລາງນີ້ມີພຽງແຖວດຽວ)</translation>
    </message>
    <message>
        <source>duplicate product_id %1 (row %2 has the first)</source>
        <translation>product_id %1 ຊ້ຳ (ແຖວ %2 ມີກ່ອນແລ້ວ)</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals (price_decimals of the tender)</source>
        <translation>%1 ມີທົດສະນິຍົມເກີນ %2 ຕຳແໜ່ງ (price_decimals ຂອງການປະມູນ)</translation>
    </message>
    <message>
        <source>duplicate bidder_id %1 (row %2 has the first)</source>
        <translation>bidder_id %1 ຊ້ຳ (ແຖວ %2 ມີກ່ອນແລ້ວ)</translation>
    </message>
    <message>
        <source>%1 in the list %2 is not an ISO country code (2 capital letters; separate codes with &apos;;&apos; and no spaces)</source>
        <translation>%1 ໃນລາຍການ %2 ບໍ່ແມ່ນລະຫັດປະເທດ ISO (ຕົວພິມໃຫຍ່ 2 ຕົວ; ແຍກລະຫັດດ້ວຍ &apos;;&apos; ແລະ ບໍ່ມີຍະຫວ່າງ)</translation>
    </message>
    <message>
        <source>%1 is the tender currency: its rate is 1, not %2</source>
        <translation>%1 ແມ່ນສະກຸນເງິນຂອງການປະມູນ: ອັດຕາແລກປ່ຽນຂອງມັນແມ່ນ 1, ບໍ່ແມ່ນ %2</translation>
    </message>
    <message>
        <source>%1 on %2 is listed twice (row %3 has the first)</source>
        <translation>%1 ວັນທີ %2 ມີສອງເທື່ອ (ແຖວ %3 ມີກ່ອນແລ້ວ)</translation>
    </message>
    <message>
        <source>unknown product_id %1 (not in %2)</source>
        <translation>ບໍ່ຮູ້ຈັກ product_id %1 (ບໍ່ມີໃນ %2)</translation>
    </message>
    <message>
        <source>%1 has no exchange rate in %2</source>
        <translation>%1 ບໍ່ມີອັດຕາແລກປ່ຽນໃນ %2</translation>
    </message>
    <message>
        <source>duplicate bid_id %1 (row %2 has the first)</source>
        <translation>bid_id %1 ຊ້ຳ (ແຖວ %2 ມີກ່ອນແລ້ວ)</translation>
    </message>
    <message>
        <source>unknown bidder_id %1 (not in %2)</source>
        <translation>ບໍ່ຮູ້ຈັກ bidder_id %1 (ບໍ່ມີໃນ %2)</translation>
    </message>
    <message>
        <source>second bid of bidder %1 for product %2 (row %3 has the first)</source>
        <translation>ການສະເໜີລາຄາຄັ້ງທີສອງຂອງຜູ້ສະເໜີລາຄາ %1 ສຳລັບລາຍການຢາ %2 (ແຖວ %3 ມີຄັ້ງທຳອິດແລ້ວ)</translation>
    </message>
    <message>
        <source>%1 is not convertible to the product&apos;s %2</source>
        <translation>%1 ບໍ່ສາມາດປ່ຽນເປັນ %2 ຂອງລາຍການຢາໄດ້</translation>
    </message>
    <message>
        <source>product %1 and buyer %2 are listed twice (row %3 has the first)</source>
        <translation>ລາຍການຢາ %1 ແລະ ຜູ້ຊື້ %2 ມີສອງເທື່ອ (ແຖວ %3 ມີກ່ອນແລ້ວ)</translation>
    </message>
    <message>
        <source>region %1 is in %2 (row %3), not in %4: a region has one country</source>
        <translation>ເຂດ %1 ຢູ່ໃນ %2 (ແຖວ %3), ບໍ່ແມ່ນ %4: ເຂດໜຶ່ງມີປະເທດດຽວ</translation>
    </message>
    <message>
        <source>product %1, market %2 and date %3 are listed twice (row %4 has the first)</source>
        <translation>ລາຍການຢາ %1, ຕະຫຼາດ %2 ແລະ ວັນທີ %3 ມີສອງເທື່ອ (ແຖວ %4 ມີກ່ອນແລ້ວ)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>ຍົກເລີກການນຳເຂົ້າແລ້ວ</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ບໍ່ມີແຟ້ມ ຫຼື ໂຟນເດີນີ້</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ບໍ່ສາມາດອ່ານແຟ້ມ: %1</translation>
    </message>
    <message>
        <source>this is an old binary Excel .xls file; save it as .xlsx</source>
        <translation>ນີ້ແມ່ນແຟ້ມ Excel .xls ແບບເກົ່າ; ໃຫ້ບັນທຶກເປັນ .xlsx</translation>
    </message>
    <message>
        <source>choose the folder that holds the CSV files, not one CSV file</source>
        <translation>ໃຫ້ເລືອກໂຟນເດີທີ່ມີແຟ້ມ CSV, ບໍ່ແມ່ນແຟ້ມ CSV ແຟ້ມດຽວ</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (the file is not a zip archive) and not a folder of CSV files</source>
        <translation>ບໍ່ແມ່ນແຟ້ມຕາຕະລາງ .xlsx (ແຟ້ມບໍ່ແມ່ນ zip) ແລະ ບໍ່ແມ່ນໂຟນເດີຂອງແຟ້ມ CSV</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ແຖວ %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, ແຖວ %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>ຖັນ %1</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1, ຖັນ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>td::io::WorkbookWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນ %1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີ %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>ບໍ່ສາມາດລຶບ %1</translation>
    </message>
</context>
<context>
    <name>td::io::XlsxWorkbook</name>
    <message>
        <source>the sheet is damaged: a cell refers to shared string %1, which does not exist</source>
        <translation>ແຜ່ນງານເສຍຫາຍ: ຫ້ອງໜຶ່ງອ້າງອີງເຖິງ shared string %1 ທີ່ບໍ່ມີຢູ່</translation>
    </message>
    <message>
        <source>the sheet is too large</source>
        <translation>ແຜ່ນງານໃຫຍ່ເກີນໄປ</translation>
    </message>
    <message>
        <source>the sheet is damaged (%1)</source>
        <translation>ແຜ່ນງານເສຍຫາຍ (%1)</translation>
    </message>
    <message>
        <source>the .xlsx file is damaged or not a zip archive</source>
        <translation>ແຟ້ມ .xlsx ເສຍຫາຍ ຫຼື ບໍ່ແມ່ນ zip</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (it has no %1)</source>
        <translation>ແຟ້ມເປັນ zip ແຕ່ບໍ່ແມ່ນແຟ້ມຕາຕະລາງ .xlsx (ບໍ່ມີ %1)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 in %2)</source>
        <translation>ແຟ້ມຕາຕະລາງເສຍຫາຍ (%1 ໃນ %2)</translation>
    </message>
</context>
<context>
    <name>td::io::ZipReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>ແຟ້ມຕາຕະລາງບໍ່ມີສ່ວນ %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot open its part %1</source>
        <translation>ແຟ້ມຕາຕະລາງເສຍຫາຍ: ບໍ່ສາມາດເປີດສ່ວນ %1</translation>
    </message>
    <message>
        <source>the workbook part %1 is larger than 1 GiB uncompressed</source>
        <translation>ສ່ວນ %1 ຂອງແຟ້ມຕາຕະລາງໃຫຍ່ກວ່າ 1 GiB ເມື່ອແຕກໄຟລ໌</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be decompressed</source>
        <translation>ແຟ້ມຕາຕະລາງເສຍຫາຍ: ບໍ່ສາມາດແຕກສ່ວນ %1</translation>
    </message>
</context>
<context>
    <name>td::io::cell</name>
    <message>
        <source> (no thousands separators, &apos;.&apos; for decimals)</source>
        <translation> (ບໍ່ໃຊ້ເຄື່ອງໝາຍແຍກຫຼັກພັນ, ໃຊ້ &apos;.&apos; ສຳລັບທົດສະນິຍົມ)</translation>
    </message>
    <message>
        <source> (no exponent: write 10000000, not 1E+07)</source>
        <translation> (ບໍ່ໃຊ້ເລກກຳລັງ: ຂຽນ 10000000, ບໍ່ແມ່ນ 1E+07)</translation>
    </message>
    <message>
        <source> (no &apos;+&apos; sign)</source>
        <translation> (ບໍ່ໃສ່ເຄື່ອງໝາຍ &apos;+&apos;)</translation>
    </message>
    <message>
        <source> (write 0.5 and 5, not .5 or 5.)</source>
        <translation> (ຂຽນ 0.5 ແລະ 5, ບໍ່ແມ່ນ .5 ຫຼື 5.)</translation>
    </message>
    <message>
        <source> (remove the spaces around it)</source>
        <translation> (ລຶບຍະຫວ່າງອ້ອມຮອບອອກ)</translation>
    </message>
    <message>
        <source> (at most 20 digits before the point and 12 after)</source>
        <translation> (ສູງສຸດ 20 ຫຼັກກ່ອນຈຸດ ແລະ 12 ຫຼັກຫຼັງຈຸດ)</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n ຕົວອັກສອນ</numerusform>
            <numerusform>%n ຕົວອັກສອນ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a decimal</source>
        <translation>%1 ບໍ່ແມ່ນເລກທົດສະນິຍົມ</translation>
    </message>
    <message>
        <source>%1 must be greater than 0</source>
        <translation>%1 ຕ້ອງໃຫຍ່ກວ່າ 0</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ຕ້ອງບໍ່ເປັນຄ່າລົບ</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ບໍ່ແມ່ນຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <source>%1 is not yes/no</source>
        <translation>%1 ບໍ່ແມ່ນ yes/no</translation>
    </message>
    <message>
        <source>%1 is not an ISO date (YYYY-MM-DD, e.g. 2026-11-01)</source>
        <translation>%1 ບໍ່ແມ່ນວັນທີແບບ ISO (YYYY-MM-DD, ເຊັ່ນ 2026-11-01)</translation>
    </message>
    <message>
        <source>%1 is not ISO 8601 (e.g. 2026-10-20T10:00:00+08:00)</source>
        <translation>%1 ບໍ່ແມ່ນຮູບແບບ ISO 8601 (ເຊັ່ນ 2026-10-20T10:00:00+08:00)</translation>
    </message>
    <message>
        <source>%1 is not an ISO country code (2 capital letters, e.g. CN)</source>
        <translation>%1 ບໍ່ແມ່ນລະຫັດປະເທດ ISO (ຕົວພິມໃຫຍ່ 2 ຕົວ, ເຊັ່ນ CN)</translation>
    </message>
    <message>
        <source>%1 is not an ISO currency code (3 capital letters, e.g. CNY)</source>
        <translation>%1 ບໍ່ແມ່ນລະຫັດສະກຸນເງິນ ISO (ຕົວພິມໃຫຍ່ 3 ຕົວ, ເຊັ່ນ CNY)</translation>
    </message>
    <message>
        <source>%1 is not an ATC code (letter, 2 digits, 2 letters, 2 digits, e.g. C08CA01)</source>
        <translation>%1 ບໍ່ແມ່ນລະຫັດ ATC (ຕົວອັກສອນ 1, ຕົວເລກ 2, ຕົວອັກສອນ 2, ຕົວເລກ 2, ເຊັ່ນ C08CA01)</translation>
    </message>
    <message>
        <source>%1 is not a rule set (vbp-b9, vbp-b10, vbp-b11 or meat)</source>
        <translation>%1 ບໍ່ແມ່ນຊຸດກົດລະບຽບ (vbp-b9, vbp-b10, vbp-b11 ຫຼື meat)</translation>
    </message>
    <message>
        <source>%1 is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation>%1 ບໍ່ແມ່ນລະຫັດຄຸນນະພາບ (who_pq, sra, pics, consistency ຫຼື gmp)</translation>
    </message>
</context>
<context>
    <name>td::model::ParameterText</name>
    <message>
        <source>parameter %1: &apos;%2&apos; is not %3</source>
        <translation>ພາລາມິເຕີ %1: &apos;%2&apos; ບໍ່ແມ່ນ%3</translation>
    </message>
    <message>
        <source>a decimal greater than 0</source>
        <translation>ເລກທົດສະນິຍົມທີ່ໃຫຍ່ກວ່າ 0</translation>
    </message>
    <message>
        <source>a decimal of 0 or more</source>
        <translation>ເລກທົດສະນິຍົມຕັ້ງແຕ່ 0 ຂຶ້ນໄປ</translation>
    </message>
    <message>
        <source>an integer from 0 to 12</source>
        <translation>ຈຳນວນເຕັມຈາກ 0 ຫາ 12</translation>
    </message>
    <message>
        <source>linear or coefficient</source>
        <translation>linear ຫຼື coefficient</translation>
    </message>
    <message>
        <source>an integer of 0 or more</source>
        <translation>ຈຳນວນເຕັມຕັ້ງແຕ່ 0 ຂຶ້ນໄປ</translation>
    </message>
    <message>
        <source>A, B or C</source>
        <translation>A, B ຫຼື C</translation>
    </message>
    <message>
        <source>none, min, median, mean or mean_lowest_3</source>
        <translation>none, min, median, mean ຫຼື mean_lowest_3</translation>
    </message>
    <message>
        <source>an integer of 1 or more</source>
        <translation>ຈຳນວນເຕັມຕັ້ງແຕ່ 1 ຂຶ້ນໄປ</translation>
    </message>
    <message>
        <source>a comma list of decimals from 0 to 1</source>
        <translation>ລາຍການເລກທົດສະນິຍົມຈາກ 0 ຫາ 1 ແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ</translation>
    </message>
    <message>
        <source>a comma list of country pairs like CN&gt;LA</source>
        <translation>ລາຍການຄູ່ປະເທດແຍກດ້ວຍເຄື່ອງໝາຍຈຸດ ເຊັ່ນ CN&gt;LA</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>ບໍ່ຮູ້ຈັກພາລາມິເຕີ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນຮູບແບບ ຊື່=ຄ່າ</translation>
    </message>
    <message>
        <source>parameter %1 is given twice</source>
        <translation>ພາລາມິເຕີ %1 ຖືກລະບຸສອງເທື່ອ</translation>
    </message>
</context>
<context>
    <name>td::report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນ %1: %2</translation>
    </message>
    <message>
        <source>No font for the report language %1 is installed (looked for: %2). Install one of them, then print again.</source>
        <translation>ບໍ່ມີຟອນສຳລັບພາສາບົດລາຍງານ %1 ຕິດຕັ້ງຢູ່ (ຊອກຫາ: %2). ກະລຸນາຕິດຕັ້ງຟອນໃດໜຶ່ງ ແລ້ວພິມໃໝ່.</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>ໜ້າເຈ້ຍນ້ອຍເກີນໄປສຳລັບບົດລາຍງານ.</translation>
    </message>
    <message>
        <source>Cannot paint on the printer or file.</source>
        <translation>ບໍ່ສາມາດພິມລົງເຄື່ອງພິມ ຫຼື ແຟ້ມໄດ້.</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>ບໍ່ສາມາດເລີ່ມໜ້າ %1.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>ການພິມຖືກຍົກເລີກແລ້ວ.</translation>
    </message>
    <message>
        <source>Could not finish the pages.</source>
        <translation>ບໍ່ສາມາດສຳເລັດໜ້າເຈ້ຍໄດ້.</translation>
    </message>
    <message>
        <source>The dossier has no evaluation run: evaluate first, then print the report.</source>
        <translation>ແຟ້ມຂໍ້ມູນບໍ່ມີຮອບການປະເມີນຜົນ: ກະລຸນາປະເມີນກ່ອນ ແລ້ວຈຶ່ງພິມບົດລາຍງານ.</translation>
    </message>
    <message>
        <source>The tender data changed after the last evaluation run (%1): evaluate first, then print the report.</source>
        <translation>ຂໍ້ມູນການປະມູນປ່ຽນແປງຫຼັງຈາກຮອບການປະເມີນຜົນຄັ້ງລ່າສຸດ (%1): ກະລຸນາປະເມີນກ່ອນ ແລ້ວຈຶ່ງພິມບົດລາຍງານ.</translation>
    </message>
    <message>
        <source>The result of evaluation run %1 cannot be read.</source>
        <translation>ບໍ່ສາມາດອ່ານຜົນຂອງຮອບການປະເມີນຜົນ %1.</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>ບໍ່ມີໂຟນເດີ</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>ບໍ່ສາມາດສ້າງແຟ້ມຕາຕະລາງ</translation>
    </message>
</context>
<context>
    <name>td::report::Phrasebook</name>
    <message>
        <source>Award report</source>
        <translation>ບົດລາຍງານຜົນການປະມູນ</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>ການປະມູນ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ຫົວຂໍ້</translation>
    </message>
    <message>
        <source>Tender currency</source>
        <translation>ສະກຸນເງິນຂອງການປະມູນ</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ຊຸດກົດລະບຽບ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>ພາລາມິເຕີ</translation>
    </message>
    <message>
        <source>Evaluation run</source>
        <translation>ຮອບການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>ວັນທີປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>ຜູ້ປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>ວັນທີລາຍງານ</translation>
    </message>
    <message>
        <source>Dossier digest</source>
        <translation>ລະຫັດກວດສອບແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>ໜ້າ %1 ຈາກ %2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>ຈຳນວນລາຍການຢາ</translation>
    </message>
    <message>
        <source>Verify with: tenderdesk-cli verify DOSSIER --digest HEX</source>
        <translation>ກວດສອບດ້ວຍ: tenderdesk-cli verify DOSSIER --digest HEX</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>ສະຫຼຸບ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>ລາຍການຢາ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>ຜູ້ຊະນະການປະມູນ</translation>
    </message>
    <message>
        <source>Award price</source>
        <translation>ລາຄາທີ່ຊະນະ</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>ສັດສ່ວນທີ່ຕົກລົງ</translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation>ປະລິມານຈັດຊື້ທີ່ຕົກລົງ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ປະລິມານ</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>ມູນຄ່າສັນຍາ</translation>
    </message>
    <message>
        <source>Savings vs ceiling</source>
        <translation>ເງິນທີ່ປະຢັດໄດ້ທຽບກັບເພດານ</translation>
    </message>
    <message>
        <source>Savings vs reference median</source>
        <translation>ເງິນທີ່ປະຢັດໄດ້ທຽບກັບລາຄາອ້າງອີງມັດທະຍະຖານ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>ລວມ</translation>
    </message>
    <message>
        <source>No winner</source>
        <translation>ບໍ່ມີຜູ້ຊະນະ</translation>
    </message>
    <message>
        <source>Savings = volume × (effective ceiling or reference median) − contract value, each rounded to 2 decimals in the tender currency.</source>
        <translation>ເງິນທີ່ປະຢັດໄດ້ = ປະລິມານ × (ເພດານລາຄາທີ່ນຳໃຊ້ ຫຼື ລາຄາອ້າງອີງມັດທະຍະຖານ) − ມູນຄ່າສັນຍາ, ປັດເປັນ 2 ຕຳແໜ່ງທົດສະນິຍົມໃນສະກຸນເງິນຂອງການປະມູນ.</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>ການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ອັນດັບ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>ການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ຜູ້ສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Comparable unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍທີ່ປຽບທຽບໄດ້</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>MPR</translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation>ເພດານລາຄາຂາຍ</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>ເກນ</translation>
    </message>
    <message>
        <source>Qualified bids</source>
        <translation>ຈຳນວນທີ່ຜ່ານຄຸນສົມບັດ</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>ລາຍຊື່ຜູ້ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍຕ່ຳສຸດ</translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation>ລາຄາພື້ນຖານ</translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation>ເພດານລາຄາທີ່ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Ceiling price</source>
        <translation>ລາຄາເພດານ</translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation>ເພດານລາຄາຈາກລາຄາອ້າງອີງ</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>ເກນສ່ວນຕ່າງລາຄາ</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>ເກນລາຄາຕ່ຳ</translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation>ລາຄາຄືນສິດ</translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation>ປະລິມານຄວາມຕ້ອງການທີ່ແຈ້ງ</translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation>ລາຄາອ້າງອີງມັດທະຍະຖານ</translation>
    </message>
    <message>
        <source>Bid ladder</source>
        <translation>ແຜນພູມລຳດັບລາຄາ</translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation>ຊື່ສາມັນ (INN)</translation>
    </message>
    <message>
        <source>Representative specification</source>
        <translation>ຂໍ້ກຳນົດອ້າງອີງ</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>ການຈັດສັນ</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ຜູ້ຊື້</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>ເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ມູນຄ່າ</translation>
    </message>
    <message>
        <source>Local value</source>
        <translation>ມູນຄ່າເປັນສະກຸນເງິນທ້ອງຖິ່ນ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation>ຜູ້ສະເໜີລາຄາທີ່ຜູ້ຊື້ເລືອກ</translation>
    </message>
    <message>
        <source>Price linkage caps</source>
        <translation>ເພດານລາຄາຈາກການເຊື່ອມໂຍງລາຄາ</translation>
    </message>
    <message>
        <source>Caps apply in markets outside the bidder&apos;s supply regions (rules §9).</source>
        <translation>ເພດານລາຄາໃຊ້ກັບຕະຫຼາດນອກເຂດສະໜອງຂອງຜູ້ສະເໜີລາຄາ (ກົດລະບຽບ §9).</translation>
    </message>
    <message>
        <source>Unassigned volumes</source>
        <translation>ປະລິມານທີ່ຍັງບໍ່ໄດ້ຈັດສັນ</translation>
    </message>
    <message>
        <source>No unassigned volume.</source>
        <translation>ບໍ່ມີປະລິມານທີ່ຍັງບໍ່ໄດ້ຈັດສັນ.</translation>
    </message>
    <message>
        <source>Evaluation committee</source>
        <translation>ຄະນະກຳມະການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ປະທານ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>ກຳມະການ</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>ເລຂານຸການ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ລາຍເຊັນ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ໜ້າທີ່</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>ຊະນະ</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>ຊະນະໂດຍການຄືນສິດ</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>ບໍ່ໄດ້ຮັບການຄັດເລືອກ</translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation>ບໍ່ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>ບໍ່ຜ່ານຄຸນສົມບັດ</translation>
    </message>
    <message>
        <source>no valid GMP</source>
        <translation>ບໍ່ມີ GMP ທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>quality tier %1 below %2</source>
        <translation>ລະດັບຄຸນນະພາບ %1 ຕ່ຳກວ່າ %2</translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation>ບໍ່ໄດ້ຂຶ້ນທະບຽນໃນປະເທດທີ່ມີຄວາມຕ້ອງການ</translation>
    </message>
    <message>
        <source>shelf life %1 &lt; %2 months</source>
        <translation>ອາຍຸການເກັບຮັກສາ %1 &lt; %2 ເດືອນ</translation>
    </message>
    <message>
        <source>above the effective ceiling %1</source>
        <translation>ສູງກວ່າເພດານລາຄາທີ່ນຳໃຊ້ %1</translation>
    </message>
    <message>
        <source>within spread (≤ %1)</source>
        <translation>ຢູ່ໃນສ່ວນຕ່າງລາຄາ (≤ %1)</translation>
    </message>
    <message>
        <source>at or below the floor price %1</source>
        <translation>ບໍ່ເກີນເກນລາຄາຕ່ຳ %1</translation>
    </message>
    <message>
        <source>at or below half the ceiling price %1</source>
        <translation>ບໍ່ເກີນເຄິ່ງໜຶ່ງຂອງລາຄາເພດານ %1</translation>
    </message>
    <message>
        <source>accepted the revival price %1</source>
        <translation>ຍອມຮັບລາຄາຄືນສິດ %1</translation>
    </message>
    <message>
        <source>top score %1</source>
        <translation>ຄະແນນສູງສຸດ %1</translation>
    </message>
    <message>
        <source>outside spread (&gt; %1)</source>
        <translation>ເກີນສ່ວນຕ່າງລາຄາ (&gt; %1)</translation>
    </message>
    <message>
        <source>beyond the shortlist of %1</source>
        <translation>ຢູ່ນອກລາຍຊື່ຄັດເລືອກເບື້ອງຕົ້ນ %1 ລາຍ</translation>
    </message>
    <message>
        <source>below the %1 awardees</source>
        <translation>ຢູ່ນອກ %1 ອັນດັບທຳອິດ</translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation>ບໍ່ມີຜູ້ຊະນະທີ່ມີສິດ</translation>
    </message>
    <message>
        <source>Award notice</source>
        <translation>ແຈ້ງການມອບສັນຍາ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ເຖິງ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ເລື່ອງ</translation>
    </message>
    <message>
        <source>The evaluation committee of tender %1 (%2) evaluated the bids under rule set %3 on %4. The following bids of your company were selected:</source>
        <translation>ຄະນະກຳມະການປະເມີນຜົນຂອງການປະມູນ %1 (%2) ໄດ້ປະເມີນການສະເໜີລາຄາຕາມຊຸດກົດລະບຽບ %3 ໃນວັນທີ %4. ການສະເໜີລາຄາຕໍ່ໄປນີ້ຂອງບໍລິສັດທ່ານໄດ້ຮັບການຄັດເລືອກ:</translation>
    </message>
    <message>
        <source>Volumes by region</source>
        <translation>ປະລິມານຕາມເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ໄລຍະສັນຍາ</translation>
    </message>
    <message>
        <source>%1 months from the date the contract is signed</source>
        <translation>%1 ເດືອນ ນັບແຕ່ວັນທີເຊັນສັນຍາ</translation>
    </message>
    <message>
        <source>Please confirm in writing within the period stated in the tender documents.</source>
        <translation>ກະລຸນາຢືນຢັນເປັນລາຍລັກອັກສອນພາຍໃນໄລຍະເວລາທີ່ກຳນົດໃນເອກະສານປະມູນ.</translation>
    </message>
    <message>
        <source>For the evaluation committee</source>
        <translation>ຕາງໜ້າຄະນະກຳມະການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(ຕໍ່)</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>ຜູ້ຊື້ %1 ລາຍ</translation>
    </message>
    <message>
        <source>Allocations by winner and region; every buyer is listed in the XLSX export.</source>
        <translation>ການຈັດສັນຕາມຜູ້ຊະນະ ແລະ ເຂດສະໜອງ; ລາຍລະອຽດຂອງຜູ້ຊື້ແຕ່ລະລາຍຢູ່ໃນແຟ້ມ XLSX.</translation>
    </message>
    <message>
        <source>ten thousand</source>
        <translation>ໝື່ນ</translation>
    </message>
</context>
<context>
    <name>td::rules::EvaluatorText</name>
    <message>
        <source>reference price for market %1 is in %2, which has no exchange rate</source>
        <translation>ລາຄາອ້າງອີງຂອງຕະຫຼາດ %1 ເປັນ %2 ເຊິ່ງບໍ່ມີອັດຕາແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>buyer %1 pays in %2, which has no exchange rate</source>
        <translation>ຜູ້ຊື້ %1 ຈ່າຍເປັນ %2 ເຊິ່ງບໍ່ມີອັດຕາແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>bidder %1 is not in bidders.csv</source>
        <translation>ຜູ້ສະເໜີລາຄາ %1 ບໍ່ມີໃນ bidders.csv</translation>
    </message>
    <message>
        <source>%1 has no exchange rate</source>
        <translation>%1 ບໍ່ມີອັດຕາແລກປ່ຽນ</translation>
    </message>
    <message>
        <source>product %1 is not in products.csv</source>
        <translation>ລາຍການຢາ %1 ບໍ່ມີໃນ products.csv</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>ຍົກເລີກການປະເມີນຜົນແລ້ວ</translation>
    </message>
    <message>
        <source>a value is too large to compute exactly (%1)</source>
        <translation>ຄ່າໃຫຍ່ເກີນໄປທີ່ຈະຄິດໄລ່ໄດ້ຢ່າງແນ່ນອນ (%1)</translation>
    </message>
</context>
<context>
    <name>td::rules::ReasonText</name>
    <message>
        <source>winner</source>
        <translation>ຊະນະ</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>ຊະນະໂດຍການຄືນສິດ</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>ບໍ່ໄດ້ຮັບການຄັດເລືອກ</translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation>ບໍ່ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>ບໍ່ຜ່ານຄຸນສົມບັດ</translation>
    </message>
    <message>
        <source>no valid GMP certificate</source>
        <translation>ບໍ່ມີໃບຢັ້ງຢືນ GMP ທີ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>quality tier below the minimum</source>
        <translation>ລະດັບຄຸນນະພາບຕ່ຳກວ່າຂັ້ນຕ່ຳ</translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation>ບໍ່ໄດ້ຂຶ້ນທະບຽນໃນປະເທດທີ່ມີຄວາມຕ້ອງການ</translation>
    </message>
    <message>
        <source>shelf life too short</source>
        <translation>ອາຍຸການເກັບຮັກສາສັ້ນເກີນໄປ</translation>
    </message>
    <message>
        <source>above the ceiling price</source>
        <translation>ສູງກວ່າລາຄາເພດານ</translation>
    </message>
    <message>
        <source>within the price spread</source>
        <translation>ຢູ່ໃນສ່ວນຕ່າງລາຄາ</translation>
    </message>
    <message>
        <source>at or below the floor price</source>
        <translation>ບໍ່ເກີນເກນລາຄາຕ່ຳ</translation>
    </message>
    <message>
        <source>at or below half of the ceiling</source>
        <translation>ບໍ່ເກີນເຄິ່ງໜຶ່ງຂອງລາຄາເພດານ</translation>
    </message>
    <message>
        <source>revived at the revival price</source>
        <translation>ຊະນະໂດຍການຄືນສິດທີ່ລາຄາຄືນສິດ</translation>
    </message>
    <message>
        <source>among the top scores</source>
        <translation>ຢູ່ໃນກຸ່ມຄະແນນສູງສຸດ</translation>
    </message>
    <message>
        <source>outside the price spread</source>
        <translation>ເກີນສ່ວນຕ່າງລາຄາ</translation>
    </message>
    <message>
        <source>beyond the shortlist</source>
        <translation>ຢູ່ນອກລາຍຊື່ຜູ້ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ</translation>
    </message>
    <message>
        <source>below the awarded places</source>
        <translation>ຢູ່ນອກອັນດັບທີ່ຊະນະ</translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation>ບໍ່ມີຜູ້ຊະນະທີ່ມີສິດ</translation>
    </message>
    <message>
        <source>lower unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍຕ່ຳກວ່າ</translation>
    </message>
    <message>
        <source>higher quality tier</source>
        <translation>ລະດັບຄຸນນະພາບສູງກວ່າ</translation>
    </message>
    <message>
        <source>larger capacity</source>
        <translation>ກຳລັງການຜະລິດຫຼາຍກວ່າ</translation>
    </message>
    <message>
        <source>earlier submission</source>
        <translation>ຍື່ນຂໍ້ສະເໜີກ່ອນ</translation>
    </message>
    <message>
        <source>bid id</source>
        <translation>ລະຫັດການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>ຄະແນນລວມ</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍ</translation>
    </message>
    <message>
        <source>tie with %1 on %2; decided by %3</source>
        <translation>ເທົ່າກັນກັບ %1 ດ້ານ%2; ຕັດສິນໂດຍ%3</translation>
    </message>
    <message>
        <source>anchor %1</source>
        <translation>ລາຄາພື້ນຖານ %1</translation>
    </message>
    <message>
        <source>lowest %1</source>
        <translation>ຕ່ຳສຸດ %1</translation>
    </message>
    <message>
        <source>rank %1 of %2; </source>
        <translation>ອັນດັບ %1 ຈາກ %2; </translation>
    </message>
    <message>
        <source>disqualified: the bidder has no valid GMP certificate (rules §3)</source>
        <translation>ບໍ່ຜ່ານຄຸນສົມບັດ: ຜູ້ສະເໜີລາຄາບໍ່ມີໃບຢັ້ງຢືນ GMP ທີ່ຖືກຕ້ອງ (ກົດລະບຽບ §3)</translation>
    </message>
    <message>
        <source>disqualified: quality tier %1 is below the minimum tier %2 (rules §3)</source>
        <translation>ບໍ່ຜ່ານຄຸນສົມບັດ: ລະດັບຄຸນນະພາບ %1 ຕ່ຳກວ່າລະດັບຂັ້ນຕ່ຳ %2 (ກົດລະບຽບ §3)</translation>
    </message>
    <message>
        <source>disqualified: the bidder is registered in none of the countries of the demand, directly or through a recognition (rules §3)</source>
        <translation>ບໍ່ຜ່ານຄຸນສົມບັດ: ຜູ້ສະເໜີລາຄາບໍ່ໄດ້ຂຶ້ນທະບຽນໃນປະເທດໃດທີ່ມີຄວາມຕ້ອງການ ທັງໂດຍກົງ ຫຼື ຜ່ານການຍອມຮັບເຊິ່ງກັນແລະກັນ (ກົດລະບຽບ §3)</translation>
    </message>
    <message>
        <source>disqualified: shelf life %1 months &lt; the minimum %2 months (rules §3)</source>
        <translation>ບໍ່ຜ່ານຄຸນສົມບັດ: ອາຍຸການເກັບຮັກສາ %1 ເດືອນ &lt; ຂັ້ນຕ່ຳ %2 ເດືອນ (ກົດລະບຽບ §3)</translation>
    </message>
    <message>
        <source>disqualified: unit price %1 &gt; ceiling %2 (rules §3, §4)</source>
        <translation>ບໍ່ຜ່ານຄຸນສົມບັດ: ລາຄາຕໍ່ໜ່ວຍ %1 &gt; ເພດານ %2 (ກົດລະບຽບ §3, §4)</translation>
    </message>
    <message>
        <source>%1 ≤ %2 × %3 = %4</source>
        <translation>%1 ≤ %2 × %3 = %4</translation>
    </message>
    <message>
        <source>%1 ≤ floor %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation>%1 ≤ ເກນລາຄາຕ່ຳ %2 (%1 &gt; %3 × %4 = %5)</translation>
    </message>
    <message>
        <source>%1 ≤ half of the ceiling %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation>%1 ≤ ເຄິ່ງໜຶ່ງຂອງລາຄາເພດານ %2 (%1 &gt; %3 × %4 = %5)</translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4; accepted revival at %5</source>
        <translation>%1 &gt; %2 × %3 = %4; ຍອມຮັບລາຄາຄືນສິດ %5</translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4 and above the floor %5</source>
        <translation>%1 &gt; %2 × %3 = %4 ແລະ ສູງກວ່າເກນລາຄາຕ່ຳ %5</translation>
    </message>
    <message>
        <source>only the first %1 of %2 qualified bids are shortlisted</source>
        <translation>ໃນ %2 ການສະເໜີລາຄາທີ່ຜ່ານຄຸນສົມບັດ ມີພຽງ %1 ອັນດັບທຳອິດທີ່ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ</translation>
    </message>
    <message>
        <source>score %1; the top %2 win</source>
        <translation>ຄະແນນ %1; %2 ອັນດັບທຳອິດຊະນະ</translation>
    </message>
    <message>
        <source>score %1; only the top %2 win</source>
        <translation>ຄະແນນ %1; ມີພຽງ %2 ອັນດັບທຳອິດທີ່ຊະນະ</translation>
    </message>
</context>
<context>
    <name>td::rules::UnitPriceText</name>
    <message>
        <source>&apos;%1&apos; is not convertible to the product&apos;s &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ບໍ່ສາມາດປ່ຽນເປັນ &apos;%2&apos; ຂອງລາຍການຢາໄດ້</translation>
    </message>
    <message>
        <source>strength must be greater than 0</source>
        <translation>ຄວາມແຮງຕ້ອງໃຫຍ່ກວ່າ 0</translation>
    </message>
    <message>
        <source>pack size must be greater than 0</source>
        <translation>ຂະໜາດບັນຈຸຕ້ອງໃຫຍ່ກວ່າ 0</translation>
    </message>
</context>
<context>
    <name>td::service</name>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນຮູບແບບ ຊື່=ຄ່າ</translation>
    </message>
</context>
<context>
    <name>td::service::FieldValidationText</name>
    <message>
        <source>&apos;%1&apos; is not a number: write decimals with a point and no thousands separators, e.g. 1.20</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນຕົວເລກ: ຂຽນທົດສະນິຍົມດ້ວຍຈຸດ ແລະ ບໍ່ມີເຄື່ອງໝາຍແຍກຫຼັກພັນ, ເຊັ່ນ 1.20</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point, e.g. 1.20)</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນຕົວເລກ (ຕົວເລກ ອາດມີຈຸດທົດສະນິຍົມ, ເຊັ່ນ 1.20)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point)</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນຕົວເລກ (ຕົວເລກ ອາດມີຈຸດທົດສະນິຍົມ)</translation>
    </message>
    <message>
        <source>A price must be greater than zero</source>
        <translation>ລາຄາຕ້ອງໃຫຍ່ກວ່າສູນ</translation>
    </message>
    <message>
        <source>A volume cannot be negative</source>
        <translation>ປະລິມານຕ້ອງບໍ່ເປັນຄ່າລົບ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three capital letters, e.g. CNY)</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນລະຫັດສະກຸນເງິນ (ຕົວພິມໃຫຍ່ສາມຕົວ, ເຊັ່ນ CNY)</translation>
    </message>
    <message>
        <source>Unknown currency %1: the tender has no exchange rate for it</source>
        <translation>ບໍ່ຮູ້ຈັກສະກຸນເງິນ %1: ການປະມູນບໍ່ມີອັດຕາແລກປ່ຽນສຳລັບສະກຸນເງິນນີ້</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code (two capital letters, e.g. LA)</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນລະຫັດປະເທດ (ຕົວພິມໃຫຍ່ສອງຕົວ, ເຊັ່ນ LA)</translation>
    </message>
    <message>
        <source>Write yes or no</source>
        <translation>ຂຽນ yes ຫຼື no</translation>
    </message>
    <message>
        <source>Unknown rule set &apos;%1&apos;</source>
        <translation>ບໍ່ຮູ້ຈັກຊຸດກົດລະບຽບ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>This field cannot be edited here</source>
        <translation>ຊ່ອງນີ້ແກ້ໄຂຢູ່ບ່ອນນີ້ບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than price_decimals (%2) allows</source>
        <translation>&apos;%1&apos; ມີຕຳແໜ່ງທົດສະນິຍົມຫຼາຍກວ່າທີ່ price_decimals (%2) ອະນຸຍາດ</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>ຊື່ຕ້ອງບໍ່ຫວ່າງເປົ່າ</translation>
    </message>
    <message>
        <source>The text is longer than 10,000 characters</source>
        <translation>ຂໍ້ຄວາມຍາວກວ່າ 10,000 ຕົວອັກສອນ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; separate countries with &apos;;&apos; (CN;LA)</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນລະຫັດປະເທດ; ແຍກປະເທດດ້ວຍ &apos;;&apos; (CN;LA)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນລະຫັດຄຸນນະພາບ (who_pq, sra, pics, consistency ຫຼື gmp)</translation>
    </message>
</context>
<context>
    <name>td::storage::DossierText</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>ບໍ່ສາມາດຂຽນປະຫວັດການກວດສອບ: %1</translation>
    </message>
    <message>
        <source>The dossier %1 is open read-only.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ເປີດແບບອ່ານຢ່າງດຽວ.</translation>
    </message>
    <message>
        <source>The audit log of %1 is damaged; run verify.</source>
        <translation>ປະຫວັດການກວດສອບຂອງ %1 ເສຍຫາຍ; ກະລຸນາແລ່ນ verify.</translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk since audit entry %2; run &apos;tenderdesk-cli verify&apos; and restore the dossier before editing it.</source>
        <translation>ຕາຕະລາງ %1 ຖືກປ່ຽນແປງນອກ TenderDesk ຕັ້ງແຕ່ລາຍການກວດສອບ %2; ກະລຸນາແລ່ນ &apos;tenderdesk-cli verify&apos; ແລະ ກູ້ຄືນແຟ້ມຂໍ້ມູນກ່ອນແກ້ໄຂ.</translation>
    </message>
    <message>
        <source>The dossier %1 does not exist. Check the path, or import a bid workbook to create it.</source>
        <translation>ບໍ່ມີແຟ້ມຂໍ້ມູນ %1. ກະລຸນາກວດເບິ່ງເສັ້ນທາງ ຫຼື ນຳເຂົ້າແຟ້ມຕາຕະລາງການສະເໜີລາຄາເພື່ອສ້າງມັນ.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may read it.</source>
        <translation>ບໍ່ສາມາດອ່ານແຟ້ມ %1. ກະລຸນາກວດເບິ່ງວ່າມີແຟ້ມນີ້ ແລະ ທ່ານມີສິດອ່ານມັນ.</translation>
    </message>
    <message>
        <source>%1 is not a TenderDesk dossier (it is not a database). Open a .tender file, or import the workbook into a new dossier.</source>
        <translation>%1 ບໍ່ແມ່ນແຟ້ມຂໍ້ມູນ TenderDesk (ບໍ່ແມ່ນຖານຂໍ້ມູນ). ກະລຸນາເປີດແຟ້ມ .tender ຫຼື ນຳເຂົ້າແຟ້ມຕາຕະລາງເຂົ້າໃນແຟ້ມຂໍ້ມູນໃໝ່.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier. Open a .tender file, or import the workbook into a new dossier.</source>
        <translation>%1 ເປັນຖານຂໍ້ມູນຂອງໂປຣແກຣມອື່ນ, ບໍ່ແມ່ນແຟ້ມຂໍ້ມູນ TenderDesk. ກະລຸນາເປີດແຟ້ມ .tender ຫຼື ນຳເຂົ້າແຟ້ມຕາຕະລາງເຂົ້າໃນແຟ້ມຂໍ້ມູນໃໝ່.</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (the file is shorter than its header says). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ເສຍຫາຍ (ແຟ້ມສັ້ນກວ່າທີ່ສ່ວນຫົວລະບຸ). ກະລຸນາກູ້ຄືນຈາກແຟ້ມສຳຮອງ ຫຼື ນຳເຂົ້າແຟ້ມຕາຕະລາງການສະເໜີລາຄາເຂົ້າໃນແຟ້ມຂໍ້ມູນໃໝ່.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a TenderDesk dossier. Import a bid workbook into it to create one.</source>
        <translation>%1 ເປັນແຟ້ມຫວ່າງເປົ່າ, ບໍ່ແມ່ນແຟ້ມຂໍ້ມູນ TenderDesk. ນຳເຂົ້າແຟ້ມຕາຕະລາງການສະເໜີລາຄາເຂົ້າໃນມັນເພື່ອສ້າງແຟ້ມຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>The dossier %1 was written by a newer TenderDesk (schema version %2; this version reads up to %3). Update TenderDesk to open it.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ຖືກຂຽນໂດຍ TenderDesk ລຸ້ນໃໝ່ກວ່າ (ໂຄງສ້າງລຸ້ນ %2; ລຸ້ນນີ້ອ່ານໄດ້ເຖິງ %3). ກະລຸນາອັບເດດ TenderDesk ເພື່ອເປີດມັນ.</translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere (%2, process %3 on %4). Close it there, or open it read-only.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ກຳລັງຖືກເປີດແກ້ໄຂຢູ່ບ່ອນອື່ນ (%2, ໂປຣເຊສ %3 ເທິງ %4). ກະລຸນາປິດມັນຢູ່ບ່ອນນັ້ນ ຫຼື ເປີດແບບອ່ານຢ່າງດຽວ.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ໂປຣແກຣມອື່ນ</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable, or open the dossier read-only.</source>
        <translation>ບໍ່ສາມາດສ້າງແຟ້ມລັອກ %1.lock: ກະລຸນາກວດເບິ່ງວ່າສາມາດຂຽນລົງໂຟນເດີໄດ້ ຫຼື ເປີດແຟ້ມຂໍ້ມູນແບບອ່ານຢ່າງດຽວ.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>ບໍ່ມີໄດຣເວີ Qt SQLite; ກະລຸນາຕິດຕັ້ງແພັກເກັດ libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>ບໍ່ສາມາດເປີດ %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: unexpected SQL driver.</source>
        <translation>ບໍ່ສາມາດເປີດ %1: ໄດຣເວີ SQL ບໍ່ຖືກຕ້ອງ.</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (%2). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ເສຍຫາຍ (%2). ກະລຸນາກູ້ຄືນຈາກແຟ້ມສຳຮອງ ຫຼື ນຳເຂົ້າແຟ້ມຕາຕະລາງການສະເໜີລາຄາເຂົ້າໃນແຟ້ມຂໍ້ມູນໃໝ່.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier.</source>
        <translation>%1 ເປັນຖານຂໍ້ມູນຂອງໂປຣແກຣມອື່ນ, ບໍ່ແມ່ນແຟ້ມຂໍ້ມູນ TenderDesk.</translation>
    </message>
    <message>
        <source>The dossier %1 has the older schema version %2. Open it for editing once so TenderDesk can upgrade it.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ມີໂຄງສ້າງລຸ້ນເກົ່າ %2. ກະລຸນາເປີດແບບແກ້ໄຂໄດ້ໜຶ່ງຄັ້ງ ເພື່ອໃຫ້ TenderDesk ຍົກລະດັບມັນ.</translation>
    </message>
    <message>
        <source>Cannot prepare the dossier %1: %2</source>
        <translation>ບໍ່ສາມາດກະກຽມແຟ້ມຂໍ້ມູນ %1: %2</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (tables are missing). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>ແຟ້ມຂໍ້ມູນ %1 ເສຍຫາຍ (ຂາດຕາຕະລາງ). ກະລຸນາກູ້ຄືນຈາກແຟ້ມສຳຮອງ ຫຼື ນຳເຂົ້າແຟ້ມຕາຕະລາງການສະເໜີລາຄາເຂົ້າໃນແຟ້ມຂໍ້ມູນໃໝ່.</translation>
    </message>
    <message>
        <source>Cannot store the evaluation run: %1</source>
        <translation>ບໍ່ສາມາດບັນທຶກຮອບການປະເມີນຜົນ: %1</translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot be edited (identifiers and references change only by importing the workbook again).</source>
        <translation>ຖັນ %1 ຂອງ %2 ແກ້ໄຂບໍ່ໄດ້ (ລະຫັດ ແລະ ການອ້າງອີງປ່ຽນໄດ້ໂດຍການນຳເຂົ້າແຟ້ມຕາຕະລາງຄືນໃໝ່ເທົ່ານັ້ນ).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 (column %3).</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນ%2 (ຖັນ %3).</translation>
    </message>
    <message>
        <source>a decimal</source>
        <translation>ເລກທົດສະນິຍົມ</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>ຈຳນວນເຕັມ</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes ຫຼື no</translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp</source>
        <translation>ເວລາແບບ ISO 8601</translation>
    </message>
    <message>
        <source>a rule set</source>
        <translation>ຊຸດກົດລະບຽບ</translation>
    </message>
    <message>
        <source>a quality code</source>
        <translation>ລະຫັດຄຸນນະພາບ</translation>
    </message>
    <message>
        <source>The key of a %1 row has %2 parts.</source>
        <translation>ກະແຈຂອງແຖວ %1 ມີ %2 ສ່ວນ.</translation>
    </message>
    <message>
        <source>There is no %1 row with the key %2.</source>
        <translation>ບໍ່ມີແຖວ %1 ທີ່ມີກະແຈ %2.</translation>
    </message>
    <message>
        <source>The key %2 matches several %1 rows.</source>
        <translation>ກະແຈ %2 ກົງກັບຫຼາຍແຖວ %1.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>ບໍ່ສາມາດປ່ຽນ %1: %2</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>ການກວດສອບຄວາມຖືກຕ້ອງຂອງຂໍ້ມູນ SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>ການກວດສອບຄວາມຖືກຕ້ອງຂອງຂໍ້ມູນ SQLite ລົ້ມເຫຼວ: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of table %3.</source>
        <translation>ແຖວ %1 ຂອງຕາຕະລາງ %2 ຊີ້ໄປຫາແຖວທີ່ບໍ່ມີຢູ່ໃນຕາຕະລາງ %3.</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: the audit log was changed outside TenderDesk.</source>
        <translation>ຂາດລາຍການກວດສອບ %1 ຫາ %2: ປະຫວັດການກວດສອບຖືກປ່ຽນແປງນອກ TenderDesk.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3) does not match its hash: the audit log was changed outside TenderDesk.</source>
        <translation>ລາຍການກວດສອບ %1 (%2, %3) ບໍ່ກົງກັບຄ່າແຮຊ: ປະຫວັດການກວດສອບຖືກປ່ຽນແປງນອກ TenderDesk.</translation>
    </message>
    <message>
        <source>Audit entry %1 has unreadable table digests.</source>
        <translation>ລາຍການກວດສອບ %1 ມີລະຫັດກວດສອບຕາຕະລາງທີ່ອ່ານບໍ່ໄດ້.</translation>
    </message>
    <message>
        <source>The audit log is empty: it was changed outside TenderDesk.</source>
        <translation>ປະຫວັດການກວດສອບຫວ່າງເປົ່າ: ມັນຖືກປ່ຽນແປງນອກ TenderDesk.</translation>
    </message>
    <message>
        <source>Table %1 cannot be read: %2</source>
        <translation>ບໍ່ສາມາດອ່ານຕາຕະລາງ %1: %2</translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk after audit entry %2 (%3).</source>
        <translation>ຕາຕະລາງ %1 ຖືກປ່ຽນແປງນອກ TenderDesk ຫຼັງຈາກລາຍການກວດສອບ %2 (%3).</translation>
    </message>
    <message>
        <source>Run %1: its stored result no longer matches its digest %2.</source>
        <translation>ຮອບ %1: ຜົນທີ່ບັນທຶກໄວ້ບໍ່ກົງກັບລະຫັດກວດສອບ %2 ອີກຕໍ່ໄປ.</translation>
    </message>
</context>
<context>
    <name>td::storage::TableText</name>
    <message>
        <source>Cannot write table %1: row %2 refers to &apos;%3&apos;, which does not exist.</source>
        <translation>ບໍ່ສາມາດຂຽນຕາຕະລາງ %1: ແຖວ %2 ອ້າງອີງເຖິງ &apos;%3&apos; ເຊິ່ງບໍ່ມີຢູ່.</translation>
    </message>
    <message>
        <source>Cannot write table %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນຕາຕະລາງ %1: %2</translation>
    </message>
    <message>
        <source>Stored table %1, row %2: %3</source>
        <translation>ຕາຕະລາງທີ່ບັນທຶກໄວ້ %1, ແຖວ %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນເລກທົດສະນິຍົມ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; ບໍ່ແມ່ນວັນທີ</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>ບໍ່ສາມາດອ່ານຕາຕະລາງ %1: %2</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet; import a bid workbook first.</source>
        <translation>ແຟ້ມຂໍ້ມູນຍັງບໍ່ມີຂໍ້ມູນການປະມູນ; ກະລຸນານຳເຂົ້າແຟ້ມຕາຕະລາງການສະເໜີລາຄາກ່ອນ.</translation>
    </message>
    <message>
        <source>unknown rule set &apos;%1&apos;</source>
        <translation>ບໍ່ຮູ້ຈັກຊຸດກົດລະບຽບ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation>ບໍ່ຮູ້ຈັກລະຫັດຄຸນນະພາບ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>td::ui::AboutDialog</name>
    <message>
        <source>About TenderDesk</source>
        <translation>ກ່ຽວກັບ TenderDesk</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>ລຸ້ນ %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Tender-evaluation workstation for cross-border drug procurement.</source>
        <translation>ລະບົບປະເມີນຜົນການປະມູນສຳລັບການຈັດຊື້ຈັດຈ້າງຢາຂ້າມຊາຍແດນ.</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the %1, version 3 or (at your option) any later version.</source>
        <translation>ໂປຣແກຣມນີ້ເປັນຊອບແວເສລີ: ທ່ານສາມາດແຈກຢາຍຕໍ່ ແລະ/ຫຼື ດັດແປງມັນໄດ້ຕາມເງື່ອນໄຂຂອງ %1 ສະບັບທີ 3 ຫຼື (ຕາມທີ່ທ່ານເລືອກ) ສະບັບໃດກໍໄດ້ທີ່ໃໝ່ກວ່າ.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>ໃບອະນຸຍາດ: %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>ກ່ຽວກັບ Qt (&amp;Q)</translation>
    </message>
    <message>
        <source>LGPL-3.0 or GPL</source>
        <translation>LGPL-3.0 ຫຼື GPL</translation>
    </message>
    <message>
        <source>GPL-3.0</source>
        <translation>GPL-3.0</translation>
    </message>
    <message>
        <source>Boost Software License 1.0 (BSL-1.0)</source>
        <translation>Boost Software License 1.0 (BSL-1.0)</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>ສາທາລະນະສົມບັດ</translation>
    </message>
    <message>
        <source>zlib license</source>
        <translation>ໃບອະນຸຍາດ zlib</translation>
    </message>
    <message>
        <source>BSD 2-clause license (BSD-2-Clause)</source>
        <translation>ໃບອະນຸຍາດ BSD 2 ຂໍ້ (BSD-2-Clause)</translation>
    </message>
    <message>
        <source>Chinese; SIL Open Font License 1.1 (OFL-1.1)</source>
        <translation>ພາສາຈີນ; SIL Open Font License 1.1 (OFL-1.1)</translation>
    </message>
    <message>
        <source>Lao; GNU LGPL 2.1 or later</source>
        <translation>ພາສາລາວ; GNU LGPL 2.1 ຫຼື ສະບັບໃໝ່ກວ່າ</translation>
    </message>
    <message>
        <source>Thai; GNU GPL 2 or later with the font exception</source>
        <translation>ພາສາໄທ; GNU GPL 2 ຫຼື ສະບັບໃໝ່ກວ່າ ພ້ອມຂໍ້ຍົກເວັ້ນສຳລັບຟອນ</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ໄລບຣາຣີ</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>ຟອນ</translation>
    </message>
    <message>
        <source>Fonts are used from the system; the Debian package depends on them.</source>
        <translation>ໃຊ້ຟອນຈາກລະບົບ; ແພັກເກັດ Debian ຕ້ອງການຟອນເຫຼົ່ານີ້.</translation>
    </message>
    <message>
        <source>BSD 3-clause license (BSD-3-Clause)</source>
        <translation>ໃບອະນຸຍາດ BSD 3 ຂໍ້ (BSD-3-Clause)</translation>
    </message>
    <message>
        <source>Apache License 2.0 (Apache-2.0)</source>
        <translation>ໃບອະນຸຍາດ Apache 2.0 (Apache-2.0)</translation>
    </message>
</context>
<context>
    <name>td::ui::AllocationModel</name>
    <message>
        <source>Preferred bidder</source>
        <translation>ຜູ້ສະເໜີລາຄາທີ່ຜູ້ຊື້ເລືອກ</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ຜູ້ຊື້</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>ເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>ການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ຜູ້ສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation>ປະລິມານຈັດຊື້ທີ່ຕົກລົງ</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>ມູນຄ່າສັນຍາ</translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation>ສະກຸນເງິນທ້ອງຖິ່ນ</translation>
    </message>
    <message>
        <source>Contract value (local)</source>
        <translation>ມູນຄ່າສັນຍາ (ສະກຸນເງິນທ້ອງຖິ່ນ)</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>ຈັດສັນໂດຍ</translation>
    </message>
</context>
<context>
    <name>td::ui::BidLadderChart</name>
    <message>
        <source>Bid ladder: select an evaluated product</source>
        <translation>ແຜນພູມລຳດັບລາຄາ: ເລືອກລາຍການຢາທີ່ປະເມີນແລ້ວ</translation>
    </message>
    <message>
        <source>Bid ladder chart</source>
        <translation>ແຜນພູມລຳດັບລາຄາ</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>ຕ່ຳສຸດ</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>ເກນສ່ວນຕ່າງລາຄາ</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>ລາຄາພື້ນຖານ</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>ເພດານລາຄາ</translation>
    </message>
    <message>
        <source>Bid ladder of %1: comparable unit prices in rank order</source>
        <translation>ແຜນພູມລຳດັບລາຄາຂອງ %1: ລາຄາຕໍ່ໜ່ວຍທີ່ປຽບທຽບໄດ້ຕາມອັນດັບ</translation>
    </message>
</context>
<context>
    <name>td::ui::BidModel</name>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>Accepts the revival price</source>
        <translation>ຍອມຮັບລາຄາຄືນສິດ</translation>
    </message>
    <message>
        <source>Does not accept the revival price</source>
        <translation>ບໍ່ຍອມຮັບລາຄາຄືນສິດ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>ການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ຜູ້ສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Offered specification: strength × pack size</source>
        <translation>ຂໍ້ກຳນົດທີ່ສະເໜີ: ຄວາມແຮງ × ຂະໜາດບັນຈຸ</translation>
    </message>
    <message>
        <source>Offered spec</source>
        <translation>ຂໍ້ກຳນົດທີ່ສະເໜີ</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>ລາຄາຕໍ່ກັບ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Comparable unit price in the tender currency</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍທີ່ປຽບທຽບໄດ້ ເປັນສະກຸນເງິນຂອງການປະມູນ</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ອັນດັບ</translation>
    </message>
    <message>
        <source>Award price</source>
        <translation>ລາຄາທີ່ຊະນະ</translation>
    </message>
    <message>
        <source>Median price ratio (MPR)</source>
        <translation>ອັດຕາສ່ວນລາຄາຕໍ່ລາຄາມັດທະຍະຖານ (MPR)</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>MPR</translation>
    </message>
    <message>
        <source>Linked price cap outside the supply regions</source>
        <translation>ເພດານລາຄາຂາຍທີ່ເຊື່ອມໂຍງ ນອກເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation>ເພດານລາຄາຂາຍ</translation>
    </message>
    <message>
        <source>Revival</source>
        <translation>ການຄືນສິດ</translation>
    </message>
</context>
<context>
    <name>td::ui::BidderModel</name>
    <message>
        <source>WHO PQ</source>
        <translation>WHO PQ</translation>
    </message>
    <message>
        <source>SRA</source>
        <translation>SRA</translation>
    </message>
    <message>
        <source>PIC/S</source>
        <translation>PIC/S</translation>
    </message>
    <message>
        <source>Consistency evaluation</source>
        <translation>ການປະເມີນຄວາມສອດຄ່ອງຂອງຢາສາມັນ</translation>
    </message>
    <message>
        <source>GMP</source>
        <translation>GMP</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (ລະດັບ %2)</translation>
    </message>
    <message>
        <source>Bidder ID</source>
        <translation>ລະຫັດຜູ້ສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ຊື່</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Quality tier</source>
        <translation>ລະດັບຄຸນນະພາບ</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>ຂຶ້ນທະບຽນໃນ</translation>
    </message>
</context>
<context>
    <name>td::ui::DemandModel</name>
    <message>
        <source>Buyer</source>
        <translation>ຜູ້ຊື້</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ປະເທດ</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>ເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation>ປະລິມານຄວາມຕ້ອງການທີ່ແຈ້ງ</translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation>ຜູ້ສະເໜີລາຄາທີ່ຜູ້ຊື້ເລືອກ</translation>
    </message>
</context>
<context>
    <name>td::ui::DossierSession</name>
    <message>
        <source>The tender data in %1 cannot be read: %2</source>
        <translation>ບໍ່ສາມາດອ່ານຂໍ້ມູນການປະມູນໃນ %1: %2</translation>
    </message>
    <message>
        <source>The dossier is open read-only</source>
        <translation>ແຟ້ມຂໍ້ມູນເປີດແບບອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <source>Wait until the running evaluation has finished</source>
        <translation>ກະລຸນາລໍຖ້າໃຫ້ການປະເມີນຜົນທີ່ກຳລັງດຳເນີນຢູ່ສຳເລັດ</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>ລາຍການຢາ %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>ການສະເໜີລາຄາ %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>ບໍ່ສາມາດຂຽນ %1</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet</source>
        <translation>ແຟ້ມຂໍ້ມູນຍັງບໍ່ມີຂໍ້ມູນການປະມູນ</translation>
    </message>
</context>
<context>
    <name>td::ui::EditFieldCommand</name>
    <message>
        <source>Change pack price of bid %1 to %2</source>
        <translation>ປ່ຽນລາຄາຕໍ່ກັບຂອງການສະເໜີລາຄາ %1 ເປັນ %2</translation>
    </message>
    <message>
        <source>Bid %1 accepts the revival price</source>
        <translation>ການສະເໜີລາຄາ %1 ຍອມຮັບລາຄາຄືນສິດ</translation>
    </message>
    <message>
        <source>Bid %1 refuses the revival price</source>
        <translation>ການສະເໜີລາຄາ %1 ບໍ່ຍອມຮັບລາຄາຄືນສິດ</translation>
    </message>
    <message>
        <source>Change parameters to %1</source>
        <translation>ປ່ຽນພາລາມິເຕີເປັນ %1</translation>
    </message>
    <message>
        <source>Change %1 of bidder %2</source>
        <translation>ປ່ຽນ %1 ຂອງຜູ້ສະເໜີລາຄາ %2</translation>
    </message>
    <message>
        <source>Change %1 of %2 to %3</source>
        <translation>ປ່ຽນ %1 ຂອງ %2 ເປັນ %3</translation>
    </message>
</context>
<context>
    <name>td::ui::ExplanationWidget</name>
    <message>
        <source>Explanation</source>
        <translation>ຄຳອະທິບາຍ</translation>
    </message>
    <message>
        <source>Explanation of the selected bid</source>
        <translation>ຄຳອະທິບາຍຂອງການສະເໜີລາຄາທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Select a bid of an evaluated product to see why it has its status.</source>
        <translation>ເລືອກການສະເໜີລາຄາຂອງລາຍການຢາທີ່ປະເມີນແລ້ວ ເພື່ອເບິ່ງເຫດຜົນຂອງສະຖານະ.</translation>
    </message>
    <message>
        <source>bid %1, bidder %2</source>
        <translation>ການສະເໜີລາຄາ %1, ຜູ້ສະເໜີລາຄາ %2</translation>
    </message>
    <message>
        <source>Tie:</source>
        <translation>ເທົ່າກັນ:</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍຕ່ຳສຸດ</translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation>ລາຄາພື້ນຖານ</translation>
    </message>
    <message>
        <source>Spread base</source>
        <translation>ຖານສ່ວນຕ່າງລາຄາ</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>ເກນສ່ວນຕ່າງລາຄາ</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>ເກນລາຄາຕ່ຳ</translation>
    </message>
    <message>
        <source>Half of the ceiling</source>
        <translation>ເຄິ່ງໜຶ່ງຂອງລາຄາເພດານ</translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation>ເພດານລາຄາທີ່ນຳໃຊ້</translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation>ເພດານລາຄາຈາກລາຄາອ້າງອີງ</translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation>ລາຄາອ້າງອີງມັດທະຍະຖານ</translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation>ລາຄາຄືນສິດ</translation>
    </message>
    <message>
        <source>Price score</source>
        <translation>ຄະແນນດ້ານລາຄາ</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>ຄະແນນດ້ານຄຸນນະພາບ</translation>
    </message>
    <message>
        <source>Lead-time score</source>
        <translation>ຄະແນນໄລຍະເວລາສົ່ງມອບ</translation>
    </message>
    <message>
        <source>Shelf-life score</source>
        <translation>ຄະແນນອາຍຸການເກັບຮັກສາ</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>ຄະແນນຖ່ວງນ້ຳໜັກ</translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation>ຈຳນວນການສະເໜີລາຄາທີ່ຜ່ານຄຸນສົມບັດ (N)</translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation>ຈຳນວນຜູ້ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ (K)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ອັນດັບ</translation>
    </message>
    <message>
        <source>Quality tier (minimum)</source>
        <translation>ລະດັບຄຸນນະພາບ (ຂັ້ນຕ່ຳ)</translation>
    </message>
    <message>
        <source>Shelf life, months (minimum)</source>
        <translation>ອາຍຸການເກັບຮັກສາ, ເດືອນ (ຂັ້ນຕ່ຳ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thresholds that applied</source>
        <translation>ເກນທີ່ນຳໃຊ້</translation>
    </message>
</context>
<context>
    <name>td::ui::ImportDialog</name>
    <message>
        <source>Writing the dossier…</source>
        <translation>ກຳລັງຂຽນແຟ້ມຂໍ້ມູນ…</translation>
    </message>
    <message>
        <source>New Dossier from Workbook</source>
        <translation>ແຟ້ມຂໍ້ມູນໃໝ່ຈາກແຟ້ມຕາຕະລາງ</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>ແຟ້ມຕາຕະລາງ (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>ແຟ້ມຂໍ້ມູນ (&amp;D):</translation>
    </message>
    <message>
        <source>CSV &amp;Folder…</source>
        <translation>ໂຟນເດີ CSV (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Excel File…</source>
        <translation>ແຟ້ມ Excel (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>ບັນທຶກເປັນ (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ນຳເຂົ້າ (&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>&amp;Copy Errors</source>
        <translation>ສຳເນົາຂໍ້ຜິດພາດ (&amp;C)</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>ແຟ້ມຕາຕະລາງທີ່ຈະນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Dossier file to create</source>
        <translation>ແຟ້ມຂໍ້ມູນທີ່ຈະສ້າງ</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>ຄວາມຄືບໜ້າການນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>Import errors</source>
        <translation>ຂໍ້ຜິດພາດການນຳເຂົ້າ</translation>
    </message>
    <message>
        <source>A folder of CSV files or one .xlsx workbook</source>
        <translation>ໂຟນເດີຂອງແຟ້ມ CSV ຫຼື ແຟ້ມຕາຕະລາງ .xlsx ໜຶ່ງແຟ້ມ</translation>
    </message>
    <message>
        <source>Choose the CSV Folder</source>
        <translation>ເລືອກໂຟນເດີ CSV</translation>
    </message>
    <message>
        <source>Choose the Workbook</source>
        <translation>ເລືອກແຟ້ມຕາຕະລາງ</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ແຟ້ມຕາຕະລາງ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Dossier As</source>
        <translation>ບັນທຶກແຟ້ມຂໍ້ມູນເປັນ</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation>ແຟ້ມຂໍ້ມູນການປະມູນ (*.%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ປິດ</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>ກຳລັງອ່ານ %1…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>ນຳເຂົ້າແລ້ວ.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>ຍົກເລີກການນຳເຂົ້າແລ້ວ. ບໍ່ໄດ້ຂຽນຫຍັງ.</translation>
    </message>
    <message>
        <source>The dossier could not be written: %1</source>
        <translation>ບໍ່ສາມາດຂຽນແຟ້ມຂໍ້ມູນ: %1</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n error(s). Nothing was imported; correct the workbook and import again.</source>
        <translation>
            <numerusform>ແຟ້ມຕາຕະລາງມີ %n ຂໍ້ຜິດພາດ. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ; ກະລຸນາແກ້ໄຂແຟ້ມຕາຕະລາງ ແລ້ວນຳເຂົ້າໃໝ່.</numerusform>
            <numerusform>ແຟ້ມຕາຕະລາງມີ %n ຂໍ້ຜິດພາດ. ບໍ່ໄດ້ນຳເຂົ້າຫຍັງ; ກະລຸນາແກ້ໄຂແຟ້ມຕາຕະລາງ ແລ້ວນຳເຂົ້າໃໝ່.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n error(s) to the clipboard.</source>
        <translation>
            <numerusform>ສຳເນົາ %n ຂໍ້ຜິດພາດໄປໃສ່ຄລິບບອດແລ້ວ.</numerusform>
            <numerusform>ສຳເນົາ %n ຂໍ້ຜິດພາດໄປໃສ່ຄລິບບອດແລ້ວ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>ກຳລັງຍົກເລີກ…</translation>
    </message>
    <message>
        <source>Writing the dossier and evaluating…</source>
        <translation>ກຳລັງຂຽນແຟ້ມຂໍ້ມູນ ແລະ ປະເມີນ…</translation>
    </message>
    <message>
        <source>E&amp;valuate right after the import</source>
        <translation>ປະເມີນທັນທີຫຼັງນຳເຂົ້າ (&amp;V)</translation>
    </message>
    <message>
        <source>The rules run while the dossier is written, so the dossier opens with the evaluation result.</source>
        <translation>ກົດລະບຽບຈະດຳເນີນໄປພ້ອມກັບການຂຽນແຟ້ມຂໍ້ມູນ, ແຟ້ມຂໍ້ມູນຈຶ່ງເປີດພ້ອມຜົນການປະເມີນ.</translation>
    </message>
    <message>
        <source>Imported and evaluated.</source>
        <translation>ນຳເຂົ້າ ແລະ ປະເມີນແລ້ວ.</translation>
    </message>
</context>
<context>
    <name>td::ui::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation>ແຟ້ມ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>ແຖວ</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>ຖັນ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ຂໍ້ຄວາມ</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>No dossier is open</source>
        <translation>ບໍ່ມີແຟ້ມຂໍ້ມູນເປີດຢູ່</translation>
    </message>
    <message>
        <source>Cancelling the evaluation…</source>
        <translation>ກຳລັງຍົກເລີກການປະເມີນຜົນ…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ແຟ້ມ (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>ເປີດລ່າສຸດ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ສົ່ງອອກ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ແກ້ໄຂ (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>ມຸມມອງ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ພາສາ (&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>ປະເມີນ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ຊ່ວຍເຫຼືອ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New from Workbook…</source>
        <translation>ສ້າງໃໝ່ຈາກແຟ້ມຕາຕະລາງ (&amp;N)…</translation>
    </message>
    <message>
        <source>Create a dossier from a bid workbook (CSV folder or .xlsx)</source>
        <translation>ສ້າງແຟ້ມຂໍ້ມູນຈາກແຟ້ມຕາຕະລາງການສະເໜີລາຄາ (ໂຟນເດີ CSV ຫຼື .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>ເປີດ (&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>ບັນທຶກສຳເນົາເປັນ (&amp;C)…</translation>
    </message>
    <message>
        <source>Tender Data as &amp;CSV…</source>
        <translation>ຂໍ້ມູນການປະມູນເປັນ CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Evaluation Result as &amp;JSON…</source>
        <translation>ຜົນການປະເມີນເປັນ JSON (&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ປິດ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ອອກ (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>ລ້າງລາຍການ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Product</source>
        <translation>ຊອກຫາລາຍການຢາ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>ປະເມີນ (&amp;E)</translation>
    </message>
    <message>
        <source>Evaluate the tender with the parameters shown and store the run</source>
        <translation>ປະເມີນການປະມູນດ້ວຍພາລາມິເຕີທີ່ສະແດງ ແລະ ບັນທຶກຮອບການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation>ຍົກເລີກການປະເມີນຜົນ (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompare Runs…</source>
        <translation>ປຽບທຽບຮອບການປະເມີນຜົນ (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;About TenderDesk</source>
        <translation>ກ່ຽວກັບ TenderDesk (&amp;A)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>ພາລາມິເຕີ</translation>
    </message>
    <message>
        <source>Evaluation Runs</source>
        <translation>ຮອບການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>&amp;Parameters Panel</source>
        <translation>ແຜງພາລາມິເຕີ (&amp;P)</translation>
    </message>
    <message>
        <source>Evaluation &amp;Runs</source>
        <translation>ຮອບການປະເມີນຜົນ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search products:</source>
        <translation>ຄົ້ນຫາລາຍການຢາ (&amp;S):</translation>
    </message>
    <message>
        <source>INN, name, form or product ID</source>
        <translation>ຊື່ສາມັນ, ຊື່, ຮູບແບບຢາ ຫຼື ລະຫັດລາຍການຢາ</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>ຄົ້ນຫາລາຍການຢາ</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>ລາຍການຢາ</translation>
    </message>
    <message>
        <source>F&amp;ilter bids:</source>
        <translation>ກັ່ນຕອງການສະເໜີລາຄາ (&amp;I):</translation>
    </message>
    <message>
        <source>Bidder, country, bid…</source>
        <translation>ຜູ້ສະເໜີລາຄາ, ປະເທດ, ການສະເໜີລາຄາ…</translation>
    </message>
    <message>
        <source>Filter bids</source>
        <translation>ກັ່ນຕອງການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>ສະຖານະ (&amp;T):</translation>
    </message>
    <message>
        <source>Show bids with status</source>
        <translation>ສະແດງການສະເໜີລາຄາທີ່ມີສະຖານະນີ້</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ທັງໝົດ</translation>
    </message>
    <message>
        <source>Bids of the selected product</source>
        <translation>ການສະເໜີລາຄາຂອງລາຍການຢາທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>&amp;Bids</source>
        <translation>ການສະເໜີລາຄາ (&amp;B)</translation>
    </message>
    <message>
        <source>Vol&amp;umes</source>
        <translation>ປະລິມານ (&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>ແຜນພູມ (&amp;H)</translation>
    </message>
    <message>
        <source>Bi&amp;dders</source>
        <translation>ຜູ້ສະເໜີລາຄາ (&amp;D)</translation>
    </message>
    <message>
        <source>Reference &amp;Prices</source>
        <translation>ລາຄາອ້າງອີງ (&amp;P)</translation>
    </message>
    <message>
        <source>Details of the selected product</source>
        <translation>ລາຍລະອຽດຂອງລາຍການຢາທີ່ເລືອກ</translation>
    </message>
    <message>
        <source>Agreed volume by buyer and region</source>
        <translation>ປະລິມານຈັດຊື້ທີ່ຕົກລົງ ຕາມຜູ້ຊື້ ແລະ ເຂດ</translation>
    </message>
    <message>
        <source>Winner totals</source>
        <translation>ຍອດລວມຂອງຜູ້ຊະນະ</translation>
    </message>
    <message>
        <source>Region picks in order</source>
        <translation>ລຳດັບການເລືອກເຂດ</translation>
    </message>
    <message>
        <source>Unassigned regions</source>
        <translation>ເຂດທີ່ຍັງບໍ່ໄດ້ຈັດສັນ</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>ຜູ້ສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Reference prices</source>
        <translation>ລາຄາອ້າງອີງ</translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation>ຊຸດກົດລະບຽບ (&amp;U):</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ຊຸດກົດລະບຽບ</translation>
    </message>
    <message>
        <source>Evaluate (F5)</source>
        <translation>ປະເມີນ (F5)</translation>
    </message>
    <message>
        <source>Evaluation runs</source>
        <translation>ຮອບການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>&amp;Show Run</source>
        <translation>ສະແດງຮອບ (&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;Two Runs…</source>
        <translation>ປຽບທຽບສອງຮອບ (&amp;T)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation>ຄວາມຄືບໜ້າການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ຍົກເລີກການກະທຳ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>ຍົກເລີກການກະທຳ (&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ເຮັດຊ້ຳ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>ເຮັດຊ້ຳ (&amp;R): %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>ອ່ານຢ່າງດຽວ</translation>
    </message>
    <message>
        <source>TenderDesk</source>
        <translation>TenderDesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [ອ່ານຢ່າງດຽວ]</translation>
    </message>
    <message>
        <source>%1 — TenderDesk</source>
        <translation>%1 — TenderDesk</translation>
    </message>
    <message>
        <source>This tender has not been evaluated yet. Check the parameters and press F5 to evaluate.</source>
        <translation>ການປະມູນນີ້ຍັງບໍ່ໄດ້ປະເມີນ. ກວດເບິ່ງພາລາມິເຕີ ແລ້ວກົດ F5 ເພື່ອປະເມີນ.</translation>
    </message>
    <message>
        <source>The data or parameters changed after the results shown were computed. Press F5 to evaluate again.</source>
        <translation>ຂໍ້ມູນ ຫຼື ພາລາມິເຕີປ່ຽນແປງຫຼັງຈາກຄິດໄລ່ຜົນທີ່ສະແດງ. ກົດ F5 ເພື່ອປະເມີນໃໝ່.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>ກຳລັງເປີດ %1…</translation>
    </message>
    <message>
        <source>Dossier Not Found</source>
        <translation>ບໍ່ພົບແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Check the path, or create a dossier with File → New from Workbook.</source>
        <translation>ກວດເບິ່ງເສັ້ນທາງ ຫຼື ສ້າງແຟ້ມຂໍ້ມູນດ້ວຍ ແຟ້ມ → ສ້າງໃໝ່ຈາກແຟ້ມຕາຕະລາງ.</translation>
    </message>
    <message>
        <source>Not a Tender Dossier</source>
        <translation>ບໍ່ແມ່ນແຟ້ມຂໍ້ມູນການປະມູນ</translation>
    </message>
    <message>
        <source>Choose a .tender file. To read a bid workbook, use File → New from Workbook.</source>
        <translation>ເລືອກແຟ້ມ .tender. ເພື່ອອ່ານແຟ້ມຕາຕະລາງການສະເໜີລາຄາ, ໃຫ້ໃຊ້ ແຟ້ມ → ສ້າງໃໝ່ຈາກແຟ້ມຕາຕະລາງ.</translation>
    </message>
    <message>
        <source>Damaged Dossier</source>
        <translation>ແຟ້ມຂໍ້ມູນເສຍຫາຍ</translation>
    </message>
    <message>
        <source>The file was left unchanged. Open a backup copy or re-import the workbook.</source>
        <translation>ແຟ້ມບໍ່ໄດ້ຖືກປ່ຽນແປງ. ເປີດສຳເນົາສຳຮອງ ຫຼື ນຳເຂົ້າແຟ້ມຕາຕະລາງຄືນໃໝ່.</translation>
    </message>
    <message>
        <source>Dossier From a Newer TenderDesk</source>
        <translation>ແຟ້ມຂໍ້ມູນຈາກ TenderDesk ລຸ້ນໃໝ່ກວ່າ</translation>
    </message>
    <message>
        <source>Open it with the newer TenderDesk version that wrote it, or install the update.</source>
        <translation>ເປີດດ້ວຍ TenderDesk ລຸ້ນໃໝ່ທີ່ຂຽນມັນ ຫຼື ຕິດຕັ້ງການອັບເດດ.</translation>
    </message>
    <message>
        <source>Dossier In Use</source>
        <translation>ແຟ້ມຂໍ້ມູນກຳລັງຖືກໃຊ້ງານ</translation>
    </message>
    <message>
        <source>%1 is open in another TenderDesk window or on another computer.</source>
        <translation>%1 ເປີດຢູ່ໃນໜ້າຕ່າງ TenderDesk ອື່ນ ຫຼື ໃນຄອມພິວເຕີເຄື່ອງອື່ນ.</translation>
    </message>
    <message>
        <source>Only one window can change a dossier. You can open it read-only to look at it, or cancel and close the other window first.</source>
        <translation>ມີພຽງໜ້າຕ່າງດຽວທີ່ປ່ຽນແປງແຟ້ມຂໍ້ມູນໄດ້. ທ່ານສາມາດເປີດແບບອ່ານຢ່າງດຽວເພື່ອເບິ່ງ ຫຼື ຍົກເລີກ ແລ້ວປິດໜ້າຕ່າງອື່ນກ່ອນ.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>ເປີດແບບອ່ານຢ່າງດຽວ (&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Open Dossier</source>
        <translation>ບໍ່ສາມາດເປີດແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read and written.</source>
        <translation>ກວດເບິ່ງວ່າແຟ້ມ ແລະ ໂຟນເດີຂອງມັນສາມາດອ່ານ ແລະ ຂຽນໄດ້.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>ບໍ່ສາມາດເປີດ %1.</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet: import a workbook.</source>
        <translation>ແຟ້ມຂໍ້ມູນຍັງບໍ່ມີຂໍ້ມູນການປະມູນ: ກະລຸນານຳເຂົ້າແຟ້ມຕາຕະລາງ.</translation>
    </message>
    <message>
        <source>The change could not be written to the dossier.</source>
        <translation>ບໍ່ສາມາດຂຽນການປ່ຽນແປງລົງແຟ້ມຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>ການປ່ຽນແປງບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>ບັນທຶກແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ບໍ່ໄດ້ບັນທຶກ: %1</translation>
    </message>
    <message>
        <source>Invalid Parameters</source>
        <translation>ພາລາມິເຕີບໍ່ຖືກຕ້ອງ</translation>
    </message>
    <message>
        <source>Correct the parameters shown in red before evaluating.</source>
        <translation>ແກ້ໄຂພາລາມິເຕີທີ່ສະແດງເປັນສີແດງກ່ອນປະເມີນ.</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>ກຳລັງປະເມີນ…</translation>
    </message>
    <message>
        <source>Evaluated: run %1 stored.</source>
        <translation>ປະເມີນແລ້ວ: ບັນທຶກຮອບ %1 ແລ້ວ.</translation>
    </message>
    <message>
        <source>Evaluation cancelled. Nothing was stored.</source>
        <translation>ຍົກເລີກການປະເມີນຜົນແລ້ວ. ບໍ່ໄດ້ບັນທຶກຫຍັງ.</translation>
    </message>
    <message>
        <source>Evaluation Failed</source>
        <translation>ການປະເມີນຜົນລົ້ມເຫຼວ</translation>
    </message>
    <message>
        <source>The tender could not be evaluated. Nothing was stored.</source>
        <translation>ບໍ່ສາມາດປະເມີນການປະມູນໄດ້. ບໍ່ໄດ້ບັນທຶກຫຍັງ.</translation>
    </message>
    <message>
        <source>Run Not Readable</source>
        <translation>ອ່ານຮອບບໍ່ໄດ້</translation>
    </message>
    <message>
        <source>Run %1 cannot be read back from the dossier.</source>
        <translation>ບໍ່ສາມາດອ່ານຮອບ %1 ຄືນຈາກແຟ້ມຂໍ້ມູນ.</translation>
    </message>
    <message>
        <source>Showing run %1 of %2.</source>
        <translation>ກຳລັງສະແດງຮອບ %1 ຈາກ %2.</translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation>ເປີດແຟ້ມຂໍ້ມູນ</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1);;All files (*)</source>
        <translation>ແຟ້ມຂໍ້ມູນການປະມູນ (*.%1);;ທຸກແຟ້ມ (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>ບັນທຶກສຳເນົາເປັນ</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation>ແຟ້ມຂໍ້ມູນການປະມູນ (*.%1)</translation>
    </message>
    <message>
        <source>Choose another file: the dossier itself is always up to date.</source>
        <translation>ເລືອກແຟ້ມອື່ນ: ແຟ້ມຂໍ້ມູນເອງເປັນປັດຈຸບັນສະເໝີ.</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>ສຳເນົາບໍ່ໄດ້ຖືກບັນທຶກ</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>ບັນທຶກສຳເນົາໄປທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Export Tender Data as CSV</source>
        <translation>ສົ່ງອອກຂໍ້ມູນການປະມູນເປັນ CSV</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>ການສົ່ງອອກລົ້ມເຫຼວ</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>ສົ່ງອອກໄປທີ່ %1 ແລ້ວ</translation>
    </message>
    <message>
        <source>Export Evaluation Result as JSON</source>
        <translation>ສົ່ງອອກຜົນການປະເມີນເປັນ JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ແຟ້ມ JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນ %1: %2</translation>
    </message>
    <message>
        <source>Evaluation Running</source>
        <translation>ການປະເມີນຜົນກຳລັງດຳເນີນຢູ່</translation>
    </message>
    <message>
        <source>An evaluation is running. Cancel it and quit? Nothing of it will be stored.</source>
        <translation>ການປະເມີນຜົນກຳລັງດຳເນີນຢູ່. ຍົກເລີກ ແລະ ອອກບໍ? ຈະບໍ່ມີຫຍັງຖືກບັນທຶກ.</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>ການຝຶກອົບຮົມ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reset Demo to Pristine</source>
        <translation>ຕັ້ງແຟ້ມຂໍ້ມູນສາທິດຄືນເປັນສະພາບເດີມ (&amp;R)</translation>
    </message>
    <message>
        <source>Write the bundled demo dossier again, as it was shipped, and open it</source>
        <translation>ຂຽນແຟ້ມຂໍ້ມູນສາທິດທີ່ມາພ້ອມໂປຣແກຣມຄືນໃໝ່ຕາມສະພາບເດີມ ແລະ ເປີດມັນ</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>ໂໝດນຳສະເໜີ (&amp;P)</translation>
    </message>
    <message>
        <source>Larger fonts, full screen and high-contrast charts for a projector</source>
        <translation>ຕົວອັກສອນໃຫຍ່ຂຶ້ນ, ເຕັມຈໍ ແລະ ແຜນພູມຄວາມຄົມຊັດສູງ ສຳລັບເຄື່ອງສາຍພາບ</translation>
    </message>
    <message>
        <source>Guided &amp;What-If…</source>
        <translation>ການວິເຄາະແບບສົມມຸດພ້ອມຄຳແນະນຳ (&amp;W)…</translation>
    </message>
    <message>
        <source>Evaluate with another spread factor or rule set and compare with the current run</source>
        <translation>ປະເມີນດ້ວຍຕົວຄູນສ່ວນຕ່າງລາຄາ ຫຼື ຊຸດກົດລະບຽບອື່ນ ແລະ ປຽບທຽບກັບຮອບປັດຈຸບັນ</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teaching note (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;ບັນທຶກການສອນ (%1):&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>ບັນທຶກການສອນ</translation>
    </message>
    <message>
        <source>Reset Demo to Pristine</source>
        <translation>ຕັ້ງແຟ້ມຂໍ້ມູນສາທິດຄືນເປັນສະພາບເດີມ</translation>
    </message>
    <message>
        <source>Replace %1 with the demo dossier as it was shipped? Every change and evaluation run in it is lost.</source>
        <translation>ແທນທີ່ %1 ດ້ວຍແຟ້ມຂໍ້ມູນສາທິດຕາມສະພາບເດີມບໍ? ທຸກການປ່ຽນແປງ ແລະ ທຸກຮອບການປະເມີນຜົນໃນນັ້ນຈະເສຍໄປ.</translation>
    </message>
    <message>
        <source>The demo dossier could not be written to %1: %2</source>
        <translation>ບໍ່ສາມາດຂຽນແຟ້ມຂໍ້ມູນສາທິດໄປທີ່ %1: %2</translation>
    </message>
    <message>
        <source>The demo dossier was written to %1 but cannot be opened.</source>
        <translation>ຂຽນແຟ້ມຂໍ້ມູນສາທິດໄປທີ່ %1 ແລ້ວ ແຕ່ບໍ່ສາມາດເປີດໄດ້.</translation>
    </message>
    <message>
        <source>Demo reset to pristine: %1</source>
        <translation>ຕັ້ງແຟ້ມຂໍ້ມູນສາທິດຄືນເປັນສະພາບເດີມແລ້ວ: %1</translation>
    </message>
    <message>
        <source>Evaluate the tender first: the what-if is compared with the run shown.</source>
        <translation>ກະລຸນາປະເມີນການປະມູນກ່ອນ: ການວິເຄາະແບບສົມມຸດຈະປຽບທຽບກັບຮອບທີ່ສະແດງຢູ່.</translation>
    </message>
    <message>
        <source>&amp;Keep These Parameters</source>
        <translation>ເກັບພາລາມິເຕີເຫຼົ່ານີ້ໄວ້ (&amp;K)</translation>
    </message>
    <message>
        <source>Declared demand by buyer (editable)</source>
        <translation>ປະລິມານຄວາມຕ້ອງການທີ່ແຈ້ງ ຕາມຜູ້ຊື້ (ແກ້ໄຂໄດ້)</translation>
    </message>
</context>
<context>
    <name>td::ui::ParameterModel</name>
    <message>
        <source>Set by this tender</source>
        <translation>ກຳນົດໂດຍການປະມູນນີ້</translation>
    </message>
    <message>
        <source>Default of the rule set</source>
        <translation>ຄ່າເລີ່ມຕົ້ນຂອງຊຸດກົດລະບຽບ</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>ພາລາມິເຕີ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ຄ່າ</translation>
    </message>
</context>
<context>
    <name>td::ui::ProductModel</name>
    <message>
        <source>%1 %2 × %3</source>
        <translation>%1 %2 × %3</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>ລາຍການຢາ</translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation>ຊື່ສາມັນ (INN)</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>ຊື່ທ້ອງຖິ່ນ</translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation>ຮູບແບບຢາ</translation>
    </message>
    <message>
        <source>Representative specification: strength × pack size</source>
        <translation>ຂໍ້ກຳນົດອ້າງອີງ: ຄວາມແຮງ × ຂະໜາດບັນຈຸ</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>ຂໍ້ກຳນົດອ້າງອີງ</translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation>ຈຳນວນການສະເໜີລາຄາທີ່ຜ່ານຄຸນສົມບັດ (N)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation>ຈຳນວນຜູ້ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ (K)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>ຜູ້ຊະນະ</translation>
    </message>
    <message>
        <source>Lowest comparable unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍທີ່ປຽບທຽບໄດ້ຕ່ຳສຸດ</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>ລາຄາຕໍ່ໜ່ວຍຕ່ຳສຸດ</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>ສັດສ່ວນທີ່ຕົກລົງ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ສະຖານະ</translation>
    </message>
</context>
<context>
    <name>td::ui::ReferencePriceModel</name>
    <message>
        <source>Product</source>
        <translation>ລາຍການຢາ</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>ຕະຫຼາດ</translation>
    </message>
    <message>
        <source>Reference unit price</source>
        <translation>ລາຄາອ້າງອີງຕໍ່ໜ່ວຍ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ສະກຸນເງິນ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>ວັນທີ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ແຫຼ່ງທີ່ມາ</translation>
    </message>
</context>
<context>
    <name>td::ui::RegionPickModel</name>
    <message>
        <source>Pick</source>
        <translation>ລຳດັບການເລືອກ</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>ຮອບ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>ການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ຜູ້ສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>ເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ປະລິມານ</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportActions</name>
    <message>
        <source>&amp;Print Report…</source>
        <translation>ພິມບົດລາຍງານ (&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>ເບິ່ງຕົວຢ່າງກ່ອນພິມ (&amp;V)…</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>ສົ່ງອອກບົດລາຍງານເປັນ PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Export Report as &amp;XLSX…</source>
        <translation>ສົ່ງອອກບົດລາຍງານເປັນ XLSX (&amp;X)…</translation>
    </message>
    <message>
        <source>Export Award &amp;Letters…</source>
        <translation>ສົ່ງອອກແຈ້ງການມອບສັນຍາ (&amp;L)…</translation>
    </message>
    <message>
        <source>Report &amp;Options</source>
        <translation>ຕົວເລືອກບົດລາຍງານ (&amp;O)</translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation>ພາສາຂອງບົດລາຍງານ (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Second Language (beneath each label)</source>
        <translation>ພາສາທີສອງ (ຢູ່ລຸ່ມແຕ່ລະປ້າຍ) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>ເຈ້ຍ (&amp;P)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ບໍ່ມີ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ຍົກເລີກ</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>ກະລຸນາເປີດແຟ້ມຂໍ້ມູນກ່ອນ.</translation>
    </message>
    <message>
        <source>Reading the evaluation run…</source>
        <translation>ກຳລັງອ່ານຮອບການປະເມີນຜົນ…</translation>
    </message>
    <message>
        <source>A value is too large to print exactly.</source>
        <translation>ຄ່າໃຫຍ່ເກີນໄປທີ່ຈະພິມໄດ້ຢ່າງແນ່ນອນ.</translation>
    </message>
    <message>
        <source>Print Award Report</source>
        <translation>ພິມບົດລາຍງານຜົນການປະມູນ</translation>
    </message>
    <message>
        <source>Award Report Preview</source>
        <translation>ຕົວຢ່າງບົດລາຍງານຜົນການປະມູນ</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>ກຳລັງຂຽນ %1…</translation>
    </message>
    <message>
        <source>Writing award letters…</source>
        <translation>ກຳລັງຂຽນແຈ້ງການມອບສັນຍາ…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>ບໍ່ສາມາດສ້າງໂຟນເດີ %1.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>ຍົກເລີກການສົ່ງອອກແລ້ວ.</translation>
    </message>
    <message>
        <source>Export Award Report as PDF</source>
        <translation>ສົ່ງອອກບົດລາຍງານຜົນການປະມູນເປັນ PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ແຟ້ມ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Award Report as XLSX</source>
        <translation>ສົ່ງອອກບົດລາຍງານຜົນການປະມູນເປັນ XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>ແຟ້ມຕາຕະລາງ Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for Award Letters</source>
        <translation>ໂຟນເດີສຳລັບແຈ້ງການມອບສັນຍາ</translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonDialog</name>
    <message>
        <source>Compare Evaluation Runs</source>
        <translation>ປຽບທຽບຮອບການປະເມີນຜົນ</translation>
    </message>
    <message>
        <source>Run &amp;A:</source>
        <translation>ຮອບ A (&amp;A):</translation>
    </message>
    <message>
        <source>Run &amp;B:</source>
        <translation>ຮອບ B (&amp;B):</translation>
    </message>
    <message>
        <source>Show &amp;only what changed</source>
        <translation>ສະແດງສະເພາະສິ່ງທີ່ປ່ຽນແປງ (&amp;O)</translation>
    </message>
    <message>
        <source>Differences between the two runs</source>
        <translation>ຄວາມແຕກຕ່າງລະຫວ່າງສອງຮອບ</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>ຮອບ A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>ຮອບ B</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) differ between the two runs.</source>
        <translation>
            <numerusform>ມີ %n ການສະເໜີລາຄາທີ່ແຕກຕ່າງລະຫວ່າງສອງຮອບ.</numerusform>
            <numerusform>ມີ %n ການສະເໜີລາຄາທີ່ແຕກຕ່າງລະຫວ່າງສອງຮອບ.</numerusform>
        </translation>
    </message>
    <message>
        <source>A run cannot be read back from the dossier.</source>
        <translation>ບໍ່ສາມາດອ່ານຮອບໜຶ່ງຄືນຈາກແຟ້ມຂໍ້ມູນ.</translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonModel</name>
    <message>
        <source>(absent)</source>
        <translation>(ບໍ່ມີ)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>ປ່ຽນແປງ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>ລາຍການຢາ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>ການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Status (A)</source>
        <translation>ສະຖານະ (A)</translation>
    </message>
    <message>
        <source>Status (B)</source>
        <translation>ສະຖານະ (B)</translation>
    </message>
    <message>
        <source>Award price (A)</source>
        <translation>ລາຄາທີ່ຊະນະ (A)</translation>
    </message>
    <message>
        <source>Award price (B)</source>
        <translation>ລາຄາທີ່ຊະນະ (B)</translation>
    </message>
    <message>
        <source>Volume (A)</source>
        <translation>ປະລິມານ (A)</translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation>ປະລິມານ (B)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>ການປ່ຽນແປງ</translation>
    </message>
</context>
<context>
    <name>td::ui::RunModel</name>
    <message>
        <source>Run %1, %2, %3</source>
        <translation>ຮອບ %1, %2, %3</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>ຮອບ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ເວລາ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ຜູ້ໃຊ້</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ຊຸດກົດລະບຽບ</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>ພາລາມິເຕີ</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ລະຫັດກວດສອບ</translation>
    </message>
</context>
<context>
    <name>td::ui::SavingsChart</name>
    <message>
        <source>Savings chart</source>
        <translation>ແຜນພູມເງິນທີ່ປະຢັດໄດ້</translation>
    </message>
    <message>
        <source>Savings: evaluate the tender first</source>
        <translation>ເງິນທີ່ປະຢັດໄດ້: ກະລຸນາປະເມີນການປະມູນກ່ອນ</translation>
    </message>
    <message>
        <source>Savings in %1: the %2 products with the largest savings of %3</source>
        <translation>ເງິນທີ່ປະຢັດໄດ້ເປັນ %1: %2 ລາຍການຢາທີ່ປະຢັດໄດ້ຫຼາຍທີ່ສຸດ ຈາກ %3 ລາຍການ</translation>
    </message>
    <message>
        <source>Savings in %1 by product</source>
        <translation>ເງິນທີ່ປະຢັດໄດ້ເປັນ %1 ຕາມລາຍການຢາ</translation>
    </message>
    <message>
        <source>Against the ceiling</source>
        <translation>ທຽບກັບເພດານລາຄາ</translation>
    </message>
    <message>
        <source>Against the reference median</source>
        <translation>ທຽບກັບລາຄາອ້າງອີງມັດທະຍະຖານ</translation>
    </message>
</context>
<context>
    <name>td::ui::Status</name>
    <message>
        <source>Not evaluated</source>
        <translation>ຍັງບໍ່ໄດ້ປະເມີນ</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>ມອບສັນຍາແລ້ວ</translation>
    </message>
    <message>
        <source>No award</source>
        <translation>ບໍ່ມີການມອບສັນຍາ</translation>
    </message>
    <message>
        <source>Volume unassigned</source>
        <translation>ມີປະລິມານທີ່ຍັງບໍ່ໄດ້ຈັດສັນ</translation>
    </message>
</context>
<context>
    <name>td::ui::UnassignedModel</name>
    <message>
        <source>Supply region</source>
        <translation>ເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Unassigned volume</source>
        <translation>ປະລິມານທີ່ຍັງບໍ່ໄດ້ຈັດສັນ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>ເຫດຜົນ</translation>
    </message>
</context>
<context>
    <name>td::ui::VolumeShareChart</name>
    <message>
        <source>Volume shares chart</source>
        <translation>ແຜນພູມສ່ວນແບ່ງປະລິມານ</translation>
    </message>
    <message>
        <source>Volume shares: select an evaluated product</source>
        <translation>ສ່ວນແບ່ງປະລິມານ: ເລືອກລາຍການຢາທີ່ປະເມີນແລ້ວ</translation>
    </message>
    <message>
        <source>Volume shares by winner, %1</source>
        <translation>ສ່ວນແບ່ງປະລິມານຕາມຜູ້ຊະນະ, %1</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>ຍັງບໍ່ໄດ້ຈັດສັນ: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::WhatIfDialog</name>
    <message>
        <source>Guided What-If</source>
        <translation>ການວິເຄາະແບບສົມມຸດພ້ອມຄຳແນະນຳ</translation>
    </message>
    <message>
        <source>TenderDesk evaluates the tender again with the spread factor or rule set you choose here and stores the result as a new run. You then see the previous run and the new one side by side; the tender&apos;s own parameters change only if you choose Keep These Parameters.</source>
        <translation>TenderDesk ຈະປະເມີນການປະມູນຄືນໃໝ່ດ້ວຍຕົວຄູນສ່ວນຕ່າງລາຄາ ຫຼື ຊຸດກົດລະບຽບທີ່ທ່ານເລືອກຢູ່ນີ້ ແລະ ບັນທຶກຜົນເປັນຮອບໃໝ່. ຈາກນັ້ນທ່ານຈະເຫັນຮອບກ່ອນໜ້າ ແລະ ຮອບໃໝ່ຄຽງຂ້າງກັນ; ພາລາມິເຕີຂອງການປະມູນຈະປ່ຽນກໍຕໍ່ເມື່ອທ່ານເລືອກ “ເກັບພາລາມິເຕີເຫຼົ່ານີ້ໄວ້” ເທົ່ານັ້ນ.</translation>
    </message>
    <message>
        <source>&amp;Spread factor:</source>
        <translation>ຕົວຄູນສ່ວນຕ່າງລາຄາ (&amp;S):</translation>
    </message>
    <message>
        <source>Spread factor</source>
        <translation>ຕົວຄູນສ່ວນຕ່າງລາຄາ</translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation>ຊຸດກົດລະບຽບ (&amp;U):</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ຊຸດກົດລະບຽບ</translation>
    </message>
    <message>
        <source>&amp;Evaluate and Compare</source>
        <translation>ປະເມີນ ແລະ ປຽບທຽບ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>td::ui::WinnerTotalModel</name>
    <message>
        <source>Bid</source>
        <translation>ການສະເໜີລາຄາ</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>ຜູ້ຊະນະການປະມູນ</translation>
    </message>
    <message>
        <source>Supply regions</source>
        <translation>ເຂດສະໜອງ</translation>
    </message>
    <message>
        <source>Total volume</source>
        <translation>ປະລິມານລວມ</translation>
    </message>
    <message>
        <source>Total contract value</source>
        <translation>ມູນຄ່າສັນຍາລວມ</translation>
    </message>
</context>
</TS>
