import { readFileSync } from "fs";
import { join } from "path";
import {
  applicableIndicators,
  defaultPlan,
  exportPlanJson,
  parsePlan,
  parsePlanText,
  vinhLinh2024Input,
  type Plan,
  type PlanError,
  type PlanResult,
} from "../../../src/core/plan";

/** A deep copy with no shared objects (the built-in input reuses `who` objects between rows). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const freshInput = (): Json => JSON.parse(JSON.stringify(vinhLinh2024Input));

const indicatorIndex = (code: string): number => defaultPlan.indicators.findIndex((i) => i.code === code);
const ruleIndex = (id: string): number => defaultPlan.rules.findIndex((r) => r.id === id);

function errorsOf(result: PlanResult): PlanError[] {
  if (result.ok) throw new Error("expected the plan to be rejected");
  return result.errors;
}

describe("parsePlan accepts", () => {
  it("the built-in input", () => {
    const result = parsePlan(freshInput());
    expect(result).toEqual({ ok: true, plan: defaultPlan });
  });

  it("a plan whose optional fields are left out (defaults applied)", () => {
    const input = freshInput();
    for (const u of input.units) {
      delete u.required;
      delete u.aliases;
    }
    delete input.rules;
    const result = parsePlan(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.plan.units.every((u) => u.required && u.aliases.length === 0)).toBe(true);
      expect(result.plan.rules).toEqual([]);
    }
  });
});

// [what is broken, mutation of a fresh copy, expected error path, a word of the message]
const BROKEN: [string, (p: Json) => void, string, string][] = [
  // zod: shape and types
  ["unit code duplicated", (p) => (p.units[3].code = "TT_HO_XA"), "units[3].code", "trùng"],
  ["unit code lower-case", (p) => (p.units[0].code = "tt_ho_xa"), "units[0].code", "chữ in hoa"],
  ["unit name missing", (p) => delete p.units[1].name, "units[1].name", "Thiếu"],
  ["a misspelt field on a unit", (p) => (p.units[2].requird = false), "units[2]", "requird"],
  ["a misspelt field on an indicator", (p) => (p.indicators[0].totl = { kind: "sum" }), "indicators[0]", "totl"],
  ["unit name empty", (p) => (p.units[1].name = ""), "units[1].name", "trống"],
  ["required as text", (p) => (p.units[0].required = "yes"), "units[0].required", "true hoặc false"],
  ["no unit at all", (p) => (p.units = []), "units", "ít nhất 1"],
  ["period kind unknown", (p) => (p.periods[0].kind = "quarter"), "periods[0].kind", '"half", "year"'],
  ["due written dd/mm/yyyy", (p) => (p.periods[0].due = "05/06/2024"), "periods[0].due", "YYYY-MM-DD"],
  ["indicator type misspelt", (p) => (p.indicators[3].type = "cnt"), "indicators[3].type", '"count"'],
  ["who.kinds not a list", (p) => (p.indicators[4].who.kinds = "XA"), "indicators[4].who.kinds", "danh sách"],
  ["total kind unknown", (p) => (p.indicators[0].total = { kind: "avg" }), "indicators[0].total.kind", '"sumKinds"'],
  ["fromUnit without unit", (p) => (p.indicators[indicatorIndex("BL09")].total = { kind: "fromUnit" }),
    `indicators[${indicatorIndex("BL09")}].total.unit`, "Thiếu"],
  ["maxLength negative", (p) => (p.indicators[indicatorIndex("NX01")].maxLength = -1),
    `indicators[${indicatorIndex("NX01")}].maxLength`, "> 0"],
  ["target year a fraction", (p) => (p.indicators[indicatorIndex("TL_TT05")].targets[0].year = 2025.5),
    `indicators[${indicatorIndex("TL_TT05")}].targets[0].year`, "số nguyên"],
  ["rule severity unknown", (p) => (p.rules[0].severity = "fatal"), "rules[0].severity", '"warning"'],
  ["rule term sign 2", (p) => (p.rules[0].left[0].sign = 2), "rules[0].left[0].sign", "-1"],
  ["rule operand a boolean", (p) => (p.rules[0].right = true), "rules[0].right", "một trong các dạng"],
  // cross-references
  ["period code duplicated", (p) => (p.periods[1].code = "2024-H1"), "periods[1].code", "trùng"],
  ["section code duplicated", (p) => (p.sections[1].code = "I"), "sections[1].code", "trùng"],
  ["indicator code duplicated", (p) => (p.indicators[1].code = "TT01"), "indicators[1].code", "indicators[0]"],
  ["rule id duplicated", (p) => (p.rules[1].id = p.rules[0].id), "rules[1].id", "trùng"],
  ["alias names another unit", (p) => p.units[1].aliases.push("hồ xá "), "units[1].aliases", "TT_HO_XA"],
  ["section unknown", (p) => (p.indicators[0].section = "VIII"), "indicators[0].section", "VIII"],
  ["parent unknown", (p) => (p.indicators[2].parent = "TT99"), "indicators[2].parent", "TT99"],
  ["parent is itself", (p) => (p.indicators[2].parent = "TT02.NU"), "indicators[2].parent", "chính nó"],
  ["calc numerator unknown", (p) => (p.indicators[indicatorIndex("TL_TT05")].calc.numerator[0].code = "TT55"),
    `indicators[${indicatorIndex("TL_TT05")}].calc.numerator[0].code`, "TT55"],
  ["calc denominator unknown", (p) => (p.indicators[indicatorIndex("TL_CL04")].calc.denominator[0].code = "CL04.NAM"),
    `indicators[${indicatorIndex("TL_CL04")}].calc.denominator[0].code`, "CL04.NAM"],
  ["calc row without formula", (p) => delete p.indicators[indicatorIndex("TL_BL03")].calc,
    `indicators[${indicatorIndex("TL_BL03")}].calc`, "công thức"],
  ["share of units on a unit form needs a formula", (p) => (p.indicators[indicatorIndex("TL_CL01")].who.summaryOnly = false),
    `indicators[${indicatorIndex("TL_CL01")}].calc`, "công thức"],
  ["formula on a count row", (p) => (p.indicators[0].calc = p.indicators[indicatorIndex("TL_TT05")].calc),
    "indicators[0].type", '"calc"'],
  ["shareOfUnits code unknown", (p) => (p.indicators[indicatorIndex("TL_CL01")].total.code = "CL01.NAM"),
    `indicators[${indicatorIndex("TL_CL01")}].total.code`, "CL01.NAM"],
  ["fromUnit not in the roster", (p) => (p.indicators[indicatorIndex("CL05")].total.unit = "P_YTE_CU"),
    `indicators[${indicatorIndex("CL05")}].total.unit`, "P_YTE_CU"],
  ["rule left term unknown", (p) => (p.rules[0].left[0].code = "TT02.NỮ"), "rules[0].left[0].code", "TT02.NỮ"],
  ["rule right term unknown", (p) => (p.rules[0].right[0].code = "TT2"), "rules[0].right[0].code", "TT2"],
  ["rule precondition term unknown", (p) => (p.rules[ruleIndex("BL08>0=>BL07!=0")].when.left[0].code = "BL88"),
    `rules[${ruleIndex("BL08>0=>BL07!=0")}].when.left[0].code`, "BL88"],
  ["rule indicator unknown", (p) => (p.rules[0].indicator = "XX01"), "rules[0].indicator", "XX01"],
  ["date not on the calendar", (p) => (p.periods[0].due = "2024-02-30"), "periods[0].due", "không có thật"],
  ["data range reversed", (p) => (p.periods[0].dataTo = "2023-12-01"), "periods[0].dataTo", "trước ngày bắt đầu"],
  ["due before the data range", (p) => (p.periods[1].due = "2023-12-14"), "periods[1].due", "Hạn nộp"],
  // formerly, recipients (docs/domain.md §7)
  ["a unit formerly itself (a cycle)", (p) => (p.units[0].formerly = ["TT_HO_XA"]), "units[0].formerly[0]", "vòng lặp"],
  ["a former code that is a current unit", (p) => (p.units[0].formerly = ["X_OLD", "X_VINH_LONG"]), "units[0].formerly[1]", "tính hai lần"],
  ["a former code twice", (p) => (p.units[0].formerly = ["X_OLD", "X_OLD"]), "units[0].formerly[1]", "hai lần"],
  ["a former code in lower case", (p) => (p.units[0].formerly = ["x_old"]), "units[0].formerly[0]", "chữ in hoa"],
  ["since without formerly", (p) => (p.units[0].since = "2025-07-01"), "units[0].since", "formerly"],
  ["since not on the calendar", (p) => ((p.units[0].formerly = ["X_OLD"]), (p.units[0].since = "2025-02-30")), "units[0].since", "không có thật"],
  ["a recipient nobody declared", (p) => (p.indicators[0].recipient = "S_NOIVU"), "indicators[0].recipient", "S_NOIVU"],
  ["a recipient declared twice", (p) => (p.recipients = [{ code: "S_NOIVU", name: "Sở Nội vụ" }, { code: "S_NOIVU", name: "Sở Nội vụ" }]), "recipients[1].code", "trùng"],
  ["an outlier factor of 1", (p) => (p.outlier = { factor: 1 }), "outlier.factor", "1"],
];

describe("formerly: former codes from another plan are fine", () => {
  it("a xã formed from three units of the 2024 district plan loads", () => {
    const input = JSON.parse(exportPlanJson(defaultPlan));
    input.units = [{ code: "X_VINH_LINH", name: "Xã Vĩnh Linh", kind: "XA", formerly: ["TT_HO_XA", "X_VINH_LONG", "X_VINH_CHAP"], since: "2025-07-01" }];
    for (const i of input.indicators as { total: { kind: string } }[]) if (i.total.kind === "fromUnit") i.total = { kind: "sum" };
    const parsed = parsePlan(input);
    expect(parsed.ok ? parsed.plan.units[0].formerly : parsed.errors).toEqual(["TT_HO_XA", "X_VINH_LONG", "X_VINH_CHAP"]);
  });
});

describe("parsePlan rejects a broken plan with the exact place", () => {
  it.each(BROKEN)("%s → %s", (_what, mutate, path, word) => {
    const input = freshInput();
    mutate(input);
    const errors = errorsOf(parsePlan(input));
    const hit = errors.find((e) => e.path === path || e.path.startsWith(`${path}[`));
    expect({ errors, found: hit !== undefined }).toMatchObject({ found: true });
    expect(hit!.message).toContain(word);
  });

  it("reports every problem at once, not only the first", () => {
    const input = freshInput();
    input.units[0].required = "yes";
    input.periods[0].kind = "quarter";
    input.indicators[3].type = "cnt";
    expect(errorsOf(parsePlan(input)).map((e) => e.path)).toEqual([
      "units[0].required",
      "periods[0].kind",
      "indicators[3].type",
    ]);
  });

  it.each([null, undefined, "plan", 42, [1, 2]])("a non-object %p is rejected, not thrown", (input) => {
    expect(errorsOf(parsePlan(input))).toEqual([{ path: "", message: expect.stringContaining("đối tượng") }]);
  });

  it("messages are Vietnamese: no zod English leaks through", () => {
    const input = freshInput();
    input.units[0].required = "yes";
    input.indicators[0].total = { kind: "avg" };
    input.rules[0].left[0].sign = 2;
    input.sections = [];
    for (const e of errorsOf(parsePlan(input))) expect(e.message).not.toMatch(/Invalid|expected|received|Too small/);
  });
});

describe("parsePlanText", () => {
  it.each([
    ["truncated file", '{\n  "id": "x",\n  "units": [', 3, 13, "kết thúc đột ngột"],
    ["trailing comma", '{\n  "id": "x",\n}', 3, 1, '"}"'],
    ["single quotes", "{\n  'id': 'x'\n}", 2, 3, `"'"`],
    ["missing comma", '{ "a": 1\n  "b": 2 }', 2, 3, '"\\""'],
    ["misspelt true", '{ "a": tru }', 1, 11, '" "'],
    ["text after the value", '{ "a": 1 } x', 1, 12, '"x"'],
  ])("%s → one error with line and column", (_what, text, line, column, found) => {
    const errors = errorsOf(parsePlanText(text));
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toBe("");
    expect(errors[0].message).toContain(`dòng ${line}, cột ${column}`);
    expect(errors[0].message).toContain(found);
  });

  it.each(["", "   \n"])("empty text %p is one error", (text) => {
    expect(errorsOf(parsePlanText(text))).toEqual([{ path: "", message: "Tệp kế hoạch rỗng." }]);
  });

  it("valid JSON that is not a plan goes on to the schema", () => {
    expect(errorsOf(parsePlanText('{ "id": "x" }')).map((e) => e.path)).toContain("units");
  });

  it("tolerates the byte-order mark Notepad writes", () => {
    expect(parsePlanText(`\ufeff${exportPlanJson(defaultPlan)}`).ok).toBe(true);
  });
});

describe("exportPlanJson", () => {
  it("is read back identically", () => {
    expect(parsePlanText(exportPlanJson(defaultPlan))).toEqual({ ok: true, plan: defaultPlan });
  });

  it("is the same data as plain JSON", () => {
    expect(JSON.parse(exportPlanJson(defaultPlan))).toEqual(JSON.parse(JSON.stringify(defaultPlan)));
  });

  it("keeps short objects on one line and stays readable", () => {
    const text = exportPlanJson(defaultPlan);
    expect(text).toContain('"right": [{ "code": "BL02", "sign": 1 }]');
    expect(text.endsWith("}\n")).toBe(true);
    const longLines = text.split("\n").filter((l) => l.length > 100 && !/^\s*"[^"]+": "/.test(l));
    expect(longLines).toEqual([]);
  });
});

describe("the example plan plans/quang-tri-2025.example.json", () => {
  const text = readFileSync(join(__dirname, "../../../plans/quang-tri-2025.example.json"), "utf8");
  const result = parsePlanText(text);
  const plan = result.ok ? result.plan : (undefined as unknown as Plan);

  it("loads", () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("is marked as an example and addressed to the province's Sở Nội vụ, naming no body that no longer exists (docs/domain.md §7)", () => {
    expect(plan.title).toMatch(/^VÍ DỤ/);
    expect(plan.title).toMatch(/CHƯA xác minh/);
    expect(plan.issuer).toBe("UBND TỈNH QUẢNG TRỊ");
    expect(plan.recipient).toBe("UBND tỉnh Quảng Trị (qua Sở Nội vụ)");
    const text = JSON.stringify({ issuer: plan.issuer, recipient: plan.recipient, units: plan.units.map((u) => [u.name, u.aliases]) });
    expect(text).not.toMatch(/huyện|Sở Y tế tỉnh Quảng Trị \(qua/i);
  });

  it("links the 5 new xã to the former units the sources name, and leaves the unverified split open, saying so", () => {
    const formerly = Object.fromEntries(plan.units.filter((u) => u.kind === "XA").map((u) => [u.code, u.formerly]));
    expect(formerly).toEqual({
      XA_VINH_LINH: ["TT_HO_XA", "X_VINH_LONG", "X_VINH_CHAP"],
      XA_CUA_TUNG: ["TT_CUA_TUNG", "X_VINH_GIANG", "X_HIEN_THANH", "X_KIM_THACH"],
      XA_VINH_HOANG: ["X_VINH_THAI", "X_TRUNG_NAM", "X_VINH_HOA", "X_VINH_TU"],
      XA_VINH_THUY: [],
      XA_BEN_QUAN: [],
    });
    expect(plan.units.filter((u) => u.formerly.length > 0).every((u) => u.since === "2025-07-01")).toBe(true);
    // every former code is a unit of the built-in 2024 plan
    const old = new Set(defaultPlan.units.map((u) => u.code));
    expect(plan.units.flatMap((u) => u.formerly).filter((c) => !old.has(c))).toEqual([]);
    expect(plan.description).toMatch(/CHƯA xác minh: xã Vĩnh Thủy và xã Bến Quan/);
  });

  it("sends each row to the body that now receives it", () => {
    const to = (code: string) => plan.indicators.find((i) => i.code === code)?.recipient;
    expect([to("TT01"), to("BL02"), to("BL09"), to("CL03"), to("CL12"), to("KP01")]).toEqual(["S_NOIVU", "S_VHTTDL", "S_YTE", "S_GDDT", "S_YTE", "S_NOIVU"]);
    expect(plan.recipients.map((r) => r.code)).toEqual(["S_NOIVU", "S_VHTTDL", "S_YTE", "S_GDDT"]);
  });

  it("marks its deadlines as not verified", () => {
    for (const p of plan.periods) expect(p.note).toMatch(/chưa đối chiếu/);
  });

  it("has the 5 communes of the former Vĩnh Linh area and no district body", () => {
    expect(plan.units.filter((u) => u.kind === "XA")).toHaveLength(5);
    expect(plan.units.some((u) => u.code.startsWith("P_") || u.code === "CA_HUYEN")).toBe(false);
  });

  it("keeps the indicator catalog and the rules of the built-in plan", () => {
    expect(plan.indicators.map((i) => i.code)).toEqual(defaultPlan.indicators.map((i) => i.code));
    expect(plan.rules).toEqual(defaultPlan.rules);
  });

  it.each(["2025-Y", "2026-H1", "2026-Y"])("has period %s", (code) => {
    expect(plan.periods.map((p) => p.code)).toContain(code);
  });

  it("gives every unit a non-empty form in every period", () => {
    for (const unit of plan.units) {
      for (const period of plan.periods) {
        const codes = applicableIndicators(plan, unit, period).map((i) => i.code);
        expect({ unit: unit.code, period: period.code, empty: codes.length === 0 }).toMatchObject({ empty: false });
        expect(codes).toContain("KP01");
      }
    }
  });

  it("round-trips through exportPlanJson", () => {
    expect(parsePlanText(exportPlanJson(plan))).toEqual({ ok: true, plan });
  });
});
