<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>บันทึกทั้งหมด</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่ (&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>ใช่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่ (&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ไม่ทั้งหมด (&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>นำไปใช้</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ตั้งค่าใหม่</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tender-evaluation workstation</source>
        <translation>ระบบพิจารณาผลการประกวดราคา</translation>
    </message>
    <message>
        <source>Tender dossier to open</source>
        <translation>แฟ้มข้อมูลการประกวดราคาที่จะเปิด</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN, lo or th</source>
        <translation>ภาษาของโปรแกรม: en, zh_CN, lo หรือ th</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, lo or th</source>
        <translation>ไม่รู้จักภาษา &apos;%1&apos;: ใช้ en, zh_CN, lo หรือ th</translation>
    </message>
</context>
<context>
    <name>td::cli::DemoCommand</name>
    <message>
        <source>usage: tenderdesk-cli demo FILE [--force]</source>
        <translation>วิธีใช้: tenderdesk-cli demo FILE [--force]</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 is a folder; give the name of the dossier file to write, e.g. %2</source>
        <translation>tenderdesk-cli demo: %1 เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์แฟ้มข้อมูลที่จะเขียน เช่น %2</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 already exists; nothing written. Choose another name, or add --force to replace it with a fresh demo dossier.</source>
        <translation>tenderdesk-cli demo: %1 มีอยู่แล้ว ไม่ได้เขียนสิ่งใด เลือกชื่ออื่น หรือเพิ่ม --force เพื่อแทนที่ด้วยแฟ้มข้อมูลสาธิตใหม่</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1</source>
        <translation>tenderdesk-cli demo: %1</translation>
    </message>
    <message>
        <source>Wrote the demo dossier %1: tender %2, %3 products, %4 bidders, %5 bids, %6 buyers; evaluated with %7, report digest %8</source>
        <translation>เขียนแฟ้มข้อมูลสาธิต %1 แล้ว: การประกวดราคา %2, รายการยา %3 รายการ, ผู้เสนอราคา %4 ราย, การเสนอราคา %5 รายการ, ผู้ซื้อ %6 ราย; พิจารณาผลด้วย %7, ค่าตรวจสอบรายงาน %8</translation>
    </message>
</context>
<context>
    <name>td::demo::DemoText</name>
    <message>
        <source>The bundled demo workbook cannot be read (this build is broken): %1</source>
        <translation>ไม่สามารถอ่านเวิร์กบุ๊กสาธิตที่มาพร้อมโปรแกรมได้ (โปรแกรมรุ่นนี้สร้างไม่ถูกต้อง): %1</translation>
    </message>
    <message>
        <source>TenderDesk demo workbook (bundled)</source>
        <translation>เวิร์กบุ๊กสาธิตของ TenderDesk (มาพร้อมโปรแกรม)</translation>
    </message>
    <message>
        <source>The bundled demo workbook has invalid parameters: %1</source>
        <translation>เวิร์กบุ๊กสาธิตที่มาพร้อมโปรแกรมมีพารามิเตอร์ที่ไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>The demo tender could not be evaluated: %1</source>
        <translation>ไม่สามารถพิจารณาผลการประกวดราคาสาธิตได้: %1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the dossier file to write.</source>
        <translation>%1 เป็นโฟลเดอร์ ให้ระบุชื่อไฟล์แฟ้มข้อมูลที่จะเขียน</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere. Close it there first.</source>
        <translation>แฟ้มข้อมูล %1 กำลังเปิดแก้ไขอยู่ที่อื่น โปรดปิดที่นั่นก่อน</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable.</source>
        <translation>ไม่สามารถสร้างไฟล์ล็อก %1.lock ได้: ตรวจสอบว่าโฟลเดอร์เขียนได้</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>ไม่สามารถเขียนลงโฟลเดอร์ %1 ได้: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
</context>
<context>
    <name>td::io::CsvFolderSource</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ไม่สามารถอ่านไฟล์ได้: %1</translation>
    </message>
</context>
<context>
    <name>td::io::CsvReader</name>
    <message>
        <source>the file is saved as UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation>ไฟล์ถูกบันทึกเป็น UTF-16 (ข้อความ Unicode) ให้บันทึกเป็น CSV UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation>ไฟล์ดูเหมือนเป็น UTF-16 (ข้อความ Unicode) ให้บันทึกเป็น CSV UTF-8</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file (or it is UTF-16); save it as CSV UTF-8</source>
        <translation>ไฟล์มีไบต์ NUL: ไม่ใช่ไฟล์ข้อความ (หรือเป็น UTF-16) ให้บันทึกเป็น CSV UTF-8</translation>
    </message>
    <message>
        <source>this row holds bytes that are not UTF-8 (the file is probably saved as GBK, Latin-1 or another legacy encoding); save it as CSV UTF-8</source>
        <translation>แถวนี้มีไบต์ที่ไม่ใช่ UTF-8 (ไฟล์อาจถูกบันทึกเป็น GBK, Latin-1 หรือการเข้ารหัสแบบเก่าอื่น) ให้บันทึกเป็น CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted cell starts in this row but its closing quote is missing</source>
        <translation>เซลล์ที่มีเครื่องหมายคำพูดเริ่มในแถวนี้ แต่ไม่มีเครื่องหมายคำพูดปิด</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted cell (a quote inside a quoted cell must be doubled: &quot;&quot;)</source>
        <translation>มีข้อความต่อท้ายเครื่องหมายคำพูดปิดของเซลล์ (เครื่องหมายคำพูดภายในเซลล์ต้องเขียนซ้ำสองครั้ง: &quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>td::io::ImportContext</name>
    <message>
        <source>too many errors: only the first %1 are shown</source>
        <translation>ข้อผิดพลาดมากเกินไป: แสดงเฉพาะ %1 รายการแรก</translation>
    </message>
</context>
<context>
    <name>td::io::TableReader</name>
    <message>
        <source>the table is empty: it needs a header row</source>
        <translation>ตารางว่างเปล่า: ต้องมีแถวหัวคอลัมน์</translation>
    </message>
    <message>
        <source>the file looks &apos;;&apos;-separated (with decimal commas?); save it as comma-separated CSV UTF-8 with &apos;.&apos; for decimals</source>
        <translation>ไฟล์ดูเหมือนคั่นด้วย &apos;;&apos; (ใช้จุลภาคเป็นจุดทศนิยม?) ให้บันทึกเป็น CSV UTF-8 แบบคั่นด้วยจุลภาค และใช้ &apos;.&apos; สำหรับทศนิยม</translation>
    </message>
    <message>
        <source>the file looks tab-separated; save it as comma-separated CSV UTF-8</source>
        <translation>ไฟล์ดูเหมือนคั่นด้วยแท็บ ให้บันทึกเป็น CSV UTF-8 แบบคั่นด้วยจุลภาค</translation>
    </message>
    <message numerus="yes">
        <source>a column name of %n characters</source>
        <translation>
            <numerusform>ชื่อคอลัมน์ที่มี %n อักขระ</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>คอลัมน์ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>repeated column (column %1 has it already)</source>
        <translation>คอลัมน์ซ้ำ (คอลัมน์ที่ %1 มีอยู่แล้ว)</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>ขาดคอลัมน์</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; at most 10,000 are allowed</source>
        <translation>เซลล์มี %1 อักขระ อนุญาตไม่เกิน 10,000 อักขระ</translation>
    </message>
    <message>
        <source>a value in a column without a name in the header row</source>
        <translation>มีค่าในคอลัมน์ที่ไม่มีชื่อในแถวหัวคอลัมน์</translation>
    </message>
    <message>
        <source>value missing</source>
        <translation>ไม่มีค่า</translation>
    </message>
</context>
<context>
    <name>td::io::WorkbookReader</name>
    <message>
        <source>the table is missing from the workbook</source>
        <translation>ไม่มีตารางนี้ในเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>%1 holds exactly one row</source>
        <translation>%1 ต้องมีเพียงแถวเดียว</translation>
    </message>
    <message>
        <source>the tender row is missing (the table holds exactly one row)</source>
        <translation>ไม่มีแถวข้อมูลการประกวดราคา (ตารางนี้มีเพียงแถวเดียว)</translation>
    </message>
    <message>
        <source>duplicate product_id %1 (row %2 has the first)</source>
        <translation>product_id %1 ซ้ำ (แถว %2 มีก่อนแล้ว)</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals (price_decimals of the tender)</source>
        <translation>%1 มีทศนิยมเกิน %2 ตำแหน่ง (price_decimals ของการประกวดราคา)</translation>
    </message>
    <message>
        <source>duplicate bidder_id %1 (row %2 has the first)</source>
        <translation>bidder_id %1 ซ้ำ (แถว %2 มีก่อนแล้ว)</translation>
    </message>
    <message>
        <source>%1 in the list %2 is not an ISO country code (2 capital letters; separate codes with &apos;;&apos; and no spaces)</source>
        <translation>%1 ในรายการ %2 ไม่ใช่รหัสประเทศ ISO (อักษรตัวพิมพ์ใหญ่ 2 ตัว คั่นรหัสด้วย &apos;;&apos; โดยไม่เว้นวรรค)</translation>
    </message>
    <message>
        <source>%1 is the tender currency: its rate is 1, not %2</source>
        <translation>%1 เป็นสกุลเงินของการประกวดราคา: อัตราแลกเปลี่ยนต้องเป็น 1 ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 on %2 is listed twice (row %3 has the first)</source>
        <translation>%1 วันที่ %2 มีซ้ำสองครั้ง (แถว %3 มีก่อนแล้ว)</translation>
    </message>
    <message>
        <source>unknown product_id %1 (not in %2)</source>
        <translation>ไม่รู้จัก product_id %1 (ไม่มีใน %2)</translation>
    </message>
    <message>
        <source>%1 has no exchange rate in %2</source>
        <translation>%1 ไม่มีอัตราแลกเปลี่ยนใน %2</translation>
    </message>
    <message>
        <source>duplicate bid_id %1 (row %2 has the first)</source>
        <translation>bid_id %1 ซ้ำ (แถว %2 มีก่อนแล้ว)</translation>
    </message>
    <message>
        <source>unknown bidder_id %1 (not in %2)</source>
        <translation>ไม่รู้จัก bidder_id %1 (ไม่มีใน %2)</translation>
    </message>
    <message>
        <source>second bid of bidder %1 for product %2 (row %3 has the first)</source>
        <translation>การเสนอราคาครั้งที่สองของผู้เสนอราคา %1 สำหรับรายการยา %2 (แถว %3 มีครั้งแรกแล้ว)</translation>
    </message>
    <message>
        <source>%1 is not convertible to the product&apos;s %2</source>
        <translation>%1 ไม่สามารถแปลงเป็น %2 ของรายการยาได้</translation>
    </message>
    <message>
        <source>product %1 and buyer %2 are listed twice (row %3 has the first)</source>
        <translation>รายการยา %1 และผู้ซื้อ %2 มีซ้ำสองครั้ง (แถว %3 มีก่อนแล้ว)</translation>
    </message>
    <message>
        <source>region %1 is in %2 (row %3), not in %4: a region has one country</source>
        <translation>พื้นที่ %1 อยู่ใน %2 (แถว %3) ไม่ใช่ %4: พื้นที่หนึ่งมีประเทศเดียว</translation>
    </message>
    <message>
        <source>product %1, market %2 and date %3 are listed twice (row %4 has the first)</source>
        <translation>รายการยา %1 ตลาด %2 และวันที่ %3 มีซ้ำสองครั้ง (แถว %4 มีก่อนแล้ว)</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ไม่มีไฟล์หรือโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ไม่สามารถอ่านไฟล์ได้: %1</translation>
    </message>
    <message>
        <source>this is an old binary Excel .xls file; save it as .xlsx</source>
        <translation>นี่คือไฟล์ Excel .xls แบบเก่า ให้บันทึกเป็น .xlsx</translation>
    </message>
    <message>
        <source>choose the folder that holds the CSV files, not one CSV file</source>
        <translation>ให้เลือกโฟลเดอร์ที่มีไฟล์ CSV ไม่ใช่ไฟล์ CSV ไฟล์เดียว</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (the file is not a zip archive) and not a folder of CSV files</source>
        <translation>ไม่ใช่เวิร์กบุ๊ก .xlsx (ไฟล์ไม่ใช่ zip) และไม่ใช่โฟลเดอร์ของไฟล์ CSV</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>แถว %1</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1 แถว %2</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>คอลัมน์ %1</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1 คอลัมน์ %2</translation>
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
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ %1 ได้</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>ไม่สามารถลบ %1 ได้</translation>
    </message>
</context>
<context>
    <name>td::io::XlsxWorkbook</name>
    <message>
        <source>the sheet is damaged: a cell refers to shared string %1, which does not exist</source>
        <translation>เวิร์กชีตเสียหาย: เซลล์หนึ่งอ้างถึง shared string %1 ที่ไม่มีอยู่</translation>
    </message>
    <message>
        <source>the sheet is too large</source>
        <translation>เวิร์กชีตใหญ่เกินไป</translation>
    </message>
    <message>
        <source>the sheet is damaged (%1)</source>
        <translation>เวิร์กชีตเสียหาย (%1)</translation>
    </message>
    <message>
        <source>the .xlsx file is damaged or not a zip archive</source>
        <translation>ไฟล์ .xlsx เสียหายหรือไม่ใช่ zip</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (it has no %1)</source>
        <translation>ไฟล์เป็น zip แต่ไม่ใช่เวิร์กบุ๊ก .xlsx (ไม่มี %1)</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 in %2)</source>
        <translation>เวิร์กบุ๊กเสียหาย (%1 ใน %2)</translation>
    </message>
</context>
<context>
    <name>td::io::ZipReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>เวิร์กบุ๊กไม่มีส่วน %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot open its part %1</source>
        <translation>เวิร์กบุ๊กเสียหาย: ไม่สามารถเปิดส่วน %1 ได้</translation>
    </message>
    <message>
        <source>the workbook part %1 is larger than 1 GiB uncompressed</source>
        <translation>ส่วน %1 ของเวิร์กบุ๊กมีขนาดเกิน 1 GiB เมื่อคลายการบีบอัด</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be decompressed</source>
        <translation>เวิร์กบุ๊กเสียหาย: ไม่สามารถคลายการบีบอัดส่วน %1 ได้</translation>
    </message>
</context>
<context>
    <name>td::io::cell</name>
    <message>
        <source> (no thousands separators, &apos;.&apos; for decimals)</source>
        <translation> (ไม่ใช้ตัวคั่นหลักพัน ใช้ &apos;.&apos; สำหรับทศนิยม)</translation>
    </message>
    <message>
        <source> (no exponent: write 10000000, not 1E+07)</source>
        <translation> (ไม่ใช้เลขยกกำลัง: เขียน 10000000 ไม่ใช่ 1E+07)</translation>
    </message>
    <message>
        <source> (no &apos;+&apos; sign)</source>
        <translation> (ไม่ใส่เครื่องหมาย &apos;+&apos;)</translation>
    </message>
    <message>
        <source> (write 0.5 and 5, not .5 or 5.)</source>
        <translation> (เขียน 0.5 และ 5 ไม่ใช่ .5 หรือ 5.)</translation>
    </message>
    <message>
        <source> (remove the spaces around it)</source>
        <translation> (ลบช่องว่างรอบ ๆ ออก)</translation>
    </message>
    <message>
        <source> (at most 20 digits before the point and 12 after)</source>
        <translation> (ไม่เกิน 20 หลักก่อนจุดทศนิยม และ 12 หลักหลังจุด)</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n อักขระ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a decimal</source>
        <translation>%1 ไม่ใช่ตัวเลขทศนิยม</translation>
    </message>
    <message>
        <source>%1 must be greater than 0</source>
        <translation>%1 ต้องมากกว่า 0</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <source>%1 is not yes/no</source>
        <translation>%1 ไม่ใช่ yes/no</translation>
    </message>
    <message>
        <source>%1 is not an ISO date (YYYY-MM-DD, e.g. 2026-11-01)</source>
        <translation>%1 ไม่ใช่วันที่แบบ ISO (YYYY-MM-DD เช่น 2026-11-01)</translation>
    </message>
    <message>
        <source>%1 is not ISO 8601 (e.g. 2026-10-20T10:00:00+08:00)</source>
        <translation>%1 ไม่ใช่รูปแบบ ISO 8601 (เช่น 2026-10-20T10:00:00+08:00)</translation>
    </message>
    <message>
        <source>%1 is not an ISO country code (2 capital letters, e.g. CN)</source>
        <translation>%1 ไม่ใช่รหัสประเทศ ISO (อักษรตัวพิมพ์ใหญ่ 2 ตัว เช่น CN)</translation>
    </message>
    <message>
        <source>%1 is not an ISO currency code (3 capital letters, e.g. CNY)</source>
        <translation>%1 ไม่ใช่รหัสสกุลเงิน ISO (อักษรตัวพิมพ์ใหญ่ 3 ตัว เช่น CNY)</translation>
    </message>
    <message>
        <source>%1 is not an ATC code (letter, 2 digits, 2 letters, 2 digits, e.g. C08CA01)</source>
        <translation>%1 ไม่ใช่รหัส ATC (ตัวอักษร 1 ตัวเลข 2 ตัวอักษร 2 ตัวเลข 2 เช่น C08CA01)</translation>
    </message>
    <message>
        <source>%1 is not a rule set (vbp-b9, vbp-b10, vbp-b11 or meat)</source>
        <translation>%1 ไม่ใช่ชุดหลักเกณฑ์ (vbp-b9, vbp-b10, vbp-b11 หรือ meat)</translation>
    </message>
    <message>
        <source>%1 is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation>%1 ไม่ใช่รหัสคุณภาพ (who_pq, sra, pics, consistency หรือ gmp)</translation>
    </message>
</context>
<context>
    <name>td::model::ParameterText</name>
    <message>
        <source>parameter %1: &apos;%2&apos; is not %3</source>
        <translation>พารามิเตอร์ %1: &apos;%2&apos; ไม่ใช่%3</translation>
    </message>
    <message>
        <source>a decimal greater than 0</source>
        <translation>ตัวเลขทศนิยมที่มากกว่า 0</translation>
    </message>
    <message>
        <source>a decimal of 0 or more</source>
        <translation>ตัวเลขทศนิยมตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>an integer from 0 to 12</source>
        <translation>จำนวนเต็มตั้งแต่ 0 ถึง 12</translation>
    </message>
    <message>
        <source>linear or coefficient</source>
        <translation>linear หรือ coefficient</translation>
    </message>
    <message>
        <source>an integer of 0 or more</source>
        <translation>จำนวนเต็มตั้งแต่ 0 ขึ้นไป</translation>
    </message>
    <message>
        <source>A, B or C</source>
        <translation>A, B หรือ C</translation>
    </message>
    <message>
        <source>none, min, median, mean or mean_lowest_3</source>
        <translation>none, min, median, mean หรือ mean_lowest_3</translation>
    </message>
    <message>
        <source>an integer of 1 or more</source>
        <translation>จำนวนเต็มตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>a comma list of decimals from 0 to 1</source>
        <translation>รายการทศนิยมตั้งแต่ 0 ถึง 1 คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <source>a comma list of country pairs like CN&gt;LA</source>
        <translation>รายการคู่ประเทศคั่นด้วยจุลภาค เช่น CN&gt;LA</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>ไม่รู้จักพารามิเตอร์ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation>&apos;%1&apos; ไม่อยู่ในรูปแบบ ชื่อ=ค่า</translation>
    </message>
    <message>
        <source>parameter %1 is given twice</source>
        <translation>พารามิเตอร์ %1 ถูกระบุซ้ำสองครั้ง</translation>
    </message>
</context>
<context>
    <name>td::report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>No font for the report language %1 is installed (looked for: %2). Install one of them, then print again.</source>
        <translation>ไม่ได้ติดตั้งแบบอักษรสำหรับภาษาของรายงาน %1 (ค้นหา: %2) โปรดติดตั้งแบบอักษรใดแบบหนึ่งแล้วพิมพ์อีกครั้ง</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>หน้ากระดาษเล็กเกินไปสำหรับรายงาน</translation>
    </message>
    <message>
        <source>Cannot paint on the printer or file.</source>
        <translation>ไม่สามารถพิมพ์ลงเครื่องพิมพ์หรือไฟล์ได้</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>ไม่สามารถเริ่มหน้า %1 ได้</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>ยกเลิกการพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Could not finish the pages.</source>
        <translation>ไม่สามารถทำหน้าให้เสร็จได้</translation>
    </message>
    <message>
        <source>The dossier has no evaluation run: evaluate first, then print the report.</source>
        <translation>แฟ้มข้อมูลยังไม่มีรอบการพิจารณาผล: โปรดพิจารณาผลก่อน แล้วจึงพิมพ์รายงาน</translation>
    </message>
    <message>
        <source>The tender data changed after the last evaluation run (%1): evaluate first, then print the report.</source>
        <translation>ข้อมูลการประกวดราคาเปลี่ยนแปลงหลังรอบการพิจารณาผลครั้งล่าสุด (%1): โปรดพิจารณาผลก่อน แล้วจึงพิมพ์รายงาน</translation>
    </message>
    <message>
        <source>The result of evaluation run %1 cannot be read.</source>
        <translation>ไม่สามารถอ่านผลของรอบการพิจารณาผล %1 ได้</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>ไม่มีโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>ไม่สามารถสร้างเวิร์กบุ๊กได้</translation>
    </message>
</context>
<context>
    <name>td::report::Phrasebook</name>
    <message>
        <source>Award report</source>
        <translation>รายงานผลการพิจารณา</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>การประกวดราคา</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Tender currency</source>
        <translation>สกุลเงินของการประกวดราคา</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ชุดหลักเกณฑ์</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <source>Evaluation run</source>
        <translation>รอบการพิจารณาผล</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>วันที่พิจารณาผล</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>ผู้พิจารณาผล</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>วันที่รายงาน</translation>
    </message>
    <message>
        <source>Dossier digest</source>
        <translation>ค่าตรวจสอบแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ค่าตรวจสอบ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>จำนวนรายการยา</translation>
    </message>
    <message>
        <source>Verify with: tenderdesk-cli verify DOSSIER --digest HEX</source>
        <translation>ตรวจสอบด้วย: tenderdesk-cli verify DOSSIER --digest HEX</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>รายการยา</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>ผู้ชนะการเสนอราคา</translation>
    </message>
    <message>
        <source>Award price</source>
        <translation>ราคาที่ได้รับคัดเลือก</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>สัดส่วนที่ตกลง</translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation>ปริมาณการจัดซื้อที่ตกลง</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ปริมาณ</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>มูลค่าสัญญา</translation>
    </message>
    <message>
        <source>Savings vs ceiling</source>
        <translation>เงินที่ประหยัดได้เทียบกับเพดานราคา</translation>
    </message>
    <message>
        <source>Savings vs reference median</source>
        <translation>เงินที่ประหยัดได้เทียบกับมัธยฐานราคาอ้างอิง</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>No winner</source>
        <translation>ไม่มีผู้ชนะ</translation>
    </message>
    <message>
        <source>Savings = volume × (effective ceiling or reference median) − contract value, each rounded to 2 decimals in the tender currency.</source>
        <translation>เงินที่ประหยัดได้ = ปริมาณ × (เพดานราคาที่ใช้บังคับ หรือ มัธยฐานราคาอ้างอิง) − มูลค่าสัญญา ปัดเป็นทศนิยม 2 ตำแหน่งในสกุลเงินของการประกวดราคา</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>การเสนอราคา</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>การเสนอราคา</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ผู้เสนอราคา</translation>
    </message>
    <message>
        <source>Comparable unit price</source>
        <translation>ราคาต่อหน่วยที่เทียบเคียงได้</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>MPR</translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation>เพดานราคาจำหน่าย</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <source>Qualified bids</source>
        <translation>จำนวนที่ผ่านคุณสมบัติ</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>รายชื่อผู้ผ่านการคัดเลือกเบื้องต้น</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>ราคาต่อหน่วยต่ำสุด</translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation>ราคาฐาน</translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation>เพดานราคาที่ใช้บังคับ</translation>
    </message>
    <message>
        <source>Ceiling price</source>
        <translation>ราคากลาง</translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation>เพดานราคาจากราคาอ้างอิง</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>เกณฑ์ส่วนต่างราคา</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>เกณฑ์ราคาต่ำ</translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation>ราคาคืนสิทธิ์</translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation>ปริมาณความต้องการที่แจ้ง</translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation>มัธยฐานราคาอ้างอิง</translation>
    </message>
    <message>
        <source>Bid ladder</source>
        <translation>แผนภูมิลำดับราคา</translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation>ชื่อสามัญทางยา (INN)</translation>
    </message>
    <message>
        <source>Representative specification</source>
        <translation>ข้อกำหนดอ้างอิง</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>การจัดสรร</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>พื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Local value</source>
        <translation>มูลค่าในสกุลเงินท้องถิ่น</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation>ผู้เสนอราคาที่ผู้ซื้อเลือก</translation>
    </message>
    <message>
        <source>Price linkage caps</source>
        <translation>เพดานราคาจากการเชื่อมโยงราคา</translation>
    </message>
    <message>
        <source>Caps apply in markets outside the bidder&apos;s supply regions (rules §9).</source>
        <translation>เพดานราคาใช้กับตลาดนอกพื้นที่จัดส่งของผู้เสนอราคา (หลักเกณฑ์ §9)</translation>
    </message>
    <message>
        <source>Unassigned volumes</source>
        <translation>ปริมาณที่ยังไม่ได้จัดสรร</translation>
    </message>
    <message>
        <source>No unassigned volume.</source>
        <translation>ไม่มีปริมาณที่ยังไม่ได้จัดสรร</translation>
    </message>
    <message>
        <source>Evaluation committee</source>
        <translation>คณะกรรมการพิจารณาผล</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>ประธานกรรมการ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>กรรมการ</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>เลขานุการ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ลายมือชื่อ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>ชนะ</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>ชนะโดยการคืนสิทธิ์</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>ไม่ได้รับการคัดเลือก</translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation>ไม่ผ่านการคัดเลือกเบื้องต้น</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>ไม่ผ่านคุณสมบัติ</translation>
    </message>
    <message>
        <source>no valid GMP</source>
        <translation>ไม่มี GMP ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>quality tier %1 below %2</source>
        <translation>ระดับคุณภาพ %1 ต่ำกว่า %2</translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation>ไม่ได้ขึ้นทะเบียนในประเทศที่มีความต้องการ</translation>
    </message>
    <message>
        <source>shelf life %1 &lt; %2 months</source>
        <translation>อายุการเก็บรักษา %1 &lt; %2 เดือน</translation>
    </message>
    <message>
        <source>above the effective ceiling %1</source>
        <translation>สูงกว่าเพดานราคาที่ใช้บังคับ %1</translation>
    </message>
    <message>
        <source>within spread (≤ %1)</source>
        <translation>อยู่ในส่วนต่างราคา (≤ %1)</translation>
    </message>
    <message>
        <source>at or below the floor price %1</source>
        <translation>ไม่เกินเกณฑ์ราคาต่ำ %1</translation>
    </message>
    <message>
        <source>at or below half the ceiling price %1</source>
        <translation>ไม่เกินครึ่งหนึ่งของราคากลาง %1</translation>
    </message>
    <message>
        <source>accepted the revival price %1</source>
        <translation>ยอมรับราคาคืนสิทธิ์ %1</translation>
    </message>
    <message>
        <source>top score %1</source>
        <translation>คะแนนสูงสุด %1</translation>
    </message>
    <message>
        <source>outside spread (&gt; %1)</source>
        <translation>เกินส่วนต่างราคา (&gt; %1)</translation>
    </message>
    <message>
        <source>beyond the shortlist of %1</source>
        <translation>อยู่นอกรายชื่อผู้ผ่านการคัดเลือกเบื้องต้น %1 ราย</translation>
    </message>
    <message>
        <source>below the %1 awardees</source>
        <translation>อยู่นอก %1 อันดับแรก</translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation>ไม่มีผู้ชนะที่มีสิทธิ์</translation>
    </message>
    <message>
        <source>Award notice</source>
        <translation>หนังสือแจ้งผลการตัดสินผู้ชนะ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>เรียน</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>เรื่อง</translation>
    </message>
    <message>
        <source>The evaluation committee of tender %1 (%2) evaluated the bids under rule set %3 on %4. The following bids of your company were selected:</source>
        <translation>คณะกรรมการพิจารณาผลของการประกวดราคา %1 (%2) ได้พิจารณาการเสนอราคาตามชุดหลักเกณฑ์ %3 เมื่อวันที่ %4 การเสนอราคาของบริษัทท่านต่อไปนี้ได้รับการคัดเลือก:</translation>
    </message>
    <message>
        <source>Volumes by region</source>
        <translation>ปริมาณตามพื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>ระยะเวลาสัญญา</translation>
    </message>
    <message>
        <source>%1 months from the date the contract is signed</source>
        <translation>%1 เดือน นับจากวันที่ลงนามในสัญญา</translation>
    </message>
    <message>
        <source>Please confirm in writing within the period stated in the tender documents.</source>
        <translation>โปรดยืนยันเป็นลายลักษณ์อักษรภายในระยะเวลาที่กำหนดในเอกสารประกวดราคา</translation>
    </message>
    <message>
        <source>For the evaluation committee</source>
        <translation>ในนามคณะกรรมการพิจารณาผล</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>(ต่อ)</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>ผู้ซื้อ %1 ราย</translation>
    </message>
    <message>
        <source>Allocations by winner and region; every buyer is listed in the XLSX export.</source>
        <translation>การจัดสรรตามผู้ชนะและพื้นที่จัดส่ง รายละเอียดของผู้ซื้อแต่ละรายอยู่ในไฟล์ XLSX</translation>
    </message>
    <message>
        <source>ten thousand</source>
        <translation>หมื่น</translation>
    </message>
</context>
<context>
    <name>td::rules::EvaluatorText</name>
    <message>
        <source>reference price for market %1 is in %2, which has no exchange rate</source>
        <translation>ราคาอ้างอิงของตลาด %1 เป็นสกุล %2 ซึ่งไม่มีอัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>buyer %1 pays in %2, which has no exchange rate</source>
        <translation>ผู้ซื้อ %1 ชำระเป็นสกุล %2 ซึ่งไม่มีอัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>bidder %1 is not in bidders.csv</source>
        <translation>ผู้เสนอราคา %1 ไม่มีใน bidders.csv</translation>
    </message>
    <message>
        <source>%1 has no exchange rate</source>
        <translation>%1 ไม่มีอัตราแลกเปลี่ยน</translation>
    </message>
    <message>
        <source>product %1 is not in products.csv</source>
        <translation>รายการยา %1 ไม่มีใน products.csv</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>ยกเลิกการพิจารณาผลแล้ว</translation>
    </message>
    <message>
        <source>a value is too large to compute exactly (%1)</source>
        <translation>ค่ามากเกินกว่าจะคำนวณได้อย่างแม่นยำ (%1)</translation>
    </message>
</context>
<context>
    <name>td::rules::ReasonText</name>
    <message>
        <source>winner</source>
        <translation>ชนะ</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>ชนะโดยการคืนสิทธิ์</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>ไม่ได้รับการคัดเลือก</translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation>ไม่ผ่านการคัดเลือกเบื้องต้น</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>ไม่ผ่านคุณสมบัติ</translation>
    </message>
    <message>
        <source>no valid GMP certificate</source>
        <translation>ไม่มีใบรับรอง GMP ที่ถูกต้อง</translation>
    </message>
    <message>
        <source>quality tier below the minimum</source>
        <translation>ระดับคุณภาพต่ำกว่าขั้นต่ำ</translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation>ไม่ได้ขึ้นทะเบียนในประเทศที่มีความต้องการ</translation>
    </message>
    <message>
        <source>shelf life too short</source>
        <translation>อายุการเก็บรักษาสั้นเกินไป</translation>
    </message>
    <message>
        <source>above the ceiling price</source>
        <translation>สูงกว่าราคากลาง</translation>
    </message>
    <message>
        <source>within the price spread</source>
        <translation>อยู่ในส่วนต่างราคา</translation>
    </message>
    <message>
        <source>at or below the floor price</source>
        <translation>ไม่เกินเกณฑ์ราคาต่ำ</translation>
    </message>
    <message>
        <source>at or below half of the ceiling</source>
        <translation>ไม่เกินครึ่งหนึ่งของราคากลาง</translation>
    </message>
    <message>
        <source>revived at the revival price</source>
        <translation>ชนะโดยการคืนสิทธิ์ที่ราคาคืนสิทธิ์</translation>
    </message>
    <message>
        <source>among the top scores</source>
        <translation>อยู่ในกลุ่มคะแนนสูงสุด</translation>
    </message>
    <message>
        <source>outside the price spread</source>
        <translation>เกินส่วนต่างราคา</translation>
    </message>
    <message>
        <source>beyond the shortlist</source>
        <translation>อยู่นอกรายชื่อผู้ผ่านการคัดเลือกเบื้องต้น</translation>
    </message>
    <message>
        <source>below the awarded places</source>
        <translation>อยู่นอกอันดับที่ได้รับคัดเลือก</translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation>ไม่มีผู้ชนะที่มีสิทธิ์</translation>
    </message>
    <message>
        <source>lower unit price</source>
        <translation>ราคาต่อหน่วยต่ำกว่า</translation>
    </message>
    <message>
        <source>higher quality tier</source>
        <translation>ระดับคุณภาพสูงกว่า</translation>
    </message>
    <message>
        <source>larger capacity</source>
        <translation>กำลังการผลิตมากกว่า</translation>
    </message>
    <message>
        <source>earlier submission</source>
        <translation>ยื่นข้อเสนอก่อน</translation>
    </message>
    <message>
        <source>bid id</source>
        <translation>รหัสการเสนอราคา</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>คะแนนรวม</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <source>tie with %1 on %2; decided by %3</source>
        <translation>เท่ากันกับ %1 ด้าน%2 ตัดสินโดย%3</translation>
    </message>
    <message>
        <source>anchor %1</source>
        <translation>ราคาฐาน %1</translation>
    </message>
    <message>
        <source>lowest %1</source>
        <translation>ต่ำสุด %1</translation>
    </message>
    <message>
        <source>rank %1 of %2; </source>
        <translation>ลำดับ %1 จาก %2; </translation>
    </message>
    <message>
        <source>disqualified: the bidder has no valid GMP certificate (rules §3)</source>
        <translation>ไม่ผ่านคุณสมบัติ: ผู้เสนอราคาไม่มีใบรับรอง GMP ที่ถูกต้อง (หลักเกณฑ์ §3)</translation>
    </message>
    <message>
        <source>disqualified: quality tier %1 is below the minimum tier %2 (rules §3)</source>
        <translation>ไม่ผ่านคุณสมบัติ: ระดับคุณภาพ %1 ต่ำกว่าระดับขั้นต่ำ %2 (หลักเกณฑ์ §3)</translation>
    </message>
    <message>
        <source>disqualified: the bidder is registered in none of the countries of the demand, directly or through a recognition (rules §3)</source>
        <translation>ไม่ผ่านคุณสมบัติ: ผู้เสนอราคาไม่ได้ขึ้นทะเบียนในประเทศใดที่มีความต้องการ ทั้งโดยตรงหรือผ่านการยอมรับร่วม (หลักเกณฑ์ §3)</translation>
    </message>
    <message>
        <source>disqualified: shelf life %1 months &lt; the minimum %2 months (rules §3)</source>
        <translation>ไม่ผ่านคุณสมบัติ: อายุการเก็บรักษา %1 เดือน &lt; ขั้นต่ำ %2 เดือน (หลักเกณฑ์ §3)</translation>
    </message>
    <message>
        <source>disqualified: unit price %1 &gt; ceiling %2 (rules §3, §4)</source>
        <translation>ไม่ผ่านคุณสมบัติ: ราคาต่อหน่วย %1 &gt; เพดานราคา %2 (หลักเกณฑ์ §3, §4)</translation>
    </message>
    <message>
        <source>%1 ≤ %2 × %3 = %4</source>
        <translation>%1 ≤ %2 × %3 = %4</translation>
    </message>
    <message>
        <source>%1 ≤ floor %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation>%1 ≤ เกณฑ์ราคาต่ำ %2 (%1 &gt; %3 × %4 = %5)</translation>
    </message>
    <message>
        <source>%1 ≤ half of the ceiling %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation>%1 ≤ ครึ่งหนึ่งของราคากลาง %2 (%1 &gt; %3 × %4 = %5)</translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4; accepted revival at %5</source>
        <translation>%1 &gt; %2 × %3 = %4; ยอมรับราคาคืนสิทธิ์ %5</translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4 and above the floor %5</source>
        <translation>%1 &gt; %2 × %3 = %4 และสูงกว่าเกณฑ์ราคาต่ำ %5</translation>
    </message>
    <message>
        <source>only the first %1 of %2 qualified bids are shortlisted</source>
        <translation>จากการเสนอราคาที่ผ่านคุณสมบัติ %2 รายการ มีเพียง %1 อันดับแรกที่ผ่านการคัดเลือกเบื้องต้น</translation>
    </message>
    <message>
        <source>score %1; the top %2 win</source>
        <translation>คะแนน %1; %2 อันดับแรกชนะ</translation>
    </message>
    <message>
        <source>score %1; only the top %2 win</source>
        <translation>คะแนน %1; มีเพียง %2 อันดับแรกที่ชนะ</translation>
    </message>
</context>
<context>
    <name>td::rules::UnitPriceText</name>
    <message>
        <source>&apos;%1&apos; is not convertible to the product&apos;s &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ไม่สามารถแปลงเป็น &apos;%2&apos; ของรายการยาได้</translation>
    </message>
    <message>
        <source>strength must be greater than 0</source>
        <translation>ความแรงต้องมากกว่า 0</translation>
    </message>
    <message>
        <source>pack size must be greater than 0</source>
        <translation>ขนาดบรรจุต้องมากกว่า 0</translation>
    </message>
</context>
<context>
    <name>td::service</name>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation>&apos;%1&apos; ไม่อยู่ในรูปแบบ ชื่อ=ค่า</translation>
    </message>
</context>
<context>
    <name>td::service::FieldValidationText</name>
    <message>
        <source>&apos;%1&apos; is not a number: write decimals with a point and no thousands separators, e.g. 1.20</source>
        <translation>&apos;%1&apos; ไม่ใช่ตัวเลข: เขียนทศนิยมด้วยจุด และไม่ใช้ตัวคั่นหลักพัน เช่น 1.20</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point, e.g. 1.20)</source>
        <translation>&apos;%1&apos; ไม่ใช่ตัวเลข (ตัวเลข อาจมีจุดทศนิยม เช่น 1.20)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point)</source>
        <translation>&apos;%1&apos; ไม่ใช่ตัวเลข (ตัวเลข อาจมีจุดทศนิยม)</translation>
    </message>
    <message>
        <source>A price must be greater than zero</source>
        <translation>ราคาต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <source>A volume cannot be negative</source>
        <translation>ปริมาณต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three capital letters, e.g. CNY)</source>
        <translation>&apos;%1&apos; ไม่ใช่รหัสสกุลเงิน (อักษรตัวพิมพ์ใหญ่สามตัว เช่น CNY)</translation>
    </message>
    <message>
        <source>Unknown currency %1: the tender has no exchange rate for it</source>
        <translation>ไม่รู้จักสกุลเงิน %1: การประกวดราคาไม่มีอัตราแลกเปลี่ยนของสกุลเงินนี้</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code (two capital letters, e.g. LA)</source>
        <translation>&apos;%1&apos; ไม่ใช่รหัสประเทศ (อักษรตัวพิมพ์ใหญ่สองตัว เช่น LA)</translation>
    </message>
    <message>
        <source>Write yes or no</source>
        <translation>เขียน yes หรือ no</translation>
    </message>
    <message>
        <source>Unknown rule set &apos;%1&apos;</source>
        <translation>ไม่รู้จักชุดหลักเกณฑ์ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>This field cannot be edited here</source>
        <translation>ช่องนี้แก้ไขที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than price_decimals (%2) allows</source>
        <translation>&apos;%1&apos; มีตำแหน่งทศนิยมมากกว่าที่ price_decimals (%2) อนุญาต</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>ชื่อต้องไม่ว่าง</translation>
    </message>
    <message>
        <source>The text is longer than 10,000 characters</source>
        <translation>ข้อความยาวเกิน 10,000 อักขระ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; separate countries with &apos;;&apos; (CN;LA)</source>
        <translation>&apos;%1&apos; ไม่ใช่รหัสประเทศ คั่นประเทศด้วย &apos;;&apos; (CN;LA)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation>&apos;%1&apos; ไม่ใช่รหัสคุณภาพ (who_pq, sra, pics, consistency หรือ gmp)</translation>
    </message>
