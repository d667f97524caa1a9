// docs/rules.md is the map from a rule, status, outcome, alert or total to the file that decides it
// and the tests that check it. This test keeps the map true: every code once, every file real, and
// the file said to raise a code names it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { OUTCOME_LABEL } from "../../src/core/consolidate";
import { RULE_CODES } from "../../src/core/issues";
import { TotalRuleSchema } from "../../src/core/plan";

const ROOT = join(__dirname, "../..");
const read = (path: string) => readFileSync(join(ROOT, path), "utf8");
const DOC = read("docs/rules.md");

interface Row {
  code: string;
  /** The file that decides it, or null ("not raised"). */
  decidedIn: string | null;
  testedIn: string[];
  meaning: string;
}

/** The rows of the table under `## <title>`: | `code` | … | decided in | tested in | meaning |. */
function table(title: string): Row[] {
  const start = DOC.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`no section “${title}” in docs/rules.md`);
  const end = DOC.indexOf("\n## ", start + 1);
  const lines = DOC.slice(start, end < 0 ? undefined : end).split("\n").filter((l) => /^\| `/.test(l));
  return lines.map((line) => {
    const cells = line.split("|").slice(1, -1).map((c) => c.trim());
    const paths = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    const [decided, tested] = [cells[cells.length - 3], cells[cells.length - 2]];
    return {
      code: paths(cells[0])[0],
      decidedIn: decided === "not raised" ? null : (paths(decided)[0] ?? decided),
      testedIn: paths(tested),
      meaning: cells[cells.length - 1],
    };
  });
}

function srcFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? srcFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Where a code's words are declared rather than raised. */
const DECLARING = new Set(["src/core/issues/issue.ts", "src/core/issues/messages-vi.ts"]);

const statusesInContract = (() => {
  const line = read("docs/contract.md").split("\n").find((l) => l.includes("`status` is one of"));
  return [...(line ?? "").matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).filter((c) => c !== "status");
})();
const alertRules = (() => {
  const source = read("src/core/status/unit-status.ts");
  const decl = source.slice(source.indexOf("export type UnitAlertRule"), source.indexOf(";", source.indexOf("export type UnitAlertRule")));
  return [...decl.matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
})();
const totalKinds = TotalRuleSchema.options.map((o) => o.shape.kind.value);

describe.each<[string, readonly string[]]>([
  ["Issue rules", RULE_CODES],
  ["Unit statuses", statusesInContract],
  ["File outcomes", Object.keys(OUTCOME_LABEL)],
  ["Unit alerts", alertRules],
  ["District totals", totalKinds],
])("docs/rules.md “%s”", (title, codes) => {
  const rows = table(title);

  it("lists every code exactly once, and no other", () => {
    expect(codes.length).toBeGreaterThan(2);
    expect([...rows.map((r) => r.code)].sort()).toEqual([...codes].sort());
  });

  it.each(rows.map((r) => [r.code, r] as const))("%s: its files exist, name it, and it has a meaning in Vietnamese", (code, row) => {
    expect(row.meaning.length).toBeGreaterThan(5);
    expect(row.testedIn.length).toBeGreaterThan(0);
    for (const file of row.testedIn) expect([file, existsSync(join(ROOT, file))]).toEqual([file, true]);
    // At least one of its tests names the code.
    expect(row.testedIn.filter((file) => new RegExp(`\\b${code}\\b`).test(read(file)))).not.toEqual([]);
    if (row.decidedIn === null) {
      // Reserved: no file other than its declaration and its message names it.
      const naming = srcFiles("src").filter((f) => !DECLARING.has(f) && read(f).includes(`"${code}"`));
      expect(naming).toEqual([]);
      return;
    }
    expect([row.decidedIn, existsSync(join(ROOT, row.decidedIn))]).toEqual([row.decidedIn, true]);
    expect(read(row.decidedIn)).toMatch(new RegExp(`["\`]${code}["\`]`));
  });
});

describe("the check itself", () => {
  it("reads a row's code, files and meaning", () => {
    const required = table("Issue rules").find((r) => r.code === "required");
    expect(required).toEqual({
      code: "required",
      decidedIn: "src/core/rules/validate-form.ts",
      testedIn: ["test/core/rules/validate-form.test.ts"],
      meaning: "Ô bắt buộc đang để trống (để trống không phải là 0)",
    });
  });

  it("includes the newer yesno_unaccented", () => {
    expect(table("Issue rules").map((r) => r.code)).toContain("yesno_unaccented");
  });
});
