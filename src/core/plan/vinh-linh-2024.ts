// The built-in plan: Kế hoạch BĐG 2024 of UBND huyện Vĩnh Linh (docs/domain.md §2 and §4).
// Plain data, parsed once through PlanSchema like any plan file (the CLI's build parses it and puts
// the result in the bundle instead of this module: scripts/build-cli.mjs). Unit and indicator
// codes are fixed: tests, forms already sent out and other tools depend on them.
import {
  consistency,
  notZero,
  numeratorLeDenominator,
  partLeWhole,
  partsSumBelowWhole,
  partsSumLeWhole,
} from "./build-rules";
import { PlanSchema, type Plan, type PlanInput } from "./schema";

type UnitInput = PlanInput["units"][number];
type IndicatorInput = PlanInput["indicators"][number];
type WhoInput = IndicatorInput["who"];
type TotalInput = IndicatorInput["total"];

// ---- Roster (docs/domain.md §2.1) -------------------------------------------------------------

/**
 * A commune or town (kind XA). Aliases cover hand-made headers: "UBND xã Vĩnh Thái", the bare
 * place name, and the old tone placement ("Vĩnh Hoà", "Vĩnh Thuỷ") that NFC does not unify.
 */
function commune(code: string, name: string, extraAliases: string[] = []): UnitInput {
  const isTown = name.startsWith("Thị trấn ");
  const place = name.replace(/^(Thị trấn|Xã) /, "");
  const aliases = isTown
    ? [`UBND thị trấn ${place}`, `TT ${place}`, place]
    : [`UBND xã ${place}`, place];
  return { code, name, kind: "XA", required: true, aliases: [...aliases, ...extraAliases] };
}

const units: UnitInput[] = [
  commune("TT_HO_XA", "Thị trấn Hồ Xá"),
  commune("TT_BEN_QUAN", "Thị trấn Bến Quan"),
  commune("TT_CUA_TUNG", "Thị trấn Cửa Tùng"),
  commune("X_HIEN_THANH", "Xã Hiền Thành"),
  commune("X_KIM_THACH", "Xã Kim Thạch"),
  commune("X_TRUNG_NAM", "Xã Trung Nam"),
  commune("X_VINH_CHAP", "Xã Vĩnh Chấp"),
  commune("X_VINH_GIANG", "Xã Vĩnh Giang"),
  commune("X_VINH_HA", "Xã Vĩnh Hà"),
  commune("X_VINH_HOA", "Xã Vĩnh Hòa", ["Xã Vĩnh Hoà", "UBND xã Vĩnh Hoà", "Vĩnh Hoà"]),
  commune("X_VINH_KHE", "Xã Vĩnh Khê"),
  commune("X_VINH_LAM", "Xã Vĩnh Lâm"),
  commune("X_VINH_LONG", "Xã Vĩnh Long"),
  commune("X_VINH_O", "Xã Vĩnh Ô"),
  commune("X_VINH_SON", "Xã Vĩnh Sơn"),
  commune("X_VINH_THAI", "Xã Vĩnh Thái"),
  commune("X_VINH_THUY", "Xã Vĩnh Thủy", ["Xã Vĩnh Thuỷ", "UBND xã Vĩnh Thuỷ", "Vĩnh Thuỷ"]),
  commune("X_VINH_TU", "Xã Vĩnh Tú"),
  {
    code: "P_LDTBXH",
    name: "Phòng Lao động - Thương binh và Xã hội",
    kind: "LDTBXH",
    required: true,
    aliases: ["Phòng LĐ-TB&XH", "Phòng LĐTBXH", "Phòng Lao động - Thương binh và Xã hội huyện Vĩnh Linh"],
  },
  {
    code: "P_YTE",
    name: "Phòng Y tế",
    kind: "YTE",
    required: true,
    aliases: ["Phòng Y tế huyện Vĩnh Linh"],
  },
  {
    code: "P_VHTT",
    name: "Phòng Văn hóa và Thông tin",
    kind: "VHTT",
    required: true,
    aliases: ["Phòng VH-TT", "Phòng VH&TT", "Phòng Văn hoá và Thông tin", "Phòng Văn hóa và Thông tin huyện Vĩnh Linh"],
  },
  {
    code: "P_GDDT",
    name: "Phòng Giáo dục và Đào tạo",
    kind: "GDDT",
    required: true,
    aliases: ["Phòng GD&ĐT", "Phòng GD-ĐT", "Phòng Giáo dục và Đào tạo huyện Vĩnh Linh"],
  },
  {
    code: "P_TUPHAP",
    name: "Phòng Tư pháp",
    kind: "TUPHAP",
    required: true,
    aliases: ["Phòng Tư pháp huyện Vĩnh Linh"],
  },
  {
    code: "CA_HUYEN",
    name: "Công an huyện",
    kind: "CONGAN",
    required: true,
    aliases: ["Công an huyện Vĩnh Linh", "CA huyện Vĩnh Linh"],
  },
  {
    code: "P_TCKH",
    name: "Phòng Tài chính - Kế hoạch",
    kind: "TCKH",
    required: true,
    aliases: ["Phòng TC-KH", "Phòng Tài chính Kế hoạch", "Phòng Tài chính - Kế hoạch huyện Vĩnh Linh"],
  },
  {
    code: "TT_VHTT",
    name: "Trung tâm Văn hóa Thông tin - Thể thao",
    kind: "TTVH",
    required: true,
    aliases: [
      "Trung tâm Văn hóa Thông tin - TDTT",
      "Trung tâm VHTT-TT",
      "Trung tâm Văn hoá Thông tin - Thể thao",
      "Trung tâm Văn hóa, Thông tin và Thể thao huyện Vĩnh Linh",
    ],
  },
  {
    // The seed only "đề nghị" (requests) the Front: a missing report is not flagged as missing.
    code: "MTTQ",
    name: "Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội",
    kind: "MTTQ",
    required: false,
    aliases: [
      "Ủy ban MTTQ Việt Nam huyện",
      "Ủy ban MTTQ Việt Nam huyện Vĩnh Linh",
      "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh",
      "UBMTTQVN huyện Vĩnh Linh",
    ],
  },
];

