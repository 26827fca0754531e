<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tender-evaluation workstation</source>
        <translation>招标评审工作站</translation>
    </message>
    <message>
        <source>Tender dossier to open</source>
        <translation>要打开的招标档案</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN, lo or th</source>
        <translation>界面语言：en、zh_CN、lo 或 th</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en, zh_CN, lo or th</source>
        <translation>未知语言“%1”：请使用 en、zh_CN、lo 或 th</translation>
    </message>
</context>
<context>
    <name>td::cli::DemoCommand</name>
    <message>
        <source>usage: tenderdesk-cli demo FILE [--force]</source>
        <translation>用法：tenderdesk-cli demo FILE [--force]</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 is a folder; give the name of the dossier file to write, e.g. %2</source>
        <translation>tenderdesk-cli demo：%1 是文件夹；请给出要写入的档案文件名，例如 %2</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1 already exists; nothing written. Choose another name, or add --force to replace it with a fresh demo dossier.</source>
        <translation>tenderdesk-cli demo：%1 已存在，未写入任何内容。请换一个名称，或加上 --force 用新的演示档案替换它。</translation>
    </message>
    <message>
        <source>tenderdesk-cli demo: %1</source>
        <translation>tenderdesk-cli demo：%1</translation>
    </message>
    <message>
        <source>Wrote the demo dossier %1: tender %2, %3 products, %4 bidders, %5 bids, %6 buyers; evaluated with %7, report digest %8</source>
        <translation>已写入演示档案 %1：招标 %2，%3 个品种，%4 家申报企业，%5 个申报，%6 个采购方；按 %7 评审，报告摘要值 %8</translation>
    </message>
</context>
<context>
    <name>td::demo::DemoText</name>
    <message>
        <source>The bundled demo workbook cannot be read (this build is broken): %1</source>
        <translation>无法读取内置的演示工作簿（此版本构建有误）：%1</translation>
    </message>
    <message>
        <source>TenderDesk demo workbook (bundled)</source>
        <translation>TenderDesk 演示工作簿（内置）</translation>
    </message>
    <message>
        <source>The bundled demo workbook has invalid parameters: %1</source>
        <translation>内置演示工作簿的参数无效：%1</translation>
    </message>
    <message>
        <source>The demo tender could not be evaluated: %1</source>
        <translation>无法评审演示招标：%1</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of the dossier file to write.</source>
        <translation>%1 是文件夹；请给出要写入的档案文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere. Close it there first.</source>
        <translation>档案 %1 正在别处编辑。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable.</source>
        <translation>无法创建锁定文件 %1.lock：请检查文件夹是否可写。</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>td::io::CsvFolderSource</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>td::io::CsvReader</name>
    <message>
        <source>the file is saved as UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation>文件以 UTF-16（Unicode 文本）保存；请另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (Unicode text); save it as CSV UTF-8</source>
        <translation>文件似乎是 UTF-16（Unicode 文本）；请另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>the file holds NUL bytes: it is not a text file (or it is UTF-16); save it as CSV UTF-8</source>
        <translation>文件含有 NUL 字节：它不是文本文件（或为 UTF-16）；请另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>this row holds bytes that are not UTF-8 (the file is probably saved as GBK, Latin-1 or another legacy encoding); save it as CSV UTF-8</source>
        <translation>此行含有非 UTF-8 字节（文件可能以 GBK、Latin-1 或其他旧编码保存）；请另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted cell starts in this row but its closing quote is missing</source>
        <translation>此行中有一个带引号的单元格缺少结束引号</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted cell (a quote inside a quoted cell must be doubled: &quot;&quot;)</source>
        <translation>带引号的单元格在结束引号后还有文字（带引号单元格内的引号须写两次：&quot;&quot;）</translation>
    </message>
</context>
<context>
    <name>td::io::ImportContext</name>
    <message>
        <source>too many errors: only the first %1 are shown</source>
        <translation>错误过多：仅显示前 %1 个</translation>
    </message>
</context>
<context>
    <name>td::io::TableReader</name>
    <message>
        <source>the table is empty: it needs a header row</source>
        <translation>表格为空：需要一个标题行</translation>
    </message>
    <message>
        <source>the file looks &apos;;&apos;-separated (with decimal commas?); save it as comma-separated CSV UTF-8 with &apos;.&apos; for decimals</source>
        <translation>文件似乎以“;”分隔（小数用了逗号？）；请另存为逗号分隔的 CSV UTF-8，小数点用“.”</translation>
    </message>
    <message>
        <source>the file looks tab-separated; save it as comma-separated CSV UTF-8</source>
        <translation>文件似乎以制表符分隔；请另存为逗号分隔的 CSV UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>a column name of %n characters</source>
        <translation>
            <numerusform>长度为 %n 个字符的列名</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown column</source>
        <translation>未知列</translation>
    </message>
    <message>
        <source>repeated column (column %1 has it already)</source>
        <translation>列重复（第 %1 列已有该列）</translation>
    </message>
    <message>
        <source>missing column</source>
        <translation>缺少列</translation>
    </message>
    <message>
        <source>the cell holds %1 characters; at most 10,000 are allowed</source>
        <translation>单元格含 %1 个字符；最多允许 10,000 个</translation>
    </message>
    <message>
        <source>a value in a column without a name in the header row</source>
        <translation>标题行中无列名的列里有值</translation>
    </message>
    <message>
        <source>value missing</source>
        <translation>缺少值</translation>
    </message>
</context>
<context>
    <name>td::io::WorkbookReader</name>
    <message>
        <source>the table is missing from the workbook</source>
        <translation>工作簿中缺少该表</translation>
    </message>
    <message>
        <source>%1 holds exactly one row</source>
        <translation>%1 只能有一行</translation>
    </message>
    <message>
        <source>the tender row is missing (the table holds exactly one row)</source>
        <translation>缺少招标行（该表只能有一行）</translation>
    </message>
    <message>
        <source>duplicate product_id %1 (row %2 has the first)</source>
        <translation>product_id %1 重复（第 %2 行已出现）</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals (price_decimals of the tender)</source>
        <translation>%1 的小数位超过 %2 位（招标的 price_decimals）</translation>
    </message>
    <message>
        <source>duplicate bidder_id %1 (row %2 has the first)</source>
        <translation>bidder_id %1 重复（第 %2 行已出现）</translation>
    </message>
    <message>
        <source>%1 in the list %2 is not an ISO country code (2 capital letters; separate codes with &apos;;&apos; and no spaces)</source>
        <translation>列表 %2 中的 %1 不是 ISO 国家代码（2 个大写字母；代码间用“;”分隔，不加空格）</translation>
    </message>
    <message>
        <source>%1 is the tender currency: its rate is 1, not %2</source>
        <translation>%1 是招标币种：其汇率为 1，而不是 %2</translation>
    </message>
    <message>
        <source>%1 on %2 is listed twice (row %3 has the first)</source>
        <translation>%2 的 %1 重复列出（第 %3 行已出现）</translation>
    </message>
    <message>
        <source>unknown product_id %1 (not in %2)</source>
        <translation>未知 product_id %1（不在 %2 中）</translation>
    </message>
    <message>
        <source>%1 has no exchange rate in %2</source>
        <translation>%1 在 %2 中没有汇率</translation>
    </message>
    <message>
        <source>duplicate bid_id %1 (row %2 has the first)</source>
        <translation>bid_id %1 重复（第 %2 行已出现）</translation>
    </message>
    <message>
        <source>unknown bidder_id %1 (not in %2)</source>
        <translation>未知 bidder_id %1（不在 %2 中）</translation>
    </message>
    <message>
        <source>second bid of bidder %1 for product %2 (row %3 has the first)</source>
        <translation>申报企业 %1 对品种 %2 的第二个申报（第 %3 行已有第一个）</translation>
    </message>
    <message>
        <source>%1 is not convertible to the product&apos;s %2</source>
        <translation>%1 无法换算为该品种的 %2</translation>
    </message>
    <message>
        <source>product %1 and buyer %2 are listed twice (row %3 has the first)</source>
        <translation>品种 %1 与采购方 %2 重复列出（第 %3 行已出现）</translation>
    </message>
    <message>
        <source>region %1 is in %2 (row %3), not in %4: a region has one country</source>
        <translation>地区 %1 属于 %2（第 %3 行），而不是 %4：一个地区只属于一个国家</translation>
    </message>
    <message>
        <source>product %1, market %2 and date %3 are listed twice (row %4 has the first)</source>
        <translation>品种 %1、市场 %2 和日期 %3 重复列出（第 %4 行已出现）</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有该文件或文件夹</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>this is an old binary Excel .xls file; save it as .xlsx</source>
        <translation>这是旧式二进制 Excel .xls 文件；请另存为 .xlsx</translation>
    </message>
    <message>
        <source>choose the folder that holds the CSV files, not one CSV file</source>
        <translation>请选择存放 CSV 文件的文件夹，而不是单个 CSV 文件</translation>
    </message>
    <message>
        <source>not an .xlsx workbook (the file is not a zip archive) and not a folder of CSV files</source>
        <translation>既不是 .xlsx 工作簿（文件不是 zip 压缩包），也不是 CSV 文件夹</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 列</translation>
    </message>
    <message>
        <source>%1, column %2</source>
        <translation>%1，%2 列</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>td::io::WorkbookWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>td::io::XlsxWorkbook</name>
    <message>
        <source>the sheet is damaged: a cell refers to shared string %1, which does not exist</source>
        <translation>工作表已损坏：某单元格引用了不存在的共享字符串 %1</translation>
    </message>
    <message>
        <source>the sheet is too large</source>
        <translation>工作表过大</translation>
    </message>
    <message>
        <source>the sheet is damaged (%1)</source>
        <translation>工作表已损坏（%1）</translation>
    </message>
    <message>
        <source>the .xlsx file is damaged or not a zip archive</source>
        <translation>.xlsx 文件已损坏或不是 zip 压缩包</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (it has no %1)</source>
        <translation>该文件是 zip 压缩包，但不是 .xlsx 工作簿（没有 %1）</translation>
    </message>
    <message>
        <source>the workbook is damaged (%1 in %2)</source>
        <translation>工作簿已损坏（%2 中的 %1）</translation>
    </message>
