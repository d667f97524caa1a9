// Bench inboxes of N real forms, shared by the process bench (scripts/bench.mjs) and the task pane
// bench: `bdg demo` writes 26 filled forms of the built-in plan; bench file i is form i mod 26 with
// every whole number typed in column E times a factor (a whole factor keeps "part ≤ whole" and
// "sum of parts ≤ whole" true, so clean forms stay clean), re-zipped with fflate (a writer pass
// per file would take minutes for 5,000 files). Units repeat, so a run meets duplicates
// (superseded) as well as used and invalid forms.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BDG_BUNDLE = join(REPO, "dist-cli", "bdg.cjs");

/** Builds dist-cli/ (the bundle every process run measures). */
export function buildCli() {
  execFileSync(process.execPath, [join(REPO, "scripts", "build-cli.mjs")], { cwd: REPO, stdio: ["ignore", "ignore", "inherit"] });
}

/** The demo inbox's forms, unzipped, in name order. */
export function demoForms(work) {
  const out = join(work, "demo");
  execFileSync(process.execPath, [BDG_BUNDLE, "demo", "--out-dir", out], { stdio: "ignore" });
  const inbox = join(out, "hop-thu");
  return readdirSync(inbox)
    .sort()
    .map((name) => unzipSync(new Uint8Array(readFileSync(join(inbox, name)))));
}

/**
 * A variation of a form: every whole number typed in column E of the report sheet times `factor`.
 * Shared-string cells (t="s") and formulas are not touched; the last number of column E is the
 * report date (below the table) and keeps its day.
 */
export function scaledForm(entries, factor) {
  const path = Object.keys(entries).find((p) => /^xl\/worksheets\/sheet1\.xml$/.test(p));
  if (!path || factor === 1) return zipSync(entries, { level: 6 });
  const xml = strFromU8(entries[path]);
  const cell = /(<c r="E\d+"(?:\s+s="\d+")?>)<v>(\d+)<\/v>/g;
  const last = (xml.match(cell) ?? []).length;
  let seen = 0;
  const patched = xml.replace(cell, (whole, open, digits) => (++seen === last ? whole : `${open}<v>${Number(digits) * factor}</v>`));
  return zipSync({ ...entries, [path]: strToU8(patched) }, { level: 6 });
}

/** Writes N forms into `dir`; returns their paths and the mean size. */
export function writeInbox(bases, dir, n, factors = 5) {
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < n; i++) {
    const file = join(dir, `bao-cao-${String(i).padStart(5, "0")}.xlsx`);
    writeFileSync(file, scaledForm(bases[i % bases.length], 1 + (Math.floor(i / bases.length) % factors)));
    files.push(file);
  }
  const kb = files.reduce((s, f) => s + statSync(f).size, 0) / Math.max(1, n) / 1024;
  return { dir, files, kb };
}
