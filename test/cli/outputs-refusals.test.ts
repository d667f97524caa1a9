// Each refusal of docs/contract.md §4.3 and its exit code, as a table, with real files and real
// bdg processes. A refused run reads no input (it reaches none of its steps, fault-steps.ts),
// prints no result, changes no file and leaves nothing behind; --force lets through what it may.
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bdg, buildCli, sha256, tempDir } from "./helpers/run-bdg";
import { writeForeignWorkbook, writeForm } from "./helpers/forms";
import { completeSummaryAsOf, leftovers } from "./helpers/output-files";
import { stepsOf } from "./helpers/stepped-bdg";

beforeAll(buildCli);

let root: string;
let ownSummary: string;
let demoSummary: string;

/** A fresh copy of the scene for each case, so a case that writes cannot change the next one. */
function scene(): string {
  const dir = tempDir("bdg-refuse-");
  mkdirSync(join(dir, "inbox"));
  for (const name of readdirSync(join(root, "inbox"))) copyFileSync(join(root, "inbox", name), join(dir, "inbox", name));
  for (const name of ["plan.json", "la.xlsx", "ghi-chu.txt", "bieu-mau-ngoai.xlsx"]) copyFileSync(join(root, name), join(dir, name));
  copyFileSync(ownSummary, join(dir, "tong-hop-cu.xlsx"));
  copyFileSync(ownSummary, join(dir, "inbox", "tong-hop-tuan-truoc.xlsx"));
  copyFileSync(demoSummary, join(dir, "tong-hop-mau.xlsx"));
  linkSync(join(dir, "plan.json"), join(dir, "plan-lien-ket.xlsx"));
  return dir;
}

beforeAll(async () => {
  root = tempDir("bdg-refuse-root-");
  mkdirSync(join(root, "inbox"));
  await writeForm(join(root, "inbox", "TT_HO_XA.xlsx"), { unit: "TT_HO_XA" });
  await writeForm(join(root, "inbox", "P_YTE.xlsx"), { unit: "P_YTE" });
  await writeForm(join(root, "bieu-mau-ngoai.xlsx"), { unit: "X_VINH_THAI" });
  await writeForeignWorkbook(join(root, "la.xlsx"));
  writeFileSync(join(root, "ghi-chu.txt"), "ghi chú của cán bộ");
  writeFileSync(join(root, "plan.json"), bdg(["plan", "--json"]).stdout);
  ownSummary = join(root, "summary.xlsx");
  expect(bdg(["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-01", "--out", ownSummary], root).status).toBe(0);
  const demo = join(root, "demo");
  expect(bdg(["demo", "--out-dir", demo]).status).toBe(0);
  demoSummary = join(demo, "tong-hop-2024-Y.xlsx");
});

const CONSOLIDATE = ["consolidate", "inbox", "--period", "2024-Y", "--as-of", "2024-12-12", "--plan", "plan.json"];

type Case = [what: string, args: string[], target: string, code: number, says: string];

const REFUSED: Case[] = [
  ["--out on a workbook bdg did not write", [...CONSOLIDATE, "--out", "la.xlsx"], "la.xlsx", 2, "không phải bảng tổng hợp do bdg tạo"],
  ["--out on a bdg form (not a summary)", [...CONSOLIDATE, "--out", "bieu-mau-ngoai.xlsx"], "bieu-mau-ngoai.xlsx", 2, "không phải bảng tổng hợp do bdg tạo"],
  ["--out with the wrong extension", [...CONSOLIDATE, "--out", "ghi-chu.txt"], "ghi-chu.txt", 2, "bảng tổng hợp phải là tệp .xlsx (tệp này đuôi là .txt)"],
  ["--out without an extension", [...CONSOLIDATE, "--out", "tong-hop"], "ghi-chu.txt", 2, "tệp này không có đuôi"],
  ["template --out on an existing form", ["template", "--unit", "P_YTE", "--period", "2024-Y", "--out", "bieu-mau-ngoai.xlsx"], "bieu-mau-ngoai.xlsx", 2, "đã có; không ghi đè"],
  ["template --out as .xls", ["template", "--unit", "P_YTE", "--period", "2024-Y", "--out", "bieu-mau.xls"], "plan.json", 2, "biểu mẫu phải là tệp .xlsx"],
];