</context>
<context>
    <name>td::io::ZipReader</name>
    <message>
        <source>the workbook has no part %1</source>
        <translation>工作簿中没有部件 %1</translation>
    </message>
    <message>
        <source>the workbook is damaged: cannot open its part %1</source>
        <translation>工作簿已损坏：无法打开部件 %1</translation>
    </message>
    <message>
        <source>the workbook part %1 is larger than 1 GiB uncompressed</source>
        <translation>工作簿部件 %1 解压后大于 1 GiB</translation>
    </message>
    <message>
        <source>the workbook is damaged: its part %1 cannot be decompressed</source>
        <translation>工作簿已损坏：部件 %1 无法解压</translation>
    </message>
</context>
<context>
    <name>td::io::cell</name>
    <message>
        <source> (no thousands separators, &apos;.&apos; for decimals)</source>
        <translation>（不要千位分隔符，小数点用“.”）</translation>
    </message>
    <message>
        <source> (no exponent: write 10000000, not 1E+07)</source>
        <translation>（不要用指数：写 10000000，而不是 1E+07）</translation>
    </message>
    <message>
        <source> (no &apos;+&apos; sign)</source>
        <translation>（不要加“+”号）</translation>
    </message>
    <message>
        <source> (write 0.5 and 5, not .5 or 5.)</source>
        <translation>（写 0.5 和 5，而不是 .5 或 5.）</translation>
    </message>
    <message>
        <source> (remove the spaces around it)</source>
        <translation>（请删除前后的空格）</translation>
    </message>
    <message>
        <source> (at most 20 digits before the point and 12 after)</source>
        <translation>（小数点前最多 20 位，小数点后最多 12 位）</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a decimal</source>
        <translation>%1 不是小数</translation>
    </message>
    <message>
        <source>%1 must be greater than 0</source>
        <translation>%1 必须大于 0</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 不能为负数</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>%1 is not yes/no</source>
        <translation>%1 不是 yes/no</translation>
    </message>
    <message>
        <source>%1 is not an ISO date (YYYY-MM-DD, e.g. 2026-11-01)</source>
        <translation>%1 不是 ISO 日期（YYYY-MM-DD，例如 2026-11-01）</translation>
    </message>
    <message>
        <source>%1 is not ISO 8601 (e.g. 2026-10-20T10:00:00+08:00)</source>
        <translation>%1 不是 ISO 8601 格式（例如 2026-10-20T10:00:00+08:00）</translation>
    </message>
    <message>
        <source>%1 is not an ISO country code (2 capital letters, e.g. CN)</source>
        <translation>%1 不是 ISO 国家代码（2 个大写字母，例如 CN）</translation>
    </message>
    <message>
        <source>%1 is not an ISO currency code (3 capital letters, e.g. CNY)</source>
        <translation>%1 不是 ISO 币种代码（3 个大写字母，例如 CNY）</translation>
    </message>
    <message>
        <source>%1 is not an ATC code (letter, 2 digits, 2 letters, 2 digits, e.g. C08CA01)</source>
        <translation>%1 不是 ATC 编码（1 个字母、2 位数字、2 个字母、2 位数字，例如 C08CA01）</translation>
    </message>
    <message>
        <source>%1 is not a rule set (vbp-b9, vbp-b10, vbp-b11 or meat)</source>
        <translation>%1 不是规则集（vbp-b9、vbp-b10、vbp-b11 或 meat）</translation>
    </message>
    <message>
        <source>%1 is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation>%1 不是质量代码（who_pq、sra、pics、consistency 或 gmp）</translation>
    </message>
</context>
<context>
    <name>td::model::ParameterText</name>
    <message>
        <source>parameter %1: &apos;%2&apos; is not %3</source>
        <translation>参数 %1：“%2”不是%3</translation>
    </message>
    <message>
        <source>a decimal greater than 0</source>
        <translation>大于 0 的小数</translation>
    </message>
    <message>
        <source>a decimal of 0 or more</source>
        <translation>不小于 0 的小数</translation>
    </message>
    <message>
        <source>an integer from 0 to 12</source>
        <translation>0 到 12 之间的整数</translation>
    </message>
    <message>
        <source>linear or coefficient</source>
        <translation>linear 或 coefficient</translation>
    </message>
    <message>
        <source>an integer of 0 or more</source>
        <translation>不小于 0 的整数</translation>
    </message>
    <message>
        <source>A, B or C</source>
        <translation>A、B 或 C</translation>
    </message>
    <message>
        <source>none, min, median, mean or mean_lowest_3</source>
        <translation>none、min、median、mean 或 mean_lowest_3</translation>
    </message>
    <message>
        <source>an integer of 1 or more</source>
        <translation>不小于 1 的整数</translation>
    </message>
    <message>
        <source>a comma list of decimals from 0 to 1</source>
        <translation>以逗号分隔的 0 到 1 之间的小数列表</translation>
    </message>
    <message>
        <source>a comma list of country pairs like CN&gt;LA</source>
        <translation>以逗号分隔的国家对列表，如 CN&gt;LA</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation>“%1”不是 名称=值 的形式</translation>
    </message>
    <message>
        <source>parameter %1 is given twice</source>
        <translation>参数 %1 重复给出</translation>
    </message>
</context>
<context>
    <name>td::report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No font for the report language %1 is installed (looked for: %2). Install one of them, then print again.</source>
        <translation>未安装报告语言 %1 所需的字体（查找了：%2）。请安装其中之一后重新打印。</translation>
    </message>
    <message>
        <source>The page is too small for the report.</source>
        <translation>页面太小，无法容纳报告。</translation>
    </message>
    <message>
        <source>Cannot paint on the printer or file.</source>
        <translation>无法在打印机或文件上绘制。</translation>
    </message>
    <message>
        <source>Cannot start page %1.</source>
        <translation>无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>打印已取消。</translation>
    </message>
    <message>
        <source>Could not finish the pages.</source>
        <translation>无法完成页面。</translation>
    </message>
    <message>
        <source>The dossier has no evaluation run: evaluate first, then print the report.</source>
        <translation>档案中没有评审记录：请先评审，再打印报告。</translation>
    </message>
    <message>
        <source>The tender data changed after the last evaluation run (%1): evaluate first, then print the report.</source>
        <translation>招标数据在上次评审（%1）之后已更改：请先评审，再打印报告。</translation>
    </message>
    <message>
        <source>The result of evaluation run %1 cannot be read.</source>
        <translation>无法读取评审记录 %1 的结果。</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>cannot create the workbook</source>
        <translation>无法创建工作簿</translation>
    </message>