</context>
<context>
    <name>td::storage::DossierText</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>ไม่สามารถเขียนร่องรอยการตรวจสอบได้: %1</translation>
    </message>
    <message>
        <source>The dossier %1 is open read-only.</source>
        <translation>แฟ้มข้อมูล %1 เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>The audit log of %1 is damaged; run verify.</source>
        <translation>ร่องรอยการตรวจสอบของ %1 เสียหาย โปรดเรียกใช้ verify</translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk since audit entry %2; run &apos;tenderdesk-cli verify&apos; and restore the dossier before editing it.</source>
        <translation>ตาราง %1 ถูกเปลี่ยนแปลงภายนอก TenderDesk ตั้งแต่รายการตรวจสอบ %2 โปรดเรียกใช้ &apos;tenderdesk-cli verify&apos; และกู้คืนแฟ้มข้อมูลก่อนแก้ไข</translation>
    </message>
    <message>
        <source>The dossier %1 does not exist. Check the path, or import a bid workbook to create it.</source>
        <translation>ไม่มีแฟ้มข้อมูล %1 ตรวจสอบเส้นทาง หรือนำเข้าเวิร์กบุ๊กการเสนอราคาเพื่อสร้างแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may read it.</source>
        <translation>ไม่สามารถอ่านไฟล์ %1 ได้ ตรวจสอบว่าไฟล์มีอยู่และคุณมีสิทธิ์อ่าน</translation>
    </message>
    <message>
        <source>%1 is not a TenderDesk dossier (it is not a database). Open a .tender file, or import the workbook into a new dossier.</source>
        <translation>%1 ไม่ใช่แฟ้มข้อมูล TenderDesk (ไม่ใช่ฐานข้อมูล) โปรดเปิดไฟล์ .tender หรือนำเข้าเวิร์กบุ๊กเป็นแฟ้มข้อมูลใหม่</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier. Open a .tender file, or import the workbook into a new dossier.</source>
        <translation>%1 เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่แฟ้มข้อมูล TenderDesk โปรดเปิดไฟล์ .tender หรือนำเข้าเวิร์กบุ๊กเป็นแฟ้มข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (the file is shorter than its header says). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>แฟ้มข้อมูล %1 เสียหาย (ไฟล์สั้นกว่าที่ส่วนหัวระบุ) โปรดกู้คืนจากไฟล์สำรอง หรือนำเข้าเวิร์กบุ๊กการเสนอราคาเป็นแฟ้มข้อมูลใหม่</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a TenderDesk dossier. Import a bid workbook into it to create one.</source>
        <translation>%1 เป็นไฟล์ว่าง ไม่ใช่แฟ้มข้อมูล TenderDesk นำเข้าเวิร์กบุ๊กการเสนอราคาลงในไฟล์นี้เพื่อสร้างแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>The dossier %1 was written by a newer TenderDesk (schema version %2; this version reads up to %3). Update TenderDesk to open it.</source>
        <translation>แฟ้มข้อมูล %1 เขียนโดย TenderDesk รุ่นที่ใหม่กว่า (โครงสร้างรุ่น %2 รุ่นนี้อ่านได้ถึง %3) โปรดอัปเดต TenderDesk เพื่อเปิดแฟ้มข้อมูลนี้</translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere (%2, process %3 on %4). Close it there, or open it read-only.</source>
        <translation>แฟ้มข้อมูล %1 กำลังเปิดแก้ไขอยู่ที่อื่น (%2 โปรเซส %3 บน %4) โปรดปิดที่นั่น หรือเปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>โปรแกรมอื่น</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable, or open the dossier read-only.</source>
        <translation>ไม่สามารถสร้างไฟล์ล็อก %1.lock ได้: ตรวจสอบว่าโฟลเดอร์เขียนได้ หรือเปิดแฟ้มข้อมูลแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>ไม่มีไดรเวอร์ Qt SQLite โปรดติดตั้งแพ็กเกจ libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>ไม่สามารถเปิด %1 ได้: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: unexpected SQL driver.</source>
        <translation>ไม่สามารถเปิด %1 ได้: ไดรเวอร์ SQL ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (%2). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>แฟ้มข้อมูล %1 เสียหาย (%2) โปรดกู้คืนจากไฟล์สำรอง หรือนำเข้าเวิร์กบุ๊กการเสนอราคาเป็นแฟ้มข้อมูลใหม่</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier.</source>
        <translation>%1 เป็นฐานข้อมูลของโปรแกรมอื่น ไม่ใช่แฟ้มข้อมูล TenderDesk</translation>
    </message>
    <message>
        <source>The dossier %1 has the older schema version %2. Open it for editing once so TenderDesk can upgrade it.</source>
        <translation>แฟ้มข้อมูล %1 มีโครงสร้างรุ่นเก่า %2 โปรดเปิดแบบแก้ไขได้หนึ่งครั้งเพื่อให้ TenderDesk ปรับรุ่น</translation>
    </message>
    <message>
        <source>Cannot prepare the dossier %1: %2</source>
        <translation>ไม่สามารถเตรียมแฟ้มข้อมูล %1 ได้: %2</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (tables are missing). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>แฟ้มข้อมูล %1 เสียหาย (ไม่มีตาราง) โปรดกู้คืนจากไฟล์สำรอง หรือนำเข้าเวิร์กบุ๊กการเสนอราคาเป็นแฟ้มข้อมูลใหม่</translation>
    </message>
    <message>
        <source>Cannot store the evaluation run: %1</source>
        <translation>ไม่สามารถบันทึกรอบการพิจารณาผลได้: %1</translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot be edited (identifiers and references change only by importing the workbook again).</source>
        <translation>คอลัมน์ %1 ของ %2 แก้ไขไม่ได้ (รหัสและการอ้างอิงเปลี่ยนได้โดยการนำเข้าเวิร์กบุ๊กใหม่เท่านั้น)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 (column %3).</source>
        <translation>&apos;%1&apos; ไม่ใช่%2 (คอลัมน์ %3)</translation>
    </message>
    <message>
        <source>a decimal</source>
        <translation>ตัวเลขทศนิยม</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes หรือ no</translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp</source>
        <translation>เวลาแบบ ISO 8601</translation>
    </message>
    <message>
        <source>a rule set</source>
        <translation>ชุดหลักเกณฑ์</translation>
    </message>
    <message>
        <source>a quality code</source>
        <translation>รหัสคุณภาพ</translation>
    </message>
    <message>
        <source>The key of a %1 row has %2 parts.</source>
        <translation>คีย์ของแถว %1 มี %2 ส่วน</translation>
    </message>
    <message>
        <source>There is no %1 row with the key %2.</source>
        <translation>ไม่มีแถว %1 ที่มีคีย์ %2</translation>
    </message>
    <message>
        <source>The key %2 matches several %1 rows.</source>
        <translation>คีย์ %2 ตรงกับแถว %1 หลายแถว</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>ไม่สามารถเปลี่ยน %1 ได้: %2</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>การตรวจสอบความถูกต้องของข้อมูล SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>การตรวจสอบความถูกต้องของข้อมูล SQLite ล้มเหลว: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of table %3.</source>
        <translation>แถว %1 ของตาราง %2 ชี้ไปยังแถวที่ไม่มีอยู่ในตาราง %3</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: the audit log was changed outside TenderDesk.</source>
        <translation>ไม่มีรายการตรวจสอบ %1 ถึง %2: ร่องรอยการตรวจสอบถูกเปลี่ยนแปลงภายนอก TenderDesk</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3) does not match its hash: the audit log was changed outside TenderDesk.</source>
        <translation>รายการตรวจสอบ %1 (%2, %3) ไม่ตรงกับค่าแฮช: ร่องรอยการตรวจสอบถูกเปลี่ยนแปลงภายนอก TenderDesk</translation>
    </message>
    <message>
        <source>Audit entry %1 has unreadable table digests.</source>
        <translation>รายการตรวจสอบ %1 มีค่าตรวจสอบตารางที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>The audit log is empty: it was changed outside TenderDesk.</source>
        <translation>ร่องรอยการตรวจสอบว่างเปล่า: ถูกเปลี่ยนแปลงภายนอก TenderDesk</translation>
    </message>
    <message>
        <source>Table %1 cannot be read: %2</source>
        <translation>ไม่สามารถอ่านตาราง %1 ได้: %2</translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk after audit entry %2 (%3).</source>
        <translation>ตาราง %1 ถูกเปลี่ยนแปลงภายนอก TenderDesk หลังรายการตรวจสอบ %2 (%3)</translation>
    </message>
    <message>
        <source>Run %1: its stored result no longer matches its digest %2.</source>
        <translation>รอบ %1: ผลที่บันทึกไว้ไม่ตรงกับค่าตรวจสอบ %2 อีกต่อไป</translation>
    </message>
