// Which ExcelApi requirement set each member of the Excel object model belongs to, read from
// Microsoft's own typings (@types/office-js: every member's doc comment ends with
// "[Api set: ExcelApi 1.x]"), so the fake's host API level is Microsoft's table, not ours.
// Source of the rule the fake enforces: "Excel JavaScript API requirement sets"
// (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets): a member
// is available only on a host that supports its set; an older host answers ApiNotFound.
//
// Qualified entries are split the way the typings write them: "1.1 for get, 1.8 for set",
// "1.1 for reading visibility; 1.2 for setting it", "1.2 for options; 1.7 for password".
// Sets that are not a numbered ExcelApi (ExcelApiOnline, ExcelApiDesktop, preview) count as never
// supported: the add-in must not depend on them.
import { readFileSync } from "node:fs";

/** A numbered ExcelApi version as its minor number (1.13 → 13); Infinity = no numbered set. */
export type Minor = number;

export interface MemberSets {
  get: Minor;
  set: Minor;
  /** Argument-level sets, e.g. { password: 7 } for protect(options, password). */
  args: Record<string, Minor>;
}

export interface ApiTable {
  /** Class → its own set (the level below which the whole class is missing). */
  classes: Map<string, Minor>;
  /** "Class.member" → its sets. */
  members: Map<string, MemberSets>;
  /** The highest numbered ExcelApi in the typings ("the latest"). */
  latest: Minor;
}

export function minorOf(version: string): Minor {
  const m = /^1\.(\d+)$/.exec(version.trim());
  if (!m) throw new Error(`not an ExcelApi version: ${version}`);
  return Number(m[1]);
}

interface Entry {
  minor: Minor;
  qualifier: string;
}

function entries(text: string): Entry[] | null {
  const m = /^ExcelApi (\d.*)$/.exec(text.trim());
  if (!m) return null;
  const out: Entry[] = [];
  for (const part of m[1].split(/[;,]/)) {
    const e = /^\s*1\.(\d+)(?:\s+for\s+(.*))?/.exec(part);
    if (e) out.push({ minor: Number(e[1]), qualifier: (e[2] ?? "").trim().toLowerCase() });
  }
  return out;
}

function memberSets(apiSet: string | undefined, classMinor: Minor): MemberSets {
  const list = apiSet === undefined ? [] : entries(apiSet);
  if (list === null) return { get: Infinity, set: Infinity, args: {} };
  const plain = list.filter((e) => e.qualifier === "" || /\b(get|getting|read|reading)\b/.test(e.qualifier));
  const setters = list.filter((e) => /\bset|setting\b/.test(e.qualifier));
  const get = plain.length ? Math.min(...plain.map((e) => e.minor)) : classMinor;
  const args: Record<string, Minor> = {};
  for (const e of list) {
    const arg = /^`?(\w+)`?$/.exec(e.qualifier);
    if (arg && !/^(get|set|getting|setting|reading)$/.test(arg[1])) args[arg[1]] = e.minor;
  }
  return { get, set: setters.length ? Math.max(get, ...setters.map((e) => e.minor)) : get, args };
}

const DOC_SET = /\[Api set: ([^\]]+)\]/;

function parse(dts: string): ApiTable {
  const lines = dts.split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  const classes = new Map<string, Minor>();
  const members = new Map<string, MemberSets>();
  let latest = 1;
  let doc: string[] | null = null;
  let lastDoc = "";
  let current: { name: string; minor: Minor } | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith("}")) break;
    const trimmed = line.trim();
    if (trimmed.startsWith("/**")) doc = [];
    if (doc) {
      doc.push(trimmed);
      if (trimmed.endsWith("*/")) {
        lastDoc = doc.join(" ");
        doc = null;
      }
      continue;
    }
    const apiSet = DOC_SET.exec(lastDoc)?.[1];
    for (const v of apiSet?.matchAll(/ExcelApi 1\.(\d+)/g) ?? []) latest = Math.max(latest, Number(v[1]));
    const cls = /^ {4}(?:class|interface) (\w+)/.exec(line);
    if (cls) {
      const own = apiSet ? memberSets(apiSet, 1).get : 1;
      const proxy = line.includes("extends OfficeExtension.ClientObject") || line.includes("extends OfficeExtension.ClientRequestContext");
      current = proxy || cls[1].endsWith("EventArgs") ? { name: cls[1], minor: own } : null;
      if (current) classes.set(current.name, own);
      lastDoc = "";
      continue;
    }
    if (/^ {4}\}/.test(line)) current = null;
    const member = current && /^ {8}(?:readonly )?(\w+)\??[:(<]/.exec(line);
    if (current && member) {
      const key = `${current.name}.${member[1]}`;
      const sets = memberSets(apiSet, current.minor);
      // "@param valuesOnly … [Api set: ExcelApi 1.2]": an argument newer than its method
      for (const p of lastDoc.matchAll(/@param (\w+)[^@]*?\[Api set: ExcelApi 1\.(\d+)\]/g)) sets.args[p[1]] = Number(p[2]);
      const before = members.get(key);
      // overloads: the lowest set that offers the member at all
      members.set(key, before ? { get: Math.min(before.get, sets.get), set: Math.min(before.set, sets.set), args: { ...sets.args, ...before.args } } : sets);
    }
    if (trimmed !== "") lastDoc = "";
  }
  return { classes, members, latest };
}

let table: ApiTable | null = null;

/** The table, parsed once per process from the installed typings. */
export function apiTable(): ApiTable {
  // resolved at run time (the bench bundles this file; the typings stay in node_modules)
  const resolve: (id: string) => string = require.resolve;
  table ??= parse(readFileSync(resolve("@types/office-js/index.d.ts"), "utf8"));
  return table;
}

/** The set a use of `Class.member` needs; unknown members need nothing the fake checks. */
export function requiredMinor(cls: string, member: string, mode: "get" | "set"): Minor {
  const sets = apiTable().members.get(`${cls}.${member}`);
  if (!sets) return apiTable().classes.get(cls) ?? 1;
  return mode === "set" ? sets.set : sets.get;
}

export function requiredArgMinor(cls: string, member: string, arg: string): Minor {
  return apiTable().members.get(`${cls}.${member}`)?.args[arg] ?? 1;
}

const enums = new Map<string, readonly string[]>();

/**
 * The values of an enum of the Excel namespace as the typings list them (`enum ChartType {
 * columnClustered = "ColumnClustered", … }`): what Excel accepts for a string argument of that type.
 */
export function enumValues(name: string): readonly string[] {
  const known = enums.get(name);
  if (known) return known;
  const resolve: (id: string) => string = require.resolve;
  const dts = readFileSync(resolve("@types/office-js/index.d.ts"), "utf8");
  const start = dts.indexOf(`\n    enum ${name} {`);
  if (start < 0) throw new Error(`no enum ${name} in the typings`);
  const body = dts.slice(start, dts.indexOf("\n    }", start));
  const values = [...body.matchAll(/^\s+\w+ = "([^"]+)",?$/gm)].map((m) => m[1]);
  enums.set(name, values);
  return values;
}