</context>
<context>
    <name>td::report::Phrasebook</name>
    <message>
        <source>Award report</source>
        <translation>中选结果报告</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>招标</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Tender currency</source>
        <translation>招标币种</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Evaluation run</source>
        <translation>评审批次</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Evaluated by</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Dossier digest</source>
        <translation>档案摘要值</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要值</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>品种数</translation>
    </message>
    <message>
        <source>Verify with: tenderdesk-cli verify DOSSIER --digest HEX</source>
        <translation>核验：tenderdesk-cli verify DOSSIER --digest HEX</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>中选企业</translation>
    </message>
    <message>
        <source>Award price</source>
        <translation>中选价格</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>约定采购比例</translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation>约定采购量</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Savings vs ceiling</source>
        <translation>较上限价节约金额</translation>
    </message>
    <message>
        <source>Savings vs reference median</source>
        <translation>较参考价格中位数节约金额</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No winner</source>
        <translation>无中选企业</translation>
    </message>
    <message>
        <source>Savings = volume × (effective ceiling or reference median) − contract value, each rounded to 2 decimals in the tender currency.</source>
        <translation>节约金额 = 数量 ×（适用上限价或参考价格中位数）− 合同金额，均按招标币种保留 2 位小数。</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>申报企业</translation>
    </message>
    <message>
        <source>Comparable unit price</source>
        <translation>单位可比价</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>MPR</translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation>价格上限</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Qualified bids</source>
        <translation>有效申报数</translation>
    </message>
    <message>
        <source>Shortlist</source>
        <translation>入围名单</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>最低单位可比价</translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation>锚点价</translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation>适用上限价</translation>
    </message>
    <message>
        <source>Ceiling price</source>
        <translation>最高有效申报价</translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation>联动上限价</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>价差阈值</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>低价线</translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation>复活价格</translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation>报送需求量</translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation>参考价格中位数</translation>
    </message>
    <message>
        <source>Bid ladder</source>
        <translation>申报价格阶梯图</translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation>通用名（INN）</translation>
    </message>
    <message>
        <source>Representative specification</source>
        <translation>代表品规格</translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购方</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>供应地区</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Local value</source>
        <translation>本币金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation>意向企业</translation>
    </message>
    <message>
        <source>Price linkage caps</source>
        <translation>价格联动上限</translation>
    </message>
    <message>
        <source>Caps apply in markets outside the bidder&apos;s supply regions (rules §9).</source>
        <translation>价格上限适用于企业供应地区以外的市场（规则第 9 节）。</translation>
    </message>
    <message>
        <source>Unassigned volumes</source>
        <translation>未分配量</translation>
    </message>
    <message>
        <source>No unassigned volume.</source>
        <translation>无未分配量。</translation>
    </message>
    <message>
        <source>Evaluation committee</source>
        <translation>评审委员会</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主任委员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>委员</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>秘书</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>中选</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>复活中选</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>未中选</translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation>未入围</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>no valid GMP</source>
        <translation>无有效 GMP</translation>
    </message>
    <message>
        <source>quality tier %1 below %2</source>
        <translation>质量层级 %1 低于 %2</translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation>未在需求国家注册</translation>
    </message>
    <message>
        <source>shelf life %1 &lt; %2 months</source>
        <translation>有效期 %1 &lt; %2 个月</translation>
    </message>
    <message>
        <source>above the effective ceiling %1</source>
        <translation>高于适用上限价 %1</translation>
    </message>
    <message>
        <source>within spread (≤ %1)</source>
        <translation>在价差范围内（≤ %1）</translation>
    </message>
    <message>
        <source>at or below the floor price %1</source>
        <translation>不高于低价线 %1</translation>
    </message>
    <message>
        <source>at or below half the ceiling price %1</source>
        <translation>不高于最高有效申报价的一半 %1</translation>
    </message>
    <message>
        <source>accepted the revival price %1</source>
        <translation>接受复活价格 %1</translation>
    </message>
    <message>
        <source>top score %1</source>
        <translation>得分领先 %1</translation>
    </message>
    <message>
        <source>outside spread (&gt; %1)</source>
        <translation>超出价差范围（&gt; %1）</translation>
    </message>
    <message>
        <source>beyond the shortlist of %1</source>
        <translation>排名在 %1 家入围名单之外</translation>
    </message>
    <message>
        <source>below the %1 awardees</source>
        <translation>排名在前 %1 名之外</translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation>无符合条件的中选企业</translation>
    </message>
    <message>
        <source>Award notice</source>
        <translation>中选通知书</translation>
    </message>
    <message>
        <source>To</source>
        <translation>致</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>The evaluation committee of tender %1 (%2) evaluated the bids under rule set %3 on %4. The following bids of your company were selected:</source>
        <translation>招标 %1（%2）评审委员会于 %4 按规则集 %3 完成评审。贵公司以下申报中选：</translation>
    </message>
    <message>
        <source>Volumes by region</source>
        <translation>各供应地区数量</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>采购周期</translation>
    </message>
    <message>
        <source>%1 months from the date the contract is signed</source>
        <translation>自合同签订之日起 %1 个月</translation>
    </message>
    <message>
        <source>Please confirm in writing within the period stated in the tender documents.</source>
        <translation>请在采购文件规定的期限内书面确认。</translation>
    </message>
    <message>
        <source>For the evaluation committee</source>
        <translation>评审委员会（盖章）</translation>
    </message>
    <message>
        <source>(continued)</source>
        <translation>（续）</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>%1 个采购方</translation>
    </message>
    <message>
        <source>Allocations by winner and region; every buyer is listed in the XLSX export.</source>
        <translation>按中选企业和供应地区汇总；各采购方明细见 XLSX 导出文件。</translation>
    </message>
    <message>
        <source>ten thousand</source>
        <translation>万</translation>
    </message>
</context>
<context>
    <name>td::rules::EvaluatorText</name>
    <message>
        <source>reference price for market %1 is in %2, which has no exchange rate</source>
        <translation>市场 %1 的参考价格以 %2 计价，该币种没有汇率</translation>
    </message>
    <message>
        <source>buyer %1 pays in %2, which has no exchange rate</source>
        <translation>采购方 %1 以 %2 支付，该币种没有汇率</translation>
    </message>
    <message>
        <source>bidder %1 is not in bidders.csv</source>
        <translation>申报企业 %1 不在 bidders.csv 中</translation>
    </message>
    <message>
        <source>%1 has no exchange rate</source>
        <translation>%1 没有汇率</translation>
    </message>
    <message>
        <source>product %1 is not in products.csv</source>
        <translation>品种 %1 不在 products.csv 中</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>评审已取消</translation>
    </message>
    <message>
        <source>a value is too large to compute exactly (%1)</source>
        <translation>数值过大，无法精确计算（%1）</translation>
    </message>