</context>
<context>
    <name>td::storage::TableText</name>
    <message>
        <source>Cannot write table %1: row %2 refers to &apos;%3&apos;, which does not exist.</source>
        <translation>ไม่สามารถเขียนตาราง %1 ได้: แถว %2 อ้างถึง &apos;%3&apos; ซึ่งไม่มีอยู่</translation>
    </message>
    <message>
        <source>Cannot write table %1: %2</source>
        <translation>ไม่สามารถเขียนตาราง %1 ได้: %2</translation>
    </message>
    <message>
        <source>Stored table %1, row %2: %3</source>
        <translation>ตารางที่บันทึกไว้ %1 แถว %2: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal</source>
        <translation>&apos;%1&apos; ไม่ใช่ตัวเลขทศนิยม</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; ไม่ใช่วันที่</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>ไม่สามารถอ่านตาราง %1 ได้: %2</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet; import a bid workbook first.</source>
        <translation>แฟ้มข้อมูลยังไม่มีข้อมูลการประกวดราคา โปรดนำเข้าเวิร์กบุ๊กการเสนอราคาก่อน</translation>
    </message>
    <message>
        <source>unknown rule set &apos;%1&apos;</source>
        <translation>ไม่รู้จักชุดหลักเกณฑ์ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation>ไม่รู้จักรหัสคุณภาพ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>td::ui::AboutDialog</name>
    <message>
        <source>About TenderDesk</source>
        <translation>เกี่ยวกับ TenderDesk</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>รุ่น %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Tender-evaluation workstation for cross-border drug procurement.</source>
        <translation>ระบบพิจารณาผลการประกวดราคาสำหรับการจัดซื้อจัดจ้างยาข้ามพรมแดน</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the %1, version 3 or (at your option) any later version.</source>
        <translation>โปรแกรมนี้เป็นซอฟต์แวร์เสรี: คุณสามารถแจกจ่ายต่อและ/หรือแก้ไขได้ภายใต้เงื่อนไขของ %1 รุ่นที่ 3 หรือ (ตามที่คุณเลือก) รุ่นใดก็ได้ที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU General Public License</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>สัญญาอนุญาต: %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt (&amp;Q)</translation>
    </message>
    <message>
        <source>LGPL-3.0 or GPL</source>
        <translation>LGPL-3.0 หรือ GPL</translation>
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
        <translation>สาธารณสมบัติ</translation>
    </message>
    <message>
        <source>zlib license</source>
        <translation>สัญญาอนุญาต zlib</translation>
    </message>
    <message>
        <source>BSD 2-clause license (BSD-2-Clause)</source>
        <translation>สัญญาอนุญาต BSD 2 ข้อ (BSD-2-Clause)</translation>
    </message>
    <message>
        <source>Chinese; SIL Open Font License 1.1 (OFL-1.1)</source>
        <translation>ภาษาจีน; SIL Open Font License 1.1 (OFL-1.1)</translation>
    </message>
    <message>
        <source>Lao; GNU LGPL 2.1 or later</source>
        <translation>ภาษาลาว; GNU LGPL 2.1 หรือรุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Thai; GNU GPL 2 or later with the font exception</source>
        <translation>ภาษาไทย; GNU GPL 2 หรือรุ่นที่ใหม่กว่า พร้อมข้อยกเว้นสำหรับแบบอักษร</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>ไลบรารี</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>แบบอักษร</translation>
    </message>
    <message>
        <source>Fonts are used from the system; the Debian package depends on them.</source>
        <translation>ใช้แบบอักษรจากระบบ แพ็กเกจ Debian ต้องใช้แบบอักษรเหล่านี้</translation>
    </message>
    <message>
        <source>BSD 3-clause license (BSD-3-Clause)</source>
        <translation>สัญญาอนุญาต BSD 3 ข้อ (BSD-3-Clause)</translation>
    </message>
    <message>
        <source>Apache License 2.0 (Apache-2.0)</source>
        <translation>สัญญาอนุญาต Apache 2.0 (Apache-2.0)</translation>
    </message>
