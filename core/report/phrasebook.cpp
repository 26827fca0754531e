#include "phrasebook.h"

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include <array>
#include <memory>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace td::report {

namespace {

// English source, then zh_CN, lo, th. Terms follow glossary.md; "(check)" there applies here.
struct Phrase
{
    const char *en;
    const char *zh;
    const char *lo;
    const char *th;
};

// QT_TRANSLATE_NOOP spelled out: lupdate does not expand macros.
const Phrase phrases[] = {
    // cover
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Award report"), "中选结果报告", "ບົດລາຍງານຜົນການປະມູນ", "รายงานผลการพิจารณา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Tender"), "招标", "ການປະມູນ", "การประกวดราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Title"), "标题", "ຫົວຂໍ້", "ชื่อเรื่อง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Tender currency"), "招标币种", "ສະກຸນເງິນຂອງການປະມູນ", "สกุลเงินของการประกวดราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Rule set"), "规则集", "ຊຸດກົດລະບຽບ", "ชุดหลักเกณฑ์"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Parameters"), "参数", "ພາລາມິເຕີ", "พารามิเตอร์"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Evaluation run"), "评审批次", "ຮອບການປະເມີນຜົນ", "รอบการพิจารณาผล"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Evaluated on"), "评审日期", "ວັນທີປະເມີນຜົນ", "วันที่พิจารณาผล"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Evaluated by"), "评审人", "ຜູ້ປະເມີນຜົນ", "ผู้พิจารณาผล"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Report date"), "报告日期", "ວັນທີລາຍງານ", "วันที่รายงาน"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Dossier digest"), "档案摘要值", "ລະຫັດກວດສອບແຟ້ມຂໍ້ມູນ", "ค่าตรวจสอบแฟ้มข้อมูล"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Digest"), "摘要值", "ລະຫັດກວດສອບ", "ค่าตรวจสอบ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Page %1 of %2"), "第 %1 页，共 %2 页", "ໜ້າ %1 ຈາກ %2", "หน้า %1 จาก %2"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Products"), "品种数", "ຈຳນວນລາຍການຢາ", "จำนวนรายการยา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Verify with: tenderdesk-cli verify DOSSIER --digest HEX"),
     "核验：tenderdesk-cli verify DOSSIER --digest HEX",
     "ກວດສອບດ້ວຍ: tenderdesk-cli verify DOSSIER --digest HEX",
     "ตรวจสอบด้วย: tenderdesk-cli verify DOSSIER --digest HEX"},
    // summary
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Summary"), "汇总", "ສະຫຼຸບ", "สรุป"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Product"), "品种", "ລາຍການຢາ", "รายการยา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Winner"), "中选企业", "ຜູ້ຊະນະການປະມູນ", "ผู้ชนะการเสนอราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Award price"), "中选价格", "ລາຄາທີ່ຊະນະ", "ราคาที่ได้รับคัดเลือก"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Agreed share"), "约定采购比例", "ສັດສ່ວນທີ່ຕົກລົງ", "สัดส่วนที่ตกลง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Agreed volume"), "约定采购量", "ປະລິມານຈັດຊື້ທີ່ຕົກລົງ", "ปริมาณการจัดซื้อที่ตกลง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Volume"), "数量", "ປະລິມານ", "ปริมาณ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Contract value"), "合同金额", "ມູນຄ່າສັນຍາ", "มูลค่าสัญญา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Savings vs ceiling"), "较上限价节约金额", "ເງິນທີ່ປະຢັດໄດ້ທຽບກັບເພດານ",
     "เงินที่ประหยัดได้เทียบกับเพดานราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Savings vs reference median"), "较参考价格中位数节约金额",
     "ເງິນທີ່ປະຢັດໄດ້ທຽບກັບລາຄາອ້າງອີງມັດທະຍະຖານ", "เงินที่ประหยัดได้เทียบกับมัธยฐานราคาอ้างอิง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Total"), "合计", "ລວມ", "รวม"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "No winner"), "无中选企业", "ບໍ່ມີຜູ້ຊະນະ", "ไม่มีผู้ชนะ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Savings = volume × (effective ceiling or reference median) − contract value, "
          "each rounded to 2 decimals in the tender currency."),
     "节约金额 = 数量 ×（适用上限价或参考价格中位数）− 合同金额，均按招标币种保留 2 位小数。",
     "ເງິນທີ່ປະຢັດໄດ້ = ປະລິມານ × (ເພດານລາຄາທີ່ນຳໃຊ້ ຫຼື ລາຄາອ້າງອີງມັດທະຍະຖານ) − ມູນຄ່າສັນຍາ, "
     "ປັດເປັນ 2 ຕຳແໜ່ງທົດສະນິຍົມໃນສະກຸນເງິນຂອງການປະມູນ.",
     "เงินที่ประหยัดได้ = ปริมาณ × (เพดานราคาที่ใช้บังคับ หรือ มัธยฐานราคาอ้างอิง) − มูลค่าสัญญา "
     "ปัดเป็นทศนิยม 2 ตำแหน่งในสกุลเงินของการประกวดราคา"},
    // product sections
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Bids"), "申报", "ການສະເໜີລາຄາ", "การเสนอราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Rank"), "排名", "ອັນດັບ", "ลำดับ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Bid"), "申报", "ການສະເໜີລາຄາ", "การเสนอราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Bidder"), "申报企业", "ຜູ້ສະເໜີລາຄາ", "ผู้เสนอราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Comparable unit price"), "单位可比价", "ລາຄາຕໍ່ໜ່ວຍທີ່ປຽບທຽບໄດ້",
     "ราคาต่อหน่วยที่เทียบเคียงได้"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Status"), "状态", "ສະຖານະ", "สถานะ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Reason"), "原因", "ເຫດຜົນ", "เหตุผล"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "MPR"), "MPR", "MPR", "MPR"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Price cap"), "价格上限", "ເພດານລາຄາຂາຍ", "เพดานราคาจำหน่าย"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Thresholds"), "阈值", "ເກນ", "เกณฑ์"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Qualified bids"), "有效申报数", "ຈຳນວນທີ່ຜ່ານຄຸນສົມບັດ", "จำนวนที่ผ่านคุณสมบัติ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Shortlist"), "入围名单", "ລາຍຊື່ຜູ້ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ",
     "รายชื่อผู้ผ่านการคัดเลือกเบื้องต้น"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Lowest unit price"), "最低单位可比价", "ລາຄາຕໍ່ໜ່ວຍຕ່ຳສຸດ", "ราคาต่อหน่วยต่ำสุด"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Anchor price"), "锚点价", "ລາຄາພື້ນຖານ", "ราคาฐาน"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Effective ceiling"), "适用上限价", "ເພດານລາຄາທີ່ນຳໃຊ້", "เพดานราคาที่ใช้บังคับ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Ceiling price"), "最高有效申报价", "ລາຄາເພດານ", "ราคากลาง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Linkage ceiling"), "联动上限价", "ເພດານລາຄາຈາກລາຄາອ້າງອີງ", "เพดานราคาจากราคาอ้างอิง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Spread threshold"), "价差阈值", "ເກນສ່ວນຕ່າງລາຄາ", "เกณฑ์ส่วนต่างราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Floor price"), "低价线", "ເກນລາຄາຕ່ຳ", "เกณฑ์ราคาต่ำ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Revival price"), "复活价格", "ລາຄາຄືນສິດ", "ราคาคืนสิทธิ์"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Declared demand"), "报送需求量", "ປະລິມານຄວາມຕ້ອງການທີ່ແຈ້ງ", "ปริมาณความต้องการที่แจ้ง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Reference median"), "参考价格中位数", "ລາຄາອ້າງອີງມັດທະຍະຖານ", "มัธยฐานราคาอ้างอิง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Bid ladder"), "申报价格阶梯图", "ແຜນພູມລຳດັບລາຄາ", "แผนภูมิลำดับราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Generic name (INN)"), "通用名（INN）", "ຊື່ສາມັນ (INN)", "ชื่อสามัญทางยา (INN)"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Representative specification"), "代表品规格", "ຂໍ້ກຳນົດອ້າງອີງ", "ข้อกำหนดอ้างอิง"},
    // allocations, linkage, unassigned
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Allocations"), "分配", "ການຈັດສັນ", "การจัดสรร"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Buyer"), "采购方", "ຜູ້ຊື້", "ผู้ซื้อ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Region"), "供应地区", "ເຂດສະໜອງ", "พื้นที่จัดส่ง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Value"), "金额", "ມູນຄ່າ", "มูลค่า"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Local value"), "本币金额", "ມູນຄ່າເປັນສະກຸນເງິນທ້ອງຖິ່ນ", "มูลค่าในสกุลเงินท้องถิ่น"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Currency"), "币种", "ສະກຸນເງິນ", "สกุลเงิน"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Preferred bidder"), "意向企业", "ຜູ້ສະເໜີລາຄາທີ່ຜູ້ຊື້ເລືອກ", "ผู้เสนอราคาที่ผู้ซื้อเลือก"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Price linkage caps"), "价格联动上限", "ເພດານລາຄາຈາກການເຊື່ອມໂຍງລາຄາ",
     "เพดานราคาจากการเชื่อมโยงราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Caps apply in markets outside the bidder's supply regions (rules §9)."),
     "价格上限适用于企业供应地区以外的市场（规则第 9 节）。",
     "ເພດານລາຄາໃຊ້ກັບຕະຫຼາດນອກເຂດສະໜອງຂອງຜູ້ສະເໜີລາຄາ (ກົດລະບຽບ §9).",
     "เพดานราคาใช้กับตลาดนอกพื้นที่จัดส่งของผู้เสนอราคา (หลักเกณฑ์ §9)"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Unassigned volumes"), "未分配量", "ປະລິມານທີ່ຍັງບໍ່ໄດ້ຈັດສັນ", "ปริมาณที่ยังไม่ได้จัดสรร"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "No unassigned volume."), "无未分配量。", "ບໍ່ມີປະລິມານທີ່ຍັງບໍ່ໄດ້ຈັດສັນ.",
     "ไม่มีปริมาณที่ยังไม่ได้จัดสรร"},
    // signature block
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Evaluation committee"), "评审委员会", "ຄະນະກຳມະການປະເມີນຜົນ", "คณะกรรมการพิจารณาผล"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Chair"), "主任委员", "ປະທານ", "ประธานกรรมการ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Member"), "委员", "ກຳມະການ", "กรรมการ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Secretary"), "秘书", "ເລຂານຸການ", "เลขานุการ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Name"), "姓名", "ຊື່", "ชื่อ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Signature"), "签字", "ລາຍເຊັນ", "ลายมือชื่อ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Date"), "日期", "ວັນທີ", "วันที่"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Role"), "职务", "ໜ້າທີ່", "ตำแหน่ง"},
    // statuses
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "winner"), "中选", "ຊະນະ", "ชนะ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "revived"), "复活中选", "ຊະນະໂດຍການຄືນສິດ", "ชนะโดยการคืนสิทธิ์"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "not selected"), "未中选", "ບໍ່ໄດ້ຮັບການຄັດເລືອກ", "ไม่ได้รับการคัดเลือก"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "not shortlisted"), "未入围", "ບໍ່ຜ່ານການຄັດເລືອກເບື້ອງຕົ້ນ", "ไม่ผ่านการคัดเลือกเบื้องต้น"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "disqualified"), "不合格", "ບໍ່ຜ່ານຄຸນສົມບັດ", "ไม่ผ่านคุณสมบัติ"},
    // reasons (formats.md §2)
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "no valid GMP"), "无有效 GMP", "ບໍ່ມີ GMP ທີ່ຖືກຕ້ອງ", "ไม่มี GMP ที่ถูกต้อง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "quality tier %1 below %2"), "质量层级 %1 低于 %2", "ລະດັບຄຸນນະພາບ %1 ຕ່ຳກວ່າ %2",
     "ระดับคุณภาพ %1 ต่ำกว่า %2"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "not registered in a demand country"), "未在需求国家注册", "ບໍ່ໄດ້ຂຶ້ນທະບຽນໃນປະເທດທີ່ມີຄວາມຕ້ອງການ",
     "ไม่ได้ขึ้นทะเบียนในประเทศที่มีความต้องการ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "shelf life %1 < %2 months"), "有效期 %1 < %2 个月", "ອາຍຸການເກັບຮັກສາ %1 < %2 ເດືອນ",
     "อายุการเก็บรักษา %1 < %2 เดือน"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "above the effective ceiling %1"), "高于适用上限价 %1", "ສູງກວ່າເພດານລາຄາທີ່ນຳໃຊ້ %1",
     "สูงกว่าเพดานราคาที่ใช้บังคับ %1"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "within spread (≤ %1)"), "在价差范围内（≤ %1）", "ຢູ່ໃນສ່ວນຕ່າງລາຄາ (≤ %1)",
     "อยู่ในส่วนต่างราคา (≤ %1)"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "at or below the floor price %1"), "不高于低价线 %1", "ບໍ່ເກີນເກນລາຄາຕ່ຳ %1",
     "ไม่เกินเกณฑ์ราคาต่ำ %1"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "at or below half the ceiling price %1"), "不高于最高有效申报价的一半 %1",
     "ບໍ່ເກີນເຄິ່ງໜຶ່ງຂອງລາຄາເພດານ %1", "ไม่เกินครึ่งหนึ่งของราคากลาง %1"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "accepted the revival price %1"), "接受复活价格 %1", "ຍອມຮັບລາຄາຄືນສິດ %1",
     "ยอมรับราคาคืนสิทธิ์ %1"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "top score %1"), "得分领先 %1", "ຄະແນນສູງສຸດ %1", "คะแนนสูงสุด %1"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "outside spread (> %1)"), "超出价差范围（> %1）", "ເກີນສ່ວນຕ່າງລາຄາ (> %1)",
     "เกินส่วนต่างราคา (> %1)"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "beyond the shortlist of %1"), "排名在 %1 家入围名单之外", "ຢູ່ນອກລາຍຊື່ຄັດເລືອກເບື້ອງຕົ້ນ %1 ລາຍ",
     "อยู่นอกรายชื่อผู้ผ่านการคัดเลือกเบื้องต้น %1 ราย"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "below the %1 awardees"), "排名在前 %1 名之外", "ຢູ່ນອກ %1 ອັນດັບທຳອິດ", "อยู่นอก %1 อันดับแรก"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "no eligible winner"), "无符合条件的中选企业", "ບໍ່ມີຜູ້ຊະນະທີ່ມີສິດ", "ไม่มีผู้ชนะที่มีสิทธิ์"},
    // award notice letter
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Award notice"), "中选通知书", "ແຈ້ງການມອບສັນຍາ", "หนังสือแจ้งผลการตัดสินผู้ชนะ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "To"), "致", "ເຖິງ", "เรียน"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Country"), "国家", "ປະເທດ", "ประเทศ"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Subject"), "事由", "ເລື່ອງ", "เรื่อง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "The evaluation committee of tender %1 (%2) evaluated the bids under rule set %3 on "
          "%4. The following bids of your company were selected:"),
     "招标 %1（%2）评审委员会于 %4 按规则集 %3 完成评审。贵公司以下申报中选：",
     "ຄະນະກຳມະການປະເມີນຜົນຂອງການປະມູນ %1 (%2) ໄດ້ປະເມີນການສະເໜີລາຄາຕາມຊຸດກົດລະບຽບ %3 ໃນວັນທີ "
     "%4. ການສະເໜີລາຄາຕໍ່ໄປນີ້ຂອງບໍລິສັດທ່ານໄດ້ຮັບການຄັດເລືອກ:",
     "คณะกรรมการพิจารณาผลของการประกวดราคา %1 (%2) ได้พิจารณาการเสนอราคาตามชุดหลักเกณฑ์ %3 "
     "เมื่อวันที่ %4 การเสนอราคาของบริษัทท่านต่อไปนี้ได้รับการคัดเลือก:"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Volumes by region"), "各供应地区数量", "ປະລິມານຕາມເຂດສະໜອງ", "ปริมาณตามพื้นที่จัดส่ง"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Term"), "采购周期", "ໄລຍະສັນຍາ", "ระยะเวลาสัญญา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "%1 months from the date the contract is signed"), "自合同签订之日起 %1 个月",
     "%1 ເດືອນ ນັບແຕ່ວັນທີເຊັນສັນຍາ", "%1 เดือน นับจากวันที่ลงนามในสัญญา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Please confirm in writing within the period stated in the tender documents."),
     "请在采购文件规定的期限内书面确认。", "ກະລຸນາຢືນຢັນເປັນລາຍລັກອັກສອນພາຍໃນໄລຍະເວລາທີ່ກຳນົດໃນເອກະສານປະມູນ.",
     "โปรดยืนยันเป็นลายลักษณ์อักษรภายในระยะเวลาที่กำหนดในเอกสารประกวดราคา"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "For the evaluation committee"), "评审委员会（盖章）", "ຕາງໜ້າຄະນະກຳມະການປະເມີນຜົນ",
     "ในนามคณะกรรมการพิจารณาผล"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "(continued)"), "（续）", "(ຕໍ່)", "(ต่อ)"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "%1 buyers"), "%1 个采购方", "ຜູ້ຊື້ %1 ລາຍ", "ผู้ซื้อ %1 ราย"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "Allocations by winner and region; every buyer is listed in the XLSX export."),
     "按中选企业和供应地区汇总；各采购方明细见 XLSX 导出文件。",
     "ການຈັດສັນຕາມຜູ້ຊະນະ ແລະ ເຂດສະໜອງ; ລາຍລະອຽດຂອງຜູ້ຊື້ແຕ່ລະລາຍຢູ່ໃນແຟ້ມ XLSX.",
     "การจัดสรรตามผู้ชนะและพื้นที่จัดส่ง รายละเอียดของผู้ซื้อแต่ละรายอยู่ในไฟล์ XLSX"},
    {QT_TRANSLATE_NOOP("td::report::Phrasebook", "ten thousand"), "万", "ໝື່ນ", "หมื่น"},
};