</context>
<context>
    <name>td::rules::ReasonText</name>
    <message>
        <source>winner</source>
        <translation>中选</translation>
    </message>
    <message>
        <source>revived</source>
        <translation>复活中选</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>未中选</translation>
    </message>
    <message>
        <source>not shortlisted</source>
        <translation>未入围</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>no valid GMP certificate</source>
        <translation>无有效 GMP 证书</translation>
    </message>
    <message>
        <source>quality tier below the minimum</source>
        <translation>质量层级低于最低要求</translation>
    </message>
    <message>
        <source>not registered in a demand country</source>
        <translation>未在需求国家注册</translation>
    </message>
    <message>
        <source>shelf life too short</source>
        <translation>有效期过短</translation>
    </message>
    <message>
        <source>above the ceiling price</source>
        <translation>高于最高有效申报价</translation>
    </message>
    <message>
        <source>within the price spread</source>
        <translation>在价差范围内</translation>
    </message>
    <message>
        <source>at or below the floor price</source>
        <translation>不高于低价线</translation>
    </message>
    <message>
        <source>at or below half of the ceiling</source>
        <translation>不高于最高有效申报价的一半</translation>
    </message>
    <message>
        <source>revived at the revival price</source>
        <translation>接受复活价格，复活中选</translation>
    </message>
    <message>
        <source>among the top scores</source>
        <translation>得分位居前列</translation>
    </message>
    <message>
        <source>outside the price spread</source>
        <translation>超出价差范围</translation>
    </message>
    <message>
        <source>beyond the shortlist</source>
        <translation>在入围名单之外</translation>
    </message>
    <message>
        <source>below the awarded places</source>
        <translation>排名在中选名额之外</translation>
    </message>
    <message>
        <source>no eligible winner</source>
        <translation>无符合条件的中选企业</translation>
    </message>
    <message>
        <source>lower unit price</source>
        <translation>单价较低</translation>
    </message>
    <message>
        <source>higher quality tier</source>
        <translation>质量层级较高</translation>
    </message>
    <message>
        <source>larger capacity</source>
        <translation>产能较大</translation>
    </message>
    <message>
        <source>earlier submission</source>
        <translation>申报时间较早</translation>
    </message>
    <message>
        <source>bid id</source>
        <translation>申报编号</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>总得分</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>tie with %1 on %2; decided by %3</source>
        <translation>与 %1 在%2上并列；按%3排序</translation>
    </message>
    <message>
        <source>anchor %1</source>
        <translation>锚点价 %1</translation>
    </message>
    <message>
        <source>lowest %1</source>
        <translation>最低 %1</translation>
    </message>
    <message>
        <source>rank %1 of %2; </source>
        <translation>排名 %1/%2；</translation>
    </message>
    <message>
        <source>disqualified: the bidder has no valid GMP certificate (rules §3)</source>
        <translation>不合格：申报企业无有效 GMP 证书（规则第 3 节）</translation>
    </message>
    <message>
        <source>disqualified: quality tier %1 is below the minimum tier %2 (rules §3)</source>
        <translation>不合格：质量层级 %1 低于最低层级 %2（规则第 3 节）</translation>
    </message>
    <message>
        <source>disqualified: the bidder is registered in none of the countries of the demand, directly or through a recognition (rules §3)</source>
        <translation>不合格：申报企业未在任何需求国家注册（无论直接注册还是通过互认）（规则第 3 节）</translation>
    </message>
    <message>
        <source>disqualified: shelf life %1 months &lt; the minimum %2 months (rules §3)</source>
        <translation>不合格：有效期 %1 个月 &lt; 最低要求 %2 个月（规则第 3 节）</translation>
    </message>
    <message>
        <source>disqualified: unit price %1 &gt; ceiling %2 (rules §3, §4)</source>
        <translation>不合格：单价 %1 &gt; 上限价 %2（规则第 3、4 节）</translation>
    </message>
    <message>
        <source>%1 ≤ %2 × %3 = %4</source>
        <translation>%1 ≤ %2 × %3 = %4</translation>
    </message>
    <message>
        <source>%1 ≤ floor %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation>%1 ≤ 低价线 %2（%1 &gt; %3 × %4 = %5）</translation>
    </message>
    <message>
        <source>%1 ≤ half of the ceiling %2 (%1 &gt; %3 × %4 = %5)</source>
        <translation>%1 ≤ 最高有效申报价的一半 %2（%1 &gt; %3 × %4 = %5）</translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4; accepted revival at %5</source>
        <translation>%1 &gt; %2 × %3 = %4；接受复活价格 %5</translation>
    </message>
    <message>
        <source>%1 &gt; %2 × %3 = %4 and above the floor %5</source>
        <translation>%1 &gt; %2 × %3 = %4，且高于低价线 %5</translation>
    </message>
    <message>
        <source>only the first %1 of %2 qualified bids are shortlisted</source>
        <translation>%2 个合格申报中仅前 %1 个入围</translation>
    </message>
    <message>
        <source>score %1; the top %2 win</source>
        <translation>得分 %1；前 %2 名中选</translation>
    </message>
    <message>
        <source>score %1; only the top %2 win</source>
        <translation>得分 %1；仅前 %2 名中选</translation>
    </message>
</context>
<context>
    <name>td::rules::UnitPriceText</name>
    <message>
        <source>&apos;%1&apos; is not convertible to the product&apos;s &apos;%2&apos;</source>
        <translation>“%1”无法换算为该品种的“%2”</translation>
    </message>
    <message>
        <source>strength must be greater than 0</source>
        <translation>规格（含量）必须大于 0</translation>
    </message>
    <message>
        <source>pack size must be greater than 0</source>
        <translation>包装数量必须大于 0</translation>
    </message>
</context>
<context>
    <name>td::service</name>
    <message>
        <source>&apos;%1&apos; is not name=value</source>
        <translation>“%1”不是 名称=值 的形式</translation>
    </message>
</context>
<context>
    <name>td::service::FieldValidationText</name>
    <message>
        <source>&apos;%1&apos; is not a number: write decimals with a point and no thousands separators, e.g. 1.20</source>
        <translation>“%1”不是数字：小数请用小数点，不加千位分隔符，例如 1.20</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point, e.g. 1.20)</source>
        <translation>“%1”不是数字（由数字组成，可带小数点，例如 1.20）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number (digits with an optional decimal point)</source>
        <translation>“%1”不是数字（由数字组成，可带小数点）</translation>
    </message>
    <message>
        <source>A price must be greater than zero</source>
        <translation>价格必须大于零</translation>
    </message>
    <message>
        <source>A volume cannot be negative</source>
        <translation>数量不能为负数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency code (three capital letters, e.g. CNY)</source>
        <translation>“%1”不是币种代码（三个大写字母，例如 CNY）</translation>
    </message>
    <message>
        <source>Unknown currency %1: the tender has no exchange rate for it</source>
        <translation>未知币种 %1：招标中没有该币种的汇率</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code (two capital letters, e.g. LA)</source>
        <translation>“%1”不是国家代码（两个大写字母，例如 LA）</translation>
    </message>
    <message>
        <source>Write yes or no</source>
        <translation>请填写 yes 或 no</translation>
    </message>
    <message>
        <source>Unknown rule set &apos;%1&apos;</source>
        <translation>未知规则集“%1”</translation>
    </message>
    <message>
        <source>This field cannot be edited here</source>
        <translation>此字段不能在此处编辑</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more decimals than price_decimals (%2) allows</source>
        <translation>“%1”的小数位数超过 price_decimals（%2）允许的位数</translation>
    </message>
    <message>
        <source>A name cannot be empty</source>
        <translation>名称不能为空</translation>
    </message>
    <message>
        <source>The text is longer than 10,000 characters</source>
        <translation>文本超过 10,000 个字符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; separate countries with &apos;;&apos; (CN;LA)</source>
        <translation>“%1”不是国家代码；多个国家请用“;”分隔（CN;LA）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quality code (who_pq, sra, pics, consistency or gmp)</source>
        <translation>“%1”不是质量代码（who_pq、sra、pics、consistency 或 gmp）</translation>
    </message>