// ---- Who carries a row, how it is totalled (docs/domain.md §4) ---------------------------------

const ALL = (): WhoInput => ({ kinds: ["ALL"] });
/** "*": every kind but TCKH (the finance office runs no activities of its own). */
const ALL_BUT_TCKH = (): WhoInput => ({ kinds: ["ALL"], except: ["TCKH"] });
const only = (...kinds: string[]): WhoInput => ({ kinds });

/** State bodies and local governments (docs/domain.md §4 V, TL_CL01): not MTTQ, TTVH, CONGAN. */
const STATE_BODY_KINDS = ["XA", "LDTBXH", "YTE", "VHTT", "GDDT", "TUPHAP", "TCKH"] as const;

const SUM = (): TotalInput => ({ kind: "sum" });
/** Communes only: district bodies report the same cases again. */
const SUM_XA = (): TotalInput => ({ kind: "sumKinds", kinds: ["XA"] });
const RATIO = (): TotalInput => ({ kind: "ratio" });
const from = (unit: string): TotalInput => ({ kind: "fromUnit", unit });

/** value = Σnumerator × 100 / Σdenominator */
const ratioOf = (numerator: string, denominator: string): IndicatorInput["calc"] => ({
  numerator: [{ code: numerator, sign: 1 }],
  denominator: [{ code: denominator, sign: 1 }],
  scale: 100,
});
/** Where the national targets come from (docs/domain.md §4, §7 "Every target cites its source"). */
const NQ28 = "NQ 28/NQ-CP (Chiến lược quốc gia về bình đẳng giới 2021–2030)";
const atLeast = (y2025: number, y2030: number, source: string): IndicatorInput["targets"] => [
  { year: 2025, op: ">=", value: y2025, source },
  { year: 2030, op: ">=", value: y2030, source },
];

// ---- Sections and indicators --------------------------------------------------------------

