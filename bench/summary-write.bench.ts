// Where `consolidate --out` spends its time beyond `--json`, in one process: the summary's model
// (summaryWorkbook), the SpreadsheetML text, and the zip with each deflater (fflate, the browser's;
// native zlib, bdg's). First call (cold: code not yet compiled or optimised) and the median of
// warm calls, in ms of CPU (the deflate's share in wall time). Prints figures; asserts nothing.
// Run: node bench/run-ts.mjs bench/summary-write.bench.ts DIR [rounds=9]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { consolidate, summaryWorkbook } from "../src/core/consolidate";
import { unreadableReport, type FileReport } from "../src/core/read";
import { inspectWorkbook } from "../src/core/rules";
import { defaultPlan } from "../src/core/plan";
import { readXlsxInNode } from "../src/xlsx/read/node-read";
import { fflateDeflater } from "../src/xlsx/write/fflate-deflater";
import { nodeDeflater } from "../src/xlsx/write/node-deflater";
import { writeWorkbookWith } from "../src/xlsx/write/write-workbook";
import type { Deflater } from "../src/xlsx/write/zip-archive";

const counting = (inner: Deflater, spent: { ms: number }): Deflater => ({
  deflateRaw(bytes) {
    const t = performance.now();
    const out = inner.deflateRaw(bytes);
    spent.ms += performance.now() - t;
    return out;
  },
  crc32(bytes) {
    const t = performance.now();
    const c = inner.crc32(bytes);
    spent.ms += performance.now() - t;
    return c;
  },
});

/** CPU time (user + system) of `f`, not wall time: on a loaded machine waiting for a core is not work. */
function time<T>(f: () => T): [T, number] {
  const t = process.cpuUsage();
  const r = f();
  const u = process.cpuUsage(t);
  return [r, (u.user + u.system) / 1000];
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

export function main(dir: string, rounds = 9): void {
  const reports: FileReport[] = readdirSync(dir)
    .filter((n) => n.endsWith(".xlsx"))
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(join(dir, name)));
      const read = readXlsxInNode(bytes);
      return read.ok ? inspectWorkbook(defaultPlan, name, null, read.workbook) : unreadableReport(name, null, read.message);
    });
  const summary = consolidate(defaultPlan, "2024-Y", "2024-12-12", reports, { includeInvalid: false });
  const rows: Record<string, number[]> = { model: [], "zlib: xml + zip": [], "zlib: deflate + crc": [], "fflate: xml + zip": [], "fflate: deflate + crc": [] };
  let bytes = 0;
  for (let r = 0; r < rounds; r++) {
    const [model, ms] = time(() => summaryWorkbook(defaultPlan, summary, { generator: "bench" }));
    rows.model.push(ms);
    for (const [name, deflater] of [["zlib", nodeDeflater], ["fflate", fflateDeflater]] as const) {
      const spent = { ms: 0 };
      const [out, total] = time(() => writeWorkbookWith(counting(deflater, spent), model));
      bytes = out.length;
      rows[`${name}: xml + zip`].push(total);
      rows[`${name}: deflate + crc`].push(spent.ms);
    }
  }
  console.log(`summary of ${reports.length} files: ${(bytes / 1024).toFixed(1)} KB`);
  for (const [name, v] of Object.entries(rows)) console.log(`  ${name.padEnd(22)} first ${v[0].toFixed(1).padStart(7)} ms   warm median ${median(v.slice(1)).toFixed(1).padStart(7)} ms`);
}