</context>
<context>
    <name>td::storage::DossierText</name>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计记录：%1</translation>
    </message>
    <message>
        <source>The dossier %1 is open read-only.</source>
        <translation>档案 %1 以只读方式打开。</translation>
    </message>
    <message>
        <source>The audit log of %1 is damaged; run verify.</source>
        <translation>%1 的审计记录已损坏；请运行 verify。</translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk since audit entry %2; run &apos;tenderdesk-cli verify&apos; and restore the dossier before editing it.</source>
        <translation>表 %1 自审计条目 %2 以来在 TenderDesk 之外被更改过；请运行“tenderdesk-cli verify”并恢复档案后再编辑。</translation>
    </message>
    <message>
        <source>The dossier %1 does not exist. Check the path, or import a bid workbook to create it.</source>
        <translation>档案 %1 不存在。请检查路径，或导入申报工作簿以创建档案。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read. Check that it exists and that you may read it.</source>
        <translation>无法读取文件 %1。请检查文件是否存在以及您是否有读取权限。</translation>
    </message>
    <message>
        <source>%1 is not a TenderDesk dossier (it is not a database). Open a .tender file, or import the workbook into a new dossier.</source>
        <translation>%1 不是 TenderDesk 档案（它不是数据库）。请打开 .tender 文件，或将工作簿导入新档案。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier. Open a .tender file, or import the workbook into a new dossier.</source>
        <translation>%1 是其他程序的数据库，不是 TenderDesk 档案。请打开 .tender 文件，或将工作簿导入新档案。</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (the file is shorter than its header says). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>档案 %1 已损坏（文件比其文件头所述的短）。请从备份恢复，或将申报工作簿导入新档案。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a TenderDesk dossier. Import a bid workbook into it to create one.</source>
        <translation>%1 是空文件，不是 TenderDesk 档案。请向其导入申报工作簿以创建档案。</translation>
    </message>
    <message>
        <source>The dossier %1 was written by a newer TenderDesk (schema version %2; this version reads up to %3). Update TenderDesk to open it.</source>
        <translation>档案 %1 由较新版本的 TenderDesk 写入（结构版本 %2；本版本最多可读取 %3）。请更新 TenderDesk 后再打开。</translation>
    </message>
    <message>
        <source>The dossier %1 is open for editing elsewhere (%2, process %3 on %4). Close it there, or open it read-only.</source>
        <translation>档案 %1 正在别处编辑（%2，%4 上的进程 %3）。请在那里关闭它，或以只读方式打开。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>其他程序</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock: check that the folder is writable, or open the dossier read-only.</source>
        <translation>无法创建锁定文件 %1.lock：请检查文件夹是否可写，或以只读方式打开档案。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver is missing; install the package libqt6sql6-sqlite.</source>
        <translation>缺少 Qt SQLite 驱动；请安装软件包 libqt6sql6-sqlite。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: unexpected SQL driver.</source>
        <translation>无法打开 %1：SQL 驱动不符。</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (%2). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>档案 %1 已损坏（%2）。请从备份恢复，或将申报工作簿导入新档案。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a TenderDesk dossier.</source>
        <translation>%1 是其他程序的数据库，不是 TenderDesk 档案。</translation>
    </message>
    <message>
        <source>The dossier %1 has the older schema version %2. Open it for editing once so TenderDesk can upgrade it.</source>
        <translation>档案 %1 的结构版本 %2 较旧。请以编辑方式打开一次，以便 TenderDesk 升级它。</translation>
    </message>
    <message>
        <source>Cannot prepare the dossier %1: %2</source>
        <translation>无法准备档案 %1：%2</translation>
    </message>
    <message>
        <source>The dossier %1 is damaged (tables are missing). Restore it from a backup, or import the bid workbook into a new dossier.</source>
        <translation>档案 %1 已损坏（缺少数据表）。请从备份恢复，或将申报工作簿导入新档案。</translation>
    </message>
    <message>
        <source>Cannot store the evaluation run: %1</source>
        <translation>无法保存评审记录：%1</translation>
    </message>
    <message>
        <source>Column %1 of %2 cannot be edited (identifiers and references change only by importing the workbook again).</source>
        <translation>%2 的 %1 列不能编辑（标识和引用只能通过重新导入工作簿来更改）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 (column %3).</source>
        <translation>“%1”不是%2（%3 列）。</translation>
    </message>
    <message>
        <source>a decimal</source>
        <translation>小数</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes 或 no</translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp</source>
        <translation>ISO 8601 时间戳</translation>
    </message>
    <message>
        <source>a rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>a quality code</source>
        <translation>质量代码</translation>
    </message>
    <message>
        <source>The key of a %1 row has %2 parts.</source>
        <translation>%1 行的键由 %2 部分组成。</translation>
    </message>
    <message>
        <source>There is no %1 row with the key %2.</source>
        <translation>没有键为 %2 的 %1 行。</translation>
    </message>
    <message>
        <source>The key %2 matches several %1 rows.</source>
        <translation>键 %2 对应多个 %1 行。</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>无法更改 %1：%2</translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性校验：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite 完整性校验失败：%1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points at a missing row of table %3.</source>
        <translation>表 %2 的第 %1 行指向表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing: the audit log was changed outside TenderDesk.</source>
        <translation>缺少审计条目 %1 至 %2：审计记录在 TenderDesk 之外被更改过。</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3) does not match its hash: the audit log was changed outside TenderDesk.</source>
        <translation>审计条目 %1（%2，%3）与其哈希值不符：审计记录在 TenderDesk 之外被更改过。</translation>
    </message>
    <message>
        <source>Audit entry %1 has unreadable table digests.</source>
        <translation>审计条目 %1 的表摘要值无法读取。</translation>
    </message>
    <message>
        <source>The audit log is empty: it was changed outside TenderDesk.</source>
        <translation>审计记录为空：它在 TenderDesk 之外被更改过。</translation>
    </message>
    <message>
        <source>Table %1 cannot be read: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>Table %1 was changed outside TenderDesk after audit entry %2 (%3).</source>
        <translation>表 %1 在审计条目 %2（%3）之后于 TenderDesk 之外被更改过。</translation>
    </message>
    <message>
        <source>Run %1: its stored result no longer matches its digest %2.</source>
        <translation>评审记录 %1：保存的结果与其摘要值 %2 不再相符。</translation>
    </message>
</context>
<context>
    <name>td::storage::TableText</name>
    <message>
        <source>Cannot write table %1: row %2 refers to &apos;%3&apos;, which does not exist.</source>
        <translation>无法写入表 %1：第 %2 行引用了不存在的“%3”。</translation>
    </message>
    <message>
        <source>Cannot write table %1: %2</source>
        <translation>无法写入表 %1：%2</translation>
    </message>
    <message>
        <source>Stored table %1, row %2: %3</source>
        <translation>已保存的表 %1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a decimal</source>
        <translation>“%1”不是小数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>Cannot read table %1: %2</source>
        <translation>无法读取表 %1：%2</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet; import a bid workbook first.</source>
        <translation>档案中还没有招标数据；请先导入申报工作簿。</translation>
    </message>
    <message>
        <source>unknown rule set &apos;%1&apos;</source>
        <translation>未知规则集“%1”</translation>
    </message>
    <message>
        <source>unknown quality &apos;%1&apos;</source>
        <translation>未知质量代码“%1”</translation>
    </message>
</context>
<context>
    <name>td::ui::AboutDialog</name>
    <message>
        <source>About TenderDesk</source>
        <translation>关于 TenderDesk</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>版本 %1（Qt %2）</translation>
    </message>
    <message>
        <source>Tender-evaluation workstation for cross-border drug procurement.</source>
        <translation>跨境药品采购招标评审工作站。</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the %1, version 3 or (at your option) any later version.</source>
        <translation>本程序是自由软件：您可以依据%1第 3 版或（由您选择）任何更新版本的条款重新发布和/或修改它。</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>GNU 通用公共许可证</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>LGPL-3.0 or GPL</source>
        <translation>LGPL-3.0 或 GPL</translation>
    </message>
    <message>
        <source>GPL-3.0</source>
        <translation>GPL-3.0</translation>
    </message>
    <message>
        <source>Boost Software License 1.0 (BSL-1.0)</source>
        <translation>Boost 软件许可证 1.0（BSL-1.0）</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>zlib license</source>
        <translation>zlib 许可证</translation>
    </message>
    <message>
        <source>BSD 2-clause license (BSD-2-Clause)</source>
        <translation>BSD 2 条款许可证（BSD-2-Clause）</translation>
    </message>
    <message>
        <source>Chinese; SIL Open Font License 1.1 (OFL-1.1)</source>
        <translation>中文；SIL 开放字体许可证 1.1（OFL-1.1）</translation>
    </message>
    <message>
        <source>Lao; GNU LGPL 2.1 or later</source>
        <translation>老挝文；GNU LGPL 2.1 或更高版本</translation>
    </message>
    <message>
        <source>Thai; GNU GPL 2 or later with the font exception</source>
        <translation>泰文；GNU GPL 2 或更高版本，附字体例外条款</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Fonts are used from the system; the Debian package depends on them.</source>
        <translation>字体取自系统；Debian 软件包依赖这些字体。</translation>
    </message>
    <message>
        <source>BSD 3-clause license (BSD-3-Clause)</source>
        <translation>BSD 3 条款许可证（BSD-3-Clause）</translation>
    </message>
    <message>
        <source>Apache License 2.0 (Apache-2.0)</source>
        <translation>Apache 许可证 2.0（Apache-2.0）</translation>
    </message>
</context>
<context>
    <name>td::ui::AllocationModel</name>
    <message>
        <source>Preferred bidder</source>
        <translation>意向企业</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购方</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>供应地区</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>申报企业</translation>
    </message>
    <message>
        <source>Agreed volume</source>
        <translation>约定采购量</translation>
    </message>
    <message>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Local currency</source>
        <translation>本币</translation>
    </message>
    <message>
        <source>Contract value (local)</source>
        <translation>合同金额（本币）</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>分配依据</translation>
    </message>
</context>
<context>
    <name>td::ui::BidLadderChart</name>
    <message>
        <source>Bid ladder: select an evaluated product</source>
        <translation>申报价格阶梯图：请选择已评审的品种</translation>
    </message>
    <message>
        <source>Bid ladder chart</source>
        <translation>申报价格阶梯图</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>最低价</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>价差阈值</translation>
    </message>
    <message>
        <source>Anchor</source>
        <translation>锚点价</translation>
    </message>
    <message>
        <source>Ceiling</source>
        <translation>上限价</translation>
    </message>
    <message>
        <source>Bid ladder of %1: comparable unit prices in rank order</source>
        <translation>%1 申报价格阶梯图：按排名排列的单位可比价</translation>
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
        <translation>接受复活价格</translation>
    </message>
    <message>
        <source>Does not accept the revival price</source>
        <translation>不接受复活价格</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>申报企业</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Offered specification: strength × pack size</source>
        <translation>申报规格：规格（含量）× 包装数量</translation>
    </message>
    <message>
        <source>Offered spec</source>
        <translation>申报规格</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>包装价格</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Comparable unit price in the tender currency</source>
        <translation>以招标币种计的单位可比价</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Award price</source>
        <translation>中选价格</translation>
    </message>
    <message>
        <source>Median price ratio (MPR)</source>
        <translation>中位价格比（MPR）</translation>
    </message>
    <message>
        <source>MPR</source>
        <translation>MPR</translation>
    </message>
    <message>
        <source>Linked price cap outside the supply regions</source>
        <translation>供应地区以外的联动价格上限</translation>
    </message>
    <message>
        <source>Price cap</source>
        <translation>价格上限</translation>
    </message>
    <message>
        <source>Revival</source>
        <translation>复活</translation>
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
        <translation>一致性评价</translation>
    </message>
    <message>
        <source>GMP</source>
        <translation>GMP</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1（%2 级）</translation>
    </message>
    <message>
        <source>Bidder ID</source>
        <translation>申报企业编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Quality tier</source>
        <translation>质量层级</translation>
    </message>
    <message>
        <source>Registered in</source>
        <translation>注册国家</translation>
    </message>
