// Checks zod cannot express: codes that must be unique, references that must resolve, dates that
// must be real and in order. Each error names the exact place in the file ("indicators[3].parent").
import { foldText } from "../text/normalize";
import { isIsoDate } from "../time/calendar";
import type { PlanError } from "./load-plan";
import type { Operand, Plan } from "./schema";

type Report = (path: string, message: string) => void;

/** Each code once: the later duplicate is reported, pointing back at the first. */
function checkUnique(items: readonly { code: string }[], listName: string, what: string, report: Report): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const first = firstIndex.get(item.code);
    if (first === undefined) firstIndex.set(item.code, i);
    else report(`${listName}[${i}].code`, `Mã ${what} "${item.code}" bị trùng (đã có ở ${listName}[${first}]).`);
  });
}

/** A header names one unit only: names and aliases must not collide across units (after folding). */
function checkUnitNames(plan: Plan, report: Report): void {
  const owner = new Map<string, string>();
  plan.units.forEach((unit, i) => {
    const spellings: [string, string][] = [
      [`units[${i}].name`, unit.name],
      ...unit.aliases.map((a, k): [string, string] => [`units[${i}].aliases[${k}]`, a]),
    ];
    for (const [path, text] of spellings) {
      const key = foldText(text);
      const other = owner.get(key);
      if (other !== undefined && other !== unit.code) {
        report(path, `Tên "${text}" trùng với tên của đơn vị "${other}": tiêu đề biểu sẽ không xác định được đơn vị.`);
      } else owner.set(key, unit.code);
    }
  });
}

/**
 * `formerly` (docs/domain.md §7): a former code is not a current unit of this plan (that would make
 * the comparison count it twice), not the unit itself (a cycle), and listed once per unit.
 * `since` only goes with `formerly`.
 */
function checkFormerly(plan: Plan, report: Report): void {
  const current = new Map(plan.units.map((u) => [u.code, u] as const));
  plan.units.forEach((unit, i) => {
    const at = `units[${i}]`;
    const seen = new Set<string>();
    unit.formerly.forEach((code, k) => {
      const path = `${at}.formerly[${k}]`;
      if (code === unit.code) report(path, `Đơn vị "${unit.code}" không thể là đơn vị cũ của chính nó (vòng lặp).`);
      else if (current.has(code)) {
        report(path, `Mã "${code}" là một đơn vị hiện có của kế hoạch này, không thể đồng thời là đơn vị cũ của "${unit.code}": số liệu của nó sẽ bị tính hai lần khi so sánh.`);
      } else if (seen.has(code)) report(path, `Mã đơn vị cũ "${code}" được ghi hai lần.`);
      seen.add(code);
    });
    if (unit.since !== undefined && unit.formerly.length === 0) {
      report(`${at}.since`, `"since" (ngày sáp nhập có hiệu lực) chỉ dùng khi đơn vị có danh sách đơn vị cũ "formerly".`);
    }
    if (unit.since !== undefined && !isIsoDate(unit.since)) report(`${at}.since`, `Ngày "${unit.since}" không có thật trên lịch.`);
  });
}

function checkRecipients(plan: Plan, report: Report): void {
  const known = new Set(plan.recipients.map((r) => r.code));
  plan.indicators.forEach((ind, i) => {
    if (ind.recipient !== undefined && !known.has(ind.recipient)) {
      report(`indicators[${i}].recipient`, `Nơi nhận "${ind.recipient}" không có trong danh sách recipients của kế hoạch.`);
    }
  });
}

function checkPeriods(plan: Plan, report: Report): void {
  plan.periods.forEach((p, i) => {
    const at = `periods[${i}]`;
    let datesReal = true;
    for (const field of ["dataFrom", "dataTo", "due"] as const) {
      if (!isIsoDate(p[field])) {
        report(`${at}.${field}`, `Ngày "${p[field]}" không có thật trên lịch.`);
        datesReal = false;
      }
    }
    if (!datesReal) return;
    // ISO dates compare as strings.
    if (p.dataFrom > p.dataTo) {
      report(`${at}.dataTo`, `Ngày kết thúc số liệu (${p.dataTo}) trước ngày bắt đầu (${p.dataFrom}).`);
    }
    if (p.due < p.dataFrom) {
      report(`${at}.due`, `Hạn nộp (${p.due}) trước ngày bắt đầu số liệu (${p.dataFrom}).`);
    }
  });
}

