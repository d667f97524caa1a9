// Where the time of a consolidation goes, phase by phase, in one warm process (the whole-process
// figures are scripts/bench.mjs's; this one explains them): read the bytes, inflate the parts
// (fflate and native zlib), scan the XML into a grid, read the submissions, validate, consolidate,
// the JSON document. Median of rounds, ms per file. Prints a table; asserts nothing.
// Run: node bench/run-ts.mjs bench/phases.bench.ts DIR [rounds=5]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { inflateSync } from "fflate";
import { consolidate } from "../src/core/consolidate";
import { defaultPlan } from "../src/core/plan";
import { readWorkbook } from "../src/core/read/read-workbook";
import { validateSubmission } from "../src/core/rules/validate-form";
import type { FileReport } from "../src/core/read";
import type { WorkbookGrid } from "../src/core/grid";
import { readXlsx, fflateCodec } from "../src/xlsx/read";
import { nodeZipCodec } from "../src/xlsx/read/node-zip-codec";
import { readZipDirectory, entryData } from "../src/xlsx/read/zip-directory";
import { summaryJson } from "../src/cli/output/summary-json";
import { writeJsonDocument } from "../src/cli/io/write-json";

const READ_PARTS = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedstrings\.xml|xl\/worksheets\/sheet\d+\.xml)$/;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[s.length >> 1];
}

export function main(dir: string, rounds = 5): void {
  const names = readdirSync(dir).filter((n) => n.endsWith(".xlsx")).sort();
  const files = names.map((n) => join(dir, n));
  const times: Record<string, number[]> = {};
  const time = <T>(label: string, work: () => T): T => {
    const start = performance.now();
    const out = work();
    (times[label] ??= []).push((performance.now() - start) / files.length);
    return out;
  };
  for (let r = 0; r < rounds + 1; r++) {
    const bytes = time("read bytes (readFileSync)", () => files.map((f) => new Uint8Array(readFileSync(f))));
    const entries = bytes.map((b) => [...readZipDirectory(b).values()].filter((e) => READ_PARTS.test(e.name.toLowerCase())).map((e) => ({ data: entryData(b, e), size: e.declaredSize })));
    // fflate given the output buffer, as the reader does (without it, it grows and copies its output)
    time("inflate read parts: fflate", () => entries.forEach((list) => list.forEach((e) => inflateSync(e.data, { out: new Uint8Array(e.size) }))));
    time("inflate read parts: zlib", () => entries.forEach((list) => list.forEach((e) => inflateRawSync(e.data))));
    time("readXlsx (fflate codec)", () => bytes.map((b) => readXlsx(b, undefined, fflateCodec)));
    const grids = time("readXlsx (zlib codec)", () => bytes.map((b) => readXlsx(b, undefined, nodeZipCodec)));
    const workbooks = grids.map((g) => (g.ok ? g.workbook : ({ sheets: [] } as WorkbookGrid)));
    const read = time("readWorkbook (submissions)", () => workbooks.map((w, i) => readWorkbook(defaultPlan, w, names[i], null)));
    const reports = time("validateSubmission", () =>
      read.map((x, i): FileReport => (x.kind === "forms" ? { file: names[i], fileTime: null, kind: "forms", forms: x.submissions.map((s) => validateSubmission(defaultPlan, s)) } : { file: names[i], fileTime: null, kind: "not_a_report", issue: x.issue })),
    );
    const summary = time("consolidate", () => consolidate(defaultPlan, "2024-Y", "2024-12-12", reports));
    time("JSON document", () => {
      let n = 0;
      writeJsonDocument(summaryJson(defaultPlan, summary), (chunk) => (n += chunk.length));
      return n;
    });
    if (r === 0) for (const k of Object.keys(times)) times[k] = []; // the first round warms up
  }
  console.log(`\nPhases, one warm process, ${files.length} files, median of ${rounds} rounds (ms per file):`);
  for (const [label, values] of Object.entries(times)) console.log(`  ${label.padEnd(32)} ${median(values).toFixed(4)}`);
}