</context>
<context>
    <name>td::ui::AllocationModel</name>
    <message>
        <source>Preferred bidder</source>
        <translation>ผู้เสนอราคาที่ผู้ซื้อเลือก</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>พื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>การเสนอราคา</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ผู้เสนอราคา</translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation>ปริมาณการจัดซื้อที่ตกลง</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>มูลค่าสัญญา</translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation>สกุลเงินท้องถิ่น</translation>
    </message>
    <message>
        <source>Contract value (local)</source>
        <translation>มูลค่าสัญญา (สกุลเงินท้องถิ่น)</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>จัดสรรโดย</translation>
    </message>
</context>
<context>
    <name>td::ui::BidLadderChart</name>
    <message>
        <source>Bid ladder: select an evaluated product</source>
        <translation>แผนภูมิลำดับราคา: เลือกรายการยาที่พิจารณาผลแล้ว</translation>
    </message>
    <message>
        <source>Bid ladder chart</source>
        <translation>แผนภูมิลำดับราคา</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>ต่ำสุด</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>เกณฑ์ส่วนต่างราคา</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>ราคาฐาน</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>เพดานราคา</translation>
    </message>
    <message>
        <source>Bid ladder of %1: comparable unit prices in rank order</source>
        <translation>แผนภูมิลำดับราคาของ %1: ราคาต่อหน่วยที่เทียบเคียงได้ตามลำดับ</translation>
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
        <translation>ยอมรับราคาคืนสิทธิ์</translation>
    </message>
    <message>
        <source>Does not accept the revival price</source>
        <translation>ไม่ยอมรับราคาคืนสิทธิ์</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>การเสนอราคา</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ผู้เสนอราคา</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Offered specification: strength × pack size</source>
        <translation>ข้อกำหนดที่เสนอ: ความแรง × ขนาดบรรจุ</translation>
    </message>
    <message>
        <source>Offered spec</source>
        <translation>ข้อกำหนดที่เสนอ</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>ราคาต่อหน่วยบรรจุ</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Comparable unit price in the tender currency</source>
        <translation>ราคาต่อหน่วยที่เทียบเคียงได้ในสกุลเงินของการประกวดราคา</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Award price</source>
        <translation>ราคาที่ได้รับคัดเลือก</translation>
    </message>
    <message>
        <source>Median price ratio (MPR)</source>
        <translation>อัตราส่วนต่อราคามัธยฐาน (MPR)</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>MPR</translation>
    </message>
    <message>
        <source>Linked price cap outside the supply regions</source>
        <translation>เพดานราคาจำหน่ายที่เชื่อมโยง นอกพื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation>เพดานราคาจำหน่าย</translation>
    </message>
    <message>
        <source>Revival</source>
        <translation>การคืนสิทธิ์</translation>
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
        <translation>การประเมินความสอดคล้องของยาสามัญ</translation>
    </message>
    <message>
        <source>GMP</source>
        <translation>GMP</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (ระดับ %2)</translation>
    </message>
    <message>
        <source>Bidder ID</source>
        <translation>รหัสผู้เสนอราคา</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Quality tier</source>
        <translation>ระดับคุณภาพ</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>ขึ้นทะเบียนใน</translation>
    </message>