const REFUSED_EVEN_WITH_FORCE: Case[] = [
  // bdg never writes over what it reads (docs/contract.md §2), whatever the option
  ["--out on an input form", [...CONSOLIDATE, "--out", "inbox/TT_HO_XA.xlsx", "--force"], "inbox/TT_HO_XA.xlsx", 2, "là một tệp đầu vào"],
  ["--out on an input, spelt another way", [...CONSOLIDATE, "--out", "inbox/../inbox/P_YTE.xlsx", "--force"], "inbox/P_YTE.xlsx", 2, "là một tệp đầu vào"],
  ["--out on the --plan file", [...CONSOLIDATE, "--out", "plan.json", "--force"], "plan.json", 2, "là tệp kế hoạch (--plan)"],
  // bdg's own summary may be replaced, but not the earlier period's it compares with
  ["--out on the --previous summary", [...CONSOLIDATE, "--previous", "tong-hop-cu.xlsx", "--out", "tong-hop-cu.xlsx", "--force"], "tong-hop-cu.xlsx", 2, "là bảng tổng hợp kỳ trước (--previous)"],
  ["--csv on the --previous summary", [...CONSOLIDATE, "--previous", "tong-hop-cu.xlsx", "--csv", "tong-hop-cu.xlsx", "--force"], "tong-hop-cu.xlsx", 2, "là bảng tổng hợp kỳ trước (--previous)"],
  ["--out on a hard link to the --plan file", [...CONSOLIDATE, "--out", "plan-lien-ket.xlsx", "--force"], "plan.json", 2, "là tệp kế hoạch (--plan)"],
  ["template --out on the --plan file", ["template", "--unit", "P_YTE", "--period", "2024-Y", "--plan", "plan.json", "--out", "plan.json", "--force"], "plan.json", 2, "là tệp kế hoạch"],
  ["--out on a folder", [...CONSOLIDATE, "--out", "inbox", "--force"], "inbox/TT_HO_XA.xlsx", 2, "là một thư mục"],
  // two outputs named alike: each is said by what it would hold, not by a path printed twice
  ["--out and --csv on one path", [...CONSOLIDATE, "--out", "t.xlsx", "--csv", "t.xlsx", "--force"], "plan.json", 2, "t.xlsx (tệp CSV dạng dài) và t.xlsx (bảng tổng hợp) là cùng một tệp; mỗi đầu ra cần một tệp riêng"],
  ["bdg demo --force over a real form of the same name", ["demo", "--out-dir", ".", "--force"], "inbox/TT_HO_XA.xlsx", 2, "không phải tệp mẫu của bdg demo; không bao giờ ghi đè"],
];

