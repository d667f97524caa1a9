// What an officer types by hand: dates the Vietnamese way, codes in any case and with or without
// accents, misspelt options; and the hint when a run writes no file (docs/cli.md).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseTypedDate } from "../../src/cli/args";
import { editDistance, nearestName } from "../../src/cli/input/nearest-name";
import { resolveCode } from "../../src/cli/input/resolve-code";
import { bdg, buildCli, tempDir } from "./helpers/run-bdg";
import { writeForm } from "./helpers/forms";

describe("parseTypedDate: dd/mm/yyyy as written in Vietnam, or yyyy-mm-dd", () => {
  it.each([
    ["12/12/2024", "2024-12-12"],
    ["5/6/2024", "2024-06-05"],
    ["05-06-2024", "2024-06-05"],
    ["05.06.2024", "2024-06-05"],
    [" 10/12/2024 ", "2024-12-10"],
    ["2024-12-12", "2024-12-12"],
    ["2024-6-5", "2024-06-05"],
    ["29/02/2024", "2024-02-29"],
  ])("%j → %s", (typed, iso) => {
    expect(parseTypedDate(typed)).toEqual({ ok: true, iso });
  });

  it.each([
    ["29/02/2023", "ngày 29/02/2023 không có trên lịch"],
    ["31/04/2024", "ngày 31/04/2024 không có trên lịch"],
    ["12/13/2024", "ngày 12/13/2024 không có trên lịch"],
    ["2024-02-30", "ngày 30/02/2024 không có trên lịch"],
    ["00/12/2024", "ngày 00/12/2024 không có trên lịch"],
    ["2024/12/12", "không phải một ngày"],
    ["12/12/24", "không phải một ngày"],
    ["hôm nay", "không phải một ngày"],
    ["", "không phải một ngày"],
  ])("%j → one message: %s", (typed, message) => {
    const parsed = parseTypedDate(typed);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe("nearestName: a suggestion only for a plausible typo", () => {
  const OPTIONS = ["plan", "period", "as-of", "out", "jobs", "register", "csv", "previous", "recipient", "json", "include-invalid", "force", "help"];
  it.each([
    ["perod", "period"],
    ["peroid", "period"],
    ["periodd", "period"],
    ["Period", "period"],
    ["asof", "as-of"],
    ["jsno", "json"],
    ["inc", "include-invalid"],
    ["forse", "force"],
    ["o", null],
    ["xyz", null],
    ["output-directory", null],
  ])("%j → %j", (typed, expected) => {
    expect(nearestName(typed, OPTIONS)).toBe(expected);
  });

  it.each([
    ["", "", 0],
    ["abc", "abc", 0],
    ["abc", "acb", 1],
    ["kitten", "sitting", 3],
    ["period", "", 6],
  ])("editDistance(%j, %j) = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("resolveCode: case and accents ignored, never guessed", () => {
  const CODES = ["2024-H1", "2024-Y", "X_VINH_TU", "SO_NOI_VU", "Đ_A", "D_A"];
  it.each([
    ["2024-Y", { ok: true, code: "2024-Y" }],
    ["2024-y", { ok: true, code: "2024-Y" }],
    [" 2024-h1 ", { ok: true, code: "2024-H1" }],
    ["x_vinh_tu", { ok: true, code: "X_VINH_TU" }],
    ["so_nội_vụ", { ok: true, code: "SO_NOI_VU" }],
    ["Đ_A", { ok: true, code: "Đ_A" }],
    ["d_a", { ok: false, candidates: ["Đ_A", "D_A"] }],
    ["2025-Y", { ok: false, candidates: [] }],
  ])("%j → %j", (typed, expected) => {
    expect(resolveCode(typed, CODES)).toEqual(expected);
  });
});

describe("the command line, end to end", () => {
  beforeAll(buildCli);

  it("takes --period and --unit in lower case and --as-of as dd/mm/yyyy", async () => {
    const root = tempDir();
    const template = bdg(["template", "--unit", "x_vinh_tu", "--period", "2024-y", "--out", "t.xlsx"], root);
    expect(template.status).toBe(0);
    expect(template.stdout).toContain("X_VINH_TU");
    expect(existsSync(join(root, "t.xlsx"))).toBe(true);

    await writeForm(join(root, "hop-thu", "TT_HO_XA.xlsx"), { unit: "TT_HO_XA", reportDate: "2024-12-09" });
    const typed = bdg(["consolidate", "hop-thu", "--period", "2024-y", "--as-of", "20/12/2024", "--json"], root);
    const canonical = bdg(["consolidate", "hop-thu", "--period", "2024-Y", "--as-of", "2024-12-20", "--json"], root);
    expect(typed.status).toBe(0);
    expect(JSON.parse(typed.stdout)).toEqual(JSON.parse(canonical.stdout));
  });

  it("says when no file was written, and how to ask for one; not when --out is given", async () => {
    const root = tempDir();
    await writeForm(join(root, "hop-thu", "TT_HO_XA.xlsx"), { unit: "TT_HO_XA", reportDate: "2024-12-09" });
    const bare = bdg(["consolidate", "hop-thu", "--period", "2024-Y", "--as-of", "2024-12-20"], root);
    expect(bare.status).toBe(0);
    expect(bare.stderr).toContain("Chưa ghi tệp nào");
    expect(bare.stderr).toContain("--out tong-hop-2024-Y.xlsx");
    const out = bdg(["consolidate", "hop-thu", "--period", "2024-Y", "--as-of", "2024-12-20", "--out", "th.xlsx"], root);
    expect(out.status).toBe(0);
    expect(out.stderr).not.toContain("Chưa ghi tệp nào");
  });
});