</context>
<context>
    <name>td::ui::DemandModel</name>
    <message>
        <source>Buyer</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>พื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation>ปริมาณความต้องการที่แจ้ง</translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation>ผู้เสนอราคาที่ผู้ซื้อเลือก</translation>
    </message>
</context>
<context>
    <name>td::ui::DossierSession</name>
    <message>
        <source>The tender data in %1 cannot be read: %2</source>
        <translation>ไม่สามารถอ่านข้อมูลการประกวดราคาใน %1 ได้: %2</translation>
    </message>
    <message>
        <source>The dossier is open read-only</source>
        <translation>แฟ้มข้อมูลเปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Wait until the running evaluation has finished</source>
        <translation>โปรดรอให้การพิจารณาผลที่กำลังดำเนินอยู่เสร็จสิ้น</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>รายการยา %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>การเสนอราคา %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>ไม่สามารถเขียน %1 ได้</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet</source>
        <translation>แฟ้มข้อมูลยังไม่มีข้อมูลการประกวดราคา</translation>
    </message>
</context>
<context>
    <name>td::ui::EditFieldCommand</name>
    <message>
        <source>Change pack price of bid %1 to %2</source>
        <translation>เปลี่ยนราคาต่อหน่วยบรรจุของการเสนอราคา %1 เป็น %2</translation>
    </message>
    <message>
        <source>Bid %1 accepts the revival price</source>
        <translation>การเสนอราคา %1 ยอมรับราคาคืนสิทธิ์</translation>
    </message>
    <message>
        <source>Bid %1 refuses the revival price</source>
        <translation>การเสนอราคา %1 ไม่ยอมรับราคาคืนสิทธิ์</translation>
    </message>
    <message>
        <source>Change parameters to %1</source>
        <translation>เปลี่ยนพารามิเตอร์เป็น %1</translation>
    </message>
    <message>
        <source>Change %1 of bidder %2</source>
        <translation>เปลี่ยน %1 ของผู้เสนอราคา %2</translation>
    </message>
    <message>
        <source>Change %1 of %2 to %3</source>
        <translation>เปลี่ยน %1 ของ %2 เป็น %3</translation>
    </message>