describe.each(REFUSED)("refused unless --force: %s", (_what, args, target, code, says) => {
  it(`exit ${code} before reading, says "${says}", changes nothing, leaves nothing`, async () => {
    const dir = scene();
    const before = sha256(join(dir, target));
    const names = readdirSync(dir).sort();
    const { steps, exit } = await stepsOf(args, dir);
    expect(exit.status).toBe(code);
    expect(steps).toEqual([]); // not even "locked": no input read
    expect(exit.stdout).toBe("");
    expect(exit.stderr).toContain(says);
    expect(exit.stderr).toContain("Thêm --force");
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    expect(sha256(join(dir, target))).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(names);
  });

  it("with --force it is written (the officer's decision)", () => {
    const dir = scene();
    const run = bdg([...args, "--force"], dir);
    expect(run.status).toBe(0);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe.each(REFUSED_EVEN_WITH_FORCE)("refused even with --force: %s", (_what, args, target, code, says) => {
  it(`exit ${code}, changes nothing`, async () => {
    const dir = scene();
    if (args[0] === "demo") {
      // The officer's own form where the demo would put its sample of the same unit.
      mkdirSync(join(dir, "hop-thu"));
      copyFileSync(join(dir, "inbox", "TT_HO_XA.xlsx"), join(dir, "hop-thu", "TT_HO_XA_2024-Y.xlsx"));
      target = "hop-thu/TT_HO_XA_2024-Y.xlsx";
    }
    const before = sha256(join(dir, target));
    const { steps, exit } = await stepsOf(args, dir);
    expect(exit.status).toBe(code);
    expect(steps).toEqual([]);
    expect(exit.stderr).toContain(says);
    expect(exit.stderr).not.toContain("Thêm --force");
    expect(sha256(join(dir, target))).toBe(before);
  });
});

describe("written without --force: bdg's own files", () => {
  it.each([
    ["the previous summary kept inside the inbox (found among the inputs)", "inbox/tong-hop-tuan-truoc.xlsx"],
    ["an earlier summary outside the inbox", "tong-hop-cu.xlsx"],
    ["the demo's summary", "tong-hop-mau.xlsx"],
    ["a new file", "moi/tong-hop.xlsx"],
  ])("--out on %s → exit 0, a complete new summary", (_what, target) => {
    const dir = scene();
    const run = bdg([...CONSOLIDATE, "--out", target, "--json"], dir);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).asOf).toBe("2024-12-12");
    expect(completeSummaryAsOf(join(dir, target))).toBe("2024-12-12");
    expect(leftovers(dir)).toEqual([]);
  });

  it("a second run with the summary inside the inbox folder goes on, again and again", () => {
    const dir = scene();
    for (const asOf of ["2024-12-10", "2024-12-11", "2024-12-12"]) {
      const run = bdg(["consolidate", "inbox", "--period", "2024-Y", "--as-of", asOf, "--out", "inbox/tong-hop.xlsx"], dir);
      expect(run.status).toBe(0);
      expect(completeSummaryAsOf(join(dir, "inbox", "tong-hop.xlsx"))).toBe(asOf);
    }
  });
});

describe("the receipt register (--register)", () => {
  it.each([
    ["the --plan file", ["--register", "plan.json"], "plan.json", "Sổ nhận plan.json không dùng được"],
    ["the --plan file, with --force", ["--register", "plan.json", "--force"], "plan.json", "Sổ nhận plan.json không dùng được"],
    ["a .json that is no register, with --force", ["--register", "ghi-chu.json", "--force"], "ghi-chu.json", "không phải JSON hợp lệ"],
    ["a name that is not .json", ["--register", "ghi-chu.txt"], "ghi-chu.txt", "sổ nhận phải là tệp .json"],
  ])("on %s: exit 2 before reading, the file kept", async (_what, more, target, says) => {
    const dir = scene();
    writeFileSync(join(dir, "ghi-chu.json"), "{ sổ tay của cán bộ");
    const before = sha256(join(dir, target));
    const { steps, exit } = await stepsOf([...CONSOLIDATE, ...more], dir);
    expect(exit.status).toBe(2);
    expect(steps).toEqual([]);
    expect(exit.stderr).toContain(says);
    expect(sha256(join(dir, target))).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a register bdg wrote is appended to, atomically, without --force", () => {
    const dir = scene();
    const first = bdg([...CONSOLIDATE, "--register", "so-nhan.json"], dir);
    expect(first.status).toBe(0);
    const register = JSON.parse(readFileSync(join(dir, "so-nhan.json"), "utf8"));
    expect(register.format).toBe("bdg-register");
    writeFileSync(join(dir, "inbox", "ban-sao.xlsx"), readFileSync(join(dir, "bieu-mau-ngoai.xlsx")));
    const second = bdg([...CONSOLIDATE, "--register", "so-nhan.json"], dir);
    expect(second.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "so-nhan.json"), "utf8")).entries.length).toBe(register.entries.length + 1);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("bdg demo", () => {
  it("refuses a folder that is not empty, without --force: exit 2, nothing written", async () => {
    const dir = scene();
    const names = readdirSync(dir).sort();
    const { steps, exit } = await stepsOf(["demo", "--out-dir", "."], dir);
    expect(exit.status).toBe(2);
    expect(steps).toEqual([]);
    expect(exit.stdout).toBe("");
    expect(exit.stderr).toContain("bdg demo chỉ ghi vào thư mục trống hoặc chưa có");
    expect(exit.stderr).toContain("--force");
    expect(readdirSync(dir).sort()).toEqual(names);
  });

  it("with --force rewrites its own sample files, and never a real summary of the same name", () => {
    const dir = tempDir("bdg-demo-again-");
    expect(bdg(["demo", "--out-dir", "d"], dir).status).toBe(0);
    expect(bdg(["demo", "--out-dir", "d", "--force"], dir).status).toBe(0);
    // A real summary where the demo writes its own: refused, even with --force.
    copyFileSync(ownSummary, join(dir, "d", "tong-hop-2024-Y.xlsx"));
    const before = sha256(join(dir, "d", "tong-hop-2024-Y.xlsx"));
    const run = bdg(["demo", "--out-dir", "d", "--force"], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("tong-hop-2024-Y.xlsx đã có và không phải tệp mẫu của bdg demo");
    expect(sha256(join(dir, "d", "tong-hop-2024-Y.xlsx"))).toBe(before);
  });

  it("--force leaves the other files of the folder alone", () => {
    const dir = tempDir("bdg-demo-others-");
    mkdirSync(join(dir, "d", "hop-thu"), { recursive: true });
    writeFileSync(join(dir, "d", "hop-thu", "cong-van.docx"), "của cán bộ");
    expect(bdg(["demo", "--out-dir", "d", "--force"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "d", "hop-thu", "cong-van.docx"), "utf8")).toBe("của cán bộ");
  });
});
