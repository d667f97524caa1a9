// The plan file schema. The schema IS the type: every shape is defined once here and
// parsed at the boundary (built-in plan, plan file, CLI); the CLI's bundle carries the built-in
// plan already parsed, at build time (scripts/build-cli.mjs). Inside the core the data is trusted.
// Objects are strict: a misspelt field in a plan file ("requird") is an error, not a silent default.
import { z } from "zod";
import { COMPARISONS } from "../issues/comparison";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "phải là ngày dạng YYYY-MM-DD");

const unitCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "mã đơn vị chỉ gồm chữ in hoa, số, _");

/** A unit kind such as XA (commune), YTE (health office). Free text so a new plan can add kinds. */
export const UnitKindSchema = z.string().regex(/^[A-Z][A-Z0-9_]*$/, "mã loại đơn vị chỉ gồm chữ in hoa, số, _");
export type UnitKind = z.infer<typeof UnitKindSchema>;

export const UnitSchema = z.strictObject({
  code: unitCode,
  name: z.string().min(1),
  kind: UnitKindSchema,
  /** A missing required report is flagged `missing`; a missing optional one is `optional_missing`. */
  required: z.boolean().default(true),
  /** Other spellings that may appear in a hand-made header ("UBND xã Vĩnh Thái"). */
  aliases: z.array(z.string()).default([]),
  /**
   * The former units this one replaces after a merger (docs/domain.md §7): comparisons with an
   * earlier period add up their values. A former code may come from another plan (the 2024
   * district plan), so it need not be in this roster; it may not be a current unit of this plan.
   */
  formerly: z.array(unitCode).default([]),
  /** The day the merger took effect ("2025-07-01"); only with `formerly`. */
  since: isoDate.optional(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const PeriodSchema = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9_-]+$/),
  label: z.string().min(1),
  /** `half` = 6 tháng, `year` = cả năm. Sections may apply to one kind only (e.g. Tháng hành động). */
  kind: z.enum(["half", "year"]),
  dataFrom: isoDate,
  dataTo: isoDate,
  /** Inclusive due date, a calendar day in Asia/Ho_Chi_Minh. */
  due: isoDate,
  /** Printed under the due date on the form, e.g. that the deadline is not yet verified against the province's text. */
  note: z.string().optional(),
});
export type Period = z.infer<typeof PeriodSchema>;

export const ValueTypeSchema = z.enum(["count", "money", "yesno", "text", "calc"]);
export type ValueType = z.infer<typeof ValueTypeSchema>;

/** A signed reference to an indicator value: `{ code: "CL04.NU", sign: -1 }`. */
export const TermSchema = z.strictObject({ code: z.string(), sign: z.union([z.literal(1), z.literal(-1)]).default(1) });
export type Term = z.infer<typeof TermSchema>;

/** calc rows: value = scale × Σ(numerator) / Σ(denominator). Denominator 0 → not calculable (null). */
export const CalcSchema = z.strictObject({
  numerator: z.array(TermSchema).min(1),
  denominator: z.array(TermSchema).min(1),
  scale: z.number().default(100),
});
export type Calc = z.infer<typeof CalcSchema>;

/**
 * How the district total of a row is formed (docs/domain.md §4 "total").
 * - sum: over every unit that reported the row
 * - sumKinds: over units of the given kinds only (communes), the rest shown as a cross-check
 * - fromUnit: that unit's figure, the sum over others shown as a cross-check
 * - ratio: recomputed from the district totals of its parts (never an average of percentages)
 * - shareYes: % of answering units that said "Có"
 * - shareOfUnits: % of reporting units whose `code` value is ≥ atLeast
 * - none: not totalled (text)
 */
export const TotalRuleSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("sum") }),
  z.strictObject({ kind: z.literal("sumKinds"), kinds: z.array(UnitKindSchema).min(1) }),
  z.strictObject({ kind: z.literal("fromUnit"), unit: z.string() }),
  z.strictObject({ kind: z.literal("ratio") }),
  z.strictObject({ kind: z.literal("shareYes") }),
  z.strictObject({
    kind: z.literal("shareOfUnits"),
    code: z.string(),
    atLeast: z.number(),
    /** Only units of these kinds count, above and below the line (TL_CL01: state bodies and local governments). */
    kinds: z.array(UnitKindSchema).min(1).optional(),
  }),
  z.strictObject({ kind: z.literal("none") }),
]);
export type TotalRule = z.infer<typeof TotalRuleSchema>;

export const ComparisonSchema = z.enum(COMPARISONS);
export type Comparison = z.infer<typeof ComparisonSchema>;

export const TargetSchema = z.strictObject({
  year: z.number().int(),
  op: ComparisonSchema,
  value: z.number(),
  /** Where the target comes from ("NQ 28/NQ-CP, mục tiêu 6"). */
  source: z.string().optional(),
  /** A target set locally, not a national number (docs/domain.md §7 "Every target cites its source"). */
  local: z.boolean().default(false),
});
export type Target = z.infer<typeof TargetSchema>;

/** Who carries a row: unit kinds, or "ALL"; `except` removes kinds from ALL (docs/domain.md "*" = ALL except TCKH). */
export const WhoSchema = z.strictObject({
  kinds: z.array(z.union([z.literal("ALL"), UnitKindSchema])),
  except: z.array(UnitKindSchema).default([]),
  /** true for rows that exist only in the district summary (TL_CL01). */
  summaryOnly: z.boolean().default(false),
});
export type Who = z.infer<typeof WhoSchema>;