</context>
<context>
    <name>td::ui::DemandModel</name>
    <message>
        <source>Buyer</source>
        <translation>采购方</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>供应地区</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Declared demand</source>
        <translation>报送需求量</translation>
    </message>
    <message>
        <source>Preferred bidder</source>
        <translation>意向企业</translation>
    </message>
</context>
<context>
    <name>td::ui::DossierSession</name>
    <message>
        <source>The tender data in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的招标数据：%2</translation>
    </message>
    <message>
        <source>The dossier is open read-only</source>
        <translation>档案以只读方式打开</translation>
    </message>
    <message>
        <source>Wait until the running evaluation has finished</source>
        <translation>请等待正在进行的评审结束</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>品种 %1</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>申报 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet</source>
        <translation>档案中还没有招标数据</translation>
    </message>
</context>
<context>
    <name>td::ui::EditFieldCommand</name>
    <message>
        <source>Change pack price of bid %1 to %2</source>
        <translation>将申报 %1 的包装价格改为 %2</translation>
    </message>
    <message>
        <source>Bid %1 accepts the revival price</source>
        <translation>申报 %1 接受复活价格</translation>
    </message>
    <message>
        <source>Bid %1 refuses the revival price</source>
        <translation>申报 %1 不接受复活价格</translation>
    </message>
    <message>
        <source>Change parameters to %1</source>
        <translation>将参数改为 %1</translation>
    </message>
    <message>
        <source>Change %1 of bidder %2</source>
        <translation>更改申报企业 %2 的 %1</translation>
    </message>
    <message>
        <source>Change %1 of %2 to %3</source>
        <translation>将 %2 的 %1 改为 %3</translation>
    </message>
</context>
<context>
    <name>td::ui::ExplanationWidget</name>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Explanation of the selected bid</source>
        <translation>所选申报的说明</translation>
    </message>
    <message>
        <source>Select a bid of an evaluated product to see why it has its status.</source>
        <translation>请选择已评审品种的一个申报，查看其状态的原因。</translation>
    </message>
    <message>
        <source>bid %1, bidder %2</source>
        <translation>申报 %1，申报企业 %2</translation>
    </message>
    <message>
        <source>Tie:</source>
        <translation>并列：</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>最低单位可比价</translation>
    </message>
    <message>
        <source>Anchor price</source>
        <translation>锚点价</translation>
    </message>
    <message>
        <source>Spread base</source>
        <translation>价差基准</translation>
    </message>
    <message>
        <source>Spread threshold</source>
        <translation>价差阈值</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>低价线</translation>
    </message>
    <message>
        <source>Half of the ceiling</source>
        <translation>最高有效申报价的一半</translation>
    </message>
    <message>
        <source>Effective ceiling</source>
        <translation>适用上限价</translation>
    </message>
    <message>
        <source>Linkage ceiling</source>
        <translation>联动上限价</translation>
    </message>
    <message>
        <source>Reference median</source>
        <translation>参考价格中位数</translation>
    </message>
    <message>
        <source>Revival price</source>
        <translation>复活价格</translation>
    </message>
    <message>
        <source>Price score</source>
        <translation>价格分</translation>
    </message>
    <message>
        <source>Quality score</source>
        <translation>质量分</translation>
    </message>
    <message>
        <source>Lead-time score</source>
        <translation>交货期得分</translation>
    </message>
    <message>
        <source>Shelf-life score</source>
        <translation>有效期得分</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation>合格申报数（N）</translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation>入围数量（K）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Quality tier (minimum)</source>
        <translation>质量层级（最低要求）</translation>
    </message>
    <message>
        <source>Shelf life, months (minimum)</source>
        <translation>有效期，月（最低要求）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Thresholds that applied</source>
        <translation>适用的阈值</translation>
    </message>
