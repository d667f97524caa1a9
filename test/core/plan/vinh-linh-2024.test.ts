import {
  applicableIndicators,
  defaultPlan,
  findIndicator,
  findPeriod,
  findUnit,
  summaryIndicators,
  type Indicator,
  type Operand,
  type Rule,
} from "../../../src/core/plan";
import { RULE_CODES } from "../../../src/core/issues/issue";

const plan = defaultPlan;

function indicator(code: string): Indicator {
  const found = findIndicator(plan, code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

describe("plan header", () => {
  it("is the Vĩnh Linh 2024 plan", () => {
    expect(plan).toMatchObject({
      id: "vinh-linh-2024",
      issuer: "UBND HUYỆN VĨNH LINH",
      place: "Vĩnh Linh",
      recipient: "UBND huyện Vĩnh Linh (qua Phòng LĐ-TB&XH)",
      formNumber: "Biểu số 01/BĐG",
      formTitle: "BÁO CÁO KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI VÀ VÌ SỰ TIẾN BỘ CỦA PHỤ NỮ",
      targetYear: 2025,
      crossCheckTolerancePct: 10,
    });
  });
});

// docs/domain.md §2.1
const UNITS: [string, string, string, boolean][] = [
  ["TT_HO_XA", "Thị trấn Hồ Xá", "XA", true],
  ["TT_BEN_QUAN", "Thị trấn Bến Quan", "XA", true],
  ["TT_CUA_TUNG", "Thị trấn Cửa Tùng", "XA", true],
  ["X_HIEN_THANH", "Xã Hiền Thành", "XA", true],
  ["X_KIM_THACH", "Xã Kim Thạch", "XA", true],
  ["X_TRUNG_NAM", "Xã Trung Nam", "XA", true],
  ["X_VINH_CHAP", "Xã Vĩnh Chấp", "XA", true],
  ["X_VINH_GIANG", "Xã Vĩnh Giang", "XA", true],
  ["X_VINH_HA", "Xã Vĩnh Hà", "XA", true],
  ["X_VINH_HOA", "Xã Vĩnh Hòa", "XA", true],
  ["X_VINH_KHE", "Xã Vĩnh Khê", "XA", true],
  ["X_VINH_LAM", "Xã Vĩnh Lâm", "XA", true],
  ["X_VINH_LONG", "Xã Vĩnh Long", "XA", true],
  ["X_VINH_O", "Xã Vĩnh Ô", "XA", true],
  ["X_VINH_SON", "Xã Vĩnh Sơn", "XA", true],
  ["X_VINH_THAI", "Xã Vĩnh Thái", "XA", true],
  ["X_VINH_THUY", "Xã Vĩnh Thủy", "XA", true],
  ["X_VINH_TU", "Xã Vĩnh Tú", "XA", true],
  ["P_LDTBXH", "Phòng Lao động - Thương binh và Xã hội", "LDTBXH", true],
  ["P_YTE", "Phòng Y tế", "YTE", true],
  ["P_VHTT", "Phòng Văn hóa và Thông tin", "VHTT", true],
  ["P_GDDT", "Phòng Giáo dục và Đào tạo", "GDDT", true],
  ["P_TUPHAP", "Phòng Tư pháp", "TUPHAP", true],
  ["CA_HUYEN", "Công an huyện", "CONGAN", true],
  ["P_TCKH", "Phòng Tài chính - Kế hoạch", "TCKH", true],
  ["TT_VHTT", "Trung tâm Văn hóa Thông tin - Thể thao", "TTVH", true],
  ["MTTQ", "Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội", "MTTQ", false],
];

describe("roster (27 units)", () => {
  it("has exactly the 27 units, in order", () => {
    expect(plan.units.map((u) => u.code)).toEqual(UNITS.map(([code]) => code));
  });

  it.each(UNITS)("%s: %s, kind %s, required %s", (code, name, kind, required) => {
    expect(findUnit(plan, code)).toMatchObject({ code, name: name.normalize("NFC"), kind, required });
  });

  it.each([
    ["X_VINH_THAI", "UBND xã Vĩnh Thái"],
    ["TT_HO_XA", "UBND thị trấn Hồ Xá"],
    ["CA_HUYEN", "Công an huyện Vĩnh Linh"],
    ["X_VINH_HOA", "Xã Vĩnh Hoà"],
    ["P_LDTBXH", "Phòng LĐ-TB&XH"],
  ])("%s has the alias %s", (code, alias) => {
    expect(findUnit(plan, code)?.aliases).toContain(alias);
  });
});

// docs/domain.md §2.2
describe("periods", () => {
  it.each([
    ["2024-H1", "6 tháng đầu năm 2024", "half", "2023-12-15", "2024-06-14", "2024-06-05"],
    ["2024-Y", "Năm 2024", "year", "2023-12-15", "2024-12-14", "2024-12-10"],
  ])("%s: %s (%s) data %s → %s, due %s", (code, label, kind, dataFrom, dataTo, due) => {
    expect(findPeriod(plan, code)).toEqual({ code, label, kind, dataFrom, dataTo, due });
  });

  it("has no other period", () => {
    expect(plan.periods).toHaveLength(2);
  });
});

describe("sections", () => {
  it.each([
    ["I", ["half", "year"]],
    ["II", ["half", "year"]],
    ["III", ["half", "year"]],
    ["IV", ["year"]],
    ["V", ["half", "year"]],
    ["VI", ["half", "year"]],
    ["VII", ["half", "year"]],
  ])("section %s applies to %j", (code, kinds) => {
    const section = plan.sections.find((s) => s.code === code);
    expect(section?.stt).toBe(code);
    expect(section?.title).not.toBe("");
    expect(section?.periodKinds).toEqual(kinds);
  });
});

// Every code of docs/domain.md §4, in catalog order, with its section and type.
const CATALOG: [string, string, Indicator["type"]][] = [
  ["TT01", "I", "count"], ["TT02", "I", "count"], ["TT02.NU", "I", "count"], ["TT02.NAM", "I", "count"],
  ["TT03", "I", "count"], ["TT04", "I", "count"], ["TT05", "I", "count"], ["TT06", "I", "count"],
  ["TL_TT05", "I", "calc"],
  ["BL01", "II", "count"], ["BL02", "II", "count"], ["BL02.NU", "II", "count"], ["BL02.TE", "II", "count"],
  ["BL02.CT", "II", "count"], ["BL03", "II", "count"], ["BL03.NU", "II", "count"], ["TL_BL03", "II", "calc"],
  ["BL04", "II", "count"], ["BL04.NU", "II", "count"], ["BL05", "II", "count"], ["TL_BL05", "II", "calc"],
  ["BL06", "II", "count"], ["BL07", "II", "count"], ["BL08", "II", "count"], ["BL08.NU", "II", "count"],
  ["BL09", "II", "count"], ["BL09.NU", "II", "count"], ["BL10", "II", "count"], ["TL_BL10", "II", "calc"],
  ["NL01", "III", "count"], ["NL02", "III", "count"], ["NL02.NU", "III", "count"], ["NL03", "III", "count"],
  ["TH01", "IV", "yesno"], ["TH02", "IV", "count"], ["TH03", "IV", "count"], ["TH03.NU", "IV", "count"],
  ["CL01", "V", "count"], ["CL01.NU", "V", "count"], ["TL_CL01", "V", "calc"], ["CL02", "V", "count"],
  ["CL02.NU", "V", "count"], ["CL03", "V", "count"], ["CL03.NU", "V", "count"], ["CL04", "V", "count"],
  ["CL04.NU", "V", "count"], ["TL_CL04", "V", "calc"], ["CL05", "V", "count"], ["CL06", "V", "count"],
  ["CL07", "V", "count"], ["TL_CL06", "V", "calc"], ["CL08", "V", "count"], ["CL09", "V", "count"],
  ["CL10", "V", "count"], ["CL11", "V", "count"], ["TL_CL11", "V", "calc"], ["CL12", "V", "count"],
  ["CL13", "V", "count"], ["TL_CL12", "V", "calc"], ["CL14", "V", "count"], ["CL15", "V", "count"],
  ["TL_CL14", "V", "calc"],
  ["KP01", "VI", "money"], ["KP01.NS", "VI", "money"], ["KP01.TINH", "VI", "money"], ["KP01.XHH", "VI", "money"],
  ["NX01", "VII", "text"], ["NX02", "VII", "text"],
];

describe("indicator catalog", () => {
  it("has exactly the codes of docs/domain.md §4, in order", () => {
    expect(plan.indicators.map((i) => i.code)).toEqual(CATALOG.map(([code]) => code));
  });

  it.each(CATALOG)("%s is in section %s, type %s, with a label", (code, section, type) => {
    const ind = indicator(code);
    expect(ind.section).toBe(section);
    expect(ind.type).toBe(type);
    expect(ind.label.length).toBeGreaterThan(0);
  });

  it.each(CATALOG)("%s: required exactly when typed in as count/money/yesno", (code, _section, type) => {
    expect(indicator(code).required).toBe(type === "count" || type === "money" || type === "yesno");
  });

  it.each([
    ["TT01", { kinds: ["ALL"], except: ["TCKH"] }],
    ["TT02.NAM", { kinds: ["ALL"], except: ["TCKH"] }],
    ["TT03", { kinds: ["XA", "MTTQ"], except: [] }],
    ["TT04", { kinds: ["XA", "VHTT", "TTVH"], except: [] }],
    ["TL_TT05", { kinds: ["XA"], except: [] }],
    ["BL02.TE", { kinds: ["XA", "CONGAN", "VHTT"], except: [] }],
    ["TL_BL05", { kinds: ["XA", "CONGAN", "VHTT"], except: [] }],
    ["BL06", { kinds: ["XA", "CONGAN"], except: [] }],
    ["BL10", { kinds: ["XA", "CONGAN", "LDTBXH"], except: [] }],
    ["NL02.NU", { kinds: ["ALL"], except: ["TCKH"] }],
    ["TH01", { kinds: ["ALL"], except: [] }],
    ["CL02.NU", { kinds: ["XA", "LDTBXH"], except: [] }],
    ["TL_CL04", { kinds: ["XA", "YTE"], except: [] }],
    ["CL14", { kinds: ["TCKH"], except: [] }],
    ["KP01.XHH", { kinds: ["ALL"], except: [] }],
    ["NX02", { kinds: ["ALL"], except: [] }],
  ])("%s is carried by %j", (code, who) => {
    expect(indicator(code).who).toEqual({ ...who, summaryOnly: false });
  });

  it("TL_CL01 exists in the district summary only", () => {
    expect(indicator("TL_CL01").who).toEqual({ kinds: ["ALL"], except: [], summaryOnly: true });
    // Over state bodies and local governments only (docs/domain.md §4 V): not MTTQ, TTVH, CONGAN.
    expect(indicator("TL_CL01").total).toEqual({ kind: "shareOfUnits", code: "CL01.NU", atLeast: 1, kinds: ["XA", "LDTBXH", "YTE", "VHTT", "GDDT", "TUPHAP", "TCKH"] });
  });

  it.each([
    ["TT01", { kind: "sum" }],
    ["TT05", { kind: "sumKinds", kinds: ["XA"] }],
    ["BL02.NU", { kind: "sumKinds", kinds: ["XA"] }],
    ["BL09", { kind: "fromUnit", unit: "P_LDTBXH" }],
    ["CL02", { kind: "fromUnit", unit: "P_LDTBXH" }],
    ["CL04.NU", { kind: "fromUnit", unit: "P_YTE" }],
    ["CL06", { kind: "fromUnit", unit: "P_GDDT" }],
    ["CL09", { kind: "fromUnit", unit: "P_TUPHAP" }],
    ["CL15", { kind: "fromUnit", unit: "P_TCKH" }],
    ["CL10", { kind: "sumKinds", kinds: ["XA"] }],
    ["TH01", { kind: "shareYes" }],
    ["TH03.NU", { kind: "sum" }],
    ["TL_BL03", { kind: "ratio" }],
    ["KP01", { kind: "sum" }],
    ["NX01", { kind: "none" }],
  ])("%s is totalled as %j", (code, total) => {
    expect(indicator(code).total).toEqual(total);
  });

  const ratios: [string, [string, 1 | -1][], string, [number, string, number][]][] = [
    ["TL_TT05", [["TT05", 1]], "TT06", [[2025, ">=", 60], [2030, ">=", 80]]],
    ["TL_BL03", [["BL03", 1]], "BL02", [[2025, ">=", 80], [2030, ">=", 90]]],
    ["TL_BL05", [["BL05", 1]], "BL04", [[2025, ">=", 50], [2030, ">=", 70]]],
    ["TL_BL10", [["BL10", 1]], "BL09", [[2025, ">=", 100], [2030, ">=", 100]]],
    ["TL_CL04", [["CL04", 1], ["CL04.NU", -1]], "CL04.NU", [[2025, "<=", 111], [2030, "<=", 109]]],
    ["TL_CL06", [["CL06", 1]], "CL07", [[2025, ">=", 100]]],
    ["TL_CL11", [["CL11", 1]], "CL10", [[2025, ">=", 95], [2030, ">=", 100]]],
    ["TL_CL12", [["CL12", 1]], "CL13", [[2025, ">=", 70], [2030, ">=", 100]]],
    ["TL_CL14", [["CL14", 1]], "CL15", [[2025, ">=", 27], [2030, ">=", 30]]],
  ];
  it.each(ratios)("%s = %j × 100 / %s, targets %j", (code, numerator, denominator, targets) => {
    const ind = indicator(code);
    expect(ind.calc).toEqual({
      numerator: numerator.map(([c, sign]) => ({ code: c, sign })),
      denominator: [{ code: denominator, sign: 1 }],
      scale: 100,
    });
    expect(ind.total).toEqual({ kind: "ratio" });
    expect(ind.targets.map(({ year, op, value }) => ({ year, op, value }))).toEqual(targets.map(([year, op, value]) => ({ year, op, value })));
  });

  it("every TL_ row except the summary-only TL_CL01 has a formula; no other row has one", () => {
    const withCalc = plan.indicators.filter((i) => i.calc).map((i) => i.code);
    expect(withCalc).toEqual(ratios.map(([code]) => code));
  });

  it.each([
    ["TH01", [{ year: 2025, op: ">=", value: 100 }]],
    ["TL_CL01", [{ year: 2025, op: ">=", value: 60 }, { year: 2030, op: ">=", value: 75 }]],
  ])("%s has the summary targets %j", (code, targets) => {
    expect(indicator(code).targets.map(({ year, op, value }) => ({ year, op, value }))).toEqual(targets);
  });

  it("every target cites its source, and the local ones are marked (docs/domain.md §7)", () => {
    const targets = plan.indicators.flatMap((i) => i.targets.map((t) => ({ code: i.code, ...t })));
    for (const t of targets) expect(t.source).toMatch(/\S/);
    expect([...new Set(targets.filter((t) => t.local).map((t) => t.code))]).toEqual(["TH01", "TL_CL06"]);
    expect(indicator("TL_TT05").targets[0].source).toMatch(/NQ 28\/NQ-CP.*mục tiêu 6/);
  });

  it("marks the rows only a province can judge, and never puts them on a commune's form (docs/domain.md §7)", () => {
    expect(plan.indicators.filter((i) => i.provinceOnly).map((i) => i.code)).toEqual(["CL05", "CL14", "CL15", "TL_CL14"]);
  });

  it("gives every row its reporting regime", () => {
    const regimes = new Map(plan.indicators.map((i) => [i.code, i.regime]));
    expect([regimes.get("TT01"), regimes.get("BL02"), regimes.get("BL09"), regimes.get("CL03"), regimes.get("KP01")]).toEqual(["BĐG", "BLGĐ", "Mua bán người", "Giáo dục nghề nghiệp", "BĐG"]);
    expect(plan.indicators.every((i) => typeof i.regime === "string")).toBe(true);
  });

  it("judges the sex ratio at birth only on 30 births or more", () => {
    expect(indicator("TL_CL04").judgeMinBase).toEqual({ terms: [{ code: "CL04", sign: 1 }], min: 30 });
    expect(plan.indicators.filter((i) => i.judgeMinBase !== undefined).map((i) => i.code)).toEqual(["TL_CL04"]);
  });

  it.each(["KP01", "KP01.NS", "KP01.TINH", "KP01.XHH"])("money row %s: triệu đồng, 3 decimals", (code) => {
    expect(indicator(code)).toMatchObject({ unitOfMeasure: "triệu đồng", maxDecimals: 3 });
  });

  it.each(["NX01", "NX02"])("narrative %s: optional text of at most 2000 characters", (code) => {
    expect(indicator(code)).toMatchObject({ type: "text", required: false, maxLength: 2000, section: "VII" });
  });

  it.each([
    ["TT02.NU", "TT02"], ["TT02.NAM", "TT02"], ["BL02.NU", "BL02"], ["BL02.TE", "BL02"], ["BL02.CT", "BL02"],
    ["BL03.NU", "BL03"], ["BL04.NU", "BL04"], ["BL08.NU", "BL08"], ["BL09.NU", "BL09"], ["NL02.NU", "NL02"],
    ["TH03.NU", "TH03"], ["CL01.NU", "CL01"], ["CL02.NU", "CL02"], ["CL03.NU", "CL03"], ["CL04.NU", "CL04"],
    ["CL11", "CL10"], ["KP01.NS", "KP01"], ["KP01.TINH", "KP01"], ["KP01.XHH", "KP01"],
  ])("'Trong đó' row %s sits under %s with an empty STT", (code, parent) => {
    expect(indicator(code)).toMatchObject({ parent, stt: "" });
    expect(indicator(code).label.startsWith("Trong đó:")).toBe(true);
  });

  it("numbers the other rows 1, 2, … within each section", () => {
    for (const section of plan.sections) {
      const numbered = plan.indicators.filter((i) => i.section === section.code && i.parent === undefined);
      expect(numbered.map((i) => i.stt)).toEqual(numbered.map((_, k) => String(k + 1)));
    }
  });

  it("'Trong đó' rows carry the same units as their parent", () => {
    for (const child of plan.indicators.filter((i) => i.parent)) {
      expect({ code: child.code, who: child.who }).toEqual({ code: child.code, who: indicator(child.parent!).who });
    }
  });
});

describe("which rows a form carries", () => {
  const H1 = findPeriod(plan, "2024-H1")!;
  const Y = findPeriod(plan, "2024-Y")!;
  const codesFor = (unit: string, period: typeof H1): string[] =>
    applicableIndicators(plan, findUnit(plan, unit)!, period).map((i) => i.code);
  const SECTION_IV = ["TH01", "TH02", "TH03", "TH03.NU"];

  it.each([
    ["X_VINH_THAI", "2024-H1", false],
    ["X_VINH_THAI", "2024-Y", true],
    ["P_TCKH", "2024-H1", false],
    ["P_TCKH", "2024-Y", true],
    ["MTTQ", "2024-H1", false],
    ["MTTQ", "2024-Y", true],
  ])("%s in %s: Tháng hành động rows present = %s", (unit, period, present) => {
    const codes = codesFor(unit, findPeriod(plan, period)!);
    for (const code of SECTION_IV) expect(codes.includes(code)).toBe(present);
  });

  it("a commune's annual form is its half-year form plus section IV", () => {
    const half = codesFor("X_VINH_THAI", H1);
    const year = codesFor("X_VINH_THAI", Y);
    expect(year.filter((c) => !SECTION_IV.includes(c))).toEqual(half);
  });

  it.each([
    ["P_TCKH", "2024-Y", ["TH01", "TH02", "TH03", "TH03.NU", "CL01", "CL01.NU", "CL14", "CL15", "TL_CL14",
      "KP01", "KP01.NS", "KP01.TINH", "KP01.XHH", "NX01", "NX02"]],
    ["MTTQ", "2024-H1", ["TT01", "TT02", "TT02.NU", "TT02.NAM", "TT03", "NL01", "NL02", "NL02.NU", "NL03",
      "CL01", "CL01.NU", "KP01", "KP01.NS", "KP01.TINH", "KP01.XHH", "NX01", "NX02"]],
    ["P_YTE", "2024-H1", ["TT01", "TT02", "TT02.NU", "TT02.NAM", "NL01", "NL02", "NL02.NU", "NL03",
      "CL01", "CL01.NU", "CL04", "CL04.NU", "TL_CL04", "CL05", "KP01", "KP01.NS", "KP01.TINH", "KP01.XHH", "NX01", "NX02"]],
  ])("%s in %s carries exactly %j", (unit, period, codes) => {
    expect(codesFor(unit, findPeriod(plan, period)!)).toEqual(codes);
  });

  it("no unit's form carries TL_CL01; the annual summary does, the half-year summary has no section IV", () => {
    for (const unit of plan.units) expect(codesFor(unit.code, Y)).not.toContain("TL_CL01");
    expect(summaryIndicators(plan, Y).map((i) => i.code)).toContain("TL_CL01");
    expect(summaryIndicators(plan, H1).map((i) => i.code)).not.toContain("TH01");
  });
});

function operandCodes(operand: Operand): string[] {
  return Array.isArray(operand) ? operand.map((t) => t.code) : [];
}
function ruleCodes(rule: Rule): string[] {
  return [
    ...operandCodes(rule.left),
    ...operandCodes(rule.right),
    ...(rule.when ? [...operandCodes(rule.when.left), ...operandCodes(rule.when.right)] : []),
    rule.indicator,
  ];
}

describe("rules", () => {
  it.each(plan.rules.map((r) => [r.id, r] as const))("%s references catalog codes and a known rule code", (_id, rule) => {
    for (const code of ruleCodes(rule)) expect(findIndicator(plan, code)?.code).toBe(code);
    expect(RULE_CODES).toContain(rule.rule);
    expect(rule.missing).toBe("skip");
  });

  it("rule ids are unique", () => {
    const ids = plan.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  // [id, rule code, severity, indicator it points at]
  const RULES: [string, string, string, string][] = [
    ["TT02.NU<=TT02", "part_le_whole", "error", "TT02.NU"],
    ["TT02.NAM<=TT02", "part_le_whole", "error", "TT02.NAM"],
    ["TT02.NU+TT02.NAM<=TT02", "parts_sum_le_whole", "error", "TT02.NAM"],
    ["TT05<=TT06", "numerator_le_denominator", "error", "TT05"],
    ["TT06!=0", "zero_denominator", "error", "TT06"],
    ["BL02.NU<=BL02", "part_le_whole", "error", "BL02.NU"],
    ["BL02.TE<=BL02", "part_le_whole", "error", "BL02.TE"],
    ["BL02.CT<=BL02", "part_le_whole", "error", "BL02.CT"],
    ["BL02.TE+BL02.CT<=BL02", "parts_sum_le_whole", "error", "BL02.CT"],
    ["BL03<=BL02", "numerator_le_denominator", "error", "BL03"],
    ["BL03.NU<=BL03", "part_le_whole", "error", "BL03.NU"],
    ["BL03.NU<=BL02.NU", "part_le_whole", "error", "BL03.NU"],
    ["BL04.NU<=BL04", "part_le_whole", "error", "BL04.NU"],
    ["BL05<=BL04", "numerator_le_denominator", "error", "BL05"],
    ["BL08>0=>BL07!=0", "consistency", "warning", "BL08"],
    ["BL08.NU<=BL08", "part_le_whole", "error", "BL08.NU"],
    ["BL09.NU<=BL09", "part_le_whole", "error", "BL09.NU"],
    ["BL10<=BL09", "numerator_le_denominator", "error", "BL10"],
    ["NL02.NU<=NL02", "part_le_whole", "error", "NL02.NU"],
    ["TH01==Không=>TH02<=0", "consistency", "warning", "TH02"],
    ["TH03.NU<=TH03", "part_le_whole", "error", "TH03.NU"],
    ["CL01!=0", "zero_warning", "warning", "CL01"],
    ["CL01.NU<=CL01", "part_le_whole", "error", "CL01.NU"],
    ["CL02.NU<=CL02", "part_le_whole", "error", "CL02.NU"],
    ["CL03.NU<=CL03", "part_le_whole", "error", "CL03.NU"],
    ["CL04.NU<=CL04", "part_le_whole", "error", "CL04.NU"],
    ["CL06<=CL07", "numerator_le_denominator", "error", "CL06"],
    ["CL11<=CL10", "numerator_le_denominator", "error", "CL11"],
    ["CL12<=CL13", "numerator_le_denominator", "error", "CL12"],
    ["CL14<=CL15", "numerator_le_denominator", "error", "CL14"],
    ["KP01.NS<=KP01", "part_le_whole", "error", "KP01.NS"],
    ["KP01.TINH<=KP01", "part_le_whole", "error", "KP01.TINH"],
    ["KP01.XHH<=KP01", "part_le_whole", "error", "KP01.XHH"],
    ["KP01.NS+KP01.TINH+KP01.XHH<=KP01", "parts_sum_le_whole", "error", "KP01.XHH"],
    ["KP01.NS+KP01.TINH+KP01.XHH>=KP01", "parts_sum_below_whole", "warning", "KP01.XHH"],
  ];

  it("has exactly the rules of docs/domain.md §4", () => {
    expect(plan.rules.map((r) => r.id)).toEqual(RULES.map(([id]) => id));
  });

  it.each(RULES)("%s: %s (%s) at %s", (id, rule, severity, at) => {
    expect(plan.rules.find((r) => r.id === id)).toMatchObject({ rule, severity, indicator: at });
  });

  it.each([
    ["BL02.NU<=BL02", [{ code: "BL02.NU", sign: 1 }], "<=", [{ code: "BL02", sign: 1 }]],
    ["TT06!=0", [{ code: "TT06", sign: 1 }], "!=", 0],
    ["BL02.TE+BL02.CT<=BL02", [{ code: "BL02.TE", sign: 1 }, { code: "BL02.CT", sign: 1 }], "<=", [{ code: "BL02", sign: 1 }]],
  ])("%s reads left op right", (id, left, op, right) => {
    expect(plan.rules.find((r) => r.id === id)).toMatchObject({ left, op, right });
  });

  it.each([
    ["BL08>0=>BL07!=0", { left: [{ code: "BL08", sign: 1 }], op: ">", right: 0 }, [{ code: "BL07", sign: 1 }], "!=", 0],
    ["TH01==Không=>TH02<=0", { left: [{ code: "TH01", sign: 1 }], op: "==", right: "Không" }, [{ code: "TH02", sign: 1 }], "<=", 0],
  ])("%s has its precondition", (id, when, left, op, right) => {
    expect(plan.rules.find((r) => r.id === id)).toMatchObject({ when, left, op, right });
  });
});
