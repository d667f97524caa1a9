// Every file of the hostile corpus gets the outcome in its name, with a Vietnamese
// message, through the CLI (`bdg validate --json`, `bdg consolidate --json` on the whole folder)
// and through the task pane's file mode (checkFile / consolidateFiles, in-process). Nothing
// crashes, exit codes follow docs/contract.md §2, and no input changes (sha256 before/after).
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Summary } from "../../src/core/consolidate";
import { renderIssue } from "../../src/core/issues/messages-vi";
import { defaultPlan } from "../../src/core/plan";
import type { FileReport } from "../../src/core/read";
import { readXlsx } from "../../src/xlsx/read";
import { CORPUS_AS_OF, CORPUS_PERIOD, FIXTURES, outcomeOf, type Fixture } from "./corpus/fixtures";
import { CORPUS_DIR } from "./corpus/write-corpus";
import { runBdg } from "./kit/cli";
import { folderFingerprint, sha256 } from "./kit/hashes";
import { checkFile, consolidateInProcess, diskFile } from "./kit/pipeline";
import { isVietnameseMessage } from "./kit/vietnamese";

jest.setTimeout(180_000);

const REGENERATE = process.env.BDG_HOSTILE_REGENERATE === "1";
const pathOf = (f: Fixture) => join(CORPUS_DIR, f.name);
const table = FIXTURES.map((f) => [f.name, f] as const);

let before: Record<string, string>;
const generated = new Map<string, Uint8Array>();

beforeAll(async () => {
  // Regenerate-or-verify: a missing fixture (or all, with BDG_HOSTILE_REGENERATE=1) is written;
  // the others are compared with what the generator makes now.
  for (const fixture of FIXTURES) {
    const bytes = await fixture.make();
    generated.set(fixture.name, bytes);
    if (REGENERATE || !existsSync(pathOf(fixture))) writeFileSync(pathOf(fixture), bytes);
  }
  before = folderFingerprint(CORPUS_DIR);
});

function assertInputsUnchanged(): void {
  expect(folderFingerprint(CORPUS_DIR)).toEqual(before);
}

/** What a reader sees in a package: the same grid, or the same reason for refusing it. */
function readView(bytes: Uint8Array): string {
  const read = readXlsx(bytes);
  return read.ok ? JSON.stringify(read.workbook) : `unreadable:${read.reason}`;
}

describe("the corpus is the generator's output (node scripts/make-hostile-fixtures.mjs)", () => {
  it("the folder holds exactly the fixtures, < 2 MB in all", () => {
    const names = readdirSync(CORPUS_DIR).filter((n) => n !== "README.md").sort();
    expect(names).toEqual(FIXTURES.map((f) => f.name).sort());
    const total = names.reduce((n, name) => n + readFileSync(join(CORPUS_DIR, name)).length, 0);
    expect(total).toBeLessThan(2 * 1024 * 1024);
  });

  it.each(table)("%s reads the same as a fresh regeneration", (name) => {
    const committed = new Uint8Array(readFileSync(join(CORPUS_DIR, name)));
    const fresh = generated.get(name)!;
    if (sha256(committed) === sha256(fresh)) return;
    // The form writer may change cosmetics; what the reader sees must not drift unnoticed.
    expect(readView(committed)).toBe(readView(fresh));
  });

  it("every fixture name states one contract outcome", () => {
    const outcomes = ["used", "superseded", "invalid", "unknown_unit", "wrong_period", "unreadable", "not_a_report"];
    for (const f of FIXTURES) expect(outcomes).toContain(outcomeOf(f.name));
    // every outcome of docs/contract.md §3 has at least one fixture
    for (const o of outcomes) expect(FIXTURES.some((f) => outcomeOf(f.name) === o)).toBe(true);
  });
});

interface ValidateJson {
  files: { file: string; unit: string | null; period: string | null; readable: boolean; errors: number; warnings: number; issues: { severity: string; rule: string; message: string }[] }[];
}

/** docs/contract.md §2: validate exits 2 when a file is not readable as a report, 1 when a form has errors. */
function expectedValidateExit(outcome: string): number {
  if (outcome === "unreadable" || outcome === "not_a_report") return 2;
  if (outcome === "invalid" || outcome === "unknown_unit") return 1;
  return 0;
}

describe("CLI: bdg validate --json, one fixture at a time", () => {
  it.each(table)("%s", (name, fixture) => {
    const outcome = outcomeOf(name);
    const run = runBdg(["validate", pathOf(fixture), "--json"]);
    expect(run.stderr).not.toMatch(/lỗi không mong đợi|TypeError|RangeError|at .*\.cjs/);
    expect(run.code).toBe(expectedValidateExit(outcome));
    const json = run.json as ValidateJson;
    expect(json).toBeDefined();
    expect(json.files.length).toBe(1);
    const entry = json.files[0];
    expect(entry.file.endsWith(name)).toBe(true);
    expect(entry.readable).toBe(outcome !== "unreadable" && outcome !== "not_a_report");
    if (!entry.readable) {
      expect(entry.issues).toHaveLength(1);
      expect(entry.issues[0].rule).toBe(outcome);
      expect(entry.unit).toBeNull();
    }
    if (outcome === "invalid" || outcome === "unknown_unit") expect(entry.errors).toBeGreaterThan(0);
    if (outcome === "used" || outcome === "superseded" || outcome === "wrong_period") expect(entry.errors).toBe(0);
    if (fixture.expect?.unit) expect(entry.unit).toBe(fixture.expect.unit);
    for (const rule of fixture.expect?.rules ?? []) expect(entry.issues.map((i) => i.rule)).toContain(rule);
    for (const issue of entry.issues) expect(isVietnameseMessage(issue.message)).toBe(true);
    assertInputsUnchanged();
  });
});