export const IndicatorSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*(\.[A-Z0-9_]+)?$/, "mã chỉ tiêu không hợp lệ"),
  /** Section code, e.g. "I". */
  section: z.string(),
  /** Official STT shown on the form ("1", "2", "" for "Trong đó" rows). */
  stt: z.string().default(""),
  label: z.string().min(1),
  unitOfMeasure: z.string().default(""),
  type: ValueTypeSchema,
  who: WhoSchema,
  total: TotalRuleSchema,
  /** Blank is not zero: required rows must be typed, 0 when there is nothing. */
  required: z.boolean().default(true),
  calc: CalcSchema.optional(),
  targets: z.array(TargetSchema).default([]),
  /**
   * A ratio whose base Σ(terms) is below `min` is shown but not judged against its target
   * (TL_CL04: fewer than 30 births, CL04, says nothing about the sex ratio).
   */
  judgeMinBase: z.strictObject({ terms: z.array(TermSchema).min(1), min: z.number() }).optional(),
  maxLength: z.number().int().positive().optional(),
  maxDecimals: z.number().int().min(0).optional(),
  /** The row on its child level ("Trong đó:") is indented under its parent. */
  parent: z.string().optional(),
  /** The reporting regime the row belongs to ("BĐG", "BLGĐ", …; docs/domain.md §7). */
  regime: z.string().optional(),
  /** Code of the body that receives this row (one of the plan's `recipients`); a summary can be split by it. */
  recipient: z.string().optional(),
  /**
   * A figure only a province can judge (maternal deaths, women-led enterprises: docs/domain.md §7):
   * never on a commune's form, and never judged against its target on a unit's form.
   */
  provinceOnly: z.boolean().default(false),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const SectionSchema = z.strictObject({
  code: z.string(),
  /** Roman numeral shown in STT. */
  stt: z.string(),
  title: z.string(),
  /** Period kinds the section applies to; default both. */
  periodKinds: z.array(z.enum(["half", "year"])).default(["half", "year"]),
});
export type Section = z.infer<typeof SectionSchema>;

/** One side of a rule: a sum of signed terms, or a constant. */
export const OperandSchema = z.union([z.array(TermSchema).min(1), z.number(), z.string()]);
export type Operand = z.infer<typeof OperandSchema>;

/**
 * A validation rule, DHIS2-style: left op right, with an explicit missing-value policy.
 * The rule holds when the comparison is true; otherwise an issue of `severity` is raised.
 * missing: "skip" = not evaluated when any operand is blank (blank is reported by `required`);
 *          "zero" = blanks count as 0.
 * when: an optional precondition, same shape, evaluated first.
 */
export const RuleSchema = z.strictObject({
  id: z.string(),
  /** Stable rule code carried by the Issue (e.g. part_le_whole). */
  rule: z.string(),
  severity: z.enum(["error", "warning"]),
  left: OperandSchema,
  op: ComparisonSchema,
  right: OperandSchema,
  when: z
    .object({ left: OperandSchema, op: ComparisonSchema, right: OperandSchema })
    .optional(),
  missing: z.enum(["skip", "zero"]).default("skip"),
  /** The indicator whose cell the issue points at. */
  indicator: z.string(),
});
export type Rule = z.infer<typeof RuleSchema>;

/** A body that receives reports (Sở Nội vụ, Sở VHTTDL …). */
export const RecipientSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9_]*$/, "mã nơi nhận chỉ gồm chữ in hoa, số, _"),
  name: z.string().min(1),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/**
 * A unit's value is an outlier against its own earlier value when it moved by more than `factor`
 * times (up or down) and by at least `minChange` (docs/contract.md §4.5): 3 → 12 is not news, 30 → 120 is.
 */
export const OutlierSchema = z.strictObject({
  factor: z.number().gt(1).default(3),
  minChange: z.number().min(0).default(10),
});
export type OutlierRule = z.infer<typeof OutlierSchema>;

export const PlanSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string(),
  /** What the plan is and what in it is verified (shown by `bdg plan`). */
  description: z.string().optional(),
  /** Header, left, first line: "UBND HUYỆN VĨNH LINH". */
  issuer: z.string(),
  /** "Vĩnh Linh" for the signature place line. */
  place: z.string(),
  /** "UBND huyện Vĩnh Linh (qua Phòng LĐ-TB&XH)". */
  recipient: z.string(),
  formNumber: z.string().default("Biểu số 01/BĐG"),
  formTitle: z.string(),
  /** The year whose targets are judged ("Mục tiêu 2025"). */
  targetYear: z.number().int(),
  /** Cross-check differences above this percentage are warnings. */
  crossCheckTolerancePct: z.number().default(10),
  units: z.array(UnitSchema).min(1),
  periods: z.array(PeriodSchema).min(1),
  sections: z.array(SectionSchema).min(1),
  indicators: z.array(IndicatorSchema).min(1),
  rules: z.array(RuleSchema).default([]),
  /** The bodies that receive the rows (an indicator's `recipient` names one). */
  recipients: z.array(RecipientSchema).default([]),
  outlier: OutlierSchema.default({ factor: 3, minChange: 10 }),
});
export type Plan = z.infer<typeof PlanSchema>;
/** What a plan file may contain before defaults are applied. */
export type PlanInput = z.input<typeof PlanSchema>;
