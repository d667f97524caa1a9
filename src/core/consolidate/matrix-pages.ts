// How the matrix (indicators × units) splits across printed pages (docs/contract.md §4.4: "the
// matrix repeats its label columns and splits across pages"). A page shows the label columns
// again and a group of units: as many as fit, in balanced groups, and a page never mixes the
// communes with the district bodies when it can be helped, so each page reads as one kind of unit.
import type { Unit } from "../plan/schema";

/**
 * Runs of the roster that belong together: units of a kind that several units share (the
 * communes, XA) form one run; the units whose kind is theirs alone (the district offices) form
 * another.
 */
function rosterRuns(units: readonly Unit[]): number[] {
  const perKind = new Map<string, number>();
  for (const u of units) perKind.set(u.kind, (perKind.get(u.kind) ?? 0) + 1);
  const family = (u: Unit) => ((perKind.get(u.kind) ?? 0) > 1 ? `kind:${u.kind}` : "single");
  const runs: number[] = [];
  units.forEach((u, i) => {
    if (i > 0 && family(u) === family(units[i - 1])) runs[runs.length - 1]++;
    else runs.push(1);
  });
  return runs;
}

/** `count` columns in the fewest groups of at most `perPage`, sizes differing by one at most. */
function balanced(count: number, perPage: number): number[] {
  const groups = Math.ceil(count / perPage);
  const base = Math.floor(count / groups);
  return Array.from({ length: groups }, (_, i) => base + (i < count % groups ? 1 : 0));
}

/**
 * The sizes of the page groups of the unit columns followed by one total column, in order
 * (e.g. 18 communes and 9 offices + total, 8 a page → 6, 6, 6, 5, 5).
 */
export function unitColumnGroups(units: readonly Unit[], perPage: number): number[] {
  const runs = rosterRuns(units);
  if (runs.length === 0) return [1];
  runs[runs.length - 1]++; // the total column closes the last run
  const all = runs.reduce((a, b) => a + b, 0);
  if (all <= perPage) return [all]; // a small roster: one page, whatever the kinds
  return runs.flatMap((n) => balanced(n, Math.max(1, perPage)));
}

/** 0-based first column of each page after the first, for columns starting at `firstColumn`. */
export function columnBreaks(groups: readonly number[], firstColumn: number): number[] {
  const breaks: number[] = [];
  let col = firstColumn;
  for (const size of groups.slice(0, -1)) {
    col += size;
    breaks.push(col);
  }
  return breaks;
}