const sections: PlanInput["sections"] = [
  { code: "I", stt: "I", title: "Tuyên truyền, nâng cao nhận thức", periodKinds: ["half", "year"] },
  { code: "II", stt: "II", title: "Phòng ngừa, ứng phó với bạo lực trên cơ sở giới", periodKinds: ["half", "year"] },
  { code: "III", stt: "III", title: "Nâng cao năng lực quản lý nhà nước", periodKinds: ["half", "year"] },
  // Tháng hành động runs 15/11–15/12: only the annual report can carry it.
  { code: "IV", stt: "IV", title: "Tháng hành động vì bình đẳng giới (15/11 - 15/12)", periodKinds: ["year"] },
  {
    code: "V",
    stt: "V",
    title: "Chỉ tiêu Chiến lược quốc gia về bình đẳng giới theo ngành",
    periodKinds: ["half", "year"],
  },
  { code: "VI", stt: "VI", title: "Kinh phí thực hiện", periodKinds: ["half", "year"] },
  { code: "VII", stt: "VII", title: "Nhận xét", periodKinds: ["half", "year"] },
];

const sectionI: IndicatorInput[] = [
  {
    code: "TT01", section: "I", stt: "1",
    label: "Số buổi tuyên truyền, truyền thông về bình đẳng giới, phòng, chống bạo lực gia đình, bạo lực trên cơ sở giới",
    unitOfMeasure: "buổi", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
  {
    code: "TT02", section: "I", stt: "2", label: "Số lượt người tham dự tuyên truyền",
    unitOfMeasure: "lượt người", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
  {
    code: "TT02.NU", section: "I", stt: "", label: "Trong đó: Nữ", parent: "TT02",
    unitOfMeasure: "lượt người", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
  {
    code: "TT02.NAM", section: "I", stt: "", label: "Trong đó: Nam", parent: "TT02",
    unitOfMeasure: "lượt người", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
  {
    code: "TT03", section: "I", stt: "3",
    label: "Số cuộc họp dân, sinh hoạt cộng đồng có lồng ghép nội dung bình đẳng giới",
    unitOfMeasure: "cuộc", type: "count", who: only("XA", "MTTQ"), total: SUM(),
  },
  {
    code: "TT04", section: "I", stt: "4",
    label: "Số tin, bài, phóng sự về bình đẳng giới trên phương tiện thông tin đại chúng, hệ thống truyền thanh",
    unitOfMeasure: "tin, bài", type: "count", who: only("XA", "VHTT", "TTVH"), total: SUM(),
  },
  {
    code: "TT05", section: "I", stt: "5", label: "Số người được tiếp cận kiến thức cơ bản về bình đẳng giới",
    unitOfMeasure: "người", type: "count", who: only("XA"), total: SUM_XA(),
  },
  {
    code: "TT06", section: "I", stt: "6", label: "Tổng dân số trên địa bàn",
    unitOfMeasure: "người", type: "count", who: only("XA"), total: SUM_XA(),
  },
  {
    // NQ 28/NQ-CP, mục tiêu 6.
    code: "TL_TT05", section: "I", stt: "7",
    label: "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới = TT05 × 100 / TT06",
    unitOfMeasure: "%", type: "calc", required: false, who: only("XA"), total: RATIO(),
    calc: ratioOf("TT05", "TT06"), targets: atLeast(60, 80, `${NQ28}, mục tiêu 6`),
  },
];

/** Rows on domestic / gender-based violence: communes, police, culture office. */
const VICTIMS = (): WhoInput => only("XA", "CONGAN", "VHTT");
/** Rows on trafficking victims: communes, police, labour office. */
const TRAFFICKING = (): WhoInput => only("XA", "CONGAN", "LDTBXH");

const sectionII: IndicatorInput[] = [
  {
    code: "BL01", section: "II", stt: "1", label: "Số vụ bạo lực gia đình được phát hiện",
    unitOfMeasure: "vụ", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL02", section: "II", stt: "2",
    label: "Số nạn nhân bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL02.NU", section: "II", stt: "", label: "Trong đó: Nữ", parent: "BL02",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL02.TE", section: "II", stt: "", label: "Trong đó: Trẻ em dưới 16 tuổi", parent: "BL02",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL02.CT", section: "II", stt: "", label: "Trong đó: Người từ đủ 60 tuổi trở lên", parent: "BL02",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL03", section: "II", stt: "3", label: "Số nạn nhân được tiếp cận ít nhất một dịch vụ hỗ trợ cơ bản",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL03.NU", section: "II", stt: "", label: "Trong đó: Nữ", parent: "BL03",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "TL_BL03", section: "II", stt: "4",
    label: "Tỷ lệ nạn nhân được tiếp cận dịch vụ hỗ trợ = BL03 × 100 / BL02",
    unitOfMeasure: "%", type: "calc", required: false, who: VICTIMS(), total: RATIO(),
    calc: ratioOf("BL03", "BL02"), targets: atLeast(80, 90, `${NQ28}, mục tiêu 3`),
  },
  {
    code: "BL04", section: "II", stt: "5",
    label: "Số người gây bạo lực được phát hiện (chưa đến mức truy cứu trách nhiệm hình sự)",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL04.NU", section: "II", stt: "", label: "Trong đó: Nữ", parent: "BL04",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "BL05", section: "II", stt: "6", label: "Số người gây bạo lực được tư vấn, tham vấn",
    unitOfMeasure: "người", type: "count", who: VICTIMS(), total: SUM_XA(),
  },
  {
    code: "TL_BL05", section: "II", stt: "7",
    label: "Tỷ lệ người gây bạo lực được tư vấn, tham vấn = BL05 × 100 / BL04",
    unitOfMeasure: "%", type: "calc", required: false, who: VICTIMS(), total: RATIO(),
    calc: ratioOf("BL05", "BL04"), targets: atLeast(50, 70, `${NQ28}, mục tiêu 3`),
  },
  {
    code: "BL06", section: "II", stt: "8", label: "Số vụ xâm hại tình dục trẻ em được phát hiện",
    unitOfMeasure: "vụ", type: "count", who: only("XA", "CONGAN"), total: SUM_XA(),
  },
  {
    code: "BL07", section: "II", stt: "9",
    label: "Số mô hình \"Địa chỉ tin cậy - nhà tạm lánh ở cộng đồng\" đang duy trì",
    unitOfMeasure: "mô hình", type: "count", who: only("XA"), total: SUM_XA(),
  },
  {
    code: "BL08", section: "II", stt: "10", label: "Số lượt người được hỗ trợ, tạm lánh tại địa chỉ tin cậy",
    unitOfMeasure: "lượt người", type: "count", who: only("XA"), total: SUM_XA(),
  },
  {
    code: "BL08.NU", section: "II", stt: "", label: "Trong đó: Nữ", parent: "BL08",
    unitOfMeasure: "lượt người", type: "count", who: only("XA"), total: SUM_XA(),
  },
  {
    code: "BL09", section: "II", stt: "11",
    label: "Số nạn nhân bị mua bán trở về được phát hiện có nhu cầu hỗ trợ",
    unitOfMeasure: "người", type: "count", who: TRAFFICKING(), total: from("P_LDTBXH"),
  },
  {
    code: "BL09.NU", section: "II", stt: "", label: "Trong đó: Nữ", parent: "BL09",
    unitOfMeasure: "người", type: "count", who: TRAFFICKING(), total: from("P_LDTBXH"),
  },
  {
    code: "BL10", section: "II", stt: "12",
    label: "Số nạn nhân bị mua bán trở về được hỗ trợ, tái hòa nhập cộng đồng",
    unitOfMeasure: "người", type: "count", who: TRAFFICKING(), total: from("P_LDTBXH"),
  },
  {
    code: "TL_BL10", section: "II", stt: "13",
    label: "Tỷ lệ nạn nhân bị mua bán trở về được hỗ trợ = BL10 × 100 / BL09",
    unitOfMeasure: "%", type: "calc", required: false, who: TRAFFICKING(), total: RATIO(),
    calc: ratioOf("BL10", "BL09"), targets: atLeast(100, 100, `${NQ28}, mục tiêu 3`),
  },
];

const sectionIII: IndicatorInput[] = [
  {
    code: "NL01", section: "III", stt: "1",
    label: "Số lớp tập huấn, bồi dưỡng về bình đẳng giới, phòng, chống bạo lực trên cơ sở giới",
    unitOfMeasure: "lớp", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
  {
    code: "NL02", section: "III", stt: "2", label: "Số lượt cán bộ, công chức, cộng tác viên được tập huấn",
    unitOfMeasure: "lượt người", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
  {
    code: "NL02.NU", section: "III", stt: "", label: "Trong đó: Nữ", parent: "NL02",
    unitOfMeasure: "lượt người", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
  {
    code: "NL03", section: "III", stt: "3",
    label: "Số cuộc kiểm tra, giám sát việc thực hiện pháp luật về bình đẳng giới",
    unitOfMeasure: "cuộc", type: "count", who: ALL_BUT_TCKH(), total: SUM(),
  },
];

const sectionIV: IndicatorInput[] = [
  {
    // Summary target: every unit should hold the month of action (share of "Có" ≥ 100 %).
    code: "TH01", section: "IV", stt: "1", label: "Đơn vị có kế hoạch và tổ chức Tháng hành động",
    unitOfMeasure: "Có/Không", type: "yesno", who: ALL(), total: { kind: "shareYes" },
    // The district plan's own aim for the action month, not a national number.
    targets: [{ year: 2025, op: ">=", value: 100, source: "Kế hoạch BĐG 2024 của UBND huyện Vĩnh Linh", local: true }],
  },
  {
    code: "TH02", section: "IV", stt: "2", label: "Số hoạt động hưởng ứng Tháng hành động",
    unitOfMeasure: "hoạt động", type: "count", who: ALL(), total: SUM(),
  },
  {
    code: "TH03", section: "IV", stt: "3", label: "Số lượt người tham gia các hoạt động hưởng ứng",
    unitOfMeasure: "lượt người", type: "count", who: ALL(), total: SUM(),
  },
  {
    code: "TH03.NU", section: "IV", stt: "", label: "Trong đó: Nữ", parent: "TH03",
    unitOfMeasure: "lượt người", type: "count", who: ALL(), total: SUM(),
  },
];

const sectionV: IndicatorInput[] = [
  {
    code: "CL01", section: "V", stt: "1", label: "Số lãnh đạo chủ chốt của đơn vị (cấp trưởng, cấp phó)",
    unitOfMeasure: "người", type: "count", who: ALL(), total: SUM(),
  },
  {
    code: "CL01.NU", section: "V", stt: "", label: "Trong đó: Nữ", parent: "CL01",
    unitOfMeasure: "người", type: "count", who: ALL(), total: SUM(),
  },
  {
    // District summary only: % of reporting state bodies and local governments with at least one
    // woman among key leaders (NQ 28/NQ-CP mục tiêu 1 counts only those: docs/domain.md §4 V; not
    // MTTQ, TTVH, CONGAN). No calc: the total is shareOfUnits over the units' CL01.NU.
    code: "TL_CL01", section: "V", stt: "2",
    label: "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương có lãnh đạo chủ chốt là nữ = số đơn vị có CL01.NU ≥ 1 × 100 / số đơn vị báo cáo thuộc khối nhà nước",
    unitOfMeasure: "%", type: "calc", required: false, who: { kinds: ["ALL"], summaryOnly: true },
    total: { kind: "shareOfUnits", code: "CL01.NU", atLeast: 1, kinds: [...STATE_BODY_KINDS] }, targets: atLeast(60, 75, `${NQ28}, mục tiêu 1`),
  },
  {
    code: "CL02", section: "V", stt: "3", label: "Số lao động được tạo việc làm mới",
    unitOfMeasure: "người", type: "count", who: only("XA", "LDTBXH"), total: from("P_LDTBXH"),
  },
  {
    code: "CL02.NU", section: "V", stt: "", label: "Trong đó: Nữ", parent: "CL02",
    unitOfMeasure: "người", type: "count", who: only("XA", "LDTBXH"), total: from("P_LDTBXH"),
  },
  {
    code: "CL03", section: "V", stt: "4", label: "Số lao động được đào tạo nghề",
    unitOfMeasure: "người", type: "count", who: only("LDTBXH"), total: from("P_LDTBXH"),
  },
  {
    code: "CL03.NU", section: "V", stt: "", label: "Trong đó: Nữ", parent: "CL03",
    unitOfMeasure: "người", type: "count", who: only("LDTBXH"), total: from("P_LDTBXH"),
  },
  {
    code: "CL04", section: "V", stt: "5", label: "Số trẻ sinh ra sống",
    unitOfMeasure: "trẻ", type: "count", who: only("XA", "YTE"), total: from("P_YTE"),
  },
  {
    code: "CL04.NU", section: "V", stt: "", label: "Trong đó: Bé gái", parent: "CL04",
    unitOfMeasure: "trẻ", type: "count", who: only("XA", "YTE"), total: from("P_YTE"),
  },
  {
    // Sex ratio at birth = boys × 100 / girls = (CL04 − CL04.NU) × 100 / CL04.NU.
    // NQ 28/NQ-CP mục tiêu 4: at most 111 (2025), 109 (2030). Too few births to judge below 30.
    code: "TL_CL04", section: "V", stt: "6",
    label: "Tỷ số giới tính khi sinh = (CL04 − CL04.NU) × 100 / CL04.NU",
    unitOfMeasure: "bé trai/100 bé gái", type: "calc", required: false, who: only("XA", "YTE"), total: RATIO(),
    calc: {
      numerator: [
        { code: "CL04", sign: 1 },
        { code: "CL04.NU", sign: -1 },
      ],
      denominator: [{ code: "CL04.NU", sign: 1 }],
      scale: 100,
    },
    targets: [
      { year: 2025, op: "<=", value: 111, source: `${NQ28}, mục tiêu 4` },
      { year: 2030, op: "<=", value: 109, source: `${NQ28}, mục tiêu 4` },
    ],
    judgeMinBase: { terms: [{ code: "CL04" }], min: 30 },
  },
  {
    code: "CL05", section: "V", stt: "7", label: "Số ca tử vong mẹ",
    unitOfMeasure: "ca", type: "count", who: only("YTE"), total: from("P_YTE"), provinceOnly: true,
  },
  {
    code: "CL06", section: "V", stt: "8",
    label:
      "Số trường học có lồng ghép nội dung giới, bình đẳng giới, phòng, chống bạo lực trên cơ sở giới vào chương trình",
    unitOfMeasure: "trường", type: "count", who: only("GDDT"), total: from("P_GDDT"),
  },
  {
    code: "CL07", section: "V", stt: "9", label: "Tổng số trường học trên địa bàn",
    unitOfMeasure: "trường", type: "count", who: only("GDDT"), total: from("P_GDDT"),
  },
  {
    code: "TL_CL06", section: "V", stt: "10", label: "Tỷ lệ trường học có lồng ghép = CL06 × 100 / CL07",
    unitOfMeasure: "%", type: "calc", required: false, who: only("GDDT"), total: RATIO(),
    // No national number: a local target (docs/domain.md §4 V, §7).
    calc: ratioOf("CL06", "CL07"), targets: [{ year: 2025, op: ">=", value: 100, source: "Mục tiêu của địa phương (không phải chỉ tiêu quốc gia)", local: true }],
  },
  {
    code: "CL08", section: "V", stt: "11", label: "Số vụ việc trợ giúp pháp lý cho phụ nữ",
    unitOfMeasure: "vụ việc", type: "count", who: only("TUPHAP"), total: from("P_TUPHAP"),
  },
  {
    code: "CL09", section: "V", stt: "12", label: "Số vụ việc hòa giải ở cơ sở về hôn nhân và gia đình",
    unitOfMeasure: "vụ việc", type: "count", who: only("XA", "TUPHAP"), total: from("P_TUPHAP"),
  },
  {
    code: "CL10", section: "V", stt: "13", label: "Số hương ước, quy ước được rà soát",
    unitOfMeasure: "bản", type: "count", who: only("XA"), total: SUM_XA(),
  },
  {
    code: "CL11", section: "V", stt: "", label: "Trong đó: không có nội dung phân biệt đối xử về giới", parent: "CL10",
    unitOfMeasure: "bản", type: "count", who: only("XA"), total: SUM_XA(),
  },
  {
    // QĐ 1790/QĐ-TTg.
    code: "TL_CL11", section: "V", stt: "14",
    label: "Tỷ lệ hương ước, quy ước không phân biệt đối xử về giới = CL11 × 100 / CL10",
    unitOfMeasure: "%", type: "calc", required: false, who: only("XA"), total: RATIO(),
    calc: ratioOf("CL11", "CL10"), targets: atLeast(95, 100, "QĐ 1790/QĐ-TTg"),
  },
  {
    code: "CL12", section: "V", stt: "15",
    label:
      "Số cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó bạo lực trên cơ sở giới",
    unitOfMeasure: "cơ sở", type: "count", who: only("LDTBXH"), total: from("P_LDTBXH"),
  },
  {
    code: "CL13", section: "V", stt: "16", label: "Tổng số cơ sở trợ giúp xã hội công lập",
    unitOfMeasure: "cơ sở", type: "count", who: only("LDTBXH"), total: from("P_LDTBXH"),
  },
  {
    code: "TL_CL12", section: "V", stt: "17",
    label:
      "Tỷ lệ cơ sở trợ giúp xã hội công lập triển khai hoạt động phòng ngừa, ứng phó bạo lực trên cơ sở giới = CL12 × 100 / CL13",
    unitOfMeasure: "%", type: "calc", required: false, who: only("LDTBXH"), total: RATIO(),
    calc: ratioOf("CL12", "CL13"), targets: atLeast(70, 100, NQ28),
  },
  {
    code: "CL14", section: "V", stt: "18", label: "Số doanh nghiệp, hợp tác xã có giám đốc hoặc chủ là nữ",
    unitOfMeasure: "đơn vị", type: "count", who: only("TCKH"), total: from("P_TCKH"), provinceOnly: true,
  },
  {
    code: "CL15", section: "V", stt: "19", label: "Tổng số doanh nghiệp, hợp tác xã",
    unitOfMeasure: "đơn vị", type: "count", who: only("TCKH"), total: from("P_TCKH"), provinceOnly: true,
  },
  {
    code: "TL_CL14", section: "V", stt: "20",
    label: "Tỷ lệ doanh nghiệp, hợp tác xã có giám đốc hoặc chủ là nữ = CL14 × 100 / CL15",
    // Judged on the consolidated total only: one finance office's register is not the economy (docs/domain.md §7).
    unitOfMeasure: "%", type: "calc", required: false, who: only("TCKH"), total: RATIO(), provinceOnly: true,
    calc: ratioOf("CL14", "CL15"), targets: atLeast(27, 30, NQ28),
  },
];

/** Money in million VND, at most 3 decimals (1 000 đồng precision). */
const money = () => ({ unitOfMeasure: "triệu đồng", type: "money", maxDecimals: 3, who: ALL(), total: SUM() }) as const;

const sectionVI: IndicatorInput[] = [
  { code: "KP01", section: "VI", stt: "1", label: "Tổng kinh phí thực hiện", ...money() },
  { code: "KP01.NS", section: "VI", stt: "", label: "Trong đó: Ngân sách huyện, xã", parent: "KP01", ...money() },
  { code: "KP01.TINH", section: "VI", stt: "", label: "Trong đó: Hỗ trợ từ ngân sách tỉnh", parent: "KP01", ...money() },
  { code: "KP01.XHH", section: "VI", stt: "", label: "Trong đó: Huy động xã hội hóa", parent: "KP01", ...money() },
];

const narrative = () =>
  ({
    unitOfMeasure: "", type: "text", required: false, maxLength: 2000, who: ALL(), total: { kind: "none" },
  }) as const;

const sectionVII: IndicatorInput[] = [
  { code: "NX01", section: "VII", stt: "1", label: "Khó khăn, vướng mắc", ...narrative() },
  { code: "NX02", section: "VII", stt: "2", label: "Đề xuất, kiến nghị", ...narrative() },
];

// ---- Rules (docs/domain.md §4 "rules" column) --------------------------------------------------

const rules: PlanInput["rules"] = [
  // I
  partLeWhole("TT02.NU", "TT02"),
  partLeWhole("TT02.NAM", "TT02"),
  partsSumLeWhole(["TT02.NU", "TT02.NAM"], "TT02"),
  numeratorLeDenominator("TT05", "TT06"),
  notZero("TT06", "zero_denominator"),
  // II
  partLeWhole("BL02.NU", "BL02"),
  partLeWhole("BL02.TE", "BL02"),
  partLeWhole("BL02.CT", "BL02"),
  partsSumLeWhole(["BL02.TE", "BL02.CT"], "BL02"),
  numeratorLeDenominator("BL03", "BL02"),
  partLeWhole("BL03.NU", "BL03"),
  partLeWhole("BL03.NU", "BL02.NU"),
  partLeWhole("BL04.NU", "BL04"),
  numeratorLeDenominator("BL05", "BL04"),
  // People sheltered although the commune keeps no shelter model.
  consistency({ code: "BL08", op: ">", value: 0 }, { code: "BL07", op: "!=", value: 0 }, "BL08"),
  partLeWhole("BL08.NU", "BL08"),
  partLeWhole("BL09.NU", "BL09"),
  numeratorLeDenominator("BL10", "BL09"),
  // III
  partLeWhole("NL02.NU", "NL02"),
  // IV: activities reported although the unit says it held no month of action.
  consistency({ code: "TH01", op: "==", value: "Không" }, { code: "TH02", op: "<=", value: 0 }, "TH02"),
  partLeWhole("TH03.NU", "TH03"),
  // V
  notZero("CL01", "zero_warning"),
  partLeWhole("CL01.NU", "CL01"),
  partLeWhole("CL02.NU", "CL02"),
  partLeWhole("CL03.NU", "CL03"),
  partLeWhole("CL04.NU", "CL04"),
  numeratorLeDenominator("CL06", "CL07"),
  numeratorLeDenominator("CL11", "CL10"),
  numeratorLeDenominator("CL12", "CL13"),
  numeratorLeDenominator("CL14", "CL15"),
  // VI: the sources cannot exceed the total; falling short means money not accounted for.
  partLeWhole("KP01.NS", "KP01"),
  partLeWhole("KP01.TINH", "KP01"),
  partLeWhole("KP01.XHH", "KP01"),
  partsSumLeWhole(["KP01.NS", "KP01.TINH", "KP01.XHH"], "KP01"),
  partsSumBelowWhole(["KP01.NS", "KP01.TINH", "KP01.XHH"], "KP01"),
];

// ---- The plan -----------------------------------------------------------------------------

// ---- Reporting regimes (docs/domain.md §7) -----------------------------------------------
// In 2024 every row goes to Phòng LĐ-TB&XH, but the rows belong to different regimes, which
// after 2025 go to different bodies: domestic violence (BLGĐ) to the culture sector, support to
// trafficking victims to health, vocational training to education; the rest is gender equality.

const REGIME_OF: Record<string, string> = {
  ...Object.fromEntries(["BL01", "BL02", "BL02.NU", "BL02.TE", "BL02.CT", "BL03", "BL03.NU", "TL_BL03", "BL04", "BL04.NU", "BL05", "TL_BL05", "BL07", "BL08", "BL08.NU"].map((c) => [c, "BLGĐ"])),
  ...Object.fromEntries(["BL06"].map((c) => [c, "Trẻ em"])),
  ...Object.fromEntries(["BL09", "BL09.NU", "BL10", "TL_BL10"].map((c) => [c, "Mua bán người"])),
  ...Object.fromEntries(["CL03", "CL03.NU"].map((c) => [c, "Giáo dục nghề nghiệp"])),
};

function withRegimes(indicators: IndicatorInput[]): IndicatorInput[] {
  return indicators.map((i) => ({ ...i, regime: REGIME_OF[i.code] ?? "BĐG" }));
}

export const vinhLinh2024Input: PlanInput = {
  id: "vinh-linh-2024",
  title: "Kế hoạch triển khai thực hiện công tác Bình đẳng giới và vì sự tiến bộ của phụ nữ huyện Vĩnh Linh năm 2024",
  issuer: "UBND HUYỆN VĨNH LINH",
  place: "Vĩnh Linh",
  recipient: "UBND huyện Vĩnh Linh (qua Phòng LĐ-TB&XH)",
  formNumber: "Biểu số 01/BĐG",
  formTitle: "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI VÀ VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ",
  targetYear: 2025,
  crossCheckTolerancePct: 10,
  units,
  // Data cut-off 14/6 and 14/12 (NĐ 09/2019/NĐ-CP); the plan's due dates fall before the cut-off.
  periods: [
    {
      code: "2024-H1",
      label: "6 tháng đầu năm 2024",
      kind: "half",
      dataFrom: "2023-12-15",
      dataTo: "2024-06-14",
      due: "2024-06-05",
    },
    {
      code: "2024-Y",
      label: "Năm 2024",
      kind: "year",
      dataFrom: "2023-12-15",
      dataTo: "2024-12-14",
      due: "2024-12-10",
    },
  ],
  sections,
  indicators: withRegimes([...sectionI, ...sectionII, ...sectionIII, ...sectionIV, ...sectionV, ...sectionVI, ...sectionVII]),
  rules,
};

export const defaultPlan: Plan = PlanSchema.parse(vinhLinh2024Input);