</context>
<context>
    <name>td::ui::ImportDialog</name>
    <message>
        <source>Writing the dossier…</source>
        <translation>正在写入档案…</translation>
    </message>
    <message>
        <source>New Dossier from Workbook</source>
        <translation>从工作簿新建档案</translation>
    </message>
    <message>
        <source>&amp;Workbook:</source>
        <translation>工作簿(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>档案(&amp;D)：</translation>
    </message>
    <message>
        <source>CSV &amp;Folder…</source>
        <translation>CSV 文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Excel File…</source>
        <translation>Excel 文件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Copy Errors</source>
        <translation>复制错误(&amp;C)</translation>
    </message>
    <message>
        <source>Workbook to import</source>
        <translation>要导入的工作簿</translation>
    </message>
    <message>
        <source>Dossier file to create</source>
        <translation>要创建的档案文件</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Import errors</source>
        <translation>导入错误</translation>
    </message>
    <message>
        <source>A folder of CSV files or one .xlsx workbook</source>
        <translation>CSV 文件夹或一个 .xlsx 工作簿</translation>
    </message>
    <message>
        <source>Choose the CSV Folder</source>
        <translation>选择 CSV 文件夹</translation>
    </message>
    <message>
        <source>Choose the Workbook</source>
        <translation>选择工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the Dossier As</source>
        <translation>档案另存为</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation>招标档案 (*.%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written.</source>
        <translation>导入已取消。未写入任何内容。</translation>
    </message>
    <message>
        <source>The dossier could not be written: %1</source>
        <translation>无法写入档案：%1</translation>
    </message>
    <message numerus="yes">
        <source>The workbook has %n error(s). Nothing was imported; correct the workbook and import again.</source>
        <translation>
            <numerusform>工作簿有 %n 个错误。未导入任何内容；请更正工作簿后重新导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n error(s) to the clipboard.</source>
        <translation>
            <numerusform>已将 %n 个错误复制到剪贴板。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Writing the dossier and evaluating…</source>
        <translation>正在写入档案并评审…</translation>
    </message>
    <message>
        <source>E&amp;valuate right after the import</source>
        <translation>导入后立即评审(&amp;V)</translation>
    </message>
    <message>
        <source>The rules run while the dossier is written, so the dossier opens with the evaluation result.</source>
        <translation>写入档案的同时运行评审规则，档案打开时即显示评审结果。</translation>
    </message>
    <message>
        <source>Imported and evaluated.</source>
        <translation>已导入并完成评审。</translation>
    </message>
</context>
<context>
    <name>td::ui::ImportErrorModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>No dossier is open</source>
        <translation>未打开档案</translation>
    </message>
    <message>
        <source>Cancelling the evaluation…</source>
        <translation>正在取消评审…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>评审(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New from Workbook…</source>
        <translation>从工作簿新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a dossier from a bid workbook (CSV folder or .xlsx)</source>
        <translation>从申报工作簿（CSV 文件夹或 .xlsx）创建档案</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>副本另存为(&amp;C)…</translation>
    </message>
    <message>
        <source>Tender Data as &amp;CSV…</source>
        <translation>招标数据导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Evaluation Result as &amp;JSON…</source>
        <translation>评审结果导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find Product</source>
        <translation>查找品种(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评审(&amp;E)</translation>
    </message>
    <message>
        <source>Evaluate the tender with the parameters shown and store the run</source>
        <translation>按所示参数评审招标并保存评审记录</translation>
    </message>
    <message>
        <source>&amp;Cancel Evaluation</source>
        <translation>取消评审(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ompare Runs…</source>
        <translation>比较评审记录(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;About TenderDesk</source>
        <translation>关于 TenderDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Evaluation Runs</source>
        <translation>评审记录</translation>
    </message>
    <message>
        <source>&amp;Parameters Panel</source>
        <translation>参数面板(&amp;P)</translation>
    </message>
    <message>
        <source>Evaluation &amp;Runs</source>
        <translation>评审记录(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Search products:</source>
        <translation>搜索品种(&amp;S)：</translation>
    </message>
    <message>
        <source>INN, name, form or product ID</source>
        <translation>通用名、名称、剂型或品种编号</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索品种</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>F&amp;ilter bids:</source>
        <translation>筛选申报(&amp;I)：</translation>
    </message>
    <message>
        <source>Bidder, country, bid…</source>
        <translation>申报企业、国家、申报…</translation>
    </message>
    <message>
        <source>Filter bids</source>
        <translation>筛选申报</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Show bids with status</source>
        <translation>显示具有此状态的申报</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Bids of the selected product</source>
        <translation>所选品种的申报</translation>
    </message>
    <message>
        <source>&amp;Bids</source>
        <translation>申报(&amp;B)</translation>
    </message>
    <message>
        <source>Vol&amp;umes</source>
        <translation>数量(&amp;U)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Bi&amp;dders</source>
        <translation>申报企业(&amp;D)</translation>
    </message>
    <message>
        <source>Reference &amp;Prices</source>
        <translation>参考价格(&amp;P)</translation>
    </message>
    <message>
        <source>Details of the selected product</source>
        <translation>所选品种的详情</translation>
    </message>
    <message>
        <source>Agreed volume by buyer and region</source>
        <translation>按采购方和地区的约定采购量</translation>
    </message>
    <message>
        <source>Winner totals</source>
        <translation>中选企业合计</translation>
    </message>
    <message>
        <source>Region picks in order</source>
        <translation>地区选择顺序</translation>
    </message>
    <message>
        <source>Unassigned regions</source>
        <translation>未分配地区</translation>
    </message>
    <message>
        <source>Bidders</source>
        <translation>申报企业</translation>
    </message>
    <message>
        <source>Reference prices</source>
        <translation>参考价格</translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation>规则集(&amp;U)：</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Evaluate (F5)</source>
        <translation>评审 (F5)</translation>
    </message>
    <message>
        <source>Evaluation runs</source>
        <translation>评审记录</translation>
    </message>
    <message>
        <source>&amp;Show Run</source>
        <translation>显示评审记录(&amp;S)</translation>
    </message>
    <message>
        <source>Compare &amp;Two Runs…</source>
        <translation>比较两次评审(&amp;T)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Evaluation progress</source>
        <translation>评审进度</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>撤销(&amp;U)：%1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>重做(&amp;R)：%1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>TenderDesk</source>
        <translation>TenderDesk</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 [read-only]</source>
        <translation>%1 [只读]</translation>
    </message>
    <message>
        <source>%1 — TenderDesk</source>
        <translation>%1 — TenderDesk</translation>
    </message>
    <message>
        <source>This tender has not been evaluated yet. Check the parameters and press F5 to evaluate.</source>
        <translation>此招标尚未评审。请检查参数，然后按 F5 评审。</translation>
    </message>
    <message>
        <source>The data or parameters changed after the results shown were computed. Press F5 to evaluate again.</source>
        <translation>所示结果计算后，数据或参数已更改。请按 F5 重新评审。</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Dossier Not Found</source>
        <translation>未找到档案</translation>
    </message>
    <message>
        <source>Check the path, or create a dossier with File → New from Workbook.</source>
        <translation>请检查路径，或通过“文件 → 从工作簿新建”创建档案。</translation>
    </message>
    <message>
        <source>Not a Tender Dossier</source>
        <translation>不是招标档案</translation>
    </message>
    <message>
        <source>Choose a .tender file. To read a bid workbook, use File → New from Workbook.</source>
        <translation>请选择 .tender 文件。要读取申报工作簿，请使用“文件 → 从工作簿新建”。</translation>
    </message>
    <message>
        <source>Damaged Dossier</source>
        <translation>档案已损坏</translation>
    </message>
    <message>
        <source>The file was left unchanged. Open a backup copy or re-import the workbook.</source>
        <translation>文件未作任何更改。请打开备份副本或重新导入工作簿。</translation>
    </message>
    <message>
        <source>Dossier From a Newer TenderDesk</source>
        <translation>档案来自较新版本的 TenderDesk</translation>
    </message>
    <message>
        <source>Open it with the newer TenderDesk version that wrote it, or install the update.</source>
        <translation>请用写入它的较新版本 TenderDesk 打开，或安装更新。</translation>
    </message>
    <message>
        <source>Dossier In Use</source>
        <translation>档案正在使用中</translation>
    </message>
    <message>
        <source>%1 is open in another TenderDesk window or on another computer.</source>
        <translation>%1 已在另一个 TenderDesk 窗口或另一台计算机上打开。</translation>
    </message>
    <message>
        <source>Only one window can change a dossier. You can open it read-only to look at it, or cancel and close the other window first.</source>
        <translation>同一时间只有一个窗口可以更改档案。您可以以只读方式打开查看，或取消并先关闭另一个窗口。</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>以只读方式打开(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot Open Dossier</source>
        <translation>无法打开档案</translation>
    </message>
    <message>
        <source>Check that the file and its folder can be read and written.</source>
        <translation>请检查文件及其所在文件夹是否可读写。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>The dossier holds no tender data yet: import a workbook.</source>
        <translation>档案中还没有招标数据：请导入工作簿。</translation>
    </message>
    <message>
        <source>The change could not be written to the dossier.</source>
        <translation>无法将更改写入档案。</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Invalid Parameters</source>
        <translation>参数无效</translation>
    </message>
    <message>
        <source>Correct the parameters shown in red before evaluating.</source>
        <translation>评审前请更正以红色标出的参数。</translation>
    </message>
    <message>
        <source>Evaluating…</source>
        <translation>正在评审…</translation>
    </message>
    <message>
        <source>Evaluated: run %1 stored.</source>
        <translation>已评审：评审记录 %1 已保存。</translation>
    </message>
    <message>
        <source>Evaluation cancelled. Nothing was stored.</source>
        <translation>评审已取消。未保存任何内容。</translation>
    </message>
    <message>
        <source>Evaluation Failed</source>
        <translation>评审失败</translation>
    </message>
    <message>
        <source>The tender could not be evaluated. Nothing was stored.</source>
        <translation>无法评审该招标。未保存任何内容。</translation>
    </message>
    <message>
        <source>Run Not Readable</source>
        <translation>评审记录无法读取</translation>
    </message>
    <message>
        <source>Run %1 cannot be read back from the dossier.</source>
        <translation>无法从档案中读回评审记录 %1。</translation>
    </message>
    <message>
        <source>Showing run %1 of %2.</source>
        <translation>正在显示评审记录 %1（共 %2 次）。</translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1);;All files (*)</source>
        <translation>招标档案 (*.%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <source>Tender dossiers (*.%1)</source>
        <translation>招标档案 (*.%1)</translation>
    </message>
    <message>
        <source>Choose another file: the dossier itself is always up to date.</source>
        <translation>请选择另一个文件：档案本身始终是最新的。</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>Export Tender Data as CSV</source>
        <translation>将招标数据导出为 CSV</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export Evaluation Result as JSON</source>
        <translation>将评审结果导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Evaluation Running</source>
        <translation>评审正在进行</translation>
    </message>
    <message>
        <source>An evaluation is running. Cancel it and quit? Nothing of it will be stored.</source>
        <translation>评审正在进行。要取消并退出吗？本次评审不会保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>培训(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reset Demo to Pristine</source>
        <translation>将演示档案恢复为初始状态(&amp;R)</translation>
    </message>
    <message>
        <source>Write the bundled demo dossier again, as it was shipped, and open it</source>
        <translation>按随附时的原样重新写入演示档案并打开</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Larger fonts, full screen and high-contrast charts for a projector</source>
        <translation>为投影仪放大字体、全屏显示并使用高对比度图表</translation>
    </message>
    <message>
        <source>Guided &amp;What-If…</source>
        <translation>引导式假设分析(&amp;W)…</translation>
    </message>
    <message>
        <source>Evaluate with another spread factor or rule set and compare with the current run</source>
        <translation>使用其他价差倍数或规则集进行评审，并与当前评审记录比较</translation>
    </message>
    <message>
        <source>&lt;b&gt;Teaching note (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;教学说明（%1）：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Teaching note</source>
        <translation>教学说明</translation>
    </message>
    <message>
        <source>Reset Demo to Pristine</source>
        <translation>将演示档案恢复为初始状态</translation>
    </message>
    <message>
        <source>Replace %1 with the demo dossier as it was shipped? Every change and evaluation run in it is lost.</source>
        <translation>用随附时原样的演示档案替换 %1？其中的所有修改和评审记录都将丢失。</translation>
    </message>
    <message>
        <source>The demo dossier could not be written to %1: %2</source>
        <translation>无法将演示档案写入 %1：%2</translation>
    </message>
    <message>
        <source>The demo dossier was written to %1 but cannot be opened.</source>
        <translation>演示档案已写入 %1，但无法打开。</translation>
    </message>
    <message>
        <source>Demo reset to pristine: %1</source>
        <translation>演示档案已恢复为初始状态：%1</translation>
    </message>
    <message>
        <source>Evaluate the tender first: the what-if is compared with the run shown.</source>
        <translation>请先评审该招标：假设分析将与当前显示的评审记录进行比较。</translation>
    </message>
    <message>
        <source>&amp;Keep These Parameters</source>
        <translation>保留这些参数(&amp;K)</translation>
    </message>
    <message>
        <source>Declared demand by buyer (editable)</source>
        <translation>按采购方的报送需求量（可编辑）</translation>
    </message>
</context>
<context>
    <name>td::ui::ParameterModel</name>
    <message>
        <source>Set by this tender</source>
        <translation>由本招标设定</translation>
    </message>
    <message>
        <source>Default of the rule set</source>
        <translation>规则集默认值</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
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
        <translation>品种</translation>
    </message>
    <message>
        <source>Generic name (INN)</source>
        <translation>通用名（INN）</translation>
    </message>
    <message>
        <source>INN</source>
        <translation>通用名</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <source>Dosage form</source>
        <translation>剂型</translation>
    </message>
    <message>
        <source>Representative specification: strength × pack size</source>
        <translation>代表品规格：规格（含量）× 包装数量</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>代表品规格</translation>
    </message>
    <message>
        <source>Qualified bids (N)</source>
        <translation>合格申报数（N）</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Shortlist size (K)</source>
        <translation>入围数量（K）</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Winners</source>
        <translation>中选企业</translation>
    </message>
    <message>
        <source>Lowest comparable unit price</source>
        <translation>最低单位可比价</translation>
    </message>
    <message>
        <source>Lowest unit price</source>
        <translation>最低单位可比价</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>约定采购比例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>td::ui::ReferencePriceModel</name>
    <message>
        <source>Product</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Reference unit price</source>
        <translation>参考单价</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>td::ui::RegionPickModel</name>
    <message>
        <source>Pick</source>
        <translation>选择顺序</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>申报企业</translation>
    </message>
    <message>
        <source>Supply region</source>
        <translation>供应地区</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportActions</name>
    <message>
        <source>&amp;Print Report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Export Report as P&amp;DF…</source>
        <translation>将报告导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Export Report as &amp;XLSX…</source>
        <translation>将报告导出为 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Award &amp;Letters…</source>
        <translation>导出中选通知书(&amp;L)…</translation>
    </message>
    <message>
        <source>Report &amp;Options</source>
        <translation>报告选项(&amp;O)</translation>
    </message>
    <message>
        <source>Report &amp;Language</source>
        <translation>报告语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Second Language (beneath each label)</source>
        <translation>第二语言（显示在各标签下方）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open a dossier first.</source>
        <translation>请先打开档案。</translation>
    </message>
    <message>
        <source>Reading the evaluation run…</source>
        <translation>正在读取评审记录…</translation>
    </message>
    <message>
        <source>A value is too large to print exactly.</source>
        <translation>数值过大，无法精确打印。</translation>
    </message>
    <message>
        <source>Print Award Report</source>
        <translation>打印中选结果报告</translation>
    </message>
    <message>
        <source>Award Report Preview</source>
        <translation>中选结果报告预览</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Writing award letters…</source>
        <translation>正在写入中选通知书…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Export Award Report as PDF</source>
        <translation>将中选结果报告导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Award Report as XLSX</source>
        <translation>将中选结果报告导出为 XLSX</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for Award Letters</source>
        <translation>中选通知书文件夹</translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonDialog</name>
    <message>
        <source>Compare Evaluation Runs</source>
        <translation>比较评审记录</translation>
    </message>
    <message>
        <source>Run &amp;A:</source>
        <translation>评审记录 A(&amp;A)：</translation>
    </message>
    <message>
        <source>Run &amp;B:</source>
        <translation>评审记录 B(&amp;B)：</translation>
    </message>
    <message>
        <source>Show &amp;only what changed</source>
        <translation>仅显示有变化的项(&amp;O)</translation>
    </message>
    <message>
        <source>Differences between the two runs</source>
        <translation>两次评审之间的差异</translation>
    </message>
    <message>
        <source>Run A</source>
        <translation>评审记录 A</translation>
    </message>
    <message>
        <source>Run B</source>
        <translation>评审记录 B</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) differ between the two runs.</source>
        <translation>
            <numerusform>两次评审之间有 %n 个申报不同。</numerusform>
        </translation>
    </message>
    <message>
        <source>A run cannot be read back from the dossier.</source>
        <translation>无法从档案中读回其中一次评审记录。</translation>
    </message>
</context>
<context>
    <name>td::ui::RunComparisonModel</name>
    <message>
        <source>(absent)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>有变化</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Status (A)</source>
        <translation>状态（A）</translation>
    </message>
    <message>
        <source>Status (B)</source>
        <translation>状态（B）</translation>
    </message>
    <message>
        <source>Award price (A)</source>
        <translation>中选价格（A）</translation>
    </message>
    <message>
        <source>Award price (B)</source>
        <translation>中选价格（B）</translation>
    </message>
    <message>
        <source>Volume (A)</source>
        <translation>数量（A）</translation>
    </message>
    <message>
        <source>Volume (B)</source>
        <translation>数量（B）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>td::ui::RunModel</name>
    <message>
        <source>Run %1, %2, %3</source>
        <translation>评审记录 %1，%2，%3</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>评审记录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要值</translation>
    </message>
</context>
<context>
    <name>td::ui::SavingsChart</name>
    <message>
        <source>Savings chart</source>
        <translation>节约金额图表</translation>
    </message>
    <message>
        <source>Savings: evaluate the tender first</source>
        <translation>节约金额：请先评审招标</translation>
    </message>
    <message>
        <source>Savings in %1: the %2 products with the largest savings of %3</source>
        <translation>节约金额（%1）：%3 个品种中节约最多的 %2 个</translation>
    </message>
    <message>
        <source>Savings in %1 by product</source>
        <translation>各品种节约金额（%1）</translation>
    </message>
    <message>
        <source>Against the ceiling</source>
        <translation>相对于上限价</translation>
    </message>
    <message>
        <source>Against the reference median</source>
        <translation>相对于参考价格中位数</translation>
    </message>
</context>
<context>
    <name>td::ui::Status</name>
    <message>
        <source>Not evaluated</source>
        <translation>未评审</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>已中选</translation>
    </message>
    <message>
        <source>No award</source>
        <translation>无中选</translation>
    </message>
    <message>
        <source>Volume unassigned</source>
        <translation>有未分配量</translation>
    </message>
</context>
<context>
    <name>td::ui::UnassignedModel</name>
    <message>
        <source>Supply region</source>
        <translation>供应地区</translation>
    </message>
    <message>
        <source>Unassigned volume</source>
        <translation>未分配量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>td::ui::VolumeShareChart</name>
    <message>
        <source>Volume shares chart</source>
        <translation>数量份额图表</translation>
    </message>
    <message>
        <source>Volume shares: select an evaluated product</source>
        <translation>数量份额：请选择已评审的品种</translation>
    </message>
    <message>
        <source>Volume shares by winner, %1</source>
        <translation>各中选企业数量份额，%1</translation>
    </message>
    <message>
        <source>Unassigned: %1</source>
        <translation>未分配：%1</translation>
    </message>
</context>
<context>
    <name>td::ui::WhatIfDialog</name>
    <message>
        <source>Guided What-If</source>
        <translation>引导式假设分析</translation>
    </message>
    <message>
        <source>TenderDesk evaluates the tender again with the spread factor or rule set you choose here and stores the result as a new run. You then see the previous run and the new one side by side; the tender&apos;s own parameters change only if you choose Keep These Parameters.</source>
        <translation>TenderDesk 将使用您在此选择的价差倍数或规则集重新评审该招标，并将结果保存为新的评审记录。随后您会并排看到上一次评审记录和新的评审记录；只有选择“保留这些参数”时，招标本身的参数才会改变。</translation>
    </message>
    <message>
        <source>&amp;Spread factor:</source>
        <translation>价差倍数(&amp;S)：</translation>
    </message>
    <message>
        <source>Spread factor</source>
        <translation>价差倍数</translation>
    </message>
    <message>
        <source>R&amp;ule set:</source>
        <translation>规则集(&amp;U)：</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <source>&amp;Evaluate and Compare</source>
        <translation>评审并比较(&amp;E)</translation>
    </message>
</context>
<context>
    <name>td::ui::WinnerTotalModel</name>
    <message>
        <source>Bid</source>
        <translation>申报</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>中选企业</translation>
    </message>
    <message>
        <source>Supply regions</source>
        <translation>供应地区</translation>
    </message>
    <message>
        <source>Total volume</source>
        <translation>总数量</translation>
    </message>
    <message>
        <source>Total contract value</source>
        <translation>合同总金额</translation>
    </message>
</context>
</TS>
