// `bdg template`: one form, every roster unit (--all), and never overwriting without --force.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defaultPlan } from "../../src/core/plan";
import { readXlsx } from "../../src/xlsx/read";
import { bdg, buildCli, sha256, tempDir } from "./helpers/run-bdg";

beforeAll(buildCli);

function sheetNames(path: string): string[] {
  const read = readXlsx(new Uint8Array(readFileSync(path)));
  if (!read.ok) throw new Error(read.message);
  return read.workbook.sheets.map((s) => `${s.name}:${s.visibility}`);
}

describe("bdg template --unit", () => {
  it("writes one blank form that validate identifies (one message: not filled in yet)", () => {
    const dir = tempDir();
    const out = join(dir, "vinh-thai.xlsx");
    const run = bdg(["template", "--unit", "X_VINH_THAI", "--period", "2024-Y", "--out", out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(out);
    expect(sheetNames(out)).toEqual(["BaoCao:visible", "_meta:veryHidden"]);

    const check = bdg(["validate", out, "--json"]);
    expect(check.status).toBe(1);
    const [entry] = JSON.parse(check.stdout).files;
    expect(entry).toMatchObject({ unit: "X_VINH_THAI", period: "2024-Y", readable: true });
    // An untouched form gets one message, not one per row (docs/contract.md §4.1).
    expect(entry.issues.map((i: { rule: string }) => i.rule)).toEqual(["blank_form"]);
    expect(entry.issues[0].message).toMatch(/^Biểu mẫu chưa nhập số liệu/);
  });

  it("refuses to overwrite an existing file unless --force", () => {
    const dir = tempDir();
    const out = join(dir, "form.xlsx");
    writeFileSync(out, "do not touch");
    const before = sha256(out);
    const refused = bdg(["template", "--unit", "P_YTE", "--period", "2024-H1", "--out", out]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(sha256(out)).toBe(before);

    const forced = bdg(["template", "--unit", "P_YTE", "--period", "2024-H1", "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("bdg template --all", () => {
  it("writes one form per roster unit, named <UNIT>_<PERIOD>.xlsx", () => {
    const dir = join(tempDir(), "bieu-mau");
    const run = bdg(["template", "--all", "--period", "2024-Y", "--out-dir", dir]);
    expect(run.status).toBe(0);
    const names = readdirSync(dir).sort();
    expect(names).toHaveLength(27);
    expect(names).toEqual(defaultPlan.units.map((u) => `${u.code}_2024-Y.xlsx`).sort());
    expect(sheetNames(join(dir, "MTTQ_2024-Y.xlsx"))[0]).toBe("BaoCao:visible");
  });

  it("checks every target first: one existing file stops the run before anything is written", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "P_YTE_2024-Y.xlsx"), "mine");
    const run = bdg(["template", "--all", "--period", "2024-Y", "--out-dir", dir]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("P_YTE_2024-Y.xlsx");
    expect(readdirSync(dir)).toEqual(["P_YTE_2024-Y.xlsx"]);
    expect(existsSync(join(dir, "TT_HO_XA_2024-Y.xlsx"))).toBe(false);
  });
});