</context>
<context>
    <name>td::ui::ExplanationWidget</name>
    <message>
        <source>Explanation</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Explanation of the selected bid</source>
        <translation>คำอธิบายของการเสนอราคาที่เลือก</translation>
    </message>
    <message>
        <source>Select a bid of an evaluated product to see why it has its status.</source>
        <translation>เลือกการเสนอราคาของรายการยาที่พิจารณาผลแล้ว เพื่อดูเหตุผลของสถานะ</translation>
    </message>
    <message>
        <source>bid %1, bidder %2</source>
        <translation>การเสนอราคา %1 ผู้เสนอราคา %2</translation>
    </message>
    <message>
        <source>Tie:</source>
        <translation>เท่ากัน:</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>ราคาต่อหน่วยต่ำสุด</translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation>ราคาฐาน</translation>
    </message>
    <message>
        <source>Spread base</source>
        <translation>ฐานส่วนต่างราคา</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>เกณฑ์ส่วนต่างราคา</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>เกณฑ์ราคาต่ำ</translation>
    </message>
    <message>
        <source>Half of the ceiling</source>
        <translation>ครึ่งหนึ่งของราคากลาง</translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation>เพดานราคาที่ใช้บังคับ</translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation>เพดานราคาจากราคาอ้างอิง</translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation>มัธยฐานราคาอ้างอิง</translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation>ราคาคืนสิทธิ์</translation>
    </message>
    <message>
        <source>Price score</source>
        <translation>คะแนนด้านราคา</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>คะแนนด้านคุณภาพ</translation>
    </message>
    <message>
        <source>Lead-time score</source>
        <translation>คะแนนระยะเวลาส่งมอบ</translation>
    </message>
    <message>
        <source>Shelf-life score</source>
        <translation>คะแนนอายุการเก็บรักษา</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>คะแนนถ่วงน้ำหนัก</translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation>จำนวนการเสนอราคาที่ผ่านคุณสมบัติ (N)</translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation>จำนวนผู้ผ่านการคัดเลือกเบื้องต้น (K)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <source>Quality tier (minimum)</source>
        <translation>ระดับคุณภาพ (ขั้นต่ำ)</translation>
    </message>
    <message>
        <source>Shelf life, months (minimum)</source>
        <translation>อายุการเก็บรักษา, เดือน (ขั้นต่ำ)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thresholds that applied</source>
        <translation>เกณฑ์ที่ใช้</translation>
    </message>