function checkOperand(operand: Operand, path: string, known: ReadonlySet<string>, report: Report): void {
  if (!Array.isArray(operand)) return;
  operand.forEach((term, k) => {
    if (!known.has(term.code)) report(`${path}[${k}].code`, `Chỉ tiêu "${term.code}" không có trong danh mục.`);
  });
}

function checkIndicators(plan: Plan, known: ReadonlySet<string>, report: Report): void {
  const sections = new Set(plan.sections.map((s) => s.code));
  const units = new Set(plan.units.map((u) => u.code));
  const unknown = (code: string): string => `Chỉ tiêu "${code}" không có trong danh mục.`;

  plan.indicators.forEach((ind, i) => {
    const at = `indicators[${i}]`;
    if (!sections.has(ind.section)) report(`${at}.section`, `Phần (mục) "${ind.section}" không có trong danh sách sections.`);
    if (ind.parent !== undefined) {
      if (ind.parent === ind.code) report(`${at}.parent`, `Chỉ tiêu "${ind.code}" không thể là dòng cha của chính nó.`);
      else if (!known.has(ind.parent)) report(`${at}.parent`, unknown(ind.parent));
    }
    if (ind.calc) {
      checkOperand(ind.calc.numerator, `${at}.calc.numerator`, known, report);
      checkOperand(ind.calc.denominator, `${at}.calc.denominator`, known, report);
    }
    if (ind.judgeMinBase) checkOperand(ind.judgeMinBase.terms, `${at}.judgeMinBase.terms`, known, report);
    const total = ind.total;
    if (total.kind === "shareOfUnits" && !known.has(total.code)) report(`${at}.total.code`, unknown(total.code));
    if (total.kind === "fromUnit" && !units.has(total.unit)) {
      report(`${at}.total.unit`, `Đơn vị "${total.unit}" không có trong danh sách đơn vị (units).`);
    }
    // A computed row needs its formula, and only computed rows have one. The exception is a
    // summary-only share of units (TL_CL01), whose total rule is its formula.
    const formulaInTotal = ind.who.summaryOnly && total.kind === "shareOfUnits";
    if (ind.type === "calc" && !ind.calc && !formulaInTotal) {
      report(`${at}.calc`, `Chỉ tiêu tính toán (type "calc") "${ind.code}" phải có công thức calc.`);
    }
    if (ind.type !== "calc" && ind.calc) {
      report(`${at}.type`, `Chỉ tiêu "${ind.code}" có công thức calc nên type phải là "calc" (đang là "${ind.type}").`);
    }
  });
}

function checkRules(plan: Plan, known: ReadonlySet<string>, report: Report): void {
  const firstIndex = new Map<string, number>();
  plan.rules.forEach((rule, i) => {
    const at = `rules[${i}]`;
    const first = firstIndex.get(rule.id);
    if (first === undefined) firstIndex.set(rule.id, i);
    else report(`${at}.id`, `Mã quy tắc "${rule.id}" bị trùng (đã có ở rules[${first}]).`);
    checkOperand(rule.left, `${at}.left`, known, report);
    checkOperand(rule.right, `${at}.right`, known, report);
    if (rule.when) {
      checkOperand(rule.when.left, `${at}.when.left`, known, report);
      checkOperand(rule.when.right, `${at}.when.right`, known, report);
    }
    if (!known.has(rule.indicator)) report(`${at}.indicator`, `Chỉ tiêu "${rule.indicator}" không có trong danh mục.`);
  });
}

/** Every cross-reference error of a schema-valid plan; empty when the plan is coherent. */
export function checkPlanReferences(plan: Plan): PlanError[] {
  const errors: PlanError[] = [];
  const report: Report = (path, message) => errors.push({ path, message });
  checkUnique(plan.units, "units", "đơn vị", report);
  checkUnique(plan.periods, "periods", "kỳ báo cáo", report);
  checkUnique(plan.sections, "sections", "phần", report);
  checkUnique(plan.indicators, "indicators", "chỉ tiêu", report);
  checkUnique(plan.recipients, "recipients", "nơi nhận", report);
  checkUnitNames(plan, report);
  checkFormerly(plan, report);
  checkPeriods(plan, report);
  const known = new Set(plan.indicators.map((i) => i.code));
  checkIndicators(plan, known, report);
  checkRules(plan, known, report);
  checkRecipients(plan, report);
  return errors;
}
