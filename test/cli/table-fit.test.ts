// Tables and sentences fitted to the terminal (80 columns by default), the full table into a file
// or a pipe (src/cli/output/table.ts, terminal-width.ts).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { renderTable, type Column } from "../../src/cli/output/table";
import { terminalWidth } from "../../src/cli/output/terminal-width";
import { textWidth, wrapToWidth } from "../../src/cli/output/text-width";
import { bdg, buildCli, REPO, tempDir } from "./helpers/run-bdg";

const COLUMNS: Column[] = [
  { title: "STT", align: "right", dropOrder: 2 },
  { title: "Đơn vị", minWidth: 10 },
  { title: "Trạng thái" },
  { title: "Theo", dropOrder: 1 },
];
const ROWS = [
  ["1", "Xã Vĩnh Thủy Thượng Hạ", "Không hợp lệ", "ngày báo cáo"],
  ["27", "Ủy ban MTTQ", "Đúng hạn", "thời gian tệp"],
];
const header = (out: string) => out.split("\n")[0].trim().split(/\s{2,}/);
const widest = (out: string) => Math.max(...out.trimEnd().split("\n").map(textWidth));

describe("renderTable within a width", () => {
  it.each([
    // [width, the columns kept, the widest line]
    [null, ["STT", "Đơn vị", "Trạng thái", "Theo"], 56],
    [80, ["STT", "Đơn vị", "Trạng thái", "Theo"], 56],
    [56, ["STT", "Đơn vị", "Trạng thái", "Theo"], 56],
    [50, ["STT", "Đơn vị", "Trạng thái", "Theo"], 50], // "Đơn vị" cut from 22 to 16 before anything is dropped
    [45, ["STT", "Đơn vị", "Trạng thái", "Theo"], 45], // cut to 11, still above its minWidth of 10
    [40, ["STT", "Đơn vị", "Trạng thái"], 40], // cutting alone cannot fit (44 > 40): "Theo" goes first
    [30, ["STT", "Đơn vị", "Trạng thái"], 30],
    [20, ["Đơn vị", "Trạng thái"], 24], // nothing more can give: wider than asked, never broken
  ] as const)("width %j → columns %j, widest line %i", (width, kept, wide) => {
    const out = renderTable(COLUMNS, ROWS, width);
    expect(header(out)).toEqual(kept);
    expect(widest(out)).toBe(wide);
  });

  it("cuts a shrunk cell with … and keeps every row on one line", () => {
    const out = renderTable(COLUMNS, ROWS, 50);
    expect(out).toContain("Xã Vĩnh Thủy Th…");
    expect(out.trimEnd().split("\n")).toHaveLength(2 + ROWS.length);
  });
});

describe("wrapToWidth", () => {
  it.each([
    ["ngắn", 20, "ngắn"],
    ["một hai ba bốn năm sáu", 10, "một hai ba\n  bốn năm\n  sáu"],
    ["  ! Xã A: một hai ba", 12, "  ! Xã A:\n  một hai ba"],
    ["abcdefghijklmnop qr", 8, "abcdefg…\n  qr"],
    ["không giới hạn khi không phải terminal", null, "không giới hạn khi không phải terminal"],
  ] as const)("%j at %j", (line, width, wrapped) => {
    expect(wrapToWidth(line, width)).toBe(wrapped);
    if (width !== null) for (const l of wrapToWidth(line, width).split("\n")) expect(textWidth(l)).toBeLessThanOrEqual(width);
  });
});

describe("terminalWidth", () => {
  it.each([
    [{}, { isTTY: true, columns: 120 }, 120],
    [{}, { isTTY: true, columns: 0 }, 80],
    [{}, { isTTY: true }, 80],
    [{}, { isTTY: false, columns: 120 }, null],
    [{ BDG_COLUMNS: "72" }, { isTTY: false }, 72],
    [{ BDG_COLUMNS: "rộng" }, { isTTY: true, columns: 100 }, 100],
  ] as const)("env %j, stdout %j → %j", (env, stdout, width) => {
    expect(terminalWidth(env as NodeJS.ProcessEnv, stdout)).toBe(width);
  });
});

describe("the demo's tables at 80 columns", () => {
  beforeAll(buildCli);

  it("no line of consolidate or plan is wider than 80 on an 80-column terminal; the full table into a pipe", () => {
    const root = tempDir();
    expect(bdg(["demo", "--out-dir", "d"], root).status).toBe(0);
    const args = ["consolidate", join("d", "hop-thu"), "--period", "2024-Y", "--as-of", "12/12/2024"];
    const at80 = spawnSync(process.execPath, [join(REPO, "bin", "bdg.cjs"), ...args], { cwd: root, encoding: "utf8", env: { ...process.env, BDG_COLUMNS: "80" } });
    const plan80 = spawnSync(process.execPath, [join(REPO, "bin", "bdg.cjs"), "plan"], { cwd: root, encoding: "utf8", env: { ...process.env, BDG_COLUMNS: "80" } });
    for (const out of [at80.stdout, at80.stderr, plan80.stdout]) expect(widest(out)).toBeLessThanOrEqual(80);
    expect(at80.stdout).toContain("Chưa nhận (không bắt buộc)");
    const piped = bdg(args, root);
    expect(widest(piped.stdout)).toBeGreaterThan(120);
    expect(piped.stdout).toMatch(/Theo\s+Lỗi/);
    expect(at80.stdout).not.toMatch(/Theo\s+Lỗi/);
  });
});
