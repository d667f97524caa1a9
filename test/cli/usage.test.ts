// Help, usage errors and their exit codes; `plan` text and JSON; a bad --plan file.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bdg, buildCli, tempDir } from "./helpers/run-bdg";

beforeAll(buildCli);

describe("help and usage errors", () => {
  it.each([
    [["--help"], 0, "stdout", "Các lệnh:"],
    [["-h"], 0, "stdout", "Các lệnh:"],
    [[], 2, "stderr", "Các lệnh:"],
    [["template", "--help"], 0, "stdout", "--out-dir"],
    [["consolidate", "--help"], 0, "stdout", "--include-invalid"],
    [["validate", "--help"], 0, "stdout", "Mã thoát"],
    [["demo", "--help"], 0, "stdout", "bdg-demo"],
    [["help", "plan"], 0, "stdout", "bdg plan"],
    [["tonghop"], 2, "stderr", 'lệnh không hợp lệ: "tonghop"'],
    [["plan", "--bogus"], 2, "stderr", "Tùy chọn không được hỗ trợ: --bogus"],
    [["plan", "extra"], 2, "stderr", "không nhận tham số"],
    [["validate"], 2, "stderr", "cần ít nhất một tệp"],
    [["validate", "--json"], 2, "stderr", "cần ít nhất một tệp"],
    [["consolidate", "x"], 2, "stderr", "thiếu --period"],
    [["consolidate", "x", "--period"], 2, "stderr", "--period cần một giá trị"],
    [["consolidate", ".", "--period", "2024-Y", "--as-of", "2024/12/12"], 2, "stderr", "viết dạng ngày/tháng/năm, ví dụ 12/12/2024"],
    [["consolidate", ".", "--period", "2024-Y", "--as-of", "2024-02-30"], 2, "stderr", "ngày 30/02/2024 không có trên lịch"],
    [["consolidate", ".", "--period", "2024-Y", "--as-of", "30/02/2024"], 2, "stderr", "ngày 30/02/2024 không có trên lịch"],
    [["consolidate", "x", "--perod", "2024-Y"], 2, "stderr", "Có phải ý bạn là --period?"],
    [["tonghopp"], 2, "stderr", 'lệnh không hợp lệ: "tonghopp"'],
    [["valdate", "x.xlsx"], 2, "stderr", 'Có phải ý bạn là "bdg validate"?'],
    [["consolidate", ".", "--period", "2025-Y"], 2, "stderr", 'Không có kỳ báo cáo "2025-Y"'],
    [["consolidate", "khong-co-thu-muc-nay", "--period", "2024-Y"], 2, "stderr", "Không tìm thấy: khong-co-thu-muc-nay"],
    [["template", "--period", "2024-Y"], 2, "stderr", "--unit"],
    [["template", "--all", "--unit", "P_YTE", "--period", "2024-Y", "--out-dir", "x"], 2, "stderr", "không dùng lẫn"],
    [["template", "--unit", "KHONG_CO", "--period", "2024-Y", "--out", "x.xlsx"], 2, "stderr", 'Không có đơn vị "KHONG_CO"'],
    [["plan", "--json=yes"], 2, "stderr", "không nhận giá trị"],
  ] as const)("bdg %j → exit %i, %s mentions %j", (args, code, stream, text) => {
    const run = bdg(args);
    expect(run.status).toBe(code);
    expect(run[stream]).toContain(text);
    if (code === 2 && stream === "stderr") expect(run.stdout).toBe("");
  });

  it.each(["plan", "template", "validate", "consolidate", "demo"])("bdg %s --help: Vietnamese placeholders and examples of the command", (command) => {
    const help = bdg([command, "--help"]).stdout;
    expect(help).not.toMatch(/\b(DIR|FILE|PATH|CODE|DATE|YYYY-MM-DD)\b/);
    const examples = help.slice(help.indexOf("Ví dụ:"));
    expect(help).toContain("Ví dụ:");
    const lines = examples.split("\n").slice(1).filter((l) => l.startsWith("  bdg "));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.trim().split(/\s+/)[1]).toBe(command);
  });

  it("prints the command's usage after a usage error", () => {
    const run = bdg(["consolidate", "x"]);
    expect(run.stderr).toContain("Cách dùng: bdg consolidate");
  });
});

describe("bdg plan", () => {
  it("lists units, periods with dd/mm/yyyy due dates, and indicators by section", () => {
    const run = bdg(["plan"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("ĐƠN VỊ BÁO CÁO (27)");
    expect(run.stdout).toMatch(/2024-Y\s+Năm 2024\s+15\/12\/2023\s+14\/12\/2024\s+10\/12\/2024/);
    expect(run.stdout).toContain("IV. ");
    expect(run.stdout).toContain("BL02.NU");
    expect(run.stdout).toMatch(/MTTQ .*không/);
  });

  it("--json prints the plan, which reads back through --plan identically", () => {
    const dir = tempDir();
    const first = bdg(["plan", "--json"]);
    expect(first.status).toBe(0);
    const plan = JSON.parse(first.stdout);
    expect(plan.id).toBe("vinh-linh-2024");
    expect(plan.units).toHaveLength(27);
    const file = join(dir, "plan.json");
    writeFileSync(file, first.stdout);
    const second = bdg(["plan", "--json", "--plan", file]);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
  });

  it("a bad plan file is a usage error naming each problem and its place", () => {
    const dir = tempDir();
    const plan = JSON.parse(bdg(["plan", "--json"]).stdout);
    plan.units[2].code = "bad code";
    plan.periods[1].due = "10/12/2024";
    const file = join(dir, "plan.json");
    writeFileSync(file, JSON.stringify(plan));
    for (const command of [["plan"], ["validate", "x.xlsx"], ["consolidate", ".", "--period", "2024-Y"]]) {
      const run = bdg([...command, "--plan", file]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("units[2].code");
      expect(run.stderr).toContain("periods[1].due");
      expect(run.stdout).toBe("");
    }
  });

  it("a plan file that is not JSON says where it breaks", () => {
    const file = join(tempDir(), "plan.json");
    writeFileSync(file, '{ "id": "x",\n  "units": [ ');
    const run = bdg(["plan", "--plan", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("không phải JSON hợp lệ");
    expect(readFileSync(file, "utf8")).toBe('{ "id": "x",\n  "units": [ ');
  });

  it("a missing plan file is a usage error", () => {
    const run = bdg(["plan", "--plan", "/khong/co/plan.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Không đọc được tệp kế hoạch");
  });
});