interface ConsolidateJson {
  units: { unit: string; status: string; daysLate: number; submittedAt: string | null; dateSource: string | null; file: string | null }[];
  files: { file: string; outcome: string; reason: string | null }[];
  totals: Record<string, number | null>;
}

describe("CLI: bdg consolidate --json on the whole folder", () => {
  let run: ReturnType<typeof runBdg>;
  let json: ConsolidateJson;
  const out = join(mkdtempSync(join(tmpdir(), "bdg-hostile-sum-")), "tong-hop.xlsx");

  beforeAll(() => {
    // The folder gives every file; the old .xls is also named explicitly, as a clerk might: it is listed once.
    const xls = FIXTURES.filter((f) => !f.name.endsWith(".xlsx")).map(pathOf);
    run = runBdg(["consolidate", CORPUS_DIR, ...xls, "--period", CORPUS_PERIOD, "--as-of", CORPUS_AS_OF, "--json", "--out", out]);
    json = run.json as ConsolidateJson;
  });

  it("exits 0 with exactly one JSON document on stdout, inputs unchanged", () => {
    expect(run.stderr).not.toMatch(/lỗi không mong đợi|TypeError|RangeError/);
    expect(run.code).toBe(0);
    expect(json).toBeDefined();
    expect(json.files).toHaveLength(FIXTURES.length);
    assertInputsUnchanged();
  });

  it.each(table)("%s → its outcome, with a Vietnamese reason unless used", (name, fixture) => {
    const entries = json.files.filter((f) => f.file.endsWith(name));
    expect(entries.map((e) => e.outcome)).toEqual([outcomeOf(name)]);
    if (outcomeOf(name) !== "used") expect(isVietnameseMessage(entries[0].reason)).toBe(true);
    const want = fixture.expect;
    if (want?.status) {
      const unit = json.units.find((u) => u.unit === want.unit)!;
      expect(unit.status).toBe(want.status);
      if (want.daysLate !== undefined) expect(unit.daysLate).toBe(want.daysLate);
      if (want.submittedAt) expect(unit.submittedAt).toBe(want.submittedAt);
      if (want.dateSource) expect(unit.dateSource).toBe(want.dateSource);
    }
  });

  it("the summary written with --out holds no formula and carries hostile text literally", () => {
    const parts = unzipSync(new Uint8Array(readFileSync(out)));
    for (const [part, data] of Object.entries(parts)) {
      if (part.startsWith("xl/worksheets/")) expect(strFromU8(data)).not.toMatch(/<f[\s>]/);
    }
    const read = readXlsx(new Uint8Array(readFileSync(out)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const texts = new Set(read.workbook.sheets.flatMap((s) => s.rows.flat().filter((v): v is string => typeof v === "string")));
    const withNarratives = FIXTURES.filter((f) => f.expect?.narratives);
    for (const f of withNarratives) for (const text of Object.values(f.expect!.narratives!)) expect(texts).toContain(text);
  });
});

describe("task pane file mode: checkFile and consolidateFiles, in-process", () => {
  let summary: Summary;
  const reports = new Map<string, FileReport>();

  beforeAll(async () => {
    const files = FIXTURES.map((f) => diskFile(pathOf(f), f.name));
    for (const file of files) reports.set(file.name, await checkFile(defaultPlan, file));
    summary = await consolidateInProcess(files, CORPUS_PERIOD, CORPUS_AS_OF);
  });

  it.each(table)("%s → its outcome, never an exception, Vietnamese messages", (name, fixture) => {
    const outcome = outcomeOf(name);
    const entries = summary.files.filter((f) => f.file === name);
    expect(entries.map((e) => e.outcome)).toEqual([outcome]);
    if (outcome !== "used") expect(isVietnameseMessage(entries[0].reason)).toBe(true);

    const report = reports.get(name)!;
    if (outcome === "unreadable" || outcome === "not_a_report") {
      expect(report.kind).toBe(outcome);
      if (report.kind !== "forms") expect(isVietnameseMessage(renderIssue(report.issue, defaultPlan))).toBe(true);
    } else {
      expect(report.kind).toBe("forms");
      if (report.kind !== "forms") return;
      const issues = report.forms.flatMap((form) => form.issues);
      for (const issue of issues) expect(isVietnameseMessage(renderIssue(issue, defaultPlan))).toBe(true);
      for (const rule of fixture.expect?.rules ?? []) expect(issues.map((i) => i.rule)).toContain(rule);
    }

    const want = fixture.expect;
    if (want?.unit && want.status) {
      const unit = summary.units.find((u) => u.unit === want.unit)!;
      expect(unit.status).toBe(want.status);
      if (want.submittedAt) expect(unit.submittedAt).toBe(want.submittedAt);
      if (want.dateSource) expect(unit.dateSource).toBe(want.dateSource);
    }
    if (want?.unit && want.values && outcome === "used") {
      for (const [code, value] of Object.entries(want.values)) expect(summary.matrix[want.unit][code]).toBe(value);
    }
    if (want?.unit && want.narratives) {
      const narrative = summary.narratives.find((n) => n.unit === want.unit);
      expect(narrative?.texts).toMatchObject(want.narratives);
    }
  });

  it("a message never ends in a doubled full stop", () => {
    // Reader messages end with "." and the issue template must not add another ("… gửi lại tệp..").
    const messages = [...reports.values()].flatMap((r) => (r.kind === "forms" ? [] : [renderIssue(r.issue, defaultPlan)]));
    expect(messages.filter((m) => /\.\.$/.test(m))).toEqual([]);
  });

  it("the inputs are unchanged", () => assertInputsUnchanged());
});