using Table = std::unordered_map<std::string_view, const Phrase *>;

const Table &table()
{
    static const Table t = [] {
        Table result;
        for (const Phrase &p : phrases)
            result.emplace(p.en, &p);
        return result;
    }();
    return t;
}

// The .qm of a language when the program embeds it (the GUI does; the CLI may not).
const QTranslator *translatorFor(Language language)
{
    static std::once_flag once;
    static std::array<std::unique_ptr<QTranslator>, 4> translators;
    std::call_once(once, [] {
        for (int i = 0; i < 4; ++i) {
            const QString path = QStringLiteral(":/i18n/tenderdesk_%1.qm")
                                     .arg(languageCode(static_cast<Language>(i)));
            if (!QFile::exists(path))
                continue;
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(path))
                translators[static_cast<size_t>(i)] = std::move(translator);
        }
    });
    return translators[static_cast<size_t>(language)].get();
}

} // namespace

QString languageCode(Language language)
{
    switch (language) {
    case Language::En:
        return QStringLiteral("en");
    case Language::ZhCN:
        return QStringLiteral("zh_CN");
    case Language::Lo:
        return QStringLiteral("lo");
    case Language::Th:
        break;
    }
    return QStringLiteral("th");
}

std::optional<Language> languageFromCode(QStringView code)
{
    if (code == u"en")
        return Language::En;
    if (code == u"zh_CN" || code == u"zh")
        return Language::ZhCN;
    if (code == u"lo")
        return Language::Lo;
    if (code == u"th")
        return Language::Th;
    return std::nullopt;
}

QStringList languageCodes()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("lo"), QStringLiteral("th")};
}

QString Phrasebook::text(Language language, const char *english)
{
    if (language == Language::En)
        return QString::fromUtf8(english);
    if (const QTranslator *translator = translatorFor(language)) {
        const QString translated = translator->translate("td::report::Phrasebook", english);
        if (!translated.isEmpty())
            return translated;
    }
    const auto it = table().find(english);
    if (it == table().end())
        return QString::fromUtf8(english);
    const Phrase &p = *it->second;
    switch (language) {
    case Language::ZhCN:
        return QString::fromUtf8(p.zh);
    case Language::Lo:
        return QString::fromUtf8(p.lo);
    case Language::Th:
        return QString::fromUtf8(p.th);
    case Language::En:
        break;
    }
    return QString::fromUtf8(p.en);
}

} // namespace td::report
