// Lookups derived from a plan, built once per plan object and reused for every file of a run
// (a consolidation reads thousands of forms against one plan). Plans are immutable values once
// parsed, so the plan object itself is the cache key; a WeakMap lets a dropped plan go.
import type { Indicator, Period, Plan, Unit } from "../plan/schema";
import { applicableIndicators } from "../plan/queries";
import { foldCode, foldText, foldTextLoose } from "../text";

/** Folded name → every item carrying it (more than one: the name is ambiguous). */
export interface NameIndex<T> {
  strict: Map<string, T[]>;
  loose: Map<string, T[]>;
}

export interface FormRows {
  /** The rows on the form, in catalog order (applicableIndicators). Shared: never mutate. */
  rows: readonly Indicator[];
  codes: ReadonlySet<string>;
}

export interface PlanIndex {
  unitsByCode: Map<string, Unit>;
  /** Upper-cased period code → first period with it (codes are compared case-insensitively). */
  periodsByUpperCode: Map<string, Period>;
  unitNames: NameIndex<Unit>;
  periodLabels: NameIndex<Period>;
  /** Indicator code as written in the plan → itself, for codes that foldCode leaves unchanged. */
  plainCodes: Map<string, string>;
  /** Every indicator code → the plan's own string: a cell matches when foldCode(cell) is one of them. */
  knownCodes: Map<string, string>;
  /** Catalog position of each indicator code. */
  order: Map<string, number>;
  formRows: Map<string, FormRows>;
}

const indexes = new WeakMap<Plan, PlanIndex>();

function indexNames<T>(items: readonly T[], namesOf: (item: T) => readonly string[]): NameIndex<T> {
  const index: NameIndex<T> = { strict: new Map(), loose: new Map() };
  for (const item of items) {
    for (const [fold, map] of [
      [foldText, index.strict],
      [foldTextLoose, index.loose],
    ] as const) {
      for (const name of namesOf(item)) {
        const key = fold(name);
        const hits = map.get(key);
        if (hits === undefined) map.set(key, [item]);
        else if (!hits.includes(item)) hits.push(item);
      }
    }
  }
  return index;
}

function firstBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(keyOf(item))) map.set(keyOf(item), item);
  return map;
}

function buildIndex(plan: Plan): PlanIndex {
  const knownCodes = new Map<string, string>();
  const plainCodes = new Map<string, string>();
  for (const { code } of plan.indicators) {
    knownCodes.set(code, code);
    // A cell spelled exactly like such a code needs no folding (the common case).
    if (foldCode(code) === code) plainCodes.set(code, code);
  }
  return {
    unitsByCode: firstBy(plan.units, (u) => u.code),
    periodsByUpperCode: firstBy(plan.periods, (p) => p.code.toUpperCase()),
    unitNames: indexNames(plan.units, (u) => [u.name, ...u.aliases]),
    periodLabels: indexNames(plan.periods, (p) => [p.label]),
    plainCodes,
    knownCodes,
    order: new Map(plan.indicators.map((i, n) => [i.code, n] as const)),
    formRows: new Map(),
  };
}

export function planIndex(plan: Plan): PlanIndex {
  let index = indexes.get(plan);
  if (index === undefined) {
    index = buildIndex(plan);
    indexes.set(plan, index);
  }
  return index;
}

/** The form's rows for (unit, period): they depend only on the unit's kind and the period's kind. */
export function formRowsOf(plan: Plan, unit: Unit, period: Period): FormRows {
  const cache = planIndex(plan).formRows;
  const key = `${unit.kind}\u0000${period.kind}`;
  let entry = cache.get(key);
  if (entry === undefined) {
    const rows = applicableIndicators(plan, unit, period);
    entry = { rows, codes: new Set(rows.map((i) => i.code)) };
    cache.set(key, entry);
  }
  return entry;
}

/** Unique match of `text` among the folded names: foldText first, then foldTextLoose. */
export function matchName<T>(index: NameIndex<T>, text: string): T | null {
  for (const [fold, map] of [
    [foldText, index.strict],
    [foldTextLoose, index.loose],
  ] as const) {
    const wanted = fold(text);
    if (wanted === "") return null;
    const hits = map.get(wanted);
    if (hits !== undefined) return hits.length === 1 ? hits[0] : null;
  }
  return null;
}

/** The indicator code a "Mã" cell names (the plan's own string), or undefined. */
export function knownCode(index: PlanIndex, cell: string): string | undefined {
  return index.plainCodes.get(cell) ?? index.knownCodes.get(foldCode(cell));
}