</context>
<context>
    <name>td::ui::ImportDialog</name>
    <message>
        <source>Writing the dossier…</source>
        <translation>กำลังเขียนแฟ้มข้อมูล…</translation>
    </message>
    <message>
        <source>New Dossier from Workbook</source>
        <translation>แฟ้มข้อมูลใหม่จากเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>เวิร์กบุ๊ก (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>แฟ้มข้อมูล (&amp;D):</translation>
    </message>
    <message>
        <source>CSV &amp;Folder…</source>
        <translation>โฟลเดอร์ CSV (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Excel File…</source>
        <translation>ไฟล์ Excel (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>บันทึกเป็น (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า (&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>&amp;Copy Errors</source>
        <translation>คัดลอกข้อผิดพลาด (&amp;C)</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>เวิร์กบุ๊กที่จะนำเข้า</translation>
    </message>
    <message>
        <source>Dossier file to create</source>
        <translation>ไฟล์แฟ้มข้อมูลที่จะสร้าง</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>ความคืบหน้าการนำเข้า</translation>
    </message>
    <message>
        <source>Import errors</source>
        <translation>ข้อผิดพลาดการนำเข้า</translation>
    </message>
    <message>
        <source>A folder of CSV files or one .xlsx workbook</source>
        <translation>โฟลเดอร์ของไฟล์ CSV หรือเวิร์กบุ๊ก .xlsx หนึ่งไฟล์</translation>
    </message>
    <message>
        <source>Choose the CSV Folder</source>
        <translation>เลือกโฟลเดอร์ CSV</translation>
    </message>
    <message>
        <source>Choose the Workbook</source>
        <translation>เลือกเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Dossier As</source>
        <translation>บันทึกแฟ้มข้อมูลเป็น</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation>แฟ้มข้อมูลการประกวดราคา (*.%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>นำเข้าแล้ว</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>ยกเลิกการนำเข้าแล้ว ไม่ได้เขียนสิ่งใด</translation>
    </message>
    <message>
        <source>The dossier could not be written: %1</source>
        <translation>ไม่สามารถเขียนแฟ้มข้อมูลได้: %1</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n error(s). Nothing was imported; correct the workbook and import again.</source>
        <translation>
            <numerusform>เวิร์กบุ๊กมีข้อผิดพลาด %n รายการ ไม่ได้นำเข้าสิ่งใด โปรดแก้ไขเวิร์กบุ๊กแล้วนำเข้าอีกครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n error(s) to the clipboard.</source>
        <translation>
            <numerusform>คัดลอกข้อผิดพลาด %n รายการไปยังคลิปบอร์ดแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Writing the dossier and evaluating…</source>
        <translation>กำลังเขียนแฟ้มข้อมูลและพิจารณาผล…</translation>
    </message>
    <message>
        <source>E&amp;valuate right after the import</source>
        <translation>พิจารณาผลทันทีหลังนำเข้า (&amp;V)</translation>
    </message>
    <message>
        <source>The rules run while the dossier is written, so the dossier opens with the evaluation result.</source>
        <translation>กฎจะทำงานขณะเขียนแฟ้มข้อมูล แฟ้มข้อมูลจึงเปิดพร้อมผลการพิจารณา</translation>
    </message>
    <message>
        <source>Imported and evaluated.</source>
        <translation>นำเข้าและพิจารณาผลแล้ว</translation>
    </message>
</context>
<context>
    <name>td::ui::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>No dossier is open</source>
        <translation>ไม่มีแฟ้มข้อมูลที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Cancelling the evaluation…</source>
        <translation>กำลังยกเลิกการพิจารณาผล…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>เปิดล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>พิจารณาผล (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New from Workbook…</source>
        <translation>สร้างใหม่จากเวิร์กบุ๊ก (&amp;N)…</translation>
    </message>
    <message>
        <source>Create a dossier from a bid workbook (CSV folder or .xlsx)</source>
        <translation>สร้างแฟ้มข้อมูลจากเวิร์กบุ๊กการเสนอราคา (โฟลเดอร์ CSV หรือ .xlsx)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>เปิด (&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>บันทึกสำเนาเป็น (&amp;C)…</translation>
    </message>
    <message>
        <source>Tender Data as &amp;CSV…</source>
        <translation>ข้อมูลการประกวดราคาเป็น CSV (&amp;C)…</translation>
    </message>
    <message>
        <source>Evaluation Result as &amp;JSON…</source>
        <translation>ผลการพิจารณาเป็น JSON (&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>ล้างรายการ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Product</source>
        <translation>ค้นหารายการยา (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>พิจารณาผล (&amp;E)</translation>
    </message>
    <message>
        <source>Evaluate the tender with the parameters shown and store the run</source>
        <translation>พิจารณาผลการประกวดราคาด้วยพารามิเตอร์ที่แสดง และบันทึกรอบการพิจารณาผล</translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation>ยกเลิกการพิจารณาผล (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompare Runs…</source>
        <translation>เปรียบเทียบรอบการพิจารณาผล (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;About TenderDesk</source>
        <translation>เกี่ยวกับ TenderDesk (&amp;A)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <source>Evaluation Runs</source>
        <translation>รอบการพิจารณาผล</translation>
    </message>
    <message>
        <source>&amp;Parameters Panel</source>
        <translation>แผงพารามิเตอร์ (&amp;P)</translation>
    </message>
    <message>
        <source>Evaluation &amp;Runs</source>
        <translation>รอบการพิจารณาผล (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search products:</source>
        <translation>ค้นหารายการยา (&amp;S):</translation>
    </message>
    <message>
        <source>INN, name, form or product ID</source>
        <translation>ชื่อสามัญ ชื่อ รูปแบบยา หรือรหัสรายการยา</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>ค้นหารายการยา</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>รายการยา</translation>
    </message>
    <message>
        <source>F&amp;ilter bids:</source>
        <translation>กรองการเสนอราคา (&amp;I):</translation>
    </message>
    <message>
        <source>Bidder, country, bid…</source>
        <translation>ผู้เสนอราคา ประเทศ การเสนอราคา…</translation>
    </message>
    <message>
        <source>Filter bids</source>
        <translation>กรองการเสนอราคา</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>สถานะ (&amp;T):</translation>
    </message>
    <message>
        <source>Show bids with status</source>
        <translation>แสดงการเสนอราคาที่มีสถานะนี้</translation>
    </message>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>Bids of the selected product</source>
        <translation>การเสนอราคาของรายการยาที่เลือก</translation>
    </message>
    <message>
        <source>&amp;Bids</source>
        <translation>การเสนอราคา (&amp;B)</translation>
    </message>
    <message>
        <source>Vol&amp;umes</source>
        <translation>ปริมาณ (&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>แผนภูมิ (&amp;H)</translation>
    </message>
    <message>
        <source>Bi&amp;dders</source>
        <translation>ผู้เสนอราคา (&amp;D)</translation>
    </message>
    <message>
        <source>Reference &amp;Prices</source>
        <translation>ราคาอ้างอิง (&amp;P)</translation>
    </message>
    <message>
        <source>Details of the selected product</source>
        <translation>รายละเอียดของรายการยาที่เลือก</translation>
    </message>
    <message>
        <source>Agreed volume by buyer and region</source>
        <translation>ปริมาณการจัดซื้อที่ตกลง ตามผู้ซื้อและพื้นที่</translation>
    </message>
    <message>
        <source>Winner totals</source>
        <translation>ยอดรวมของผู้ชนะ</translation>
    </message>
    <message>
        <source>Region picks in order</source>
        <translation>ลำดับการเลือกพื้นที่</translation>
    </message>
    <message>
        <source>Unassigned regions</source>
        <translation>พื้นที่ที่ยังไม่ได้จัดสรร</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>ผู้เสนอราคา</translation>
    </message>
    <message>
        <source>Reference prices</source>
        <translation>ราคาอ้างอิง</translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation>ชุดหลักเกณฑ์ (&amp;U):</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ชุดหลักเกณฑ์</translation>
    </message>
    <message>
        <source>Evaluate (F5)</source>
        <translation>พิจารณาผล (F5)</translation>
    </message>
    <message>
        <source>Evaluation runs</source>
        <translation>รอบการพิจารณาผล</translation>
    </message>
    <message>
        <source>&amp;Show Run</source>
        <translation>แสดงรอบ (&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;Two Runs…</source>
        <translation>เปรียบเทียบสองรอบ (&amp;T)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation>ความคืบหน้าการพิจารณาผล</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>เลิกทำ (&amp;U): %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>ทำซ้ำ (&amp;R): %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>อ่านอย่างเดียว</translation>
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
        <translation>%1 [อ่านอย่างเดียว]</translation>
    </message>
    <message>
        <source>%1 — TenderDesk</source>
        <translation>%1 — TenderDesk</translation>
    </message>
    <message>
        <source>This tender has not been evaluated yet. Check the parameters and press F5 to evaluate.</source>
        <translation>การประกวดราคานี้ยังไม่ได้พิจารณาผล ตรวจสอบพารามิเตอร์แล้วกด F5 เพื่อพิจารณาผล</translation>
    </message>
    <message>
        <source>The data or parameters changed after the results shown were computed. Press F5 to evaluate again.</source>
        <translation>ข้อมูลหรือพารามิเตอร์เปลี่ยนแปลงหลังจากคำนวณผลที่แสดง กด F5 เพื่อพิจารณาผลอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>กำลังเปิด %1…</translation>
    </message>
    <message>
        <source>Dossier Not Found</source>
        <translation>ไม่พบแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>Check the path, or create a dossier with File → New from Workbook.</source>
        <translation>ตรวจสอบเส้นทาง หรือสร้างแฟ้มข้อมูลด้วย ไฟล์ → สร้างใหม่จากเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Not a Tender Dossier</source>
        <translation>ไม่ใช่แฟ้มข้อมูลการประกวดราคา</translation>
    </message>
    <message>
        <source>Choose a .tender file. To read a bid workbook, use File → New from Workbook.</source>
        <translation>เลือกไฟล์ .tender หากต้องการอ่านเวิร์กบุ๊กการเสนอราคา ให้ใช้ ไฟล์ → สร้างใหม่จากเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>Damaged Dossier</source>
        <translation>แฟ้มข้อมูลเสียหาย</translation>
    </message>
    <message>
        <source>The file was left unchanged. Open a backup copy or re-import the workbook.</source>
        <translation>ไฟล์ไม่ได้ถูกเปลี่ยนแปลง เปิดสำเนาสำรองหรือนำเข้าเวิร์กบุ๊กใหม่</translation>
    </message>
    <message>
        <source>Dossier From a Newer TenderDesk</source>
        <translation>แฟ้มข้อมูลจาก TenderDesk รุ่นที่ใหม่กว่า</translation>
    </message>
    <message>
        <source>Open it with the newer TenderDesk version that wrote it, or install the update.</source>
        <translation>เปิดด้วย TenderDesk รุ่นที่ใหม่กว่าที่เขียนแฟ้มนี้ หรือติดตั้งการอัปเดต</translation>
    </message>
    <message>
        <source>Dossier In Use</source>
        <translation>แฟ้มข้อมูลกำลังใช้งานอยู่</translation>
    </message>
    <message>
        <source>%1 is open in another TenderDesk window or on another computer.</source>
        <translation>%1 เปิดอยู่ในหน้าต่าง TenderDesk อื่นหรือบนคอมพิวเตอร์เครื่องอื่น</translation>
    </message>
    <message>
        <source>Only one window can change a dossier. You can open it read-only to look at it, or cancel and close the other window first.</source>
        <translation>มีเพียงหน้าต่างเดียวที่เปลี่ยนแปลงแฟ้มข้อมูลได้ คุณสามารถเปิดแบบอ่านอย่างเดียวเพื่อดู หรือยกเลิกแล้วปิดหน้าต่างอื่นก่อน</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>เปิดแบบอ่านอย่างเดียว (&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Open Dossier</source>
        <translation>ไม่สามารถเปิดแฟ้มข้อมูลได้</translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read and written.</source>
        <translation>ตรวจสอบว่าไฟล์และโฟลเดอร์ของไฟล์อ่านและเขียนได้</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>ไม่สามารถเปิด %1 ได้</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet: import a workbook.</source>
        <translation>แฟ้มข้อมูลยังไม่มีข้อมูลการประกวดราคา: โปรดนำเข้าเวิร์กบุ๊ก</translation>
    </message>
    <message>
        <source>The change could not be written to the dossier.</source>
        <translation>ไม่สามารถเขียนการเปลี่ยนแปลงลงแฟ้มข้อมูลได้</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>ไม่ได้บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>บันทึกแล้ว: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ไม่ได้บันทึก: %1</translation>
    </message>
    <message>
        <source>Invalid Parameters</source>
        <translation>พารามิเตอร์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Correct the parameters shown in red before evaluating.</source>
        <translation>แก้ไขพารามิเตอร์ที่แสดงเป็นสีแดงก่อนพิจารณาผล</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>กำลังพิจารณาผล…</translation>
    </message>
    <message>
        <source>Evaluated: run %1 stored.</source>
        <translation>พิจารณาผลแล้ว: บันทึกรอบ %1 แล้ว</translation>
    </message>
    <message>
        <source>Evaluation cancelled. Nothing was stored.</source>
        <translation>ยกเลิกการพิจารณาผลแล้ว ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Evaluation Failed</source>
        <translation>การพิจารณาผลล้มเหลว</translation>
    </message>
    <message>
        <source>The tender could not be evaluated. Nothing was stored.</source>
        <translation>ไม่สามารถพิจารณาผลการประกวดราคาได้ ไม่ได้บันทึกสิ่งใด</translation>
    </message>
    <message>
        <source>Run Not Readable</source>
        <translation>อ่านรอบไม่ได้</translation>
    </message>
    <message>
        <source>Run %1 cannot be read back from the dossier.</source>
        <translation>ไม่สามารถอ่านรอบ %1 กลับจากแฟ้มข้อมูลได้</translation>
    </message>
    <message>
        <source>Showing run %1 of %2.</source>
        <translation>กำลังแสดงรอบ %1 จาก %2</translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation>เปิดแฟ้มข้อมูล</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1);;All files (*)</source>
        <translation>แฟ้มข้อมูลการประกวดราคา (*.%1);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>บันทึกสำเนาเป็น</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation>แฟ้มข้อมูลการประกวดราคา (*.%1)</translation>
    </message>
    <message>
        <source>Choose another file: the dossier itself is always up to date.</source>
        <translation>เลือกไฟล์อื่น: แฟ้มข้อมูลเองเป็นปัจจุบันเสมอ</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>ไม่ได้บันทึกสำเนา</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>บันทึกสำเนาไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Export Tender Data as CSV</source>
        <translation>ส่งออกข้อมูลการประกวดราคาเป็น CSV</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>การส่งออกล้มเหลว</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>ส่งออกไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Export Evaluation Result as JSON</source>
        <translation>ส่งออกผลการพิจารณาเป็น JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ไฟล์ JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>Evaluation Running</source>
        <translation>การพิจารณาผลกำลังดำเนินอยู่</translation>
    </message>
    <message>
        <source>An evaluation is running. Cancel it and quit? Nothing of it will be stored.</source>
        <translation>การพิจารณาผลกำลังดำเนินอยู่ ยกเลิกและออกหรือไม่ จะไม่มีสิ่งใดถูกบันทึก</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>การอบรม (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reset Demo to Pristine</source>
        <translation>รีเซ็ตแฟ้มข้อมูลสาธิตเป็นสภาพเริ่มต้น (&amp;R)</translation>
    </message>
    <message>
        <source>Write the bundled demo dossier again, as it was shipped, and open it</source>
        <translation>เขียนแฟ้มข้อมูลสาธิตที่มาพร้อมโปรแกรมใหม่ตามสภาพเดิมแล้วเปิดขึ้นมา</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>โหมดนำเสนอ (&amp;P)</translation>
    </message>
    <message>
        <source>Larger fonts, full screen and high-contrast charts for a projector</source>
        <translation>ตัวอักษรใหญ่ขึ้น เต็มจอ และแผนภูมิคอนทราสต์สูงสำหรับเครื่องฉายภาพ</translation>
    </message>
    <message>
        <source>Guided &amp;What-If…</source>
        <translation>การวิเคราะห์แบบสมมติพร้อมคำแนะนำ (&amp;W)…</translation>
    </message>
    <message>
        <source>Evaluate with another spread factor or rule set and compare with the current run</source>
        <translation>พิจารณาผลด้วยตัวคูณส่วนต่างราคาหรือชุดหลักเกณฑ์อื่น แล้วเปรียบเทียบกับรอบปัจจุบัน</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teaching note (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;หมายเหตุการสอน (%1):&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>หมายเหตุการสอน</translation>
    </message>
    <message>
        <source>Reset Demo to Pristine</source>
        <translation>รีเซ็ตแฟ้มข้อมูลสาธิตเป็นสภาพเริ่มต้น</translation>
    </message>
    <message>
        <source>Replace %1 with the demo dossier as it was shipped? Every change and evaluation run in it is lost.</source>
        <translation>แทนที่ %1 ด้วยแฟ้มข้อมูลสาธิตตามสภาพเดิมหรือไม่ การเปลี่ยนแปลงและรอบการพิจารณาผลทั้งหมดในแฟ้มนี้จะหายไป</translation>
    </message>
    <message>
        <source>The demo dossier could not be written to %1: %2</source>
        <translation>ไม่สามารถเขียนแฟ้มข้อมูลสาธิตไปที่ %1: %2</translation>
    </message>
    <message>
        <source>The demo dossier was written to %1 but cannot be opened.</source>
        <translation>เขียนแฟ้มข้อมูลสาธิตไปที่ %1 แล้ว แต่เปิดไม่ได้</translation>
    </message>
    <message>
        <source>Demo reset to pristine: %1</source>
        <translation>รีเซ็ตแฟ้มข้อมูลสาธิตเป็นสภาพเริ่มต้นแล้ว: %1</translation>
    </message>
    <message>
        <source>Evaluate the tender first: the what-if is compared with the run shown.</source>
        <translation>กรุณาพิจารณาผลการประกวดราคาก่อน: การวิเคราะห์แบบสมมติจะเปรียบเทียบกับรอบที่แสดงอยู่</translation>
    </message>
    <message>
        <source>&amp;Keep These Parameters</source>
        <translation>เก็บพารามิเตอร์เหล่านี้ไว้ (&amp;K)</translation>
    </message>
    <message>
        <source>Declared demand by buyer (editable)</source>
        <translation>ปริมาณความต้องการที่แจ้ง ตามผู้ซื้อ (แก้ไขได้)</translation>
    </message>
</context>
<context>
    <name>td::ui::ParameterModel</name>
    <message>
        <source>Set by this tender</source>
        <translation>กำหนดโดยการประกวดราคานี้</translation>
    </message>
    <message>
        <source>Default of the rule set</source>
        <translation>ค่าเริ่มต้นของชุดหลักเกณฑ์</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
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
        <translation>รายการยา</translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation>ชื่อสามัญทางยา (INN)</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>INN</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>ชื่อท้องถิ่น</translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation>รูปแบบยา</translation>
    </message>
    <message>
        <source>Representative specification: strength × pack size</source>
        <translation>ข้อกำหนดอ้างอิง: ความแรง × ขนาดบรรจุ</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>ข้อกำหนดอ้างอิง</translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation>จำนวนการเสนอราคาที่ผ่านคุณสมบัติ (N)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation>จำนวนผู้ผ่านการคัดเลือกเบื้องต้น (K)</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>ผู้ชนะ</translation>
    </message>
    <message>
        <source>Lowest comparable unit price</source>
        <translation>ราคาต่อหน่วยที่เทียบเคียงได้ต่ำสุด</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>ราคาต่อหน่วยต่ำสุด</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>สัดส่วนที่ตกลง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>td::ui::ReferencePriceModel</name>
    <message>
        <source>Product</source>
        <translation>รายการยา</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>ตลาด</translation>
    </message>
    <message>
        <source>Reference unit price</source>
        <translation>ราคาอ้างอิงต่อหน่วย</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>แหล่งที่มา</translation>
    </message>
</context>
<context>
    <name>td::ui::RegionPickModel</name>
    <message>
        <source>Pick</source>
        <translation>ลำดับการเลือก</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>การเสนอราคา</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>ผู้เสนอราคา</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>พื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ปริมาณ</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportActions</name>
    <message>
        <source>&amp;Print Report…</source>
        <translation>พิมพ์รายงาน (&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>ตัวอย่างก่อนพิมพ์ (&amp;V)…</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>ส่งออกรายงานเป็น PDF (&amp;D)…</translation>
    </message>
    <message>
        <source>Export Report as &amp;XLSX…</source>
        <translation>ส่งออกรายงานเป็น XLSX (&amp;X)…</translation>
    </message>
    <message>
        <source>Export Award &amp;Letters…</source>
        <translation>ส่งออกหนังสือแจ้งผลการตัดสินผู้ชนะ (&amp;L)…</translation>
    </message>
    <message>
        <source>Report &amp;Options</source>
        <translation>ตัวเลือกรายงาน (&amp;O)</translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation>ภาษาของรายงาน (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Second Language (beneath each label)</source>
        <translation>ภาษาที่สอง (ใต้ป้ายกำกับแต่ละรายการ) (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>กระดาษ (&amp;P)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>โปรดเปิดแฟ้มข้อมูลก่อน</translation>
    </message>
    <message>
        <source>Reading the evaluation run…</source>
        <translation>กำลังอ่านรอบการพิจารณาผล…</translation>
    </message>
    <message>
        <source>A value is too large to print exactly.</source>
        <translation>ค่ามากเกินกว่าจะพิมพ์ได้อย่างแม่นยำ</translation>
    </message>
    <message>
        <source>Print Award Report</source>
        <translation>พิมพ์รายงานผลการพิจารณา</translation>
    </message>
    <message>
        <source>Award Report Preview</source>
        <translation>ตัวอย่างรายงานผลการพิจารณา</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>กำลังเขียน %1…</translation>
    </message>
    <message>
        <source>Writing award letters…</source>
        <translation>กำลังเขียนหนังสือแจ้งผลการตัดสินผู้ชนะ…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์ %1 ได้</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>ยกเลิกการส่งออกแล้ว</translation>
    </message>
    <message>
        <source>Export Award Report as PDF</source>
        <translation>ส่งออกรายงานผลการพิจารณาเป็น PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Award Report as XLSX</source>
        <translation>ส่งออกรายงานผลการพิจารณาเป็น XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>เวิร์กบุ๊ก Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for Award Letters</source>
        <translation>โฟลเดอร์สำหรับหนังสือแจ้งผลการตัดสินผู้ชนะ</translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonDialog</name>
    <message>
        <source>Compare Evaluation Runs</source>
        <translation>เปรียบเทียบรอบการพิจารณาผล</translation>
    </message>
    <message>
        <source>Run &amp;A:</source>
        <translation>รอบ A (&amp;A):</translation>
    </message>
    <message>
        <source>Run &amp;B:</source>
        <translation>รอบ B (&amp;B):</translation>
    </message>
    <message>
        <source>Show &amp;only what changed</source>
        <translation>แสดงเฉพาะสิ่งที่เปลี่ยนแปลง (&amp;O)</translation>
    </message>
    <message>
        <source>Differences between the two runs</source>
        <translation>ความแตกต่างระหว่างสองรอบ</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>รอบ A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>รอบ B</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) differ between the two runs.</source>
        <translation>
            <numerusform>มีการเสนอราคา %n รายการที่แตกต่างระหว่างสองรอบ</numerusform>
        </translation>
    </message>
    <message>
        <source>A run cannot be read back from the dossier.</source>
        <translation>ไม่สามารถอ่านรอบหนึ่งกลับจากแฟ้มข้อมูลได้</translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonModel</name>
    <message>
        <source>(absent)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>รายการยา</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>การเสนอราคา</translation>
    </message>
    <message>
        <source>Status (A)</source>
        <translation>สถานะ (A)</translation>
    </message>
    <message>
        <source>Status (B)</source>
        <translation>สถานะ (B)</translation>
    </message>
    <message>
        <source>Award price (A)</source>
        <translation>ราคาที่ได้รับคัดเลือก (A)</translation>
    </message>
    <message>
        <source>Award price (B)</source>
        <translation>ราคาที่ได้รับคัดเลือก (B)</translation>
    </message>
    <message>
        <source>Volume (A)</source>
        <translation>ปริมาณ (A)</translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation>ปริมาณ (B)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
</context>
<context>
    <name>td::ui::RunModel</name>
    <message>
        <source>Run %1, %2, %3</source>
        <translation>รอบ %1, %2, %3</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ชุดหลักเกณฑ์</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ค่าตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>td::ui::SavingsChart</name>
    <message>
        <source>Savings chart</source>
        <translation>แผนภูมิเงินที่ประหยัดได้</translation>
    </message>
    <message>
        <source>Savings: evaluate the tender first</source>
        <translation>เงินที่ประหยัดได้: โปรดพิจารณาผลการประกวดราคาก่อน</translation>
    </message>
    <message>
        <source>Savings in %1: the %2 products with the largest savings of %3</source>
        <translation>เงินที่ประหยัดได้เป็น %1: %2 รายการยาที่ประหยัดได้มากที่สุด จาก %3 รายการ</translation>
    </message>
    <message>
        <source>Savings in %1 by product</source>
        <translation>เงินที่ประหยัดได้เป็น %1 ตามรายการยา</translation>
    </message>
    <message>
        <source>Against the ceiling</source>
        <translation>เทียบกับเพดานราคา</translation>
    </message>
    <message>
        <source>Against the reference median</source>
        <translation>เทียบกับมัธยฐานราคาอ้างอิง</translation>
    </message>
</context>
<context>
    <name>td::ui::Status</name>
    <message>
        <source>Not evaluated</source>
        <translation>ยังไม่ได้พิจารณาผล</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>ตัดสินผู้ชนะแล้ว</translation>
    </message>
    <message>
        <source>No award</source>
        <translation>ไม่มีผู้ชนะ</translation>
    </message>
    <message>
        <source>Volume unassigned</source>
        <translation>มีปริมาณที่ยังไม่ได้จัดสรร</translation>
    </message>
</context>
<context>
    <name>td::ui::UnassignedModel</name>
    <message>
        <source>Supply region</source>
        <translation>พื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Unassigned volume</source>
        <translation>ปริมาณที่ยังไม่ได้จัดสรร</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
</context>
<context>
    <name>td::ui::VolumeShareChart</name>
    <message>
        <source>Volume shares chart</source>
        <translation>แผนภูมิส่วนแบ่งปริมาณ</translation>
    </message>
    <message>
        <source>Volume shares: select an evaluated product</source>
        <translation>ส่วนแบ่งปริมาณ: เลือกรายการยาที่พิจารณาผลแล้ว</translation>
    </message>
    <message>
        <source>Volume shares by winner, %1</source>
        <translation>ส่วนแบ่งปริมาณตามผู้ชนะ, %1</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>ยังไม่ได้จัดสรร: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::WhatIfDialog</name>
    <message>
        <source>Guided What-If</source>
        <translation>การวิเคราะห์แบบสมมติพร้อมคำแนะนำ</translation>
    </message>
    <message>
        <source>TenderDesk evaluates the tender again with the spread factor or rule set you choose here and stores the result as a new run. You then see the previous run and the new one side by side; the tender&apos;s own parameters change only if you choose Keep These Parameters.</source>
        <translation>TenderDesk จะพิจารณาผลการประกวดราคาใหม่ด้วยตัวคูณส่วนต่างราคาหรือชุดหลักเกณฑ์ที่คุณเลือกที่นี่ และบันทึกผลเป็นรอบใหม่ จากนั้นคุณจะเห็นรอบก่อนหน้าและรอบใหม่เคียงข้างกัน พารามิเตอร์ของการประกวดราคาจะเปลี่ยนก็ต่อเมื่อคุณเลือก “เก็บพารามิเตอร์เหล่านี้ไว้” เท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Spread factor:</source>
        <translation>ตัวคูณส่วนต่างราคา (&amp;S):</translation>
    </message>
    <message>
        <source>Spread factor</source>
        <translation>ตัวคูณส่วนต่างราคา</translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation>ชุดหลักเกณฑ์ (&amp;U):</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>ชุดหลักเกณฑ์</translation>
    </message>
    <message>
        <source>&amp;Evaluate and Compare</source>
        <translation>พิจารณาผลและเปรียบเทียบ (&amp;E)</translation>
    </message>
</context>
<context>
    <name>td::ui::WinnerTotalModel</name>
    <message>
        <source>Bid</source>
        <translation>การเสนอราคา</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>ผู้ชนะการเสนอราคา</translation>
    </message>
    <message>
        <source>Supply regions</source>
        <translation>พื้นที่จัดส่ง</translation>
    </message>
    <message>
        <source>Total volume</source>
        <translation>ปริมาณรวม</translation>
    </message>
    <message>
        <source>Total contract value</source>
        <translation>มูลค่าสัญญารวม</translation>
    </message>
</context>
</TS>
